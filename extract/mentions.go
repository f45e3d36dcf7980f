package extract

import "sort"

// maxMentionBytes bounds the length of a mention; longer spans are not
// names, and the bound keeps look-ups in the index constant-time.
const maxMentionBytes = 256

// mentionRef is one mention in the index.
type mentionRef struct {
	start, end int
	e          *entity
}

// mentionIndex finds the entity mentioned at a position in O(log n).
// Mentions are added pass by pass, each pass mostly in text order, so they
// are kept as a few sorted runs: an addition in order appends to the last
// run, one out of order starts a new run, and too many runs are merged.
type mentionIndex struct {
	runs [][]mentionRef
	// longest is the length in bytes of the longest mention added (at
	// most maxMentionBytes): a mention covering an offset starts no
	// further back than that.
	longest int
}

// reach returns how far before an offset a mention covering it may start.
func (ix *mentionIndex) reach() int { return ix.longest }

func (ix *mentionIndex) add(r mentionRef) {
	ix.longest = max(ix.longest, r.end-r.start)
	if n := len(ix.runs); n > 0 {
		last := ix.runs[n-1]
		if last[len(last)-1].start <= r.start {
			ix.runs[n-1] = append(last, r)
			return
		}
	}
	ix.runs = append(ix.runs, []mentionRef{r})
	if len(ix.runs) > 32 {
		ix.merge()
	}
}

func (ix *mentionIndex) merge() {
	n := 0
	for _, r := range ix.runs {
		n += len(r)
	}
	all := make([]mentionRef, 0, n)
	for _, r := range ix.runs {
		all = append(all, r...)
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].start < all[j].start })
	ix.runs = [][]mentionRef{all}
}

// each calls fn for the mentions that start in [lo, hi), run by run, until
// fn returns false.
func (ix *mentionIndex) each(lo, hi int, fn func(mentionRef) bool) {
	for _, run := range ix.runs {
		// the stages ask this of a few hundred bytes, most runs hold no
		// mention there: their bounds tell without a search
		if len(run) == 0 || run[len(run)-1].start < lo || run[0].start >= hi {
			continue
		}
		for i := firstStartingAt(run, lo); i < len(run) && run[i].start < hi; i++ {
			if !fn(run[i]) {
				return
			}
		}
	}
}

// firstStartingAt returns the index of the first mention of the sorted run
// that starts at lo or after (sort.Search without the closure: each is
// called for most words).
func firstStartingAt(run []mentionRef, lo int) int {
	i, j := 0, len(run)
	for i < j {
		h := int(uint(i+j) >> 1)
		if run[h].start < lo {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// covering returns the entity of a mention covering [start, end) that ok
// accepts, or nil.
func (ix *mentionIndex) covering(start, end int, ok func(*entity) bool) *entity {
	var found *entity
	ix.each(start-ix.reach(), start+1, func(r mentionRef) bool {
		if r.e != nil && r.start <= start && end <= r.end && ok(r.e) {
			found = r.e
			return false
		}
		return true
	})
	return found
}

// overlaps reports whether e already has a mention overlapping [start, end).
func (ix *mentionIndex) overlaps(start, end int, e *entity) bool {
	hit := false
	ix.each(start-ix.reach(), end, func(r mentionRef) bool {
		if r.e != nil && r.e == e && r.start < end && start < r.end {
			hit = true
			return false
		}
		return true
	})
	return hit
}

// removeMention drops a mention from its entity and from the index (the
// index keeps a tombstone) at once: a drop flushed on the spot, so that
// there is one way to take a mention out.
func (a *analysis) removeMention(r mentionRef) {
	d := mentionDrops{}
	d.drop(&a.mentions, r)
	d.flush()
}

// remove leaves a tombstone in place of r in the index.
func (ix *mentionIndex) remove(r mentionRef) { ix.retarget(r, nil) }

// has reports whether the index holds r.
func (ix *mentionIndex) has(r mentionRef) bool {
	found := false
	ix.entriesOf(r, func(*mentionRef) bool { found = true; return false })
	return found
}

// retarget makes r a mention of e in the index (a tombstone when e is nil).
func (ix *mentionIndex) retarget(r mentionRef, e *entity) {
	ix.entriesOf(r, func(x *mentionRef) bool { x.e = e; return true })
}

// entriesOf calls fn for each entry of the index equal to r, run by run,
// until fn returns false.
func (ix *mentionIndex) entriesOf(r mentionRef, fn func(*mentionRef) bool) {
	for _, run := range ix.runs {
		for i := firstStartingAt(run, r.start); i < len(run) && run[i].start == r.start; i++ {
			if run[i].e == r.e && run[i].end == r.end && !fn(&run[i]) {
				return
			}
		}
	}
}

// addMention records a mention of e unless e already has one overlapping it.
func (a *analysis) addMention(e *entity, s span, sent int) {
	if s.empty() || s.end-s.start > maxMentionBytes || a.mentions.overlaps(s.start, s.end, e) {
		return
	}
	e.mentions = append(e.mentions, mention{span: s, sent: sent})
	a.mentions.add(mentionRef{s.start, s.end, e})
}

// widenMention records s as a mention of e in place of the mentions of e
// that lie inside it (a shorter reading of the same name); it adds nothing
// when a mention of e overlaps s without lying inside it.
func (a *analysis) widenMention(e *entity, s span, sent int) {
	var inside []mentionRef
	crossing := false
	a.mentions.each(s.start-a.mentions.reach(), s.end, func(r mentionRef) bool {
		if r.e != e || r.end <= s.start || s.end <= r.start {
			return true
		}
		if s.start <= r.start && r.end <= s.end {
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
		a.removeMention(r)
	}
	a.addMention(e, s, sent)
}

// mentionDrops are mentions taken out of the index at once and out of
// their entities' lists in one pass later (flush): a stage that removes
// many mentions of one entity, one by one, would shift its list each time.
// Until the flush the lists still hold the dropped mentions; stages that
// use drops read mentions through the index only.
type mentionDrops map[*entity]map[span]bool

// drop takes r out of the index and marks it for the flush.
func (d mentionDrops) drop(ix *mentionIndex, r mentionRef) {
	ix.remove(r)
	if d[r.e] == nil {
		d[r.e] = map[span]bool{}
	}
	d[r.e][span{r.start, r.end}] = true
}

// flush removes the dropped mentions from their entities' lists.
func (d mentionDrops) flush() {
	for e, spans := range d {
		kept := e.mentions[:0]
		for _, m := range e.mentions {
			if spans[m.span] {
				delete(spans, m.span) // the first such mention only
				continue
			}
			kept = append(kept, m)
		}
		clear(e.mentions[len(kept):])
		e.mentions = kept
	}
	clear(d)
}
