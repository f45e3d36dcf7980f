// Package evalquotes scores kextract's quotes, speakers and claims against
// the hand-made gold of real articles (shared/data/wikinews/quotes.gold.json),
// by the rules of shared/eval/quotecheck.py, so that `kextract eval quotes`
// prints the same figures as that scorer, and counts them by the sieve that
// resolved each speaker and by how the gold says a reader knows it.
package evalquotes

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"

	"github.com/kextract/kextract/extract"
)

// Gold is the gold file: one entry per article.
type Gold struct {
	Articles []Article `json:"articles"`
}

// Article is the gold of one article, the record "wikinews-ROW".
type Article struct {
	Row       int          `json:"row"`
	Quotes    []GoldQuote  `json:"quotes"`
	NotQuotes []string     `json:"not_quotes"`
	Claims    *[]GoldClaim `json:"claims"`
}

// GoldQuote is a direct quote: the first characters of its words, the
// speaker's fullest name (or nil), its type, the reporting verb and how a
// reader knows the speaker (name, surname, pronoun, title, previous).
type GoldQuote struct {
	Starts      string  `json:"starts"`
	Speaker     *string `json:"speaker"`
	SpeakerType string  `json:"speaker_type"`
	Verb        *string `json:"verb"`
	Via         *string `json:"via"`
}

// GoldClaim is an attributed claim: a fragment of its content and its
// source (or nil).
type GoldClaim struct {
	Contains   string  `json:"contains"`
	Source     *string `json:"source"`
	SourceType string  `json:"source_type"`
	Cue        *string `json:"cue"`
}

// ReadGold decodes a gold file.
func ReadGold(r io.Reader) (*Gold, error) {
	var g Gold
	if err := json.NewDecoder(r).Decode(&g); err != nil {
		return nil, fmt.Errorf("read quote gold: %w", err)
	}
	return &g, nil
}

// Result holds the figures of quotecheck.py and the counts behind them.
type Result struct {
	Articles       int     `json:"articles"`
	GoldQuotes     int     `json:"gold_quotes"`
	QuoteRecall    float64 `json:"quote_recall"`
	QuotePrecision float64 `json:"quote_precision"`
	SpeakerAcc     float64 `json:"speaker_accuracy"`
	SpeakerFound   float64 `json:"speaker_given_found"`
	VerbAcc        float64 `json:"verb_accuracy"`
	Scare          int     `json:"scare_quotes_taken_as_speech"`
	ClaimRecall    float64 `json:"claim_recall"`
	ClaimPrecision float64 `json:"claim_precision_upper"`
	ClaimSourceAcc float64 `json:"claim_source_accuracy"`
	GoldClaims     int     `json:"gold_claims"`

	// BySieve counts the found gold quotes by the sieve that resolved
	// their speaker ("none" when there is none): found and right.
	BySieve map[string]Count `json:"-"`
	// ByVia counts the gold quotes by how a reader knows the speaker:
	// found, and found with the right speaker.
	ByVia map[string]Count `json:"-"`
	// Misses lists what was missed or wrong, article by article.
	Misses []string `json:"-"`
}

// Count is a number of quotes and how many of them are right.
type Count struct{ Total, Right int }

