package extract

import "strings"

// News glosses a foreign person's Korean name with the name in Latin
// letters in brackets, alone or before dates and notes: 밥 딜런(Bob Dylan,
// 1941년 5월 24일~), 리즈 트러스(Liz Truss). The Latin name is the person's
// English name and a mention of them there.

// personGlosses adds the Latin-letter name in brackets after a person's
// Hangul mention as that person's English name and a mention.
func (a *analysis) personGlosses() {
	for _, e := range a.ents.All() {
		if e.Type != TypePerson || len(e.Mentions) == 0 || !hasSyllable(e.Name) {
			continue
		}
		for _, m := range append([]mention(nil), e.Mentions...) {
			rest, ok := strings.CutPrefix(a.clean[m.End:], "(")
			if !ok {
				continue
			}
			n := strings.IndexAny(rest, ",)")
			if n <= 0 || n > 48 || !latinName(rest[:n]) {
				continue
			}
			start := m.End + 1
			sp := span{Start: start, End: start + n}
			if a.ents.OverlapsOther(sp.Start, sp.End, e) {
				continue
			}
			a.ents.Add(e, sp, m.Sent)
			if e.English == "" {
				e.English = rest[:n]
			}
		}
	}
}

// latinName reports whether x is two to four capitalized Latin words (Bob
// Dylan, Liz Truss, Jean-Pierre Raffarin).
func latinName(x string) bool {
	words := strings.Split(x, " ")
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
		for i := 1; i < len(w); i++ {
			if c := w[i]; !(c >= 'a' && c <= 'z' || c == '-' || c == '.' || c == '\'' || c >= 'A' && c <= 'Z' && w[i-1] == '-') {
				return false
			}
		}
	}
	return true
}
