// Package spanindex finds the values attached to spans of a text that lie
// at a position, in O(log n): the entity mentioned at an offset, whether an
// entity already has a mention overlapping a span.
//
// Spans are added pass by pass, each pass mostly in text order, so an Index
// keeps them as a few sorted runs: an addition in order appends to the last
// run, one out of order starts a new run, and too many runs are merged.
// Removing a span leaves a tombstone (the zero value) in its place, so that
// the runs stay sorted and removal costs one search.
package spanindex

import "sort"

// Entry is one span [Start, End) of the text, with its value.
type Entry[V comparable] struct {
	Start, End int
	Value      V
}

// maxRuns bounds the sorted runs kept before they are merged into one.
const maxRuns = 32

// Index holds entries by their start. The zero Index is empty and ready to
// use. An Index is not safe for concurrent use.
type Index[V comparable] struct {
	runs [][]Entry[V]
	// longest is the length of the longest entry added: an entry covering
	// an offset starts no further back than that.
	longest int
}

// Reach returns how far before an offset an entry covering it may start.
func (ix *Index[V]) Reach() int { return ix.longest }

// Add adds e.
func (ix *Index[V]) Add(e Entry[V]) {
	ix.longest = max(ix.longest, e.End-e.Start)
	if n := len(ix.runs); n > 0 {
		last := ix.runs[n-1]
		if last[len(last)-1].Start <= e.Start {
			ix.runs[n-1] = append(last, e)
			return
		}
	}
	ix.runs = append(ix.runs, []Entry[V]{e})
	if len(ix.runs) > maxRuns {
		ix.merge()
	}
}

func (ix *Index[V]) merge() {
	n := 0
	for _, r := range ix.runs {
		n += len(r)
	}
	all := make([]Entry[V], 0, n)
	for _, r := range ix.runs {
		all = append(all, r...)
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].Start < all[j].Start })
	ix.runs = [][]Entry[V]{all}
}

// Each calls fn for the entries, tombstones included, that start in
// [lo, hi), run by run, until fn returns false.
func (ix *Index[V]) Each(lo, hi int, fn func(Entry[V]) bool) {
	for _, run := range ix.runs {
		// callers ask this of a few hundred bytes, and most runs hold no
		// entry there: their bounds tell without a search
		if len(run) == 0 || run[len(run)-1].Start < lo || run[0].Start >= hi {
			continue
		}
		for i := firstStartingAt(run, lo); i < len(run) && run[i].Start < hi; i++ {
			if !fn(run[i]) {
				return
			}
		}
	}
}

// firstStartingAt returns the index of the first entry of the sorted run
// that starts at lo or after (sort.Search without the closure: Each is
// called for most words of a text).
func firstStartingAt[V comparable](run []Entry[V], lo int) int {
	i, j := 0, len(run)
	for i < j {
		h := int(uint(i+j) >> 1)
		if run[h].Start < lo {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// Covering returns the value of an entry covering [start, end) that ok
// accepts, and false when there is none. Tombstones cover nothing.
func (ix *Index[V]) Covering(start, end int, ok func(V) bool) (V, bool) {
	var zero, found V
	hit := false
	ix.Each(start-ix.Reach(), start+1, func(e Entry[V]) bool {
		if e.Value != zero && e.Start <= start && end <= e.End && ok(e.Value) {
			found, hit = e.Value, true
			return false
		}
		return true
	})
	return found, hit
}

// Overlaps reports whether an entry of value v overlaps [start, end).
func (ix *Index[V]) Overlaps(start, end int, v V) bool {
	var zero V
	if v == zero {
		return false
	}
	hit := false
	ix.Each(start-ix.Reach(), end, func(e Entry[V]) bool {
		if e.Value == v && e.Start < end && start < e.End {
			hit = true
			return false
		}
		return true
	})
	return hit
}

// Remove leaves a tombstone in place of e.
func (ix *Index[V]) Remove(e Entry[V]) {
	var zero V
	ix.Retarget(e, zero)
}

// Has reports whether the index holds e.
func (ix *Index[V]) Has(e Entry[V]) bool {
	found := false
	ix.entriesOf(e, func(*Entry[V]) bool { found = true; return false })
	return found
}

// Retarget gives the entries equal to e the value v (a tombstone when v is
// the zero value).
func (ix *Index[V]) Retarget(e Entry[V], v V) {
	ix.entriesOf(e, func(x *Entry[V]) bool { x.Value = v; return true })
}

// entriesOf calls fn for each entry equal to e, run by run, until fn
// returns false.
func (ix *Index[V]) entriesOf(e Entry[V], fn func(*Entry[V]) bool) {
	for _, run := range ix.runs {
		for i := firstStartingAt(run, e.Start); i < len(run) && run[i].Start == e.Start; i++ {
			if run[i].Value == e.Value && run[i].End == e.End && !fn(&run[i]) {
				return
			}
		}
	}
}
