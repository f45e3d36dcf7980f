package ner

import (
	"bytes"
	"testing"

	"github.com/kextract/kextract/internal/klue"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSelfTrain checks that self-training keeps the sentences the two
// models tag alike, with the model's spans, that it is deterministic, and
// that labelled data alone (no unlabelled sentences) trains as Train does.
func TestSelfTrain(t *testing.T) {
	unl := []klue.Sentence{
		{ID: "u1_wikitree", Domain: "wikitree", Text: "최영수 대표는 9일 광주에서 말했다."},
		{ID: "u2_wikitree", Domain: "wikitree", Text: "정미경 회장은 2일 인천에서 밝혔다."},
	}
	var kept []int
	opts := SelfTrainOptions{TrainOptions: TrainOptions{Epochs: 5, Bits: 16}, Rounds: 2, Progress: func(round, n int) { kept = append(kept, n) }}
	m, err := SelfTrain(tinyCorpus(), unl, opts)
	require.NoError(t, err)
	require.Len(t, kept, 2)
	for _, n := range kept {
		assert.LessOrEqual(t, n, len(unl))
	}
	got := m.Tag(unl[0].Text)
	require.NotEmpty(t, got)
	assert.Equal(t, Span{0, len("최영수"), "PS"}, got[0])

	again, err := SelfTrain(tinyCorpus(), unl, SelfTrainOptions{TrainOptions: opts.TrainOptions, Rounds: 2})
	require.NoError(t, err)
	var a, b bytes.Buffer
	require.NoError(t, m.Save(&a))
	require.NoError(t, again.Save(&b))
	assert.Equal(t, a.Bytes(), b.Bytes(), "deterministic")

	_, err = SelfTrain(nil, unl, opts)
	assert.ErrorIs(t, err, ErrNoData)
}

func TestAgreed(t *testing.T) {
	m, err := Train(tinyCorpus(), TrainOptions{Epochs: 5, Bits: 16}, nil)
	require.NoError(t, err)
	s := []klue.Sentence{{Text: "김철수 대표는 3일 서울에서 말했다."}}
	same := agreed(m, m, s)
	require.Len(t, same, 1, "a model agrees with itself")
	assert.Equal(t, RuneSpans(s[0].Text, m.Tag(s[0].Text)), same[0].Spans)
}

func TestRuneSpans(t *testing.T) {
	text := "김철수 대표는 서울에서"
	got := RuneSpans(text, []Span{{0, len("김철수"), "PS"}, {len("김철수 대표는 "), len(text) - len("에서"), "LC"}, {5, 999, "OG"}})
	assert.Equal(t, []klue.Span{{Start: 0, End: 3, Label: "PS"}, {Start: 8, End: 10, Label: "LC"}}, got)
}
