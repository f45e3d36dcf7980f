package extract

import "strings"

// sessionPrefixes name a sitting of a legislature: 정기국회 is the regular
// session of 국회, 임시국회 an extraordinary one. A sitting is the body
// itself at work, not an organization of its own.
var sessionPrefixes = []string{"정기", "임시"}

// linkSessions merges an organization named as a sitting of a legislature
// (정기국회, 임시 국회) into that legislature's entity, when the article
// names it too (국회): one entity for one body.
func (a *analysis) linkSessions() {
	byName := map[string]*entity{}
	for _, e := range a.ents.All() {
		if e.Type == TypeOrg && len(e.Mentions) > 0 {
			byName[strings.ReplaceAll(e.Name, " ", "")] = e
		}
	}
	for _, s := range a.ents.All() {
		if s.Type != TypeOrg || len(s.Mentions) == 0 {
			continue
		}
		name := strings.ReplaceAll(s.Name, " ", "")
		for _, p := range sessionPrefixes {
			body, ok := strings.CutPrefix(name, p)
			if !ok || syllables(body) < 2 || !strings.HasSuffix(body, "국회") && !strings.HasSuffix(body, "의회") {
				continue
			}
			if e := byName[body]; e != nil && e != s {
				a.ents.Merge(e, s)
			}
			break
		}
	}
}
