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
		// a peak after its mountain, though it reads like a Korean name
		{"청계산 이수봉 등 곳곳을 다니다 붙잡혔다.", "이수봉", "", "청계산"},
		{"지리산 천왕봉에 올랐다.", "천왕봉", "", "지리산"},
		// a city whose name ends like a particle (산티아고: 고)
		{"칠레 정부는 산티아고 국제공항을 폐쇄했다.", "산티아고 국제공항", "국제공항", ""},
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

func TestPeakKeepsPerson(t *testing.T) {
	// a person named with a title after a mountain's name is no peak
	doc := extractText(t, "북한산 김수봉 회장은 말했다.")
	typ := ""
	for _, e := range doc.Entities {
		if e.Name == "김수봉" {
			typ = e.Type
		}
	}
	assert.Equal(t, TypePerson, typ)
}
