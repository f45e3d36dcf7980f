package view

import (
	"cmp"
	"html"
	"slices"
	"strings"
)

// MaxDepth is the deepest nesting of marked spans; a span that would open
// deeper is left unmarked (the extractor never nests that deep, so only
// hostile documents lose marks).
const MaxDepth = 12

// Span kinds in nesting priority: for two spans over the same range, the
// one with the lower kind is the outer one.
const (
	kindClaim = iota
	kindQuote
	kindAmount
	kindEntity
	kindSpeaker
)

// mark is one span of the article to wrap in an element.
type mark struct {
	start, end int
	kind       int
	order      int
	// attrs are the attributes of the first piece (already escaped, each
	// with a leading space); cont those of later pieces when a crossing
	// span is split.
	attrs, cont string
}

// layout writes text with every mark wrapped in a <span>. Marks are sorted
// by (start, longer first, kind, order); a mark that crosses another (starts
// inside it and ends after it) is split into pieces at the boundaries, the
// first piece carrying the full attributes and the others cont, so the
// output is always well nested. Offsets are code point offsets into text;
// marks outside the text or empty are skipped. Cost is linear in
// len(text) + len(marks)×MaxDepth.
func layout(b *strings.Builder, text []rune, marks []mark) {
	n := len(text)
	ms := make([]mark, 0, len(marks))
	for _, m := range marks {
		if m.start >= 0 && m.start < m.end && m.end <= n {
			ms = append(ms, m)
		}
	}
	slices.SortStableFunc(ms, func(a, b mark) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end),
			cmp.Compare(a.kind, b.kind), cmp.Compare(a.order, b.order))
	})
	// boundaries: every start and end, in order
	bounds := make([]int, 0, 2*len(ms)+2)
	bounds = append(bounds, 0, n)
	for _, m := range ms {
		bounds = append(bounds, m.start, m.end)
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)

	var (
		active []int // indexes into ms, in sort order
		open   []int // indexes into ms of the open elements, outermost first
		opened = make([]bool, len(ms))
		next   int // next mark to activate
	)
	for bi, p := range bounds {
		// drop marks ending here, add marks starting here
		kept := active[:0]
		for _, i := range active {
			if ms[i].end > p {
				kept = append(kept, i)
			}
		}
		active = kept
		for next < len(ms) && ms[next].start == p {
			if len(active) < MaxDepth {
				active = append(active, next)
			}
			next++
		}
		// keep the common prefix of open elements, close the rest, open
		// the new ones
		k := 0
		for k < len(open) && k < len(active) && open[k] == active[k] {
			k++
		}
		for j := len(open) - 1; j >= k; j-- {
			b.WriteString("</span>")
		}
		open = append(open[:k], active[k:]...)
		for _, i := range active[k:] {
			b.WriteString("<span")
			if opened[i] {
				b.WriteString(ms[i].cont)
			} else {
				b.WriteString(ms[i].attrs)
				opened[i] = true
			}
			b.WriteString(">")
		}
		if bi+1 < len(bounds) {
			b.WriteString(html.EscapeString(string(text[p:bounds[bi+1]])))
		}
	}
	for range open {
		b.WriteString("</span>")
	}
}
