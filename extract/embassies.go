package extract

import "strings"

// embassySuffixes make the name of a country's mission abroad of the
// country's name: 일본대사관, 미국 대사관, 중국총영사관.
var embassySuffixes = []string{"대사관", "총영사관", "영사관", "대표부"}

// embassies finds a country's embassy or consulate named by the country
// and the kind of mission (일본대사관, 주한 미국 대사관): one organization
// by the name as written without the space, whose mentions cover the
// country's name, so that the country inside it is no mention of its own.
// Like an office of local government, an embassy named only as the place
// of events (일본대사관 앞에서) is a place.
func (a *analysis) embassies() {
	byName := map[string]*entity{}
	for _, e := range a.ents.All() {
		if e.Type == TypeOrg {
			byName[e.Name] = e
		}
	}
	type mission struct {
		s    span
		name string
		sent int
	}
	var found []mission
	for _, e := range a.ents.All() {
		if !a.namesCountry(e) {
			continue
		}
		for _, m := range e.Mentions {
			rest := a.clean[m.End:min(len(a.clean), m.End+16)]
			gap := ""
			if strings.HasPrefix(rest, " ") {
				gap, rest = " ", rest[1:]
			}
			for _, suf := range embassySuffixes {
				if strings.HasPrefix(rest, suf) {
					end := m.End + len(gap) + len(suf)
					found = append(found, mission{span{Start: m.Start, End: end}, a.clean[m.Start:m.End] + suf, m.Sent})
					break
				}
			}
		}
	}
	var made []*entity
	for _, f := range found {
		org := byName[f.name]
		if org == nil {
			org = &entity{Type: TypeOrg, Name: f.name}
			byName[f.name] = org
			a.ents.Append(org)
			made = append(made, org)
		}
		a.widenOver(org, f.s, f.sent) // the country's mention inside gives way
	}
	for _, e := range made {
		if len(e.Mentions) > 0 && a.onlyAsPlace(e) {
			e.Type = TypeLocation // 일본대사관 앞에서: the building
		}
	}
}

// namesCountry reports whether the place e is a country: by its lexicon
// entry (isCountry) or, for a place the tagger found, by its name.
func (a *analysis) namesCountry(e *entity) bool {
	if e.Type != TypeLocation {
		return false
	}
	if e.Entry != nil {
		return isCountry(e)
	}
	en, ok := a.x.lex.Lookup(e.Name)
	return ok && en.Type == TypeLocation && en.Kind == "country"
}
