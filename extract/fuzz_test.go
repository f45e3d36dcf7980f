package extract

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/korean"

	"github.com/kextract/kextract/normalize"
)

// lossyExtractor returns one shared Extractor that replaces invalid input
// by U+FFFD instead of failing, so that every fuzz input yields a document.
func lossyExtractor(t testing.TB) *Extractor { return shared(t, "lossy", WithLossy(true)) }

// hostileSnippets are seeds shared by the fuzz targets: unbalanced and
// nested marks, runs of scale words, control bytes, emoji and CP949 bytes.
func hostileSnippets() []string {
	cp949, _ := korean.EUCKR.NewEncoder().String("삼성전자는 1조 원을 투자했다고 밝혔다.")
	return []string{
		"",
		" \n\t\r\n ",
		"“가“나“다",
		"”가”나",
		"“그는 ‘안 된다’고 했다”라고 말했다.",
		"((((가))))[[[[나]]]]{{{{다}}}}",
		"억억억억억 조조조 만만",
		"9999999999999999999999999999999999999999억 달러",
		"1,2,3,4,5,6,7,8,9억 원",
		"가\x00나\x00“다\x00”",
		"👩‍👩‍👧 삼성전자는 🇰🇷 100억 원을 투자했다. 😀",
		cp949,
		"\xff\xfe\xfd 오픈AI \x80",
		"「가」『나』«다» \"라\" '마'",
		"김철수 대표는 \"\"\"\"라고 말했다.",
		"~~~~ 10만~20만~30만 원 이상 이하 미만",
		"\u200b\ufeff\u00a0ＭＳ는 ５０억 달러를",
		"&amp;&lt;&#x1F600;&#99999999999; 원",
		"a\r\nb\rc\n\n\n“d",
	}
}

// seedParagraphs returns the seed article split in paragraphs.
func seedParagraphs(t testing.TB) []string {
	raw, err := os.ReadFile("../testdata/article.txt")
	require.NoError(t, err)
	var out []string
	for _, p := range strings.Split(string(raw), "\n") {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return out
}

// wikinewsTexts returns up to n article texts from the shared data, or none
// when it is absent.
func wikinewsTexts(n int) []string {
	f, err := os.Open("../../shared/data/wikinews/dev.jsonl")
	if err != nil {
		return nil
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	var out []string
	for sc.Scan() && len(out) < n {
		var r struct {
			Text string `json:"text"`
		}
		if json.Unmarshal(sc.Bytes(), &r) == nil && r.Text != "" {
			out = append(out, r.Text)
		}
	}
	return out
}

// checkDocument asserts the invariants every document must satisfy for the
// decoded input text: spans in range and equal to their slice, entity
// mentions (of all entities together) and amounts each pairwise disjoint,
// quotes nested or disjoint and sorted.
func checkDocument(t *testing.T, decoded string, doc *Document) {
	t.Helper()
	checkSpans(t, decoded, doc)
	var mentions []Span
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			mentions = append(mentions, m.Span)
		}
	}
	// one stretch of text is one entity's: no mention overlaps another,
	// of the same entity or of another
	requireDisjoint(t, "entity mentions", mentions)
	amounts := make([]Span, 0, len(doc.Amounts))
	for _, a := range doc.Amounts {
		amounts = append(amounts, a.Span)
	}
	requireDisjoint(t, "amounts", amounts)
	quotes := make([]Span, 0, len(doc.Quotes))
	for i, q := range doc.Quotes {
		if i > 0 {
			require.LessOrEqual(t, doc.Quotes[i-1].Start, q.Start, "quotes not sorted")
		}
		quotes = append(quotes, q.Span)
	}
	requireNested(t, "quotes", quotes)
}

// requireNested asserts that two non-empty spans either do not overlap or
// one holds the other (speech quoted inside a quote).
func requireNested(t *testing.T, what string, spans []Span) {
	t.Helper()
	s := append([]Span(nil), spans...)
	sortSpans(s)
	var open []Span // spans holding the current one
	for _, sp := range s {
		for len(open) > 0 && open[len(open)-1].End <= sp.Start {
			open = open[:len(open)-1]
		}
		if len(open) > 0 {
			require.LessOrEqual(t, sp.End, open[len(open)-1].End, "%s overlap without nesting: %+v and %+v", what, open[len(open)-1], sp)
		}
		open = append(open, sp)
	}
}

