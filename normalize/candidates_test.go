package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// The pre-filter may only skip what candidateStart would turn down; these
// tests hold its tables and its loop to that.

func TestStartTablesMatchDefinitions(t *testing.T) {
	for r := rune(hangulFirst); r <= hangulLast; r++ {
		require.Equal(t, strings.ContainsRune(numeralStarts, r), isNumeralStart(r), "%c", r)
		require.Equal(t, strings.ContainsRune(numeralStarts+"약대무최마", r), startSyllables.Has(r), "%c", r)
		require.Equal(t, strings.ContainsRune(particleStarts, r), isParticleStart(r), "%c", r)
	}
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		want := r >= 0 && (unicode.IsLetter(r) || unicode.IsDigit(r))
		if isWordRune(r) != want {
			t.Fatalf("isWordRune(%U) = %v", r, !want)
		}
	}
	for c := range utf8.RuneSelf {
		r := rune(c)
		want := r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r == '-' || r == '$'
		require.Equal(t, want, asciiStarts[c], "%q", r)
	}
	require.Empty(t, unitByFirstRune.lookup(utf8.RuneError))
	require.Empty(t, currencyPrefixByRune.lookup(utf8.RuneError))
}

// candidatePositions lists the offsets FindAmounts' loop would try if no
// amount were found, with the pre-filter (fast) or asking candidateStart
// about every rune (slow, the reference).
func candidatePositions(s string, fast bool) []int {
	var out []int
	prev := classOther
	for i := 0; i < len(s); {
		if fast {
			if i = skipNonStart(s, i, prev); i >= len(s) {
				break
			}
		}
		r, sz := utf8.DecodeRuneInString(s[i:])
		if candidateStart(s, i, r) {
			out = append(out, i)
		}
		i += sz
		prev = classOf(r)
	}
	return out
}

// startSoup is text made of the runes the pre-filter decides on: starts,
// word runes of each class, separators and broken UTF-8.
var startSoup = []string{
	"1", "0", "９", "-", "−", "$", "＄", "₩", "€", "A", "U", "US$", "EUR", "a", "z", "_", " ", ".", ",", ":", "/",
	"일", "이", "삼", "수", "몇", "약", "대", "무", "최", "마", "마이너스", "한", "세", "열", "가", "나", "원", "명",
	"ㄱ", "ᄀ", "一", "é", "\xff", "\xea\xb0", "\xed\xa0\x80", "\n",
}

func TestSkipNonStartKeepsEveryCandidate(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	texts := []string{"", "MS는 오픈AI에 130억 달러를 투자했다. GPT-4, 02-1234-5678, US$200만"}
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			b.WriteString(startSoup[rng.IntN(len(startSoup))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		require.Equal(t, candidatePositions(s, false), candidatePositions(s, true), "%q", s)
		// after a match FindAmounts restarts with the class unknown, at a
		// rune boundary: the filter must stop at a rune boundary no later
		// than the next candidate
		ref := candidatePositions(s, false)
		var bounds []int
		for i := 0; i < len(s); {
			bounds = append(bounds, i)
			_, sz := utf8.DecodeRuneInString(s[i:])
			i += sz
		}
		bounds = append(bounds, len(s))
		for _, i := range bounds {
			next := len(s)
			for _, p := range ref {
				if p >= i {
					next = p
					break
				}
			}
			got := skipNonStart(s, i, classOther)
			require.LessOrEqual(t, got, next, "%q from %d", s, i)
			require.Contains(t, bounds, got, "%q from %d", s, i)
		}
	}
}
