package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/kextract/kextract/normalize"
)

// Korean news gives a person's age in brackets after the name, alone or
// before other notes: 김모(43)씨, 이대영(53) 부교육감, 박모(36·여·과천)씨,
// 딘(27·벨기에). findAges reads those ages as quantities with the unit 세
// (years of age).

// ageHonorifics may stand between the name and the bracket, after 모 (a
// certain) or not: 김모 씨(43), 오모 군(18), 김 모(35).
var ageHonorifics = []string{" 씨", "씨", " 군", "군", " 양", "양"}

// maxAge bounds what reads as an age.
const maxAge = 120

// findAges adds the ages written after person mentions.
func (a *analysis) findAges() {
	var hits []amountHit
	for _, e := range a.ents.All() {
		if e.Type != TypePerson {
			continue
		}
		for _, m := range e.Mentions {
			if h, ok := a.ageAfter(m.End, m.Sent); ok {
				hits = append(hits, h)
			}
		}
	}
	hits = append(hits, a.agesOfPersonNouns()...)
	if len(hits) == 0 {
		return
	}
	slices.SortFunc(hits, func(x, y amountHit) int { return x.m.Start - y.m.Start })
	hits = slices.CompactFunc(hits, func(x, y amountHit) bool { return x.m.Start == y.m.Start })
	kept := hits[:0]
	for _, h := range hits {
		if !a.amountOverlaps(h.m.Start, h.m.End) {
			kept = append(kept, h)
		}
	}
	a.amounts = mergeHits(a.amounts, kept)
}

// personNouns name a person by kin, sex or occupation; an age in brackets
// right after one is that person's: 딸(32), 언니(50·여), 운전자(45).
var personNouns = setOf("딸", "아들", "남편", "아내", "부인", "어머니", "아버지", "엄마", "아빠", "할머니", "할아버지",
	"언니", "누나", "오빠", "형", "동생", "조카", "손자", "손녀", "남성", "여성", "남자", "여자", "주부", "학생",
	"운전자", "운전기사", "직원", "회사원", "주민", "환자", "피해자", "용의자", "피의자", "동거녀", "동거남")

// maxPersonNounBytes is the length of the longest of personNouns.
const maxPersonNounBytes = 4 * 3

// agesOfPersonNouns reads the ages in brackets written right after a noun
// of personNouns (박씨의 딸(32)과).
func (a *analysis) agesOfPersonNouns() []amountHit {
	var hits []amountHit
	for i := 0; i < len(a.clean); {
		k := strings.IndexByte(a.clean[i:], '(')
		if k < 0 {
			break
		}
		at := i + k
		i = at + 1
		// the word before, looked for a few bytes back only (the longest
		// noun is four syllables): linear however many brackets
		lo := max(0, at-maxPersonNounBytes-1)
		ws := strings.LastIndexAny(a.clean[lo:at], " \n\t(,·\"'“‘")
		if ws < 0 && lo > 0 {
			continue
		}
		if ws = lo + ws + 1; ws >= at || !personNouns[a.clean[ws:at]] {
			continue
		}
		if h, ok := a.ageAfter(at, a.sentenceAt(at)); ok {
			hits = append(hits, h)
		}
	}
	return hits
}

// ageAfter reads "(43)" or "(36·" at off, after an optional honorific.
func (a *analysis) ageAfter(off, sent int) (amountHit, bool) {
	rest := a.clean[off:min(len(a.clean), off+16)]
	for _, m := range []string{" 모", "모"} {
		if r, ok := strings.CutPrefix(rest, m); ok {
			off += len(m)
			rest = r
			break
		}
	}
	for _, h := range ageHonorifics {
		if r, ok := strings.CutPrefix(rest, h); ok {
			off += len(h)
			rest = r
			break
		}
	}
	if !strings.HasPrefix(rest, "(") {
		return amountHit{}, false
	}
	start := off + 1
	n, i := 0, 1
	for i < len(rest) && i <= 3 && rest[i] >= '0' && rest[i] <= '9' {
		n = n*10 + int(rest[i]-'0')
		i++
	}
	if i == 1 || i > 4 || n == 0 || n > maxAge {
		return amountHit{}, false
	}
	if after := rest[i:]; !strings.HasPrefix(after, ")") && !strings.HasPrefix(after, "·") && !strings.HasPrefix(after, ",") {
		return amountHit{}, false
	}
	end := off + i
	v := normalize.NewDecimal(int64(n))
	am := normalize.Amount{Kind: "quantity", Unit: "세", Value: &v}
	return amountHit{m: normalize.AmountMatch{Start: start, End: end, Text: a.clean[start:end], Amount: am}, sent: sent}, true
}

// amountOverlaps reports whether an amount found so far overlaps [start,
// end). The amounts are sorted and do not overlap each other.
func (a *analysis) amountOverlaps(start, end int) bool {
	i := sort.Search(len(a.amounts), func(k int) bool { return a.amounts[k].m.End > start })
	return i < len(a.amounts) && a.amounts[i].m.Start < end
}
