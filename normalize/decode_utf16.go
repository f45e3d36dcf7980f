package normalize

import (
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

// hasUTF16BOM reports whether src starts with a UTF-16 byte order mark
// (FF FE little-endian, FE FF big-endian). Neither can start valid UTF-8.
func hasUTF16BOM(src []byte) bool {
	return len(src) >= 2 && (src[0] == 0xFF && src[1] == 0xFE || src[0] == 0xFE && src[1] == 0xFF)
}

// decodeUTF16 decodes UTF-16 in the byte order of its byte order mark
// (little-endian without one). The mark itself is kept as U+FEFF, as it is
// in UTF-8 input, so that offsets agree between the two. An unpaired
// surrogate or an odd last byte is an error naming its byte offset, or,
// when lossy, U+FFFD with a warning.
func decodeUTF16(src []byte, lossy bool) (string, []Warning, error) {
	big := len(src) >= 2 && src[0] == 0xFE && src[1] == 0xFF
	unit := func(i int) rune {
		if big {
			return rune(src[i])<<8 | rune(src[i+1])
		}
		return rune(src[i+1])<<8 | rune(src[i])
	}
	out := make([]byte, 0, len(src)+len(src)/2)
	bad, first := 0, -1
	for i := 0; i < len(src); {
		if i+1 >= len(src) {
			bad, first = bad+1, firstOf(first, i)
			out = utf8.AppendRune(out, utf8.RuneError)
			break
		}
		r := unit(i)
		switch {
		case !utf16.IsSurrogate(r):
			out = utf8.AppendRune(out, r)
			i += 2
		case r < 0xDC00 && i+3 < len(src):
			if dr := utf16.DecodeRune(r, unit(i+2)); dr != utf8.RuneError {
				out = utf8.AppendRune(out, dr)
				i += 4
				continue
			}
			fallthrough
		default:
			bad, first = bad+1, firstOf(first, i)
			out = utf8.AppendRune(out, utf8.RuneError)
			i += 2
		}
	}
	order := "little-endian"
	if big {
		order = "big-endian"
	}
	if bad > 0 && !lossy {
		return "", nil, fmt.Errorf("input is UTF-16 (%s) with an invalid code unit at byte offset %d (%d invalid; use lossy decoding to replace them): %w", order, first, bad, ErrInvalidEncoding)
	}
	warns := []Warning{{
		Code:    "decoded-utf16",
		Message: fmt.Sprintf("input is UTF-16 (%s); decoded (offsets refer to the decoded text)", order),
	}}
	if bad > 0 {
		warns = append(warns, Warning{
			Code:    "invalid-utf16",
			Message: fmt.Sprintf("invalid UTF-16 replaced by U+FFFD (%d code units, first at byte offset %d)", bad, first),
		})
	}
	return string(out), warns, nil
}

func firstOf(first, i int) int {
	if first < 0 {
		return i
	}
	return first
}
