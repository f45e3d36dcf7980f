package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

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

func TestOneSyllableSpans(t *testing.T) {
	x := testExtractor(t)
	t.Run("weekday in brackets", func(t *testing.T) {
		for _, tc := range []struct {
			text, span string
			want       bool
		}{
			{"9월 16일(일) 오전에", "일", true},
			{"16(일)~18일(화)에는", "화", true},
			{"한일(일) 관계", "일", true},
			{"정상회담(일) 뒤", "일", false},
			{"9월 16일 일 오전", "일", false},
		} {
			a := &analysis{x: x, clean: tc.text}
			start := strings.LastIndex(tc.text, tc.span)
			assert.Equal(t, tc.want, a.bracketedWeekday(start, start+len(tc.span)), tc.text)
		}
	})
	t.Run("미 before a noun is the US", func(t *testing.T) {
		for _, tc := range []struct {
			text string
			want string
		}{
			{"미 국방장관은 말했다.", "미국"},
			{"한미 양국은 합의했다.", "미국"},
			{"미, 반대", ""},
			{"중 외교부는 말했다.", ""},
		} {
			a := &analysis{x: x, clean: tc.text}
			got := ""
			start := strings.Index(tc.text, "미")
			if start < 0 {
				start = 0
			}
			_, size := utf8.DecodeRuneInString(tc.text[start:])
			if en := a.countryOfInitial(start, start+size); en != nil {
				got = en.Name
			}
			assert.Equal(t, tc.want, got, tc.text)
		}
	})
	t.Run("no place or body of one syllable", func(t *testing.T) {
		a := &analysis{x: x}
		for w, want := range map[string]bool{"한": false, "주": false, "남": false, "일본": true, "당": false} {
			assert.Equal(t, want, a.modelNameOK(w, TypeLocation), w)
		}
	})
}
