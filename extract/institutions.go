package extract

import (
	"strings"
	"unicode/utf8"

	ent "github.com/kextract/kextract/extract/internal/entity"
	"github.com/kextract/kextract/internal/hangul"
)

// Institutions that news names by a common noun (정부, 경찰, 검찰, 법원) are
// named ones when a name goes before the noun: the government of a person
// or a country (문재인 정부, 일본 정부), a local office with its city (광주
// 북부경찰서, 서울 강남경찰서). The name is part of the organization's name,
// not a mention of its own. The bare noun later in the article (경찰은)
// refers to the one institution of that kind the article names.

// localOffices end the names of local offices that news writes after their
// city: 광주 북부경찰서, 인천 남동소방서, 서울 종로세무서.
var localOffices = []string{"경찰서", "소방서", "세무서", "교육지원청", "보건소"}

// ownedForces are the police and armed forces a country or city before
// them names: 대한민국 경찰, 조선민주주의인민공화국 육군, 대한민국 국군.
var ownedForces = setOf("경찰", "국군", "육군", "해군", "공군", "해병대")

// genericHeads maps a bare institution noun to the name endings of the
// named institutions it can refer to in an article.
var genericHeads = map[string][]string{
	"정부":  {" 정부"},
	"경찰":  {"경찰서", "경찰청", " 경찰"},
	"국군":  {" 국군"},
	"육군":  {" 육군"},
	"해군":  {" 해군"},
	"공군":  {" 공군"},
	"검찰":  {"지검", "지방검찰청", "검찰청"},
	"법원":  {"지법", "지방법원", "지원"},
	"재판부": {"법원", "지법", "고법", "지원"}, // the bench of the court the article names
}

// nameInstitutions joins a person or place to the institution noun right
// after it (문재인 정부, 광주 북부경찰서, 대한민국 경찰) into one organization, then links
// the bare institution nouns to the named institution of their kind.
func (a *analysis) nameInstitutions() {
	byName := map[string]*entity{}
	for _, e := range a.ents.All() {
		if e.Type == TypeOrg {
			byName[e.Name] = e
		}
	}
	for _, e := range a.ents.Snapshot() {
		if e.Type != TypeOrg {
			continue
		}
		for _, m := range append([]mention(nil), e.Mentions...) {
			head := a.clean[m.Start:m.End]
			if head != "정부" && !ownedForces[head] && !localOffice(head) {
				continue
			}
			owner, ok := a.ownerBefore(m.Start, head == "정부")
			var sp span
			var name string
			switch {
			case ok && head == "정부" && owner.Value.Type != TypePerson:
				continue // 일본 정부: the tagger's span, kept as it found it
			case ok:
				// named after the owner's name (한국 경찰 for 대한민국 경찰
				// too: one police under the place's name)
				sp, name = span{Start: owner.Start, End: m.End}, owner.Value.Name+" "+head
			case head == "정부":
				// 문재인 정부: a Korean full name nobody found before
				w, start := a.wordBefore(m.Start)
				if start < 0 || syllables(w) != 3 || closesClause(w) || !a.koreanName(w) || !a.nameLike(w) {
					continue
				}
				if stem, josa := a.x.lex.StripJosa(w); (josa == "가" || josa == "는" || josa == "를" || josa == "의") && a.x.lex.IsCommonNoun(stem) {
					continue // 통계 자료가 정부 내: a noun and its particle
				}
				sp, name = span{Start: start, End: m.End}, w+" "+head
			default:
				continue
			}
			org := a.entityNamed(byName, TypeOrg, name)
			if ok {
				a.ents.Remove(owner)
			}
			a.ents.Remove(ent.RefOf(m.Start, m.End, e))
			a.ents.Add(org, sp, m.Sent)
		}
	}
	a.joinForceUnits(byName)
	a.linkGenericInstitutions()
}

// unitSuffixes end the names of military units: 8전투비행단, 제1사단.
var unitSuffixes = []string{"비행단", "사단", "여단", "연대", "함대", "전단", "군단", "사령부"}

