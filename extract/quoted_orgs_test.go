package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestQuotedOrgs(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		found      bool
	}{
		{"그는 ‘일제강제징용노동자상건립추진위’를 주도하는 단체들을 고발했다.", "일제강제징용노동자상건립추진위", true},
		{"발표는 ‘한국고고학회’ 회원들이 맡았다.", "한국고고학회", true},
		{"주민들은 '송전탑건설 반대대책위'를 꾸렸다.", "송전탑건설 반대대책위", true},
		// a law, a film and a shop end in one-syllable or court suffixes
		{"이는 ‘표시광고법’ 위반이다.", "표시광고법", false},
		{"영화 ‘겨울왕국’이 개봉했다.", "겨울왕국", false},
		{"동네 ‘미용실’에 들렀다.", "미용실", false},
		// the suffix alone is no name
		{"이른바 ‘대책위’가 꾸려졌다.", "대책위", false},
	} {
		doc := extractText(t, tc.text)
		got := false
		for _, e := range doc.Entities {
			if e.Type == TypeOrg && e.Name == tc.name {
				got = true
			}
		}
		assert.Equal(t, tc.found, got, tc.text)
		checkSpans(t, tc.text, doc)
	}
}

func TestCommitteeShortForms(t *testing.T) {
	text := "그는 ‘일제강제징용노동자상건립추진위’를 비판했다. 토론회를 제안했으나 추진위 측은 거부했다."
	doc := extractText(t, text)
	var texts []string
	for _, e := range doc.Entities {
		if e.Name == "일제강제징용노동자상건립추진위" {
			for _, m := range e.Mentions {
				texts = append(texts, m.Text)
			}
		}
	}
	assert.Equal(t, []string{"일제강제징용노동자상건립추진위", "추진위"}, texts)
	checkSpans(t, text, doc)
}
