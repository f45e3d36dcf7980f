package extract

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sharedExtractors holds the Extractors the package's tests share, one
// per configuration, each built once.
var sharedExtractors = struct {
	sync.Mutex
	m map[string]*sharedExtractor
}{m: map[string]*sharedExtractor{}}

type sharedExtractor struct {
	once sync.Once
	x    *Extractor
	err  error
}

// shared returns the Extractor named name, built with opts on first use.
func shared(t testing.TB, name string, opts ...Option) *Extractor {
	t.Helper()
	sharedExtractors.Lock()
	s := sharedExtractors.m[name]
	if s == nil {
		s = &sharedExtractor{}
		sharedExtractors.m[name] = s
	}
	sharedExtractors.Unlock()
	s.once.Do(func() { s.x, s.err = New(opts...) })
	require.NoError(t, s.err)
	return s.x
}

// testExtractor returns the shared default Extractor.
func testExtractor(t testing.TB) *Extractor { return shared(t, "default") }

// testExtractorNoModel returns a shared Extractor without the statistical
// model, for tests of the rules alone.
func testExtractorNoModel(t testing.TB) *Extractor { return shared(t, "no-model", WithModel(false)) }

func extractText(t testing.TB, text string) *Document {
	t.Helper()
	doc, err := testExtractor(t).Extract(context.Background(), Input{Text: text})
	require.NoError(t, err)
	return doc
}

// checkSpans asserts the offset contract on every object of the JSON
// encoding that has integer start and end and a string text: the way any
// consumer (and ../shared/eval/goldcheck.py) reads spans.
func checkSpans(t testing.TB, input string, doc *Document) int {
	t.Helper()
	raw, err := Marshal(doc)
	require.NoError(t, err)
	require.True(t, json.Valid(raw))
	var v any
	require.NoError(t, json.Unmarshal(raw, &v))
	runes := []rune(input)
	n := 0
	var walk func(any)
	walk = func(node any) {
		switch x := node.(type) {
		case map[string]any:
			s, ok1 := x["start"].(float64)
			e, ok2 := x["end"].(float64)
			text, ok3 := x["text"].(string)
			if ok1 && ok2 && ok3 {
				n++
				require.True(t, 0 <= s && s <= e && int(e) <= len(runes), "span %v..%v out of range %d", s, e, len(runes))
				require.Equal(t, string(runes[int(s):int(e)]), text)
			}
			for _, c := range x {
				walk(c)
			}
		case []any:
			for _, c := range x {
				walk(c)
			}
		}
	}
	walk(v)
	return n
}

// checkClaim asserts what a claim table row says of claim c: its text holds
// contains, its kind, and its source's name ("" for no source).
func checkClaim(t *testing.T, c Claim, contains, kind, source string) {
	t.Helper()
	assert.Contains(t, c.Text, contains)
	assert.Equal(t, kind, c.Kind)
	if source == "" {
		assert.Nil(t, c.Source, "claim %q", c.Text)
		return
	}
	require.NotNil(t, c.Source, "claim %q", c.Text)
	assert.Equal(t, source, c.Source.Name, "claim %q", c.Text)
}

// checkSpeaker asserts what a speaker table row says of quote q: its text
// holds starts, and its speaker's name and the sieve that found it; an
// empty speaker asks for none.
func checkSpeaker(t *testing.T, q Quote, starts, speaker, resolved string) {
	t.Helper()
	assert.Contains(t, q.Text, starts)
	if speaker == "" {
		assert.Nil(t, q.Speaker, "quote %q", q.Text)
		return
	}
	require.NotNil(t, q.Speaker, "quote %q", q.Text)
	assert.Equal(t, speaker, q.Speaker.Name, "quote %q", q.Text)
	assert.Equal(t, resolved, q.Speaker.Resolved, "quote %q", q.Text)
}

// spanIn returns an analysis of text alone and the byte span of the first
// occurrence of span in it: the fixture of the rule tests that ask about
// one span of one sentence. The test fails when text does not hold span.
func spanIn(t testing.TB, x *Extractor, text, span string) (a *analysis, start, end int) {
	t.Helper()
	start = strings.Index(text, span)
	require.GreaterOrEqual(t, start, 0, "%q holds no %q", text, span)
	return &analysis{x: x, clean: text}, start, start + len(span)
}

// quotesIn extracts text, asserts the offset contract on the document and
// requires n quotes: the fixture of the quote and speaker tests.
func quotesIn(t *testing.T, text string, n int) *Document {
	t.Helper()
	doc := extractText(t, text)
	checkSpans(t, text, doc)
	require.Len(t, doc.Quotes, n, "%q: %+v", text, doc.Quotes)
	return doc
}
