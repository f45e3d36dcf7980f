package normalize

import (
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"
)

// The candidate pre-filter: FindAmounts asks candidateStart about every
// rune of the text, and nearly all of them are Hangul syllables or ASCII
// bytes that can start no amount. These read-only tables answer for those
// runes with one load, before any lookback or parsing.

// hangulFirst and hangulLast bound the precomposed Hangul syllables.
const (
	hangulFirst = hangul.First
	hangulLast  = hangul.Last
)

// numeralSyllables are the syllables numeralStarts holds.
var numeralSyllables = hangul.NewSet(numeralStarts)

// isNumeralStart reports whether r is in numeralStarts.
func isNumeralStart(r rune) bool {
	return r >= hangulFirst && r <= hangulLast && numeralSyllables.Has(r)
}

// startSyllables are the syllables an amount may start with: a numeral or
// vague magnitude, a qualifier (약, 대략, 무려, 최대, 최소) or 마이너스.
var startSyllables = hangul.NewSet(numeralStarts + "약대무최마")

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
		r, ok := hangul.SyllableAt(s, i)
		if !ok {
			return i
		}
		if prev == classOther && startSyllables.Has(r) {
			return i
		}
		prev = classSyllable
		i += 3
	}
	return i
}
