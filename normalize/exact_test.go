package normalize

import (
	"math"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The scanner computes with exact, whose int64 fast path must give exactly
// what Decimal (big.Rat) gives. These tests check every operation against
// Decimal on edge values and on random ones, in both representations.

// exactCase is one operand: its exact form and the Decimal it stands for.
type exactCase struct {
	x exact
	d Decimal
}

// smallCase returns n×10^-scale in the small form (canonicalized).
func smallCase(n int64, scale int) exactCase {
	x := exactSmall(n, scale)
	r := new(big.Rat).SetFrac(big.NewInt(n), bigPow10(scale))
	return exactCase{x, NewDecimalRat(r)}
}

// bigCase returns r held as a big.Rat, even when it would fit the small
// form: the operations must not depend on the representation.
func bigCase(r *big.Rat) exactCase {
	return exactCase{exact{big: r}, NewDecimalRat(r)}
}

// edgeInts are values at and around the int64 and power-of-ten limits.
var edgeInts = []int64{
	0, 1, -1, 2, 3, 7, 9, 10, 11, 20, 90, 99, 100, 1000, 9999, 10000, 12345,
	1e9, 1e17, 1e18 - 1, 1e18, 1e18 + 1, math.MaxInt64 / 10, math.MaxInt64/10 + 1,
	math.MaxInt64 - 1, math.MaxInt64, -math.MaxInt64, 3037000499, 3037000500,
	-1e18, 922337203685477580, 999999999999999999,
}

// exactCases returns the edge operands plus n random ones.
func exactCases(rng *rand.Rand, n int) []exactCase {
	var out []exactCase
	for _, v := range edgeInts {
		for _, sc := range []int{0, 1, 2, 17, 18} {
			out = append(out, smallCase(v, sc))
		}
	}
	for _, s := range []string{"1/3", "-2/7", "1/2", "3/4", "100000000000000000000", "-12345678901234567890.5", "1/1000000000000000000000"} {
		r, _ := new(big.Rat).SetString(s)
		out = append(out, bigCase(r))
	}
	out = append(out, bigCase(big.NewRat(5, 1)), bigCase(new(big.Rat)))
	for range n {
		switch rng.IntN(4) {
		case 0: // small integers, the common case
			out = append(out, smallCase(rng.Int64N(2000)-1000, 0))
		case 1: // decimals
			out = append(out, smallCase(rng.Int64N(2e6)-1e6, rng.IntN(maxExactScale+1)))
		case 2: // near the limits
			v := int64(rng.Uint64() >> rng.UintN(64))
			if rng.IntN(2) == 0 {
				v = -v
			}
			if v == math.MinInt64 {
				v++
			}
			out = append(out, smallCase(v, rng.IntN(maxExactScale+1)))
		default: // big rationals
			var digits strings.Builder
			for range 1 + rng.IntN(30) {
				digits.WriteByte(byte('0' + rng.IntN(10)))
			}
			num, _ := new(big.Int).SetString(digits.String(), 10)
			if rng.IntN(2) == 0 {
				num.Neg(num)
			}
			den := big.NewInt(rng.Int64N(1000) + 1)
			out = append(out, bigCase(new(big.Rat).SetFrac(num, den)))
		}
	}
	return out
}

// checkExact asserts that x is d and, when small, canonical.
func checkExact(t *testing.T, what string, x exact, d Decimal) {
	t.Helper()
	require.Zero(t, x.rat().Cmp(&d.r), "%s: got %s, want %s", what, x.rat().RatString(), d.r.RatString())
	require.Equal(t, d.String(), x.dec().String(), what)
	if x.big == nil {
		require.NotEqual(t, int64(math.MinInt64), x.n, what)
		require.True(t, x.scale >= 0 && x.scale <= maxExactScale, "%s: scale %d", what, x.scale)
		require.True(t, x.scale == 0 || x.n%10 != 0, "%s: not canonical: %d e-%d", what, x.n, x.scale)
	}
}

func TestExactMatchesDecimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	n := 200
	if testing.Short() {
		n = 60
	}
	cases := exactCases(rng, n)
	for _, a := range cases {
		checkExact(t, "value", a.x, a.d)
		checkExact(t, "neg", a.x.neg(), a.d.Neg())
		require.Equal(t, a.d.Sign(), a.x.sign())
		require.Equal(t, a.d.IsInt(), a.x.isInt(), a.d.String())
		for _, e := range []int{0, 1, 2, 3, 4, 8, 12, 16, 17, 18, 19, 20, 24, 30} {
			p := NewDecimalRat(new(big.Rat).SetInt(bigPow10(e)))
			checkExact(t, "mulPow10", a.x.mulPow10(e), a.d.Mul(p))
			checkExact(t, "quoPow10", a.x.quoPow10(e), a.d.Quo(p))
			require.Equal(t, a.d.Cmp(p), a.x.cmpPow10(e), "cmpPow10 %s %d", a.d, e)
		}
		for _, b := range cases {
			checkExact(t, "add", a.x.add(b.x), a.d.Add(b.d))
			checkExact(t, "quo", a.x.quo(b.x), a.d.Quo(b.d))
			require.Equal(t, a.d.Cmp(b.d), a.x.cmp(b.x), "cmp %s %s", a.d, b.d)
		}
	}
}

