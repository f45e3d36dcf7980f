package extract

import (
	"bytes"
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// bigDocument has enough sentences and entities that Encode writes it in
// many pieces, with strings that need escaping across piece boundaries.
func bigDocument(n int) *Document {
	d := fullDocument(`"q" \ 가`)
	for i := range n {
		txt := fmt.Sprintf("문장 %d \"인용\" \\ 끝\n%s", i, strings.Repeat("가", i%300))
		d.Sentences = append(d.Sentences, Sentence{Span: Span{Start: i, End: i + 1, Text: txt}, Kind: "body"})
		if i%10 == 0 {
			d.Entities = append(d.Entities, Entity{ID: fmt.Sprint("e", i), Type: TypePerson, Name: txt,
				Mentions: []Mention{{Span: Span{Text: txt}}, {Span: Span{Text: "x"}}}})
		}
	}
	return d
}

// Encode streams a large document in pieces, compact and indented, and
// writes exactly what encoding/json writes for it.
func TestEncodeStreamMatchesJSON(t *testing.T) {
	d := bigDocument(5000)
	for _, indent := range []bool{false, true} {
		var buf countingWriter
		require.NoError(t, Encode(&buf, d, indent))
		want := reflectJSON(t, d, indent)
		assert.Greater(t, buf.writes, 10, "written in pieces")
		assert.Equal(t, len(want), buf.Len())
		assert.True(t, bytes.Equal(want, buf.Bytes()), "indent=%v", indent)
	}
}

// countingWriter is a bytes.Buffer that counts Write calls.
type countingWriter struct {
	bytes.Buffer
	writes int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.writes++
	return c.Buffer.Write(p)
}

// TestEncodeStreamMemory compares what encoding allocates for a document
// with the size of its output: streamed, the encoder holds a buffer, not the
// output (before, indented encoding allocated about four times the output).
func TestEncodeStreamMemory(t *testing.T) {
	d := bigDocument(20000)
	var size int
	{
		var buf bytes.Buffer
		require.NoError(t, Encode(&buf, d, true))
		size = buf.Len()
	}
	for _, indent := range []bool{false, true} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		require.NoError(t, Encode(discard{}, d, indent))
		runtime.ReadMemStats(&after)
		alloc := after.TotalAlloc - before.TotalAlloc
		t.Logf("indent=%v: output %d bytes, encoding allocated %d bytes", indent, size, alloc)
		assert.Less(t, alloc, uint64(size/4), "the encoder allocates a fraction of its output")
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// FuzzIndent: the streaming indenter, fed any valid JSON in pieces, writes
// what json.Indent writes for the whole.
func FuzzIndent(f *testing.F) {
	f.Add([]byte(`{"a":[1,{},[]],"b":"x\"y\\","c":{"d":null}}`), uint8(3))
	f.Add([]byte(`[ "가" , 1e3 , true ]`), uint8(1))
	f.Fuzz(func(t *testing.T, src []byte, step uint8) {
		if !json.Valid(src) {
			return
		}
		var want bytes.Buffer
		if err := json.Indent(&want, src, "", "  "); err != nil {
			return
		}
		wantB := bytes.TrimRight(want.Bytes(), " \t\r\n")
		var got bytes.Buffer
		ind := &indenter{w: &got}
		n := int(step)%17 + 1
		for i := 0; i < len(src); i += n {
			_, err := ind.Write(src[i:min(i+n, len(src))])
			require.NoError(t, err)
		}
		if !bytes.Equal(wantB, got.Bytes()) {
			t.Fatalf("indent of %q in pieces of %d:\n%s\nwant\n%s", src, n, got.Bytes(), wantB)
		}
	})
}
