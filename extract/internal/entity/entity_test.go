package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/kextract/kextract/lexicon"
)

func TestSpanEmpty(t *testing.T) {
	assert.True(t, Span{Start: 3, End: 3}.Empty())
	assert.True(t, Span{Start: 5, End: 3}.Empty())
	assert.False(t, Span{Start: 3, End: 4}.Empty())
}

func TestAddDateMention(t *testing.T) {
	e := &Entity{Type: "DATE"}
	e.AddDateMention(Span{Start: 0, End: 5}, 0)
	e.AddDateMention(Span{Start: 3, End: 8}, 0) // overlaps the last one
	e.AddDateMention(Span{Start: 5, End: 9}, 1)
	assert.Equal(t, []Mention{{Span: Span{Start: 0, End: 5}}, {Span: Span{Start: 5, End: 9}, Sent: 1}}, e.Mentions)
}

func TestFirst(t *testing.T) {
	assert.Equal(t, -1, (&Entity{}).First())
	e := &Entity{Mentions: []Mention{{Span: Span{Start: 30, End: 33}}, {Span: Span{Start: 10, End: 13}}}}
	assert.Equal(t, 10, e.First(), "the earliest, whatever the order of the list")
}

func TestAliasList(t *testing.T) {
	e := &Entity{
		Name: "한국항공우주산업", English: "Korea Aerospace Industries",
		Aliases: []string{"KAI", "한국항공우주산업"},
		Entry:   &lexicon.Entry{Aliases: []string{"KAI", "카이"}},
	}
	assert.Equal(t, []string{"KAI", "카이"}, e.AliasList(), "each once, not the name")
	assert.Empty(t, (&Entity{Name: "서울"}).AliasList())
}

func TestHasMention(t *testing.T) {
	e := &Entity{Mentions: []Mention{{Span: Span{Start: 3, End: 9}}}}
	assert.True(t, e.HasMention(Span{Start: 3, End: 9}))
	assert.False(t, e.HasMention(Span{Start: 3, End: 6}), "exactly the span")
}