func TestExactPow10(t *testing.T) {
	for e := range 40 {
		checkExact(t, "pow10", exactPow10(e), NewDecimalRat(new(big.Rat).SetInt(bigPow10(e))))
	}
}

// TestReadDigitsMatchesParseDecimal checks the int64 digit reader against
// ParseDecimal on the same digits, for runs of every length up to the limit.
func TestReadDigitsMatchesParseDecimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 3000 {
		nd := 1 + rng.IntN(maxDecimalDigits)
		var in, plain strings.Builder
		point := -1
		if rng.IntN(2) == 0 && nd > 1 {
			point = 1 + rng.IntN(nd-1)
		}
		for k := range nd {
			if k == point {
				in.WriteString([]string{".", "．"}[rng.IntN(2)])
				plain.WriteByte('.')
			}
			d := byte('0' + rng.IntN(10))
			if rng.IntN(8) == 0 {
				in.WriteString(string(rune('０' + rune(d-'0'))))
			} else {
				in.WriteByte(d)
			}
			plain.WriteByte(d)
		}
		in.WriteString("원")
		got, end, dec, err := readDigits(in.String(), 0)
		require.NoError(t, err, in.String())
		require.Equal(t, point >= 0, dec)
		require.Equal(t, len(in.String())-len("원"), end)
		checkExact(t, in.String(), got, MustDecimal(plain.String()))
	}
	_, end, _, err := readDigits(strings.Repeat("9", maxDecimalDigits+1)+"원", 0)
	require.ErrorIs(t, err, ErrNumberTooLarge)
	require.Equal(t, maxDecimalDigits+1, end)
	v, end, _, err := readDigits("1,234,567.5,0", 0)
	require.NoError(t, err)
	require.Equal(t, len("1,234,567.5"), end)
	checkExact(t, "separators", v, MustDecimal("1234567.5"))
}

// FuzzExact checks the fast path against Decimal on fuzzed operands.
func FuzzExact(f *testing.F) {
	f.Add(int64(12345), uint8(2), int64(-7), uint8(0), uint8(4))
	f.Add(int64(math.MaxInt64), uint8(0), int64(math.MaxInt64), uint8(18), uint8(19))
	f.Fuzz(func(t *testing.T, an int64, as uint8, bn int64, bs uint8, e uint8) {
		if an == math.MinInt64 || bn == math.MinInt64 {
			return
		}
		a := smallCase(an, int(as)%(maxExactScale+1))
		b := smallCase(bn, int(bs)%(maxExactScale+1))
		p := NewDecimalRat(new(big.Rat).SetInt(bigPow10(int(e) % 40)))
		checkExact(t, "add", a.x.add(b.x), a.d.Add(b.d))
		checkExact(t, "quo", a.x.quo(b.x), a.d.Quo(b.d))
		checkExact(t, "neg", a.x.neg(), a.d.Neg())
		checkExact(t, "mulPow10", a.x.mulPow10(int(e)%40), a.d.Mul(p))
		checkExact(t, "quoPow10", a.x.quoPow10(int(e)%40), a.d.Quo(p))
		require.Equal(t, a.d.Cmp(b.d), a.x.cmp(b.x))
		require.Equal(t, a.d.Cmp(p), a.x.cmpPow10(int(e)%40))
		require.Equal(t, a.d.IsInt(), a.x.isInt())
	})
}
