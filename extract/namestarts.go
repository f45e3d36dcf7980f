package extract

import "unicode/utf8"

// nameStarts indexes the document's entities by the first character of
// their names, for the rules that look for the people of a surname once
// per mention (김 의원, 최씨): a scan of every entity per mention costs time
// quadratic in the length of a document that names many people.
//
// The index follows a.ents as it grows; it is built again when the list
// is shorter than what was indexed or holds another entity where the last
// indexed one was (a list rebuilt by the linking). It holds while names keep their first
// character, as they do while people are being found (findPeople); the
// caller drops it after that stage.
type nameStarts struct {
	n    int     // entities indexed: a.ents[:n]
	last *entity // a.ents[n-1] when indexed
	by   map[rune][]*entity
}

// entitiesStarting returns the entities whose name starts with the first
// character of s, in the order of a.ents. Callers check the rest of what
// they need; the slice must not be changed.
func (a *analysis) entitiesStarting(s string) []*entity {
	ix := a.starts
	list := a.ents.All()
	if ix == nil || ix.n > len(list) || ix.n > 0 && list[ix.n-1] != ix.last {
		ix = &nameStarts{by: map[rune][]*entity{}}
		a.starts = ix
	}
	for _, e := range list[ix.n:] {
		r, _ := utf8.DecodeRuneInString(e.Name)
		ix.by[r] = append(ix.by[r], e)
	}
	if ix.n = len(list); ix.n > 0 {
		ix.last = list[ix.n-1]
	}
	r, _ := utf8.DecodeRuneInString(s)
	return ix.by[r]
}
