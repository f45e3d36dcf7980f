package normalize

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFindAmounts(t *testing.T) {
	tests := []struct {
		text string
		want []string // matched texts, in order
	}{
		{"MS는 오픈AI에 130억 달러를 투자했다.", []string{"130억 달러"}},
		{"총 5,000억 달러(약 700조 원)가 투입될 예정", []string{"5,000억 달러(약 700조 원)"}},
		{"계약금은 3162만1000달러(약 356억원)였다.", []string{"3162만1000달러(약 356억원)"}},
		{"수십억 달러 규모의 하드웨어", []string{"수십억 달러"}},
		{"수백 메가와트 규모의 데이터센터", []string{"수백 메가와트"}},
		{"앞으로 4년간 미국 내", []string{"4년간"}},
		{"약 3억 원을 들여", []string{"약 3억 원"}},
		{"1억 원 이상의 자산", []string{"1억 원 이상"}},
		{"금리를 0.25%포인트 올렸다", []string{"0.25%포인트"}},
		{"10만~20만 원 선에서", []string{"10만~20만 원"}},
		{"3만∼5만명이 모였다", []string{"3만∼5만명"}},
		{"6억9460여만 달러를", []string{"6억9460여만 달러"}},
		{"직원 100여 명과 차량 3대가", []string{"100여 명", "3대"}},
		{"$5 billion deal", []string{"$5 billion"}},
		{"오천만 원을 냈다", []string{"오천만 원"}},
		{"선원 두 명이 숨졌다", []string{"두 명"}},
		{"이 중 세 곳은", []string{"세 곳"}},
		{"2만 1000명이 대피", []string{"2만 1000명"}},
		{"성장률은 -0.3%였다", []string{"-0.3%"}},
		{"1조2000억원과 2.5조 원", []string{"1조2000억원", "2.5조 원"}},
		{"김씨는 58세로 12층에서 살았다", []string{"58세", "12층"}},
		{"위조지폐 1,381장과 대마 63.23g, 28L", []string{"1,381장", "63.23g", "28L"}},
		{"체온은 36.5도, 기온은 -2.5℃였다", []string{"36.5도", "-2.5℃"}},
		{"두 차례 만났고 3차례 더 통화했다", []string{"두 차례", "3차례"}},
		{"13만 6천205표를 얻어 127점", []string{"13만 6천205표", "127점"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, m := range FindAmounts(tt.text) {
				got = append(got, m.Text)
				assert.Equal(t, tt.text[m.Start:m.End], m.Text)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestFindAmountsNegatives(t *testing.T) {
	for _, text := range []string{
		"올해 1월, 양사는 2월 비슷한 보고서를 냈다.",
		"회계연도(6월 30일 종료)와 2025년 계획",
		"오후 3시에 만난다",
		"전화 02-1234-5678로 문의",
		"GPT-4와 3D 프린터, 버전 1.2.3",
		"일부 이번 사안 오픈 천천히 만약 만들다 백신 삼성 이상 수십",
		"2025",
		"제21대 국회와 20대 청년, 4대 광역시, 1 대 1 대결",
		"이 건은 일원으로 참여한 세대 문제",
		"A320 기종, 코로나19 확산",
		"시속 30km/h",
		"3동 101호",
		// counters that follow only digits: a numeral word before them is
		// another word (beach, society, advantage, limit, ceiling)
		"백사장과 사회, 이점, 한도, 천장, 구장, 만점, 이장, 일회용",
	} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, FindAmounts(text))
		})
	}
}

func TestFindAmountsSeedArticle(t *testing.T) {
	b, err := os.ReadFile("../testdata/article.txt")
	if err != nil {
		t.Skip("seed article not present")
	}
	var got []string
	for _, m := range FindAmounts(string(b)) {
		got = append(got, m.Text)
	}
	assert.Equal(t, []string{"130억 달러", "수백 메가와트", "수십억 달러", "4년간", "5,000억 달러(약 700조 원)", "800억 달러(약 110조 원)"}, got)
}

// TestFindAmountsHostile runs inputs built to make the scanner read the
// same bytes again and again. The cost is checked without a clock: the
// scanner's work (bytes read by every scan) on 10× the input must stay
// within 20× the work on 1× (linear work gives 10×, quadratic 100×).
func TestFindAmountsHostile(t *testing.T) {
	inputs := map[string]func(n int) string{
		"digits":       func(n int) string { return strings.Repeat("9", n) + "원" },
		"units":        func(n int) string { return strings.Repeat("억", n) },
		"numerals":     func(n int) string { return strings.Repeat("일이삼사", n/4) },
		"separators":   func(n int) string { return strings.Repeat("1,000", n/5) + "원" },
		"ranges":       func(n int) string { return strings.Repeat("1~", n/2) + "2원" },
		"spaced":       func(n int) string { return strings.Repeat("1억 ", n/3) + "원" },
		"spaced small": func(n int) string { return strings.Repeat("3천 2백 ", n/4) + "원" },
		"paren":        func(n int) string { return strings.Repeat("1달러(", n/3) },
		"mixed":        func(n int) string { return strings.Repeat("약 수십 3.5 - $ ₩ 마이너스 ", n/20) },
		"subunits":     func(n int) string { return strings.Repeat("1달러 2센트 ", n/4) },
		"unit then long digits": func(n int) string {
			return strings.Repeat("천 "+strings.Repeat("9", 100)+" ", n/105)
		},
		"long digits then unit": func(n int) string { return strings.Repeat(strings.Repeat("9", 100)+" 억 ", n/106) },
		"long point":            func(n int) string { return "0." + strings.Repeat("0", n) + "1%" },
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			var small, large int
			s := in(20_000)
			checkMatches(t, s, findAmounts(s, &small))
			l := in(200_000)
			checkMatches(t, l, findAmounts(l, &large))
			t.Logf("work %d on %d bytes, %d on %d bytes", small, len(s), large, len(l))
			assert.Positive(t, small)
			assert.LessOrEqual(t, large, 20*small+1000, "work grows faster than the input")
		})
	}
}

