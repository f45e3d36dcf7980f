package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	ent "github.com/kextract/kextract/extract/internal/entity"
)

// memberBodies are the nouns of the bodies of an organization's members,
// which news names after the organization (서울대 총학생회, 현대차 노조),
// with the short form it uses for the noun alone afterwards.
var memberBodies = map[string]string{
	"총학생회": "총학", "학생회": "", "노동조합": "노조", "노조": "", "교수회": "", "교수협의회": "교협",
	"총동창회": "", "동창회": "", "동문회": "", "이사회": "",
}

// bodiesOfMembers finds the bodies of members named after an organization:
// the organization's mention, an ordinal of the body's term before or
// after it (제61대 서울대 총학생회, 서울대학교 제61대 총학생회), then one of
// memberBodies. The phrase is one organization, affiliated with the first;
// the organization's mention inside it is dropped. When the article names
// one such body of a kind, the noun alone later on (총학생회는) and its short
// form (총학의) are its mentions too.
func (a *analysis) bodiesOfMembers() {
	type found struct {
		e    *entity
		noun string
	}
	var bodies []found
	for _, org := range a.ents.Snapshot() {
		if org.Type != TypeOrg || org.Entry == nil {
			continue
		}
		for _, m := range append([]mention(nil), org.Mentions...) {
			start, end, noun, ok := a.bodyAfter(m.Span)
			if !ok {
				continue
			}
			name := a.clean[start:end]
			var e *entity
			for _, b := range bodies {
				if b.e.Name == name || b.noun == noun && b.e.Affiliation == org {
					e = b.e
				}
			}
			if e == nil {
				e = &entity{Type: TypeOrg, Name: name, Affiliation: org}
				a.ents.Append(e)
				bodies = append(bodies, found{e, noun})
			}
			if a.ents.OverlapsOther(start, end, org) {
				continue
			}
			if len(name) > len(e.Name) {
				e.Name = name // the fullest form names it
			}
			a.ents.Remove(ent.RefOf(m.Start, m.End, org))
			a.ents.Add(e, span{Start: start, End: end}, m.Sent)
		}
	}
	kinds := map[string]int{}
	for _, b := range bodies {
		kinds[b.noun]++
	}
	for _, b := range bodies {
		if kinds[b.noun] != 1 || len(b.e.Mentions) == 0 {
			continue
		}
		a.addOccurrences(b.e, b.noun, b.e.First())
		if short := memberBodies[b.noun]; short != "" {
			a.addOccurrences(b.e, short, b.e.First())
		}
	}
}

// bodyAfter returns the phrase of a body of members around the
// organization's mention s (see bodiesOfMembers) and the body's noun.
func (a *analysis) bodyAfter(s span) (start, end int, noun string, ok bool) {
	start, end = s.Start, s.End
	if o := ordinalBefore(a.clean[:start]); o > 0 {
		start -= o
	}
	rest := a.clean[end:]
	if !strings.HasPrefix(rest, " ") {
		return 0, 0, "", false
	}
	rest = rest[1:]
	skip := 1
	if o := ordinalAt(rest); o > 0 && start == s.Start {
		skip += o + 1
		rest = rest[o+1:]
	}
	w := rest
	if i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		w = w[:i]
	}
	for n := range memberBodies {
		if strings.HasPrefix(w, n) && (len(w) == len(n) || a.x.lex.IsJosaSequence(w[len(n):])) && len(n) > len(noun) {
			noun = n
		}
	}
	if noun == "" {
		return 0, 0, "", false
	}
	return start, s.End + skip + len(noun), noun, true
}

// ordinalAt returns the length of an ordinal of a term at the start of s
// followed by a space (제61대 ), or 0.
func ordinalAt(s string) int {
	rest, ok := strings.CutPrefix(s, "제")
	if !ok {
		return 0
	}
	n := 0
	for n < len(rest) && n < 3 && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	if n == 0 || !strings.HasPrefix(rest[n:], "대 ") {
		return 0
	}
	return len("제") + n + len("대")
}

// ordinalBefore returns the length of an ordinal of a term and the space
// that end s (제61대 ), or 0.
func ordinalBefore(s string) int {
	t, ok := strings.CutSuffix(s, "대 ")
	if !ok {
		return 0
	}
	n := 0
	for n < len(t) && n < 3 && t[len(t)-1-n] >= '0' && t[len(t)-1-n] <= '9' {
		n++
	}
	if n == 0 || !strings.HasSuffix(t[:len(t)-n], "제") {
		return 0
	}
	head := t[:len(t)-n-len("제")]
	if r, _ := utf8.DecodeLastRuneInString(head); head != "" && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return 0
	}
	return len("제") + n + len("대 ")
}
