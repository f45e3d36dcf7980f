package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"
)

// 성주군청 is the county office, a body that decides and announces, and
// also the building it sits in, where people gather: 성주군청 앞마당에서,
// 성주군청에서 집회를 열었다. An article that names the office only as a
// place where things happen means the building, a place; one that has it
// act (성주군청은 밝혔다) means the body. One name has one type in an
// article, so the office is a place only when every mention of it is.

// officeSuffixes end the names of the offices of local government.
var officeSuffixes = []string{"시청", "군청", "구청", "도청", "청사"}

// locativeJosa are the particles that make a noun the place of an event.
var locativeJosa = []string{"에서는", "에서도", "에서", "앞에서는", "앞에서", "앞", "까지", "으로", "로"}

// locativeNouns are the nouns after a building's name for a part of it or
// the ground around it: 성주군청 앞마당, 시청 광장.
var locativeNouns = []string{"앞마당", "앞", "광장", "마당", "정문", "주변", "인근", "근처", "일대", "로비", "건물", "옥상"}

// officeBuildings makes a place of each office of local government whose
// every mention is of the place (with a locative particle or noun).
func (a *analysis) officeBuildings() {
	for _, e := range a.ents.All() {
		if e.Type != TypeOrg || len(e.Mentions) == 0 || !hasAnySuffix(e.Name, officeSuffixes...) || e.Name == "청사" {
			continue
		}
		if a.onlyAsPlace(e) {
			e.Type = TypeLocation
		}
	}
}

// onlyAsPlace reports whether every mention of e names the place of an
// event (a locative particle or noun after it).
func (a *analysis) onlyAsPlace(e *entity) bool {
	for _, m := range e.Mentions {
		if !a.locativeAfter(m.End) {
			return false
		}
	}
	return true
}

// locativeAfter reports whether the text at i, right after a name, makes
// it the place of an event: a locative particle (에서, 앞에서) ending the
// word, or, after a space, a noun for a part of a place (앞마당, 광장).
func (a *analysis) locativeAfter(i int) bool {
	rest := a.clean[i:min(len(a.clean), i+48)]
	for _, j := range locativeJosa {
		if tail, ok := strings.CutPrefix(rest, j); ok && wordEnds(tail) {
			return true
		}
	}
	tail, ok := strings.CutPrefix(rest, " ")
	if !ok {
		return false
	}
	for _, n := range locativeNouns {
		if strings.HasPrefix(tail, n) {
			return true
		}
	}
	return false
}

// wordEnds reports whether s starts where a word ends: at the end of the
// text, a space or a punctuation mark.
func wordEnds(s string) bool {
	if s == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	return !hangul.IsSyllable(r) && !('0' <= r && r <= '9') && !('a' <= r && r <= 'z') && !('A' <= r && r <= 'Z')
}
