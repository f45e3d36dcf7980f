package extract

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// People named by a surname or a letter and an honorific are persons whose
// mention is the whole reference, honorific included (A씨, 박 씨, 김 모씨), a
// gloss in brackets left out (A(34)씨); words that merely end like one are
// not.
func TestAnonymousPeople(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string // person mentions, in order
	}{
		{"A씨는 경찰 조사에서 혐의를 부인했다.", []string{"A씨"}},
		{"경찰은 A(34)씨를 불구속 입건했다.", []string{"A"}},
		{"A 씨가 먼저 연락했고 B씨가 답했다.", []string{"A 씨", "B씨"}},
		{"김모(43)씨가 현장에서 체포됐다.", []string{"김모"}},
		{"이씨는 혐의를 인정했다.", []string{"이씨"}},
		{"박 씨는 취재진에게 아무 말도 하지 않았다.", []string{"박 씨"}},
		{"김모 씨는 같은 날 숨졌다.", []string{"김모 씨"}},
		{"택시기사 김 모씨는 길을 잃었다.", []string{"김 모씨"}},
		{"이모씨는 혐의를 인정했다.", []string{"이모씨"}},
		{"시민연대 양모 대표는 혐의를 부인했다.", []string{"양모"}},
		{"양 씨는 혐의를 부인했다.", []string{"양 씨"}},
		{"그는 안전행정부 김모(49) 국장에게서 조회를 부탁받았다.", []string{"김모"}},
		{"B 중위는 A 대령에게 거부 의사를 밝혔다.", []string{"B 중위", "A 대령"}},
		{"김모(49) 결정했다.", nil},
		{"가수 김종민 씨가 받아쓰기 답을 적었다.", []string{"김종민"}},
		{"그의 솜씨는 뛰어났다.", nil},
		{"서양 음식과 해군은 관계가 없다.", nil},
		{"플랜 A를 택했다.", nil},
		{"신고한 건물주 박 모 씨(61세)는 문이 잠겨 있었다고 말했다.", []string{"박 모 씨"}},
		{"수사팀은 정 모가 혼자 범행했다고 보고, 정 모의 휴대전화를 분석했다.", []string{"정 모", "정 모"}},
		{"이 모든 풍경은 그림 같았다.", nil},
		// 아무개, "so-and-so", as 모: one unnamed person, not 박 and 아무개
		{"그의 부인인 박 아무개씨가 6촌이라는 얘기가 있었다.", []string{"박 아무개씨"}},
		{"이 사고로 69살 최 아무개가 다쳤고 최 아무개의 조수석에 타 있던 사람도 다쳤다.", []string{"최 아무개", "최 아무개"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			assert.Equal(t, tc.mentions, personMentions(extractText(t, tc.text)))
		})
	}
}

// Words that only look like a name before a title are not people.
func TestNotNamesBeforeTitles(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
	}{
		{"중앙일보는 당국자의 말을 빌려 김 하사가 업무를 맡는다고 보도했다.", []string{"김 하사"}},
		{"이 자리에서 두 후보는 부채 문제에 대해 공방을 벌였다.", nil},
		{"이때 윤아는 매니저의 팔을 가볍게 쳤다.", nil},
		{"B씨는 A씨와 동거했던 것으로 경찰 조사결과 나타났다.", []string{"B씨", "A씨"}},
		{"유력한 수상 후보로 꼽혔다.", nil},
		{"당시 민정수석을 지낸 곽상도 자유한국당 의원은 해명했다.", []string{"곽상도"}},
		{"이씨가 실종된 뒤 이 영상이 공개됐다.", []string{"이씨"}},
		// an adverb in 히 from a noun (단순히) is no name; a name in 히 is
		{"그의 막말은 단순히 후보 개인의 문제가 아니다.", nil},
		{"하인리히 대변인은 말했다.", []string{"하인리히"}},
		// adverbs, a verb of a postposition, a noun and 과, a title are no
		// words of the name after them
		{"하지만 사회의 폐쇄성과 장성택 전 부위원장이 처형된 것을 고려하면 이상하다.", []string{"장성택"}},
		{"세간의 관심과 달리 박영준 서울대 교수는 기술을 강조했다.", []string{"박영준"}},
		{"당 지도부를 비롯해 홍보수석 등이 참석했다.", nil},
		{"시간이 지나서 후반전이 되었고, 갑자기 소마 선수가 골을 넣게 된다. 이후 사사키 선수와 마치노 선수가 골을 넣었다.", []string{"소마", "사사키", "마치노"}},
		// a noun and 시 ("at the time of"), 때, an agency before its
		// minister, 고 (故) before a full name are no names
		{"그러나 재난시 총리가 지휘를 하든, 국가안전처 장관이 지휘를 하든 상관없다.", nil},
		{"대형 화재나 재난 사고 때 소방청장의 책임까지 커진다.", nil},
		{"그 외 고 김대중 대통령의 친필 휘호가 있다.", []string{"김대중"}},
		{"다나카 히로시 교수는 말했다.", []string{"다나카 히로시"}},
		// a group (주민들, 관계자) is no role of a person
		{"오천면 소성리 지역 주민들은 갯벌에서 먹고 살았다.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			doc, err := testExtractorNoModel(t).Extract(context.Background(), Input{Text: tc.text})
			require.NoError(t, err)
			assert.Equal(t, tc.mentions, personMentions(doc))
		})
	}
}

