package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// person returns a person with the given name words and mentions at the
// given starts (three bytes long each).
func person(parts []string, role string, starts ...int) *Entity {
	e := &Entity{Type: "PERSON", Parts: parts, Role: role}
	for i, p := range parts {
		if i > 0 {
			e.Name += " "
		}
		e.Name += p
	}
	for _, s := range starts {
		e.Mentions = append(e.Mentions, Mention{Span: Span{Start: s, End: s + 3}})
	}
	return e
}

func TestFamilyNameFirst(t *testing.T) {
	abe := person([]string{"아베", "신조"}, "", 0)
	pierre := person([]string{"카린", "장-피에르"}, "", 10)
	short := func(name string, at int) *Entity { return person([]string{name}, "", at) }

	assert.Same(t, abe, FamilyNameFirst([]*Entity{abe, pierre}, short("아베", 50)))
	late := person([]string{"아베", "신조"}, "", 60)
	assert.Nil(t, FamilyNameFirst([]*Entity{late}, short("아베", 50)), "not named before the short form")
	other := person([]string{"아베", "히로시"}, "", 20)
	assert.Nil(t, FamilyNameFirst([]*Entity{abe, other}, short("아베", 50)), "two people fit")
	ends := person([]string{"신조", "아베"}, "", 30)
	assert.Nil(t, FamilyNameFirst([]*Entity{abe, ends}, short("아베", 50)), "another name ends with it")
}

func TestPickFull(t *testing.T) {
	kimA := person([]string{"김철수"}, "의원", 0)
	kimB := person([]string{"김영희"}, "장관", 20)
	short := person([]string{"김"}, "의원", 60)

	assert.Nil(t, PickFull(short, nil))
	assert.Same(t, kimB, PickFull(short, []*Entity{kimB}), "the only candidate")
	assert.Same(t, kimA, PickFull(short, []*Entity{kimA, kimB}), "the one with the title")
	none := person([]string{"김"}, "", 60)
	assert.Same(t, kimB, PickFull(none, []*Entity{kimA, kimB}), "else the nearest before")
	chair := person([]string{"김민수"}, "국회의원", 40)
	assert.Same(t, chair, PickFull(short, []*Entity{kimB, chair}), "a role ending with the title")
}

func TestLastNamedBefore(t *testing.T) {
	a := person([]string{"가"}, "", 0, 40)
	b := person([]string{"나"}, "", 20, 80)
	assert.Same(t, a, LastNamedBefore([]*Entity{a, b}, 50))
	assert.Same(t, b, LastNamedBefore([]*Entity{a, b}, 90))
	assert.Nil(t, LastNamedBefore([]*Entity{a, b}, 0), "nothing starts before the start")
}
