package main

import (
	"fmt"
	"io"
	"os"

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
	in, name := stdin, "stdin"
	if len(pos) > 0 && pos[0] != "-" {
		f, err := os.Open(pos[0])
		if err != nil {
			fmt.Fprintln(stderr, "kextract normalize:", err)
			return exitFailure
		}
		defer f.Close()
		in, name = f, pos[0]
	}
	raw, err := io.ReadAll(in)
	if err != nil {
		fmt.Fprintf(stderr, "kextract normalize: read %s: %v\n", name, err)
		return exitFailure
	}
	t, err := normalize.Bytes(raw, normalize.WithEncoding(enc), normalize.WithLossy(*lossy))
	if err != nil {
		fmt.Fprintf(stderr, "kextract normalize: %s: %v\n", name, err)
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
