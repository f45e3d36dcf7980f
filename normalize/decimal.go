package normalize

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
)

// Decimal is an exact rational number that prints as a plain decimal.
//
// Values from text (1조2000억, 1,234.56, 3/4) are held as big.Rat, so
// arithmetic never rounds. When the value has a finite decimal expansion
// (every value a newspaper prints does), String and MarshalJSON write it
// exactly, never in exponent form; otherwise they write 12 decimal places.
// The zero Decimal is 0.
type Decimal struct {
	r big.Rat
}

// maxDecimalDigits bounds the size of numbers accepted from text, so that
// hostile input (ten thousand digits, 억억억...) is an error, not a hang.
const maxDecimalDigits = 80

// ErrNumberTooLarge is returned for numbers longer than the parser accepts.
var ErrNumberTooLarge = errors.New("number too large")

// NewDecimal returns the integer n as a Decimal.
func NewDecimal(n int64) Decimal {
	var d Decimal
	d.r.SetInt64(n)
	return d
}

// NewDecimalRat returns a Decimal holding a copy of r.
func NewDecimalRat(r *big.Rat) Decimal {
	var d Decimal
	d.r.Set(r)
	return d
}

// ParseDecimal parses a plain decimal such as "-1234.56" or "1,234.56"
// (thousands separators are ignored). It rejects exponents and numbers with
// more than 80 digits.
func ParseDecimal(s string) (Decimal, error) {
	var d Decimal
	clean := strings.ReplaceAll(s, ",", "")
	if clean == "" {
		return d, fmt.Errorf("parse decimal %q: empty", s)
	}
	digits := 0
	for i, c := range clean {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' || (i == 0 && (c == '-' || c == '+')):
		default:
			return d, fmt.Errorf("parse decimal %q: invalid character %q", s, c)
		}
	}
	if digits == 0 {
		return d, fmt.Errorf("parse decimal %q: no digits", s)
	}
	if digits > maxDecimalDigits {
		return d, fmt.Errorf("parse decimal %q: %w", s, ErrNumberTooLarge)
	}
	if _, ok := d.r.SetString(clean); !ok {
		return d, fmt.Errorf("parse decimal %q: invalid", s)
	}
	return d, nil
}

// MustDecimal is ParseDecimal for constants in code and tests; it panics on
// a malformed literal.
func MustDecimal(s string) Decimal {
	d, err := ParseDecimal(s)
	if err != nil {
		panic(err)
	}
	return d
}

// Rat returns a copy of the value as a big.Rat.
func (d Decimal) Rat() *big.Rat { return new(big.Rat).Set(&d.r) }

// Sign returns -1, 0 or +1.
func (d Decimal) Sign() int { return d.r.Sign() }

// Cmp compares d and e and returns -1, 0 or +1.
func (d Decimal) Cmp(e Decimal) int { return d.r.Cmp(&e.r) }

// Equal reports whether d and e are the same number.
func (d Decimal) Equal(e Decimal) bool { return d.r.Cmp(&e.r) == 0 }

// IsInt reports whether d is a whole number.
func (d Decimal) IsInt() bool { return d.r.IsInt() }

// Add returns d+e.
func (d Decimal) Add(e Decimal) Decimal {
	var out Decimal
	out.r.Add(&d.r, &e.r)
	return out
}

// Sub returns d-e.
func (d Decimal) Sub(e Decimal) Decimal {
	var out Decimal
	out.r.Sub(&d.r, &e.r)
	return out
}

// Mul returns d×e.
func (d Decimal) Mul(e Decimal) Decimal {
	var out Decimal
	out.r.Mul(&d.r, &e.r)
	return out
}

// Quo returns d÷e; it returns 0 when e is 0.
func (d Decimal) Quo(e Decimal) Decimal {
	var out Decimal
	if e.r.Sign() == 0 {
		return out
	}
	out.r.Quo(&d.r, &e.r)
	return out
}

// Neg returns -d.
func (d Decimal) Neg() Decimal {
	var out Decimal
	out.r.Neg(&d.r)
	return out
}

// Float64 returns the nearest float64, for display and statistics only.
func (d Decimal) Float64() float64 {
	f, _ := d.r.Float64()
	return f
}

// finitePrecision returns the number of decimal places needed to write d
// exactly, or -1 if its expansion does not terminate.
func (d Decimal) finitePrecision() int {
	den := new(big.Int).Set(d.r.Denom())
	two, five := big.NewInt(2), big.NewInt(5)
	var m big.Int
	n2, n5 := 0, 0
	for {
		if m.Mod(den, two); m.Sign() != 0 {
			break
		}
		den.Quo(den, two)
		n2++
	}
	for {
		if m.Mod(den, five); m.Sign() != 0 {
			break
		}
		den.Quo(den, five)
		n5++
	}
	if den.Cmp(big.NewInt(1)) != 0 {
		return -1
	}
	return max(n2, n5)
}

// String writes d as a plain decimal: "500000000000", "1234.56", "0.75".
func (d Decimal) String() string {
	if d.r.IsInt() {
		return d.r.Num().String()
	}
	p := d.finitePrecision()
	if p < 0 {
		p = 12
	}
	s := d.r.FloatString(p)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(s, "0")
		s = strings.TrimSuffix(s, ".")
	}
	return s
}

// MarshalJSON writes d as an exact JSON number.
func (d Decimal) MarshalJSON() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalJSON reads a JSON number (or a string holding one) exactly.
func (d *Decimal) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	if strings.ContainsAny(s, "eE") {
		if _, ok := d.r.SetString(s); !ok {
			return fmt.Errorf("decimal: invalid JSON number %s", b)
		}
		return nil
	}
	v, err := ParseDecimal(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}
