package entity

import "strings"

// linkAbbreviations merges an organization named by a shorter form into
// the one the article names in full: the end of the full name (안전처 for
// 국민안전처, 버스운송노동조합 for 한국버스운송노동조합) or a Korean
// abbreviation that keeps syllables of the full name in order, its first
// and last among them (인수위 for 대통령직인수위원회, 선관위 for
// 중앙선거관리위원회, 국토부 for 국토교통부), as ShortFormOf reads them. The
// full name must come first in the article, and only one full name may
// fit.
func (s *Set) linkAbbreviations(text string) {
	var orgs []*Entity
	for _, e := range s.list {
		if e.Type == Org && len(e.Mentions) > 0 {
			orgs = append(orgs, e)
		}
	}
	for _, o := range orgs {
		shorts := forms(text, o)
		var target *Entity
		n := 0
		for _, f := range orgs {
			if f == o || f.Type == "" || f.First() > o.First() {
				continue
			}
			if ShortFormOf(shorts, forms(text, f)) {
				target, n = f, n+1
			}
		}
		if n == 1 {
			s.Merge(target, o)
		}
	}
}

// sessionPrefixes name a sitting of a legislature: 정기국회 is the regular
// session of 국회, 임시국회 an extraordinary one. A sitting is the body
// itself at work, not an organization of its own.
var sessionPrefixes = []string{"정기", "임시"}

// linkSessions merges an organization named as a sitting of a legislature
// (정기국회, 임시 국회) into that legislature's entity, when the article
// names it too (국회): one entity for one body.
func (s *Set) linkSessions() {
	byName := map[string]*Entity{}
	for _, e := range s.list {
		if e.Type == Org && len(e.Mentions) > 0 {
			byName[strings.ReplaceAll(e.Name, " ", "")] = e
		}
	}
	for _, o := range s.list {
		if o.Type != Org || len(o.Mentions) == 0 {
			continue
		}
		name := strings.ReplaceAll(o.Name, " ", "")
		for _, p := range sessionPrefixes {
			body, ok := strings.CutPrefix(name, p)
			if !ok || syllables(body) < 2 || !strings.HasSuffix(body, "국회") && !strings.HasSuffix(body, "의회") {
				continue
			}
			if e := byName[body]; e != nil && e != o {
				s.Merge(e, o)
			}
			break
		}
	}
}
