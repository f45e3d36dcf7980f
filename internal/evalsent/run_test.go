package evalsent

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func writeGold(t *testing.T, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "gold.txt")
	require.NoError(t, os.WriteFile(p, []byte(content), 0o600))
	return p
}

func TestRunScores(t *testing.T) {
	tests := []struct {
		name                string
		gold                string
		wantGold, wantPred  int
		wantCorrect         int
		wantP, wantR, wantF float64
	}{
		{"all correct", "비가 왔다.\n바람이 분다.\n\n끝났다.\n", 3, 3, 3, 1, 1, 1},
		{"merged by splitter", "그는 3.\n5%를 말했다.\n", 2, 1, 0, 0, 0, 0},
		{"quote kept whole", "그는 “왔다. 갔다.”고 했다.\n", 1, 1, 1, 1, 1, 1},
		{"split by splitter", "비가 왔다. 끝.\n", 1, 2, 0, 0, 0, 0},
		{"partial", "비가 왔다.\n바람이 분다. 끝.\n", 2, 3, 1, 1.0 / 3, 0.5, 0.4},
		{"blank lines and spaces", "\n\n  비가 왔다.  \n\n\n", 1, 1, 1, 1, 1, 1},
		{"empty file", "", 0, 0, 0, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			scores, err := Run(&b, writeGold(t, tt.gold))
			require.NoError(t, err)
			require.Len(t, scores, 1)
			s := scores[0]
			assert.Equal(t, "gold.txt", s.File)
			assert.Equal(t, tt.wantGold, s.Gold)
			assert.Equal(t, tt.wantPred, s.Pred)
			assert.Equal(t, tt.wantCorrect, s.Correct)
			assert.InDelta(t, tt.wantP, s.P, 1e-9)
			assert.InDelta(t, tt.wantR, s.R, 1e-9)
			assert.InDelta(t, tt.wantF, s.F1, 1e-9)
			assert.Contains(t, b.String(), "gold.txt")
			assert.Contains(t, b.String(), "total")
		})
	}
}

func TestRunDetailListsMisses(t *testing.T) {
	var b strings.Builder
	_, err := RunDetail(&b, 5, writeGold(t, "비가 왔다. 바람이 분다.\n"))
	require.NoError(t, err)
	assert.Contains(t, b.String(), "missed: 비가 왔다. 바람이 분다.")
	assert.Contains(t, b.String(), "wrong:  비가 왔다.")
}

func TestRunMissingFile(t *testing.T) {
	_, err := Run(&strings.Builder{}, filepath.Join(t.TempDir(), "absent.txt"))
	require.Error(t, err)
	assert.ErrorIs(t, err, os.ErrNotExist)
}

func TestOverSplit(t *testing.T) {
	p := writeGold(t, "## x-wikitree\t<경찰:OG>은 “왔다. 갔다”고 밝혔다.\n경\tB-OG\n\n"+
		"## y-wikitree\t비가 왔다. 바람이 분다.\n\n## z-nsmc\t재밌다. 최고.\n")
	total, split, ex, err := OverSplit(p, 5)
	require.NoError(t, err)
	assert.Equal(t, 2, total)
	assert.Equal(t, 1, split)
	assert.Equal(t, []string{"비가 왔다. ⏎ 바람이 분다."}, ex)
}
