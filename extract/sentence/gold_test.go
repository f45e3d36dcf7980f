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
	require.GreaterOrEqual(t, scores[0].F1, 0.97)
}
