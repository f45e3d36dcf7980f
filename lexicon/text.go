package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"
)

// charClass is the matcher's view of a rune.
type charClass uint8

const (
	clsNone   charClass = iota // start of text
	clsSpace                   // any white space, including line breaks
	clsPunct                   // punctuation, symbols, controls, invalid bytes
	clsLatin                   // Latin letters and ASCII digits
	clsHangul                  // Hangul syllables and jamo
	clsHan                     // CJK ideographs (Hanja)
	clsOther                   // any other letter or digit
)

// asciiClass classifies the ASCII range.
var asciiClass = func() (t [128]charClass) {
	for i := range t {
		r := rune(i)
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f':
			t[i] = clsSpace
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9':
			t[i] = clsLatin
		default:
			t[i] = clsPunct
		}
	}
	return t
}()

// classOf classifies a rune.
func classOf(r rune) charClass {
	if r < utf8.RuneSelf {
		return asciiClass[r]
	}
	switch {
	case r >= 0xAC00 && r <= 0xD7A3, r >= 0x1100 && r <= 0x11FF, r >= 0x3130 && r <= 0x318F:
		return clsHangul
	case r == utf8.RuneError:
		return clsPunct
	case unicode.IsSpace(r):
		return clsSpace
	case unicode.Is(unicode.Han, r):
		return clsHan
	case unicode.Is(unicode.Latin, r):
		return clsLatin
	case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
		return clsOther
	default:
		return clsPunct
	}
}

// decode returns the rune at text[i] and its byte length (fast for ASCII
// and Hangul syllables).
func decode(text string, i int) (rune, int) {
	if b := text[i]; b < utf8.RuneSelf {
		return rune(b), 1
	}
	if r, ok := hangul.SyllableAt(text, i); ok {
		return r, 3
	}
	return utf8.DecodeRuneInString(text[i:])
}

// isBoundary reports whether a class ends an eojeol.
func isBoundary(c charClass) bool { return c == clsSpace || c == clsPunct }

// isHSpace reports whether r is horizontal white space (not a line break).
func isHSpace(r rune) bool {
	switch r {
	case ' ', '\t', 0xA0, 0x3000, 0x202F, 0x205F:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// hspaceAt returns the byte length of a horizontal space rune at text[i], or 0.
func hspaceAt(text string, i int) int {
	b := text[i]
	if b == ' ' || b == '\t' {
		return 1
	}
	if b != 0xC2 && b != 0xE2 && b != 0xE3 {
		return 0
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if isHSpace(r) {
		return n
	}
	return 0
}

// normKey collapses runs of white space into one ASCII space and trims it.
func normKey(s string) string {
	if !needsCollapse(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// asciiSpaced reports, in one pass over the bytes, the common case of a key
// that needs no collapsing: non-empty, single ASCII spaces between words,
// none at the ends, and no byte that could start another kind of space
// (tab, newline, or the lead bytes of U+0085, U+00A0, U+1680, U+2000-U+205F
// and U+3000).
func asciiSpaced(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ':
			if s[i+1] == ' ' {
				return false
			}
		case '\t', '\n', '\v', '\f', '\r', 0xC2, 0xE1, 0xE2, 0xE3:
			return false
		}
	}
	return true
}

func needsCollapse(s string) bool {
	if asciiSpaced(s) {
		return false
	}
	prevSpace := true
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if sp && (r != ' ' || prevSpace) {
			return true
		}
		prevSpace = sp
	}
	return prevSpace && s != ""
}

// foldASCII lowercases ASCII letters only.
func foldASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// hasASCIILetter reports whether s contains a Latin letter a-z or A-Z.
func hasASCIILetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// isShortCaps reports whether s is a short all-capital Latin name (at most
// three ASCII letters, no lower-case letters, nothing outside ASCII), which
// matches case-sensitively: MS, LG, SK, AP, U.S., S&P.
func isShortCaps(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf, c >= 'a' && c <= 'z', c == ' ':
			return false
		case c >= 'A' && c <= 'Z':
			letters++
		}
	}
	return letters >= 1 && letters <= 3
}

// lastRune returns the last rune of s (utf8.RuneError for ""). A valid
// syllable in the last three bytes is the last rune: most words end so,
// and are read without decoding back.
func lastRune(s string) rune {
	if r, ok := hangul.SyllableAt(s, len(s)-3); ok {
		return r
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// runeCount1 reports whether s is exactly one rune.
func runeCount1(s string) bool {
	if s == "" {
		return false
	}
	_, n := utf8.DecodeRuneInString(s)
	return n == len(s)
}
