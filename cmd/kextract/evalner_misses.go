package main

import (
	"fmt"
	"io"
	"slices"

	"github.com/kextract/kextract/internal/klue"
)

// nerMiss is one span on which the whole extractor and the gold disagree.
type nerMiss struct {
	span klue.Span
	gold bool // a gold span the extractor missed (else one it added)
	// model reports whether the model alone agreed with the gold on this
	// span: it found the missed span, or did not predict the added one.
	// Such misses are the article rules' and the lexicon's.
	model bool
}

// nerMisses returns the spans of one sentence on which pred and gold
// disagree (exact span and label), in text order, each marked with what
// the model alone said about it.
func nerMisses(gold, pred, model []klue.Span) []nerMiss {
	var out []nerMiss
	for _, g := range gold {
		if !slices.Contains(pred, g) {
			out = append(out, nerMiss{span: g, gold: true, model: slices.Contains(model, g)})
		}
	}
	for _, p := range pred {
		if !slices.Contains(gold, p) {
			out = append(out, nerMiss{span: p, model: !slices.Contains(model, p)})
		}
	}
	slices.SortStableFunc(out, func(a, b nerMiss) int { return a.span.Start - b.span.Start })
	return out
}

// printNERMisses lists the first n news sentences whose spans from the whole
// extractor (preds) differ from the gold: "-" a gold span it missed, "+" a
// span it added, "(rules)" where the model alone (modelPreds) had it right.
func printNERMisses(w io.Writer, sents []klue.Sentence, preds, modelPreds [][]klue.Span, n int) {
	fmt.Fprintf(w, "\n== misses of the extractor with model (news; - missed gold span, + added span; (rules): the model alone had it right)\n")
	shown := 0
	for i, s := range sents {
		if shown >= n {
			break
		}
		if s.Domain != "wikitree" {
			continue
		}
		ms := nerMisses(s.Spans, preds[i], modelPreds[i])
		if len(ms) == 0 {
			continue
		}
		shown++
		runes := []rune(s.Text)
		fmt.Fprintf(w, "%s\t%s\n", s.ID, s.Text)
		for _, x := range ms {
			sign, note := "+", ""
			if x.gold {
				sign = "-"
			}
			if x.model {
				note = " (rules)"
			}
			text := ""
			if x.span.Start >= 0 && x.span.End <= len(runes) && x.span.Start < x.span.End {
				text = string(runes[x.span.Start:x.span.End])
			}
			fmt.Fprintf(w, "  %s %s %s%s\n", sign, x.span.Label, text, note)
		}
	}
}
