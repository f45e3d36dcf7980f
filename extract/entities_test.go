package extract

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func entityNamed(doc *Document, name string) *Entity {
	for i := range doc.Entities {
		if doc.Entities[i].Name == name {
			return &doc.Entities[i]
		}
	}
	return nil
}

func TestPeopleRolesAffiliations(t *testing.T) {
	tests := []struct {
		name, in                  string
		person, role, affiliation string
	}{
		{"title before the name", "골드만삭스의 수석 이코노미스트 얀 하치우스는 금리를 전망했다.", "얀 하치우스", "수석 이코노미스트", "골드만삭스"},
		{"title after the name", "삼성전자의 김철수 사장은 신제품을 소개했다.", "김철수", "사장", "삼성전자"},
		{"former title with a country", "앙겔라 메르켈 전 독일 총리의 연설이 화제다.", "앙겔라 메르켈", "전 독일 총리", ""},
		{"role clause", "현대자동차에서 연구개발 부문 부사장을 맡고 있는 존 스미스는 계획을 밝혔다.", "존 스미스", "부사장", "현대자동차"},
		{"honorific 씨", "이 사건의 피해자 김영수씨는 경찰에 신고했다.", "김영수", "", ""},
		{"foreign name ending like a connective", "토니 카니 백악관 대변인은 브리핑에서 입장을 밝혔다.", "토니 카니", "백악관 대변인", "백악관"},
		{"office before the name", "구청은 공사를 미뤘다. 교통정책국 박정우 보행환경팀장은 주민의 협조를 당부했다.", "박정우", "보행환경팀장", "교통정책국"},
		{"party with 에서는", "정의당에서는 김민수 대변인이 논평을 냈다.", "김민수", "대변인", "정의당"},
		{"head in brackets", "국세청(청장 이상훈)은 세무조사 결과를 발표했다.", "이상훈", "청장", "국세청"},
		{"body before the name", "국민의힘은 회의를 열었다. 국민의힘 한동민은 기자들과 만났다.", "한동민", "", "국민의힘"},
		{"department in 과 inside the role", "이에 대해 정민호 서울대 경제학과 교수는 금리 인하를 전망했다.", "정민호", "서울대 경제학과 교수", "서울대학교"},
		{"title in a copula clause", "한때 유명 배우였던 최서진은 복귀를 선언했다.", "최서진", "유명 배우", ""},
		{"one of the titles", "국내 최고의 작곡가 중 하나인 윤재민은 새 앨범을 냈다.", "윤재민", "작곡가", ""},
		{"mayor of a city before a noun", "시민들은 오세진 부산시장 취임 이후 달라졌다고 말했다.", "오세진", "부산시장", ""},
		{"title compound naming the body", "여야는 국회에서 대치했다. 최정호 국회의장은 중재안을 냈다.", "최정호", "국회의장", "국회"},
		{"a party officer after the party's sentence", "새누리당은 민주당이 예산을 볼모로 잡지 말라고 성토했다. 최경환 원내대표는 협상을 제안했다.", "최경환", "원내대표", "새누리당"},
		{"the party before a word that carries the topic", "반면 국민의힘 정당에서는 논평을 냈다. 주호영 원내대표는 개혁을 요구했다.", "주호영", "원내대표", "국민의힘"},
		{"a group's member after the group's sentence", "레드벨벳이 패션계에 발을 들인 것은 처음이 아니다. 리더 아이린은 잡지 모델이 됐다.", "아이린", "리더", "레드벨벳"},
		{"a new paragraph breaks the tie to the party", "새누리당은 성토했다.\n최경환 원내대표는 협상을 제안했다.", "최경환", "원내대표", ""},
		{"a role that is no party office", "새누리당은 성토했다. 최경환 교수는 협상을 제안했다.", "최경환", "교수", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := extractText(t, tt.in)
			checkSpans(t, tt.in, doc)
			p := entityNamed(doc, tt.person)
			require.NotNil(t, p, "%+v", doc.Entities)
			assert.Equal(t, "PERSON", p.Type)
			assert.Equal(t, tt.role, p.Role)
			if tt.affiliation == "" {
				assert.Empty(t, p.Affiliation)
				return
			}
			org := entityNamed(doc, tt.affiliation)
			require.NotNil(t, org)
			assert.Equal(t, org.ID, p.Affiliation)
		})
	}
}

