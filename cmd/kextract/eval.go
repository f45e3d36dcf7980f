package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/kextract/kextract/internal/evalamounts"
	"github.com/kextract/kextract/internal/evalsent"
)

// evaluations returns the arguments of kextract eval, as its help lists
// them.
func evaluations() []string { return []string{"amounts", "sentences", "quotes", "ner"} }

func runEval(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("eval", `kextract eval [flags] `+strings.Join(evaluations(), "|")+` [FILE...]

Scores kextract on evaluation data and prints the figures; FILE arguments
replace the default data. Exit code 3 when an amounts row does not match.
  amounts    number/money tables (TSV: input kind value min max unit [equivalent]);
             default: SHARED/data/duckling-ko/numbers-money.tsv and SHARED/data/news-amounts.tsv
  sentences  sentence splitting on kss test sets (one sentence per line, blank line between
             documents); default: SHARED/data/kss-sentences/*.txt
  quotes     quotes, speakers and claims over JSONL articles, scored against --gold when
             it exists (the figures of SHARED/eval/quotecheck.py, by sieve and by the gold's
             via), with a sample to read; default: SHARED/data/wikinews/dev.jsonl
  ner        the NER model alone and the whole extractor on KLUE NER (char<TAB>BIO-tag lines);
             default: SHARED/data/klue-ner/klue-ner-v1.1_dev.even.tsv
SHARED is --shared.`, stderr)
	shared := fs.String("shared", "../shared", "`DIR` of the shared evaluation data")
	sample := fs.Int("sample", 20, "quotes: how many quotes (`N`) to print for reading")
	seed := fs.Uint64("seed", 1, "quotes: random `SEED` of the sample")
	gold := fs.String("gold", "", "quotes: the quote `GOLD` file (default SHARED/data/wikinews/quotes.gold.json)")
	misses := fs.Int("misses", 0, "quotes, ner: how many misses (`N`) to list (ner: news sentences the whole extractor gets wrong)")
	modelFile := fs.String("ner-model", "", "ner: score this NER model `FILE` (kextract train ner) instead of the built-in one")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return flagExit(err)
	}
	if len(pos) == 0 {
		fmt.Fprintf(stderr, "kextract eval: say what to evaluate: one of %s (kextract eval --help says more)\n", strings.Join(evaluations(), ", "))
		return exitUsage
	}
	files := pos[1:]
	switch pos[0] {
	case "amounts":
		if len(files) == 0 {
			files = []string{
				filepath.Join(*shared, "data/duckling-ko/numbers-money.tsv"),
				filepath.Join(*shared, "data/news-amounts.tsv"),
			}
		}
		matched, total, err := evalamounts.Run(stdout, files...)
		if err != nil {
			fmt.Fprintln(stderr, "kextract eval amounts:", err)
			return exitFailure
		}
		if matched != total {
			return exitPartial
		}
	case "sentences":
		if len(files) == 0 {
			files, _ = filepath.Glob(filepath.Join(*shared, "data/kss-sentences/*.txt"))
			if len(files) == 0 {
				fmt.Fprintf(stderr, "kextract eval sentences: no files in %s/data/kss-sentences (set --shared)\n", *shared)
				return exitFailure
			}
		}
		if _, err := evalsent.Run(stdout, files...); err != nil {
			fmt.Fprintln(stderr, "kextract eval sentences:", err)
			return exitFailure
		}
	case "ner":
		return runEvalNER(files, *shared, *modelFile, *misses, stdout, stderr)
	case "quotes":
		g := *gold
		if g == "" {
			g = filepath.Join(*shared, "data/wikinews/quotes.gold.json")
		}
		return runEvalQuotes(quoteEval{files: files, shared: *shared, gold: g, goldSet: *gold != "", sample: *sample, seed: *seed, misses: *misses}, stdout, stderr)
	default:
		fmt.Fprintf(stderr, "kextract eval: unknown evaluation %q; want one of %s\n", pos[0], strings.Join(evaluations(), ", "))
		return exitUsage
	}
	return exitOK
}
