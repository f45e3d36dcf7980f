package ner

import (
	"unicode/utf8"

	"github.com/kextract/kextract/internal/klue"
)

// SelfTrainOptions configures SelfTrain. Zero fields take the defaults.
type SelfTrainOptions struct {
	TrainOptions
	// Rounds is the number of times the unlabelled sentences are tagged
	// and the model trained again (default DefaultRounds).
	Rounds int
	// Progress, when not nil, is called after each round with the number
	// of unlabelled sentences kept.
	Progress func(round, kept int)
}

// DefaultRounds is the number of self-training rounds: the gain, measured
// by cross-validation inside the KLUE train split, levels off after two.
const DefaultRounds = 2

// SelfTrain trains a model on the labelled sentences and improves it with
// unlabelled ones (their Spans are ignored): in each round the model and a
// second one (another seed, half the feature table) tag the unlabelled
// sentences, the sentences both tag alike are kept with those spans, and
// the model is trained again on the labelled sentences and the kept ones.
// Two models agreeing is the confidence test: a sentence on which they
// differ is one the model is unsure of. Training stays deterministic.
func SelfTrain(labelled, unlabelled []klue.Sentence, opts SelfTrainOptions) (*Model, error) {
	if opts.Rounds <= 0 {
		opts.Rounds = DefaultRounds
	}
	m, err := Train(labelled, opts.TrainOptions, nil)
	if err != nil {
		return nil, err
	}
	second := opts.TrainOptions
	if second.Seed == 0 {
		second.Seed = 1
	}
	second.Seed += 6
	if second.Bits == 0 {
		second.Bits = DefaultBits
	}
	second.Bits = max(minBits, second.Bits-1)
	data := append([]klue.Sentence(nil), labelled...)
	for round := 1; round <= opts.Rounds; round++ {
		other, err := Train(data, second, nil)
		if err != nil {
			return nil, err
		}
		data = append(data[:len(labelled)], agreed(m, other, unlabelled)...)
		if opts.Progress != nil {
			opts.Progress(round, len(data)-len(labelled))
		}
		if m, err = Train(data, opts.TrainOptions, nil); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// agreed returns the sentences on which a and b find the same spans, with
// those spans in runes.
func agreed(a, b *Model, sents []klue.Sentence) []klue.Sentence {
	var out []klue.Sentence
	for _, s := range sents {
		sa, sb := a.Tag(s.Text), b.Tag(s.Text)
		if !sameSpans(sa, sb) {
			continue
		}
		s.Spans = RuneSpans(s.Text, sa)
		out = append(out, s)
	}
	return out
}

func sameSpans(a, b []Span) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// RuneSpans returns spans, byte offsets into text as Tag gives them, as
// KLUE spans in rune offsets. Spans outside text are dropped.
func RuneSpans(text string, spans []Span) []klue.Span {
	out := make([]klue.Span, 0, len(spans))
	for _, s := range spans {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			continue
		}
		start := utf8.RuneCountInString(text[:s.Start])
		out = append(out, klue.Span{Start: start, End: start + utf8.RuneCountInString(text[s.Start:s.End]), Label: s.Label})
	}
	return out
}
