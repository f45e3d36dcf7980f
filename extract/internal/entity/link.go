package entity

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/lexicon"
)

// Names answers what the linking needs to know of words; the extractor
// implements it with its lexicon and its rules for Korean names.
type Names interface {
	// IsSurname reports whether w is a Korean surname (김, 하, 남궁).
	IsSurname(w string) bool
	// IsKoreanName reports whether w reads as a Korean full name, a surname
	// and a given name (하성용, 한광석).
	IsKoreanName(w string) bool
	// Lookup returns the lexicon entry named w, by its name or an alias.
	Lookup(w string) (*lexicon.Entry, bool)
}

// Link joins the entities an article names in more than one form, so that
// each real-world thing is one entity named in full: people by a shorter
// form (linkPeople), organizations by an abbreviation or a shorter name
// (linkAbbreviations) or as a sitting of a legislature (linkSessions),
// entities found outside the lexicon under a name of a lexicon entry
// (linkAliases), and places written with and without the word for their
// kind (linkPlaceForms). The merged entities are pruned from the list.
// text is the clean text the mentions index.
func (s *Set) Link(text string, n Names) {
	s.linkPeople(n)
	s.linkAbbreviations(text)
	s.linkSessions()
	s.linkAliases(n)
	s.linkPlaceForms(text)
	s.Prune()
}

// forms returns the names e goes by in text, without spaces: its name and
// the text of its mentions, each once.
func forms(text string, e *Entity) []string {
	out := []string{strings.ReplaceAll(e.Name, " ", "")}
	for _, m := range e.Mentions {
		w := strings.ReplaceAll(text[m.Start:m.End], " ", "")
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// syllables is the number of characters of s.
func syllables(s string) int { return utf8.RuneCountInString(s) }
