package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRuneSet(t *testing.T) {
	var s runeSet
	for _, r := range "가힣은A€" {
		s.add(r)
	}
	for _, tc := range []struct {
		r    rune
		want bool
	}{
		{'가', true}, {'힣', true}, {'은', true}, {'A', true}, {'€', true},
		{'각', false}, {'a', false}, {'는', false}, {0xABFF, false}, {0xD7A4, false}, {-1, false},
	} {
		assert.Equal(t, tc.want, s.has(tc.r), "%q", tc.r)
	}
}

// The quick rejections in front of the title and particle look-ups must not
// change an answer: every listed title is still found, also with a
// particle after it, and a word ending in an unlisted syllable is none.
func TestQuickRejectionsKeepAnswers(t *testing.T) {
	l, err := Default()
	require.NoError(t, err)
	for _, ti := range l.titles {
		got, ok := l.Title(ti.Title)
		assert.True(t, ok, ti.Title)
		assert.Equal(t, ti.Title, got.Title)
		tm, ok := l.TitleEndingAt("대변인"+ti.Title, len("대변인"+ti.Title))
		assert.True(t, ok, ti.Title)
		assert.Equal(t, len("대변인"+ti.Title), tm.End)
	}
	for p := range l.josa.kind {
		assert.True(t, l.IsJosaSequence(p), p)
		stem, josa := l.StripJosa("대변인" + p)
		assert.Equal(t, "대변인", stem, p)
		assert.Equal(t, p, josa)
	}
	stem, josa := l.StripJosa("대통령에게서는")
	assert.Equal(t, "대통령", stem)
	assert.Equal(t, "에게서는", josa)
	stem, josa = l.StripJosa("반도체")
	assert.Equal(t, "반도체", stem)
	assert.Empty(t, josa)
}
