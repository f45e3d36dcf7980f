package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// AmountMatch is an amount found in text, with byte offsets into it.
type AmountMatch struct {
	Start, End int
	Text       string
	Amount     Amount
}

// numeralStarts are the syllables a Korean numeral or vague magnitude can
// begin with.
const numeralStarts = "일이삼사오육칠팔구십백천만억조경하한둘두셋세넷네다여아열스서마쉰예수몇"

// FindAmounts returns every amount in text (money, percentages, quantities
// with a unit or counter, durations), sorted, non-overlapping, with byte
// offsets. A parenthesised conversion after an amount (5,000억 달러(약 700조
// 원)) is part of the same match and fills Amount.Equivalents; qualifiers
// that change the meaning (약, 최대, 이상, 가량) are inside the span.
//
// It is conservative: a number needs a currency, unit or counter after it;
// dates (2월, 6월 30일, 2025년), times (오후 3시), phone numbers, versions and
// model names (GPT-4, 3D) are not amounts; a number written in Korean words
// must be at the start of a word and, when it is a single syllable (세, 한),
// a native numeral separated from its counter (세 곳). Cost is linear in
// len(text).
func FindAmounts(text string) []AmountMatch {
	return findAmounts(text, nil)
}

// findAmounts is FindAmounts, adding the scanner's work to *work when work
// is not nil.
func findAmounts(text string, work *int) []AmountMatch {
	var out []AmountMatch
	p := numScanner{s: text, strict: true, work: work}
	prev := classOther
	for i := skipNonStart(text, 0, prev); i < len(text); i = skipNonStart(text, i, prev) {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if candidateStart(text, i, r) {
			if a, end, ok := p.amountAt(i, true); ok && end > i {
				start := widenAmount(text, i, &a)
				out = append(out, AmountMatch{Start: start, End: end, Text: text[start:end], Amount: a})
				i, prev = end, classOther
				continue
			}
		}
		i += sz
		prev = classOf(r)
	}
	return out
}

// isWordRune reports a letter or digit (Hangul included).
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && asciiWord[r]
	}
	if r >= hangulFirst && r <= hangulLast {
		return true // all letters (Lo)
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// lastRune returns the rune ending at i and its start, or -1.
func lastRune(s string, i int) (rune, int) {
	if i <= 0 {
		return -1, 0
	}
	r, sz := utf8.DecodeLastRuneInString(s[:i])
	return r, i - sz
}

// candidateStart reports whether an amount may start at i, where r is the
// rune at i.
func candidateStart(s string, i int, r rune) bool {
	// most runes of a text start nothing: decide those before looking back
	if isHangul(r) && !(r >= hangulFirst && r <= hangulLast && startSyllables.Has(r)) {
		return false
	}
	prev, pi := lastRune(s, i)
	switch {
	case r >= '0' && r <= '9' || r >= '０' && r <= '９':
		if prev >= 0 && (isWordRune(prev) && !isHangul(prev)) {
			return false // A320, GPT4, 12 inside 123
		}
		if strings.ContainsRune(".,:/", prev) {
			return false // 1.5 from the 5, dates 6/30, times 3:30
		}
		if strings.ContainsRune("-−－+", prev) {
			if prev2, _ := lastRune(s, pi); isWordRune(prev2) {
				return false // GPT-4, 02-1234-5678, 1E+308
			}
		}
		return !afterSpacedNumber(s, i, prev, pi)
	case r == '-' || r == '−':
		d, _ := digitAt(s, i+len(string(r)))
		return d >= 0 && !isWordRune(prev)
	case strings.ContainsRune("$＄₩￦€£￡¥￥", r):
		return !isWordRune(prev)
	case r >= 'A' && r <= 'Z':
		if isWordRune(prev) {
			return false
		}
		_, _, ok := currencyPrefixAt(s, i)
		return ok
	case isHangul(r):
		if isWordRune(prev) {
			return false
		}
		if isNumeralStart(r) || r == '약' || r == '대' || r == '무' || r == '최' || strings.HasPrefix(s[i:], "마이너스") {
			return r >= hangulFirst && r <= hangulLast && hangulStartOK(s, i, r) && !afterSpacedNumber(s, i, prev, pi)
		}
		return false
	}
	return false
}

// afterSpacedNumber reports whether an amount starting at i would begin
// inside a number written with digits: right after one of its units (the
// 4 of 406억431920달러 when the scanner could not read the whole), or after
// a space that follows it (2천 5천, 1억 5억, 10 20). Such a start would be
// the tail of what the scanner could not read as one number, so none
// starts there. prev is the rune before i, at pi.
func afterSpacedNumber(s string, i int, prev rune, pi int) bool {
	if isDigitRune(prev) {
		return false // a digit right before is the caller's to judge
	}
	r, k := prev, pi
	if r == ' ' {
		r, k = lastRune(s, k)
	}
	for range 4 {
		if isDigitRune(r) {
			return true
		}
		switch r {
		case '십', '백', '천', '만', '억', '조':
		default:
			return false
		}
		r, k = lastRune(s, k)
	}
	return false
}

// isDigitRune reports an ASCII or full-width digit.
func isDigitRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= '０' && r <= '９'
}
