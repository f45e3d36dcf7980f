package normalize

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"
)

// unitEntry is one written form of a unit: its surface, the amount kind it
// makes (money, percent, quantity, duration) and its normalized unit.
type unitEntry struct {
	text   string
	kind   string
	unit   string
	cent   bool // 센트: a hundredth of the unit
	vnd    bool // 동: only after a number ≥ 1,000 and before a boundary
	spaced bool // prefix that may be followed by one space (EUR 20)
	// digitsOnly: only after a number written with digits (3층, 58세); a
	// numeral word before these syllables is more often part of another
	// word (백사장, 사회, 이점, 한도).
	digitsOnly bool
	// narrowEnd: the unit is the start of other words too, so only a
	// non-Hangul rune or one of narrowParticles may follow it.
	narrowEnd bool
	// noSpacedWords: after a numeral word, the unit must follow directly.
	noSpacedWords bool
}

// percentUnits: 3.5%, 3.5퍼센트, 0.25%포인트, 0.25%p.
var percentUnits = []unitEntry{
	{text: "%", unit: "%"}, {text: "％", unit: "%"}, {text: "퍼센트", unit: "%"},
	{text: "%포인트", unit: "%p"}, {text: "％포인트", unit: "%p"}, {text: "%p", unit: "%p"}, {text: "%P", unit: "%p"},
	{text: "%pt", unit: "%p"}, {text: "퍼센트포인트", unit: "%p"}, {text: "퍼센트 포인트", unit: "%p"},
	{text: "퍼센티지", unit: "%"}, {text: "퍼센티지포인트", unit: "%p"},
	// 프로 (20프로) is also a word (a show, a professional): after a
	// numeral word only unspaced (백프로, not 이 프로), and followed by a
	// non-Hangul rune or one of a few particles (not 프로야구, 프로이트).
	{text: "프로", unit: "%", narrowEnd: true, noSpacedWords: true},
}

// quantityUnits: power, energy, length, mass, volume and Korean counters.
var quantityUnits = []unitEntry{
	{text: "MW", unit: "MW"}, {text: "GW", unit: "GW"}, {text: "kW", unit: "kW"}, {text: "KW", unit: "kW"}, {text: "TW", unit: "TW"},
	{text: "kWh", unit: "kWh"}, {text: "KWh", unit: "kWh"}, {text: "MWh", unit: "MWh"}, {text: "GWh", unit: "GWh"}, {text: "TWh", unit: "TWh"},
	{text: "메가와트", unit: "MW"}, {text: "기가와트", unit: "GW"}, {text: "킬로와트", unit: "kW"}, {text: "테라와트", unit: "TW"},
	{text: "메가와트시", unit: "MWh"}, {text: "기가와트시", unit: "GWh"}, {text: "킬로와트시", unit: "kWh"}, {text: "테라와트시", unit: "TWh"},
	{text: "톤", unit: "t"}, {text: "t", unit: "t"},
	{text: "km", unit: "km"}, {text: "㎞", unit: "km"}, {text: "킬로미터", unit: "km"},
	{text: "m", unit: "m"}, {text: "미터", unit: "m"}, {text: "cm", unit: "cm"}, {text: "센티미터", unit: "cm"},
	{text: "mm", unit: "mm"}, {text: "밀리미터", unit: "mm"},
	{text: "kg", unit: "kg"}, {text: "㎏", unit: "kg"}, {text: "킬로그램", unit: "kg"}, {text: "그램", unit: "g"},
	{text: "㎡", unit: "m2"}, {text: "m²", unit: "m2"}, {text: "제곱미터", unit: "m2"}, {text: "평", unit: "평"},
	{text: "ha", unit: "ha"}, {text: "헥타르", unit: "ha"}, {text: "리터", unit: "L"}, {text: "배럴", unit: "배럴"},
	{text: "GB", unit: "GB"}, {text: "TB", unit: "TB"}, {text: "kcal", unit: "kcal"}, {text: "킬로칼로리", unit: "kcal"},
	{text: "명", unit: "명"}, {text: "개", unit: "개"}, {text: "대", unit: "대"}, {text: "건", unit: "건"},
	{text: "가구", unit: "가구"}, {text: "곳", unit: "곳"}, {text: "채", unit: "채"}, {text: "척", unit: "척"},
	{text: "그루", unit: "그루"}, {text: "마리", unit: "마리"}, {text: "권", unit: "권"}, {text: "병", unit: "병"},
	{text: "잔", unit: "잔"}, {text: "배", unit: "배"}, {text: "개국", unit: "개국"}, {text: "개사", unit: "개사"},
	{text: "g", unit: "g"}, {text: "mg", unit: "mg"}, {text: "㎎", unit: "mg"}, {text: "밀리그램", unit: "mg"},
	{text: "ml", unit: "mL"}, {text: "mL", unit: "mL"}, {text: "㎖", unit: "mL"}, {text: "L", unit: "L"}, {text: "ℓ", unit: "L"},
	{text: "cc", unit: "cc"}, {text: "℃", unit: "℃"}, {text: "도", unit: "도", digitsOnly: true},
	// ages, and counters of times, sheets, floors, votes, points, goals,
	// songs, works and pairs
	{text: "세대", unit: "세대", digitsOnly: true}, {text: "세", unit: "세", digitsOnly: true}, {text: "살", unit: "살", digitsOnly: true}, {text: "차례", unit: "차례"},
	{text: "장", unit: "장", digitsOnly: true}, {text: "회", unit: "회", digitsOnly: true}, {text: "층", unit: "층", digitsOnly: true},
	{text: "표", unit: "표", digitsOnly: true}, {text: "점", unit: "점", digitsOnly: true}, {text: "골", unit: "골", digitsOnly: true},
	{text: "곡", unit: "곡", digitsOnly: true}, {text: "편", unit: "편", digitsOnly: true}, {text: "쌍", unit: "쌍", digitsOnly: true},
	{text: "등급", unit: "등급"},
}

