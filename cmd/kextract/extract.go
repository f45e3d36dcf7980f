package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strconv"
	"sync"

	"github.com/kextract/kextract/corpus"
	"github.com/kextract/kextract/extract"
)

func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("extract", "kextract [extract] [flags] [FILE]   (stdin when no FILE)", stderr)
	var ef extractFlags
	var rf recordFlags
	ef.register(fs)
	rf.register(fs)
	compact := fs.Bool("compact", false, "print the document on one line")
	jsonl := fs.Bool("jsonl", false, "read JSONL records, write one JSON document per line in the same order")
	id := fs.String("id", "", "document `ID` to put in the output")
	// the collector stays off past start-up for one small document (see
	// startgc.go)
	gcOn := gcOff()
	defer gcOn()
	d, code, ok := openOneDocument(fs, &ef, args, stdin, stderr)
	if !ok {
		return code
	}
	defer d.close()
	x, in, name := d.x, d.in, d.name
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if *jsonl {
		gcOn()
		return extractJSONL(ctx, x, in, name, rf, ef, stdout, stderr)
	}
	raw, err := readLimited(in, ef.maxSize)
	if err != nil {
		fmt.Fprintf(stderr, "kextract: read %s: %v\n", name, err)
		return exitFailure
	}
	limitMemory(len(raw))
	if len(raw) > smallDocBytes {
		gcOn()
	}
	doc, err := x.Extract(ctx, extract.Input{ID: *id, Raw: raw})
	if err != nil {
		fmt.Fprintf(stderr, "kextract: %s: %s\n", name, explain(err, ef.encoding))
		return exitFailure
	}
	return writeOut(stdout, stderr, func(w io.Writer) error { return extract.Encode(w, doc, !*compact) })
}

// extractJSONL is the JSONL filter: one output line per input record, in
// order, a failed record as {"id","error"} in its place.
func extractJSONL(ctx context.Context, x *extract.Extractor, in io.Reader, name string, rf recordFlags, ef extractFlags, stdout, stderr io.Writer) int {
	src, err := corpus.OpenReader(ctx, in, name, corpus.ReaderOptions{
		Fields: rf.fields(), MaxSize: ef.maxSize, Format: "jsonl", Lossy: ef.lossy, Encoding: ef.encoding,
	})
	if err != nil {
		fmt.Fprintln(stderr, "kextract:", err)
		return exitUsage
	}
	defer src.Close()
	w := bufio.NewWriter(stdout)
	held := &heldDocs{}
	stats, err := corpus.Run(ctx, src, runtime.NumCPU(), extractRecord(x, newMemBudget(), held), writeResult(w, held))
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintln(stderr, "kextract:", err)
		return exitFailure
	}
	if stats.Errors > 0 {
		fmt.Fprintf(stderr, "kextract: %d of %d records failed (see their \"error\" lines)\n", stats.Errors, stats.Records)
		return exitPartial
	}
	return exitOK
}

// streamedRecordBytes is the size from which a record's document is
// encoded while it is written instead of into a buffer first: the JSON of
// a 17 MB record is some 120 MB, more than the document it encodes.
const streamedRecordBytes = 1 << 20

// heldDocs keeps the documents of large records from the worker that
// extracted them to the writer that encodes them, by record.
type heldDocs struct{ m sync.Map }

// streamed is the work function's output for a held document: not nil (a
// nil output is an error line), and empty.
var streamed = []byte{}

func recordKey(r corpus.Record) string { return r.Source + "\x00" + strconv.FormatInt(r.Offset, 10) }

// extractRecord returns the work function of a batch: one compact JSON
// document per record, each held in mem's budget while it is extracted; a
// large record's document goes to held for the writer to stream.
func extractRecord(x *extract.Extractor, mem *memBudget, held *heldDocs) func(context.Context, corpus.Record) ([]byte, error) {
	return func(ctx context.Context, r corpus.Record) ([]byte, error) {
		defer mem.hold(len(r.Text))()
		doc, err := x.Extract(ctx, extract.Input{ID: r.ID, Text: r.Text, Date: r.Date, Warnings: r.Warnings})
		if err != nil {
			return nil, err
		}
		if held != nil && len(r.Text) >= streamedRecordBytes {
			held.m.Store(recordKey(r), doc)
			return streamed, nil
		}
		return extract.Marshal(doc)
	}
}

// writeResult returns the emit function of a batch: the document (or the
// line kept from an earlier run), or an error line in the record's place.
func writeResult(w io.Writer, held *heldDocs) func(corpus.Result) error {
	return func(res corpus.Result) error {
		var doc any
		if held != nil {
			// taken whatever the result: a record that timed out after
			// its document was held must not keep it
			doc, _ = held.m.LoadAndDelete(recordKey(res.Record))
		}
		if res.Output != nil && len(res.Output) == 0 && doc != nil {
			return extract.Encode(w, doc, false) // compact, with its newline
		}
		if res.Output == nil {
			if _, err := w.Write(corpus.ErrorLine(res.Record, res.Err)); err != nil {
				return err
			}
			_, err := io.WriteString(w, "\n")
			return err
		}
		_, err := w.Write(res.Output)
		return err
	}
}
