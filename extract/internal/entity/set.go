package entity

import (
	"slices"
	"sort"
)

// Set is the entities of one article, people, organizations and places, in
// the order they were found, together with the index of their mentions
// (the embedded Index). The stages add entities with Append, change
// mentions through the Index and join two entities with Merge, so that the
// list, the mention lists and the index stay in step. The zero value is an
// empty set.
type Set struct {
	Index
	list []*Entity
}

// Append adds entities to the end of the list. Their mentions are not
// indexed: an entity is appended with none and gets them through Add.
func (s *Set) Append(es ...*Entity) { s.list = append(s.list, es...) }

// All returns the list itself, merged entities included until Prune; a
// caller that appends while it ranges takes a Snapshot instead.
func (s *Set) All() []*Entity { return s.list }

// Snapshot returns a copy of the list, for a loop that appends to the set.
func (s *Set) Snapshot() []*Entity { return slices.Clone(s.list) }

// Merge joins o into e: e takes o's mentions (Index.Merge) and whatever was
// affiliated with o is affiliated with e. o stays in the list with no type
// and no mention until Prune.
func (s *Set) Merge(e, o *Entity) {
	s.Index.Merge(e, o)
	for _, x := range s.list {
		if x.Affiliation == o {
			x.Affiliation = e
		}
	}
}

// Prune drops the entities left without a type by Merge.
func (s *Set) Prune() {
	kept := s.list[:0]
	for _, e := range s.list {
		if e.Type != "" {
			kept = append(kept, e)
		}
	}
	clear(s.list[len(kept):])
	s.list = kept
}

// SortByFirst orders the list by first mention, keeping the order of
// entities that start at the same place (or have no mention).
func (s *Set) SortByFirst() {
	sort.SliceStable(s.list, func(i, j int) bool { return s.list[i].First() < s.list[j].First() })
}
