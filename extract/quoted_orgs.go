package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"
)

// News often writes the name of a committee, an association or a society
// it introduces in single quotation marks: ‘일제강제징용노동자상건립추진위’를
// 주도하는, ‘한국고고학회’ 회원. The marks show where the name begins and
// ends, and the word for a kind of body it ends in shows it names one.

// quotedOrgKinds are the kinds of organization suffix (orgsuffixes.tsv) a
// quoted name may end in to be read as a body. Courts (고법 of 표시광고법,
// a law) and one-syllable suffixes (실, 국, 원: 미용실, 겨울왕국) are too
// often the end of other words.
var quotedOrgKinds = setOf("association", "research", "government", "media")

// committeeShortForms are the short forms of 위원회 that end the names of
// committees formed for a cause (건립추진위, 비상대책위, 공동대책위).
var committeeShortForms = []string{"추진위", "대책위", "비대위", "공대위", "준비위", "조직위"}

// maxQuotedOrg bounds, in runes, a quoted name read as a body.
const maxQuotedOrg = 40

// quotedOrgs makes a body of each name in single quotation marks (‘’, 「」, ')
// whose last word ends in a body's suffix of two syllables or more, with at
// least two syllables before it, where no other entity is found.
func (a *analysis) quotedOrgs() {
	byName := map[string]*entity{}
	for _, q := range [][2]string{{"‘", "’"}, {"'", "'"}, {"「", "」"}} {
		for i := 0; i < len(a.clean); {
			j := strings.Index(a.clean[i:], q[0])
			if j < 0 {
				break
			}
			start := i + j + len(q[0])
			i = start
			rest := a.clean[start:min(len(a.clean), start+4*maxQuotedOrg)]
			k := strings.Index(rest, q[1])
			if k <= 0 {
				continue
			}
			name := rest[:k]
			if q[0] == q[1] {
				i = start + k + len(q[1]) // a straight mark closes one pair and opens none
			}
			if utf8.RuneCountInString(name) > maxQuotedOrg || strings.ContainsAny(name, "\n,.?!\"“”") || !a.quotedOrgName(name) {
				continue
			}
			sp := span{Start: start, End: start + k}
			if a.boilerplateAt(sp.Start) || a.ents.OverlapsOther(sp.Start, sp.End, nil) {
				continue
			}
			a.ents.Add(a.entityNamed(byName, TypeOrg, name), sp, a.sentenceAt(sp.Start))
		}
	}
	a.committeeShortForms()
}

// committeeShortForms makes the short form a committee's name ends in
// (추진위 of 일제강제징용노동자상건립추진위) a mention of the committee
// wherever it stands alone after the name (추진위 측은), when the article
// names one committee with that ending.
func (a *analysis) committeeShortForms() {
	for _, s := range committeeShortForms {
		var only *entity
		n := 0
		for _, e := range a.ents.All() {
			if e.Type == TypeOrg && len(e.Mentions) > 0 && strings.HasSuffix(e.Name, s) && e.Name != s {
				only = e
				n++
			}
		}
		if n == 1 {
			a.addOccurrences(only, s, only.First())
		}
	}
}

// quotedOrgName reports whether name, as quoted, ends in a word for a kind
// of body with at least two syllables of its own name before it.
func (a *analysis) quotedOrgName(name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	if !hangul.IsWord(last) {
		return false
	}
	suf := ""
	for _, s := range committeeShortForms {
		if strings.HasSuffix(last, s) {
			suf = s
		}
	}
	if suf == "" {
		s, kind, ok := a.x.lex.OrgSuffix(last)
		if !ok || !quotedOrgKinds[kind] || syllables(s) < 2 {
			return false
		}
		suf = s
	}
	return syllables(name)-syllables(suf)-strings.Count(name, " ") >= 2
}
