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

// syllableAt decodes the precomposed Hangul syllable encoded at i (three
// bytes), reporting false when something else is there.
func syllableAt(s string, i int) (rune, bool) {
	// a syllable is EA–ED followed by two continuation bytes
	if i+2 >= len(s) || s[i] < 0xEA || s[i] > 0xED {
		return 0, false
	}
	c1, c2 := s[i+1], s[i+2]
	if c1&0xC0 != 0x80 || c2&0xC0 != 0x80 {
		return 0, false
	}
	r := rune(s[i]&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
	return r, r >= hangulFirst && r <= hangulLast
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

// runeClass says what the rune before an offset is, as far as the
// pre-filter needs to know: candidateStart turns down every start after an
// ASCII letter or digit, and every start but a digit after a Hangul
// syllable (both are word runes).
type runeClass uint8

const (
	classOther    runeClass = iota // not a word rune, or not known
	classASCII                     // ASCII letter or digit
	classSyllable                  // precomposed Hangul syllable
)

// classOf returns the class of r.
func classOf(r rune) runeClass {
	switch {
	case r < utf8.RuneSelf && asciiWord[r]:
		return classASCII
	case r >= hangulFirst && r <= hangulLast:
		return classSyllable
	}
	return classOther
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = c >= '0' && c <= '9' || isASCIILetter(byte(c))
	}
	return t
}()

// skipNonStart returns the offset of the first rune at or after i that the
// tables cannot rule out as the start of an amount, prev being the class of
// the rune before i. It steps over ASCII bytes outside asciiStarts, Hangul
// syllables outside startSyllables and starts that follow a word rune the
// way candidateStart would turn them down, decoding the three-byte
// syllables in place.
func skipNonStart(s string, i int, prev runeClass) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiStarts[c] && prev != classASCII && (prev != classSyllable || c >= '0' && c <= '9') {
				return i
			}
			prev = classOther
			if asciiWord[c] {
				prev = classASCII
			}
			i++
			continue
		}
		r, ok := syllableAt(s, i)
		if !ok {
			return i
		}
		if prev == classOther && startSyllables.has(r) {
			return i
		}
		prev = classSyllable
		i += 3
	}
	return i
}
