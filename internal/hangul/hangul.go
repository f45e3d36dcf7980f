// Package hangul has byte-level tests for Hangul text, for the scanners
// that walk Korean text: most of it is Hangul syllables, three bytes each in
// UTF-8, which they can recognise and skip without decoding.
package hangul

// First and Last are the first and last precomposed Hangul syllables.
const (
	First = 0xAC00
	Last  = 0xD7A3
)

// LetterBlockAt reports whether a valid three-byte UTF-8 sequence for a
// rune in U+A000-U+D7FF starts at s[i]: the Hangul syllables, and Yi, Vai
// and the Hangul jamo extensions. All are letters: none is a space, a
// bracket, a quote, punctuation or a Han character.
func LetterBlockAt(s string, i int) bool {
	// i >= len(s)-2, not i+2 >= len(s): the compiler then drops the bounds
	// checks of the three bytes
	if i < 0 || i >= len(s)-2 {
		return false
	}
	c0, c1, c2 := s[i], s[i+1], s[i+2]
	return c0 >= 0xEA && c0 <= 0xED && c1&0xC0 == 0x80 && c2&0xC0 == 0x80 && (c0 != 0xED || c1 < 0xA0)
}

// SyllableAt reports whether a Hangul syllable (U+AC00-U+D7A3), validly
// encoded, starts at s[i], and returns it (0 when it is not one).
//
// It is written to be small enough for the compiler to inline into the
// scanners that call it for every word: three bytes of the form 1110xxxx
// 10xxxxxx 10xxxxxx whose rune is in the syllable range are exactly the
// valid encodings of a syllable (the range holds no surrogate, and its
// lead bytes, 0xEA-0xED, have no overlong forms).
func SyllableAt(s string, i int) (rune, bool) {
	if i < 0 || i >= len(s)-2 {
		return 0, false
	}
	b := uint32(s[i])<<16 | uint32(s[i+1])<<8 | uint32(s[i+2])
	r := rune(b>>4&0xF000 | b>>2&0x0FC0 | b&0x3F)
	if b&0xF0C0C0 != 0xE08080 || r < First || r > Last {
		return 0, false
	}
	return r, true
}