// joinForceUnits joins an armed force and the numbered unit of it written
// after it (공군 8전투비행단, 육군 제3사단) into one organization.
func (a *analysis) joinForceUnits(byName map[string]*entity) {
	for _, e := range a.ents.Snapshot() {
		if e.Type != TypeOrg {
			continue
		}
		for _, m := range append([]mention(nil), e.Mentions...) {
			unit := a.clean[m.Start:m.End]
			if !numberedUnit(unit) || m.Start < 2 || a.clean[m.Start-1] != ' ' {
				continue
			}
			var force mentionRef
			found := false
			a.ents.Each(m.Start-1-a.ents.Reach(), m.Start-1, func(r mentionRef) bool {
				if r.Value != nil && r.Value.Type == TypeOrg && r.End == m.Start-1 && ownedForces[lastWord(a.clean[r.Start:r.End])] {
					force, found = r, true
					return false
				}
				return true
			})
			if !found {
				continue
			}
			name := a.clean[force.Start:m.End]
			org := a.entityNamed(byName, TypeOrg, name)
			a.ents.Remove(force)
			a.ents.Remove(ent.RefOf(m.Start, m.End, e))
			a.ents.Add(org, span{Start: force.Start, End: m.End}, m.Sent)
		}
	}
}

// numberedUnit reports whether w is a numbered military unit: digits (after
// 제) and a unit suffix.
func numberedUnit(w string) bool {
	w = strings.TrimPrefix(w, "제")
	if w == "" || w[0] < '0' || w[0] > '9' || strings.ContainsRune(w, ' ') {
		return false
	}
	for _, suf := range unitSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// localOffice reports whether w names a local office (북부경찰서) without
// its city: a word ending in a local office suffix.
func localOffice(w string) bool {
	if strings.ContainsRune(w, ' ') {
		return false
	}
	for _, suf := range localOffices {
		if strings.HasSuffix(w, suf) && w != suf {
			return true
		}
	}
	return false
}

// wordBefore returns the Hangul word that ends one space before off and
// its start, or -1 when there is none.
func (a *analysis) wordBefore(off int) (string, int) {
	if off < 2 || a.clean[off-1] != ' ' {
		return "", -1
	}
	head := a.clean[:off-1]
	start := strings.LastIndexFunc(head, func(r rune) bool { return !hangul.IsSyllable(r) }) + 1
	if start > 0 {
		_, size := utf8.DecodeLastRuneInString(head[:start])
		if size > 1 || head[start-1] != ' ' && head[start-1] != '\n' {
			start = -1 // after punctuation
		}
	}
	if start < 0 || start >= len(head) {
		return "", -1
	}
	return head[start:], start
}

// ownerBefore returns the mention of a place, or of a person when person
// is set, that ends one space before off.
func (a *analysis) ownerBefore(off int, person bool) (mentionRef, bool) {
	if off < 2 || a.clean[off-1] != ' ' {
		return mentionRef{}, false
	}
	var found mentionRef
	ok := false
	a.ents.Each(off-1-a.ents.Reach(), off-1, func(r mentionRef) bool {
		if r.Value != nil && r.End == off-1 && (r.Value.Type == TypeLocation || person && r.Value.Type == TypePerson) {
			found, ok = r, true
			return false
		}
		return true
	})
	return found, ok
}

// linkGenericInstitutions merges an organization named by a bare
// institution noun (경찰, 정부) into the named institution of that kind in
// the article (광주 북부경찰서, 문재인 정부): the one named last before its
// first mention, else the first named after it.
func (a *analysis) linkGenericInstitutions() {
	for _, g := range a.ents.All() {
		ends, ok := genericHeads[g.Name]
		if g.Type != TypeOrg || !ok || len(g.Mentions) == 0 {
			continue
		}
		var cands []*entity
		for _, e := range a.ents.All() {
			if e == g || e.Type != TypeOrg || len(e.Mentions) == 0 {
				continue
			}
			for _, end := range ends {
				if strings.HasSuffix(e.Name, end) && e.Name != strings.TrimSpace(end) {
					cands = append(cands, e)
					break
				}
			}
		}
		if len(cands) == 0 {
			continue
		}
		target := ent.LastNamedBefore(cands, g.First())
		if target == nil {
			target = cands[0]
			for _, c := range cands[1:] {
				if c.First() < target.First() {
					target = c
				}
			}
		}
		a.ents.Merge(target, g)
	}
}

// closesClause reports whether w, a word of three syllables or more, is a
// predicate that closes a clause: a connective ending (verbalEnding), a
// quotative one (…해야 한다고 정부를), a contrast (…했지만) or a quotative
// modifier (…한다는). Such a word looks like a Korean full name by its
// syllables (한다고 has the surname 한) but names no government.
func closesClause(w string) bool {
	return syllables(w) >= 3 && (verbalEnding(w) || hasAnySuffix(w, "다고", "라고", "지만", "다는", "라는"))
}
