package sentence_test

import (
	"strings"
	"testing"

	"github.com/kextract/kextract/internal/evalsent"
	"github.com/stretchr/testify/require"
)

// TestNewsGold scores Split on a small hand-written set of news sentences.
func TestNewsGold(t *testing.T) {
	var b strings.Builder
	scores, err := evalsent.RunDetail(&b, 20, "testdata/news_gold.txt")
	require.NoError(t, err)
	t.Log("\n" + b.String())
	require.Len(t, scores, 1)
	require.Equal(t, scores[0].Gold, scores[0].Correct, "every gold sentence found")
	require.Equal(t, scores[0].Pred, scores[0].Correct, "no wrong sentence")
}
