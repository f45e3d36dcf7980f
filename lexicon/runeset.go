package lexicon

// runeSet is a set of runes: a bitmap over the Hangul syllables, where
// nearly all its members are, and a map for the rest.
type runeSet struct {
	hangul [(hangulLast - hangulFirst + 64) / 64]uint64
	other  map[rune]bool
}

const (
	hangulFirst = 0xAC00
	hangulLast  = 0xD7A3
)

func (s *runeSet) add(r rune) {
	if r >= hangulFirst && r <= hangulLast {
		i := r - hangulFirst
		s.hangul[i/64] |= 1 << (i % 64)
		return
	}
	if s.other == nil {
		s.other = map[rune]bool{}
	}
	s.other[r] = true
}

func (s *runeSet) has(r rune) bool {
	if r >= hangulFirst && r <= hangulLast {
		i := r - hangulFirst
		return s.hangul[i/64]&(1<<(i%64)) != 0
	}
	return s.other[r]
}
