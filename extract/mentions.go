package extract

import "github.com/kextract/kextract/extract/internal/spanindex"

// maxMentionBytes bounds the length of a mention; longer spans are not
// names, and the bound keeps look-ups in the index constant-time.
const maxMentionBytes = 256

// mentionRef is one mention in the index: its span and its entity (nil
// once removed).
type mentionRef = spanindex.Entry[*entity]

// mentionIndex finds the entity mentioned at a position.
type mentionIndex = spanindex.Index[*entity]

// removeMention drops a mention from its entity and from the index (the
// index keeps a tombstone) at once: a drop flushed on the spot, so that
// there is one way to take a mention out.
func (a *analysis) removeMention(r mentionRef) {
	d := mentionDrops{}
	d.drop(&a.mentions, r)
	d.flush()
}

// addMention records a mention of e unless e already has one overlapping it.
func (a *analysis) addMention(e *entity, s span, sent int) {
	if s.Empty() || s.End-s.Start > maxMentionBytes || a.mentions.Overlaps(s.Start, s.End, e) {
		return
	}
	e.Mentions = append(e.Mentions, mention{Span: s, Sent: sent})
	a.mentions.Add(mref(s.Start, s.End, e))
}

// widenMention records s as a mention of e in place of the mentions of e
// that lie inside it (a shorter reading of the same name); it adds nothing
// when a mention of e overlaps s without lying inside it.
func (a *analysis) widenMention(e *entity, s span, sent int) {
	var inside []mentionRef
	crossing := false
	a.mentions.Each(s.Start-a.mentions.Reach(), s.End, func(r mentionRef) bool {
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
	ix.Remove(r)
	if d[r.Value] == nil {
		d[r.Value] = map[span]bool{}
	}
	d[r.Value][span{Start: r.Start, End: r.End}] = true
}

// flush removes the dropped mentions from their entities' lists.
func (d mentionDrops) flush() {
	for e, spans := range d {
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
	clear(d)
}

// mref returns the index entry of a mention of e at [start, end).
func mref(start, end int, e *entity) mentionRef {
	return mentionRef{Start: start, End: end, Value: e}
}
