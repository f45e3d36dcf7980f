package extract

import (
	"unicode"

	ent "github.com/kextract/kextract/extract/internal/entity"
)

// A surname or a letter alone is not how an article refers to a person:
// 김 대표, 김씨, 코미 전 국장, B씨 and 김 모 씨 are. Such a reference is
// found by its surname (the linking reads the surname), and its mention
// is widened, once every entity is final, to the whole referring
// expression, honorific or title included, where no other entity's
// mention lies in the words that follow the surname. A full name keeps
// its title out of the mention (김한길 대표: the mention is 김한길).

// reference is a mention found by its surname (core) whose referring
// expression reaches to wide.end.
type reference struct {
	core, wide span
}

// addReference records the mention core of e, to be widened to wide by
// widenReferences.
func (a *analysis) addReference(e *entity, core, wide span, sent int) {
	a.ents.Add(e, core, sent)
	if wide.Start == core.Start && wide.End > core.End {
		a.refs = append(a.refs, reference{core: core, wide: wide})
	}
}

// recordReference records that the person mention core, already added,
// is referred to as far as wide.
func (a *analysis) recordReference(core, wide span) {
	if wide.Start == core.Start && wide.End > core.End {
		a.refs = append(a.refs, reference{core: core, wide: wide})
	}
}

// widenReferences widens each recorded reference whose mention still
// belongs to a person to its referring expression, unless the words after
// the surname hold punctuation (A(34)씨) or another entity's mention.
func (a *analysis) widenReferences() {
	// where each mention of an owner is in its list, built once per owner:
	// a person mentioned 100,000 times by surname is no quadratic cost
	at := map[*entity]map[span]int{}
	for _, r := range a.refs {
		if r.wide.End > len(a.clean) || r.wide.End-r.wide.Start > ent.MaxMentionBytes || !referenceWords(a.clean[r.core.End:r.wide.End]) {
			continue
		}
		var owner *entity
		free := true
		a.ents.Each(r.wide.Start-a.ents.Reach(), r.wide.End, func(m mentionRef) bool {
			switch {
			case m.Value == nil || m.End <= r.wide.Start:
			case m.Start == r.core.Start && m.End == r.core.End && m.Value.Type == TypePerson:
				owner = m.Value
			default:
				free = false
				return false
			}
			return true
		})
		if !free || owner == nil || a.dateIn(r.core.End, r.wide.End) {
			continue
		}
		pos := at[owner]
		if pos == nil {
			pos = make(map[span]int, len(owner.Mentions))
			for i, m := range owner.Mentions {
				if _, dup := pos[m.Span]; !dup {
					pos[m.Span] = i // the first, as a scan finds it
				}
			}
			at[owner] = pos
		}
		i, ok := pos[r.core]
		if !ok {
			continue
		}
		// the mention grows in place: its place in the list is kept
		delete(pos, r.core)
		pos[r.wide] = i
		a.ents.Grow(owner, i, r.wide)
	}
}

// referenceWords reports whether s, the words after a surname, holds only
// letters and spaces (전 국장, 씨, 모 씨).
func referenceWords(s string) bool {
	for _, r := range s {
		if r != ' ' && !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// dateIn reports whether a date or time mention overlaps [start, end).
func (a *analysis) dateIn(start, end int) bool {
	for _, d := range a.dates {
		for _, m := range d.Mentions {
			if m.Start < end && start < m.End {
				return true
			}
		}
	}
	return false
}

// familyNameReferences records as references the family names of people
// named in full before that stand alone before a title (코미 전 국장에게
// after 제임스 코미): the later-mention stage found the family name, and
// the title belongs to the referring expression as it does after a
// surname. A family name inside the full name (제임스 코미 전 국장) is no
// such mention.
func (a *analysis) familyNameReferences(all []sentenceTokens) {
	for _, st := range all {
		toks := st.toks
		for i := 0; i+1 < len(toks); i++ {
			t := toks[i]
			if t.josa() != "" || t.script != scriptHangul {
				continue
			}
			core := span{Start: t.start, End: t.stemEnd()}
			p := a.entityAt(core.Start, core.End, TypePerson)
			if p == nil || len(p.Parts) < 2 || p.Parts[len(p.Parts)-1] != t.stem() || !a.ents.Has(ent.RefOf(core.Start, core.End, p)) {
				continue
			}
			j := i + 1
			for j < len(toks) && toks[j].punctBefore == "" && toks[j].josa() == "" && rolePrefixes[toks[j].text] {
				j++
			}
			if j >= len(toks) || toks[j].punctBefore != "" || !titleJosa[toks[j].josa()] {
				continue
			}
			if ti, ok := a.wordTitle(&toks[j]); !ok || !personTitle(ti) {
				continue
			}
			a.recordReference(core, span{Start: t.start, End: toks[j].stemEnd()})
		}
	}
}
