package normalize

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Amount is a parsed amount: money, a percentage, a quantity with its unit,
// a duration, or a bare number.
//
// Exactly one of these shapes is used:
//   - Value set: an exact amount (약 3억 원 is Value 3억 with Approximate).
//   - Min and Max set, Value nil: a range. For vague magnitudes (수십억 달러)
//     Min is inclusive and Max exclusive: [10억, 100억). For explicit ranges
//     (10만~20만 원, 25000 - 30000원) both bounds are inclusive.
//   - Only Min (이상, 초과) or only Max (이하, 미만) set: an open bound; the
//     Qualifier says which word set it (초과 and 미만 are exclusive).
//
// 최대 and 최소 keep the stated Value and set Qualifier to the word.
type Amount struct {
	// Kind is "money", "percent", "quantity", "duration", "number" or
	// "ordinal"; "date" only together with ErrNotAmount from ParseAmount.
	Kind string `json:"kind"`
	// Unit is an ISO 4217 code for money, "%" or "%p" for percentages, a
	// unit or counter for quantities (MW, km, 명, 개) and year, month, week,
	// day, hour or minute for durations.
	Unit        string       `json:"unit,omitempty"`
	Value       *Decimal     `json:"value,omitempty"`
	Min         *Decimal     `json:"min,omitempty"`
	Max         *Decimal     `json:"max,omitempty"`
	Approximate bool         `json:"approximate,omitempty"`
	Qualifier   string       `json:"qualifier,omitempty"`
	Equivalents []Equivalent `json:"equivalents,omitempty"`
	// Date is the ISO 8601 form (--06-30, 2025-06, 2025) of a date that
	// ParseAmount was given instead of an amount.
	Date string `json:"date,omitempty"`
}

// Equivalent is a conversion written in parentheses after an amount:
// 5,000억 달러(약 700조 원) has the equivalent 700조 KRW, approximate.
type Equivalent struct {
	Value       Decimal `json:"value"`
	Unit        string  `json:"unit"`
	Approximate bool    `json:"approximate,omitempty"`
}

// ErrNotAmount is returned by ParseAmount for text that is not an amount;
// for a date the returned Amount has Kind "date" and Date set.
var ErrNotAmount = errors.New("not an amount")

type wordQualifier struct {
	text   string
	approx bool
	qual   string
}

// prefixQualifiers come before the number (약 3억 원, 최대 100명).
var prefixQualifiers = []wordQualifier{
	{text: "약", approx: true}, {text: "대략", approx: true}, {text: "무려"},
	{text: "최대", qual: "최대"}, {text: "최소", qual: "최소"},
}

// postQualifiers come after the unit (1억 원 이상, 100명가량).
var postQualifiers = []wordQualifier{
	{text: "가량", approx: true}, {text: "정도", approx: true}, {text: "안팎", approx: true},
	{text: "남짓", approx: true}, {text: "쯤", approx: true}, {text: "내외", approx: true},
	{text: "가까이", approx: true}, {text: "안밖", approx: true}, {text: "언저리", approx: true},
	{text: "이상", qual: "이상"}, {text: "초과", qual: "초과"}, {text: "이하", qual: "이하"}, {text: "미만", qual: "미만"},
}

// rangeSeps join the two ends of a range.
var rangeSeps = []string{"~", "∼", "～", "〜", "-", "–", "—", "－"}

