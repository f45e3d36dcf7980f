// Package ner is a character-level named-entity tagger for Korean: an
// averaged structured perceptron over BIO labels for PS (person), OG
// (organization), LC (location), DT (date), TI (time) and QT (quantity),
// decoded with Viterbi under BIO constraints. Features are hashed into a
// fixed-size weight table; they include the characters around each
// character, character classes, the position in the eojeol, the eojeol's
// ending and particles, and matches of the kextract lexicon.
//
// The embedded model (Default) is trained on KLUE NER v1.1 and is licensed
// CC BY-SA 4.0 (see MODEL_LICENSE.md).
package ner

import (
	"sync"
	"unicode/utf8"

	"github.com/kextract/kextract/lexicon"
)

// Span is an entity found by the tagger. Start and End are byte offsets into
// the tagged text, half-open.
type Span struct {
	Start, End int
	// Label is PS, OG, LC, DT, TI or QT.
	Label string
}

// Model is a trained tagger. It is safe for concurrent use.
type Model struct {
	bits uint8
	// rows holds, for each of the 1<<bits buckets, the numLabels weights
	// as biased 16-bit lanes of rowWords words (weight + laneBias), so that
	// the weights of all labels are summed with a few 64-bit additions:
	// numFeats lanes of at most 2*laneBias-1 cannot carry into the next.
	// After the buckets come numKeys rows, each the sum of the rows of the
	// features of a class or word key (see finish and featurize), and a
	// row of zeros (no weights, no bias) that fills the slots of a space.
	rows  []row
	trans [numLabels + 1][numLabels]int32
	dec   transitions // trans arranged for decoding (see finish)
	scale float32     // quantised = round(weight * scale)
	lex   *lexicon.Lexicon
	pool  sync.Pool
}

// row holds the numLabels weights of a bucket as biased 16-bit lanes.
type row [rowWords]uint64

const (
	rowWords  = (numLabels + 3) / 4
	laneBias  = 1024
	maxWeight = laneBias - 1 // quantised weights are in [-maxWeight, maxWeight]
	// the sum of numFeats biased lanes must fit in 16 bits
	_ = uint16(numFeats * (2*laneBias - 1))
	// emitRows unpacks exactly 13 lanes
	_ = uint(numLabels-13) + uint(13-numLabels)
)

// numWeights is the number of weights of a model with the given bits.
func numWeights(bits uint8) int { return (1 << bits) * numLabels }

// weight returns the weight of flat index i (bucket*numLabels + label).
func (m *Model) weight(i int) int32 {
	b, l := i/numLabels, i%numLabels
	return int32((m.rows[b][l/4]>>(16*(l%4)))&0xFFFF) - laneBias
}

// setWeight sets the weight of flat index i; v must be in
// [-maxWeight, maxWeight].
func (m *Model) setWeight(i int, v int32) {
	b, l := i/numLabels, i%numLabels
	w, sh := &m.rows[b][l/4], 16*uint(l%4)
	*w = *w&^(0xFFFF<<sh) | uint64(v+laneBias)<<sh
}

// maxChunk is the longest piece of text, in runes, decoded at once; longer
// lines are cut at a space (or anywhere when there is none).
const maxChunk = 400

const negInf = -1 << 30

func newModel(bits uint8, lex *lexicon.Lexicon) *Model {
	const biased = laneBias * 0x0001_0001_0001_0001
	m := &Model{bits: bits, rows: make([]row, (1<<bits)+numKeys+1), lex: lex, scale: 1}
	for i := range m.rows[:1<<bits] {
		m.rows[i] = row{biased, biased, biased, biased}
	}
	m.pool.New = func() any { return new(state) }
	return m
}

// finish computes what decoding derives from the weights; it is called
// once the weights are set.
func (m *Model) finish() {
	m.dec.set(&m.trans)
	shift := 64 - uint(m.bits)
	var hs []uint64
	for k := range numKeys {
		hs = hs[:0]
		if k < numClassKeys {
			cf := classKeyFeatures(k)
			hs = append(hs, cf[:]...)
		} else {
			hs = wordKeyFeatures(hs, k-numClassKeys)
		}
		sum := &m.rows[(1<<m.bits)+k]
		*sum = row{}
		for _, h := range hs {
			r := &m.rows[bucket(h, shift)]
			for w := range rowWords {
				sum[w] += r[w]
			}
		}
	}
}

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
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
		n++
	}
	return len(text)
}

func (m *Model) tagChunk(st *state, text string, start, end int, g given, out []Span) []Span {
	chunk := text[start:end]
	st.prepare(chunk, m.lex, g)
	st.featurize(m.bits, true)
	emitRows(st, m.rows)
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

// emitRows computes the emission scores of every rune from the biased
// 16-bit lanes of rows, for features written by featurize with keys.
func emitRows(st *state, rows []row) {
	n := len(st.runes)
	st.emit = grow(st.emit, n*numLabels)
	const bias = numFeats * laneBias
	feats, emit := st.feats[:n*keyedStride], st.emit
	for i := range n {
		a0, a1, a2, a3 := sumRows(rows, (*[keyedStride]uint32)(feats[i*keyedStride:]))
		e := (*[numLabels]int32)(emit[i*numLabels:])
		e[0], e[1], e[2], e[3] = int32(a0&0xFFFF)-bias, int32(a0>>16&0xFFFF)-bias, int32(a0>>32&0xFFFF)-bias, int32(a0>>48)-bias
		e[4], e[5], e[6], e[7] = int32(a1&0xFFFF)-bias, int32(a1>>16&0xFFFF)-bias, int32(a1>>32&0xFFFF)-bias, int32(a1>>48)-bias
		e[8], e[9], e[10], e[11] = int32(a2&0xFFFF)-bias, int32(a2>>16&0xFFFF)-bias, int32(a2>>32&0xFFFF)-bias, int32(a2>>48)-bias
		e[12] = int32(a3&0xFFFF) - bias
	}
}

// sumRows adds up the rows of the features fs, word by word. It is a
// function of its own so that the four sums stay in registers.
//
//go:noinline
func sumRows(rows []row, fs *[keyedStride]uint32) (a0, a1, a2, a3 uint64) {
	for _, b := range fs {
		r := &rows[b]
		a0 += r[0]
		a1 += r[1]
		a2 += r[2]
		a3 += r[3]
	}
	return a0, a1, a2, a3
}

// emitWeights computes the emission scores of every rune from a flat table
// of weights (used in training).
func emitWeights(st *state, w []int32) {
	n := len(st.runes)
	st.emit = grow(st.emit, n*numLabels)
	for i := 0; i < n; i++ {
		var acc [numLabels]int32
		for _, b := range (*[numFeats]uint32)(st.feats[i*numFeats:]) {
			row := (*[numLabels]int32)(w[int(b)*numLabels:])
			for l := range numLabels {
				acc[l] += row[l]
			}
		}
		*(*[numLabels]int32)(st.emit[i*numLabels:]) = acc
	}
}
