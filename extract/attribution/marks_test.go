package attribution

import (
	"strings"
	"testing"

	"github.com/kextract/kextract/normalize"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// quoted returns the inner text of each pair.
func quoted(s string, pairs []Pair) []string {
	out := make([]string, 0, len(pairs))
	for _, p := range pairs {
		a, b := p.Inner(s)
		out = append(out, s[a:b])
	}
	return out
}

func TestPairs(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		want     []string
		unclosed int
	}{
		{"curly", `그는 “수요는 여전히 많다”고 말했다.`, []string{"수요는 여전히 많다"}, 0},
		{"straight", `그는 "수요는 많다"고 말했다.`, []string{"수요는 많다"}, 0},
		{"straight open, curly close", `관계자는 "전효성의 개인정보가 맞다”며 말했다.`, []string{"전효성의 개인정보가 맞다"}, 0},
		{"curly open, straight close", `그는 “국민의 철도를 지키겠다"고 밝혔다.`, []string{"국민의 철도를 지키겠다"}, 0},
		{"opening mark typed for the closing one", `관계자는 "개인정보가 맞다“며 ”학교 측에 확인 중“이라고 전했다.`,
			[]string{"개인정보가 맞다", "학교 측에 확인 중"}, 0},
		{"closing mark inside the verb", `학생 측은 “재정율이 더 낮”고, “투쟁 할 것”이라고 밝혔다.`, []string{"재정율이 더 낮", "투쟁 할 것"}, 0},
		{"single inside double", `그는 “그들은 ‘죽은 애는 죽은 애고’라고 협박했다”고 전했다.`, []string{"그들은 ‘죽은 애는 죽은 애고’라고 협박했다"}, 0},
		{"straight inside straight", `그는 "이것은 "발각"이 아니다"라고 말했다.`, []string{`이것은 "발각"이 아니다`}, 0},
		{"a quotation inside a mark that never closes stands alone", `그는 "경호가 어렵다고 말했다. 그러면서, "공간이 필요하다"라고 덧붙였다.`, []string{"공간이 필요하다"}, 1},
		{"a quotation inside a closed one stays inside", `그는 "이것은 "발각"이 아니다"라고 말했고 "그렇다"고 했다.`, []string{`이것은 "발각"이 아니다`, "그렇다"}, 0},
		{"single marks", `‘과잉 공급 상황’을 우려했다. '현대판 종파'라는 말이다.`, []string{"과잉 공급 상황", "현대판 종파"}, 0},
		{"corner brackets", `「저는 이혼한 여자입니다」라는 글`, []string{"저는 이혼한 여자입니다"}, 0},
		{"apostrophe in a Latin word", `'Moody's 보고서'를 냈다.`, []string{"Moody's 보고서"}, 0},
		{"unclosed in its paragraph", "그는 “끝나지 않은\n다음 문단이다.", nil, 1},
		{"closing mark alone", `그는 많다”고 말했다.`, nil, 0},
		{"two quotes listed", `그는 "늦은 밤 만나자", "사랑하고 싶은 여자"라고 말했다.`, []string{"늦은 밤 만나자", "사랑하고 싶은 여자"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pairs, unclosed := Pairs(tt.in)
			if tt.want == nil {
				assert.Empty(t, pairs)
			} else {
				assert.Equal(t, tt.want, quoted(tt.in, pairs))
			}
			assert.Len(t, unclosed, tt.unclosed)
		})
	}
}

// TestPairsLinear checks that hostile runs of marks give bounded output and
// that every pair is ordered and inside the text.
func TestPairsHostile(t *testing.T) {
	for _, in := range []string{
		strings.Repeat(" “가", 100_000),
		strings.Repeat("”", 100_000),
		strings.Repeat(`"`, 100_000),
		strings.Repeat("‘“", 50_000),
		strings.Repeat("“가 ‘나 ", 50_000) + strings.Repeat("”", 50_000),
	} {
		pairs, unclosed := Pairs(in)
		require.LessOrEqual(t, len(pairs)+len(unclosed), 100_000)
		last := -1
		for _, p := range pairs {
			require.Less(t, last, p.Open)
			require.Less(t, p.Open, p.Close)
			require.Less(t, p.Close, len(in))
			last = p.Close
		}
	}
}

// TestMarkLeadCoversEveryMark: Pairs skips bytes not in markLead, so every
// mark normalize.Quote knows must start with one of them.
func TestMarkLeadCoversEveryMark(t *testing.T) {
	n := 0
	for r := rune(0); r <= 0x10FFFF; r++ {
		if normalize.Quote(r).Class == normalize.NotQuote {
			continue
		}
		n++
		b := []byte(string(r))
		assert.Truef(t, markLead[b[0]], "mark %q starts with %#x, not in markLead", r, b[0])
	}
	assert.Greater(t, n, 10)
	assert.True(t, markLead['\n'])
}
