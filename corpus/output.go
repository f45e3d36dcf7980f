package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
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