// TestPlaceChains: an address or a dateline strings places together (경북
// 성주군, 광주광역시 북구 중흥동); each place is an entity of its own, and a
// building keeps the city it stands in (부산 가톨릭센터).
func TestPlaceChains(t *testing.T) {
	tests := []struct {
		name, in string
		places   []string
		not      []string
	}{
		{"province and county", "국방부는 경북 성주군에 포대를 배치한다고 밝혔다.", []string{"경상북도", "성주"}, []string{"경북 성주군"}},
		{"city, district and neighbourhood", "사고는 대구광역시 수성구 범어동의 한 주택에서 일어났다.", []string{"대구", "수성구", "범어동"}, []string{"대구광역시 수성구 범어동"}},
		{"country and city", "정상회의는 러시아 소치에서 열릴 예정이었다.", []string{"러시아", "소치"}, []string{"러시아 소치"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := extractText(t, tt.in)
			checkSpans(t, tt.in, doc)
			var names []string
			for _, e := range doc.Entities {
				if e.Type == TypeLocation {
					names = append(names, e.Name)
				}
			}
			for _, p := range tt.places {
				assert.Contains(t, names, p)
			}
			for _, p := range tt.not {
				assert.NotContains(t, names, p)
			}
		})
	}
}

func TestNotEntities(t *testing.T) {
	in := "그는 이번 회의에서 시장 구조를 설명했다. 이는 양사 모두에게 중요하다. 전문가들은 AI와 데이터센터가 핵심이라고 본다."
	doc := extractText(t, in)
	for _, e := range doc.Entities {
		assert.NotContains(t, []string{"PERSON", "ORG", "LOCATION"}, e.Type, "unexpected entity %s %q", e.Type, e.Name)
	}
}

func TestLexiconClustersAliases(t *testing.T) {
	in := "마이크로소프트(MS)는 투자를 줄였다. MS는 오픈AI와 협력한다. 美 정부도 주목한다. 미국과 중국은 경쟁한다."
	doc := extractText(t, in)
	ms := entityNamed(doc, "마이크로소프트")
	require.NotNil(t, ms)
	assert.Len(t, ms.Mentions, 3)
	us := entityNamed(doc, "미국")
	require.NotNil(t, us)
	var forms []string
	for _, m := range us.Mentions {
		forms = append(forms, m.Text)
	}
	assert.ElementsMatch(t, []string{"美", "미국"}, forms)
}

func TestDates(t *testing.T) {
	x, err := New(WithDate("2025-04-07"))
	require.NoError(t, err)
	in := "올해 1월 계약했다. 지난해 3월에도 그랬다. 회의는 2024년 12월 5일 오후 3시 30분에 열렸다. 내년 상반기에 완공된다. 앞서 2월 보고서를 냈다."
	doc, err := x.Extract(context.Background(), Input{Text: in})
	require.NoError(t, err)
	got := map[string]string{}
	for _, e := range doc.Entities {
		if e.Type == "DATE" || e.Type == "TIME" {
			for _, m := range e.Mentions {
				got[m.Text] = e.Value
			}
		}
	}
	assert.Equal(t, map[string]string{
		"올해 1월":        "2025-01",
		"지난해 3월":       "2024-03",
		"2024년 12월 5일": "2024-12-05",
		"오후 3시 30분":    "2024-12-05T15:30",
		"내년 상반기":       "2026-H1",
		"2월":           "2025-02",
	}, got)
}

func TestConversion(t *testing.T) {
	in := "총 5,000억 달러(약 700조 원)가 투입되며, 이 중 10억 달러는 연구에 쓰인다. 유럽에는 2억 유로를 쓴다."
	t.Run("document rate", func(t *testing.T) {
		x, err := New(WithTargetCurrency("KRW"))
		require.NoError(t, err)
		doc, err := x.Extract(context.Background(), Input{Text: in})
		require.NoError(t, err)
		require.Len(t, doc.Amounts, 3)
		c := doc.Amounts[1].Converted
		require.NotNil(t, c)
		assert.Equal(t, "1400000000000", c.Value.String())
		assert.Equal(t, "document", c.RateSource)
		assert.Nil(t, doc.Amounts[2].Converted, "no EUR rate")
		require.NotEmpty(t, doc.Warnings)
		assert.Equal(t, "no-rate", doc.Warnings[0].Code)
	})
	t.Run("given rate wins", func(t *testing.T) {
		x, err := New(WithTargetCurrency("KRW"), WithRate("USD", "1385.2"), WithRate("EUR", "1500"))
		require.NoError(t, err)
		doc, err := x.Extract(context.Background(), Input{Text: in})
		require.NoError(t, err)
		assert.Equal(t, "1385200000000", doc.Amounts[1].Converted.Value.String())
		assert.Equal(t, "given", doc.Amounts[1].Converted.RateSource)
		assert.Equal(t, "300000000000", doc.Amounts[2].Converted.Value.String())
	})
}
