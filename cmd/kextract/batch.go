package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/kextract/kextract/corpus"
)

func runBatch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("batch", `kextract batch [flags] INPUT...

Extracts every record of the inputs in parallel and writes one JSON document
per line, in input order. INPUT is a JSONL file (.jsonl, .ndjson), a text
file (.txt, one record), a directory (recursive; the id is the relative
path) or - for stdin; gzip and zstd compression is detected from the
content. A record that fails becomes {"id":...,"error":...} in its place.
Flags may come before or after the inputs.

Exit codes: 0 all records ok, 3 some records failed, 1 the run failed,
2 usage error.`, stderr)
	var ef extractFlags
	var rf recordFlags
	ef.register(fs)
	rf.register(fs)
	out := fs.String("out", "", "write to `FILE` (atomically: a temporary file renamed at the end) instead of stdout")
	jobs := fs.Int("j", runtime.NumCPU(), "number of parallel `workers`")
	quiet := fs.Bool("q", false, "no progress bar and no summary line")
	resume := fs.Bool("resume", false, "with --out: finish an interrupted run: line k of FILE is kept as the result of record k of the inputs (same inputs, same order), the rest is processed")
	retryErrors := fs.Bool("retry-errors", false, "with --resume: process again the records that failed before")
	format := fs.String("format", "auto", "input `FORMAT`: auto, jsonl or text")
	follow := fs.Bool("follow-symlinks", false, "in directories, follow symbolic links that lead outside them (and into linked directories)")
	timeout := fs.Duration("timeout", 30*time.Second, "time budget per document (0: none)")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return flagExit(err)
	}
	if *jobs < 1 {
		fmt.Fprintln(stderr, "kextract batch: -j must be at least 1")
		return exitUsage
	}
	if *resume && *out == "" {
		fmt.Fprintln(stderr, "kextract batch: --resume needs --out FILE")
		return exitUsage
	}
	if len(pos) == 0 {
		pos = []string{"-"}
	}
	x, err := ef.extractor()
	if err != nil {
		fmt.Fprintln(stderr, "kextract batch:", err)
		return exitUsage
	}
	batchGC()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	src, err := corpus.Open(ctx, pos, corpus.ReaderOptions{
		Fields: rf.fields(), MaxSize: ef.maxSize, Format: *format, Lossy: ef.lossy,
		Encoding: ef.encoding, FollowSymlinks: *follow,
	})
	if err != nil {
		fmt.Fprintln(stderr, "kextract batch:", err)
		return exitFailure
	}
	defer src.Close()

	var w io.Writer = stdout
	var file *corpus.AtomicFile
	var prior *corpus.Prior
	if *out != "" {
		if *resume {
			file, prior, err = corpus.ResumeAtomic(*out, *retryErrors)
		} else {
			file, err = corpus.CreateAtomic(*out)
		}
		if err != nil {
			fmt.Fprintln(stderr, "kextract batch:", err)
			return exitFailure
		}
		w = file
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	if prior != nil {
		// records are matched to the earlier lines by position
		defer prior.Close()
		src = prior.Wrap(src)
	}
	opts := []corpus.RunOption{corpus.WithTimeout(*timeout)}
	if !*quiet {
		if f, ok := stderr.(*os.File); ok {
			opts = append(opts, corpus.WithProgress(corpus.NewProgress(f, src)))
		}
	}
	held := &heldDocs{}
	stats, runErr := corpus.Run(ctx, src, *jobs, extractRecord(x, newMemBudget(), held), writeResult(bw, held), opts...)
	flushErr := bw.Flush()
	if file != nil {
		if runErr == nil && flushErr == nil {
			flushErr = file.Commit()
		} else if errors.Is(runErr, context.Canceled) && flushErr == nil {
			// keep what is done: every line written so far is complete
			flushErr = file.Commit()
		} else {
			_ = file.Abort()
		}
	}
	if prior != nil {
		// the records whose earlier lines were copied did not reach Run
		stats.Records += prior.Skipped()
		stats.Errors += prior.SkippedErrors()
	}
	if !*quiet {
		fmt.Fprintf(stderr, "kextract batch: %s\n", stats)
		if prior != nil {
			fmt.Fprintf(stderr, "kextract batch: resumed: %d records kept from %s, %d failed records tried again\n",
				prior.Skipped(), *out, prior.Retried())
		}
	}
	switch {
	case errors.Is(runErr, context.Canceled):
		fmt.Fprintf(stderr, "kextract batch: interrupted after %d records", stats.Records)
		if *out != "" {
			fmt.Fprintf(stderr, "; run again with --resume --out %s to finish", *out)
		}
		fmt.Fprintln(stderr)
		return exitFailure
	case runErr != nil:
		fmt.Fprintln(stderr, "kextract batch:", runErr)
		return exitFailure
	case flushErr != nil:
		fmt.Fprintln(stderr, "kextract batch: write output:", flushErr)
		return exitFailure
	case stats.Errors > 0:
		fmt.Fprintf(stderr, "kextract batch: %d of %d records failed (see their \"error\" lines)\n", stats.Errors, stats.Records)
		return exitPartial
	}
	return exitOK
}

// batchGCPercent is the garbage collector's target for batch runs: the
// heap may grow to three times what is live before a collection, not
// twice. An extraction allocates about 35 bytes per byte of text and keeps
// little, so collections are frequent; half as many cost some 7 MB of peak
// memory and gain 2 to 7% throughput, and more with -j 2, where the
// collector competes with the workers (measured in the README).
const batchGCPercent = 200

// batchGC sets batchGCPercent unless the user chose with GOGC.
func batchGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(batchGCPercent)
	}
}
