package entity

import "github.com/kextract/kextract/lexicon"

// Entity is a cluster of mentions while the stages run.
type Entity struct {
	// Type is one of the extractor's entity types (PERSON, ORG, LOCATION,
	// DATE, TIME); an entity merged into another has an empty Type.
	Type    string
	Name    string
	English string
	// Aliases are other names the article gives the entity (an
	// abbreviation in brackets).
	Aliases []string
	Role    string
	// Affiliation is the organization the entity belongs to, or nil.
	Affiliation *Entity
	// Value is the normalized value of a date or time.
	Value string
	// Entry is the lexicon entry the entity was found by, or nil.
	Entry *lexicon.Entry
	// Parts are the words of a person's name (앨빈, 응우옌).
	Parts    []string
	Mentions []Mention
	ID       string
}

// Mention is a clean-text span of an entity.
type Mention struct {
	Span
	// Sent is the index of the sentence the mention is in.
	Sent int
	// Ref marks a reference by surname and title or honorific (김 대표,
	// 김씨), widened past the name: not a form of the name.
	Ref bool
}

// AddDateMention adds a mention to a date or time; they are found in text
// order, so only the last mention can overlap, and a mention that overlaps
// it is not added.
func (e *Entity) AddDateMention(s Span, sent int) {
	if n := len(e.Mentions); n > 0 && e.Mentions[n-1].End > s.Start {
		return
	}
	e.Mentions = append(e.Mentions, Mention{Span: s, Sent: sent})
}

// First returns the start of e's first mention, or -1 when it has none.
func (e *Entity) First() int {
	f := -1
	for _, m := range e.Mentions {
		if f < 0 || m.Start < f {
			f = m.Start
		}
	}
	return f
}

// AliasList is the entity's other names, each once and none equal to its
// name or English name: the aliases the article gave it, then its lexicon
// entry's.
func (e *Entity) AliasList() []string {
	seen := map[string]bool{e.Name: true, e.English: true}
	var out []string
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, s := range e.Aliases {
		add(s)
	}
	if e.Entry != nil {
		for _, s := range e.Entry.Aliases {
			add(s)
		}
	}
	return out
}

// HasMention reports whether e has a mention of exactly s.
func (e *Entity) HasMention(s Span) bool {
	for _, m := range e.Mentions {
		if m.Span == s {
			return true
		}
	}
	return false
}
