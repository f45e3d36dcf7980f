package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A place or body of the article is mentioned again inside the words
// derived from its name (한국인들은, 후쿠시마산, 유성구민, 국회의원), never
// inside a longer name (한국인삼공사) or a word that is not derived.
func TestDerivedMentions(t *testing.T) {
	tests := []struct {
		text, name string
		mentions   []string // the texts of the entity's mentions, with the word each sits in
	}{
		{"일본은 발표했다. 일본인들은 반대했다.", "일본", []string{"일본은", "일본인들은"}},
		{"러시아는 제재를 받았다. 러시아산 부품이 쓰였다.", "러시아", []string{"러시아는", "러시아산"}},
		{"국회는 법안을 통과시켰다. 국회의원들은 반대했다.", "국회", []string{"국회는", "국회의원들은"}},
		{"한국 정부가 발표했다. 한국인삼공사는 답하지 않았다.", "한국", nil},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			doc := extractText(t, tc.text)
			checkSpans(t, tc.text, doc)
			var got []string
			for _, e := range doc.Entities {
				if e.Name != tc.name {
					continue
				}
				for _, m := range e.Mentions {
					got = append(got, wordAt([]rune(tc.text), m.Start))
				}
			}
			for _, w := range tc.mentions {
				assert.Contains(t, got, w)
			}
			if tc.mentions == nil {
				assert.NotContains(t, got, "한국인삼공사는")
			}
		})
	}
}

// wordAt returns the space-separated word of text starting at rune start.
func wordAt(text []rune, start int) string {
	end := start
	for end < len(text) && text[end] != ' ' && text[end] != '.' {
		end++
	}
	return string(text[start:end])
}
