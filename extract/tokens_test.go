package extract

import (
	"context"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kextract/kextract/normalize"
)

// TestWordsInMatchesTokenize: the words of a window taken from the cached
// sentence words are the words tokenize finds in it, punctuation before
// the first word and across sentence ends included, for windows that start
// and end on word edges (within and across sentences).
func TestWordsInMatchesTokenize(t *testing.T) {
	raw, err := os.ReadFile("../testdata/article.txt")
	require.NoError(t, err)
	texts := []string{
		string(raw),
		"그는 “괜찮다”고 말했다. 이어 “다음 주에 보자”며 웃었다.\n\n김 의원은 (서울) 회의에서 ‘검토’를 약속했다.",
	}
	for _, text := range texts {
		a := &analysis{ctx: context.Background(), x: testExtractorNoModel(t), text: normalize.String(text)}
		a.clean = a.text.Clean
		a.splitSentences()
		all := a.tokenize(0, len(a.clean))
		require.NotEmpty(t, all)
		n := 0
		for i := 0; i < len(all); i += 3 {
			for _, w := range []int{1, 4, 15, 60} {
				j := min(len(all)-1, i+w)
				// windows from a word's start, or from the end of the word
				// before it, to a word's end
				for _, lo := range []int{all[i].start, max(0, all[max(0, i-1)].end)} {
					hi := all[j].end
					if lo >= hi {
						continue
					}
					want := a.tokenize(lo, hi)
					got := a.wordsIn(lo, hi)
					require.Equalf(t, want, got, "window %d..%d %q", lo, hi, a.clean[lo:hi])
					n++
				}
			}
		}
		assert.Greater(t, n, 10)
	}
	// once the words are released, it tokenizes
	a := &analysis{ctx: context.Background(), x: testExtractorNoModel(t), text: normalize.String("가 나 다")}
	a.clean = a.text.Clean
	a.splitSentences()
	a.releaseWords()
	assert.Equal(t, a.tokenize(0, 5), a.wordsIn(0, 5))
}
