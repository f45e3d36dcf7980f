package main

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/kextract/kextract/extract"
	"github.com/kextract/kextract/normalize"
)

// sizeLimited reads r and fails once more than max bytes were read (max
// <= 0: no limit), with an error that names --max-size: the message a user
// sees for an input over the limit, rather than the extractor's, which
// would count the one byte past the limit that was read to detect it.
type sizeLimited struct {
	r    io.Reader
	max  int
	read int
}

func (s *sizeLimited) Read(p []byte) (int, error) {
	if s.max <= 0 {
		return s.r.Read(p)
	}
	if s.read > s.max {
		return 0, tooLargeError(s.max)
	}
	if len(p) > s.max+1-s.read {
		p = p[:s.max+1-s.read]
	}
	n, err := s.r.Read(p)
	s.read += n
	if s.read > s.max {
		return n - (s.read - s.max), tooLargeError(s.max)
	}
	return n, err
}

// tooLargeError is the error for an input over --max-size; it wraps
// extract.ErrTooLarge.
func tooLargeError(max int) error { return &overSize{max} }

type overSize struct{ max int }

func (e *overSize) Error() string {
	return fmt.Sprintf("the input is over the --max-size limit of %d bytes: raise --max-size (0: no limit), or split the input into JSONL records for kextract batch", e.max)
}

func (e *overSize) Unwrap() error { return extract.ErrTooLarge }

// lossyAdvice is the parenthesis of the decoder's message that tells a
// library user what to do; the command line says it with its flags.
var lossyAdvice = regexp.MustCompile(` \([^()]*lossy[^()]*\)`)

// explain returns the message for err, an error reading or extracting a
// document with --encoding encoding: what happened, and the flag that
// changes it.
func explain(err error, encoding string) string {
	switch {
	case errors.Is(err, extract.ErrTooLarge) && !strings.Contains(err.Error(), "--max-size"):
		return "the input is over the --max-size limit: raise --max-size (0: no limit), or split the input into JSONL records for kextract batch"
	case errors.Is(err, normalize.ErrInvalidEncoding):
		msg := lossyAdvice.ReplaceAllString(err.Error(), "")
		enc, _ := normalize.ParseEncoding(encoding)
		switch enc {
		case normalize.EncodingUTF8:
			return msg + "; if the input is EUC-KR/CP949, give --encoding cp949 (or --encoding auto, the default, to detect it); --lossy replaces invalid bytes with U+FFFD"
		case normalize.EncodingCP949:
			return msg + "; if the input is UTF-8, give --encoding utf-8 (or --encoding auto, the default, to detect it); --lossy replaces invalid bytes with U+FFFD"
		}
		return msg + "; it is neither UTF-8 nor EUC-KR/CP949: --lossy replaces invalid bytes with U+FFFD, --encoding names the encoding"
	}
	return err.Error()
}
