package corpus

import "encoding/binary"

// validJSON reports whether b is one valid JSON value with optional white
// space around it, exactly as encoding/json.Valid does (the same grammar,
// bytes of invalid UTF-8 allowed inside strings, at most maxJSONDepth
// nested arrays and objects), in one walk over b. It is the record
// reader's check of every line: encoding/json's scanner steps a state
// machine for each byte, while most of a line is one long string, which
// validJSON skips in a tight loop.
func validJSON(b []byte) bool {
	var stack []byte // the open containers, '{' or '['
	i := skipWS(b, 0)
	for {
		// a value at b[i]
		if i >= len(b) {
			return false
		}
		switch c := b[i]; {
		case c == '"':
			if i = jsonStringEnd(b, i); i < 0 {
				return false
			}
		case c == '{' || c == '[':
			if len(stack) == maxJSONDepth {
				return false
			}
			stack = append(stack, c)
			i = skipWS(b, i+1)
			if i < len(b) && (c == '{' && b[i] == '}' || c == '[' && b[i] == ']') {
				stack = stack[:len(stack)-1]
				i++
				break
			}
			if c == '{' {
				if i = jsonMemberName(b, i); i < 0 {
					return false
				}
			}
			continue
		case c == '-' || c >= '0' && c <= '9':
			if i = jsonNumberEnd(b, i); i < 0 {
				return false
			}
		case c == 't':
			if i = literalEnd(b, i, "true"); i < 0 {
				return false
			}
		case c == 'f':
			if i = literalEnd(b, i, "false"); i < 0 {
				return false
			}
		case c == 'n':
			if i = literalEnd(b, i, "null"); i < 0 {
				return false
			}
		default:
			return false
		}
		// after a value: a comma, the end of containers, or the end
		for {
			i = skipWS(b, i)
			if len(stack) == 0 {
				return i == len(b)
			}
			if i >= len(b) {
				return false
			}
			top := stack[len(stack)-1]
			if b[i] == ',' {
				i = skipWS(b, i+1)
				if top == '{' {
					if i = jsonMemberName(b, i); i < 0 {
						return false
					}
				}
				break
			}
			if top == '{' && b[i] != '}' || top == '[' && b[i] != ']' {
				return false
			}
			stack = stack[:len(stack)-1]
			i++
		}
	}
}

// maxJSONDepth is encoding/json's limit of nesting.
const maxJSONDepth = 10000

// jsonMemberName reads a member name and its colon at b[i]: the index of
// the value after it (white space skipped), or -1.
func jsonMemberName(b []byte, i int) int {
	if i >= len(b) || b[i] != '"' {
		return -1
	}
	if i = jsonStringEnd(b, i); i < 0 {
		return -1
	}
	i = skipWS(b, i)
	if i >= len(b) || b[i] != ':' {
		return -1
	}
	return skipWS(b, i+1)
}

// jsonStringEnd returns the index after the valid string token starting at
// b[i] == '"', or -1.
func jsonStringEnd(b []byte, i int) int {
	for j := i + 1; j < len(b); j++ {
		j = plainEnd(b, j)
		if j >= len(b) {
			break
		}
		c := b[j]
		switch {
		case c == '"':
			return j + 1
		case c < 0x20:
			return -1
		}
		// an escape
		if j+1 >= len(b) {
			return -1
		}
		switch b[j+1] {
		case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			j++
		case 'u':
			if _, ok := hex4(b, j+2); !ok {
				return -1
			}
			j += 5
		default:
			return -1
		}
	}
	return -1
}

// plainEnd returns the index of the first byte from b[j] on that a string
// token cannot hold as it is (a quote, a backslash or a control character),
// or len(b). Eight bytes are tested at a time: a word holds a byte below
// 0x20 when (w - 0x20…) & ^w & 0x80… is not zero, and a byte equal to c
// when w ^ c… holds a zero byte (the tests are exact for the whole word).
func plainEnd(b []byte, j int) int {
	const (
		ones  = 0x0101010101010101
		highs = 0x8080808080808080
	)
	for ; j+8 <= len(b); j += 8 {
		w := binary.LittleEndian.Uint64(b[j:])
		q, bs := w^('"'*ones), w^('\\'*ones)
		if (w-0x20*ones)&^w&highs|(q-ones)&^q&highs|(bs-ones)&^bs&highs != 0 {
			break
		}
	}
	for ; j < len(b); j++ {
		if c := b[j]; c < 0x20 || c == '"' || c == '\\' {
			return j
		}
	}
	return j
}

// jsonNumberEnd returns the index after the valid number starting at b[i],
// or -1: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func jsonNumberEnd(b []byte, i int) int {
	if b[i] == '-' {
		i++
	}
	switch {
	case i >= len(b):
		return -1
	case b[i] == '0':
		i++
	case b[i] >= '1' && b[i] <= '9':
		i = digitsEnd(b, i)
	default:
		return -1
	}
	if i < len(b) && b[i] == '.' {
		j := digitsEnd(b, i+1)
		if j == i+1 {
			return -1
		}
		i = j
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		j := digitsEnd(b, i)
		if j == i {
			return -1
		}
		i = j
	}
	return i
}

func digitsEnd(b []byte, i int) int {
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	return i
}

// literalEnd returns the index after lit at b[i], or -1.
func literalEnd(b []byte, i int, lit string) int {
	if len(b)-i < len(lit) || string(b[i:i+len(lit)]) != lit {
		return -1
	}
	return i + len(lit)
}
