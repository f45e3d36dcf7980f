package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	ent "github.com/kextract/kextract/extract/internal/entity"
)

// TestLinkShortForms checks that the people and organizations an article
// names again by a shorter form are one entity each, named in full.
func TestLinkShortForms(t *testing.T) {
	tests := []struct {
		name, in     string
		typ, entity  string
		wantMentions []string
	}{
		{"surname and title", "한국농어촌공사 한광석 천수만사업단장은 물이 부족하다고 말했다. 한 단장은 대책을 요구했다.",
			TypePerson, "한광석", []string{"한광석", "한 단장"}},
		{"abbreviation", "중앙선거관리위원회는 19일 보도자료를 냈다. 선관위는 의혹을 부인했다.",
			TypeOrg, "중앙선거관리위원회", []string{"중앙선거관리위원회", "선관위"}},
		{"state body without its first part", "국민안전처는 태풍 피해를 집계했다. 안전처는 실종자가 3명이라고 밝혔다.",
			TypeOrg, "국민안전처", []string{"국민안전처", "안전처"}},
		{"Latin abbreviation in brackets", "남태평양관광기구(SPTO)는 회의를 열었다. SPTO는 관광객이 늘었다고 밝혔다.",
			TypeOrg, "남태평양관광기구", []string{"남태평양관광기구", "SPTO", "SPTO"}},
		{"Hangul abbreviation in brackets", "북한의 조국평화통일위원회(조평통)가 성명을 냈다. 조평통 측은 회담을 거부했다.",
			TypeOrg, "조국평화통일위원회", []string{"조국평화통일위원회", "조평통", "조평통"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := extractText(t, tt.in)
			checkSpans(t, tt.in, doc)
			var found *Entity
			for i, e := range doc.Entities {
				if e.Type == tt.typ && e.Name == tt.entity {
					found = &doc.Entities[i]
				}
			}
			require.NotNil(t, found, "%+v", doc.Entities)
			var got []string
			for _, m := range found.Mentions {
				got = append(got, m.Text)
			}
			assert.Equal(t, tt.wantMentions, got)
		})
	}
}

func TestPlaceForms(t *testing.T) {
	tests := []struct {
		name, in string
		want     map[string]int // place name -> mentions
	}{
		{"a place with and without the word for its kind",
			"후쿠시마현 주민들이 대피했다. 후쿠시마에는 비가 내렸다.",
			map[string]int{"후쿠시마현": 2}},
		{"a place written with and without a space",
			"시민들이 광화문 광장에 모였다. 광화문광장은 붐볐다.",
			map[string]int{"광화문": 2}},
		{"a city and its state stay two places",
			"뉴욕주 의회가 법안을 통과시켰다. 뉴욕 시민들은 환영했다.",
			map[string]int{"뉴욕주": 1, "뉴욕": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := extractText(t, tt.in)
			checkSpans(t, tt.in, doc)
			got := map[string]int{}
			for _, e := range doc.Entities {
				if e.Type == TypeLocation {
					got[e.Name] = len(e.Mentions)
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestEntityTypesAgree: the entity package links by the same type strings
// the JSON writes.
func TestEntityTypesAgree(t *testing.T) {
	assert.Equal(t,
		[]string{TypePerson, TypeOrg, TypeLocation, TypeDate, TypeTime},
		[]string{ent.Person, ent.Org, ent.Location, ent.Date, ent.Time})
}
