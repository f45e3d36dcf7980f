package normalize

import (
	"fmt"
	"strings"
)

// Number is a parsed Korean or Arabic numeral.
//
// For an exact number Value holds it. For a vague magnitude (수십억, 수백,
// 십수) Min and Max are set instead: Min inclusive, Max exclusive, so 수십억 is
// [10억, 100억) and 십수 is [11, 20).
type Number struct {
	// Value is the exact value when Min and Max are nil.
	Value Decimal
	// Min and Max bound a vague magnitude: [Min, Max).
	Min, Max *Decimal
	// Approximate is set by 약, 대략, 여, 가량, 정도, 안팎, 남짓, 쯤.
	Approximate bool
	// Ordinal is set for 첫째, 둘째, 세 번째, 3번째, 제3.
	Ordinal bool
}

// ordinalSuffixes make a number an ordinal, longest first.
var ordinalSuffixes = []string{" 번째", "번째", "째번", "째"}

// approxSuffixes after a number mark it approximate.
var approxSuffixes = []string{"가량", "정도", "안팎", "남짓", "쯤"}

// ParseNumber parses a whole numeral: Arabic digits with separators and
// decimals (full-width too), Sino-Korean (이천칠백사십오억, 삼점사), native
// Korean (스물다섯, 열한), mixed (1조 2,000억, 3억5천만, 6억9460여만),
// fractions (사분의삼, 4분의 3, 3/4), negatives (마이너스 3), ordinals (첫째,
// 세 번째, 제3) and vague magnitudes (수십억, 몇백만, 십수). Numbers of more
// than 80 digits are an error wrapping ErrNumberTooLarge.
func ParseNumber(s string) (Number, error) {
	return parseNumber(s, nil)
}

// parseNumber is ParseNumber, adding the scanner's work to *work when work
// is not nil.
func parseNumber(s string, work *int) (Number, error) {
	t := squashSpaces(s)
	var out Number
	for _, q := range []string{"약", "대략"} {
		if strings.HasPrefix(t, q) {
			t = strings.TrimPrefix(t[len(q):], " ")
			out.Approximate = true
			break
		}
	}
	if strings.HasPrefix(t, "제") {
		t = strings.TrimPrefix(t[len("제"):], " ")
		out.Ordinal = true
		if num, ok := strings.CutSuffix(t, "조"); ok && num != "" {
			// 제3조 is Article 3: 조 is the counter, not 10^12
			return Number{}, fmt.Errorf("parse number %q: unexpected %q (an article number)", s, "조")
		}
	}
	if rest, ok := strings.CutPrefix(t, "첫"); ok {
		for _, suf := range ordinalSuffixes {
			if rest == suf {
				out.Value, out.Ordinal = NewDecimal(1), true
				return out, nil
			}
		}
		return Number{}, fmt.Errorf("parse number %q: %w", s, errNoNumber)
	}
	if t == "" {
		return Number{}, fmt.Errorf("parse number %q: empty", s)
	}
	p := numScanner{s: t, work: work}
	n, err := p.scan(0)
	p.count(0, n.end)
	if err != nil {
		return Number{}, fmt.Errorf("parse number %q: %w", s, err)
	}
	j := n.end
	for _, suf := range ordinalSuffixes {
		if strings.HasPrefix(t[j:], suf) {
			j += len(suf)
			out.Ordinal = true
			break
		}
	}
	k := skipSpace(t, j)
	for _, suf := range approxSuffixes {
		if strings.HasPrefix(t[k:], suf) {
			j = k + len(suf)
			out.Approximate = true
			break
		}
	}
	if j != len(t) {
		return Number{}, fmt.Errorf("parse number %q: unexpected %q", s, t[j:])
	}
	if out.Ordinal && (n.vague() || n.negative || !n.value.isInt() || n.value.sign() <= 0) {
		return Number{}, fmt.Errorf("parse number %q: not an ordinal", s)
	}
	out.Approximate = out.Approximate || n.approx
	if n.vague() {
		out.Min, out.Max = decPtr(n.lo), decPtr(n.hi)
	} else {
		out.Value = n.value.dec()
	}
	return out, nil
}
