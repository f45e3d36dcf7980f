package extract

import "io"

// indenter re-indents compact JSON written to it in pieces, byte for byte
// as json.Indent(dst, src, "", "  ") does for the whole, without holding the
// whole: an empty object or array stays "{}" or "[]", a colon is followed
// by one space, white space outside strings is dropped.
type indenter struct {
	w          io.Writer
	buf        []byte
	depth      int
	inString   bool
	escaped    bool
	needIndent bool // after { or [: indent before the next value unless it closes
}

func (d *indenter) newline() {
	d.buf = append(d.buf, '\n')
	for range d.depth {
		d.buf = append(d.buf, ' ', ' ')
	}
}

// Write indents p and writes it on.
func (d *indenter) Write(p []byte) (int, error) {
	d.buf = d.buf[:0]
	for _, c := range p {
		if d.inString {
			d.buf = append(d.buf, c)
			switch {
			case d.escaped:
				d.escaped = false
			case c == '\\':
				d.escaped = true
			case c == '"':
				d.inString = false
			}
			continue
		}
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			continue
		}
		if d.needIndent && c != '}' && c != ']' {
			d.needIndent = false
			d.depth++
			d.newline()
		}
		switch c {
		case '"':
			d.inString = true
			d.buf = append(d.buf, c)
		case '{', '[':
			d.needIndent = true
			d.buf = append(d.buf, c)
		case ',':
			d.buf = append(d.buf, c)
			d.newline()
		case ':':
			d.buf = append(d.buf, c, ' ')
		case '}', ']':
			if d.needIndent {
				d.needIndent = false // empty: no indent
			} else {
				d.depth--
				d.newline()
			}
			d.buf = append(d.buf, c)
		default:
			d.buf = append(d.buf, c)
		}
	}
	if _, err := d.w.Write(d.buf); err != nil {
		return 0, err
	}
	if cap(d.buf) > 4*streamChunk {
		d.buf = nil // one long string: do not keep its buffer
	}
	return len(p), nil
}
