// Package evalsent scores the sentence splitter of package sentence against
// gold files in the kss test-set format: one gold sentence per line, a blank
// line between documents.
//
// Each document's sentences are joined with a single space, split again with
// sentence.Split, and a predicted sentence counts as correct when its
// (trimmed) span equals the span of a gold sentence.
package evalsent

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kextract/kextract/extract/sentence"
)

// Score is the result for one gold file.
type Score struct {
	File                string
	Gold, Pred, Correct int
	P, R, F1            float64
}

// Run scores every file in paths and writes a table of the scores, with a
// total row, to w.
func Run(w io.Writer, paths ...string) ([]Score, error) {
	return RunDetail(w, 0, paths...)
}

// RunDetail is Run that also writes, for every file, up to maxMisses gold
// sentences that were not predicted and predictions that were not gold.
func RunDetail(w io.Writer, maxMisses int, paths ...string) ([]Score, error) {
	scores := make([]Score, 0, len(paths))
	for _, p := range paths {
		docs, err := readDocs(p)
		if err != nil {
			return scores, err
		}
		s := Score{File: filepath.Base(p)}
		var missed, extra []string
		for _, doc := range docs {
			text, gold := join(doc)
			pred := sentence.Split(text)
			s.Gold += len(gold)
			s.Pred += len(pred)
			inGold := make(map[[2]int]bool, len(gold))
			for _, g := range gold {
				inGold[g] = true
			}
			inPred := make(map[[2]int]bool, len(pred))
			for _, q := range pred {
				k := [2]int{q.Start, q.End}
				inPred[k] = true
				if inGold[k] {
					s.Correct++
				} else if len(extra) < maxMisses {
					extra = append(extra, text[q.Start:q.End])
				}
			}
			for _, g := range gold {
				if !inPred[g] && len(missed) < maxMisses {
					missed = append(missed, text[g[0]:g[1]])
				}
			}
		}
		s.P, s.R, s.F1 = prf(s.Correct, s.Pred, s.Gold)
		scores = append(scores, s)
		for _, m := range missed {
			if _, err := fmt.Fprintf(w, "%s missed: %s\n", s.File, m); err != nil {
				return scores, fmt.Errorf("evalsent: write: %w", err)
			}
		}
		for _, m := range extra {
			if _, err := fmt.Fprintf(w, "%s wrong:  %s\n", s.File, m); err != nil {
				return scores, fmt.Errorf("evalsent: write: %w", err)
			}
		}
	}
	if err := writeTable(w, scores); err != nil {
		return scores, err
	}
	return scores, nil
}

func prf(correct, pred, gold int) (p, r, f1 float64) {
	if pred > 0 {
		p = float64(correct) / float64(pred)
	}
	if gold > 0 {
		r = float64(correct) / float64(gold)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

func writeTable(w io.Writer, scores []Score) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-16s %6s %6s %7s %7s %7s %7s\n", "file", "gold", "pred", "correct", "P", "R", "F1")
	var tot Score
	tot.File = "total"
	for _, s := range scores {
		fmt.Fprintf(&b, "%-16s %6d %6d %7d %7.4f %7.4f %7.4f\n", s.File, s.Gold, s.Pred, s.Correct, s.P, s.R, s.F1)
		tot.Gold += s.Gold
		tot.Pred += s.Pred
		tot.Correct += s.Correct
	}
	tot.P, tot.R, tot.F1 = prf(tot.Correct, tot.Pred, tot.Gold)
	fmt.Fprintf(&b, "%-16s %6d %6d %7d %7.4f %7.4f %7.4f\n", tot.File, tot.Gold, tot.Pred, tot.Correct, tot.P, tot.R, tot.F1)
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("evalsent: write table: %w", err)
	}
	return nil
}

// readDocs reads a gold file: documents separated by blank lines, one
// sentence per line.
func readDocs(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("evalsent: %w", err)
	}
	defer f.Close()
	var docs [][]string
	var cur []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			if len(cur) > 0 {
				docs = append(docs, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("evalsent: read %s: %w", path, err)
	}
	if len(cur) > 0 {
		docs = append(docs, cur)
	}
	return docs, nil
}

// join joins a document's sentences with single spaces and returns the text
// and each sentence's span in it.
func join(sents []string) (string, [][2]int) {
	var b strings.Builder
	spans := make([][2]int, 0, len(sents))
	for i, s := range sents {
		if i > 0 {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(s)
		spans = append(spans, [2]int{start, b.Len()})
	}
	return b.String(), spans
}