// englishScales: $5 billion, USD 3.2 million.
var englishScales = []struct {
	w   string
	exp int
}{{"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}, {"bn", 9}, {"mn", 6}}

// equivalentLeads may open a parenthesised conversion: (한화 약 356억 원).
var equivalentLeads = []string{"한화", "원화", "우리 돈", "우리돈", "미화"}

// ParseAmount parses a whole amount expression such as "5,000억 달러(약 700조
// 원)", "수십억 달러", "10만~20만 원", "0.25%포인트", "1만2000명", "4년간"
// or a bare number ("3.4", "첫째"). Surrounding spaces are ignored.
func ParseAmount(s string) (Amount, error) {
	t := squashSpaces(s)
	if t == "" {
		return Amount{}, fmt.Errorf("parse amount %q: empty: %w", s, ErrNotAmount)
	}
	p := numScanner{s: t}
	a, end, ok := p.amountAt(0, true)
	if ok && end == len(t) {
		return a, nil
	}
	if a, ok := prefixedAmount(t); ok {
		return a, nil // 영하 6도, 제51회, as FindAmounts reads them
	}
	n, err := ParseNumber(t)
	if err == nil {
		return numberAmount(n), nil
	}
	if d, ok := parseDate(t); ok {
		return Amount{Kind: "date", Date: d}, fmt.Errorf("parse amount %q: a date: %w", s, ErrNotAmount)
	}
	if errors.Is(err, ErrNumberTooLarge) {
		return Amount{}, fmt.Errorf("parse amount %q: %w", s, err)
	}
	return Amount{}, fmt.Errorf("parse amount %q: %w", s, ErrNotAmount)
}

// numberAmount turns a Number into an Amount of kind number or ordinal.
func numberAmount(n Number) Amount {
	a := Amount{Kind: "number", Approximate: n.Approximate}
	if n.Ordinal {
		a.Kind = "ordinal"
	}
	if n.Min != nil {
		a.Min, a.Max = n.Min, n.Max
	} else {
		v := n.Value
		a.Value = &v
	}
	return a
}

// squashSpaces trims s and turns every run of white space into one space.
func squashSpaces(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(s) {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// skipSpace returns i advanced past one ASCII space.
func skipSpace(s string, i int) int {
	if i < len(s) && s[i] == ' ' {
		return i + 1
	}
	return i
}

// measured is a number with the unit that follows it.
type measured struct {
	n       numScan
	unit    unitEntry
	hasUnit bool
	spaced  bool // one space between number and unit
	end     int
}

// scaleBy multiplies the number (or its vague bounds) by 10^exp.
func (n *numScan) scaleBy(exp int) {
	n.value = n.value.mulPow10(exp)
	if n.isVague {
		n.lo, n.hi = n.lo.mulPow10(exp), n.hi.mulPow10(exp)
	}
}

// measure reads a number at i, an English scale word and a suffix unit.
func (p *numScanner) measure(i int, withUnit bool) (measured, error) {
	s := p.s
	var m measured
	n, err := p.scan(i)
	p.count(i, n.end)
	if err != nil {
		return m, err
	}
	j := n.end
	if n.digits && !n.fraction {
		k := skipSpace(s, j)
		for _, sc := range englishScales {
			if len(s)-k >= len(sc.w) && strings.EqualFold(s[k:k+len(sc.w)], sc.w) {
				e := k + len(sc.w)
				if e < len(s) && isASCIILetter(s[e]) {
					continue
				}
				n.scaleBy(sc.exp)
				j = e
				break
			}
		}
	}
	m.n, m.end = n, j
	if !withUnit {
		return m, nil
	}
	if n.bigExp >= 8 && n.digits && strings.HasPrefix(s[j:], "대") {
		// 800억대, 52억대의: "in the range of", not a count of machines
		e := j + len("대")
		if r, sz := runeAt(s, e); sz == 0 || !isHangul(r) || isParticleStart(r) {
			m.n.approx, m.end = true, e
			return m, nil
		}
	}
	for _, k := range []int{j, skipSpace(s, j)} {
		if k == j && k < len(s) && s[k] == ' ' {
			continue
		}
		u, e, ok := unitAt(s, k)
		if !ok {
			continue
		}
		if u.vnd && (!n.digits || n.value.cmpPow10(3) < 0) || u.digitsOnly && !n.digits {
			continue
		}
		if k > j && len(u.text) == 1 && (u.unit == "m" || u.unit == "t" && n.bigExp == 0) {
			continue // "3 m" is more often a stray letter than metres; 80만 t is tonnes
		}
		if k > j && u.noSpacedWords && !n.digits {
			continue // 이 프로 is "this show", 백프로 is 100%
		}
		if u.kind == "duration" && u.text == "주" && (n.bigExp > 0 || !n.value.isInt() || strings.HasPrefix(s[e:], "당")) {
			u = shareUnit // 100만주, 4.22주, 1주당: shares, not weeks
		}
		m.unit, m.hasUnit, m.spaced, m.end = u, true, k > j, e
		if u.cent {
			m.n.value = m.n.value.quoPow10(2)
		}
		break
	}
	return m, nil
}

// wordsOK applies FindAmounts' caution to numbers written in Korean words:
// a single numeral syllable (일, 이, 세, 한) is too often part of another word,
// so it counts only as a native numeral before a spaced counter (세 곳).
func (p *numScanner) wordsOK(m measured) bool {
	if !p.strict || m.n.digits || m.n.vague() {
		return true
	}
	if m.hasUnit && m.unit.kind == "percent" && m.unit.text[0] >= utf8.RuneSelf {
		return true // 십 퍼센트, 백프로, 마이너스 오 퍼센트 (a word unit, not %)
	}
	if m.n.hangulRunes(p.s) >= 2 {
		return true
	}
	return m.n.native && m.spaced && m.unit.kind != "money"
}

// counterOK rejects, in FindAmounts, the readings of 대 that are not a
// count of machines: 제21대 (an ordinal) and 20대, 60대 (an age group: an
// exact multiple of ten from 10 to 90).
func (p *numScanner) counterOK(m measured, start int) bool {
	if !m.hasUnit || m.unit.unit != "대" {
		return true
	}
	if r, k := lastRune(p.s, start); r == '제' || (r == ' ' && k > 0 && strings.HasSuffix(p.s[:k], "제")) {
		return false
	}
	v := m.n.value
	if m.n.approx || m.n.vague() || !v.isInt() || v.sign() <= 0 || v.cmp(exactInt(90)) > 0 {
		return true
	}
	return !v.quoPow10(1).isInt()
}

// shareUnit is 주 as a count of shares (100만주, 4.22주, 1주당).
var shareUnit = unitEntry{text: "주", kind: "quantity", unit: "주"}

// bareBig reports, in FindAmounts, a number without a unit that still
// counts: one whose last group is 억 (878억을 들여, 매출액 1조3683억,
// 800억대) or 조 before 짜리, 어치 or 대 (2조짜리; 헌법 41조 is an
// article), followed by a boundary and not an article number (제10조). It
// is returned as kind number; the extractor makes it KRW money where the
// sentence is about money.
func (p *numScanner) bareBig(m measured) bool {
	s := p.s
	n := m.n
	if !n.digits {
		return false // 구조, 억대 연봉: numeral words without a unit are other words
	}
	end := n.end
	if n.approx && strings.HasSuffix(s[:end], "여") {
		end -= len("여")
	}
	r, _ := lastRune(s, end)
	if r != '억' && r != '조' {
		return false
	}
	if m.end > n.end {
		return true // 800억대
	}
	if r == '조' && !strings.HasPrefix(s[n.end:], "짜리") && !strings.HasPrefix(s[n.end:], "어치") {
		return false // 헌법 41조: an article; 2조짜리 is money
	}
	if r, k := lastRune(s, n.start); r == '제' || (r == ' ' && k > 0 && strings.HasSuffix(s[:k], "제")) {
		return false
	}
	next, sz := runeAt(s, n.end)
	if d, _ := digitAt(s, n.end); d >= 0 || strings.ContainsRune(",.", next) && isDigitRune(func() rune { r, _ := runeAt(s, n.end+1); return r }()) {
		return false // 457078억905…: the scanner stopped inside a longer number
	}
	return sz == 0 || !isHangul(next) || isParticleStart(next) || hasPostQualifier(s, n.end)
}

// amountAt reads an amount starting exactly at i: qualifiers, currency
// prefix, number, unit, a range's second end, cents, trailing qualifiers and
// a parenthesised equivalent. It returns the amount and its end.
func (p *numScanner) amountAt(i int, withEquiv bool) (Amount, int, bool) {
	s := p.s
	var a Amount
	j := i
	for range 2 {
		matched := false
		for _, q := range prefixQualifiers {
			if strings.HasPrefix(s[j:], q.text) {
				j = skipSpace(s, j+len(q.text))
				a.Approximate = a.Approximate || q.approx
				if q.qual != "" {
					a.Qualifier = q.qual
				}
				matched = true
				break
			}
		}
		if !matched {
			break
		}
	}
	pre, k, hasPre := currencyPrefixAt(s, j)
	if hasPre {
		j = k
	}
	m1, err := p.measure(j, !hasPre)
	if err != nil || !p.wordsOK(m1) || (p.strict && !p.counterOK(m1, i)) {
		return a, i, false
	}
	unit, hasUnit := m1.unit, m1.hasUnit
	if hasPre {
		unit, hasUnit = pre, true
	}
	j = m1.end
	n := m1.n
	var lo, hi exact
	isRange := false
	// A range: 10만~20만 원, 25000 - 30000원, 10달러 - 20달러, 1~2조 원.
	if !n.vague() {
		k := skipSpace(s, j)
		for _, sep := range rangeSeps {
			if !strings.HasPrefix(s[k:], sep) {
				continue
			}
			k2 := skipSpace(s, k+len(sep))
			pre2, k3, hasPre2 := currencyPrefixAt(s, k2)
			if hasPre2 != hasPre || (hasPre && pre2.unit != pre.unit) {
				break
			}
			if hasPre2 {
				k2 = k3
			}
			m2, err := p.measure(k2, !hasPre)
			if err != nil || m2.n.vague() || !p.wordsOK(m2) {
				break
			}
			if m1.hasUnit && (!m2.hasUnit || m2.unit.unit != m1.unit.unit) {
				break
			}
			if !hasPre && !m2.hasUnit && p.strict && !p.bareBig(m2) {
				break
			}
			v1 := n.value
			if n.bigExp == 0 && m2.n.bigExp > 0 && !m1.hasUnit && !n.fraction {
				if scaled := v1.mulPow10(m2.n.bigExp); scaled.cmp(m2.n.value) < 0 {
					v1 = scaled
				}
			}
			if m1.hasUnit && m1.unit.cent {
				v1 = n.value // already divided by 100
			}
			if v1.cmp(m2.n.value) >= 0 {
				break
			}
			if m2.hasUnit {
				unit, hasUnit = m2.unit, true
			}
			lo, hi, isRange = v1, m2.n.value, true
			a.Approximate = a.Approximate || n.approx || m2.n.approx
			j = m2.end
			break
		}
	}
	if !hasUnit && p.strict && !p.bareBig(measured{n: n, end: j}) {
		return a, i, false
	}
	// Subunits after the main unit: 이달러이십삼센트, 64달러 45센트, 1,350원 50전.
	if !isRange && hasUnit && unit.kind == "money" && !unit.cent && !n.vague() && n.value.sign() >= 0 {
		if c, e, ok := p.subunitAt(j, unit.unit); ok {
			n.value = n.value.add(c)
			j = e
		}
	}
	a.Kind, a.Unit = "number", ""
	if hasUnit {
		a.Kind, a.Unit = unit.kind, unit.unit
	}
	a.Approximate = a.Approximate || n.approx
	switch {
	case isRange:
		a.Min, a.Max = decPtr(lo), decPtr(hi)
	case n.vague():
		a.Min, a.Max = decPtr(n.lo), decPtr(n.hi)
	default:
		a.Value = decPtr(n.value)
	}
	// Trailing qualifiers: 1억 원 이상, 100명가량, 3억 원 정도.
	if !isRange {
		k := skipSpace(s, j)
		for _, q := range postQualifiers {
			if !strings.HasPrefix(s[k:], q.text) {
				continue
			}
			j = k + len(q.text)
			a.Approximate = a.Approximate || q.approx
			if q.qual != "" {
				a.Qualifier = q.qual
				lower := a.Value
				upper := a.Value
				if a.Value == nil {
					lower, upper = a.Min, a.Max
				}
				a.Value, a.Min, a.Max = nil, nil, nil
				if q.qual == "이상" || q.qual == "초과" {
					a.Min = lower
				} else {
					a.Max = upper
				}
			}
			break
		}
	}
	// 52억원대, 30%대: "in the range of".
	if hasUnit && (a.Kind == "money" || a.Kind == "percent") && strings.HasPrefix(s[j:], "대") {
		e := j + len("대")
		if r, sz := runeAt(s, e); sz == 0 || !isHangul(r) || isParticleStart(r) {
			j, a.Approximate = e, true
		}
	}
	// A parenthesised conversion: 5,000억 달러(약 700조 원).
	if withEquiv && a.Kind == "money" {
		if eq, e, ok := p.equivalentAt(skipSpace(s, j)); ok {
			a.Equivalents = append(a.Equivalents, eq)
			j = e
		}
	}
	return a, j, true
}

// equivalentAt reads "(약 700조 원)" at i.
func (p *numScanner) equivalentAt(i int) (Equivalent, int, bool) {
	s := p.s
	var open int
	switch {
	case strings.HasPrefix(s[i:], "("):
		open = 1
	case strings.HasPrefix(s[i:], "（"):
		open = len("（")
	default:
		return Equivalent{}, i, false
	}
	j := skipSpace(s, i+open)
	for range 2 {
		lead := false
		for _, l := range equivalentLeads {
			if strings.HasPrefix(s[j:], l) {
				j = skipSpace(s, j+len(l))
				lead = true
				break
			}
		}
		if !lead {
			break
		}
	}
	a, e, ok := p.amountAt(j, false)
	if !ok || a.Kind != "money" || a.Value == nil || a.Qualifier != "" {
		return Equivalent{}, i, false
	}
	e = skipSpace(s, e)
	switch {
	case strings.HasPrefix(s[e:], ")"):
		e++
	case strings.HasPrefix(s[e:], "）"):
		e += len("）")
	default:
		return Equivalent{}, i, false
	}
	return Equivalent{Value: *a.Value, Unit: a.Unit, Approximate: a.Approximate}, e, true
}
