package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A name glossed with an age in brackets is a person; a common noun with
// a number in brackets, or someone unnamed (박모(35)), is not a named one.
func TestPersonBeforeAge(t *testing.T) {
	tests := []struct {
		text   string
		people []string
	}{
		{"위원회는 수상자로 밥 딜런(75)을 선정했다.", []string{"밥 딜런"}},
		{"홍길동(43)은 집으로 돌아갔다.", []string{"홍길동"}},
		{"올해 매출(3)은 늘었다.", nil},
		{"사과(3)를 샀다.", nil},
		{"그 제품 라인(12)은 많다.", nil},
		{"약혼남 박모(35)씨가 신고했다.", []string{"박모"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			doc := extractText(t, tc.text)
			checkSpans(t, tc.text, doc)
			var got []string
			for _, e := range doc.Entities {
				if e.Type == TypePerson {
					got = append(got, e.Name)
				}
			}
			assert.Equal(t, tc.people, got)
		})
	}
}

func TestAgeNumber(t *testing.T) {
	for w, want := range map[string]bool{"75": true, "67세": true, "3": true, "1234": false, "07": false, "": false, "세": false, "7a": false} {
		assert.Equal(t, want, ageNumber(w), w)
	}
}
