package normalize

import "golang.org/x/text/width"

// foldWidth maps full-width ASCII (U+FF01-U+FF5E) to ASCII and half-width
// forms (katakana, Hangul jamo, symbols) to their usual width, using the
// Unicode East Asian Width tables of golang.org/x/text/width.
func foldWidth(r rune) rune {
	if f := width.LookupRune(r).Folded(); f != 0 {
		return f
	}
	return r
}
