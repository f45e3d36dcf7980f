package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The tagger's person spans lose what Korean writes next to a name and is
// no part of it, and words that are no person are left out.
func TestPersonSpanChecks(t *testing.T) {
	x := testExtractor(t)
	t.Run("plural", func(t *testing.T) {
		a := &analysis{x: x, clean: "해커들이 침투했다. 해커가 둘러봤다."}
		assert.True(t, a.pluralAfter(len("해커")))
		assert.False(t, a.pluralAfter(strings.Index(a.clean, "해커가")+len("해커")))
	})
	t.Run("listed", func(t *testing.T) {
		a := &analysis{x: x}
		for w, want := range map[string]bool{"베트남": true, "아시아": true, "삼성전자": true, "세종": false, "김철수": false} {
			assert.Equal(t, want, a.listedNonPerson(w), w)
		}
	})
	t.Run("language or people", func(t *testing.T) {
		a := &analysis{x: x}
		for w, want := range map[string]bool{"이탈리아어": true, "쿠르드족": true, "프랑스어": true, "김민어": false, "가족": false, "하인리히 어": false} {
			assert.Equal(t, want, a.languageOrPeople(w), w)
		}
	})
	t.Run("things", func(t *testing.T) {
		a := &analysis{x: x}
		for w, want := range map[string]bool{
			"렙토스피라증": true, "원숭이두창": true, "디스커버리호는": true, "천칭자리": true, "디스커버리호": true,
			"크리스퍼 시스템": true, "드라이브 코스": true, "가스터빈실 좌현": true,
			"김민호": false, "박준호": false, "마이클 잭슨": false, "톰 크루즈": false, "이호": false,
		} {
			assert.Equal(t, want, a.thingName(w), w)
		}
	})
	t.Run("verbal noun", func(t *testing.T) {
		a := &analysis{x: x, clean: "현재 수리가 늦어지고 있다. 밤을 새워 수리하고 있다. 김철수하고 이영희한테 물었다. 현상 유지했다."}
		for w, want := range map[string]bool{"수리": true, "유지": true, "김철수": false, "이영희": false, "현상 유지": false} {
			assert.Equal(t, want, a.verbalNoun(w), w)
		}
		assert.False(t, a.modelNameOK("송두리째", TypePerson))
	})
	t.Run("etc. after a name", func(t *testing.T) {
		for in, want := range map[string]string{"조스 스톤등": "조스 스톤", "데이비드 베컴": "데이비드 베컴", "김등": "김등", "마이클 잭슨": "마이클 잭슨"} {
			end, got := cutEtc(0, len(in), in)
			assert.Equal(t, want, got, in)
			assert.Equal(t, want, in[:end], in)
		}
		a := &analysis{x: x}
		assert.False(t, a.modelNameOK("구하기", TypePerson))
		doc := extractText(t, "국회에서 벌어진 '동료의원 구하기'부터 전하겠습니다.")
		for _, e := range doc.Entities {
			assert.NotEqual(t, TypePerson, e.Type, e.Name)
		}
	})
	t.Run("pronoun with a particle", func(t *testing.T) {
		a := &analysis{x: x}
		for w, want := range map[string]bool{"네가 이": false, "내가 김": false, "우리는 박": false, "이영희": true, "네이선 김": true} {
			assert.Equal(t, want, a.modelNameOK(w, TypePerson), w)
		}
	})
	for _, tc := range []struct{ text, span, want string }{
		{"안철수 전 의원이 창당했다.", "안철수 전", "안철수"},
		{"기소된 이광재 강원도지사에게 선고했다.", "이광재 강원", "이광재"},
		{"마이클 잭슨이 노래했다.", "마이클 잭슨", "마이클 잭슨"},
		{"하 전 사장은 말했다.", "하 전", "하"},
		{"전 세계가 봤다.", "전 세계", "전 세계"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			a := &analysis{x: x, clean: tc.text}
			start := strings.Index(tc.text, tc.span)
			end, text := a.titleTail(start, start+len(tc.span), tc.span)
			assert.Equal(t, tc.want, text)
			assert.Equal(t, tc.want, tc.text[start:end])
		})
	}
}

// Words next to a name that the tagger takes for one are no person of
// their own: 전 (former) after a name, a president-elect's title.
func TestPersonSpanDocuments(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
	}{
		{"원내 유일의 진보정당이 된 정의당은 6석, 안철수 전 의원이 창당한 국민의당은 3석을 얻었다.", []string{"안철수"}},
		{"대선 후보를 꿈꾸는 충남지사 안희정과 정부의 마찰로 비칠 수 있다. 안희정 충남지사는 정책을 발표했다.", []string{"안희정", "안희정"}},
		{"박근혜 대통령 당선자의 대통령직 인수위원회에서 청년특별위원으로 박칼린이 임명됐다.", []string{"박근혜", "박칼린"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			assert.Equal(t, tc.mentions, personMentions(extractText(t, tc.text)))
		})
	}
}

// A place's title (충남지사) is no organization of the tagger, nor a law, a
// rate, a banknote, a title or the acronym of a thing; the police of a
// place and a committee's short name are.
func TestCompoundTitleNoOrg(t *testing.T) {
	a := &analysis{x: testExtractor(t)}
	for w, want := range map[string]bool{
		"충남지사": false, "강원도지사": false, "종로경찰": true, "반일동상진실규명공대위": true, "국민의당": true,
		// laws, rates, banknotes, titles, acronyms of things
		"중대재해법": false, "정보통신망법": false, "BIS비율": false, "교부세율": false, "오천원권": false,
		"검찰총장": false, "ITU사무총장": false, "FTA": false, "ICBM": false,
		"한국법제연구원": true, "법무법인 율촌": true, "국민연금공단": true, "ITU": true,
		// common nouns name a body only as kinds of bodies
		"마찰": false, "성찰": false, "네트워크": false, "산림": false,
		"정부": true, "노조": true, "인민군": true, "천주교": true, "위원회": true, "교육청": true,
	} {
		assert.Equal(t, want, a.modelNameOK(w, TypeOrg), w)
	}
}
