package extract

import (
	"io"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"
	"github.com/kextract/kextract/normalize"
)

// appendDocument appends the compact JSON encoding of d, byte for byte what
// encoding/json writes for it with HTML escaping off (TestEncodeMatchesJSON
// checks this), without reflection: encoding is a tenth of the pipeline's
// time otherwise. The field order and omitempty rules follow the struct
// tags in document.go; a field added there must be added here too.
func appendDocument(b []byte, d *Document) []byte {
	return encodeDocument(slices.Grow(b, encodedSizeHint(d)), d, nil)
}

// streamChunk is how much encoded JSON encodeStream buffers before it writes.
const streamChunk = 64 << 10

// encodeStream writes the JSON of d (indented as json.Indent does when
// indent is set) and a newline to w in pieces of about streamChunk bytes,
// so that encoding a large document holds a buffer, not a copy of the
// output (and, indented, not a second one).
func encodeStream(w io.Writer, d *Document, indent bool) error {
	out := w
	if indent {
		out = &indenter{w: w}
	}
	var err error
	flush := func(b []byte) []byte {
		if len(b) < streamChunk || err != nil {
			return b
		}
		_, err = out.Write(b)
		return b[:0]
	}
	b := encodeDocument(make([]byte, 0, streamChunk+streamChunk/4), d, flush)
	if err == nil {
		_, err = out.Write(b)
	}
	if err == nil {
		_, err = io.WriteString(w, "\n")
	}
	return err
}

// encodeDocument appends the JSON of d to b; flush, when not nil, is called
// between the items of the top-level lists and may write b out and return
// it emptied.
func encodeDocument(b []byte, d *Document, flush func([]byte) []byte) []byte {
	b = append(b, `{"schema":`...)
	b = appendJSONString(b, d.Schema)
	if d.ID != "" {
		b = append(b, `,"id":`...)
		b = appendJSONString(b, d.ID)
	}
	if d.Date != "" {
		b = append(b, `,"date":`...)
		b = appendJSONString(b, d.Date)
	}
	b = append(b, `,"sentences":`...)
	b = appendTopList(b, d.Sentences, flush, func(b []byte, s *Sentence) []byte {
		b = appendSpanFields(b, &s.Span)
		b = append(b, `,"kind":`...)
		b = appendJSONString(b, s.Kind)
		return append(b, '}')
	})
	b = append(b, `,"entities":`...)
	b = appendTopList(b, d.Entities, flush, appendEntity)
	b = append(b, `,"amounts":`...)
	b = appendTopList(b, d.Amounts, flush, appendAmount)
	if len(d.Rates) > 0 {
		b = append(b, `,"rates":`...)
		b = appendTopList(b, d.Rates, flush, func(b []byte, r *Rate) []byte {
			b = append(b, `{"from":`...)
			b = appendJSONString(b, r.From)
			b = append(b, `,"to":`...)
			b = appendJSONString(b, r.To)
			b = append(b, `,"rate":`...)
			b = append(b, r.Rate.String()...)
			b = append(b, `,"source":`...)
			b = appendJSONString(b, r.Source)
			return append(b, '}')
		})
	}
	b = append(b, `,"quotes":`...)
	b = appendTopList(b, d.Quotes, flush, func(b []byte, q *Quote) []byte {
		b = appendSpanFields(b, &q.Span)
		b = append(b, `,"speaker":`...)
		b = appendSpeaker(b, q.Speaker)
		b = append(b, `,"verb":`...)
		b = appendJSONString(b, q.Verb)
		b = append(b, `,"sentence":`...)
		b = strconv.AppendInt(b, int64(q.Sentence), 10)
		return append(b, '}')
	})
	b = append(b, `,"claims":`...)
	b = appendTopList(b, d.Claims, flush, func(b []byte, c *Claim) []byte {
		b = appendSpanFields(b, &c.Span)
		b = append(b, `,"source":`...)
		b = appendSpeaker(b, c.Source)
		b = append(b, `,"cue":`...)
		b = appendJSONString(b, c.Cue)
		b = append(b, `,"kind":`...)
		b = appendJSONString(b, c.Kind)
		b = append(b, `,"sentence":`...)
		b = strconv.AppendInt(b, int64(c.Sentence), 10)
		return append(b, '}')
	})
	b = append(b, `,"warnings":`...)
	b = appendTopList(b, d.Warnings, flush, func(b []byte, w *Warning) []byte {
		b = append(b, `{"code":`...)
		b = appendJSONString(b, w.Code)
		b = append(b, `,"message":`...)
		b = appendJSONString(b, w.Message)
		if w.Offset != nil {
			b = append(b, `,"offset":`...)
			b = strconv.AppendInt(b, int64(*w.Offset), 10)
		}
		return append(b, '}')
	})
	return append(b, '}')
}

// encodedSizeHint estimates the encoded size of d, so that the buffer
// grows once: the sentences' text is about a third of it in news.
func encodedSizeHint(d *Document) int {
	n := 256
	for i := range d.Sentences {
		n += len(d.Sentences[i].Text) + 48
	}
	return 3 * n
}

// appendList appends a JSON array of xs, or null for a nil slice, as
// encoding/json does.
func appendList[T any](b []byte, xs []T, f func([]byte, *T) []byte) []byte {
	if xs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = f(b, &xs[i])
	}
	return append(b, ']')
}

