package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestQuotedFullName checks that a Korean full name in single quotation
// marks before a title is the person the later surname and title refer to,
// and that other quoted words stay what they were.
func TestQuotedFullName(t *testing.T) {
	tests := []struct {
		name, in, person string
		mentions         []string // the person's mentions, in order; nil: no such person
	}{
		{"a quoted name before a former title", "KAI의 신임 대표로 '하성용' 전 성동조선해양 사장이 취임했다. 하 전 사장의 부인은 말을 아꼈다.",
			"하성용", []string{"하성용", "하 전 사장"}},
		{"curly marks", "신임 대표로 ‘김영수’ 전 한국전력 사장이 취임했다. 김 전 사장은 웃었다.",
			"김영수", []string{"김영수", "김 전 사장"}},
		{"a quoted word is no name", "이번 사건은 '불법' 논란으로 번졌다.", "불법", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := extractText(t, tt.in)
			checkSpans(t, tt.in, doc)
			e := entityNamed(doc, tt.person)
			if tt.mentions == nil {
				assert.Nil(t, e, "%+v", doc.Entities)
				return
			}
			require.NotNil(t, e, "%+v", doc.Entities)
			var got []string
			for _, m := range e.Mentions {
				got = append(got, m.Text)
			}
			assert.Equal(t, tt.mentions, got)
		})
	}
}
