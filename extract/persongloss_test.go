package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The Latin name in brackets after a person's Hangul name is their English
// name and a mention; a bracket of other words is not.
func TestPersonGlosses(t *testing.T) {
	tests := []struct {
		text, name, english string
		mentions            []string
	}{
		{"밥 딜런(75)이 선정됐다. 밥 딜런(Bob Dylan, 1941년 5월 24일~)은 가수다.", "밥 딜런", "Bob Dylan", []string{"밥 딜런", "밥 딜런", "Bob Dylan"}},
		{"밥 딜런(75)이 선정됐다. 밥 딜런(the singer)은 가수다.", "밥 딜런", "", []string{"밥 딜런", "밥 딜런"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			doc := extractText(t, tc.text)
			checkSpans(t, tc.text, doc)
			var e *Entity
			for i := range doc.Entities {
				if doc.Entities[i].Name == tc.name {
					e = &doc.Entities[i]
				}
			}
			if assert.NotNil(t, e) {
				assert.Equal(t, tc.english, e.English)
				var got []string
				for _, m := range e.Mentions {
					got = append(got, m.Text)
				}
				assert.Equal(t, tc.mentions, got)
			}
		})
	}
}

func TestLatinName(t *testing.T) {
	for x, want := range map[string]bool{"Bob Dylan": true, "Jean-Pierre Raffarin": true, "F. Duncan M. Haldane": true, "Bob": false, "the singer": false, "NASA": false, "Bob Dylan 1941": false} {
		assert.Equal(t, want, latinName(x), x)
	}
}
