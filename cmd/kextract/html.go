package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/kextract/kextract/extract"
	"github.com/kextract/kextract/internal/view"
	"github.com/kextract/kextract/normalize"
)

// runHTML is kextract html: extract one document and write it as a
// self-contained HTML page.
func runHTML(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("html", "kextract html [flags] [FILE] > article.html   (stdin when no FILE)", stderr)
	var ef extractFlags
	ef.register(fs)
	id := fs.String("id", "", "document `ID` to put in the embedded document")
	title := fs.String("title", "", "page `TITLE` (default: the first line of the article)")
	d, code, ok := openOneDocument(fs, &ef, args, stdin, stderr)
	if !ok {
		return code
	}
	defer d.close()
	x, in, name := d.x, d.in, d.name
	raw, err := readLimited(in, ef.maxSize)
	if err != nil {
		fmt.Fprintf(stderr, "kextract: read %s: %v\n", name, err)
		return exitFailure
	}
	// decode here so that the page shows exactly the text the offsets
	// refer to
	text, _, err := normalize.Decode(raw, normalize.WithEncoding(ef.encoding), normalize.WithLossy(ef.lossy))
	if err != nil {
		fmt.Fprintf(stderr, "kextract: %s: %s\n", name, explain(err, ef.encoding))
		return exitFailure
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	doc, err := x.Extract(ctx, extract.Input{ID: *id, Text: text})
	if err != nil {
		fmt.Fprintf(stderr, "kextract: %s: %s\n", name, explain(err, ef.encoding))
		return exitFailure
	}
	return writeOut(stdout, stderr, func(w io.Writer) error {
		return view.Render(w, text, doc, view.Options{Title: *title})
	})
}
