package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/kextract/kextract/extract"
)

func runAmounts(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("amounts", `kextract amounts [flags] [TEXT...]   (stdin when no TEXT)

Prints the amounts found in the text as JSON: kind, unit, exact value or
min/max, equivalents, and the exchange rates the text implies.
Example: kextract amounts "5,000억 달러(약 700조 원)"`, stderr)
	var ef extractFlags
	ef.register(fs)
	compact := fs.Bool("compact", false, "print on one line")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return flagExit(err)
	}
	x, err := ef.extractor()
	if err != nil {
		fmt.Fprintln(stderr, "kextract amounts:", err)
		return exitUsage
	}
	in := extract.Input{Text: strings.Join(pos, "\n")}
	if len(pos) == 0 {
		raw, err := readLimited(stdin, ef.maxSize)
		if err != nil {
			fmt.Fprintln(stderr, "kextract amounts:", err)
			return exitFailure
		}
		in = extract.Input{Raw: raw}
	}
	doc, err := x.Extract(context.Background(), in)
	if err != nil {
		fmt.Fprintln(stderr, "kextract amounts:", err)
		return exitFailure
	}
	out := struct {
		Amounts  []extract.Amount  `json:"amounts"`
		Rates    []extract.Rate    `json:"rates,omitempty"`
		Warnings []extract.Warning `json:"warnings,omitempty"`
	}{doc.Amounts, doc.Rates, doc.Warnings}
	if err := extract.Encode(stdout, out, !*compact); err != nil {
		return exitFailure
	}
	return exitOK
}
