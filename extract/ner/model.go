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

	"github.com/kextract/kextract/lexicon"
)

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

func newModel(bits uint8, lex *lexicon.Lexicon) *Model {
	const biased = laneBias * 0x0001_0001_0001_0001
	m := &Model{bits: bits, rows: make([]row, (1<<bits)+numKeys+1), lex: lex, scale: 1}
	for i := range m.rows[:1<<bits] {
		m.rows[i] = row{biased, biased, biased, biased}
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