// Score scores the documents (by id) against the gold.
func Score(g *Gold, docs map[string]*extract.Document) Result {
	res := Result{Articles: len(g.Articles), BySieve: map[string]Count{}, ByVia: map[string]Count{}}
	var found, spk, verbs, predTotal, predGood int
	var ctotal, cfound, csrc, cpred, cgood int
	for _, a := range g.Articles {
		d := docs[fmt.Sprintf("wikinews-%d", a.Row)]
		if d == nil {
			d = &extract.Document{}
		}
		used := map[int]bool{}
		for _, gq := range a.Quotes {
			res.GoldQuotes++
			via := "none"
			if gq.Via != nil {
				via = *gq.Via
			}
			w := squash(gq.Starts)
			qi := -1
			for i, q := range d.Quotes {
				if !used[i] && strings.HasPrefix(squash(q.Text), w) {
					qi = i
					break
				}
			}
			vc := res.ByVia[via]
			vc.Total++
			if qi < 0 {
				res.ByVia[via] = vc
				res.Misses = append(res.Misses, fmt.Sprintf("row %d: missing quote %s", a.Row, gq.Starts))
				continue
			}
			used[qi] = true
			found++
			q := d.Quotes[qi]
			sieve := "none"
			if q.Speaker != nil {
				sieve = q.Speaker.Resolved
			}
			sc := res.BySieve[sieve]
			sc.Total++
			name := speakerName(q.Speaker, d)
			if speakerOK(name, gq.Speaker, gq.SpeakerType) {
				spk++
				sc.Right++
				vc.Right++
			} else {
				want := "None"
				if gq.Speaker != nil {
					want = *gq.Speaker
				}
				res.Misses = append(res.Misses, fmt.Sprintf("row %d: speaker %q, want %q (%s, resolved %s)", a.Row, name, want, via, sieve))
			}
			res.BySieve[sieve] = sc
			res.ByVia[via] = vc
			if gq.Verb != nil && *gq.Verb != "" && q.Verb != "" && prefix2(q.Verb) == prefix2(*gq.Verb) {
				verbs++
			}
		}
		if a.Claims != nil {
			cused := map[int]bool{}
			for _, gc := range *a.Claims {
				ctotal++
				w := squash(gc.Contains)
				ci := -1
				for i, c := range d.Claims {
					if !cused[i] && strings.Contains(squash(c.Text), w) {
						ci = i
						break
					}
				}
				if ci < 0 {
					res.Misses = append(res.Misses, fmt.Sprintf("row %d: missing claim %s", a.Row, gc.Contains))
					continue
				}
				cused[ci] = true
				cfound++
				if speakerOK(speakerName(d.Claims[ci].Source, d), gc.Source, gc.SourceType) {
					csrc++
				}
			}
			cpred += len(d.Claims)
			cgood += len(cused)
		}
		nots := make([]string, len(a.NotQuotes))
		for i, n := range a.NotQuotes {
			nots[i] = squash(n)
		}
		for i, q := range d.Quotes {
			predTotal++
			if used[i] {
				predGood++
				continue
			}
			t := squash(q.Text)
			if slices.ContainsFunc(nots, func(n string) bool { return strings.HasPrefix(t, n) }) {
				res.Scare++
			}
		}
	}
	res.QuoteRecall = ratio(found, res.GoldQuotes)
	res.QuotePrecision = ratio(predGood, predTotal)
	res.SpeakerAcc = ratio(spk, res.GoldQuotes)
	res.SpeakerFound = ratio(spk, found)
	res.VerbAcc = ratio(verbs, res.GoldQuotes)
	res.GoldClaims = ctotal
	res.ClaimRecall = ratio(cfound, ctotal)
	res.ClaimPrecision = ratio(cgood, cpred)
	res.ClaimSourceAcc = ratio(csrc, ctotal)
	return res
}

// ratio is a/b rounded to three places, as quotecheck.py prints it.
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(int(1000*float64(a)/float64(b)+0.5)) / 1000
}

// squash drops spaces and quotation marks, as the scorer compares texts.
func squash(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsSpace(r) || strings.ContainsRune("\"'“”‘’「」『』", r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// prefix2 is the first two characters of a verb, which the scorer compares.
func prefix2(s string) string {
	r := []rune(s)
	return string(r[:min(2, len(r))])
}

// speakerName is the speaker's name, else its entity's name.
func speakerName(sp *extract.Speaker, d *extract.Document) string {
	if sp == nil {
		return ""
	}
	if sp.Name != "" {
		return sp.Name
	}
	if sp.Entity != "" {
		for _, e := range d.Entities {
			if e.ID == sp.Entity {
				return e.Name
			}
		}
	}
	return ""
}

// speakerOK applies the scorer's rule: the names are equal without spaces,
// or one is the other's first or last words, or for a group the prediction
// holds the gold's head noun or is part of it. A nil gold speaker wants
// none.
func speakerOK(pred string, gold *string, gtype string) bool {
	if gold == nil {
		return pred == ""
	}
	if pred == "" {
		return false
	}
	p, g := strings.Fields(pred), strings.Fields(*gold)
	if squash(pred) == squash(*gold) {
		return true
	}
	if len(p) <= len(g) && (slices.Equal(p, g[len(g)-len(p):]) || slices.Equal(p, g[:len(p)])) {
		return true
	}
	if len(g) <= len(p) && slices.Equal(g, p[len(p)-len(g):]) {
		return true
	}
	if gtype == "GROUP" && len(g) > 0 {
		return slices.Contains(p, g[len(g)-1]) || strings.Contains(squash(*gold), squash(pred))
	}
	return false
}
