package normalize

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"
)

// This file holds the numeral scanner shared by ParseNumber, ParseAmount and
// FindAmounts. It reads the longest number starting at a byte offset:
//
//	number   = [sign] ( vague | native | compound ) [fraction] [여]
//	compound = group { [" "] group }          big units strictly descending
//	group    = small [여] [" "] bigunit | small      bigunit = 만 억 조 경
//	small    = { [coef] smallunit [" "] } [ones] [점 digits]   smallunit = 천 백 십
//	coef     = digit-run | 일…구
//
// A space is taken inside a number only where what follows continues it:
// after a small unit before a smaller one or a digit run below it (3천
// 2백, 2천 500), before a big unit that ends the number or goes on (5 억
// 달러, 3천 만원, 11억6000여 만원), after a big unit (1억 5천만).
//
// Every loop is bounded by the input it consumes or by a small constant
// (at most four big units, three small units), so the cost is linear.

// errNoNumber reports that no number starts at the offset.
var errNoNumber = errors.New("no number")

// numScan is one number read by the scanner.
type numScan struct {
	start, end int
	numStart   int // start of the numeral after the sign
	value      exact
	lo, hi     exact // vague magnitude [lo, hi) when isVague
	isVague    bool
	approx     bool // 여 inside or after the number
	digits     bool // contains Arabic digits
	native     bool // native Korean numeral (하나, 스물다섯, 세)
	bigExp     int  // exponent of the last big unit (4, 8, 12, 16), 0 if none
	unitOnly   bool // digits-free number whose first group had no coefficient (만, 억)
	wordMode   bool // written in Korean numeral words
	negative   bool
	fraction   bool
}

// vague reports whether the number is a vague magnitude (수십억).
func (n *numScan) vague() bool { return n.isVague }

// hangulRunes counts Hangul syllables in the number's text.
func (n *numScan) hangulRunes(s string) int {
	c := 0
	for _, r := range s[max(n.start, n.numStart):n.end] {
		if isHangul(r) {
			c++
		}
	}
	return c
}

// numScanner reads numbers from s. In strict mode (used by FindAmounts) it
// refuses forms that are common outside numbers: fractions written 3/4,
// digit runs followed by another dot or colon (versions, times).
type numScanner struct {
	s      string
	strict bool
	// work, when set, counts the bytes every scan reads (plus one per
	// scan): tests compare it between inputs of 1× and 10× the size to
	// check that the cost is linear, without timing anything.
	work *int
}

// digitAt returns the value of the ASCII or full-width digit at i and its
// size, or -1.
func digitAt(s string, i int) (int, int) {
	if i >= len(s) {
		return -1, 0
	}
	c := s[i]
	if c >= '0' && c <= '9' {
		return int(c - '0'), 1
	}
	if c == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99 {
		return int(s[i+2] - 0x90), 3
	}
	return -1, 0
}

// sepAt reports a thousands separator (, or ，) at i and its size.
func sepAt(s string, i int) int {
	if i < len(s) && s[i] == ',' {
		return 1
	}
	if strings.HasPrefix(s[i:], "，") {
		return len("，")
	}
	return 0
}

// pointAt reports a decimal point (. or ．) at i and its size.
func pointAt(s string, i int) int {
	if i < len(s) && s[i] == '.' {
		return 1
	}
	if strings.HasPrefix(s[i:], "．") {
		return len("．")
	}
	return 0
}

