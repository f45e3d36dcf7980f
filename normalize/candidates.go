package normalize

import "unicode/utf8"

// The candidate pre-filter: FindAmounts asks candidateStart about every
// rune of the text, and nearly all of them are Hangul syllables or ASCII
// bytes that can start no amount. These read-only tables answer for those
// runes with one load, before any lookback or parsing.

// hangulFirst and hangulLast bound the precomposed Hangul syllables.
const (
	hangulFirst = 0xAC00
	hangulLast  = 0xD7A3
)

// syllableSet is a set of precomposed Hangul syllables, one bit each.
type syllableSet [(hangulLast - hangulFirst + 64) / 64]uint64

// newSyllableSet returns the set of the syllables in s (other runes are
// ignored).
func newSyllableSet(s string) *syllableSet {
	var t syllableSet
	for _, r := range s {
		if r >= hangulFirst && r <= hangulLast {
			k := r - hangulFirst
			t[k/64] |= 1 << (k % 64)
		}
	}
	return &t
}

// has reports whether the syllable r (hangulFirst ≤ r ≤ hangulLast) is in t.
func (t *syllableSet) has(r rune) bool {
	k := r - hangulFirst
	return t[k/64]&(1<<(k%64)) != 0
}

// numeralSyllables are the syllables numeralStarts holds.
var numeralSyllables = newSyllableSet(numeralStarts)

// isNumeralStart reports whether r is in numeralStarts.
func isNumeralStart(r rune) bool {
	return r >= hangulFirst && r <= hangulLast && numeralSyllables.has(r)
}

// startSyllables are the syllables an amount may start with: a numeral or
// vague magnitude, a qualifier (약, 대략, 무려, 최대, 최소) or 마이너스.
var startSyllables = newSyllableSet(numeralStarts + "약대무최마")

// asciiStarts marks the ASCII bytes an amount may start with: digits, a
// minus sign, a dollar sign and the capitals of ISO currency codes.
var asciiStarts = func() (t [utf8.RuneSelf]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = true
	}
	t['-'], t['$'] = true, true
	return t
}()

// skipNonStart returns the offset of the first rune at or after i that the
// tables cannot rule out as the start of an amount: it steps over ASCII
// bytes outside asciiStarts and Hangul syllables outside startSyllables,
// decoding the three-byte syllables in place.
func skipNonStart(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiStarts[c] {
				return i
			}
			i++
			continue
		}
		// a Hangul syllable is EA–ED followed by two continuation bytes
		if c < 0xEA || c > 0xED || i+2 >= len(s) {
			return i
		}
		c1, c2 := s[i+1], s[i+2]
		if c1&0xC0 != 0x80 || c2&0xC0 != 0x80 {
			return i
		}
		r := rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
		if r < hangulFirst || r > hangulLast || startSyllables.has(r) {
			return i
		}
		i += 3
	}
	return i
}
