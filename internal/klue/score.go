package klue

import (
	"fmt"
	"io"
	"sort"
)

// Counts are the span counts for one label (or all labels) in one domain.
type Counts struct {
	Gold, Pred int
	// Exact counts predicted spans with the same label and the same
	// boundaries as a gold span.
	Exact int
	// GoldHit counts gold spans overlapped by a predicted span of the same
	// label; PredHit counts predicted spans overlapping a gold span of the
	// same label.
	GoldHit, PredHit int
}

// PRF returns precision, recall and F1 (in 0..1) for exact matching, or
// for overlap matching when overlap is true.
func (c Counts) PRF(overlap bool) (p, r, f float64) {
	tpP, tpR := c.Exact, c.Exact
	if overlap {
		tpP, tpR = c.PredHit, c.GoldHit
	}
	if c.Pred > 0 {
		p = float64(tpP) / float64(c.Pred)
	}
	if c.Gold > 0 {
		r = float64(tpR) / float64(c.Gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func (c *Counts) add(o Counts) {
	c.Gold += o.Gold
	c.Pred += o.Pred
	c.Exact += o.Exact
	c.GoldHit += o.GoldHit
	c.PredHit += o.PredHit
}

// Scorer accumulates gold and predicted spans per domain and per label. The
// zero value is ready to use; a Scorer is not safe for concurrent use.
type Scorer struct {
	counts map[string]map[string]*Counts // domain -> label -> counts
}

// Add scores the predicted spans of one sentence of the given domain
// against its gold spans. Offsets must be in the same unit in both.
func (s *Scorer) Add(domain string, gold, pred []Span) {
	if s.counts == nil {
		s.counts = map[string]map[string]*Counts{}
	}
	byLabel := s.counts[domain]
	if byLabel == nil {
		byLabel = map[string]*Counts{}
		s.counts[domain] = byLabel
	}
	get := func(l string) *Counts {
		c := byLabel[l]
		if c == nil {
			c = &Counts{}
			byLabel[l] = c
		}
		return c
	}
	for _, g := range gold {
		c := get(g.Label)
		c.Gold++
		for _, p := range pred {
			if p.Label == g.Label && p.Start < g.End && g.Start < p.End {
				c.GoldHit++
				break
			}
		}
	}
	for _, p := range pred {
		c := get(p.Label)
		c.Pred++
		exact, hit := false, false
		for _, g := range gold {
			if p.Label != g.Label {
				continue
			}
			if p.Start == g.Start && p.End == g.End {
				exact = true
			}
			if p.Start < g.End && g.Start < p.End {
				hit = true
			}
		}
		if exact {
			c.Exact++
		}
		if hit {
			c.PredHit++
		}
	}
}

// Counts returns the counts for a domain and label; label "" sums all
// labels (micro average) and domain "" sums all domains.
func (s *Scorer) Counts(domain, label string) Counts {
	var c Counts
	for d, byLabel := range s.counts {
		if domain != "" && d != domain {
			continue
		}
		for l, lc := range byLabel {
			if label == "" || l == label {
				c.add(*lc)
			}
		}
	}
	return c
}

// Micro returns the micro-averaged F1 (0..1) over all labels of a domain
// ("" for all domains), exact or overlap.
func (s *Scorer) Micro(domain string, overlap bool) float64 {
	_, _, f := s.Counts(domain, "").PRF(overlap)
	return f
}

// Domains returns the domains seen, news (wikitree) first, then reviews
// (nsmc), then the others in alphabetical order.
func (s *Scorer) Domains() []string {
	rank := func(d string) int {
		switch d {
		case "wikitree":
			return 0
		case "nsmc":
			return 1
		}
		return 2
	}
	ds := make([]string, 0, len(s.counts))
	for d := range s.counts {
		ds = append(ds, d)
	}
	sort.Slice(ds, func(i, j int) bool {
		if rank(ds[i]) != rank(ds[j]) {
			return rank(ds[i]) < rank(ds[j])
		}
		return ds[i] < ds[j]
	})
	return ds
}

// DomainName is the display name of a domain: news for wikitree, reviews
// for nsmc.
func DomainName(d string) string {
	switch d {
	case "wikitree":
		return "news"
	case "nsmc":
		return "reviews"
	case "":
		return "(none)"
	}
	return d
}

// Table prints, for each domain, precision, recall and F1 (percent) per
// label and micro-averaged, with exact-span and overlap matching.
func (s *Scorer) Table(w io.Writer) {
	for _, d := range s.Domains() {
		fmt.Fprintf(w, "%s (%s)\n", DomainName(d), d)
		fmt.Fprintf(w, "  %-6s %6s %6s   %6s %6s %6s   %6s %6s %6s\n",
			"label", "gold", "pred", "P", "R", "F1", "oP", "oR", "oF1")
		row := func(name string, c Counts) {
			p, r, f := c.PRF(false)
			op, or, of := c.PRF(true)
			fmt.Fprintf(w, "  %-6s %6d %6d   %6.2f %6.2f %6.2f   %6.2f %6.2f %6.2f\n",
				name, c.Gold, c.Pred, 100*p, 100*r, 100*f, 100*op, 100*or, 100*of)
		}
		for _, l := range labels {
			row(l, s.Counts(d, l))
		}
		row("micro", s.Counts(d, ""))
	}
}