// readDigits reads a digit run with thousands separators and one decimal
// point. It returns the value, the end offset and whether a point was read.
// A run longer than maxDecimalDigits is an ErrNumberTooLarge error whose end
// is still the end of the run, so callers can skip it in one step.
func readDigits(s string, i int) (exact, int, bool, error) {
	j, n, dec := i, 0, false
	var v int64 // the first maxExactScale digits
	frac := 0   // digits after the point
	for j < len(s) {
		if d, sz := digitAt(s, j); d >= 0 {
			if n < maxExactScale {
				v = v*10 + int64(d)
			}
			n++
			if dec {
				frac++
			}
			j += sz
			continue
		}
		if sz := sepAt(s, j); sz > 0 && !dec && n > 0 {
			cnt, m := 0, j+sz
			for cnt < 4 {
				d, dsz := digitAt(s, m)
				if d < 0 {
					break
				}
				cnt++
				m += dsz
			}
			if cnt == 3 {
				j += sz
				continue
			}
			break
		}
		if sz := pointAt(s, j); sz > 0 && !dec && n > 0 {
			if d, _ := digitAt(s, j+sz); d >= 0 {
				dec = true
				j += sz
				continue
			}
		}
		break
	}
	if n == 0 {
		return exact{}, i, false, errNoNumber
	}
	if n > maxDecimalDigits {
		return exact{}, j, dec, fmt.Errorf("%d digits: %w", n, ErrNumberTooLarge)
	}
	if n <= maxExactScale {
		return exactSmall(v, frac), j, dec, nil
	}
	d, err := ParseDecimal(plainDigits(s, i, j))
	if err != nil {
		return exact{}, j, dec, fmt.Errorf("digits: %w", err)
	}
	return exactRat(&d.r), j, dec, nil
}

// plainDigits returns the digit run s[i:j] read by readDigits as ASCII
// digits with at most one '.', without separators.
func plainDigits(s string, i, j int) string {
	b := make([]byte, 0, j-i)
	for k := i; k < j; {
		if d, sz := digitAt(s, k); d >= 0 {
			b = append(b, byte('0'+d))
			k += sz
		} else if sz := pointAt(s, k); sz > 0 {
			b = append(b, '.')
			k += sz
		} else if sz := sepAt(s, k); sz > 0 {
			k += sz
		} else {
			k++
		}
	}
	return string(b)
}

// runeAt decodes the rune at i (utf8.RuneError, 0 at the end).
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isHangul reports a precomposed Hangul syllable or a compatibility jamo.
func isHangul(r rune) bool {
	return (r >= 0xAC00 && r <= 0xD7A3) || (r >= 0x3131 && r <= 0x318E) || (r >= 0x1100 && r <= 0x11FF)
}

// sinoDigit returns the value of a Sino-Korean digit word 일…구, or 0.
func sinoDigit(r rune) int64 {
	switch r {
	case '일':
		return 1
	case '이':
		return 2
	case '삼':
		return 3
	case '사':
		return 4
	case '오':
		return 5
	case '육', '륙':
		return 6
	case '칠':
		return 7
	case '팔':
		return 8
	case '구':
		return 9
	}
	return 0
}

// isZeroWord reports 영, 공, 빵 (zero).
func isZeroWord(r rune) bool { return r == '영' || r == '공' || r == '빵' }

// smallUnitExp returns 1, 2, 3 for 십, 백, 천 at i, and the end offset.
func smallUnitExp(s string, i int) (int, int) {
	r, sz := runeAt(s, i)
	switch r {
	case '십':
		return 1, i + sz
	case '백':
		return 2, i + sz
	case '천':
		return 3, i + sz
	}
	return 0, i
}

// bigUnitExp returns 4, 8, 12, 16 for 만, 억, 조, 경 at i, and the end offset.
func bigUnitExp(s string, i int) (int, int) {
	r, sz := runeAt(s, i)
	switch r {
	case '만':
		return 4, i + sz
	case '억':
		return 8, i + sz
	case '조':
		return 12, i + sz
	case '경':
		return 16, i + sz
	}
	return 0, i
}

// yeoAt reports the approximation marker 여 at i (not the 여 of 여섯, 여덟,
// 여든), returning its end.
func yeoAt(s string, i int) (int, bool) {
	if !strings.HasPrefix(s[i:], "여") {
		return i, false
	}
	j := i + len("여")
	if r, _ := runeAt(s, j); r == '섯' || r == '덟' || r == '든' {
		return i, false
	}
	return j, true
}

type nativeWord struct {
	w string
	v int64
}

