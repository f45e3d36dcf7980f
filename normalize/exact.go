package normalize

import (
	"math"
	"math/big"
	"math/bits"
)

// exact is the scanner's exact rational number. Most numbers in text are
// small integers or short decimals, so the value is held as n×10^-scale in
// an int64 with no allocation, and as a big.Rat only when that cannot hold
// it exactly (more than 18 significant digits, or a fraction such as 1/3
// that is not a short decimal). Every operation gives the exact result that
// the same operation on Decimal gives; nothing is ever rounded. The zero
// exact is 0.
//
// The small form is canonical: n is never math.MinInt64, and when scale > 0
// n is not a multiple of ten (so an integer always has scale 0). A big value
// is never modified after it is made, so exacts may share it.
type exact struct {
	n     int64
	scale int      // 0 … maxExactScale
	big   *big.Rat // the value when non-nil; n and scale are then 0
}

// maxExactScale is the largest scale of the small form: 10^18 fits in an
// int64.
const maxExactScale = 18

// pow10i holds 10^0 … 10^18.
var pow10i = func() (out [maxExactScale + 1]int64) {
	out[0] = 1
	for i := 1; i < len(out); i++ {
		out[i] = out[i-1] * 10
	}
	return out
}()

// exactInt returns the integer n.
func exactInt(n int64) exact {
	if n == math.MinInt64 {
		return exact{big: new(big.Rat).SetInt64(n)}
	}
	return exact{n: n}
}

// exactSmall returns n×10^-scale in canonical form; scale must be in
// 0 … maxExactScale and n not math.MinInt64.
func exactSmall(n int64, scale int) exact {
	for scale > 0 && n%10 == 0 {
		n /= 10
		scale--
	}
	if n == 0 {
		scale = 0
	}
	return exact{n: n, scale: scale}
}

// exactRat returns r, in the small form when r is an int64 integer. r must
// not be modified afterwards.
func exactRat(r *big.Rat) exact {
	if r.IsInt() && r.Num().IsInt64() {
		return exactInt(r.Num().Int64())
	}
	return exact{big: r}
}

// exactPow10 returns 10^e (e ≥ 0).
func exactPow10(e int) exact {
	if e <= maxExactScale {
		return exact{n: pow10i[e]}
	}
	return exact{big: new(big.Rat).SetInt(bigPow10(e))}
}

// bigPow10 returns a new big.Int holding 10^e.
func bigPow10(e int) *big.Int {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(e)), nil)
}

// rat returns the value as a big.Rat, which the caller must not modify.
func (x exact) rat() *big.Rat {
	if x.big != nil {
		return x.big
	}
	r := new(big.Rat).SetInt64(x.n)
	if x.scale > 0 {
		r.Quo(r, new(big.Rat).SetInt64(pow10i[x.scale]))
	}
	return r
}

// dec returns the value as a Decimal with storage of its own.
func (x exact) dec() Decimal {
	if x.big == nil && x.scale == 0 {
		return NewDecimal(x.n)
	}
	return NewDecimalRat(x.rat())
}

// decPtr returns a pointer to x as a new Decimal.
func decPtr(x exact) *Decimal {
	d := x.dec()
	return &d
}

// mul64 returns a×b and whether it is exact (and not math.MinInt64).
func mul64(a, b int64) (int64, bool) {
	ua, ub := uint64(a), uint64(b)
	neg := false
	if a < 0 {
		ua, neg = -ua, true
	}
	if b < 0 {
		ub, neg = -ub, !neg
	}
	hi, lo := bits.Mul64(ua, ub)
	if hi != 0 || lo > math.MaxInt64 {
		return 0, false
	}
	if neg {
		return -int64(lo), true
	}
	return int64(lo), true
}

// add64 returns a+b and whether it is exact (and not math.MinInt64).
func add64(a, b int64) (int64, bool) {
	s := a + b
	if (s > a) != (b > 0) || s == math.MinInt64 {
		return 0, false
	}
	return s, true
}

