package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"

	"github.com/kextract/kextract/extract/ner"
)

// splitSlashedPlaces cuts the tagger's place spans that list places with a
// slash (화천/양구, 태백/영월/평창/정선, as election districts are written)
// into one span per place. Other spans pass unchanged.
func (a *analysis) splitSlashedPlaces(spans []ner.Span) []ner.Span {
	return replaceSpans(spans, func(s ner.Span) ([]ner.Span, bool) {
		if s.Label != "LC" || s.Start < 0 || s.End > len(a.clean) || s.Start >= s.End ||
			strings.IndexByte(a.clean[s.Start:s.End], '/') < 0 {
			return nil, false
		}
		var out []ner.Span
		start := s.Start
		for start < s.End {
			k := strings.IndexByte(a.clean[start:s.End], '/')
			end := s.End
			if k >= 0 {
				end = start + k
			}
			if end > start {
				p := s
				p.Start, p.End = start, end
				out = append(out, p)
			}
			start = end + 1
		}
		return out, true
	})
}

// hanjaGloss reports whether the span [start, end) is Chinese characters
// in brackets right after a Hangul word (이대호(李大浩), 나가노(長野),
// 낙인(烙印)): the gloss of that word, no entity of its own.
func (a *analysis) hanjaGloss(start, end int) bool {
	if start < 1 || a.clean[start-1] != '(' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(a.clean[:start-1])
	if !hangul.IsSyllable(r) {
		return false
	}
	for _, c := range a.clean[start:end] {
		if !unicode.Is(unicode.Han, c) {
			return false
		}
	}
	return true
}