// Native Korean numerals, longest first within each table.
var (
	nativeTens = []nativeWord{{"스물", 20}, {"스무", 20}, {"서른", 30}, {"마흔", 40}, {"예순", 60}, {"일흔", 70}, {"여든", 80}, {"아흔", 90}, {"열", 10}, {"쉰", 50}}
	nativeOnes = []nativeWord{{"하나", 1}, {"다섯", 5}, {"여섯", 6}, {"일곱", 7}, {"여덟", 8}, {"아홉", 9}, {"한", 1}, {"둘", 2}, {"두", 2}, {"셋", 3}, {"세", 3}, {"넷", 4}, {"네", 4}}
)

// nativeFirst holds the first syllables of the native numerals: a word
// can start at i only if one of them is there.
var nativeFirst = func() *hangul.Set {
	var b strings.Builder
	for _, w := range slices.Concat(nativeTens, nativeOnes) {
		r, _ := utf8.DecodeRuneInString(w.w)
		b.WriteRune(r)
	}
	return hangul.NewSet(b.String())
}()

// matchNative returns the value and end of the first word of table at i.
func matchNative(s string, i int, table []nativeWord) (int64, int) {
	if r, ok := hangul.SyllableAt(s, i); !ok || !nativeFirst.Has(r) {
		return 0, i
	}
	for _, w := range table {
		if strings.HasPrefix(s[i:], w.w) {
			return w.v, i + len(w.w)
		}
	}
	return 0, i
}

// native reads a native Korean numeral below 100 (스물다섯, 열한, 하나).
func native(s string, i int) (int64, int, bool) {
	t, j := matchNative(s, i, nativeTens)
	o, k := matchNative(s, j, nativeOnes)
	if j == i && k == j {
		return 0, i, false
	}
	return t + o, k, true
}

// smallRes is a group below the big units: 이천칠백사십오, 2,000, 5천, 1.3.
type smallRes struct {
	val    exact
	end    int
	any    bool
	digits bool
	words  bool
	// unitEnd: the group ends with its small unit (3천, 오백), so a
	// space and a big unit may follow (3천 만원).
	unitEnd bool
}

// coef reads a coefficient: a digit run (kind 1), a Sino digit (kind 2) or a
// zero word (kind 3).
func (p *numScanner) coef(i int) (exact, int, int, error) {
	s := p.s
	if d, _ := digitAt(s, i); d >= 0 {
		v, end, _, err := readDigits(s, i)
		if err != nil {
			return exact{}, end, 1, err
		}
		return v, end, 1, nil
	}
	r, sz := runeAt(s, i)
	if v := sinoDigit(r); v > 0 {
		return exactInt(v), i + sz, 2, nil
	}
	if isZeroWord(r) {
		return exact{}, i + sz, 3, nil
	}
	return exact{}, i, 0, nil
}

