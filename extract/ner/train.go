package ner

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/klue"
	"github.com/kextract/kextract/lexicon"
)

// TrainOptions configures Train. Zero fields take the defaults.
type TrainOptions struct {
	// Epochs is the number of passes over the data (default 20).
	Epochs int
	// Seed seeds the shuffle of the sentences before each epoch (default 1);
	// training is deterministic for a given seed and data.
	Seed uint64
	// Bits is log2 of the number of hashed feature buckets (default 18;
	// 12..22).
	Bits int
	// Lexicon is the lexicon whose matches are features (default
	// lexicon.Default()). A model must be used with the lexicon it was
	// trained with; Load and Default use lexicon.Default().
	Lexicon *lexicon.Lexicon
	// Gazetteer, when not nil, gives the model gazetteer features and is
	// saved with it. Each training sentence sees the gazetteer without
	// its own entity forms (its gold spans' counts taken off), so that the
	// model learns how much a match is worth for a name it has not been
	// trained on, as at tagging time.
	Gazetteer *Gazetteer
}

// Default training settings.
const (
	DefaultEpochs = 20
	DefaultBits   = 18
	minBits       = 12
	maxBits       = 22
)

// ErrNoData is returned by Train when there is nothing to train on.
var ErrNoData = errors.New("ner: no training sentences")

type trainSent struct {
	feats []uint32
	gold  []uint8
}

// Train trains a model on sents with the averaged structured perceptron.
// progress, when not nil, is called after each epoch with the averaged model
// so far (for instance to score it on held-out data).
func Train(sents []klue.Sentence, opts TrainOptions, progress func(epoch int, m *Model)) (*Model, error) {
	if opts.Epochs <= 0 {
		opts.Epochs = DefaultEpochs
	}
	if opts.Seed == 0 {
		opts.Seed = 1
	}
	if opts.Bits == 0 {
		opts.Bits = DefaultBits
	}
	if opts.Bits < minBits || opts.Bits > maxBits {
		return nil, fmt.Errorf("ner: bits %d out of range %d..%d", opts.Bits, minBits, maxBits)
	}
	lex := opts.Lexicon
	if lex == nil {
		var err error
		if lex, err = lexicon.Default(); err != nil {
			return nil, fmt.Errorf("ner: lexicon: %w", err)
		}
	}
	bits := uint8(opts.Bits)
	// extract the features once
	var data []trainSent
	st := new(state)
	for _, s := range sents {
		n := utf8.RuneCountInString(s.Text)
		if n == 0 {
			continue
		}
		st.prepare(s.Text, lex, given{})
		if opts.Gazetteer != nil {
			opts.Gazetteer.mark(st, s.Text, goldForms(s))
		}
		st.featurize(bits, false)
		ts := trainSent{feats: append([]uint32(nil), st.feats...), gold: make([]uint8, n)}
		for _, sp := range s.Spans {
			k := labelIndex(sp.Label)
			if k < 0 || sp.Start < 0 || sp.End > n || sp.Start >= sp.End {
				continue
			}
			ts.gold[sp.Start] = uint8(1 + 2*k)
			for i := sp.Start + 1; i < sp.End; i++ {
				ts.gold[i] = uint8(2 + 2*k)
			}
		}
		data = append(data, ts)
	}
	if len(data) == 0 {
		return nil, ErrNoData
	}
	size := (1 << bits) * numLabels
	w := make([]int32, size)
	u := make([]int64, size) // sum of c*update, for averaging
	var tw [numLabels + 1][numLabels]int32
	var tu [numLabels + 1][numLabels]int64
	var dec transitions
	c := int64(1)
	rng := rand.New(rand.NewPCG(opts.Seed, 0x6b657874726163))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	upd := func(feats []uint32, l uint8, d int32) {
		for _, b := range feats {
			k := int(b)*numLabels + int(l)
			w[k] += d
			u[k] += c * int64(d)
		}
	}
	updT := func(p, l uint8, d int32) {
		tw[p][l] += d
		tu[p][l] += c * int64(d)
	}
	var model *Model
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, idx := range order {
			ts := &data[idx]
			n := len(ts.gold)
			st.runes = st.runes[:0]
			for range n {
				st.runes = append(st.runes, 0)
			}
			st.feats = ts.feats
			emitWeights(st, w)
			dec.set(&tw)
			pred := viterbi(st, &dec)
			prevG, prevP := uint8(numLabels), uint8(numLabels)
			for i := 0; i < n; i++ {
				g, p := ts.gold[i], pred[i]
				if g != p {
					f := ts.feats[i*numFeats : (i+1)*numFeats]
					upd(f, g, 1)
					upd(f, p, -1)
				}
				if g != p || prevG != prevP {
					updT(prevG, g, 1)
					updT(prevP, p, -1)
				}
				prevG, prevP = g, p
			}
			c++
		}
		if progress != nil || epoch == opts.Epochs {
			model = average(bits, lex, w, u, &tw, &tu, c)
			model.gaz = opts.Gazetteer
			if progress != nil {
				progress(epoch, model)
			}
		}
	}
	st.feats = nil
	return model, nil
}

func labelIndex(l string) int {
	for k, e := range entityLabels {
		if e == l {
			return k
		}
	}
	return -1
}

// average builds a quantised model from the averaged weights w - u/c.
func average(bits uint8, lex *lexicon.Lexicon, w []int32, u []int64, tw *[numLabels + 1][numLabels]int32, tu *[numLabels + 1][numLabels]int64, c int64) *Model {
	avg := func(w int32, u int64) float64 { return float64(w) - float64(u)/float64(c) }
	maxAbs := 0.0
	for i := range w {
		if w[i] != 0 || u[i] != 0 {
			maxAbs = max(maxAbs, math.Abs(avg(w[i], u[i])))
		}
	}
	for p := range tw {
		for l := range tw[p] {
			maxAbs = max(maxAbs, math.Abs(avg(tw[p][l], tu[p][l])))
		}
	}
	scale := 1.0
	if maxAbs > 0 {
		scale = maxWeight / maxAbs
	}
	m := newModel(bits, lex)
	m.scale = float32(scale)
	for i := range w {
		if w[i] != 0 || u[i] != 0 {
			m.setWeight(i, int32(math.Round(avg(w[i], u[i])*scale)))
		}
	}
	for p := range tw {
		for l := range tw[p] {
			m.trans[p][l] = int32(math.Round(avg(tw[p][l], tu[p][l]) * scale))
		}
	}
	m.finish()
	return m
}
