package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLocalFacilities(t *testing.T) {
	for _, tc := range []struct {
		text  string
		want  string // a LOCATION that must be found ("" for none)
		not   string // a LOCATION that must not be found
		place string // the city, which keeps its own entity when the facility is named alone
	}{
		{"대구 와룡시장 그랜저 차량 사고가 났다.", "와룡시장", "대구 와룡시장", "대구"},
		{"개막식은 베이징 국가체육장에서 열렸다.", "베이징 국가체육장", "국가체육장", ""},
		// a city and 시장 make the mayor's title
		{"경기 수원시장은 말했다.", "", "수원시장", ""},
		{"대구 대구시장은 말했다.", "", "대구시장", ""},
	} {
		doc := extractText(t, tc.text)
		names := map[string]bool{}
		for _, e := range doc.Entities {
			if e.Type == TypeLocation {
				names[e.Name] = true
			}
		}
		if tc.want != "" {
			assert.True(t, names[tc.want], "%s: %v", tc.text, names)
		}
		assert.False(t, names[tc.not], "%s: %v", tc.text, names)
		if tc.place != "" {
			assert.True(t, names[tc.place], "%s: %v", tc.text, names)
		}
		checkSpans(t, tc.text, doc)
	}
}
