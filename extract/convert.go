package extract

import (
	"fmt"
	"maps"
	"slices"

	"github.com/kextract/kextract/normalize"
)

// convertAmounts adds the value in the target currency to every money
// amount, with the caller's rate or else the document's implied one.
func (a *analysis) convertAmounts() {
	target := a.x.cfg.target
	if target == "" {
		return
	}
	missing := map[string]bool{}
	for i := range a.amounts {
		h := &a.amounts[i]
		am := h.m.Amount
		if am.Kind != "money" {
			continue
		}
		rate, source, ok := a.rateFor(am.Unit, target)
		if !ok {
			if !missing[am.Unit] {
				missing[am.Unit] = true
				a.warn("no-rate", fmt.Sprintf("no exchange rate from %s to %s: give one with --rate %s=VALUE", am.Unit, target, am.Unit), h.m.Start)
			}
			continue
		}
		c := &Converted{Unit: target, Rate: rate, RateSource: source}
		if am.Value != nil {
			v := am.Value.Mul(rate)
			c.Value = &v
		}
		if am.Min != nil {
			v := am.Min.Mul(rate)
			c.Min = &v
		}
		if am.Max != nil {
			v := am.Max.Mul(rate)
			c.Max = &v
		}
		h.converted = c
	}
	for _, cur := range slices.Sorted(maps.Keys(a.x.cfg.rates)) {
		if cur != target {
			a.rates = append(a.rates, Rate{From: cur, To: target, Rate: a.x.cfg.rates[cur], Source: "given"})
		}
	}
}

// rateFor returns the number of units of to per unit of from.
func (a *analysis) rateFor(from, to string) (normalize.Decimal, string, bool) {
	if from == to {
		return normalize.NewDecimal(1), "identity", true
	}
	if r, ok := a.x.cfg.rates[from]; ok {
		return r, "given", true
	}
	for _, r := range a.rates {
		if r.Source != "document" {
			continue
		}
		if r.From == from && r.To == to {
			return r.Rate, "document", true
		}
		if r.From == to && r.To == from && r.Rate.Sign() > 0 {
			return normalize.NewDecimal(1).Quo(r.Rate), "document", true
		}
	}
	return normalize.Decimal{}, "", false
}