// small reads one group below 10,000 (or a digit run of any size).
func (p *numScanner) small(i int, digitMode, wordMode bool) (smallRes, error) {
	s := p.s
	r := smallRes{end: i}
	last := 4
	j := i
	unitEnd := -1 // where the last small unit ended
	for range 5 {
		if last < 4 && j < len(s) && s[j] == ' ' && p.spacedSmall(j+1, last, digitMode, wordMode) {
			j++ // 3천 2백, 칠천 오백, 2천 500: a space after a small unit
		}
		c, k, kind, err := p.coef(j)
		if err != nil {
			r.end = k
			return r, err
		}
		if (kind == 1 && wordMode) || ((kind == 2 || kind == 3) && digitMode) {
			break
		}
		ue, k2 := smallUnitExp(s, k)
		if ue == 0 || ue >= last {
			switch kind {
			case 1:
				if r.any && c.cmpPow10(last) >= 0 {
					break
				}
				r.val, j, r.any, r.digits = r.val.add(c), k, true, true
			case 2:
				r.val, j, r.any, r.words = r.val.add(c), k, true, true
			case 3:
				if !r.any {
					r.val, j, r.any, r.words = exact{}, k, true, true
				}
			default:
				if last == 1 && !digitMode {
					if v, k3 := matchNative(s, j, nativeOnes); k3 > j {
						r.val, j, r.words = r.val.add(exactInt(v)), k3, true
					}
				}
			}
			break
		}
		if kind == 3 || (kind == 1 && c.cmpPow10(1) >= 0) {
			break
		}
		if kind == 0 {
			if digitMode && !r.any {
				break // 5천 needs its digit: a bare 천 after digits is not a group
			}
			c = exactInt(1)
			r.words = true
		} else if kind == 1 {
			r.digits = true
		} else {
			r.words = true
		}
		r.val, last, j, r.any = r.val.add(c.mulPow10(ue)), ue, k2, true
		unitEnd = j
	}
	// Sino-Korean decimals: 삼점사, 일쩜이삼.
	if r.any && !r.digits {
		if rr, sz := runeAt(s, j); rr == '점' || rr == '쩜' {
			k := j + sz
			var frac exact
			nd := 0
			for nd < maxDecimalDigits {
				d, dsz := runeAt(s, k)
				v := sinoDigit(d)
				if v == 0 && !isZeroWord(d) {
					break
				}
				nd++
				frac = frac.add(exactInt(v).quoPow10(nd))
				k += dsz
			}
			if nd > 0 {
				r.val, j = r.val.add(frac), k
			}
		}
	}
	if j > i && s[j-1] == ' ' {
		j-- // never end a group on the space before what did not follow
	}
	r.end = j
	r.unitEnd = j == unitEnd
	return r, nil
}

// spacedSmall reports whether the rest of a group below 10,000 starts at i,
// after a space that follows a small unit of exponent last: a coefficient
// with a smaller small unit (3천 2백, 칠천 오백, 팔천 백) or a digit run below
// 10^last (8백 20, 2천 500). A lone Sino-Korean digit after the space (천
// 오) is another word.
func (p *numScanner) spacedSmall(i, last int, digitMode, wordMode bool) bool {
	s := p.s
	if d, _ := digitAt(s, i); d >= 0 {
		if wordMode {
			return false
		}
		v, k, _, err := readDigits(s, i)
		if err != nil {
			return false
		}
		if ue, _ := smallUnitExp(s, k); ue > 0 {
			return ue < last && v.cmpPow10(1) < 0 && v.sign() > 0
		}
		return v.cmpPow10(last) < 0
	}
	if digitMode {
		return false
	}
	if ue, _ := smallUnitExp(s, i); ue > 0 {
		return ue < last // 팔천 백사십
	}
	r, sz := runeAt(s, i)
	if sinoDigit(r) == 0 {
		return false
	}
	ue, _ := smallUnitExp(s, i+sz)
	return ue > 0 && ue < last
}

