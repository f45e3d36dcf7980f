package extract

import (
	"context"
	"encoding/json"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

var (
	testXOnce sync.Once
	testX     *Extractor
	testXErr  error
)

var (
	testNoModelOnce sync.Once
	testNoModel     *Extractor
	testNoModelErr  error
)

// testExtractorNoModel returns one shared Extractor without the statistical
// model, for tests of the rules alone.
func testExtractorNoModel(t testing.TB) *Extractor {
	t.Helper()
	testNoModelOnce.Do(func() { testNoModel, testNoModelErr = New(WithModel(false)) })
	require.NoError(t, testNoModelErr)
	return testNoModel
}

// testExtractor returns one shared Extractor for the package's tests.
func testExtractor(t testing.TB) *Extractor {
	t.Helper()
	testXOnce.Do(func() { testX, testXErr = New() })
	require.NoError(t, testXErr)
	return testX
}

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
