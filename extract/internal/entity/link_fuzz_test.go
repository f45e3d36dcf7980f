package entity

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kextract/kextract/lexicon"
)

// FuzzLink links the entities of a made-up article, one per word of the
// input, typed and related by the word's bytes, and checks what every
// stage after the linking relies on: no merged entity is left, every
// mention is in bounds and in the index, no two mentions overlap (the
// words did not), none is lost, and nothing is affiliated with a merged
// entity.
func FuzzLink(f *testing.F) {
	f.Add("중앙선거관리위원회는 밝혔다 선관위는 부인했다")
	f.Add("하성용 전 사장은 하 사장은 하 대표")
	f.Add("후쿠시마현 후쿠시마 광화문광장 광화문광장")
	f.Add("아베 신조 아베 카린 장-피에르 피에르")
	f.Add("국회 정기국회 의회 임시의회 한국 대한민국")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 4096 {
			return
		}
		var s Set
		var prev *Entity
		n := 0
		for off := 0; off < len(text); {
			i := strings.IndexFunc(text[off:], func(r rune) bool { return r != ' ' })
			if i < 0 {
				break
			}
			start := off + i
			end := start + strings.IndexByte(text[start:]+" ", ' ')
			off = end
			w := text[start:end]
			if end-start > MaxMentionBytes {
				continue
			}
			e := &Entity{Type: []string{Person, Org, Location}[int(w[0])%3], Name: w, Parts: strings.Split(w, "-")}
			if w[len(w)-1]%2 == 0 {
				e.Role = "대표"
			}
			if prev != nil && w[0]%4 == 0 {
				e.Affiliation = prev
			}
			s.Append(e)
			s.Add(e, Span{Start: start, End: end}, 0)
			prev, n = e, n+1
		}
		names := fakeNames{
			surnames: map[string]bool{"하": true, "김": true, "이": true},
			korean:   map[string]bool{"하성용": true, "김민수": true},
			entries:  map[string]*lexicon.Entry{},
		}
		s.Link(text, names)

		listed := map[*Entity]bool{}
		var all []Span
		for _, e := range s.All() {
			listed[e] = true
			if e.Type == "" {
				t.Fatalf("merged entity %q left in the list", e.Name)
			}
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(text) || m.Empty() {
					t.Fatalf("mention %v of %q out of bounds", m.Span, e.Name)
				}
				if !s.Has(RefOf(m.Start, m.End, e)) {
					t.Fatalf("mention %v of %q not in the index", m.Span, e.Name)
				}
				all = append(all, m.Span)
			}
		}
		if len(all) != n {
			t.Fatalf("%d mentions after linking, %d before", len(all), n)
		}
		seen := map[int]bool{}
		for _, sp := range all {
			for b := sp.Start; b < sp.End; b++ {
				if seen[b] {
					t.Fatalf("two mentions overlap at byte %d", b)
				}
				seen[b] = true
			}
		}
		for _, e := range s.All() {
			if e.Affiliation != nil && !listed[e.Affiliation] {
				t.Fatalf("%q is affiliated with a merged entity %q", e.Name, e.Affiliation.Name)
			}
		}
	})
}