// compound reads groups joined by descending big units: 1조 2,000억,
// 이천칠백사십오억, 6억9460여만, 3162만1000.
func (p *numScanner) compound(i int) (numScan, error) {
	s := p.s
	res := numScan{start: i, end: i}
	var total exact
	lastBig := 100
	j := i
	groups := 0
	prevBig := false
	for groups < 6 {
		k := j
		spaced := false
		if groups > 0 && prevBig && k < len(s) && s[k] == ' ' {
			k++
			spaced = true
		}
		sm, err := p.small(k, groups > 0 && res.digits, groups > 0 && res.wordMode)
		if err != nil {
			res.end = sm.end
			return res, err
		}
		kk := sm.end
		approxMid := false
		if sm.any {
			if ye, ok := yeoAt(s, kk); ok {
				if be, _ := bigUnitExp(s, ye); be > 0 {
					kk, approxMid = ye, true
				} else if p.spacedBig(ye) {
					kk, approxMid = ye+1, true // 11억6000여 만원
				}
			} else if (sm.digits || sm.unitEnd) && p.spacedBig(kk) {
				kk++ // 5 억 달러, 3천 만원
			}
		}
		be, k2 := bigUnitExp(s, kk)
		if groups > 0 && !sm.any && be > 0 {
			break // 1억만: a big unit needs a coefficient after the first group
		}
		if be == 0 || be >= lastBig {
			if !sm.any || (spaced && !sm.digits && utf8.RuneCountInString(s[k:sm.end]) < 2) {
				break // across a space a group ends the number only with digits or two syllables: 2만 1000명, 이만 오천
			}
			if groups > 0 {
				if lastBig < 100 && sm.val.cmpPow10(lastBig) >= 0 {
					break
				}
				if p.strict && sm.words && !sm.digits && utf8.RuneCountInString(s[k:sm.end]) < 2 && (res.unitOnly || p.loneParticle(k, sm.end)) {
					break // 일억이 필요: a lone 이 after a big unit is a particle
				}
			}
			total = total.add(sm.val)
			j = sm.end
			res.digits = res.digits || sm.digits
			res.wordMode = res.wordMode || (sm.words && !sm.digits)
			groups++
			break
		}
		if groups > 0 && sm.any && lastBig < 100 && sm.val.cmpPow10(lastBig-be) >= 0 {
			break
		}
		v := sm.val
		if !sm.any {
			v = exactInt(1)
			if groups == 0 {
				res.unitOnly = true
			}
		}
		total = total.add(v.mulPow10(be))
		lastBig, j, prevBig = be, k2, true
		res.bigExp = be
		res.digits = res.digits || sm.digits
		res.wordMode = res.wordMode || !sm.digits
		res.approx = res.approx || approxMid
		groups++
	}
	if groups == 0 {
		return res, errNoNumber
	}
	res.value, res.end = total, j
	return res, nil
}

// loneParticle reports whether the one syllable s[k:end] after a big unit
// may be something else than a digit: 이 (a particle: 일억이 필요), a zero
// word (경영권), or any syllable that a Hangul syllable other than a unit
// follows (일억사용). 오천만구 달러 is 50,000,009. A big unit without a
// coefficient before it (경영, 조사, 만사) is a word: the caller checks.
func (p *numScanner) loneParticle(k, end int) bool {
	if r, _ := runeAt(p.s, k); r == '이' || isZeroWord(r) || k < len(p.s) && p.s[k] == ' ' {
		return true
	}
	next, sz := runeAt(p.s, end)
	if sz == 0 || !isHangul(next) {
		return false
	}
	_, _, unit := unitAt(p.s, end)
	return !unit
}

// spacedBig reports a space at i followed by a big unit that ends a
// number or is followed by more of it: 5 억 달러, 3천 만원, 6000 만명.
func (p *numScanner) spacedBig(i int) bool {
	s := p.s
	if i >= len(s) || s[i] != ' ' {
		return false
	}
	be, e := bigUnitExp(s, i+1)
	if be == 0 || be > 12 {
		return false
	}
	next, sz := runeAt(s, e)
	if sz == 0 || !isHangul(next) || isParticleStart(next) {
		return true
	}
	if _, _, ok := unitAt(s, e); ok {
		return true
	}
	_, ok := yeoAt(s, e)
	return ok
}

// vagueAt reads a vague magnitude: 수십, 수백억, 몇천, 십수, 십수억.
func (p *numScanner) vagueAt(i int) (numScan, bool) {
	s := p.s
	res := numScan{start: i}
	var lo, hi exact
	j := i
	switch {
	case strings.HasPrefix(s[i:], "십수"):
		j += len("십수")
		lo, hi = exactInt(11), exactInt(20)
		if be, k := bigUnitExp(s, j); be > 0 {
			lo, hi, j = lo.mulPow10(be), hi.mulPow10(be), k
		}
	case strings.HasPrefix(s[i:], "수") || strings.HasPrefix(s[i:], "몇"):
		j += len("수")
		ue, k := smallUnitExp(s, j)
		be, k2 := bigUnitExp(s, k)
		if ue == 0 && be == 0 {
			return res, false
		}
		lo = exactPow10(ue + be)
		hi = lo.mulPow10(1)
		j = k2
	default:
		return res, false
	}
	res.lo, res.hi, res.isVague = lo, hi, true
	res.wordMode = true
	res.end = j
	return res, true
}

