package entity

import "github.com/kextract/kextract/lexicon"

// linkAliases merges an organization or place found without the lexicon
// (by the tagger or a rule) into the lexicon's entity when its name is one
// of that entry's names or aliases: 대한민국 is 한국, 중화인민공화국 is 중국,
// 경북 is 경상북도, one entity each.
func (s *Set) linkAliases(n Names) {
	byEntry := map[*lexicon.Entry]*Entity{}
	for _, e := range s.list {
		if e.Entry != nil && e.Type != "" {
			if _, ok := byEntry[e.Entry]; !ok {
				byEntry[e.Entry] = e
			}
		}
	}
	if len(byEntry) == 0 {
		return
	}
	for _, e := range s.list {
		if e.Entry != nil || e.Type != Org && e.Type != Location {
			continue
		}
		en, ok := n.Lookup(e.Name)
		if !ok {
			continue
		}
		if target := byEntry[en]; target != nil && target != e && target.Type == e.Type {
			s.Merge(target, e)
		}
	}
}
