package extract

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kextract/kextract/normalize"
)

// reflectJSON is what encoding/json writes for v, the reference for the
// hand-written encoder.
func reflectJSON(t testing.TB, v any, indent bool) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	require.NoError(t, enc.Encode(v))
	return buf.Bytes()
}

// fullDocument sets every field of every type, with strings that need
// escaping, so that the encoders are compared on all of them.
func fullDocument(s string) *Document {
	dec := func(v string) *normalize.Decimal { d := normalize.MustDecimal(v); return &d }
	off := 3
	sp := Span{Start: 1, End: 2, Text: s}
	return &Document{
		Schema: Schema, ID: s, Date: "2025-01-02",
		Sentences: []Sentence{{Span: sp, Kind: "body"}, {Kind: ""}},
		Entities: []Entity{
			{ID: "e1", Type: TypePerson, Name: s, English: s, Aliases: []string{s, "x"}, Role: s, Affiliation: "e2", Value: s,
				Mentions: []Mention{{Span: sp, Sentence: 1}}},
			{ID: "e2", Type: TypeOrg, Name: "", Mentions: nil},
		},
		Amounts: []Amount{
			{Span: sp, Kind: "money", Unit: "USD", Value: dec("500000000000"), Approximate: true, Qualifier: s,
				Equivalents: []Equivalent{{Value: normalize.MustDecimal("-0.25"), Unit: "KRW", Approximate: true}, {Value: normalize.MustDecimal("7")}},
				Converted:   &Converted{Min: dec("1"), Max: dec("2.5"), Unit: "KRW", Rate: normalize.MustDecimal("1400"), RateSource: "given"}, Sentence: 2},
			{Span: sp, Kind: "quantity", Min: dec("10"), Converted: &Converted{Value: dec("3")}},
			{},
		},
		Rates: []Rate{{From: "USD", To: "KRW", Rate: normalize.MustDecimal("1400"), Source: s}},
		Quotes: []Quote{
			{Span: sp, Speaker: &Speaker{Name: s, Entity: "e1", Mention: &sp, Resolved: "subject"}, Verb: s, Sentence: 4},
			{Span: sp},
		},
		Claims: []Claim{
			{Span: sp, Source: &Speaker{Name: s}, Cue: s, Kind: "hearsay", Sentence: 5},
			{Span: sp},
		},
		Warnings: []Warning{{Code: s, Message: s, Offset: &off}, {Code: "x"}},
	}
}

var encodeStrings = []string{
	"", "앨빈 응우옌", `"quoted" \ back`, "<script>&amp;</script>", "tab\tnew\nline\rcr\bbs\fff\x00\x01\x1f\x7f",
	"line\u2028para\u2029", "bad\xff\xfeutf8\xc3", "emoji 😀 한글", "\ufffd",
}

// The hand-written encoder writes exactly what encoding/json writes.
func TestEncodeMatchesJSON(t *testing.T) {
	for _, s := range encodeStrings {
		d := fullDocument(s)
		got, err := Marshal(d)
		require.NoError(t, err)
		assert.Equal(t, string(reflectJSON(t, d, false)), string(got), "%q", s)
		var buf bytes.Buffer
		require.NoError(t, Encode(&buf, d, true))
		assert.Equal(t, string(reflectJSON(t, d, true)), buf.String(), "%q", s)
	}
	// nil and empty lists
	for _, d := range []*Document{{}, {Schema: Schema, Sentences: []Sentence{}, Entities: []Entity{}, Amounts: []Amount{}, Rates: []Rate{}, Quotes: []Quote{}, Claims: []Claim{}, Warnings: []Warning{}}} {
		got, err := Marshal(d)
		require.NoError(t, err)
		assert.Equal(t, string(reflectJSON(t, d, false)), string(got))
	}
	// a real document
	raw, err := os.ReadFile("../testdata/article.txt")
	require.NoError(t, err)
	doc := extractText(t, string(raw))
	got, err := Marshal(doc)
	require.NoError(t, err)
	assert.Equal(t, string(reflectJSON(t, doc, false)), string(got))
}

func FuzzEncode(f *testing.F) {
	for _, s := range encodeStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := fullDocument(s)
		got, err := Marshal(d)
		require.NoError(t, err)
		if want := reflectJSON(t, d, false); !bytes.Equal(want, got) {
			t.Fatalf("encoders differ on %q:\n%s\n%s", s, want, got)
		}
	})
}
