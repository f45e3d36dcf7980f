package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/normalize"
)

// amountHit is an amount found in the clean text.
type amountHit struct {
	m         normalize.AmountMatch
	sent      int
	converted *Converted
}

// findAmounts finds money, percentages, quantities and durations, and the
// exchange rates the document's own conversions imply.
func (a *analysis) findAmounts() {
	for _, m := range normalize.FindAmounts(a.clean) {
		switch m.Amount.Kind {
		case "money", "percent", "quantity", "duration", "number":
		default:
			continue
		}
		sent := a.sentenceAt(m.Start)
		a.retype(&m, sent)
		a.amounts = append(a.amounts, amountHit{m: m, sent: sent})
	}
	a.impliedRates()
}

// retype reads two forms by their sentence: a bare 억 or 조 number (878억을
// 들여, 매출액 1조3683억, 40억 기부) is KRW money where the sentence is
// about money and stays a number elsewhere; N주 is a count of shares, not
// weeks, where the sentence is about shares (신주 3주를 배정) and no time
// word follows (2주 만에, 3주 후).
func (a *analysis) retype(m *normalize.AmountMatch, sent int) {
	am := &m.Amount
	switch {
	case am.Kind == "number":
		if containsAny(a.sentenceText(sent, m.Start), moneyWords) {
			am.Kind, am.Unit = "money", "KRW"
		}
	case am.Kind == "duration" && am.Unit == "week" && strings.HasSuffix(m.Text, "주"):
		if !hasPrefixAny(strings.TrimLeft(a.clean[m.End:], " "), weekFollowers) && containsAny(a.sentenceText(sent, m.Start), shareWords) {
			am.Kind, am.Unit = "quantity", "주"
		}
	}
}

// sentenceText returns the text of sentence sent when it holds clean
// offset off, else "".
func (a *analysis) sentenceText(sent, off int) string {
	if sent < 0 || sent >= len(a.sents) || a.sents[sent].Start > off {
		return ""
	}
	return a.clean[a.sents[sent].Start:a.sents[sent].End]
}

// moneyWords mark a sentence about money: spending, sales, investment,
// donations, prices, earnings, debts, budgets.
var moneyWords = []string{
	"들여", "들인", "투자", "투입", "매출", "기부", "비용", "예산", "자금", "가격", "지원금",
	"보조금", "지출", "수익", "이익", "손실", "적자", "흑자", "부채", "자산", "시가총액", "시총", "연봉",
	"급여", "임금", "세금", "세수", "과징금", "벌금", "배상", "보상금", "기금", "모금", "펀드", "대출",
	"사업비", "공사비", "금액", "액수", "판매액", "수출액", "수입액", "거래액", "거래대금", "재산", "상금",
	"후원", "인수", "매각", "뇌물", "횡령", "비리", "조달", "출자", "증자", "배당", "납부", "환급", "빚", "돈", "몸값",
}

// shareWords mark a sentence about shares.
var shareWords = []string{"주식", "신주", "구주", "주주", "자사주", "보통주", "우선주", "주당", "증자", "지분", "액면", "상장주식"}

// weekFollowers are the time words after N주 that make it weeks.
var weekFollowers = []string{"만에", "만이", "후", "전", "뒤", "째", "연속", "동안", "간", "이내", "내", "앞", "가량", "정도", "남짓"}

// containsAny reports whether s holds any of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// hasPrefixAny reports whether s starts with any of words.
func hasPrefixAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// cutsNumber reports whether a span [start, end) of text begins or ends
// inside a number (0.000…1% read from its last digits, 1,234 cut after
// 1,2): a digit, or a separator or point after a digit, right before it,
// or a digit right after it.
func cutsNumber(text string, start, end int) bool {
	r, sz := utf8.DecodeLastRuneInString(text[:start])
	if isDigitRune(r) {
		return true
	}
	if sz > 0 && (r == ',' || r == '.') {
		if r2, _ := utf8.DecodeLastRuneInString(text[:start-sz]); isDigitRune(r2) {
			return true
		}
	}
	r, _ = utf8.DecodeRuneInString(text[end:])
	return isDigitRune(r)
}

// isDigitRune reports an ASCII or full-width digit.
func isDigitRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= '０' && r <= '９'
}

// impliedRates reports, for each pair of currencies, the rate implied by
// the first parenthesised conversion between them (5,000억 달러(약 700조 원)
// gives 1 USD = 1400 KRW).
func (a *analysis) impliedRates() {
	seen := map[[2]string]bool{}
	for _, h := range a.amounts {
		am := h.m.Amount
		if am.Kind != "money" || am.Value == nil || am.Value.Sign() <= 0 {
			continue
		}
		for _, eq := range am.Equivalents {
			key := [2]string{am.Unit, eq.Unit}
			if eq.Unit == am.Unit || seen[key] || eq.Value.Sign() <= 0 {
				continue
			}
			seen[key] = true
			a.rates = append(a.rates, Rate{
				From:   am.Unit,
				To:     eq.Unit,
				Rate:   eq.Value.Quo(*am.Value),
				Source: "document",
			})
		}
	}
}

// toAmount converts a hit to its JSON form, with clean offsets.
func (h amountHit) toAmount(a *analysis) Amount {
	am := h.m.Amount
	out := Amount{
		Span:        Span{Start: h.m.Start, End: h.m.End},
		Kind:        am.Kind,
		Unit:        am.Unit,
		Value:       am.Value,
		Min:         am.Min,
		Max:         am.Max,
		Approximate: am.Approximate,
		Qualifier:   am.Qualifier,
		Converted:   h.converted,
		Sentence:    h.sent,
	}
	for _, eq := range am.Equivalents {
		out.Equivalents = append(out.Equivalents, Equivalent{Value: eq.Value, Unit: eq.Unit, Approximate: eq.Approximate})
	}
	return out
}
