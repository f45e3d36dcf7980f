package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMentionDrops(t *testing.T) {
	e := &entity{Name: "한국항공우주산업"}
	a := &analysis{}
	for _, s := range []span{{Start: 0, End: 3}, {Start: 10, End: 13}, {Start: 20, End: 23}, {Start: 30, End: 33}} {
		a.addMention(e, s, 0)
	}
	d := mentionDrops{}
	d.drop(&a.mentions, mref(10, 13, e))
	d.drop(&a.mentions, mref(30, 33, e))
	// the index knows at once, the list after the flush
	assert.False(t, a.mentions.Has(mref(10, 13, e)))
	assert.Len(t, e.Mentions, 4)
	d.flush()
	var got []span
	for _, m := range e.Mentions {
		got = append(got, m.Span)
	}
	assert.Equal(t, []span{{Start: 0, End: 3}, {Start: 20, End: 23}}, got, "the rest in their order")
	assert.Empty(t, d)
}

// TestRemoveMention checks that a removal reaches the list and the index
// at once and leaves the other mentions in their order.
func TestRemoveMention(t *testing.T) {
	e := &entity{Name: "하성용"}
	a := &analysis{}
	for _, s := range []span{{Start: 0, End: 3}, {Start: 10, End: 13}, {Start: 20, End: 23}} {
		a.addMention(e, s, 0)
	}
	a.removeMention(mref(10, 13, e))
	assert.False(t, a.mentions.Has(mref(10, 13, e)))
	assert.Equal(t, []mention{{Span: span{Start: 0, End: 3}}, {Span: span{Start: 20, End: 23}}}, e.Mentions)
	a.removeMention(mref(40, 43, e))
	assert.Len(t, e.Mentions, 2, "a mention it does not have changes nothing")
}

func TestEntitiesStarting(t *testing.T) {
	kim, lee, kim2 := &entity{Name: "김철수"}, &entity{Name: "이영희"}, &entity{Name: "김 의원"}
	a := &analysis{ents: []*entity{kim, lee}}
	assert.Equal(t, []*entity{kim}, a.entitiesStarting("김"))
	a.ents = append(a.ents, kim2)
	assert.Equal(t, []*entity{kim, kim2}, a.entitiesStarting("김"), "entities added since are indexed")
	// the list rebuilt (linking drops entities): the index follows
	a.ents = []*entity{lee, kim2}
	assert.Equal(t, []*entity{kim2}, a.entitiesStarting("김씨"))
	a.ents = []*entity{lee, kim}
	assert.Equal(t, []*entity{kim}, a.entitiesStarting("김"), "same length, other entities")
	require.Empty(t, a.entitiesStarting("박"))
}
