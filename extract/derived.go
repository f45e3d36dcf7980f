package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"
)

// A place or body named earlier is mentioned again inside the words Korean
// derives from its name: a people or a product of a place (한국인, 일본인들,
// 후쿠시마산 식품), the residents of a district (유성구민), and a title of a
// body's head or members (통일부장관, 국회의원, 국회의장). Such a word is no
// name of its own (a resident or a minister is no entity), but the place or
// body in it is the one of the article. derivedMentions adds those inner
// mentions, for entities the article already has and where no other
// entity's mention holds the word.

// derivingSuffixes derive a common noun from a place name: 인 a person of
// it, 산 made or grown there.
var derivingSuffixes = []string{"인", "산"}

// residentEnds are the endings of districts whose residents are X민
// (유성구민, 성주군민, 서울시민, 경기도민).
var residentEnds = []string{"구", "군", "시", "도", "읍", "면"}

// derivedMentions adds the mentions of places and bodies inside derived
// words.
func (a *analysis) derivedMentions() {
	for _, e := range a.ents.All() {
		if e.Type != TypeLocation && e.Type != TypeOrg || len(e.Mentions) == 0 {
			continue
		}
		seen := map[string]bool{}
		for _, m := range append([]mention(nil), e.Mentions...) {
			x := a.clean[m.Start:m.End]
			if seen[x] || syllables(x) < 2 || !hangul.IsWord(x) {
				continue
			}
			seen[x] = true
			a.addDerived(e, x)
		}
	}
}

// addDerived adds the occurrences of x at the start of a derived word as
// mentions of e.
func (a *analysis) addDerived(e *entity, x string) {
	for off := 0; off < len(a.clean); {
		i := strings.Index(a.clean[off:], x)
		if i < 0 {
			return
		}
		start := off + i
		end := start + len(x)
		off = end
		if r, _ := utf8.DecodeLastRuneInString(a.clean[:start]); start > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		rest := a.clean[end:]
		n := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
		if n < 0 {
			n = len(rest)
		}
		if n == 0 || !a.derivesFrom(e, x, rest[:n]) {
			continue
		}
		if a.ents.Overlaps(start, end, e) || a.ents.OverlapsOther(start, end+n, e) {
			continue
		}
		a.ents.Add(e, span{Start: start, End: end}, a.sentenceAt(start))
	}
}

// derivesFrom reports whether w, the rest of a word after the name x of
// e, derives a common noun from it: 인, 산 after a place (with 들 or a
// particle after), 민 after a district, a title after a body.
func (a *analysis) derivesFrom(e *entity, x, w string) bool {
	tail := func(rest string) bool {
		rest = strings.TrimPrefix(rest, "들")
		return rest == "" || a.x.lex.IsJosaSequence(rest)
	}
	if e.Type == TypeLocation {
		for _, s := range derivingSuffixes {
			if rest, ok := strings.CutPrefix(w, s); ok && tail(rest) {
				return true
			}
		}
		if rest, ok := strings.CutPrefix(w, "민"); ok && tail(rest) {
			for _, end := range residentEnds {
				if strings.HasSuffix(x, end) {
					return true
				}
			}
		}
		return false
	}
	stem, _ := a.x.lex.StripJosa(w)
	_, ok := a.x.lex.Title(stem)
	return ok && !strings.HasPrefix(stem, "인") // 국회인: no title
}