// align returns x.n and y.n brought to a common scale, that scale, and
// whether they fit. Both must be small.
func align(x, y exact) (int64, int64, int, bool) {
	switch {
	case x.scale == y.scale:
		return x.n, y.n, x.scale, true
	case x.scale > y.scale:
		b, ok := mul64(y.n, pow10i[x.scale-y.scale])
		return x.n, b, x.scale, ok
	default:
		a, ok := mul64(x.n, pow10i[y.scale-x.scale])
		return a, y.n, y.scale, ok
	}
}

// add returns x+y.
func (x exact) add(y exact) exact {
	if x.big == nil && y.big == nil {
		if a, b, s, ok := align(x, y); ok {
			if sum, ok := add64(a, b); ok {
				return exactSmall(sum, s)
			}
		}
	}
	return exactRat(new(big.Rat).Add(x.rat(), y.rat()))
}

// mulPow10 returns x×10^e (e ≥ 0).
func (x exact) mulPow10(e int) exact {
	if x.big == nil {
		if e <= x.scale {
			return exactSmall(x.n, x.scale-e)
		}
		if k := e - x.scale; k <= maxExactScale {
			if p, ok := mul64(x.n, pow10i[k]); ok {
				return exact{n: p}
			}
		}
	}
	return exactRat(new(big.Rat).Mul(x.rat(), new(big.Rat).SetInt(bigPow10(e))))
}

// quoPow10 returns x÷10^e (e ≥ 0).
func (x exact) quoPow10(e int) exact {
	if x.big == nil && x.scale+e <= maxExactScale {
		return exactSmall(x.n, x.scale+e)
	}
	return exactRat(new(big.Rat).Quo(x.rat(), new(big.Rat).SetInt(bigPow10(e))))
}

// quo returns x÷y, and 0 when y is 0 (as Decimal.Quo does).
func (x exact) quo(y exact) exact {
	if y.sign() == 0 {
		return exact{}
	}
	if x.big == nil && y.big == nil {
		// x÷y = (x.n×10^y.scale) ÷ y.n × 10^-x.scale: find the shortest
		// decimal that is exactly the quotient, if one fits
		num, den, scale := x.n, y.n, x.scale-y.scale
		ok := true
		if scale < 0 {
			num, ok = mul64(num, pow10i[-scale])
			scale = 0
		}
		for ok && scale <= maxExactScale {
			if num%den == 0 {
				return exactSmall(num/den, scale)
			}
			num, ok = mul64(num, 10)
			scale++
		}
	}
	return exactRat(new(big.Rat).Quo(x.rat(), y.rat()))
}

// neg returns -x.
func (x exact) neg() exact {
	if x.big == nil {
		return exact{n: -x.n, scale: x.scale}
	}
	return exactRat(new(big.Rat).Neg(x.big))
}

// sign returns -1, 0 or +1.
func (x exact) sign() int {
	switch {
	case x.big != nil:
		return x.big.Sign()
	case x.n < 0:
		return -1
	case x.n > 0:
		return 1
	}
	return 0
}

// isInt reports whether x is a whole number.
func (x exact) isInt() bool {
	if x.big != nil {
		return x.big.IsInt()
	}
	return x.scale == 0
}

// cmp compares x and y and returns -1, 0 or +1.
func (x exact) cmp(y exact) int {
	if x.big == nil && y.big == nil {
		if a, b, _, ok := align(x, y); ok {
			switch {
			case a < b:
				return -1
			case a > b:
				return 1
			}
			return 0
		}
	}
	return x.rat().Cmp(y.rat())
}

// cmpPow10 compares x and 10^e (e ≥ 0).
func (x exact) cmpPow10(e int) int {
	if x.big == nil && e <= maxExactScale {
		return x.cmp(exact{n: pow10i[e]})
	}
	return x.cmp(exactPow10(e))
}
