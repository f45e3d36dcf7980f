package normalize

import (
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// groupThousands writes n with thousands separators: 1234567 → 1,234,567.
func groupThousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// newspaperStyle writes n the way Korean newspapers do, picking one of
// several styles: 1조2000억, 1조 2,000억, 3억5,000만, 1,234만, 5천만,
// 1,234,567.
func newspaperStyle(r *rand.Rand, n int64) string {
	if n == 0 {
		return "0"
	}
	units := []struct {
		exp  int64
		name string
	}{{1_000_000_000_000, "조"}, {100_000_000, "억"}, {10_000, "만"}}
	style := r.IntN(5)
	if style == 0 {
		return groupThousands(n)
	}
	var parts []string
	rest := n
	for _, u := range units {
		g := rest / u.exp
		rest %= u.exp
		if g == 0 {
			continue
		}
		var gs string
		switch {
		case style == 1:
			gs = strconv.FormatInt(g, 10)
		case style == 2:
			gs = groupThousands(g)
		case style == 3 && g%1000 == 0 && g < 10000:
			gs = strconv.FormatInt(g/1000, 10) + "천"
		default:
			gs = groupThousands(g)
		}
		parts = append(parts, gs+u.name)
	}
	if rest > 0 {
		if style == 1 {
			parts = append(parts, strconv.FormatInt(rest, 10))
		} else {
			parts = append(parts, groupThousands(rest))
		}
	}
	sep := ""
	if style == 2 || style == 4 {
		sep = " "
	}
	return strings.Join(parts, sep)
}

func TestNumberRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(20250627, 1))
	for i := range 20000 {
		var n int64
		switch i % 4 {
		case 0:
			n = r.Int64N(10_000)
		case 1:
			n = r.Int64N(100_000_000)
		case 2:
			n = r.Int64N(10_000_000_000_000_000)
		default: // round newspaper figures: 5천만, 3억5000만
			n = r.Int64N(100_000) * []int64{1_000, 10_000, 10_000_000, 100_000_000}[r.IntN(4)]
		}
		s := newspaperStyle(r, n)
		got, err := ParseNumber(s)
		require.NoError(t, err, "%d written %q", n, s)
		require.Equal(t, strconv.FormatInt(n, 10), got.Value.String(), "written %q", s)

		a, err := ParseAmount(s + " 원")
		require.NoError(t, err, "%q", s+" 원")
		require.Equal(t, strconv.FormatInt(n, 10), a.Value.String(), "written %q", s+" 원")
	}
}

func TestNumberRoundTripDecimals(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	for range 5000 {
		whole := r.Int64N(1_000_000)
		frac := r.Int64N(1000)
		s := groupThousands(whole) + "." + strconv.FormatInt(1000+frac, 10)[1:]
		want, _ := new(big.Rat).SetString(strings.ReplaceAll(s, ",", ""))
		got, err := ParseNumber(s)
		require.NoError(t, err, s)
		require.Zero(t, got.Value.Rat().Cmp(want), "%q: got %s", s, got.Value)

		// 2.5조, 1.3억: a decimal before a big unit.
		u := []string{"만", "억", "조"}[r.IntN(3)]
		exp := map[string]int64{"만": 4, "억": 8, "조": 12}[u]
		small := strconv.FormatInt(r.Int64N(100), 10) + "." + strconv.FormatInt(r.Int64N(10), 10)
		got, err = ParseNumber(small + u)
		require.NoError(t, err, small+u)
		w, _ := new(big.Rat).SetString(small)
		w.Mul(w, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(exp), nil)))
		require.Zero(t, got.Value.Rat().Cmp(w), "%q: got %s", small+u, got.Value)
	}
}
