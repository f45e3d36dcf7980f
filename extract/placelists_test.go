package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/kextract/kextract/extract/ner"
)

// A place span listing places with slashes is one span per place.
func TestSplitSlashedPlaces(t *testing.T) {
	text := "강원 태백/영월/평창/정선 선거구와 화천/양구"
	a := &analysis{clean: text}
	span := func(s string, label string) ner.Span {
		i := strings.Index(text, s)
		return ner.Span{Start: i, End: i + len(s), Label: label}
	}
	got := a.splitSlashedPlaces([]ner.Span{span("태백/영월/평창/정선", "LC"), span("화천/양구", "OG"), span("강원", "LC")})
	var texts []string
	for _, s := range got {
		texts = append(texts, s.Label+":"+text[s.Start:s.End])
	}
	assert.Equal(t, []string{"LC:태백", "LC:영월", "LC:평창", "LC:정선", "OG:화천/양구", "LC:강원"}, texts)
}

// Chinese characters in brackets after a Hangul word gloss it.
func TestHanjaGloss(t *testing.T) {
	tests := []struct {
		text, span string
		want       bool
	}{
		{"이대호(李大浩)가 홈런을", "李大浩", true},
		{"낙인(烙印)이 찍혀", "烙印", true},
		{"이시카와현(石川県)에서", "石川県", true},
		{"李大浩가 홈런을", "李大浩", false},
		{"(李大浩)가", "李大浩", false},
		{"이대호(Lee)가", "Lee", false},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			a := &analysis{clean: tc.text}
			i := strings.Index(tc.text, tc.span)
			assert.Equal(t, tc.want, a.hanjaGloss(i, i+len(tc.span)))
		})
	}
}