// durationUnits: 4년간, 3개월, 2주, 10일간, 5시간. A bare 년 or 일 is a date,
// not a duration, so only the forms that can only be durations are listed.
var durationUnits = []unitEntry{
	{text: "년간", unit: "year"}, {text: "년 동안", unit: "year"}, {text: "년동안", unit: "year"},
	{text: "개월", unit: "month"}, {text: "개월간", unit: "month"}, {text: "개월 동안", unit: "month"},
	{text: "주", unit: "week"}, {text: "주간", unit: "week"}, {text: "주일", unit: "week"}, {text: "주 동안", unit: "week"},
	{text: "일간", unit: "day"}, {text: "일 동안", unit: "day"}, {text: "일동안", unit: "day"},
	{text: "시간", unit: "hour"}, {text: "시간 동안", unit: "hour"}, {text: "분간", unit: "minute"},
}

// unitIndex is every suffix unit (currencies, percent, quantities,
// durations), longest surface first, built once and read-only after.
var unitIndex = func() []unitEntry {
	var out []unitEntry
	add := func(kind string, es []unitEntry) {
		for _, e := range es {
			e.kind = kind
			out = append(out, e)
		}
	}
	add("money", currencySuffixes)
	for _, c := range isoCurrencies {
		out = append(out, unitEntry{text: c, kind: "money", unit: c})
	}
	add("percent", percentUnits)
	add("quantity", quantityUnits)
	add("duration", durationUnits)
	sort.SliceStable(out, func(a, b int) bool { return len(out[a].text) > len(out[b].text) })
	return out
}()

// unitsByRune is unitIndex grouped by the first rune of the surface: the
// first runes sorted, and for each the entries in unitIndex order.
type unitsByRune struct {
	first []rune
	units [][]unitEntry
}

// unitByFirstRune groups unitIndex by first rune (read-only after init).
var unitByFirstRune = groupByFirstRune(unitIndex)

// groupByFirstRune groups the entries by the first rune of their surface,
// keeping their order within each group.
func groupByFirstRune(entries []unitEntry) unitsByRune {
	var g unitsByRune
	for _, e := range entries {
		r, _ := utf8.DecodeRuneInString(e.text)
		k := sort.Search(len(g.first), func(k int) bool { return g.first[k] >= r })
		if k == len(g.first) || g.first[k] != r {
			g.first = slices.Insert(g.first, k, r)
			g.units = slices.Insert(g.units, k, nil)
		}
		g.units[k] = append(g.units[k], e)
	}
	return g
}

