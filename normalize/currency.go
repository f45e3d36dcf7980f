package normalize

import (
	"slices"
	"strings"

	"github.com/kextract/kextract/internal/hangul"
)

// Currencies: the suffixes written after a number (원, 달러, 유로…) and the
// prefixes written before one ($, US$, ₩, EUR…). Every entry maps to an ISO
// 4217 code. The tables are read-only.

// currencySuffixes are written after the number, optionally after one space.
var currencySuffixes = []unitEntry{
	{text: "원", unit: "KRW"}, {text: "원화", unit: "KRW"}, {text: "₩", unit: "KRW"}, {text: "￦", unit: "KRW"},
	{text: "달러", unit: "USD"}, {text: "달러화", unit: "USD"}, {text: "불", unit: "USD"},
	{text: "미국 달러", unit: "USD"}, {text: "미국달러", unit: "USD"}, {text: "미 달러", unit: "USD"}, {text: "미달러", unit: "USD"},
	{text: "홍콩달러", unit: "HKD"}, {text: "홍콩 달러", unit: "HKD"},
	{text: "호주달러", unit: "AUD"}, {text: "호주 달러", unit: "AUD"},
	{text: "캐나다달러", unit: "CAD"}, {text: "캐나다 달러", unit: "CAD"},
	{text: "대만달러", unit: "TWD"}, {text: "대만 달러", unit: "TWD"},
	{text: "싱가포르달러", unit: "SGD"}, {text: "싱가포르 달러", unit: "SGD"},
	{text: "엔", unit: "JPY"}, {text: "엔화", unit: "JPY"}, {text: "円", unit: "JPY"},
	{text: "위안", unit: "CNY"}, {text: "위안화", unit: "CNY"}, {text: "元", unit: "CNY"},
	{text: "유로", unit: "EUR"}, {text: "유로화", unit: "EUR"}, {text: "€", unit: "EUR"},
	{text: "파운드", unit: "GBP"}, {text: "파운드화", unit: "GBP"},
	{text: "루블", unit: "RUB"}, {text: "루피", unit: "INR"}, {text: "바트", unit: "THB"}, {text: "리라", unit: "TRY"},
	{text: "프랑", unit: "CHF"}, {text: "스위스프랑", unit: "CHF"}, {text: "스위스 프랑", unit: "CHF"},
	{text: "헤알", unit: "BRL"}, {text: "동", unit: "VND", vnd: true},
	// a country before its currency: 중국 위안, 일본 엔, 영국 파운드
	{text: "중국 위안", unit: "CNY"}, {text: "중국위안", unit: "CNY"}, {text: "중국 위안화", unit: "CNY"},
	{text: "일본 엔", unit: "JPY"}, {text: "일본엔", unit: "JPY"}, {text: "일본 엔화", unit: "JPY"},
	{text: "영국 파운드", unit: "GBP"}, {text: "영국파운드", unit: "GBP"},
	{text: "러시아 루블", unit: "RUB"}, {text: "인도 루피", unit: "INR"}, {text: "태국 바트", unit: "THB"},
	{text: "터키 리라", unit: "TRY"}, {text: "튀르키예 리라", unit: "TRY"}, {text: "브라질 헤알", unit: "BRL"},
	{text: "뉴질랜드달러", unit: "NZD"}, {text: "뉴질랜드 달러", unit: "NZD"},
	// subunits alone: a hundredth of the main unit (45센트 = 0.45 USD,
	// 197펜스 = 1.97 GBP); after a main unit they are added to it
	// (subunitAt).
	{text: "센트", unit: "USD", cent: true}, {text: "펜스", unit: "GBP", cent: true}, {text: "페니", unit: "GBP", cent: true},
	{text: "dollars", unit: "USD"}, {text: "dollar", unit: "USD"}, {text: "won", unit: "KRW"},
	{text: "euros", unit: "EUR"}, {text: "euro", unit: "EUR"}, {text: "yen", unit: "JPY"}, {text: "yuan", unit: "CNY"},
	{text: "pounds", unit: "GBP"},
}

