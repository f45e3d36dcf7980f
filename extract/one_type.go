package extract

// oneTypePerName gives a name one type in an article (issue #15: 충남도
// as an organization and as a place): where a person, an organization and
// a place share a name, the mentions of the weaker go to the one whose
// type the article shows (a role), else the one with a lexicon entry, else
// the one with the most mentions, else the first found. Two entities that
// both come from the lexicon are two known things and stay apart.
func (a *analysis) oneTypePerName() {
	byName := map[string]*entity{}
	for _, e := range a.ents {
		if e.typ != TypePerson && e.typ != TypeOrg && e.typ != TypeLocation || len(e.mentions) == 0 {
			continue
		}
		o := byName[e.name]
		if o == nil {
			byName[e.name] = e
			continue
		}
		if o.entry != nil && e.entry != nil {
			continue
		}
		keep, drop := o, e
		if se, so := typeEvidence(e), typeEvidence(o); se > so || se == so && len(e.mentions) > len(o.mentions) {
			keep, drop = e, o
		}
		for _, m := range append([]mention(nil), drop.mentions...) {
			a.removeMention(mref(m.start, m.end, drop))
			a.addMention(keep, m.span, m.sent)
		}
		byName[e.name] = keep
	}
}

// typeEvidence ranks what shows an entity's type: a role the article gives
// it (2), a lexicon entry (1), nothing (0).
func typeEvidence(e *entity) int {
	n := 0
	if e.role != "" {
		n += 2
	}
	if e.entry != nil {
		n++
	}
	return n
}
