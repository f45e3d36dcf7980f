package attribution

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestImpliedClose(t *testing.T) {
	tests := []struct {
		name, in, want string // want: the quoted words, "" for none
	}{
		{"a mark after a full stop, the ending before the subject",
			`그는 정정이 없다고 밝혔다."국회의원들은 수정안을 냈으나, 회의를 거치지 않았다라고 장관이 인터뷰에서 말했다.`,
			"국회의원들은 수정안을 냈으나, 회의를 거치지 않았다"},
		{"the ending 고 and the verb right after",
			`관계자는 "경호에 어려움이 있어 비용이 추가로 들 수밖에 없다고 이야기하였다. 그러면서 웃었다.`,
			"경호에 어려움이 있어 비용이 추가로 들 수밖에 없다"},
		{"no verb of speech", `그는 "우리가 이긴다고 믿는다.`, ""},
		{"too few words", `그는 "없다고 말했다.`, ""},
		{"another mark comes first", `그는 "회의는 ‘비공개’로 진행됐다고 말했다.`, ""},
		{"the paragraph ends first", "그는 \"회의는 길게\n진행됐다고 말했다.", ""},
		{"a single mark is no quotation of this kind", `그는 '회의가 길게 진행됐다고 말했다.`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			open := strings.IndexAny(tt.in, `"'`)
			require.GreaterOrEqual(t, open, 0)
			p, ok := ImpliedClose(tt.in, open)
			if tt.want == "" {
				assert.False(t, ok, "%+v", p)
				return
			}
			require.True(t, ok)
			a, b := p.Inner(tt.in)
			assert.Equal(t, tt.want, tt.in[a:b])
			r := Read(tt.in, p)
			assert.Equal(t, Quotative, r.Form, "the ending after the words reads as a quotative")
		})
	}
}
