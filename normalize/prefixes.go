package normalize

import "strings"

// Two words before a number change what it is, and belong to the amount:
// 영하 (below zero) and 영상 (above zero) before a temperature in 도
// (영하 6도 is -6 degrees), and 제 before a counter, which makes an ordinal
// (제51회 is the 51st, not 51 times; 제20대 국회 the 20th National Assembly).

// ordinalCounters are the counters that 제 makes ordinal.
var ordinalCounters = map[string]bool{
	"회": true, "차": true, "대": true, "기": true, "호": true, "항": true, "장": true, "편": true, "권": true,
	"절": true, "번": true, "위": true,
}

// temperatureWords are the forms of 영하 and 영상 before a temperature,
// with the space first; amountPrefixes are every word widenAmount takes in.
var (
	temperatureWords = []string{"영하 ", "영하", "영상 ", "영상"}
	amountPrefixes   = append(temperatureWords[:len(temperatureWords):len(temperatureWords)], "제")
)

// widenAmount returns the start of the amount a found at start in text,
// moved back over 영하, 영상 or 제 when they make part of it, and adjusts a:
// the sign of a temperature below zero, the kind of an ordinal.
func widenAmount(text string, start int, a *Amount) int {
	before := text[:start]
	switch {
	case a.Kind == "quantity" && (a.Unit == "도" || a.Unit == "℃") && a.Value != nil && a.Value.Sign() > 0:
		for _, w := range temperatureWords {
			rest, ok := strings.CutSuffix(before, w)
			if !ok || endsInWord(rest) {
				continue
			}
			if strings.HasPrefix(w, "영하") {
				v := a.Value.Neg()
				a.Value = &v
			}
			return len(rest)
		}
	case a.Kind == "quantity" && ordinalCounters[a.Unit] && a.Value != nil && a.Value.IsInt() && a.Value.Sign() > 0 && !a.Approximate:
		if rest, ok := strings.CutSuffix(before, "제"); ok && !endsInWord(rest) {
			a.Kind = "ordinal"
			return len(rest)
		}
	}
	return start
}

// endsInWord reports whether s ends with a letter or digit, so that a word
// cut from its end would be the tail of a longer one (경제51회 is no 제51회).
func endsInWord(s string) bool {
	r, _ := lastRune(s, len(s))
	return r >= 0 && isWordRune(r)
}

// prefixedAmount parses t, all of it, as an amount after one of the words
// widenAmount takes in (영하 6도, 제51회).
func prefixedAmount(t string) (Amount, bool) {
	if a, ok := articleNumber(t); ok {
		return a, true
	}
	for _, w := range amountPrefixes {
		rest, ok := strings.CutPrefix(t, w)
		if !ok || rest == "" {
			continue
		}
		p := numScanner{s: rest}
		a, end, ok := p.amountAt(0, true)
		if !ok || end != len(rest) {
			continue
		}
		if widenAmount(t, len(w), &a) == 0 {
			return a, true
		}
	}
	return Amount{}, false
}

// articleNumber parses 제3조 (Article 3) as the ordinal 3 in the counter
// 조: after 제, 조 counts articles of a law, never 10^12, and the number
// before it is a plain one.
func articleNumber(t string) (Amount, bool) {
	rest, ok := strings.CutPrefix(t, "제")
	if !ok {
		return Amount{}, false
	}
	num, ok := strings.CutSuffix(strings.TrimPrefix(rest, " "), "조")
	if !ok || num == "" || strings.ContainsAny(num, "만억조경") {
		return Amount{}, false
	}
	n, err := ParseNumber(num)
	if err != nil || n.Ordinal || n.Approximate || n.Min != nil || !n.Value.IsInt() || n.Value.Sign() <= 0 {
		return Amount{}, false
	}
	v := n.Value
	return Amount{Kind: "ordinal", Unit: "조", Value: &v}, true
}