// TestFindAmountsLarge checks linear work on a 20 MB line against 2 MB.
func TestFindAmountsLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	unit := "MS는 오픈AI에 130억 달러(약 18조 원)를 투자했고 수백 명이 2월 6일 오후 3시에 모였다. "
	var small, large int
	ms := findAmounts(strings.Repeat(unit, 2<<20/len(unit)), &small)
	assert.Len(t, ms, 2*(2<<20/len(unit)))
	ms = findAmounts(strings.Repeat(unit, 20<<20/len(unit)), &large)
	assert.Len(t, ms, 2*(20<<20/len(unit)))
	t.Logf("work %d on 2 MB, %d on 20 MB", small, large)
	assert.LessOrEqual(t, large, 11*small)
}

func checkMatches(t *testing.T, text string, ms []AmountMatch) {
	t.Helper()
	last := 0
	for _, m := range ms {
		require.True(t, 0 <= m.Start && m.Start < m.End && m.End <= len(text), "bad span %d-%d", m.Start, m.End)
		require.GreaterOrEqual(t, m.Start, last, "overlap or unsorted")
		require.Equal(t, text[m.Start:m.End], m.Text)
		require.NotEmpty(t, m.Amount.Kind)
		last = m.End
	}
}

func FuzzFindAmounts(f *testing.F) {
	for _, s := range []string{
		"총 5,000억 달러(약 700조 원)가 투입", "수십억 달러 규모", "02-1234-5678", "10만~20만 원",
		"약 3억 원 이상", "세 곳과 한 명", "$5 billion", "６월 ３０일", "1조 2,000억 원",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ms := FindAmounts(s)
		checkMatches(t, s, ms)
		for _, m := range ms {
			if utf8.ValidString(s) {
				require.True(t, utf8.ValidString(m.Text))
			}
		}
	})
}