// isoCurrencies are the ISO 4217 codes accepted before or after a number.
var isoCurrencies = []string{"KRW", "USD", "JPY", "CNY", "EUR", "GBP", "HKD", "AUD", "CAD", "TWD", "SGD", "RUB", "INR", "THB", "TRY", "CHF", "BRL", "VND", "NZD"}

// currencyPrefixes are written before the number: $5, US$200만, ₩3,000.
var currencyPrefixes = []unitEntry{
	{text: "US$", unit: "USD"}, {text: "HK$", unit: "HKD"}, {text: "NT$", unit: "TWD"}, {text: "A$", unit: "AUD"},
	{text: "C$", unit: "CAD"}, {text: "S$", unit: "SGD"}, {text: "NZ$", unit: "NZD"}, {text: "$", unit: "USD"}, {text: "＄", unit: "USD"},
	{text: "₩", unit: "KRW"}, {text: "￦", unit: "KRW"}, {text: "€", unit: "EUR"}, {text: "£", unit: "GBP"},
	{text: "￡", unit: "GBP"}, {text: "¥", unit: "JPY"}, {text: "￥", unit: "JPY"},
}

// currencyPrefixIndex is currencyPrefixes plus the ISO codes, with kinds set.
var currencyPrefixIndex = func() []unitEntry {
	out := append([]unitEntry(nil), currencyPrefixes...)
	for _, c := range isoCurrencies {
		out = append(out, unitEntry{text: c, unit: c, spaced: true})
	}
	for i := range out {
		out[i].kind = "money"
	}
	return out
}()

// currencyPrefixByRune is currencyPrefixIndex grouped by first rune.
var currencyPrefixByRune = groupByFirstRune(currencyPrefixIndex)

// currencyPrefixAt matches a currency written before a number at i and
// returns it with the offset of the number (after an optional space for
// ISO codes).
func currencyPrefixAt(s string, i int) (unitEntry, int, bool) {
	if i >= len(s) {
		return unitEntry{}, i, false
	}
	es := currencyPrefixByRune.lookup(firstRune(s, i))
	for k := range es {
		e := &es[k]
		if !strings.HasPrefix(s[i:], e.text) {
			continue
		}
		j := i + len(e.text)
		if e.spaced {
			if i > 0 && isASCIILetter(s[i-1]) {
				continue
			}
			if j < len(s) && s[j] == ' ' {
				j++
			}
		}
		if d, _ := digitAt(s, j); d < 0 {
			continue
		}
		return *e, j, true
	}
	return unitEntry{}, i, false
}

func isASCIILetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

// subunits are the hundredths written after a main unit and added to it:
// 64달러 45센트 = 64.45 USD, 3파운드 20펜스 = 3.20 GBP, 1,350원 50전 =
// 1350.50 KRW. 전 counts only here: alone it is another word (3년 전).
var subunits = []struct {
	text  string
	units []string
}{
	{"센트", []string{"USD", "EUR", "CAD", "AUD", "HKD", "SGD", "TWD", "NZD"}},
	{"펜스", []string{"GBP"}}, {"페니", []string{"GBP"}},
	{"전", []string{"KRW"}},
}

// subunitAt reads the subunit of main at i (after one optional space): a
// whole number below 100 and the subunit word, at a boundary. It returns
// the value in the main unit (45센트 = 0.45) and the end.
func (p *numScanner) subunitAt(i int, main string) (exact, int, bool) {
	s := p.s
	j := skipSpace(s, i)
	if d, _ := digitAt(s, j); d < 0 {
		if r, ok := hangul.SyllableAt(s, j); !ok || !isNumeralStart(r) {
			return exact{}, i, false // most amounts have no subunit: skip the scan
		}
	}
	n, err := p.scan(j)
	p.count(j, n.end)
	if err != nil || n.vague() || n.negative || n.approx || !n.value.isInt() || n.value.sign() < 0 || n.value.cmpPow10(2) >= 0 {
		return exact{}, i, false
	}
	for _, u := range subunits {
		if !strings.HasPrefix(s[n.end:], u.text) || !slices.Contains(u.units, main) {
			continue
		}
		e := n.end + len(u.text)
		if next, sz := runeAt(s, e); sz > 0 && isHangul(next) && !isParticleStart(next) {
			continue
		}
		return n.value.quoPow10(2), e, true
	}
	return exact{}, i, false
}
