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
	bits  uint8
	w     []int16 // (1<<bits) rows of numLabels weights
	trans [numLabels + 1][numLabels]int32
	scale float32 // quantised = round(weight * scale)
	lex   *lexicon.Lexicon
	pool  sync.Pool
}

// maxChunk is the longest piece of text, in runes, decoded at once; longer
// lines are cut at a space (or anywhere when there is none).
const maxChunk = 400

const negInf = -1 << 30

func newModel(bits uint8, lex *lexicon.Lexicon) *Model {
	m := &Model{bits: bits, w: make([]int16, (1<<bits)*numLabels), lex: lex, scale: 1}
	m.pool.New = func() any { return new(state) }
	return m
}

// Tag returns the entities in text, in order, as byte offsets. Text is
// tagged line by line, long lines in chunks of a few hundred characters.
// Cost is linear in the length of text; Tag never panics.
func (m *Model) Tag(text string) []Span {
	if m == nil || len(m.w) == 0 {
		return nil
	}
	st := m.pool.Get().(*state)
	defer m.pool.Put(st)
	var out []Span
	for start := 0; start < len(text); {
		end := chunkEnd(text, start)
		if end > start {
			out = m.tagChunk(st, text, start, end, out)
		}
		start = end
		for start < len(text) && (text[start] == '\n' || text[start] == '\r') {
			start++
		}
	}
	return out
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

func (m *Model) tagChunk(st *state, text string, start, end int, out []Span) []Span {
	chunk := text[start:end]
	st.prepare(chunk, m.lex)
	st.featurize(m.bits)
	labels := decode(st, m.w, &m.trans)
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

// decode runs Viterbi over the features in st with weights w and returns
// the best label sequence (a buffer of st).
func decode[T int16 | int32](st *state, w []T, trans *[numLabels + 1][numLabels]int32) []uint8 {
	n := len(st.runes)
	st.emit = grow(st.emit, n*numLabels)
	for i := 0; i < n; i++ {
		var acc [numLabels]int32
		for _, b := range (*[numFeats]uint32)(st.feats[i*numFeats:]) {
			row := (*[numLabels]T)(w[int(b)*numLabels:])
			for l := range numLabels {
				acc[l] += int32(row[l])
			}
		}
		*(*[numLabels]int32)(st.emit[i*numLabels:]) = acc
	}
	st.score = grow(st.score, n*numLabels)
	st.back = grow(st.back, n*numLabels)
	st.out = grow(st.out, n)
	if n == 0 {
		return st.out
	}
	// position 0: an I label cannot start the sequence
	for c := uint8(0); c < numLabels; c++ {
		if allowed(numLabels, c) {
			st.score[c] = st.emit[c] + trans[numLabels][c]
		} else {
			st.score[c] = negInf
		}
	}
	// After position 0 every O and B label is reachable, so scores stay
	// finite; an I-X label may only follow B-X or I-X. negInf plus a
	// transition weight (|t| < 2^15) cannot overflow.
	var tt [numLabels][numLabels]int32 // tt[c][p] = trans[p][c]
	for p := range numLabels {
		for c := range numLabels {
			tt[c][p] = trans[p][c]
		}
	}
	for i := 1; i < n; i++ {
		prev := (*[numLabels]int32)(st.score[(i-1)*numLabels:])
		cur := (*[numLabels]int32)(st.score[i*numLabels:])
		em := (*[numLabels]int32)(st.emit[i*numLabels:])
		bk := (*[numLabels]uint8)(st.back[i*numLabels:])
		for c := uint8(0); c < numLabels; c++ {
			var best int32
			var arg uint8
			if isI(c) {
				b := c - 1
				best, arg = prev[b]+trans[b][c], b
				if s := prev[c] + trans[c][c]; s > best {
					best, arg = s, c
				}
			} else {
				row := &tt[c]
				best, arg = prev[0]+row[0], 0
				for p := 1; p < numLabels; p++ {
					if s := prev[p] + row[p]; s > best {
						best, arg = s, uint8(p)
					}
				}
			}
			cur[c] = best + em[c]
			bk[c] = arg
		}
	}
	last := st.score[(n-1)*numLabels:]
	arg := uint8(0)
	for c := uint8(1); c < numLabels; c++ {
		if last[c] > last[arg] {
			arg = c
		}
	}
	for i := n - 1; i >= 0; i-- {
		st.out[i] = arg
		arg = st.back[i*numLabels+int(arg)]
	}
	return st.out
}
