package entity

import (
	"slices"
	"strings"
)

// linkPeople merges the people an article names by a shorter form into the
// person it named in full: a surname with a title or an honorific (하 전
// 사장, 한 단장, 이씨) joins the one person of that surname named in full,
// or, when several are, the one with the same title, else the one named
// last before it (PickFull); several mentions of one surname with no full
// name are one person; a family name alone (피에르) joins the person whose
// name ends with it (카린 장-피에르); a name written family name first
// comes back as that name with a title (아베 총리 after 아베 신조 총리).
func (s *Set) linkPeople(n Names) {
	var full []*Entity              // people named in full
	short := map[string][]*Entity{} // surname -> people named by it alone
	var single []*Entity            // one-word foreign names
	for _, e := range s.list {
		if e.Type != Person || len(e.Mentions) == 0 {
			continue
		}
		switch {
		case len(e.Parts) == 1 && syllables(e.Name) == 1 && n.IsSurname(e.Name):
			short[e.Name] = append(short[e.Name], e)
		case len(e.Parts) == 1 && n.IsKoreanName(e.Name) && syllables(e.Name) >= 2:
			full = append(full, e)
		case len(e.Parts) >= 2:
			full = append(full, e)
		case len(e.Parts) == 1 && syllables(e.Name) >= 2:
			single = append(single, e)
		}
	}
	for sur, group := range short {
		var cands []*Entity
		for _, f := range full {
			if len(f.Parts) == 1 && strings.HasPrefix(f.Name, sur) {
				cands = append(cands, f)
			}
		}
		for _, p := range group {
			target := PickFull(p, cands)
			if target == nil {
				target = group[0]
			}
			if target != p {
				s.Merge(target, p)
			}
		}
	}
	for _, p := range single {
		for _, f := range full {
			if len(f.Parts) < 2 {
				continue
			}
			last := f.Parts[len(f.Parts)-1]
			if last == p.Name || strings.HasSuffix(last, "-"+p.Name) {
				s.Merge(f, p)
				break
			}
		}
	}
	// 아베 reads as a Korean name too, so both lists are asked
	for _, p := range slices.Concat(single, full) {
		if p.Type == "" || len(p.Parts) != 1 || p.Role == "" || syllables(p.Name) < 2 {
			continue
		}
		if f := FamilyNameFirst(full, p); f != nil {
			s.Merge(f, p)
		}
	}
}
