package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kextract/kextract/extract/sentence"
	"github.com/kextract/kextract/lexicon"
)

// Entity types.
const (
	TypePerson   = "PERSON"
	TypeOrg      = "ORG"
	TypeLocation = "LOCATION"
	TypeDate     = "DATE"
	TypeTime     = "TIME"
)

// matchLexicon finds the lexicon's organizations and places.
func (a *analysis) matchLexicon() {
	a.matches = a.x.lex.Match(a.clean)
}

// sentenceTokens holds the words of one sentence.
type sentenceTokens struct {
	idx  int
	toks []token
}

// findEntities builds entity clusters: lexicon matches first, then people
// and organizations recognised from context, then every later mention of
// their names.
func (a *analysis) findEntities() {
	byEntry := map[string]*entity{}
	for _, m := range a.matches {
		if a.boilerplateAt(m.Start) || a.platformVenue(m.Start, m.End) {
			continue
		}
		e := byEntry[m.Entry.ID]
		if e == nil {
			e = &entity{Type: m.Entry.Type, Name: m.Entry.Name, English: m.Entry.English, Entry: m.Entry}
			byEntry[m.Entry.ID] = e
			a.ents.Append(e)
		}
		a.ents.Add(e, span{Start: m.Start, End: m.End}, a.sentenceAt(m.Start))
	}
	var all []sentenceTokens
	for i, s := range a.sents {
		if s.Kind == sentence.Boilerplate {
			continue
		}
		all = append(all, sentenceTokens{idx: i, toks: a.sentenceWords(i)})
	}
	for _, st := range all {
		a.glossOrgs(st)
	}
	// later mentions of organizations first: people's affiliations use them
	a.findLaterMentions(all)
	for _, st := range all {
		a.findPeople(a.unquotedNames(st))
		a.regnalPeople(st)
		a.findAnonymous(st)
	}
	a.starts = nil // names change from here on
	a.addModelEntities()
	a.dropRegnalAges()
	a.appositiveNames(all)
	a.quotedOrgs()
	a.findLaterMentions(all)
	a.coordinatedPeople(all)
	a.nameInstitutions()
	a.numberedDongs(all)
	a.localFacilities(all)
	a.officeBuildings()
	a.bracketAliases()
	a.shortOrgForms()
	a.bodiesOfMembers()
	a.spacedMentions()
	a.link()
	a.personGlosses()
	a.affiliationsByPosition(all)
	a.rolesFromAppositives(all)
	a.rolesNearNames(all)
	a.affiliationsFromRoles()
	a.affiliationsFromPartyTopic()
	a.findAges()
	a.embassies()
	a.dropOverlaps()
	a.derivedMentions()
	a.familyNameReferences(all)
	a.oneTypePerName()
	a.ents.SortByFirst()
}

// entityAt returns the entity with a mention covering [start, end) of the
// given type ("" for any).
func (a *analysis) entityAt(start, end int, typ string) *entity {
	e, _ := a.ents.Covering(start, end, func(e *entity) bool { return typ == "" || e.Type == typ })
	return e
}

// entityOf returns the entity with a mention covering the word t without
// its particle.
func (a *analysis) entityOf(t token, typ string) *entity {
	return a.entityAt(t.start, t.stemEnd(), typ)
}