// appendTopList is appendList for the top-level lists of a document: flush,
// when not nil, is called after each item.
func appendTopList[T any](b []byte, xs []T, flush func([]byte) []byte, f func([]byte, *T) []byte) []byte {
	if flush == nil {
		return appendList(b, xs, f)
	}
	if xs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = flush(f(b, &xs[i]))
	}
	return append(b, ']')
}

// appendSpanFields opens an object with the fields of an embedded Span.
func appendSpanFields(b []byte, s *Span) []byte {
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(s.End), 10)
	b = append(b, `,"text":`...)
	return appendJSONString(b, s.Text)
}

func appendEntity(b []byte, e *Entity) []byte {
	b = append(b, `{"id":`...)
	b = appendJSONString(b, e.ID)
	b = append(b, `,"type":`...)
	b = appendJSONString(b, e.Type)
	b = append(b, `,"name":`...)
	b = appendJSONString(b, e.Name)
	b = appendOptString(b, `,"english":`, e.English)
	if len(e.Aliases) > 0 {
		b = append(b, `,"aliases":`...)
		b = appendList(b, e.Aliases, func(b []byte, s *string) []byte { return appendJSONString(b, *s) })
	}
	b = appendOptString(b, `,"role":`, e.Role)
	b = appendOptString(b, `,"affiliation":`, e.Affiliation)
	b = appendOptString(b, `,"value":`, e.Value)
	if p := e.Period; p != nil {
		b = append(b, `,"period":{"start":`...)
		b = appendJSONString(b, p.Start)
		b = append(b, `,"end":`...)
		b = appendJSONString(b, p.End)
		b = append(b, '}')
	}
	b = appendOptString(b, `,"mod":`, e.Mod)
	if e.Approximate {
		b = append(b, `,"approximate":true`...)
	}
	b = appendOptString(b, `,"unresolved":`, e.Unresolved)
	b = append(b, `,"mentions":`...)
	b = appendList(b, e.Mentions, func(b []byte, m *Mention) []byte {
		b = appendSpanFields(b, &m.Span)
		b = append(b, `,"sentence":`...)
		b = strconv.AppendInt(b, int64(m.Sentence), 10)
		return append(b, '}')
	})
	return append(b, '}')
}

func appendAmount(b []byte, a *Amount) []byte {
	b = appendSpanFields(b, &a.Span)
	b = append(b, `,"kind":`...)
	b = appendJSONString(b, a.Kind)
	b = append(b, `,"unit":`...)
	b = appendJSONString(b, a.Unit)
	b = appendOptDecimal(b, `,"value":`, a.Value)
	b = appendOptDecimal(b, `,"min":`, a.Min)
	b = appendOptDecimal(b, `,"max":`, a.Max)
	if a.Approximate {
		b = append(b, `,"approximate":true`...)
	}
	b = appendOptString(b, `,"qualifier":`, a.Qualifier)
	if len(a.Equivalents) > 0 {
		b = append(b, `,"equivalents":`...)
		b = appendList(b, a.Equivalents, func(b []byte, e *Equivalent) []byte {
			b = append(b, `{"value":`...)
			b = append(b, e.Value.String()...)
			b = append(b, `,"unit":`...)
			b = appendJSONString(b, e.Unit)
			b = append(b, `,"approximate":`...)
			b = strconv.AppendBool(b, e.Approximate)
			return append(b, '}')
		})
	}
	if c := a.Converted; c != nil {
		b = append(b, `,"converted":{`...)
		n := len(b)
		b = appendOptDecimal(b, `,"value":`, c.Value)
		b = appendOptDecimal(b, `,"min":`, c.Min)
		b = appendOptDecimal(b, `,"max":`, c.Max)
		b = append(b, `,"unit":`...)
		b = appendJSONString(b, c.Unit)
		b = append(b, `,"rate":`...)
		b = append(b, c.Rate.String()...)
		b = append(b, `,"rate_source":`...)
		b = appendJSONString(b, c.RateSource)
		b = append(b[:n], b[n+1:]...) // the first field has no comma
		b = append(b, '}')
	}
	b = append(b, `,"sentence":`...)
	b = strconv.AppendInt(b, int64(a.Sentence), 10)
	return append(b, '}')
}

func appendSpeaker(b []byte, s *Speaker) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	b = append(b, `{"name":`...)
	b = appendJSONString(b, s.Name)
	b = appendOptString(b, `,"entity":`, s.Entity)
	if s.Mention != nil {
		b = append(b, `,"mention":`...)
		b = appendSpanFields(b, s.Mention)
		b = append(b, '}')
	}
	b = append(b, `,"resolved":`...)
	b = appendJSONString(b, s.Resolved)
	return append(b, '}')
}

// appendOptString appends key and s unless s is empty (omitempty).
func appendOptString(b []byte, key, s string) []byte {
	if s == "" {
		return b
	}
	return appendJSONString(append(b, key...), s)
}

// appendOptDecimal appends key and d unless d is nil (omitempty).
func appendOptDecimal(b []byte, key string, d *normalize.Decimal) []byte {
	if d == nil {
		return b
	}
	return append(append(b, key...), d.String()...)
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string the way encoding/json does
// without HTML escaping: quotes, backslashes and control characters escaped
// (\b \f \n \r \t by name), invalid UTF-8 as \ufffd, U+2028 and U+2029 as
// \u2028 and \u2029.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		if hangul.LetterBlockAt(s, i) {
			i += 3 // valid, and neither U+2028 nor U+2029: as is
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
