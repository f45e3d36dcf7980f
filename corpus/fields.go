package corpus

import (
	"bytes"
	"encoding/json"
	"unicode/utf8"
)

// topFields returns the raw values of the top-level members of the JSON
// object body, by name (the last of duplicated names, as encoding/json
// keeps). body must be valid JSON (json.Valid); ok is false when it is not
// an object or a member name has escapes or invalid UTF-8, and the caller
// then decodes it with encoding/json. Nothing is copied: the values are
// slices of body, to be used before body is reused.
// This is the record reader's fast path: one walk over the line instead of
// a decode into a map.
func topFields(body []byte) (fields map[string]json.RawMessage, ok bool) {
	i := skipWS(body, 0)
	if i >= len(body) || body[i] != '{' {
		return nil, false
	}
	fields = make(map[string]json.RawMessage, 8)
	i = skipWS(body, i+1)
	if i < len(body) && body[i] == '}' {
		return fields, true
	}
	for i < len(body) {
		if body[i] != '"' {
			return nil, false
		}
		end := stringEnd(body, i)
		if end < 0 {
			return nil, false
		}
		name := body[i+1 : end-1]
		if bytes.IndexByte(name, '\\') >= 0 || !utf8.Valid(name) {
			return nil, false // encoding/json would rewrite the name
		}
		i = skipWS(body, end)
		if i >= len(body) || body[i] != ':' {
			return nil, false
		}
		i = skipWS(body, i+1)
		vend := valueEnd(body, i)
		if vend < 0 {
			return nil, false
		}
		fields[string(name)] = body[i:vend]
		i = skipWS(body, vend)
		if i >= len(body) {
			return nil, false
		}
		switch body[i] {
		case ',':
			i = skipWS(body, i+1)
		case '}':
			return fields, true
		default:
			return nil, false
		}
	}
	return nil, false
}

func skipWS(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// stringEnd returns the index after the string starting at b[i] == '"'.
func stringEnd(b []byte, i int) int {
	for j := i + 1; j < len(b); j++ {
		switch b[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return -1
}

// valueEnd returns the index after the JSON value starting at b[i].
func valueEnd(b []byte, i int) int {
	if i >= len(b) {
		return -1
	}
	switch b[i] {
	case '"':
		return stringEnd(b, i)
	case '{', '[':
		depth := 0
		for j := i; j < len(b); j++ {
			switch b[j] {
			case '"':
				e := stringEnd(b, j)
				if e < 0 {
					return -1
				}
				j = e - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return j + 1
				}
			}
		}
		return -1
	}
	j := i // a number, true, false or null
	for j < len(b) && b[j] != ',' && b[j] != '}' && b[j] != ']' && b[j] != ' ' && b[j] != '\t' && b[j] != '\n' && b[j] != '\r' {
		j++
	}
	if j == i {
		return -1
	}
	return j
}
