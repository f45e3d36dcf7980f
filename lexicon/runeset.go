package lexicon

import "github.com/kextract/kextract/internal/hangul"

// hangulFirst and hangulLast bound the precomposed Hangul syllables.
const (
	hangulFirst = hangul.First
	hangulLast  = hangul.Last
)

// runeSet is a set of runes: a bitmap over the Hangul syllables, where
// nearly all its members are, and a map for the rest.
type runeSet struct {
	hangul hangul.Set
	other  map[rune]bool
}

func (s *runeSet) add(r rune) {
	if s.hangul.Add(r) {
		return
	}
	if s.other == nil {
		s.other = map[rune]bool{}
	}
	s.other[r] = true
}

func (s *runeSet) has(r rune) bool {
	if r >= hangulFirst && r <= hangulLast {
		return s.hangul.Has(r)
	}
	return s.other[r]
}
