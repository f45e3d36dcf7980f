package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The names of tropical storms, after 태풍 or in a list in brackets after
// it, with their Latin spelling, are no people, places or organizations.
func TestStormNames(t *testing.T) {
	tests := []struct {
		text  string
		names []string // entity names of the document, in order
	}{
		{"제14호 태풍 ‘덴빈’(TEMBIN)이 북상했다. 덴빈은 느리게 남쪽으로 이동했다.", nil},
		{"제1호 태풍 파나피는 어제 낮 중국 쪽으로 이동했다. 태풍 파나피의 영향을 받지 않았다.", []string{"중국"}},
		{"올해 한반도를 지난 세 개의 태풍(덴빈, 볼라벤, 산바)은 큰 피해를 남겼다.", []string{"한반도"}},
		{"태풍 매미가 부산을 강타했다.", []string{"부산"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			doc := extractText(t, tc.text)
			var got []string
			for _, e := range doc.Entities {
				if e.Type == TypePerson || e.Type == TypeOrg || e.Type == TypeLocation {
					got = append(got, e.Name)
				}
			}
			assert.Equal(t, tc.names, got)
		})
	}
}

// stormNames reads the names after a storm word, a bracketed list and the
// Latin spelling, and nothing from words that only hold 태풍.
func TestStormNamesList(t *testing.T) {
	a := &analysis{x: testExtractorNoModel(t)}
	tests := []struct {
		text string
		want map[string]bool
	}{
		{"제14호 태풍 ‘덴빈’(TEMBIN)이", map[string]bool{"덴빈": true, "TEMBIN": true}},
		{"태풍(덴빈, 볼라벤, 산바)은", map[string]bool{"덴빈": true, "볼라벤": true, "산바": true}},
		{"허리케인 카트리나가", map[string]bool{"카트리나": true}},
		{"태풍의 눈", nil},
		{"태풍 피해를 입었다", nil},
		{"태풍 제주 상륙", nil},
		{"태풍", nil},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			assert.Equal(t, tc.want, a.stormNames(tc.text))
		})
	}
}
