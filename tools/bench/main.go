// Command kagome-bench is the baseline of the kextract benchmark
// (scripts/bench.sh): it tokenizes the text field of every record of a JSONL
// corpus with the kagome morphological analyzer and its Korean dictionary
// (kagome-dict-ko, built from mecab-ko-dic) and prints the figures as one
// JSON object:
//
//	kagome-bench [-field text] [-mode normal] [-pos] [FILE|-]...
//
// The figures are the dictionary load time, the tokenizing throughput
// (corpus text bytes / seconds spent in the tokenizer; MB = 10^6 bytes), the
// total run time and the peak Go heap (runtime.MemStats, sampled). It lives
// in its own module so that kagome stays out of kextract's dependencies.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"

	ko "github.com/ikawaha/kagome-dict-ko"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// maxLine is the longest JSONL line read; longer lines are counted as
// errors and skipped, so memory stays bounded on hostile input.
const maxLine = 64 << 20

// Result holds the figures of one run, printed as JSON.
type Result struct {
	Tool          string  `json:"tool"`
	Dict          string  `json:"dict"`
	Mode          string  `json:"mode"`
	POS           bool    `json:"pos"`
	Records       int     `json:"records"`
	Errors        int     `json:"errors"`
	Bytes         int64   `json:"bytes"`
	Tokens        int64   `json:"tokens"`
	DictLoadS     float64 `json:"dict_load_s"`
	TokenizeS     float64 `json:"tokenize_s"`
	MBPerS        float64 `json:"mb_per_s"`
	RecordsPerS   float64 `json:"records_per_s"`
	TotalS        float64 `json:"total_s"`
	PeakHeapMB    float64 `json:"peak_heap_mb"`
	HeapSysMB     float64 `json:"heap_sys_mb"`
	GoVersion     string  `json:"go_version"`
	GOMAXPROCS    int     `json:"gomaxprocs"`
	DictSizeBytes int64   `json:"-"`
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	start := time.Now()
	fs := flag.NewFlagSet("kagome-bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, `usage: kagome-bench [-field text] [-mode normal|search|extended] [-pos] [FILE|-]...

Tokenizes the text field of every JSONL record with kagome and
kagome-dict-ko and prints the figures as JSON (MB = 10^6 bytes).`)
		fs.PrintDefaults()
	}
	field := fs.String("field", "text", "name of the JSONL text `field`")
	modeName := fs.String("mode", "normal", "kagome tokenize `mode`: normal, search or extended")
	pos := fs.Bool("pos", false, "also read the part of speech of every token (features are lazy in kagome)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	mode, err := parseMode(*modeName)
	if err != nil {
		fmt.Fprintln(stderr, "kagome-bench:", err)
		return 2
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}

	peak := newHeapSampler(10 * time.Millisecond)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() { peak.loop(ctx) })

	t0 := time.Now()
	tok, err := tokenizer.New(ko.Dict(), tokenizer.OmitBosEos())
	if err != nil {
		cancel()
		wg.Wait()
		fmt.Fprintln(stderr, "kagome-bench: load dictionary:", err)
		return 1
	}
	res := Result{
		Tool: "kagome/v2", Dict: "kagome-dict-ko v0.2.1", Mode: mode.String(), POS: *pos,
		DictLoadS: time.Since(t0).Seconds(), GoVersion: runtime.Version(), GOMAXPROCS: runtime.GOMAXPROCS(0),
	}
	peak.sample()

	var tokenizing time.Duration
	for _, in := range inputs {
		if err := eachFile(in, stdin, func(r io.Reader) error {
			return eachText(r, *field, maxLine, func(text string, ok bool) {
				if !ok {
					res.Errors++
					return
				}
				res.Records++
				res.Bytes += int64(len(text))
				t := time.Now()
				toks := tok.Analyze(text, mode)
				if *pos {
					for i := range toks {
						_ = toks[i].POS()
					}
				}
				tokenizing += time.Since(t)
				res.Tokens += int64(len(toks))
			})
		}); err != nil {
			cancel()
			wg.Wait()
			fmt.Fprintln(stderr, "kagome-bench:", err)
			return 1
		}
	}
	cancel()
	wg.Wait()
	peak.sample()

	res.TokenizeS = tokenizing.Seconds()
	if res.TokenizeS > 0 {
		res.MBPerS = float64(res.Bytes) / 1e6 / res.TokenizeS
		res.RecordsPerS = float64(res.Records) / res.TokenizeS
	}
	res.PeakHeapMB = float64(peak.maxAlloc) / 1e6
	res.HeapSysMB = float64(peak.maxSys) / 1e6
	res.TotalS = time.Since(start).Seconds()
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(res); err != nil {
		fmt.Fprintln(stderr, "kagome-bench: write:", err)
		return 1
	}
	return 0
}

// parseMode reads a kagome tokenize mode name.
func parseMode(s string) (tokenizer.TokenizeMode, error) {
	switch s {
	case "normal":
		return tokenizer.Normal, nil
	case "search":
		return tokenizer.Search, nil
	case "extended", "extend":
		return tokenizer.Extended, nil
	}
	return 0, fmt.Errorf("unknown mode %q (normal, search or extended)", s)
}

// eachFile opens name ("-" for stdin) and passes it to fn.
func eachFile(name string, stdin io.Reader, fn func(io.Reader) error) error {
	if name == "-" {
		if err := fn(stdin); err != nil {
			return fmt.Errorf("stdin: %w", err)
		}
		return nil
	}
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("open input: %w", err)
	}
	defer f.Close()
	if err := fn(f); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// heapSampler records the largest heap seen. The Go runtime keeps no peak,
// so it samples runtime.MemStats on a ticker and at phase boundaries.
type heapSampler struct {
	every    time.Duration
	mu       sync.Mutex
	maxAlloc uint64
	maxSys   uint64
}

func newHeapSampler(every time.Duration) *heapSampler { return &heapSampler{every: every} }

func (h *heapSampler) sample() {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	h.mu.Lock()
	h.maxAlloc = max(h.maxAlloc, ms.HeapAlloc)
	h.maxSys = max(h.maxSys, ms.HeapSys)
	h.mu.Unlock()
}

func (h *heapSampler) loop(ctx context.Context) {
	t := time.NewTicker(h.every)
	defer t.Stop()
	for {
		h.sample()
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