// signAt reads a minus sign (-, −, 마이너스, 마이나스) and following spaces.
func (p *numScanner) signAt(i int) (int, bool) {
	s := p.s
	for _, m := range signWords {
		if strings.HasPrefix(s[i:], m) {
			j := i + len(m)
			if len(m) > 3 || !p.strict {
				for j < len(s) && s[j] == ' ' {
					j++
				}
			}
			return j, true
		}
	}
	return i, false
}

// startsNumeralWord reports a Sino-Korean digit or unit word at i.
func startsNumeralWord(s string, i int) bool {
	r, _ := runeAt(s, i)
	if sinoDigit(r) > 0 {
		return true
	}
	if e, _ := smallUnitExp(s, i); e > 0 {
		return true
	}
	e, _ := bigUnitExp(s, i)
	return e > 0
}

// unsigned reads a number without sign or fraction.
func (p *numScanner) unsigned(i int) (numScan, error) {
	if v, ok := p.vagueAt(i); ok {
		return v, nil
	}
	c, err := p.compound(i)
	if err != nil && !errors.Is(err, errNoNumber) {
		return c, err
	}
	if nv, ne, ok := native(p.s, i); ok && (err != nil || ne > c.end) {
		return numScan{start: i, end: ne, value: exactInt(nv), native: true, wordMode: true}, nil
	}
	return c, err
}

// count adds a scan from i to end to the work count, if one is kept.
func (p *numScanner) count(i, end int) {
	if p.work != nil {
		*p.work += max(end-i, 0) + 1
	}
}

// scan reads the longest number at i.
func (p *numScanner) scan(i int) (numScan, error) {
	s := p.s
	j, neg := p.signAt(i)
	if neg && p.strict {
		// -3, but 마이너스 may also read a numeral word: 마이너스 오 퍼센트
		if d, _ := digitAt(s, j); d < 0 && (j-i <= len("－") || !startsNumeralWord(s, j)) {
			return numScan{start: i, end: i}, errNoNumber
		}
	}
	n, err := p.unsigned(j)
	if err != nil {
		return n, err
	}
	n.start, n.numStart = i, j
	if p.strict && n.digits {
		// 1.2.3 (a version), 12:30 (a time), 6/30 (a date), 1,2 (a list).
		for _, c := range []string{".", ":", "/", ","} {
			if strings.HasPrefix(s[n.end:], c) {
				if d, _ := digitAt(s, n.end+1); d >= 0 {
					return numScan{start: i, end: n.end}, errNoNumber
				}
			}
		}
	}
	// Fractions: 4분의 3, 사분의삼, 3/4.
	if !n.vague() && n.value.sign() > 0 && n.value.isInt() {
		k := n.end
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if strings.HasPrefix(s[k:], "분의") {
			k += len("분의")
			for k < len(s) && s[k] == ' ' {
				k++
			}
			if num, err2 := p.unsigned(k); err2 == nil && !num.vague() {
				n.value = num.value.quo(n.value)
				n.end = num.end
				n.fraction = true
				n.bigExp = 0
			}
		} else if !p.strict && n.digits && n.bigExp == 0 && strings.HasPrefix(s[n.end:], "/") {
			if d, _ := digitAt(s, n.end+1); d >= 0 {
				den, e, dec, err2 := readDigits(s, n.end+1)
				if err2 == nil && !dec && den.sign() > 0 {
					n.value = n.value.quo(den)
					n.end = e
					n.fraction = true
				}
			}
		}
	}
	if e, ok := yeoAt(s, n.end); ok && n.end > n.start {
		n.end, n.approx = e, true
	}
	if neg {
		n.negative = true
		n.value = n.value.neg()
		if n.vague() {
			n.lo, n.hi = n.hi.neg(), n.lo.neg()
		}
	}
	return n, nil
}
