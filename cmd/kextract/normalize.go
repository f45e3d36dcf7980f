package main

import (
	"fmt"
	"io"

	"github.com/kextract/kextract/normalize"
)

func runNormalize(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("normalize", "kextract normalize [flags] [FILE]   (stdin when no FILE)", stderr)
	encoding := fs.String("encoding", "auto", "input `ENCODING`: auto, utf-8 or cp949 (EUC-KR)")
	lossy := fs.Bool("lossy", false, "replace invalid input bytes with U+FFFD instead of failing")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return flagExit(err)
	}
	enc, err := normalize.ParseEncoding(*encoding)
	if err != nil {
		fmt.Fprintln(stderr, "kextract normalize:", err)
		return exitUsage
	}
	in, name, closeIn, err := openInput(pos, stdin)
	if err != nil {
		fmt.Fprintln(stderr, "kextract normalize:", err)
		return exitFailure
	}
	defer closeIn()
	raw, err := io.ReadAll(in)
	if err != nil {
		fmt.Fprintf(stderr, "kextract normalize: read %s: %v\n", name, err)
		return exitFailure
	}
	t, err := normalize.Bytes(raw, normalize.WithEncoding(enc), normalize.WithLossy(*lossy))
	if err != nil {
		fmt.Fprintf(stderr, "kextract normalize: %s: %s\n", name, explain(err, *encoding))
		return exitFailure
	}
	for _, w := range t.Warnings {
		fmt.Fprintf(stderr, "kextract normalize: warning: %s\n", w.Message)
	}
	if _, err := io.WriteString(stdout, t.Clean); err != nil {
		return exitFailure
	}
	return exitOK
}
