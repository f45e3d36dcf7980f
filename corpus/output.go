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
	"path/filepath"
)

// ErrorLine renders a failed record as one JSON object without a trailing
// newline: {"id":"...","error":"...","source":"in.jsonl:12"}. When err is
// nil, rec.Err is used.
func ErrorLine(rec Record, err error) []byte {
	if err == nil {
		err = rec.Err
	}
	msg := "unknown error"
	if err != nil {
		msg = err.Error()
	}
	v := struct {
		ID     string `json:"id"`
		Error  string `json:"error"`
		Source string `json:"source,omitempty"`
	}{rec.ID, msg, rec.Source}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if e := enc.Encode(v); e != nil {
		// Strings always marshal; this is unreachable but stays valid JSON.
		return []byte(`{"id":"","error":"unencodable error"}`)
	}
	return bytes.TrimSuffix(b.Bytes(), []byte{'\n'})
}

// AtomicFile is an output file that appears at its final path only when
// complete: it is written to a temporary file in the same directory and
// renamed on Commit. Writes are buffered.
type AtomicFile struct {
	path string
	tmp  *os.File
	w    *bufio.Writer
	done bool
}

// CreateAtomic starts writing path atomically. Call Commit to publish the
// file or Abort to discard it; `defer f.Abort()` is safe after Commit.
func CreateAtomic(path string) (*AtomicFile, error) {
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		// renaming over a device or a directory would replace it
		return nil, fmt.Errorf("corpus: create %s: not a regular file (%s)", path, fi.Mode().Type())
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("corpus: create %s: %w", path, err)
	}
	return &AtomicFile{path: path, tmp: tmp, w: bufio.NewWriterSize(tmp, 256<<10)}, nil
}

// Write appends to the temporary file.
func (a *AtomicFile) Write(p []byte) (int, error) {
	if a.done {
		return 0, fmt.Errorf("corpus: write %s: %w", a.path, os.ErrClosed)
	}
	n, err := a.w.Write(p)
	if err != nil {
		return n, fmt.Errorf("corpus: write %s: %w", a.path, err)
	}
	return n, nil
}

// Name returns the final path.
func (a *AtomicFile) Name() string { return a.path }

// Commit flushes and syncs the temporary file and renames it to the final
// path. On failure the temporary file is removed.
func (a *AtomicFile) Commit() error {
	if a.done {
		return fmt.Errorf("corpus: commit %s: %w", a.path, os.ErrClosed)
	}
	a.done = true
	name := a.tmp.Name()
	err := a.w.Flush()
	if err == nil {
		err = a.tmp.Chmod(0o644)
	}
	if err == nil {
		err = a.tmp.Sync()
	}
	if cerr := a.tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(name, a.path)
	}
	if err != nil {
		_ = os.Remove(name)
		return fmt.Errorf("corpus: commit %s: %w", a.path, err)
	}
	if d, err := os.Open(filepath.Dir(a.path)); err == nil {
		_ = d.Sync() // make the rename durable where supported
		_ = d.Close()
	}
	return nil
}

// Abort discards the temporary file. It does nothing after Commit or a
// previous Abort.
func (a *AtomicFile) Abort() error {
	if a.done {
		return nil
	}
	a.done = true
	name := a.tmp.Name()
	cerr := a.tmp.Close()
	if err := os.Remove(name); err != nil {
		return fmt.Errorf("corpus: abort %s: %w", a.path, err)
	}
	if cerr != nil {
		return fmt.Errorf("corpus: abort %s: %w", a.path, cerr)
	}
	return nil
}

// outputLine is the part of an output line resume cares about.
type outputLine struct {
	ID    json.RawMessage `json:"id"`
	Error json.RawMessage `json:"error"`
}

// parseOutputLine returns the id of a complete output line and whether it
// is an error line ({"error": ...}).
func parseOutputLine(line []byte) (id string, isErr, ok bool) {
	var v outputLine
	if json.Unmarshal(line, &v) != nil || len(v.ID) == 0 {
		return "", false, false
	}
	id, err := jsonText(v.ID, true, true)
	if err != nil {
		return "", false, false
	}
	return id, len(v.Error) > 0 && string(v.Error) != "null", true
}

// scanOutput calls f for every complete (newline-terminated) line of r; a
// truncated last line is ignored.
func scanOutput(r io.Reader, f func(line []byte) error) error {
	br := bufio.NewReaderSize(r, readBufSize)
	var buf []byte
	for {
		buf = buf[:0]
		line, _, err := readLine(br, int(^uint(0)>>2), buf)
		buf = line
		if err != nil {
			if errors.Is(err, io.EOF) {
				return nil // a last line without newline is dropped
			}
			return err
		}
		if ferr := f(line); ferr != nil {
			return ferr
		}
	}
}

// ReadDoneIDs returns the ids of the complete lines of an existing JSONL
// output file (error lines included). A truncated last line is ignored; a
// missing file gives an empty map.
func ReadDoneIDs(path string) (map[string]bool, error) {
	done := map[string]bool{}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return done, nil
	}
	if err != nil {
		return nil, fmt.Errorf("corpus: resume %s: %w", path, err)
	}
	defer f.Close()
	err = scanOutput(f, func(line []byte) error {
		if id, _, ok := parseOutputLine(bytes.TrimSpace(line)); ok {
			done[id] = true
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("corpus: resume %s: %w", path, err)
	}
	return done, nil
}

// ResumeAtomic prepares to extend an existing JSONL output file: it starts
// an AtomicFile for path, copies into it the complete lines of the current
// file (dropping a truncated last line, and, when retryErrors is set, the
// error lines so that those records are tried again), and returns the ids
// of the copied lines. The caller skips those ids, appends new lines and
// commits; the final file therefore always consists of complete lines. A
// missing file is like an empty one.
func ResumeAtomic(path string, retryErrors bool) (*AtomicFile, map[string]bool, error) {
	a, err := CreateAtomic(path)
	if err != nil {
		return nil, nil, err
	}
	done := map[string]bool{}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return a, done, nil
	}
	if err != nil {
		_ = a.Abort()
		return nil, nil, fmt.Errorf("corpus: resume %s: %w", path, err)
	}
	defer f.Close()
	err = scanOutput(f, func(line []byte) error {
		id, isErr, ok := parseOutputLine(bytes.TrimSpace(line))
		if ok && isErr && retryErrors {
			return nil
		}
		if ok {
			done[id] = true
		}
		_, werr := a.Write(line)
		return werr
	})
	if err != nil {
		_ = a.Abort()
		return nil, nil, fmt.Errorf("corpus: resume %s: %w", path, err)
	}
	return a, done, nil
}

// SkipDone wraps src so that records whose id is in done (as returned by
// ResumeAtomic or ReadDoneIDs) are skipped. Error records are never
// skipped. Skipped counts how many were dropped so far.
func SkipDone(src Source, done map[string]bool) *SkipSource {
	return &SkipSource{Source: src, done: done}
}

// SkipSource is the Source returned by SkipDone.
type SkipSource struct {
	Source
	done    map[string]bool
	skipped int
}

// Next returns the next record not already done.
func (s *SkipSource) Next() (Record, error) {
	for {
		rec, err := s.Source.Next()
		if err != nil || rec.Err != nil || !s.done[rec.ID] {
			return rec, err
		}
		s.skipped++
	}
}

// Skipped is the number of records dropped so far. Call it after Run.
func (s *SkipSource) Skipped() int { return s.skipped }
