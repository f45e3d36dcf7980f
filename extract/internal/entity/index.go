package entity

import "github.com/kextract/kextract/extract/internal/spanindex"

// MaxMentionBytes bounds the length of a mention; longer spans are not
// names, and the bound keeps look-ups in the index constant-time.
const MaxMentionBytes = 256

// Ref is one mention in an Index: its span and its entity (nil once the
// mention is removed).
type Ref = spanindex.Entry[*Entity]

// RefOf returns the Ref of a mention of e at [start, end).
func RefOf(start, end int, e *Entity) Ref { return Ref{Start: start, End: end, Value: e} }

// Index finds the entity mentioned at a position. The stages add, widen,
// grow, remove and merge the mentions of people, organizations and places
// through it, so that each entity's mention list and the index stay in
// step: a mention is in one exactly when it is in the other (Drops
// excepted until they are flushed). Dates and times are not indexed (see
// Entity.AddDateMention). The zero value is an empty index.
type Index struct{ ix spanindex.Index[*Entity] }

// Add records a mention of e at s in sentence sent, unless s is empty,
// longer than MaxMentionBytes or overlaps a mention e already has.
func (x *Index) Add(e *Entity, s Span, sent int) {
	if s.Empty() || s.End-s.Start > MaxMentionBytes || x.ix.Overlaps(s.Start, s.End, e) {
		return
	}
	e.Mentions = append(e.Mentions, Mention{Span: s, Sent: sent})
	x.ix.Add(RefOf(s.Start, s.End, e))
}

// Widen records s as a mention of e in place of the mentions of e that lie
// inside it (a shorter reading of the same name); it changes nothing when
// a mention of e overlaps s without lying inside it.
func (x *Index) Widen(e *Entity, s Span, sent int) {
	var inside []Ref
	crossing := false
	x.ix.Each(s.Start-x.ix.Reach(), s.End, func(r Ref) bool {
		if r.Value != e || r.End <= s.Start || s.End <= r.Start {
			return true
		}
		if s.Start <= r.Start && r.End <= s.End {
			inside = append(inside, r)
			return true
		}
		crossing = true
		return false
	})
	if crossing {
		return
	}
	for _, r := range inside {
		x.Remove(r)
	}
	x.Add(e, s, sent)
}

// Grow widens the i-th mention of e to wide in place, keeping its place in
// the list and its sentence, and marks it a reference (Mention.Ref): a
// surname that grows into 하 전 사장 or 이씨. The caller checks that no
// other mention is in the way.
func (x *Index) Grow(e *Entity, i int, wide Span) {
	m := e.Mentions[i]
	e.Mentions[i] = Mention{Span: wide, Sent: m.Sent, Ref: true}
	x.ix.Remove(RefOf(m.Start, m.End, e))
	x.ix.Add(RefOf(wide.Start, wide.End, e))
}

// Remove takes a mention out of its entity's list and out of the index at
// once (a drop flushed on the spot, so that there is one way to take a
// mention out). A mention the entity does not have changes nothing.
func (x *Index) Remove(r Ref) {
	d := x.NewDrops()
	d.Drop(r)
	d.Flush()
}

// Merge moves the mentions of o to e, but for those overlapping one of e's
// (they are dropped), and gives e o's role and affiliation where it has
// none. o is left with no mention and no type, for the caller to take off
// its list; entities affiliated with o are the caller's to point at e. The
// index answers both questions per mention, so that merging two entities
// of many mentions costs no product of their counts.
func (x *Index) Merge(e, o *Entity) {
	var moved []Mention
	keep := make([]bool, len(o.Mentions))
	for i, m := range o.Mentions {
		if keep[i] = !x.ix.Overlaps(m.Start, m.End, e); keep[i] {
			moved = append(moved, m)
		}
	}
	for i, m := range o.Mentions {
		to := e
		if !keep[i] {
			to = nil
		}
		x.ix.Retarget(RefOf(m.Start, m.End, o), to)
	}
	e.Mentions = append(e.Mentions, moved...)
	if e.Role == "" {
		e.Role = o.Role
	}
	if e.Affiliation == nil {
		e.Affiliation = o.Affiliation
	}
	o.Mentions = nil
	o.Type = ""
}

// Each calls fn for the indexed mentions that start in [lo, hi), run by
// run of the index (not in one order of start), until fn returns false;
// removed mentions come with a nil Value. To visit every mention
// overlapping [start, end), start the scan Reach bytes early:
// Each(start-x.Reach(), end, fn).
func (x *Index) Each(lo, hi int, fn func(Ref) bool) { x.ix.Each(lo, hi, fn) }

// Reach is the length in bytes of the longest mention indexed: a mention
// covering an offset starts no further back than that.
func (x *Index) Reach() int { return x.ix.Reach() }

// Covering returns an entity with a mention covering [start, end) that ok
// accepts, and false when there is none.
func (x *Index) Covering(start, end int, ok func(*Entity) bool) (*Entity, bool) {
	return x.ix.Covering(start, end, ok)
}

// Overlaps reports whether e has a mention overlapping [start, end).
func (x *Index) Overlaps(start, end int, e *Entity) bool { return x.ix.Overlaps(start, end, e) }

// OverlapsOther reports whether a mention of an entity other than e
// overlaps [start, end).
func (x *Index) OverlapsOther(start, end int, e *Entity) bool {
	hit := false
	x.ix.Each(start-x.ix.Reach(), end, func(r Ref) bool {
		if r.Value != nil && r.Value != e && r.Start < end && start < r.End {
			hit = true
			return false
		}
		return true
	})
	return hit
}

// Has reports whether r is in the index.
func (x *Index) Has(r Ref) bool { return x.ix.Has(r) }

// Drops are mentions taken out of the index at once and out of their
// entities' lists in one pass later (Flush): a stage that removes many
// mentions of one entity, one by one, would shift its list each time.
// Until the flush the lists still hold the dropped mentions; stages that
// use drops read mentions through the index only.
type Drops struct {
	x *Index
	m map[*Entity]map[Span]bool
}

// NewDrops returns an empty set of drops from x.
func (x *Index) NewDrops() *Drops { return &Drops{x: x, m: map[*Entity]map[Span]bool{}} }

// Drop takes r out of the index and marks it for the flush.
func (d *Drops) Drop(r Ref) {
	d.x.ix.Remove(r)
	if d.m[r.Value] == nil {
		d.m[r.Value] = map[Span]bool{}
	}
	d.m[r.Value][Span{Start: r.Start, End: r.End}] = true
}

// Len is the number of entities with dropped mentions not yet flushed.
func (d *Drops) Len() int { return len(d.m) }

// Flush removes the dropped mentions from their entities' lists, keeping
// the others in their order.
func (d *Drops) Flush() {
	for e, spans := range d.m {
		kept := e.Mentions[:0]
		for _, m := range e.Mentions {
			if spans[m.Span] {
				delete(spans, m.Span) // the first such mention only
				continue
			}
			kept = append(kept, m)
		}
		clear(e.Mentions[len(kept):])
		e.Mentions = kept
	}
	clear(d.m)
}
