package lexicon

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// The pair filter of longestAt only rejects what the trie rejects: for
// every syllable that begins a key and every second syllable the filter
// rules out, the trie has no path through the second syllable's bytes and
// no key ending inside them.
func TestPairFilterSound(t *testing.T) {
	l, err := Default()
	require.NoError(t, err)
	for name, m := range map[string]*matcher{"entities": l.ents, "titles": l.titleM} {
		ruledOut, kept := 0, 0
		for r := rune(hangulFirst); r <= hangulLast; r++ {
			n := m.firstNode[r-hangulFirst]
			if n == 0 {
				continue
			}
			require.Equal(t, m.t.payload(n) != nil, m.firstOut.has(r), "%s %c", name, r)
			if m.noPairTest.has(r) {
				continue
			}
			step := rune(1)
			if testing.Short() {
				step = 13
			}
			for r2 := rune(hangulFirst); r2 <= hangulLast; r2 += step {
				if m.next2.has(r, r2) {
					kept++
					continue
				}
				ruledOut++
				b := string(r2)
				k := n
				for i := 0; i < 3 && k != 0; i++ {
					if k = m.t.next(k, b[i]); k != 0 && i < 2 {
						require.Nil(t, m.t.payload(k), "%s %c%c: a key ends inside %c", name, r, r2, r2)
					}
				}
				require.Zero(t, k, "%s: %c%c begins a key but is ruled out", name, r, r2)
			}
		}
		t.Logf("%s: %d pairs ruled out, %d kept", name, ruledOut, kept)
		require.Greater(t, ruledOut, 10*kept, name)
	}
}