// glossOrgs finds "Korean name(English Name)" glosses: 무어인사이트앤스트래티지
// (Moor Insights and Strategy), TD 코웬(TD Cowen). The English name goes to
// the entity's English field; a name not in the lexicon becomes an ORG when
// a classifier noun (기업, 회사, ...) introduces it or its English name ends
// like an organization's (Group, Inc, Strategy, ...).
func (a *analysis) glossOrgs(st sentenceTokens) {
	toks := st.toks
	for i := 1; i < len(toks); i++ {
		if toks[i].punctBefore != "(" || toks[i].spaceBefore || toks[i].script != scriptLatin {
			continue
		}
		// the English words up to ')'
		j := i
		var words []string
		for j < len(toks) && (j == i || toks[j].punctBefore == "" || toks[j].punctBefore == "&" || toks[j].punctBefore == "." || toks[j].punctBefore == "-") && toks[j].script == scriptLatin {
			words = append(words, toks[j].text)
			j++
		}
		if j >= len(toks) && !strings.HasPrefix(a.clean[toks[j-1].end:], ")") {
			continue
		}
		if j < len(toks) && !strings.HasPrefix(toks[j].punctBefore, ")") {
			continue
		}
		english := a.clean[toks[i].start:toks[j-1].end]
		// the Korean name before the '(' : the word right before, extended
		// back over a Latin word that starts the English name (TD 코웬)
		k := i - 1
		if toks[k].josa() != "" && toks[k].stem() != toks[k].text {
			// 코웬이(...) is unusual; the gloss follows the bare name
			continue
		}
		first := k
		if first > 0 && toks[first-1].script == scriptLatin && toks[first].punctBefore == "" &&
			strings.EqualFold(toks[first-1].text, words[0]) {
			first--
		}
		if toks[first].punctBefore != "" && first > 0 && strings.ContainsAny(toks[first].punctBefore, "‘'“\"") {
			continue // a quoted term: ‘스타게이트 프로젝트(Stargate Project)’
		}
		nameSpan := span{Start: toks[first].start, End: toks[k].end}
		name := a.clean[nameSpan.Start:nameSpan.End]
		e := a.entityAt(nameSpan.Start, nameSpan.End, "")
		if e == nil {
			if en, ok := a.x.lex.Lookup(english); ok {
				e = a.entityForEntry(en)
			}
		}
		if e == nil {
			classified := first > 0 && orgClassifiers[toks[first-1].text] && toks[first-1].josa() == ""
			last := strings.ToLower(words[len(words)-1])
			if !classified && !orgWordsEnglish[last] {
				continue
			}
			e = &entity{Type: TypeOrg, Name: name}
			a.ents.Append(e)
		}
		if e.Type == TypeOrg || e.Type == TypeLocation {
			if e.English == "" {
				e.English = english
			}
			a.ents.Add(e, nameSpan, st.idx)
		}
	}
}

// entityNamed returns the entity recorded in byName under name, or a new
// one of type typ, recorded there and among the article's entities.
func (a *analysis) entityNamed(byName map[string]*entity, typ, name string) *entity {
	e := byName[name]
	if e == nil {
		e = &entity{Type: typ, Name: name}
		byName[name] = e
		a.ents.Append(e)
	}
	return e
}

// entityForEntry returns the cluster of a lexicon entry, creating it.
func (a *analysis) entityForEntry(en *lexicon.Entry) *entity {
	for _, e := range a.ents.All() {
		if e.Entry == en {
			return e
		}
	}
	e := &entity{Type: en.Type, Name: en.Name, English: en.English, Entry: en}
	a.ents.Append(e)
	return e
}

// entityList numbers the entities and converts them to their JSON form.
func (a *analysis) entityList() []Entity {
	a.dropOverlaps() // mentions the speakers added
	a.widenReferences()
	all := append(a.ents.Snapshot(), a.dates...)
	slices.SortStableFunc(all, func(x, y *entity) int { return x.First() - y.First() })
	out := make([]Entity, 0, len(all))
	n := 0
	for _, e := range all {
		if len(e.Mentions) == 0 || !a.x.cfg.kindNouns && kindNoun(e) {
			continue
		}
		n++
		e.ID = fmt.Sprintf("e%d", n)
	}
	for _, e := range all {
		if e.ID == "" {
			continue
		}
		slices.SortFunc(e.Mentions, func(x, y mention) int { return x.Start - y.Start })
		ent := Entity{
			ID:       e.ID,
			Type:     e.Type,
			Name:     e.Name,
			English:  e.English,
			Aliases:  e.AliasList(),
			Role:     e.Role,
			Value:    e.Value,
			Mentions: make([]Mention, 0, len(e.Mentions)),
		}
		if e.Affiliation != nil && e.Affiliation.ID != "" {
			ent.Affiliation = e.Affiliation.ID
		}
		for _, m := range e.Mentions {
			ent.Mentions = append(ent.Mentions, Mention{Span: Span{Start: m.Start, End: m.End}, Sentence: m.Sent})
		}
		out = append(out, ent)
	}
	return out
}
