package extract

import (
	"github.com/kextract/kextract/normalize"
)

// amountHit is an amount found in the clean text.
type amountHit struct {
	m         normalize.AmountMatch
	sent      int
	converted *Converted
}

// findAmounts finds money, percentages, quantities and durations, and the
// exchange rates the document's own conversions imply.
func (a *analysis) findAmounts() {
	for _, m := range normalize.FindAmounts(a.clean) {
		switch m.Amount.Kind {
		case "money", "percent", "quantity", "duration":
		default:
			continue
		}
		a.amounts = append(a.amounts, amountHit{m: m, sent: a.sentenceAt(m.Start)})
	}
	a.impliedRates()
}

// impliedRates reports, for each pair of currencies, the rate implied by
// the first parenthesised conversion between them (5,000억 달러(약 700조 원)
// gives 1 USD = 1400 KRW).
func (a *analysis) impliedRates() {
	seen := map[[2]string]bool{}
	for _, h := range a.amounts {
		am := h.m.Amount
		if am.Kind != "money" || am.Value == nil || am.Value.Sign() <= 0 {
			continue
		}
		for _, eq := range am.Equivalents {
			key := [2]string{am.Unit, eq.Unit}
			if eq.Unit == am.Unit || seen[key] || eq.Value.Sign() <= 0 {
				continue
			}
			seen[key] = true
			a.rates = append(a.rates, Rate{
				From:   am.Unit,
				To:     eq.Unit,
				Rate:   eq.Value.Quo(*am.Value),
				Source: "document",
			})
		}
	}
}

// toAmount converts a hit to its JSON form, with clean offsets.
func (h amountHit) toAmount(a *analysis) Amount {
	am := h.m.Amount
	out := Amount{
		Span:        Span{Start: h.m.Start, End: h.m.End},
		Kind:        am.Kind,
		Unit:        am.Unit,
		Value:       am.Value,
		Min:         am.Min,
		Max:         am.Max,
		Approximate: am.Approximate,
		Qualifier:   am.Qualifier,
		Converted:   h.converted,
		Sentence:    h.sent,
	}
	for _, eq := range am.Equivalents {
		out.Equivalents = append(out.Equivalents, Equivalent{Value: eq.Value, Unit: eq.Unit, Approximate: eq.Approximate})
	}
	return out
}
