package extract

import "strings"

// A bare noun for a kind of body, 경찰 "the police", 법원 "a court", 정부
// "the government", 당국 "the authorities", is not a named entity: it
// names whichever body of that kind the context means. Where the article
// names that body (광주 북부경찰서, 문재인 정부), linkGenericInstitutions
// has made the noun a mention of it; left on its own, it is no entity of
// the output. A speaker or source it names keeps the noun as its name.

// kindNouns are the bare nouns of kinds of bodies, besides the institution
// heads of genericHeads.
var kindNouns = setOf("당국", "상하원", "양원", "국립공원", "의회", "지방정부", "중앙정부", "수사기관", "사법부", "행정부", "입법부")

// kindNoun reports whether an organization or place, as named, is only a
// bare noun of a kind of body: 경찰, 법원, 소방당국, 보건당국.
func kindNoun(e *entity) bool {
	if e.Entry != nil || e.Type != TypeOrg && e.Type != TypeLocation {
		return false
	}
	if _, ok := genericHeads[e.Name]; ok || kindNouns[e.Name] {
		return true
	}
	// X당국: 소방당국, 방역당국, 보건당국, 외교당국
	x, ok := strings.CutSuffix(e.Name, "당국")
	return ok && x != "" && !strings.Contains(x, " ") && syllables(x) <= 3
}

// bodyNoun reports whether the common noun w names a body of some kind: a
// kind noun (경찰, 법원, 당국, 의회), a noun the lexicon's suffixes of
// organizations end (교육청, 소방서, 시청), or one in 군, 교, 회, 단 or 노조
// (forces, religions, assemblies, groups, unions: 인민군, 연합군, 천주교,
// 위원회, 선수단, 노조).
func (a *analysis) bodyNoun(w string) bool {
	if _, ok := genericHeads[w]; ok || kindNouns[w] || strings.HasSuffix(w, "당국") || strings.HasSuffix(w, "노조") {
		return true
	}
	if _, _, ok := a.x.lex.OrgSuffix(w); ok {
		return true
	}
	for _, suf := range []string{"군", "교", "회", "단"} {
		if strings.HasSuffix(w, suf) && w != suf {
			return true
		}
	}
	return false
}
