package normalize

import (
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFindAmountsForms reads the forms of issues 16 and 19 in sentences
// written for them: every amount's text, kind, unit and exact value.
func TestFindAmountsForms(t *testing.T) {
	type am struct {
		text, kind, unit string
		value, min, max  string
		approx           bool
	}
	tests := []struct {
		text string
		want []am
	}{
		// temperatures below and above zero, ordinals in 제, counts in 세대
		{"아침 기온은 영하 6도에서 영상 5도로 예보됐다", []am{
			{text: "영하 6도", kind: "quantity", unit: "도", value: "-6"},
			{text: "영상 5도", kind: "quantity", unit: "도", value: "5"},
		}},
		{"서울 영하2.8도", []am{{text: "영하2.8도", kind: "quantity", unit: "도", value: "-2.8"}}},
		{"제51회 그래미상과 제3회 대회", []am{
			{text: "제51회", kind: "ordinal", unit: "회", value: "51"},
			{text: "제3회", kind: "ordinal", unit: "회", value: "3"},
		}},
		{"경제51회", []am{{text: "51회", kind: "quantity", unit: "회", value: "51"}}},
		{"2세대 아이패드와 아파트 100세대", []am{
			{text: "2세대", kind: "quantity", unit: "세대", value: "2"},
			{text: "100세대", kind: "quantity", unit: "세대", value: "100"},
		}},
		// spaced numeral groups
		{"3천 2백만 달러를 벌었다", []am{{text: "3천 2백만 달러", kind: "money", unit: "USD", value: "32000000"}}},
		{"1만 2천 500원을 냈다", []am{{text: "1만 2천 500원", kind: "money", unit: "KRW", value: "12500"}}},
		{"8백 20만 파운드", []am{{text: "8백 20만 파운드", kind: "money", unit: "GBP", value: "8200000"}}},
		{"2억 4천 7백만 달러", []am{{text: "2억 4천 7백만 달러", kind: "money", unit: "USD", value: "247000000"}}},
		{"가격은 8.50 달러입니다.", []am{{text: "8.50 달러", kind: "money", unit: "USD", value: "8.5"}}},
		{"5 억 달러짜리", []am{{text: "5 억 달러", kind: "money", unit: "USD", value: "500000000"}}},
		{"칠천 오백만 달러, 천 4백만 달러", []am{
			{text: "칠천 오백만 달러", kind: "money", unit: "USD", value: "75000000"},
			{text: "천 4백만 달러", kind: "money", unit: "USD", value: "14000000"},
		}},
		{"이만 오천 원을 냈다", []am{{text: "이만 오천 원", kind: "money", unit: "KRW", value: "25000"}}},
		{"11억6000여 만원", []am{{text: "11억6000여 만원", kind: "money", unit: "KRW", value: "1160000000", approx: true}}},
		// currencies
		{"100 중국 위안이 든다", []am{{text: "100 중국 위안", kind: "money", unit: "CNY", value: "100"}}},
		{"주가는 197 펜스로", []am{{text: "197 펜스", kind: "money", unit: "GBP", value: "1.97"}}},
		{"64달러 45센트입니다", []am{{text: "64달러 45센트", kind: "money", unit: "USD", value: "64.45"}}},
		{"10유로 50센트와 1,350원 50전", []am{
			{text: "10유로 50센트", kind: "money", unit: "EUR", value: "10.5"},
			{text: "1,350원 50전", kind: "money", unit: "KRW", value: "1350.5"},
		}},
		{"50스위스 프랑과 20프랑", []am{
			{text: "50스위스 프랑", kind: "money", unit: "CHF", value: "50"},
			{text: "20프랑", kind: "money", unit: "CHF", value: "20"},
		}},
		// percent words
		{"십 퍼센트만, 백퍼센트, 삼십 퍼센티지", []am{
			{text: "십 퍼센트", kind: "percent", unit: "%", value: "10"},
			{text: "백퍼센트", kind: "percent", unit: "%", value: "100"},
			{text: "삼십 퍼센티지", kind: "percent", unit: "%", value: "30"},
		}},
		{"20프로가 늘었다", []am{{text: "20프로", kind: "percent", unit: "%", value: "20"}}},
		{"마이너스 오 퍼센트", []am{{text: "마이너스 오 퍼센트", kind: "percent", unit: "%", value: "-5"}}},
		{"지지율 30%대로", []am{{text: "30%대", kind: "percent", unit: "%", value: "30", approx: true}}},
		// issue 16, point 9
		{"1주당 신주 4.22주를", []am{
			{text: "1주", kind: "quantity", unit: "주", value: "1"},
			{text: "4.22주", kind: "quantity", unit: "주", value: "4.22"},
		}},
		{"800억대 매출", []am{{text: "800억대", kind: "number", value: "80000000000", approx: true}}},
		{"878억을 들여서", []am{{text: "878억", kind: "number", value: "87800000000"}}},
		{"매출액 1조3683억", []am{{text: "1조3683억", kind: "number", value: "1368300000000"}}},
		{"52억원대, 1,000만 원 가까이, 500만 ㎡ 안밖", []am{
			{text: "52억원대", kind: "money", unit: "KRW", value: "5200000000", approx: true},
			{text: "1,000만 원 가까이", kind: "money", unit: "KRW", value: "10000000", approx: true},
			{text: "500만 ㎡ 안밖", kind: "quantity", unit: "m2", value: "5000000", approx: true},
		}},
		{"80만 t과 90만 t", []am{
			{text: "80만 t", kind: "quantity", unit: "t", value: "800000"},
			{text: "90만 t", kind: "quantity", unit: "t", value: "900000"},
		}},
		{"5~6등급", []am{{text: "5~6등급", kind: "quantity", unit: "등급", min: "5", max: "6"}}},
		// no amount, or not a tail of one
		{"2천 5천 달러", nil},
		{"1, 2천 원", []am{{text: "2천 원", kind: "money", unit: "KRW", value: "2000"}}},
		{"이 프로는 2024 프로야구 중계", nil},
		{"3 조사에서 헌법 제10조에 따라", nil},
		{"1E+308%", nil},
		{"구조와 억대", nil},
		{"1억 원 대출", []am{{text: "1억 원", kind: "money", unit: "KRW", value: "100000000"}}},
		{"3년 전 50전", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []am
			for _, m := range FindAmounts(tt.text) {
				require.Equal(t, tt.text[m.Start:m.End], m.Text)
				a := am{text: m.Text, kind: m.Amount.Kind, unit: m.Amount.Unit, approx: m.Amount.Approximate}
				for _, p := range []struct {
					d   *Decimal
					out *string
				}{{m.Amount.Value, &a.value}, {m.Amount.Min, &a.min}, {m.Amount.Max, &a.max}} {
					if p.d != nil {
						*p.out = p.d.String()
					}
				}
				got = append(got, a)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// digitValue is an independent reader of the numbers the long-numeral
// test writes: Arabic digits with separators, one point, and the big units
// 만 억 조 after digit groups. It returns false for anything else.
func digitValue(s string) (*big.Rat, bool) {
	total := new(big.Rat)
	group := ""
	flush := func(exp int64) bool {
		if group == "" {
			return false
		}
		v, ok := new(big.Rat).SetString(group)
		if !ok {
			return false
		}
		v.Mul(v, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(exp), nil)))
		total.Add(total, v)
		group = ""
		return true
	}
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9' || r == '.':
			group += string(r)
		case r == ',' || r == ' ':
		case r == '만' || r == '억' || r == '조':
			if !flush(map[rune]int64{'만': 4, '억': 8, '조': 12}[r]) {
				return nil, false
			}
		default:
			return nil, false
		}
	}
	if group != "" && !flush(0) {
		return nil, false
	}
	return total, true
}

// TestFindAmountsLongNumerals writes random numerals of up to 200 digits
// (with separators, points, big units and stray spaces) before a unit: a
// number is read exactly or is no amount, never a tail of itself (issue 16,
// point 6). Every amount found must hold the whole numeral and have its
// exact value.
func TestFindAmountsLongNumerals(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 16))
	units := []string{"원", "달러", "%", "명"}
	found := 0
	for i := range 4000 {
		var b strings.Builder
		nd := 1 + r.IntN([]int{20, 200}[i%2])
		for k := range nd {
			if k == 0 {
				b.WriteByte(byte('1' + r.IntN(9)))
			} else {
				b.WriteByte(byte('0' + r.IntN(10)))
			}
			left := nd - k - 1
			switch {
			case left > 0 && left%3 == 0 && r.IntN(3) == 0:
				b.WriteByte(',')
			case left > 0 && r.IntN(40) == 0:
				b.WriteString([]string{"만", "억", "조", " ", "."}[r.IntN(5)])
			}
		}
		num := b.String()
		unit := units[r.IntN(len(units))]
		text := "값은 " + num + unit + "이다"
		ms := FindAmounts(text)
		checkMatches(t, text, ms)
		for _, m := range ms {
			// a found amount spans the whole numeral and its unit
			require.Equal(t, num+unit, m.Text, "%q", text)
			want, ok := digitValue(num)
			require.True(t, ok, "%q is read as an amount but is no number of the test's forms", num)
			require.NotNil(t, m.Amount.Value, "%q", text)
			got := m.Amount.Value.Rat()
			require.Zero(t, got.Cmp(want), "%q: %s, want %s", text, m.Amount.Value, want.RatString())
			found++
		}
	}
	t.Logf("%d amounts read exactly", found)
	assert.Greater(t, found, 500)
}

