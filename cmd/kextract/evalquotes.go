package main

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"sort"
	"strings"

	"github.com/kextract/kextract/corpus"
	"github.com/kextract/kextract/extract"
)

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
func runEvalQuotes(files []string, shared string, sample int, seed uint64, stdout, stderr io.Writer) int {
	if len(files) == 0 {
		files = []string{shared + "/data/wikinews/dev.jsonl"}
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
	fmt.Fprintf(stdout, "\nsample of %d quotes (seed %d):\n", len(st.samples), seed)
	for i, s := range st.samples {
		fmt.Fprintf(stdout, "%2d. %s\n", i+1, s)
	}
	return exitOK
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
