package normalize

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"
)

// Most Hangul syllables that candidateStart lets through begin ordinary
// words (이번, 구축, 다른, 하지), and the scanner reads and rejects each of
// them. hangulStartOK rejects most of those first, from two facts about
// what the scanner can read at a Hangul syllable in FindAmounts:
//
//   - an amount starts with one of hangulStartWords (a numeral word, a
//     qualifier or 마이너스), so a syllable that is only the first of longer
//     words (다 of 다섯, 최 of 최대) needs one of them to follow;
//   - a number that starts with a Sino-Korean digit or unit (이, 구, 만) is
//     no native numeral (so the spaced-counter exemption of wordsOK does not
//     apply) and has digits only when one follows a unit directly (십5), so
//     FindAmounts takes it only when it is longer than that one syllable:
//     the next rune must be able to continue the number.
//
// These are necessary conditions only: what passes is still read by
// amountAt. TestHangulStartOKIsSound checks that nothing rejected here
// would have been an amount.

// The syllables of the scanner's one-syllable numeral words.
const (
	sinoDigitSyllables = "일이삼사오육륙칠팔구" // sinoDigit
	zeroWordSyllables  = "영공빵"        // isZeroWord
	smallUnitSyllables = "십백천"        // smallUnitExp
	bigUnitSyllables   = "만억조경"       // bigUnitExp
)

// signWords are the minus signs signAt reads, ASCII and full width first.
var signWords = []string{"-", "−", "－", "마이너스", "마이나스"}

// vagueWords start a vague magnitude (vagueAt).
var vagueWords = []string{"십수", "수", "몇"}

// hangulStartWords are the words a FindAmounts amount can start with at a
// Hangul syllable: prefix qualifiers, Hangul minus signs, vague
// magnitudes, native numerals and the one-syllable Sino-Korean words.
var hangulStartWords = func() []string {
	var out []string
	for _, q := range prefixQualifiers {
		out = append(out, q.text)
	}
	out = append(out, signWords...)
	out = append(out, vagueWords...)
	for _, w := range slices.Concat(nativeTens, nativeOnes) {
		out = append(out, w.w)
	}
	for _, r := range sinoDigitSyllables + zeroWordSyllables + smallUnitSyllables + bigUnitSyllables {
		out = append(out, string(r))
	}
	return slices.DeleteFunc(out, func(w string) bool {
		_, ok := hangul.SyllableAt(w, 0)
		return !ok
	})
}()

// oneSyllableStarts are the syllables that are a start word by themselves.
var oneSyllableStarts = func() *hangul.Set {
	var b strings.Builder
	for _, w := range hangulStartWords {
		if utf8.RuneCountInString(w) == 1 {
			b.WriteString(w)
		}
	}
	return hangul.NewSet(b.String())
}()

// longStartWords are the start words of two or more syllables.
var longStartWords = slices.DeleteFunc(slices.Clone(hangulStartWords), func(w string) bool {
	return utf8.RuneCountInString(w) == 1
})

// sinoStarts are the one-syllable Sino-Korean numeral words that open a
// number, digits and units, less any that is also a start word of another
// kind by itself (a qualifier, a native numeral, a vague magnitude).
var sinoStarts = func() *hangul.Set {
	var other strings.Builder
	for _, q := range prefixQualifiers {
		other.WriteString(q.text + " ")
	}
	for _, w := range slices.Concat(signWords, vagueWords) {
		other.WriteString(w + " ")
	}
	for _, w := range slices.Concat(nativeTens, nativeOnes) {
		other.WriteString(w.w + " ")
	}
	var b strings.Builder
	for _, r := range sinoDigitSyllables + smallUnitSyllables + bigUnitSyllables {
		if !slices.Contains(strings.Fields(other.String()), string(r)) {
			b.WriteRune(r)
		}
	}
	return hangul.NewSet(b.String())
}()

// sinoContinuations are the syllables that may follow the first syllable
// of a number that starts with one of sinoStarts: Sino-Korean words, the
// second syllables of start words (일흔, 십수), the first syllables of
// native ones (십하나), the decimal point 점, the approximation 여, the
// 분 of 분의 and the percent words (백퍼센트, 백프로).
var sinoContinuations = func() *hangul.Set {
	var b strings.Builder
	b.WriteString(sinoDigitSyllables + zeroWordSyllables + smallUnitSyllables + bigUnitSyllables + "점쩜여분퍼프")
	for _, w := range longStartWords {
		b.WriteString(w[len(string([]rune(w)[0])):])
	}
	for _, w := range nativeOnes {
		b.WriteString(w.w)
	}
	return hangul.NewSet(b.String())
}()

// hangulStartOK reports whether an amount may start at i, where r is a
// Hangul syllable that candidateStart accepts.
func hangulStartOK(s string, i int, r rune) bool {
	if !oneSyllableStarts.Has(r) {
		for _, w := range longStartWords {
			if strings.HasPrefix(s[i:], w) {
				return true
			}
		}
		return false
	}
	if !sinoStarts.Has(r) {
		return true
	}
	j := i + 3 // a syllable is three bytes
	if d, _ := digitAt(s, j); d >= 0 {
		return true // 십5
	}
	if next, ok := hangul.SyllableAt(s, j); ok {
		return sinoContinuations.Has(next)
	}
	if j < len(s) && s[j] == ' ' {
		if strings.ContainsRune(bigUnitSyllables, r) {
			return true // 억 이천만
		}
		for j < len(s) && s[j] == ' ' {
			j++
		}
		if strings.ContainsRune(smallUnitSyllables, r) {
			if d, _ := digitAt(s, j); d >= 0 {
				return true // 천 4백만
			}
			if next, ok := hangul.SyllableAt(s, j); ok && (sinoDigit(next) > 0 || strings.ContainsRune(smallUnitSyllables+bigUnitSyllables, next)) {
				return true // 백 이십, 천 백, 천 만
			}
		}
		return strings.HasPrefix(s[j:], "분의") || strings.HasPrefix(s[j:], "퍼센") // 사 분의 삼, 십 퍼센트
	}
	return false
}
