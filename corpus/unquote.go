package corpus

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// unquoteJSON returns the value of q, a JSON string token that
// encoding/json has already validated (quotes included), as encoding/json
// would decode it: escapes resolved, a lone surrogate as U+FFFD. It is the
// fast path of jsonText: an article's text is decoded once, not twice. ok
// is false when q is not such a token or holds invalid UTF-8 (the caller
// then asks encoding/json); utf8OK tells that q is known to be valid UTF-8
// (a piece of a line that was checked), so that it is not checked again.
func unquoteJSON(q []byte, utf8OK bool) (s string, ok bool) {
	if len(q) < 2 || q[0] != '"' || q[len(q)-1] != '"' || !utf8OK && !utf8.Valid(q) {
		return "", false
	}
	body := q[1 : len(q)-1]
	plain := true
	for i := 0; i < len(body); i++ {
		if i = plainEnd(body, i); i >= len(body) {
			break
		}
		if body[i] != '\\' {
			return "", false // not a validated token
		}
		plain = false
		i++ // the escaped byte (\" is no closing quote)
	}
	if plain {
		return string(body), true
	}
	var out strings.Builder // one allocation, no copy at the end
	out.Grow(len(body))
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' {
			if c < 0x20 || c == '"' {
				return "", false // not a validated token
			}
			j := i + 1
			for j < len(body) && body[j] != '\\' {
				j++
			}
			out.Write(body[i:j])
			i = j
			continue
		}
		if i+1 >= len(body) {
			return "", false
		}
		switch e := body[i+1]; e {
		case '"', '\\', '/':
			out.WriteByte(e)
		case 'b':
			out.WriteByte('\b')
		case 'f':
			out.WriteByte('\f')
		case 'n':
			out.WriteByte('\n')
		case 'r':
			out.WriteByte('\r')
		case 't':
			out.WriteByte('\t')
		case 'u':
			r, ok := hex4(body, i+2)
			if !ok {
				return "", false
			}
			i += 6
			if utf16.IsSurrogate(r) {
				r2, ok2 := rune(-1), false
				if i+1 < len(body) && body[i] == '\\' && body[i+1] == 'u' {
					r2, ok2 = hex4(body, i+2)
				}
				if dec := utf16.DecodeRune(r, r2); ok2 && dec != utf8.RuneError {
					r = dec
					i += 6
				} else {
					r = utf8.RuneError
				}
			}
			out.WriteRune(r)
			continue
		default:
			return "", false
		}
		i += 2
	}
	return out.String(), true
}

// hex4 reads four hex digits at b[i:].
func hex4(b []byte, i int) (rune, bool) {
	if i+4 > len(b) {
		return 0, false
	}
	var r rune
	for _, c := range b[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}
