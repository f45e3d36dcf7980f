package server

import (
	"errors"
	"fmt"
	"io"
	"sync/atomic"
	"time"

	"github.com/kextract/kextract/corpus"
)

// limitedSource ends a batch stream after left records or at deadline,
// whichever comes first, and remembers why it stopped when records were
// left unread.
type limitedSource struct {
	corpus.Source
	left     int
	limit    int
	deadline time.Time
	why      atomic.Pointer[string]
}

// Next returns the next record, or io.EOF at the end of the input or at a
// limit.
func (l *limitedSource) Next() (corpus.Record, error) {
	if l.limit == 0 {
		l.limit = l.left
	}
	var why string
	switch {
	case l.left <= 0:
		why = fmt.Sprintf("the limit of %d records per batch (kextract serve --batch-records)", l.limit)
	case !time.Now().Before(l.deadline):
		why = "the time limit of a batch (kextract serve --batch-time)"
	default:
		l.left--
		return l.Source.Next()
	}
	// stopped only if there is more to read
	if _, err := l.Source.Next(); errors.Is(err, io.EOF) {
		return corpus.Record{}, io.EOF
	}
	l.why.Store(&why)
	return corpus.Record{}, io.EOF
}

// stopped says why the stream ended before its input did, or "".
func (l *limitedSource) stopped() string {
	if p := l.why.Load(); p != nil {
		return *p
	}
	return ""
}
