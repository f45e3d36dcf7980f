package extract

import ent "github.com/kextract/kextract/extract/internal/entity"

// oneTypePerName gives a name one type in an article (issue #15: 충남도
// as an organization and as a place): where a person, an organization and
// a place share a name, the mentions of the weaker go to the one whose
// type the article shows (a role), else the one with a lexicon entry, else
// the one with the most mentions, else the first found. Two entities that
// both come from the lexicon are two known things and stay apart.
func (a *analysis) oneTypePerName() {
	byName := map[string]*entity{}
	for _, e := range a.ents.All() {
		if e.Type != TypePerson && e.Type != TypeOrg && e.Type != TypeLocation || len(e.Mentions) == 0 {
			continue
		}
		o := byName[e.Name]
		if o == nil {
			byName[e.Name] = e
			continue
		}
		if o.Entry != nil && e.Entry != nil {
			continue
		}
		keep, drop := o, e
		if se, so := typeEvidence(e), typeEvidence(o); se > so || se == so && len(e.Mentions) > len(o.Mentions) {
			keep, drop = e, o
		}
		for _, m := range append([]mention(nil), drop.Mentions...) {
			a.ents.Remove(ent.RefOf(m.Start, m.End, drop))
			a.ents.Add(keep, m.Span, m.Sent)
		}
		byName[e.Name] = keep
	}
}

// typeEvidence ranks what shows an entity's type: a role the article gives
// it (2), a lexicon entry (1), nothing (0).
func typeEvidence(e *entity) int {
	n := 0
	if e.Role != "" {
		n += 2
	}
	if e.Entry != nil {
		n++
	}
	return n
}
