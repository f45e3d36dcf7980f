package normalize

import (
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The property test of issue 19: random values written in every spacing
// and digit style Korean uses, with every currency and percent word, must
// be read back exactly by ParseAmount and, inside a sentence, by
// FindAmounts as one amount covering the whole expression.

// sinoWords are the Sino-Korean digit words 1…9.
var sinoWords = []string{"", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"}

// smallUnitWords are the units of 10, 100 and 1000, by exponent.
var smallUnitWords = []string{"", "십", "백", "천"}

// writer writes numbers in one random style.
type writer struct {
	r     *rand.Rand
	words bool // Sino-Korean words instead of Arabic digits
}

// space returns " " or "" at random.
func (w *writer) space() string {
	if w.r.IntN(2) == 0 {
		return " "
	}
	return ""
}

// group writes g in [1, 9999]. first says whether it opens the number,
// where a leading 천 may drop its 1 (천 4백만); last whether it is the
// ones group, which after words must not end on a lone digit after a
// space (이천 오 is not written).
func (w *writer) group(g int64, first bool) string {
	if !w.words {
		switch w.r.IntN(3) {
		case 0:
			return strconv.FormatInt(g, 10)
		case 1:
			return groupThousands(g)
		}
	}
	digits := []int64{g % 10, g / 10 % 10, g / 100 % 10, g / 1000}
	// with digits, the lower part may stay Arabic: 2천 500, 8백 20
	split := -1
	if !w.words {
		split = w.r.IntN(4) - 1
	}
	var b strings.Builder
	for e := 3; e > split && e >= 0; e-- {
		d := digits[e]
		if d == 0 {
			continue
		}
		if e == 0 {
			if w.words {
				b.WriteString(sinoWords[d])
			} else {
				b.WriteString(strconv.FormatInt(d, 10))
			}
			continue
		}
		switch {
		case w.words && d == 1 && w.r.IntN(2) == 0:
			// 천, 백, 십 without 일
		case w.words:
			b.WriteString(sinoWords[d])
		case d == 1 && e == 3 && first && g%1000 != 0 && w.r.IntN(3) == 0:
			// 천 4백: a leading 천 without its 1 when digits follow
		default:
			b.WriteString(strconv.FormatInt(d, 10))
		}
		b.WriteString(smallUnitWords[e])
		rest := g % pow10i[e]
		if rest == 0 {
			continue
		}
		// a space may follow a unit unless only a lone word digit is left
		if !(w.words && rest < 10) {
			b.WriteString(w.space())
		}
	}
	if split >= 0 {
		if rest := g % pow10i[split+1]; rest > 0 {
			b.WriteString(strconv.FormatInt(rest, 10))
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// integer writes n in [1, 10^16) with big units 조 억 만.
func (w *writer) integer(n int64) string {
	if !w.words && w.r.IntN(6) == 0 {
		return groupThousands(n)
	}
	bigs := []struct {
		v    int64
		name string
	}{{1_000_000_000_000, "조"}, {100_000_000, "억"}, {10_000, "만"}, {1, ""}}
	var parts []string
	rest := n
	for _, u := range bigs {
		g := rest / u.v
		rest %= u.v
		if g == 0 {
			continue
		}
		gs := w.group(g, len(parts) == 0)
		if u.name != "" {
			if !w.words && isAllDigits(gs) && w.r.IntN(4) == 0 {
				gs += " " // 5 억: a space between a digit and its unit
			}
			gs += u.name
		}
		parts = append(parts, gs)
	}
	var b strings.Builder
	for i, p := range parts {
		// a lone word digit after a space is a particle (일억 이), not a group
		if i > 0 && !(w.words && hangulCount(p) < 2) {
			b.WriteString(w.space())
		}
		b.WriteString(p)
	}
	return b.String()
}

func isAllDigits(s string) bool {
	for _, c := range s {
		if (c < '0' || c > '9') && c != ',' {
			return false
		}
	}
	return s != ""
}

// amountUnits are the currency and percent words the test writes after a
// number, with the unit FindAmounts reports. wordsSpaced says whether a
// space may come between a numeral word and the unit.
var amountUnits = []struct {
	text, unit  string
	kind        string
	wordsSpaced bool
}{
	{"원", "KRW", "money", true}, {"달러", "USD", "money", true}, {"미국 달러", "USD", "money", true},
	{"중국 위안", "CNY", "money", true}, {"위안", "CNY", "money", true}, {"엔", "JPY", "money", true},
	{"유로", "EUR", "money", true}, {"파운드", "GBP", "money", true}, {"캐나다 달러", "CAD", "money", true},
	{"호주 달러", "AUD", "money", true}, {"홍콩 달러", "HKD", "money", true}, {"스위스 프랑", "CHF", "money", true},
	{"퍼센트", "%", "percent", true}, {"퍼센티지", "%", "percent", true}, {"프로", "%", "percent", false},
	{"%", "%", "percent", false},
}

// checkWritten requires ParseAmount and FindAmounts to read expr (a number
// and its unit) as want.
func checkWritten(t *testing.T, expr string, want *big.Rat, kind, unit string) {
	t.Helper()
	a, err := ParseAmount(expr)
	require.NoError(t, err, "%q", expr)
	require.NotNil(t, a.Value, "%q", expr)
	require.Zero(t, a.Value.Rat().Cmp(want), "%q: ParseAmount %s, want %s", expr, a.Value, want.RatString())
	require.Equal(t, unit, a.Unit, "%q", expr)

	text := "그는 " + expr + "를 냈다."
	ms := FindAmounts(text)
	require.Len(t, ms, 1, "%q: %+v", text, ms)
	require.Equal(t, expr, ms[0].Text, "%q", text)
	require.Equal(t, kind, ms[0].Amount.Kind, "%q", text)
	require.Equal(t, unit, ms[0].Amount.Unit, "%q", text)
	require.NotNil(t, ms[0].Amount.Value, "%q", text)
	require.Zero(t, ms[0].Amount.Value.Rat().Cmp(want), "%q: FindAmounts %s, want %s", text, ms[0].Amount.Value, want.RatString())
}

func TestAmountPropertySpacedStyles(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 2026))
	for i := range 20000 {
		var n int64
		switch i % 4 {
		case 0:
			n = 1 + r.Int64N(9_999)
		case 1:
			n = 1 + r.Int64N(100_000_000)
		case 2:
			n = 1 + r.Int64N(10_000_000_000_000_000-1)
		default: // round figures: 3천2백만, 2억 4천 7백만
			n = (1 + r.Int64N(9_999)) * []int64{1, 10_000, 100_000, 100_000_000, 1_000_000_000_000}[r.IntN(5)]
		}
		w := writer{r: r, words: r.IntN(3) == 0}
		num := w.integer(n)
		u := amountUnits[r.IntN(len(amountUnits))]
		sep := ""
		if (!w.words || u.wordsSpaced) && u.text != "%" && r.IntN(2) == 0 {
			sep = " "
		}
		neg := ""
		want := new(big.Rat).SetInt64(n)
		if u.kind == "percent" && r.IntN(4) == 0 {
			neg = "마이너스 "
			want.Neg(want)
		}
		expr := neg + num + sep + u.text
		if w.words && hangulCount(num) < 2 && u.kind != "percent" {
			continue // 천 원: FindAmounts wants two syllables of a numeral word
		}
		checkWritten(t, expr, want, u.kind, u.unit)
	}
}

func hangulCount(s string) int {
	c := 0
	for _, r := range s {
		if isHangul(r) {
			c++
		}
	}
	return c
}

func TestAmountPropertyDecimals(t *testing.T) {
	r := rand.New(rand.NewPCG(16, 19))
	for range 5000 {
		whole := r.Int64N(1_000_000)
		fd := 1 + r.IntN(3)
		frac := r.Int64N(pow10i[fd])
		ws := strconv.FormatInt(whole, 10)
		if r.IntN(2) == 0 {
			ws = groupThousands(whole)
		}
		fs := strconv.FormatInt(pow10i[fd]+frac, 10)[1:]
		lit := ws + "." + fs
		want, ok := new(big.Rat).SetString(strings.ReplaceAll(lit, ",", ""))
		require.True(t, ok)
		unitWord := ""
		if whole < 10_000 && r.IntN(3) == 0 {
			// 2.5조, 1.3 억: a decimal before a big unit
			e := []int{4, 8, 12}[r.IntN(3)]
			unitWord = map[int]string{4: "만", 8: "억", 12: "조"}[e]
			want.Mul(want, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(e)), nil)))
			if r.IntN(4) == 0 {
				unitWord = " " + unitWord
			}
		}
		u := amountUnits[r.IntN(len(amountUnits))]
		sep := ""
		if u.text != "%" && r.IntN(2) == 0 {
			sep = " "
		}
		if want.Sign() == 0 {
			continue
		}
		checkWritten(t, lit+unitWord+sep+u.text, want, u.kind, u.unit)
	}
}

// TestAmountPropertySubunits writes a main unit and its hundredths: 64달러
// 45센트, 3파운드 20펜스, 1,350원 50전.
func TestAmountPropertySubunits(t *testing.T) {
	r := rand.New(rand.NewPCG(45, 64))
	subs := []struct{ main, sub, unit string }{
		{"달러", "센트", "USD"}, {"유로", "센트", "EUR"}, {"파운드", "펜스", "GBP"}, {"파운드", "페니", "GBP"}, {"원", "전", "KRW"},
	}
	for range 3000 {
		s := subs[r.IntN(len(subs))]
		whole := 1 + r.Int64N(100_000)
		cents := 1 + r.Int64N(99)
		want := new(big.Rat).SetFrac64(whole*100+cents, 100)
		expr := groupThousands(whole) + s.main + (" ")[:r.IntN(2)] + strconv.FormatInt(cents, 10) + s.sub
		checkWritten(t, expr, want, "money", s.unit)
	}
}
