package evalsent

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

const kssDir = "../../../shared/data/kss-sentences"

var kssFiles = []string{"blogs_ko.txt", "nested.txt", "sample.txt", "v_ending.txt", "wikipedia.txt"}

func TestKSS(t *testing.T) {
	if _, err := os.Stat(kssDir); err != nil {
		t.Skip("../shared not present: kss-sentences test sets")
	}
	paths := make([]string, len(kssFiles))
	for i, f := range kssFiles {
		paths[i] = filepath.Join(kssDir, f)
	}
	misses, _ := strconv.Atoi(os.Getenv("EVALSENT_MISSES"))
	var b strings.Builder
	scores, err := RunDetail(&b, misses, paths...)
	require.NoError(t, err)
	t.Log("\n" + b.String())
	require.Len(t, scores, len(kssFiles))
	// Floors that guard against regressions on the key files.
	floors := map[string]float64{"nested.txt": 0.99, "wikipedia.txt": 0.97, "sample.txt": 0.85, "blogs_ko.txt": 0.75}
	for _, s := range scores {
		if floor, ok := floors[s.File]; ok {
			require.GreaterOrEqual(t, s.F1, floor, s.File)
		}
	}
}

func TestKLUENewsOverSplit(t *testing.T) {
	path := os.Getenv("EVALSENT_KLUE")
	if path == "" {
		path = "../../../shared/data/klue-ner/klue-ner-v1.1_dev.even.tsv"
	}
	if _, err := os.Stat(path); err != nil {
		t.Skip("../shared not present: klue-ner dev set")
	}
	misses, _ := strconv.Atoi(os.Getenv("EVALSENT_MISSES"))
	total, split, examples, err := OverSplit(path, misses)
	require.NoError(t, err)
	for _, e := range examples {
		t.Log(e)
	}
	t.Logf("KLUE news sentences: %d, split into more than one: %d", total, split)
	require.Positive(t, total)
}
