// Package ner is a character-level named-entity tagger for Korean: an
// averaged structured perceptron over BIO labels for PS (person), OG
// (organization), LC (location), DT (date), TI (time) and QT (quantity),
// decoded with Viterbi under BIO constraints. Features are hashed into a
// fixed-size weight table; they include the characters around each
// character, character classes, the position in the eojeol, the eojeol's
// ending and particles, and matches of the kextract lexicon and, for a
// model trained with one (TrainOptions.Gazetteer), of a typed gazetteer.
//
// The embedded model (Default) is trained on KLUE NER v1.1 and is licensed
// CC BY-SA 4.0 (see MODEL_LICENSE.md).
package ner

import (
	"sync"

	"github.com/kextract/kextract/lexicon"
)

// Model is a trained tagger. It is safe for concurrent use.
type Model struct {
	bits uint8
	// rows holds, for each of the 1<<bits buckets, the numLabels weights
	// as biased 8-bit lanes (weight + laneBias, see row), then a row of
	// zeros (no weights, no bias) that fills the slots of a space.
	rows []row
	// keys holds, for each class or word key, the sums of the rows of its
	// features (see finish and featurize).
	keys  []keyRow
	trans [numLabels + 1][numLabels]int32
	dec   transitions // trans arranged for decoding (see finish)
	scale float32     // quantised = round(weight * scale)
	lex   *lexicon.Lexicon
	gaz   *Gazetteer // nil for a model trained without one
	pool  sync.Pool
}

// row holds the numLabels weights of a bucket as biased 8-bit lanes: labels
// 0..6 in bytes 0..6 of the first word, labels 7..12 in bytes 0..5 of the
// second; the top bytes stay zero. Rows are summed with 64-bit additions
// of the words and of their even bytes (w & evenBytes), whose 16-bit lanes
// cannot carry into each other (numFeats lanes of at most 2*laneBias-1);
// the odd bytes' sums are (words - even) >> 8, exactly, since the top byte
// is zero.
type row [2]uint64

// keyRow is a sum of rows: the sums of the words, then of their even bytes.
type keyRow [4]uint64

const (
	lanesPerWord = 7
	evenBytes    = 0x00FF00FF00FF00FF
	laneBias     = 128
	maxWeight    = laneBias - 1 // quantised weights are in [-maxWeight, maxWeight]
	// the sum of numFeats biased lanes must fit in 16 bits
	_ = uint16(numFeats * (2*laneBias - 1))
	// sumRows unpacks exactly 13 lanes, 7 and 6 per word
	_ = uint(numLabels-13) + uint(13-numLabels)
)

// numWeights is the number of weights of a model with the given bits.
func numWeights(bits uint8) int { return (1 << bits) * numLabels }

// weight returns the weight of flat index i (bucket*numLabels + label).
func (m *Model) weight(i int) int32 {
	b, l := i/numLabels, i%numLabels
	return int32((m.rows[b][l/lanesPerWord]>>(8*(l%lanesPerWord)))&0xFF) - laneBias
}

// setWeight sets the weight of flat index i; v must be in
// [-maxWeight, maxWeight].
func (m *Model) setWeight(i int, v int32) {
	b, l := i/numLabels, i%numLabels
	w, sh := &m.rows[b][l/lanesPerWord], 8*uint(l%lanesPerWord)
	*w = *w&^(0xFF<<sh) | uint64(v+laneBias)<<sh
}

func newModel(bits uint8, lex *lexicon.Lexicon) *Model {
	biased := row{laneBias * 0x0001_0101_0101_0101, laneBias * 0x0101_0101_0101}
	m := &Model{bits: bits, rows: make([]row, (1<<bits)+1), keys: make([]keyRow, numKeys), lex: lex, scale: 1}
	for i := range m.rows[:1<<bits] {
		m.rows[i] = biased
	}
	m.pool.New = func() any { return new(state) }
	return m
}

// finish derives from the weights what tagging uses: the transitions
// arranged for decoding and the rows of the keys. It is called once the
// weights are set.
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
		sum := &m.keys[k]
		*sum = keyRow{}
		for _, h := range hs {
			r := &m.rows[bucket(h, shift)]
			sum[0] += r[0]
			sum[1] += r[1]
			sum[2] += r[0] & evenBytes
			sum[3] += r[1] & evenBytes
		}
	}
}

// Gazetteer returns the gazetteer the model was trained with, or nil.
func (m *Model) Gazetteer() *Gazetteer { return m.gaz }
