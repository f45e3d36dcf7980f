package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"runtime"
	"sort"
	"strings"

	"github.com/kextract/kextract/corpus"
	"github.com/kextract/kextract/extract"
	"github.com/kextract/kextract/internal/evalquotes"
)

// quoteEval is what kextract eval quotes runs on.
type quoteEval struct {
	files        []string
	shared, gold string
	goldSet      bool // --gold was given: a missing file is an error
	sample       int
	seed         uint64
	misses       int
}

// quoteStats are the figures of "kextract eval quotes".
type quoteStats struct {
	docs, errors                       int
	quotes, withEntity, group, noSpeak int
	claims                             int
	resolved                           map[string]int
	claimKinds                         map[string]int
	samples                            []string
}

// runEvalQuotes extracts over JSONL articles and reports how many quotes
// were found, how many have a speaker with an entity, how the speakers were
// resolved, and a random sample to read.
func runEvalQuotes(ev quoteEval, stdout, stderr io.Writer) int {
	files, sample, seed := ev.files, ev.sample, ev.seed
	if len(files) == 0 {
		files = []string{ev.shared + "/data/wikinews/dev.jsonl"}
	}
	var gold *evalquotes.Gold
	if f, err := os.Open(ev.gold); err == nil {
		gold, err = evalquotes.ReadGold(f)
		f.Close()
		if err != nil {
			fmt.Fprintln(stderr, "kextract eval quotes:", err)
			return exitFailure
		}
	} else if ev.goldSet {
		fmt.Fprintf(stderr, "kextract eval quotes: %v (check --gold)\n", err)
		return exitFailure
	}
	x, err := extract.New()
	if err != nil {
		fmt.Fprintln(stderr, "kextract eval quotes:", err)
		return exitFailure
	}
	ctx := context.Background()
	src, err := corpus.Open(ctx, files, corpus.ReaderOptions{Format: "jsonl"})
	if err != nil {
		fmt.Fprintln(stderr, "kextract eval quotes:", err)
		return exitFailure
	}
	defer src.Close()
	st := quoteStats{resolved: map[string]int{}, claimKinds: map[string]int{}}
	type item struct {
		rec corpus.Record
		doc *extract.Document
	}
	var items []item
	var mu = make(chan struct{}, 1)
	mu <- struct{}{}
	_, err = corpus.Run(ctx, src, runtime.NumCPU(), func(ctx context.Context, r corpus.Record) ([]byte, error) {
		doc, err := x.Extract(ctx, extract.Input{ID: r.ID, Text: r.Text, Date: r.Date})
		if err != nil {
			return nil, err
		}
		<-mu
		items = append(items, item{r, doc})
		mu <- struct{}{}
		return nil, nil
	}, func(res corpus.Result) error {
		st.docs++
		if res.Err != nil {
			st.errors++
			fmt.Fprintf(stdout, "error: %s: %v\n", res.Record.ID, res.Err)
		}
		return nil
	})
	if err != nil {
		fmt.Fprintln(stderr, "kextract eval quotes:", err)
		return exitFailure
	}
	sort.Slice(items, func(i, j int) bool { return items[i].rec.Offset < items[j].rec.Offset })
	var all []string
	for _, it := range items {
		runes := []rune(it.rec.Text)
		for _, q := range it.doc.Quotes {
			st.quotes++
			who := "(none)"
			switch {
			case q.Speaker == nil:
				st.noSpeak++
			case q.Speaker.Entity != "":
				st.withEntity++
				st.resolved[q.Speaker.Resolved]++
				who = q.Speaker.Name + " [" + q.Speaker.Resolved + "]"
			default:
				st.group++
				st.resolved[q.Speaker.Resolved]++
				who = q.Speaker.Name + " [" + q.Speaker.Resolved + ", no entity]"
			}
			ctxStart := max(0, q.Start-40)
			before := strings.ReplaceAll(string(runes[ctxStart:q.Start]), "\n", " / ")
			all = append(all, fmt.Sprintf("%s\n    speaker: %s   verb: %s\n    …%s«%s»", it.rec.ID, who, q.Verb, before, clip(q.Text, 80)))
		}
		for _, c := range it.doc.Claims {
			st.claims++
			st.claimKinds[c.Kind]++
		}
	}
	rng := rand.New(rand.NewPCG(seed, 0))
	rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	st.samples = all[:min(sample, len(all))]

	fmt.Fprintf(stdout, "documents: %d (errors: %d)\n", st.docs, st.errors)
	fmt.Fprintf(stdout, "quotes: %d\n", st.quotes)
	fmt.Fprintf(stdout, "  speaker with an entity: %d (%.1f%%)\n", st.withEntity, pct(st.withEntity, st.quotes))
	fmt.Fprintf(stdout, "  speaker without an entity (group or unknown noun): %d (%.1f%%)\n", st.group, pct(st.group, st.quotes))
	fmt.Fprintf(stdout, "  no speaker: %d (%.1f%%)\n", st.noSpeak, pct(st.noSpeak, st.quotes))
	fmt.Fprintf(stdout, "  resolved by: %s\n", counts(st.resolved))
	fmt.Fprintf(stdout, "claims: %d (%s)\n", st.claims, counts(st.claimKinds))
	if gold != nil {
		docs := make(map[string]*extract.Document, len(items))
		for _, it := range items {
			docs[it.rec.ID] = it.doc
		}
		printQuoteScore(stdout, evalquotes.Score(gold, docs), ev.misses)
	} else {
		fmt.Fprintf(stdout, "(no gold at %s: quotes are counted, not scored)\n", ev.gold)
	}
	fmt.Fprintf(stdout, "\nsample of %d quotes (seed %d):\n", len(st.samples), seed)
	for i, s := range st.samples {
		fmt.Fprintf(stdout, "%2d. %s\n", i+1, s)
	}
	return exitOK
}

// printQuoteScore prints the scored figures: the counts by sieve and by
// the gold's via, the misses asked for, and the last line of quotecheck.py.
func printQuoteScore(w io.Writer, r evalquotes.Result, misses int) {
	fmt.Fprintf(w, "\nscored against the gold (%d articles, %d quotes, %d claims):\n", r.Articles, r.GoldQuotes, r.GoldClaims)
	fmt.Fprintln(w, "  found gold quotes by the sieve that resolved the speaker (right / found):")
	for _, k := range sortedKeys(r.BySieve) {
		c := r.BySieve[k]
		fmt.Fprintf(w, "    %-18s %4d / %4d\n", k, c.Right, c.Total)
	}
	fmt.Fprintln(w, "  gold quotes by how a reader knows the speaker (right speaker / gold):")
	for _, k := range sortedKeys(r.ByVia) {
		c := r.ByVia[k]
		fmt.Fprintf(w, "    %-18s %4d / %4d\n", k, c.Right, c.Total)
	}
	for _, m := range r.Misses[:min(misses, len(r.Misses))] {
		fmt.Fprintln(w, "  "+m)
	}
	line, _ := json.Marshal(r)
	fmt.Fprintf(w, "quotes: %s\n", line)
}

func sortedKeys(m map[string]evalquotes.Count) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return m[keys[i]].Total > m[keys[j]].Total || m[keys[i]].Total == m[keys[j]].Total && keys[i] < keys[j]
	})
	return keys
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func counts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
