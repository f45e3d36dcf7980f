package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// spans returns the spans of e's mentions in list order.
func spans(e *Entity) []Span {
	var out []Span
	for _, m := range e.Mentions {
		out = append(out, m.Span)
	}
	return out
}

func sp(start, end int) Span { return Span{Start: start, End: end} }

func TestAdd(t *testing.T) {
	var x Index
	e := &Entity{Name: "한국항공우주산업"}
	x.Add(e, sp(0, 24), 0)
	x.Add(e, sp(3, 9), 0)   // overlaps the first
	x.Add(e, sp(30, 30), 1) // empty
	x.Add(e, sp(40, 40+MaxMentionBytes+1), 1)
	x.Add(e, sp(50, 53), 2)
	assert.Equal(t, []Span{sp(0, 24), sp(50, 53)}, spans(e))
	assert.True(t, x.Has(RefOf(50, 53, e)))
	assert.False(t, x.Has(RefOf(3, 9, e)))
	other := &Entity{Name: "한국"}
	x.Add(other, sp(0, 6), 0) // another entity may overlap
	got, ok := x.Covering(0, 6, func(o *Entity) bool { return o == other })
	assert.True(t, ok)
	assert.Same(t, other, got)
}

func TestDrops(t *testing.T) {
	var x Index
	e := &Entity{Name: "한국항공우주산업"}
	for _, s := range []Span{sp(0, 3), sp(10, 13), sp(20, 23), sp(30, 33)} {
		x.Add(e, s, 0)
	}
	d := x.NewDrops()
	d.Drop(RefOf(10, 13, e))
	d.Drop(RefOf(30, 33, e))
	// the index knows at once, the list after the flush
	assert.False(t, x.Has(RefOf(10, 13, e)))
	assert.Len(t, e.Mentions, 4)
	assert.Equal(t, 1, d.Len())
	d.Flush()
	assert.Equal(t, []Span{sp(0, 3), sp(20, 23)}, spans(e), "the rest in their order")
	assert.Equal(t, 0, d.Len())
}

// TestRemove checks that a removal reaches the list and the index at once
// and leaves the other mentions in their order.
func TestRemove(t *testing.T) {
	var x Index
	e := &Entity{Name: "하성용"}
	for _, s := range []Span{sp(0, 3), sp(10, 13), sp(20, 23)} {
		x.Add(e, s, 0)
	}
	x.Remove(RefOf(10, 13, e))
	assert.False(t, x.Has(RefOf(10, 13, e)))
	assert.Equal(t, []Mention{{Span: sp(0, 3)}, {Span: sp(20, 23)}}, e.Mentions)
	x.Remove(RefOf(40, 43, e))
	assert.Len(t, e.Mentions, 2, "a mention it does not have changes nothing")
}

func TestWiden(t *testing.T) {
	var x Index
	e := &Entity{Name: "라브로프"}
	x.Add(e, sp(10, 22), 1)
	x.Add(e, sp(40, 52), 2)
	x.Widen(e, sp(0, 22), 1) // 세르게이 라브로프 over 라브로프
	assert.Equal(t, []Span{sp(40, 52), sp(0, 22)}, spans(e))
	assert.False(t, x.Has(RefOf(10, 22, e)))
	assert.True(t, x.Has(RefOf(0, 22, e)))
	x.Widen(e, sp(45, 60), 2) // crosses a mention of e: nothing changes
	assert.Equal(t, []Span{sp(40, 52), sp(0, 22)}, spans(e))
}

func TestGrow(t *testing.T) {
	var x Index
	e := &Entity{Name: "하성용"}
	x.Add(e, sp(0, 9), 0)
	x.Add(e, sp(30, 33), 2) // 하 of 하 전 사장
	x.Grow(e, 1, sp(30, 46))
	assert.Equal(t, []Mention{{Span: sp(0, 9)}, {Span: sp(30, 46), Sent: 2, Ref: true}}, e.Mentions)
	assert.False(t, x.Has(RefOf(30, 33, e)))
	assert.True(t, x.Has(RefOf(30, 46, e)))
}

func TestMerge(t *testing.T) {
	var x Index
	full := &Entity{Type: "PERSON", Name: "한광석"}
	short := &Entity{Type: "PERSON", Name: "한", Role: "단장", Affiliation: &Entity{Name: "한국농어촌공사"}}
	x.Add(full, sp(0, 9), 0)
	x.Add(short, sp(0, 3), 0) // inside the full name: dropped
	x.Add(short, sp(40, 43), 1)
	x.Merge(full, short)
	assert.Equal(t, []Span{sp(0, 9), sp(40, 43)}, spans(full))
	assert.Equal(t, "단장", full.Role, "the short form's role")
	assert.Equal(t, "한국농어촌공사", full.Affiliation.Name)
	assert.Empty(t, short.Mentions)
	assert.Empty(t, short.Type, "left for the caller to drop")
	got, ok := x.Covering(40, 43, func(*Entity) bool { return true })
	assert.True(t, ok)
	assert.Same(t, full, got, "the index follows")
	assert.False(t, x.Overlaps(0, 3, short))

	kept := &Entity{Type: "PERSON", Name: "김철수", Role: "의원"}
	x.Merge(kept, &Entity{Type: "PERSON", Role: "대표"})
	assert.Equal(t, "의원", kept.Role, "a role it has stays")
}

func TestOverlapsOther(t *testing.T) {
	var x Index
	a, b := &Entity{Name: "한국"}, &Entity{Name: "한국농어촌공사"}
	x.Add(a, sp(0, 6), 0)
	x.Add(b, sp(20, 41), 0)
	assert.False(t, x.OverlapsOther(0, 6, a), "its own mention")
	assert.True(t, x.OverlapsOther(3, 9, b))
	assert.True(t, x.OverlapsOther(40, 50, a))
	assert.False(t, x.OverlapsOther(6, 20, a), "touching is not overlapping")
	x.Remove(RefOf(20, 41, b))
	assert.False(t, x.OverlapsOther(20, 41, a), "a removed mention is gone")
}
