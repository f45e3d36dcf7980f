package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/kextract/kextract/corpus"
	"github.com/kextract/kextract/extract"
	"github.com/kextract/kextract/internal/view"
	"github.com/kextract/kextract/normalize"
)

// runHTML is kextract html: extract one document and write it as a
// self-contained HTML page.
func runHTML(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("html", `kextract html [flags] [FILE] > article.html   (stdin when no FILE)

Writes the extraction of one article as a self-contained HTML page. With
--jsonl the input is one JSONL record {"id","title","text","date"}: its
title is the page title (--title overrides it).`, stderr)
	var ef extractFlags
	var rf recordFlags
	ef.register(fs)
	rf.register(fs)
	id := fs.String("id", "", "document `ID` to put in the embedded document")
	title := fs.String("title", "", "the article's `TITLE`, shown on the page (default: the record's title with --jsonl, else the first sentence)")
	fs.Bool("jsonl", false, "read one JSONL record instead of the article text")
	d, code, ok := openOneDocument(fs, &ef, args, stdin, stderr)
	if !ok {
		return code
	}
	defer d.close()
	x, in, name := d.x, d.in, d.name
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	input := extract.Input{ID: *id}
	pageTitle := *title
	if fs.Lookup("jsonl").Value.String() == "true" {
		rec, err := oneRecord(ctx, in, name, rf, ef)
		if err != nil {
			fmt.Fprintf(stderr, "kextract html: %v\n", err)
			return exitFailure
		}
		input.Text, input.Date = rec.Text, rec.Date
		if input.ID == "" {
			input.ID = rec.ID
		}
		if pageTitle == "" {
			pageTitle = rec.Title
		}
	} else {
		raw, err := readLimited(in, ef.maxSize)
		if err != nil {
			fmt.Fprintf(stderr, "kextract: read %s: %v\n", name, err)
			return exitFailure
		}
		// decode here so that the page shows exactly the text the offsets
		// refer to
		input.Text, _, err = normalize.Decode(raw, normalize.WithEncoding(ef.encoding), normalize.WithLossy(ef.lossy))
		if err != nil {
			fmt.Fprintf(stderr, "kextract: %s: %s\n", name, explain(err, ef.encoding))
			return exitFailure
		}
	}
	doc, err := x.Extract(ctx, input)
	if err != nil {
		fmt.Fprintf(stderr, "kextract: %s: %s\n", name, explain(err, ef.encoding))
		return exitFailure
	}
	return writeOut(stdout, stderr, func(w io.Writer) error {
		return view.Render(w, input.Text, doc, view.Options{Title: pageTitle})
	})
}

// oneRecord reads the only JSONL record of in: a page shows one article.
func oneRecord(ctx context.Context, in io.Reader, name string, rf recordFlags, ef extractFlags) (corpus.Record, error) {
	src, err := corpus.OpenReader(ctx, in, name, corpus.ReaderOptions{
		Fields: rf.fields(), MaxSize: ef.maxSize, Format: corpus.FormatJSONL, Lossy: ef.lossy,
	})
	if err != nil {
		return corpus.Record{}, err
	}
	defer src.Close()
	rec, err := src.Next()
	if errors.Is(err, io.EOF) {
		return rec, fmt.Errorf("%s: no JSONL record: give one line {\"text\": ...} (or drop --jsonl to read the article text)", name)
	}
	if err != nil {
		return rec, err
	}
	if rec.Err != nil {
		return rec, fmt.Errorf("%s: %w", rec.Source, rec.Err)
	}
	if _, err := src.Next(); !errors.Is(err, io.EOF) {
		return rec, fmt.Errorf("%s: more than one JSONL record: a page shows one article; give one record (head -n 1), or use kextract batch for many", name)
	}
	return rec, nil
}
