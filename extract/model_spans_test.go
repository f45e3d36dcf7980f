package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTrimMarks(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"‘일제강제징용노동자상건립추진위", "일제강제징용노동자상건립추진위"},
		{"«알라-토»", "알라-토"},
		{"‘4월 10일’", "4월 10일"},
		{"서울", "서울"},
		{"‘’", ""},
	} {
		s, e := trimMarks(tc.in, 0, len(tc.in))
		assert.Equal(t, tc.want, tc.in[s:e], tc.in)
	}
}

func TestCutOpenBracket(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"워싱턴포스트(WP", "워싱턴포스트"},
		{"한국항공우주산업 (KAI", "한국항공우주산업"},
		{"한국과학기술원(KAIST)", "한국과학기술원(KAIST)"},
		{"서울", "서울"},
		{"(WP", ""},
	} {
		assert.Equal(t, tc.want, tc.in[:cutOpenBracket(tc.in, 0, len(tc.in))], tc.in)
	}
}

func TestModelSpanKeepsNoStrayBracket(t *testing.T) {
	text := "경찰의 제지도 소용없었다고 워싱턴포스트(WP)는 전했다."
	doc := extractText(t, text)
	for _, e := range doc.Entities {
		assert.NotContains(t, e.Name, "(", e.Name)
		for _, m := range e.Mentions {
			assert.Equal(t, strings.Count(m.Text, "("), strings.Count(m.Text, ")"), m.Text)
		}
	}
	checkSpans(t, text, doc)
}
