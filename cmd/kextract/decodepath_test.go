package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/unicode"

	"github.com/kextract/kextract/internal/server"
	"github.com/kextract/kextract/normalize"
)

// docSpan is a span of an output document.
type docSpan struct {
	Start, End int
	Text       string
}

// outputSpans lists every object with integer start and end and a string text
// in a document, in document order.
func outputSpans(t *testing.T, doc []byte) ([]docSpan, []string) {
	t.Helper()
	var v any
	require.NoError(t, json.Unmarshal(doc, &v), "%.300s", doc)
	var spans []docSpan
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			s, sok := x["start"].(float64)
			e, eok := x["end"].(float64)
			txt, tok := x["text"].(string)
			if sok && eok && tok {
				spans = append(spans, docSpan{int(s), int(e), txt})
			}
			for _, k := range []string{"sentences", "entities", "mentions", "amounts", "quotes", "speaker", "claims", "source"} {
				if c, ok := x[k]; ok {
					walk(c)
				}
			}
		case []any:
			for _, c := range x {
				walk(c)
			}
		}
	}
	walk(v)
	var codes []string
	if m, ok := v.(map[string]any); ok {
		ws, _ := m["warnings"].([]any)
		for _, w := range ws {
			codes = append(codes, fmt.Sprint(w.(map[string]any)["code"]))
		}
	}
	return spans, codes
}

// jsonlLine embeds raw bytes in a JSONL record as they are: only the
// characters JSON cannot hold raw are escaped, so the line is in the
// encoding of raw.
func jsonlLine(raw []byte) []byte {
	var b bytes.Buffer
	b.WriteString(`{"id":"x","text":"`)
	for _, c := range raw {
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < 0x20:
			fmt.Fprintf(&b, `\u%04x`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteString("\"}\n")
	return b.Bytes()
}

// TestOneDecodingPath runs the same bytes through `kextract FILE`, `kextract
// batch FILE`, `kextract --jsonl` (the bytes inside a JSONL line), the
// service's /v1/extract (the bytes as the body) and its batch endpoint: the
// spans are the same in all, and each span's text is its slice of the
// decoded input.
func TestOneDecodingPath(t *testing.T) {
	article := string([]rune(seed(t))[:900])
	cp, err := korean.EUCKR.NewEncoder().String(article)
	require.NoError(t, err)
	u16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(article)
	require.NoError(t, err)
	crlf := strings.ReplaceAll(article, "\n", "\r\n")
	tests := []struct {
		name  string
		raw   string
		flags []string
		jsonl bool // the bytes can be a JSONL line (not UTF-16)
	}{
		{"utf-8", article, nil, true},
		{"utf-8 with BOM", "\uFEFF" + article, nil, true},
		{"CRLF", crlf, nil, true},
		{"CP949", cp, nil, true},
		{"CP949 --encoding cp949", cp, []string{"--encoding", "cp949"}, true},
		{"CP949 with CRLF", strings.ReplaceAll(cp, "\n", "\r\n"), nil, true},
		{"UTF-16 with BOM", u16, nil, false},
	}
	dir := t.TempDir()
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			decoded, _, err := normalize.Decode([]byte(tt.raw), flagDecode(tt.flags)...)
			require.NoError(t, err)
			runes := []rune(decoded)
			file := filepath.Join(dir, fmt.Sprintf("a%d.txt", i))
			require.NoError(t, os.WriteFile(file, []byte(tt.raw), 0o644))

			outs := map[string][]byte{}
			code, out, errOut := kx(t, "", append([]string{"--compact", file}, tt.flags...)...)
			require.Equal(t, exitOK, code, errOut)
			outs["kextract FILE"] = []byte(out)
			code, out, errOut = kx(t, "", append([]string{"batch", file, "-q"}, tt.flags...)...)
			require.Equal(t, exitOK, code, errOut)
			outs["batch FILE"] = []byte(out)
			if tt.jsonl {
				code, out, errOut = kx(t, string(jsonlLine([]byte(tt.raw))), append([]string{"--jsonl"}, tt.flags...)...)
				require.Equal(t, exitOK, code, errOut)
				outs["--jsonl"] = []byte(out)
			}
			var ef extractFlags
			ef.encoding = "auto"
			if len(tt.flags) == 2 {
				ef.encoding = tt.flags[1]
			}
			x, err := ef.extractor()
			require.NoError(t, err)
			h := server.New(x).Handler()
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/v1/extract", strings.NewReader(tt.raw)))
			require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
			outs["serve"] = rec.Body.Bytes()
			if tt.jsonl && len(tt.flags) == 0 {
				// the service reads JSON bodies as UTF-8 or, like the CLI, CP949
				rec = httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/v1/extract:batch", bytes.NewReader(jsonlLine([]byte(tt.raw)))))
				require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
				outs["serve batch"] = rec.Body.Bytes()
			}

			want, wantWarn := outputSpans(t, outs["kextract FILE"])
			require.NotEmpty(t, want)
			for _, s := range want {
				require.True(t, s.Start >= 0 && s.Start <= s.End && s.End <= len(runes), "%+v", s)
				require.Equal(t, string(runes[s.Start:s.End]), s.Text, "%+v", s)
			}
			for name, doc := range outs {
				got, warn := outputSpans(t, doc)
				assert.Equal(t, want, got, "%s: spans", name)
				assert.Equal(t, wantWarn, warn, "%s: warnings", name)
			}
		})
	}
}

// flagDecode turns the --encoding flag of a test into decode options.
func flagDecode(flags []string) []normalize.DecodeOption {
	if len(flags) == 2 && flags[0] == "--encoding" {
		return []normalize.DecodeOption{normalize.WithEncoding(flags[1])}
	}
	return nil
}