// noSpanInsideNumber requires that no amount begins inside a number: right
// after a digit, a separator or point that follows a digit, or a space
// that follows a number written with digits (2천 5천, 1억 5억).
func noSpanInsideNumber(t *testing.T, s string, ms []AmountMatch) {
	t.Helper()
	for _, m := range ms {
		prev, pi := lastRune(s, m.Start)
		isDigit := func(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }
		require.False(t, isDigit(prev), "%q begins after a digit in %q", m.Text, s)
		if prev == ',' || prev == '.' {
			p2, _ := lastRune(s, pi)
			d, _ := digitAt(s, m.Start)
			require.False(t, isDigit(p2) && d >= 0, "%q begins inside a number in %q", m.Text, s)
		}
		first, _ := runeAt(s, m.Start)
		if isDigit(first) || isNumeralStart(first) {
			require.False(t, afterSpacedNumber(s, m.Start, prev, pi), "%q is the tail of a spaced number in %q", m.Text, s)
		}
	}
}

// FuzzFindAmountsValue requires every amount FindAmounts finds to have the
// value of its own text, read alone by ParseAmount (no amount drops a group
// it spans), and none to begin inside a number. Kind and unit may differ:
// context outside the span decides some (1주당 makes 1주 a share).
func FuzzFindAmountsValue(f *testing.F) {
	for _, s := range []string{
		"3천 2백만 달러를", "1만 2천 500원을", "8백 20만 파운드", "2억 4천 7백만 달러", "5 억 달러짜리",
		"100 중국 위안이", "197 펜스로", "십 퍼센트만", "20프로", "칠천 오백만 달러", "천 4백만 달러",
		"마이너스 오 퍼센트", "64달러 45센트입니다", "2천 5천 달러", "1, 2천 원", "11억6000여 만원",
		"1주당 신주 4.22주", "800억대", "878억을 들여서", "5~6등급", "80만 t", "1E+308%",
		"기온은 영하 6도에서 영상 5도", "제51회 대회", "2세대 아이패드",
		"0." + strings.Repeat("0", 100) + "1%", strings.Repeat("1,234", 30) + "원",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		ms := FindAmounts(s)
		checkMatches(t, s, ms)
		noSpanInsideNumber(t, s, ms)
		for _, m := range ms {
			if strings.ContainsAny(m.Text, "\t\n\r\v\f\u0085\u00a0") || strings.Contains(m.Text, "  ") {
				continue // ParseAmount squashes white space; FindAmounts reads single spaces
			}
			a, err := ParseAmount(m.Text)
			require.NoError(t, err, "%q found in %q", m.Text, s)
			for _, p := range [][2]*Decimal{{m.Amount.Value, a.Value}, {m.Amount.Min, a.Min}, {m.Amount.Max, a.Max}} {
				require.Equal(t, p[0] == nil, p[1] == nil, "%q found in %q", m.Text, s)
				if p[0] != nil {
					require.True(t, p[0].Equal(*p[1]), "%q found in %q: %s, alone %s", m.Text, s, p[0], p[1])
				}
			}
		}
	})
}

// TestFindAmountsValueSeeds runs the fuzz target's property on sentences
// built from random pieces, so that go test checks it without -fuzz.
func TestFindAmountsValueSeeds(t *testing.T) {
	pieces := []string{"3천", " ", "2백만", "달러", "1만", "2천", "500", "원", "억", "조", "5", "퍼센트", "프로",
		"마이너스", "오", "칠천", "여", "만", "대", "센트", "전", ",", ".", "~", "를", "이", "약", "가까이", "주", "t", "%"}
	r := rand.New(rand.NewPCG(1, 19))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		ms := FindAmounts(s)
		checkMatches(t, s, ms)
		noSpanInsideNumber(t, s, ms)
		for _, m := range ms {
			a, err := ParseAmount(m.Text)
			require.NoError(t, err, "%q found in %q", m.Text, s)
			if m.Amount.Value != nil {
				require.NotNil(t, a.Value, "%q found in %q", m.Text, s)
				require.True(t, m.Amount.Value.Equal(*a.Value), "%q found in %q: %s, alone %s", m.Text, s, m.Amount.Value, a.Value)
			}
		}
	}
}
