package entity

import "strings"

// FamilyNameFirst returns the one person of full, named before s, whose
// name starts with s's one word (아베 of 아베 신조), or nil when none or
// several do or another person's name ends with it.
func FamilyNameFirst(full []*Entity, s *Entity) *Entity {
	var found *Entity
	for _, f := range full {
		if len(f.Parts) < 2 {
			continue
		}
		if f.Parts[len(f.Parts)-1] == s.Name {
			return nil
		}
		if f.Parts[0] != s.Name || f.First() > s.First() {
			continue
		}
		if found != nil {
			return nil
		}
		found = f
	}
	return found
}

// PickFull chooses the person named in full that the short form s (김
// 의원, 이씨) refers to: the only candidate; else the only one whose role
// is s's or ends with it; else the one whose last mention before s's
// first mention is the latest. It returns nil when cands is empty.
func PickFull(s *Entity, cands []*Entity) *Entity {
	switch len(cands) {
	case 0:
		return nil
	case 1:
		return cands[0]
	}
	if s.Role != "" {
		var same *Entity
		n := 0
		for _, c := range cands {
			if c.Role == s.Role || strings.HasSuffix(c.Role, s.Role) {
				same, n = c, n+1
			}
		}
		if n == 1 {
			return same
		}
	}
	return LastNamedBefore(cands, s.First())
}

// LastNamedBefore returns the entity among cands with the latest mention
// starting before off, or nil: the one a reader takes as the nearest.
func LastNamedBefore(cands []*Entity, off int) *Entity {
	var best *Entity
	bestAt := -1
	for _, c := range cands {
		for _, m := range c.Mentions {
			if m.Start < off && m.Start > bestAt {
				best, bestAt = c, m.Start
			}
		}
	}
	return best
}