// personMentions lists the texts of the person mentions of doc, entity by
// entity.
func personMentions(doc *Document) []string {
	var got []string
	for _, e := range doc.Entities {
		if e.Type != TypePerson {
			continue
		}
		for _, m := range e.Mentions {
			got = append(got, m.Text)
		}
	}
	return got
}

// TestCertainPersonIsOwnEntity: 김 모씨 ("a certain Kim") is one person of
// their own, named as written, never the named 김영오 of the article.
func TestCertainPersonIsOwnEntity(t *testing.T) {
	tests := []struct{ text, name string }{
		{"김영오씨는 단식을 이어갔다. 택시기사 김 모씨는 길을 잃었다.", "김 모씨"},
		{"김영오씨는 단식을 이어갔다. 김모(43)씨가 체포됐다.", "김모"},
		{"김영오씨는 단식을 이어갔다. 김모씨는 혐의를 부인했다.", "김모씨"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			doc := extractText(t, tc.text)
			var names []string
			for _, e := range doc.Entities {
				if e.Type == TypePerson {
					names = append(names, e.Name)
				}
			}
			assert.ElementsMatch(t, []string{"김영오", tc.name}, names)
		})
	}
}

// TestHonorificJoinsTheUnnamedPerson checks that a surname and an
// honorific after an unnamed person of that surname (김씨 after 김 모씨,
// 최씨 after 최 아무개) is that person, whatever the tagger reads there.
func TestHonorificJoinsTheUnnamedPerson(t *testing.T) {
	tests := []struct {
		text, name string
		mentions   []string
	}{
		{"이 사고로 69살 김 모씨가 다쳤다. 김씨는 병원으로 옮겨졌다.", "김 모씨", []string{"김 모씨", "김씨"}},
		{"이 사고로 69살 최 아무개가 다쳤다. 최씨는 병원으로 옮겨졌다.", "최 아무개", []string{"최 아무개", "최씨"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			doc := extractText(t, tc.text)
			checkSpans(t, tc.text, doc)
			var people []Entity
			for _, e := range doc.Entities {
				if e.Type == TypePerson {
					people = append(people, e)
				}
			}
			require.Len(t, people, 1, "%+v", people)
			assert.Equal(t, tc.name, people[0].Name)
			var got []string
			for _, m := range people[0].Mentions {
				got = append(got, m.Text)
			}
			assert.Equal(t, tc.mentions, got)
		})
	}
}

// TestCertainApartName checks that a surname and 모 written apart name one
// unnamed person, named as written.
func TestCertainApartName(t *testing.T) {
	tests := []struct{ text, name string }{
		{"신고한 건물주 박 모 씨(61세)는 문이 잠겨 있었다고 말했다.", "박 모 씨"},
		{"수사팀은 정 모가 혼자 범행했다고 보고, 정 모의 휴대전화를 분석했다.", "정 모"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			doc := extractText(t, tc.text)
			checkSpans(t, tc.text, doc)
			var names []string
			for _, e := range doc.Entities {
				if e.Type == TypePerson {
					names = append(names, e.Name)
				}
			}
			assert.Equal(t, []string{tc.name}, names)
		})
	}
}
