package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// ErrKeptError is wrapped by the Err of a result whose error line was kept
// from an earlier run (see Prior).
var ErrKeptError = errors.New("failed in the earlier run (kept; --retry-errors tries again)")

// ErrResumeMismatch is returned by the Source of Prior.Wrap when a line of
// the earlier output names another record than the input has at that
// position: the inputs or their order changed since the earlier run.
var ErrResumeMismatch = errors.New("earlier output does not match the inputs")

// Prior is the output of an earlier, interrupted run, read back to resume
// it. Records are matched by position: line k of the earlier output is the
// result of record k of the inputs, since Run emits results in input order
// and an interrupted run keeps only whole lines. Repeated ids, records that
// failed to read and error lines are therefore each kept exactly once, in
// their place.
type Prior struct {
	path          string
	f             *os.File
	br            *bufio.Reader
	retryErrors   bool
	buf           []byte
	line          int  // lines read so far by next
	eof           bool // no further complete line
	copied        int  // leading lines copied into the new file by ResumeAtomic
	skipped       int
	skippedErrors int
	retried       int
}

// ResumeAtomic prepares to finish an interrupted run whose output is path:
// it starts an AtomicFile for path, copies into it the leading complete
// lines of the current file (up to a damaged line, or with retryErrors up
// to the first error line), so that a further interruption keeps at least
// those, and opens the current file as a Prior. Wrap the inputs with
// Prior.Wrap and run them into the AtomicFile: the records the earlier run
// completed get their earlier lines back (a truncated last line does not
// count), the others are processed, and the committed file is what one
// uninterrupted run writes. With retryErrors, records whose earlier line is
// an error line are processed again. A missing file is like an empty one.
// Close the Prior after the run.
func ResumeAtomic(path string, retryErrors bool) (*AtomicFile, *Prior, error) {
	a, err := CreateAtomic(path)
	if err != nil {
		return nil, nil, err
	}
	p := &Prior{path: path, retryErrors: retryErrors}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		p.eof = true
		return a, p, nil
	}
	if err == nil {
		p.f = f
		err = p.copyLeading(a)
	}
	if err != nil {
		_ = a.Abort()
		_ = p.Close()
		return nil, nil, fmt.Errorf("corpus: resume %s: %w", path, err)
	}
	return a, p, nil
}

// copyLeading copies the leading lines that will be kept into a, then
// rewinds the file for Wrap, which matches every line with its record.
func (p *Prior) copyLeading(a *AtomicFile) error {
	p.br = bufio.NewReaderSize(p.f, readBufSize)
	for {
		line, ok, err := p.next()
		if err != nil || !ok {
			break
		}
		_, isErr, parsed := parseOutputLine(bytes.TrimSpace(line))
		if !parsed || isErr && p.retryErrors {
			break
		}
		if _, err := a.Write(line); err != nil {
			return err
		}
		p.copied++
	}
	if _, err := p.f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	p.br.Reset(p.f)
	p.line, p.eof = 0, false
	return nil
}

// Skipped is the number of records that Wrap's source dropped because
// ResumeAtomic copied their earlier lines, and SkippedErrors how many of
// those lines are error lines (records that failed in the earlier run and
// count as failed in this one). Earlier lines met after the copied ones
// reach Run in Record.Prior and are counted in its Stats. Retried is the
// number of earlier error lines whose records were processed again.
func (p *Prior) Skipped() int       { return p.skipped }
func (p *Prior) SkippedErrors() int { return p.skippedErrors }
func (p *Prior) Retried() int       { return p.retried }

// Close closes the earlier output file.
func (p *Prior) Close() error {
	if p.f == nil {
		return nil
	}
	err := p.f.Close()
	p.f = nil
	p.eof = true
	return err
}

// next returns the next complete line of the earlier output, newline
// included; ok is false at its end (a last line without newline is a line
// the earlier run did not finish).
func (p *Prior) next() (line []byte, ok bool, err error) {
	if p.eof {
		return nil, false, nil
	}
	line, _, err = readLine(p.br, int(^uint(0)>>2), p.buf[:0])
	p.buf = line
	if err != nil {
		p.eof = true
		if errors.Is(err, io.EOF) {
			return nil, false, nil
		}
		return nil, false, fmt.Errorf("corpus: resume %s: %w", p.path, err)
	}
	p.line++
	return line, true, nil
}

// Wrap returns src with the earlier results attached: each record that has
// a line in the earlier output carries it in Record.Prior, and Run emits it
// instead of processing the record.
func (p *Prior) Wrap(src Source) Source { return &priorSource{Source: src, p: p} }

type priorSource struct {
	Source
	p *Prior
}

func (s *priorSource) Next() (Record, error) {
	for {
		rec, err := s.Source.Next()
		if errors.Is(err, io.EOF) {
			if _, more, perr := s.p.next(); perr == nil && more {
				return Record{}, fmt.Errorf("corpus: resume %s: more lines than the inputs have records: %w",
					s.p.path, ErrResumeMismatch)
			}
		}
		if err != nil {
			return rec, err
		}
		line, ok, err := s.p.next()
		if err != nil {
			return Record{}, err
		}
		if !ok {
			return rec, nil
		}
		id, isErr, parsed := parseOutputLine(bytes.TrimSpace(line))
		if parsed && id != rec.ID {
			return Record{}, fmt.Errorf("corpus: resume %s: line %d is for %q but record %d of the inputs is %q: %w",
				s.p.path, s.p.line, id, s.p.line, rec.ID, ErrResumeMismatch)
		}
		if !parsed || isErr && s.p.retryErrors {
			// a damaged line, or an error to try again: process the record
			if parsed {
				s.p.retried++
			}
			return rec, nil
		}
		if s.p.line <= s.p.copied {
			// already in the new file
			s.p.skipped++
			if isErr {
				s.p.skippedErrors++
			}
			continue
		}
		rec.Prior = bytes.Clone(line)
		rec.PriorErr = isErr
		return rec, nil
	}
}

// outputLine is the part of an output line resume cares about.
type outputLine struct {
	ID    json.RawMessage `json:"id"`
	Error json.RawMessage `json:"error"`
}

// parseOutputLine returns the id of an output line and whether it is an
// error line ({"error": ...}); ok is false for a line that is not a JSON
// object with an id.
func parseOutputLine(line []byte) (id string, isErr, ok bool) {
	var v outputLine
	if json.Unmarshal(line, &v) != nil || len(v.ID) == 0 {
		return "", false, false
	}
	id, err := jsonText(v.ID, true, true, false)
	if err != nil {
		return "", false, false
	}
	return id, len(v.Error) > 0 && string(v.Error) != "null", true
}
