package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestNumeralSyllablesMatchScanner(t *testing.T) {
	for r := rune(hangulFirst); r <= hangulLast; r++ {
		s := string(r)
		require.Equal(t, sinoDigit(r) > 0, strings.ContainsRune(sinoDigitSyllables, r), s)
		require.Equal(t, isZeroWord(r), strings.ContainsRune(zeroWordSyllables, r), s)
		e, _ := smallUnitExp(s, 0)
		require.Equal(t, e > 0, strings.ContainsRune(smallUnitSyllables, r), s)
		e, _ = bigUnitExp(s, 0)
		require.Equal(t, e > 0, strings.ContainsRune(bigUnitSyllables, r), s)
		if startSyllables.Has(r) {
			words := 0
			for _, w := range hangulStartWords {
				if strings.HasPrefix(w, s) {
					words++
				}
			}
			require.Positive(t, words, "start syllable %s begins no start word", s)
		}
	}
}

// hangulSoup is text rich in what hangulStartOK decides on: numeral words
// and their pieces, units, qualifiers, particles, spaces and digits.
var hangulSoup = []string{
	"일", "이", "삼", "사", "오", "육", "륙", "칠", "팔", "구", "십", "백", "천", "만", "억", "조", "경", "영", "공", "빵",
	"수", "몇", "십수", "점", "쩜", "여", "분의", "분", "의", "하나", "한", "둘", "두", "셋", "세", "넷", "네", "다섯", "여섯",
	"일곱", "여덟", "아홉", "열", "스물", "스무", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔", "곱", "흔", "섯",
	"약", "대략", "무려", "최대", "최소", "마이너스", "마이나스", "대", "무", "최", "마", "다", "하", "아", "스", "서", "예",
	"명", "원", "달러", "센트", "개", "곳", "년간", "주", "%", "배", "동", "을", "이상", "가량", "번", "축", "른", "다른",
	" ", " ", " ", "5", "10", "1,000", "３", ".", "-", "~", "(", ")", "US$", "$",
}

// sinoSoup is Sino-Korean numerals with what may join or follow them.
var sinoSoup = []string{
	"일", "이", "삼", "사", "오", "구", "십", "백", "천", "만", "억", "조", "경", "영", "점", "여", "분의", "수", "하나",
	" ", " ", "5", "명", "원", "%",
}

// TestHangulStartOKIsSound checks, on random text, that every Hangul start
// hangulStartOK rejects is one amountAt would reject too.
func TestHangulStartOKIsSound(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	n := 60000
	if testing.Short() {
		n = 15000
	}
	texts := []string{
		"억 이천만 원", "조 삼천억 원", "사 분의 삼 명", "사분의삼 명", "구여명", "만여 명", "십5명", "백２개", "삼점사%",
		"일흔 명", "일곱 명", "십하나 명", "십수 명", "십수억 원", "이십 명", "구 명", "만 명", "이번 구축 오픈",
	}
	for range n {
		var b strings.Builder
		soup := hangulSoup
		if rng.IntN(2) == 0 {
			soup = sinoSoup
		}
		for range 1 + rng.IntN(8) {
			b.WriteString(soup[rng.IntN(len(soup))])
		}
		texts = append(texts, b.String())
	}
	rejected := 0
	for _, s := range texts {
		p := numScanner{s: s, strict: true}
		for i, r := range s {
			if r < hangulFirst || r > hangulLast || !startSyllables.Has(r) || hangulStartOK(s, i, r) {
				continue
			}
			rejected++
			a, end, ok := p.amountAt(i, true)
			require.False(t, ok && end > i, "%q at %d: rejected, but amountAt reads %q as %+v", s, i, s[i:end], a)
		}
	}
	require.Greater(t, rejected, n/2)
}
