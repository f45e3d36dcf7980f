package hangul

// Set is a set of Hangul syllables, one bit each (1.4 kB).
type Set [(Last - First + 64) / 64]uint64

// NewSet returns the set of the syllables in s; other runes are ignored.
func NewSet(s string) *Set {
	var t Set
	for _, r := range s {
		t.Add(r)
	}
	return &t
}

// Add adds r and reports whether it is a syllable (others are not added).
func (t *Set) Add(r rune) bool {
	if r < First || r > Last {
		return false
	}
	k := r - First
	t[k/64] |= 1 << (k % 64)
	return true
}

// Has reports whether r is in t; it is false for any rune not a syllable.
func (t *Set) Has(r rune) bool {
	if r < First || r > Last {
		return false
	}
	k := r - First
	return t[k/64]&(1<<(k%64)) != 0
}
