package ner

import (
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"
	"github.com/kextract/kextract/lexicon"
)

// Span is an entity found by the tagger. Start and End are byte offsets into
// the tagged text, half-open.
type Span struct {
	Start, End int
	// Label is PS, OG, LC, DT, TI or QT.
	Label string
}

// maxChunk is the longest piece of text, in runes, decoded at once; longer
// lines are cut at a space (or anywhere when there is none).
const maxChunk = 400

// Tag returns the entities in text, in order, as byte offsets. Text is
// tagged line by line, long lines in chunks of a few hundred characters.
// Cost is linear in the length of text; Tag never panics.
func (m *Model) Tag(text string) []Span { return m.TagWith(text, Hints{}) }

// Hints are lexicon results a caller already has for the text it tags, so
// that TagWith need not compute them again.
type Hints struct {
	// Lexicon is the lexicon that found Matches. The hints are used only
	// when it is the model's own lexicon (lexicon.Default() for Load and
	// Default): the model was trained on that lexicon's matches, and
	// another lexicon's would change its features. Nil means no hints.
	Lexicon *lexicon.Lexicon
	// Matches must be Lexicon.Match of the whole text given to TagWith:
	// byte offsets into it, sorted by Start.
	Matches []lexicon.Match
}

// TagWith is Tag with hints: it gives the same spans as Tag, but takes the
// lexicon matches of the lines of text from h instead of matching each
// line again. Lexicon matches never cross a line break, so the matches of
// the whole text inside a line are those of the line; a chunk of a long
// line, which ends or starts at a space inside the line, is matched on its
// own as Tag does. Hints that break the rules of Hints may change the
// spans, but never make TagWith panic.
func (m *Model) TagWith(text string, h Hints) []Span {
	if m == nil || len(m.rows) == 0 {
		return nil
	}
	st := m.pool.Get().(*state)
	defer m.pool.Put(st)
	useHints := h.Lexicon != nil && h.Lexicon == m.lex
	var out []Span
	next := 0 // the first hint not before start
	for start := 0; start < len(text); {
		end := chunkEnd(text, start)
		if end > start {
			var g given
			if useHints && lineBreakAt(text, start-1) && lineBreakAt(text, end) {
				for next < len(h.Matches) && h.Matches[next].Start < start {
					next++
				}
				k := next
				for k < len(h.Matches) && h.Matches[k].Start < end {
					k++
				}
				g = given{ok: true, base: start, list: h.Matches[next:k]}
				next = k
			}
			out = m.tagChunk(st, text, start, end, g, out)
		}
		start = end
		for start < len(text) && (text[start] == '\n' || text[start] == '\r') {
			start++
		}
	}
	return out
}

// lineBreakAt reports whether offset i of text is a line break or outside
// the text: a chunk that starts after one and ends before another is a
// whole line.
func lineBreakAt(text string, i int) bool {
	return i < 0 || i >= len(text) || text[i] == '\n' || text[i] == '\r'
}

// chunkEnd returns the end of the chunk starting at start: the end of the
// line, or a space near maxChunk runes.
func chunkEnd(text string, start int) int {
	n, lastSpace := 0, -1
	for i := start; i < len(text); {
		c := text[i]
		if c == '\n' || c == '\r' {
			return i
		}
		if n >= maxChunk {
			if lastSpace > start {
				return lastSpace
			}
			return i
		}
		if c == ' ' || c == '\t' {
			lastSpace = i
		}
		// the length of the rune at i as utf8.DecodeRuneInString gives it,
		// ASCII and Hangul syllables read from their bytes
		switch _, ok := hangul.SyllableAt(text, i); {
		case c < utf8.RuneSelf:
			i++
		case ok:
			i += 3
		default:
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
		}
		n++
	}
	return len(text)
}

func (m *Model) tagChunk(st *state, text string, start, end int, g given, out []Span) []Span {
	chunk := text[start:end]
	st.prepare(chunk, m.lex, g)
	if m.gaz != nil {
		m.gaz.mark(st, chunk, nil)
	}
	st.featurizeKeyed(m.bits)
	emitRows(st, m.keys, m.rows)
	labels := viterbi(st, &m.dec)
	for i := 0; i < len(labels); {
		l := labels[i]
		if l == 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(labels) && isI(labels[j]) && entityOf(labels[j]) == entityOf(l) {
			j++
		}
		out = append(out, Span{Start: start + st.offs[i], End: start + st.offs[j], Label: entityLabels[entityOf(l)]})
		i = j
	}
	return out
}
