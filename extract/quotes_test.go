package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestQuotes(t *testing.T) {
	type want struct{ text, speaker, verb, resolved string }
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{
			name: "subject before the quote",
			in:   "김철수 대표는 “올해 매출이 두 배로 늘 것”이라고 말했다.",
			want: []want{{"올해 매출이 두 배로 늘 것", "김철수", "말했다", "subject"}},
		},
		{
			name: "chain shares the closing verb",
			in:   "박영희 교수는 “금리가 오른다”라며 “대출을 줄여야 한다”고 강조했다.",
			want: []want{
				{"금리가 오른다", "박영희", "강조했다", "subject"},
				{"대출을 줄여야 한다", "박영희", "강조했다", "subject"},
			},
		},
		{
			name: "quotes listed with 고 share the verb of the last",
			in:   "박영희 교수는 “금리가 오른다”고, “대출을 줄여야 한다”고 강조했다.",
			want: []want{
				{"금리가 오른다", "박영희", "강조했다", "subject"},
				{"대출을 줄여야 한다", "박영희", "강조했다", "previous"},
			},
		},
		{
			name: "pronoun resolves to the last subject",
			in:   "이민호 연구원은 시장을 낙관했다. 그는 “하반기에는 반등이 온다”고 내다봤다.",
			want: []want{{"하반기에는 반등이 온다", "이민호", "내다봤다", "pronoun"}},
		},
		{
			name: "surname alone joins the person",
			in:   "컨설팅 업체의 선임 연구원 제임스 카터는 시장을 분석했다. 카터는 “공급이 부족하다”고 설명했다.",
			want: []want{{"공급이 부족하다", "제임스 카터", "설명했다", "surname"}},
		},
		{
			name: "speaker after the quote",
			in:   "“협상은 이제 끝났다”라고 김민수 장관은 말했다.",
			want: []want{{"협상은 이제 끝났다", "김민수", "말했다", "subject"}},
		},
		{
			name: "straight quotes pair by position",
			in:   "김철수 대표는 \"올해 매출이 두 배로 늘 것\"이라고 말했다.",
			want: []want{{"올해 매출이 두 배로 늘 것", "김철수", "말했다", "subject"}},
		},
		{
			name: "no subject continues the previous speaker",
			in:   "김철수 대표는 “수요가 많다”고 말했다. “공급은 부족하다”고 덧붙였다.",
			want: []want{
				{"수요가 많다", "김철수", "말했다", "subject"},
				{"공급은 부족하다", "김철수", "덧붙였다", "previous"},
			},
		},
		{
			name: "group speaker has no entity",
			in:   "업계 관계자는 “당분간 가격이 오를 것”이라고 전했다.",
			want: []want{{"당분간 가격이 오를 것", "업계 관계자", "전했다", "group"}},
		},
		{name: "scare quotes are not speech", in: "정부는 ‘과잉 규제’ 논란에 휩싸였다."},
		{name: "a quoted term with a particle is not speech", in: "그는 이른바 “AI 버블”을 경고했다."},
		{name: "an unclosed quote is dropped", in: "그는 “끝나지 않은 인용이다\n다음 문단은 평범하다고 말했다."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := quotesIn(t, tt.in, len(tt.want))
			for i, w := range tt.want {
				q := doc.Quotes[i]
				assert.Equal(t, w.text, q.Text)
				assert.Equal(t, w.verb, q.Verb)
				checkSpeaker(t, q, w.text, w.speaker, w.resolved)
			}
		})
	}
}

func TestUnclosedQuoteWarns(t *testing.T) {
	in := "그는 “끝나지 않은 인용이다\n다음 문단."
	doc := extractText(t, in)
	require.NotEmpty(t, doc.Warnings)
	assert.Equal(t, "unclosed-quote", doc.Warnings[0].Code)
	require.NotNil(t, doc.Warnings[0].Offset)
	assert.Equal(t, 3, *doc.Warnings[0].Offset)
}

// TestImpliedQuote checks that a quotation whose closing mark is missing,
// but whose quotative ending and verb of speech show where it ends, is
// emitted with its speaker, and that the warning says how it was read.
func TestImpliedQuote(t *testing.T) {
	in := "김민수 장관은 법에 문제가 없다고 밝혔다.\"국회의원들은 수정안을 냈으나 회의를 거치지 않았다라고 장관이 말했다."
	doc := quotesIn(t, in, 1)
	q := doc.Quotes[0]
	assert.Equal(t, "국회의원들은 수정안을 냈으나 회의를 거치지 않았다", q.Text)
	assert.Equal(t, "말했다", q.Verb)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "김민수", q.Speaker.Name)
	require.NotEmpty(t, doc.Warnings)
	assert.Equal(t, "unclosed-quote", doc.Warnings[0].Code)
	assert.Contains(t, doc.Warnings[0].Message, "taken to end before its quotative ending")
}
