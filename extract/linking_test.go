package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

// TestLinkAliases: a place the tagger found under another of its names
// (대한민국) joins the lexicon's entity (한국), one entity for one country.
func TestLinkAliases(t *testing.T) {
	x := testExtractorNoModel(t)
	text := "한국 정부와 대한민국 국회"
	en, ok := x.lex.Lookup("한국")
	require.True(t, ok)
	a := &analysis{x: x, clean: text}
	lexEnt := &entity{Type: TypeLocation, Name: "한국", Entry: en}
	tagged := &entity{Type: TypeLocation, Name: "대한민국"}
	other := &entity{Type: TypeLocation, Name: "서울"}
	a.ents.Append(lexEnt, tagged, other)
	a.ents.Add(lexEnt, span{Start: 0, End: len("한국")}, 0)
	at := len("한국 정부와 ")
	a.ents.Add(tagged, span{Start: at, End: at + len("대한민국")}, 0)
	a.linkShortForms()
	require.Len(t, a.ents.All(), 2)
	assert.Same(t, lexEnt, a.ents.All()[0])
	assert.Len(t, lexEnt.Mentions, 2)
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

func TestLinkSessions(t *testing.T) {
	x := testExtractorNoModel(t)
	tests := []struct {
		text, session, body string
		merged              bool
	}{
		{"국회는 정기국회 일정에 합의했다", "정기국회", "국회", true},
		{"의회는 임시의회를 열었다", "임시의회", "의회", true},
		{"정기국회가 끝났다 국민의힘", "정기국회", "국민의힘", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			a := &analysis{x: x, clean: tt.text}
			body := &entity{Type: TypeOrg, Name: tt.body}
			sess := &entity{Type: TypeOrg, Name: tt.session}
			a.ents.Append(body, sess)
			bi := strings.Index(tt.text, tt.body)
			a.ents.Add(body, span{Start: bi, End: bi + len(tt.body)}, 0)
			si := strings.Index(tt.text, tt.session)
			a.ents.Add(sess, span{Start: si, End: si + len(tt.session)}, 0)
			a.linkSessions()
			if tt.merged {
				assert.Empty(t, sess.Type, "the sitting is merged away")
				assert.Len(t, body.Mentions, 2)
			} else {
				assert.Equal(t, TypeOrg, sess.Type)
				assert.Len(t, body.Mentions, 1)
			}
		})
	}
}