// firstRune returns the rune at i < len(s) (utf8.RuneError if invalid).
// Only entries starting with that rune can match at i: their surfaces are
// valid UTF-8, and none starts with U+FFFD.
func firstRune(s string, i int) rune {
	if r := rune(s[i]); r < utf8.RuneSelf {
		return r
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// lookup returns the entries whose surface starts with r.
func (g *unitsByRune) lookup(r rune) []unitEntry {
	lo, hi := 0, len(g.first)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if g.first[m] < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(g.first) && g.first[lo] == r {
		return g.units[lo]
	}
	return nil
}

// unitAt matches the longest unit at i whose end is a boundary: a Hangul
// unit must be followed by a non-Hangul rune or a particle, a Latin one by a
// non-letter. It returns the entry and its end.
func unitAt(s string, i int) (unitEntry, int, bool) {
	if i >= len(s) {
		return unitEntry{}, i, false
	}
	es := unitByFirstRune.lookup(firstRune(s, i))
	for k := range es {
		e := &es[k]
		if !strings.HasPrefix(s[i:], e.text) {
			continue
		}
		end := i + len(e.text)
		if !unitBoundary(s, end, e) {
			continue
		}
		return *e, end, true
	}
	return unitEntry{}, i, false
}

// particleStarts are the first syllables of particles and endings that may
// follow a Hangul unit directly (원을, 명이, 달러로, 배럴씩, 원대, 원어치).
const particleStarts = "이가을를은는의에와과도만로으씩께쯤까부보였대인야라랑뿐짜당꼴어째입"

// narrowParticles may follow a unit marked narrowEnd (20프로를, 20프로의).
const narrowParticles = "가를는의에로도만씩였입까나"

// narrowSyllables is the set of narrowParticles.
var narrowSyllables = hangul.NewSet(narrowParticles)

// particleSyllables is the set of particleStarts.
var particleSyllables = hangul.NewSet(particleStarts)

// isParticleStart reports whether r is in particleStarts.
func isParticleStart(r rune) bool {
	return r >= hangulFirst && r <= hangulLast && particleSyllables.Has(r)
}

// unitBoundary reports whether a unit ending at end stands alone.
func unitBoundary(s string, end int, e *unitEntry) bool {
	last, _ := utf8.DecodeLastRuneInString(e.text)
	next, sz := runeAt(s, end)
	if sz == 0 {
		return true
	}
	if e.unit == "대" {
		// 1 대 1, 2대1: a score; 4대 광역시, 21대 국회: "the four major …",
		// "the 21st …"; a count of machines is followed by a particle or
		// punctuation instead.
		k := skipSpace(s, end)
		if d, _ := digitAt(s, k); d >= 0 {
			return false
		}
		if r, _ := runeAt(s, k); k > end && isHangul(r) {
			return false
		}
	}
	if next == '/' && !isHangul(last) {
		return false // km/h, $/bbl: a rate, not an amount
	}
	switch {
	case e.narrowEnd:
		return !isHangul(next) || next >= hangulFirst && next <= hangulLast && narrowSyllables.Has(next)
	case isHangul(last):
		if e.kind == "money" && (next == '선' || next == '권') {
			return true // 5천500만원선 (a level), 1만원권 (a banknote)
		}
		return !isHangul(next) || isParticleStart(next) || hasPostQualifier(s, end)
	case last < utf8.RuneSelf && isASCIILetter(byte(last)):
		return !(next < utf8.RuneSelf && (isASCIILetter(byte(next)) || (next >= '0' && next <= '9')))
	}
	return true
}

// hasPostQualifier reports a qualifier word right at i (가량, 이상…).
func hasPostQualifier(s string, i int) bool {
	for _, q := range postQualifiers {
		if strings.HasPrefix(s[i:], q.text) {
			return true
		}
	}
	return false
}