// requireDisjoint asserts that no two non-empty spans overlap.
func requireDisjoint(t *testing.T, what string, spans []Span) {
	t.Helper()
	s := append([]Span(nil), spans...)
	sortSpans(s)
	for i := 1; i < len(s); i++ {
		require.LessOrEqual(t, s[i-1].End, s[i].Start, "%s overlap: %+v and %+v", what, s[i-1], s[i])
	}
}

func sortSpans(s []Span) {
	slices.SortFunc(s, func(a, b Span) int { return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End)) })
}

// decodedInput returns the text the document's offsets refer to: the input
// itself, or for bytes (Raw, or Text that is not UTF-8) the input decoded
// lossily, with CRLF and CR line ends read as LF when the document says so
// with a "newlines" warning.
func decodedInput(t *testing.T, s string, bytesPath bool, doc *Document) string {
	t.Helper()
	if !bytesPath {
		return s
	}
	decoded, _, err := normalize.Decode([]byte(s), normalize.WithLossy(true))
	require.NoError(t, err)
	require.True(t, utf8.ValidString(decoded))
	for _, w := range doc.Warnings {
		if w.Code == "newlines" {
			return strings.ReplaceAll(strings.ReplaceAll(decoded, "\r\n", "\n"), "\r", "\n")
		}
	}
	return decoded
}

// FuzzExtract runs the whole pipeline on arbitrary input, as UTF-8 text and
// as raw bytes, and checks the document invariants.
func FuzzExtract(f *testing.F) {
	for _, p := range seedParagraphs(f) {
		f.Add(p, false)
	}
	for _, s := range wikinewsTexts(20) {
		f.Add(s, true)
	}
	for _, s := range hostileSnippets() {
		f.Add(s, false)
		f.Add(s, true)
	}
	x := lossyExtractor(f)
	f.Fuzz(func(t *testing.T, s string, raw bool) {
		if len(s) > 64<<10 {
			t.Skip("bounded input size")
		}
		in := Input{ID: "fuzz", Text: s}
		if raw {
			in = Input{ID: "fuzz", Raw: []byte(s)}
		}
		doc, err := x.Extract(context.Background(), in)
		if err != nil {
			require.NotContains(t, err.Error(), "internal error", "Extract panicked")
			// A lossy extractor accepts every input of this size.
			t.Fatalf("Extract failed: %v", err)
		}
		decoded := decodedInput(t, s, raw || !utf8.ValidString(s), doc)
		checkDocument(t, decoded, doc)
		b, err := Marshal(doc)
		require.NoError(t, err)
		require.True(t, json.Valid(b))
	})
}

// quoteFragments are the pieces FuzzQuotes combines.
var quoteFragments = []string{
	"“", "”", "‘", "’", "\"", "'", "「", "」", "『", "』", "«", "»",
	"그는", "김 대표는", "정부는", "수요는 여전히 많다", "안 된다", "AI",
	"라고", "라며", "고", "며", "면서", " 말했다.", " 밝혔다.", " 했다", ":",
	"\n", " ", ".", "?", "!",
}

// FuzzQuotes builds text from quote marks, Korean words, quotative endings
// and newlines, driven by the fuzzer's bytes, and checks the quotes: sorted,
// disjoint, each inside one paragraph.
func FuzzQuotes(f *testing.F) {
	f.Add([]byte{0, 12, 1, 19, 30, 23})
	f.Add([]byte{0, 12, 2, 14, 3, 18, 1, 18, 23})
	f.Add([]byte{4, 15, 4, 18, 28, 4, 16})
	f.Add([]byte{6, 13, 7, 8, 14, 9, 10, 15, 11, 19, 24})
	f.Add([]byte{0, 0, 0, 0, 1, 1, 28, 1, 1})
	f.Add([]byte("\x00\x0f\x01\x13\x1c\x00\x10\x01\x14\x18"))
	x := lossyExtractor(f)
	f.Fuzz(func(t *testing.T, picks []byte) {
		if len(picks) > 4096 {
			t.Skip("bounded input size")
		}
		var sb strings.Builder
		for _, p := range picks {
			sb.WriteString(quoteFragments[int(p)%len(quoteFragments)])
		}
		text := sb.String()
		doc, err := x.Extract(context.Background(), Input{Text: text})
		require.NoError(t, err)
		checkDocument(t, text, doc)
		for _, q := range doc.Quotes {
			require.NotContains(t, q.Text, "\n", "quote crosses a paragraph: %+v", q)
		}
	})
}
