package corpus

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestErrorLine(t *testing.T) {
	tests := []struct {
		rec  Record
		err  error
		want string
	}{
		{Record{ID: "a", Source: "in.jsonl:12"}, errors.New("bad <json> & \"quotes\""),
			`{"id":"a","error":"bad <json> & \"quotes\"","source":"in.jsonl:12"}`},
		{Record{ID: "b", Err: errors.New("too large")}, nil, `{"id":"b","error":"too large"}`},
		{Record{ID: "c\xff"}, nil, `{"id":"c\ufffd","error":"unknown error"}`},
	}
	for _, tc := range tests {
		got := ErrorLine(tc.rec, tc.err)
		assert.Equal(t, tc.want, string(got))
		assert.True(t, json.Valid(got))
	}
}

func TestAtomicFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.jsonl")

	t.Run("no partial file before commit, none after abort", func(t *testing.T) {
		a, err := CreateAtomic(path)
		require.NoError(t, err)
		_, err = a.Write([]byte("{\"id\":\"1\"}\n"))
		require.NoError(t, err)
		assert.NoFileExists(t, path)
		require.NoError(t, a.Abort())
		assert.NoFileExists(t, path)
		entries, err := os.ReadDir(dir)
		require.NoError(t, err)
		assert.Empty(t, entries, "temporary file removed")
	})
	t.Run("commit publishes, old content replaced only then", func(t *testing.T) {
		require.NoError(t, os.WriteFile(path, []byte("old\n"), 0o644))
		a, err := CreateAtomic(path)
		require.NoError(t, err)
		defer a.Abort() // no-op after Commit
		_, err = a.Write([]byte("new\n"))
		require.NoError(t, err)
		got, _ := os.ReadFile(path)
		assert.Equal(t, "old\n", string(got))
		require.NoError(t, a.Commit())
		got, _ = os.ReadFile(path)
		assert.Equal(t, "new\n", string(got))
		_, err = a.Write([]byte("late"))
		require.Error(t, err)
		require.Error(t, a.Commit())
		entries, _ := os.ReadDir(dir)
		assert.Len(t, entries, 1)
	})
	t.Run("missing directory", func(t *testing.T) {
		_, err := CreateAtomic(filepath.Join(dir, "no", "such", "out.jsonl"))
		require.ErrorIs(t, err, os.ErrNotExist)
	})
}

// priorRun resumes the output file content (nil: no file) over the records
// of src with a work function that writes {"id":...,"new":true}, and returns
// the committed file.
func priorRun(t *testing.T, content *string, retry bool, src Source) (string, *Prior, Stats, error) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "out.jsonl")
	if content != nil {
		require.NoError(t, os.WriteFile(path, []byte(*content), 0o644))
	}
	a, p, err := ResumeAtomic(path, retry)
	require.NoError(t, err)
	t.Cleanup(func() { _ = p.Close() })
	fn := func(_ context.Context, r Record) ([]byte, error) {
		return []byte(`{"id":"` + r.ID + `","new":true}` + "\n"), nil
	}
	stats, err := Run(context.Background(), p.Wrap(src), 2, fn, func(r Result) error {
		if r.Output == nil {
			_, werr := a.Write(append(ErrorLine(r.Record, r.Err), '\n'))
			return werr
		}
		_, werr := a.Write(r.Output)
		return werr
	})
	if err != nil {
		_ = a.Abort()
		return "", p, stats, err
	}
	require.NoError(t, a.Commit())
	b, rerr := os.ReadFile(path)
	require.NoError(t, rerr)
	return string(b), p, stats, nil
}

// TestResume matches earlier lines to records by position: repeated ids and
// error lines are kept once, in their place; a truncated last line and the
// records after it are processed.
func TestResume(t *testing.T) {
	existing := "{\"id\":\"0\",\"x\":1}\n" +
		"{\"id\":1,\"x\":2}\n" +
		"{\"id\":\"2\",\"error\":\"timed out\"}\n" +
		"not json\n" +
		"{\"id\":\"4\",\"x\":"
	tests := []struct {
		name             string
		content          *string
		retry            bool
		want             string
		skipped, retried int
		errors           int // of the whole file
	}{
		{"keeps complete lines, drops truncated", &existing, false,
			"{\"id\":\"0\",\"x\":1}\n{\"id\":1,\"x\":2}\n{\"id\":\"2\",\"error\":\"timed out\"}\n" +
				`{"id":"3","new":true}` + "\n" + `{"id":"4","new":true}` + "\n" + `{"id":"5","new":true}` + "\n",
			3, 0, 1},
		{"retry errors", &existing, true,
			"{\"id\":\"0\",\"x\":1}\n{\"id\":1,\"x\":2}\n" + `{"id":"2","new":true}` + "\n" +
				`{"id":"3","new":true}` + "\n" + `{"id":"4","new":true}` + "\n" + `{"id":"5","new":true}` + "\n",
			2, 1, 0},
		{"missing file", nil, false,
			`{"id":"0","new":true}` + "\n" + `{"id":"1","new":true}` + "\n" + `{"id":"2","new":true}` + "\n" +
				`{"id":"3","new":true}` + "\n" + `{"id":"4","new":true}` + "\n" + `{"id":"5","new":true}` + "\n",
			0, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, p, stats, err := priorRun(t, tc.content, tc.retry, &fakeSource{n: 6, err: io.EOF})
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.skipped, p.Skipped())
			assert.Equal(t, tc.retried, p.Retried())
			assert.Equal(t, 6, stats.Records+p.Skipped())
			assert.Equal(t, tc.errors, stats.Errors+p.SkippedErrors(), "kept error lines count as errors")
		})
	}
}

// TestResumeRepeatedIDs: the earlier lines are for records whose ids repeat;
// each position is kept once and the rest is processed.
func TestResumeRepeatedIDs(t *testing.T) {
	existing := "{\"id\":\"same\",\"x\":1}\n{\"id\":\"same\",\"x\":2}\n"
	src := &listSource{recs: []Record{{ID: "same"}, {ID: "same"}, {ID: "same"}, {ID: "bad", Err: errors.New("broken")}}}
	got, p, _, err := priorRun(t, &existing, false, src)
	require.NoError(t, err)
	assert.Equal(t, existing+`{"id":"same","new":true}`+"\n"+`{"id":"bad","error":"broken"}`+"\n", got)
	assert.Equal(t, 2, p.Skipped())
}

// TestResumeMismatch: an earlier line for another record than the input has
// at its position fails the run, and the earlier file is left as it was.
func TestResumeMismatch(t *testing.T) {
	existing := "{\"id\":\"0\",\"x\":1}\n{\"id\":\"zz\",\"x\":2}\n"
	_, _, _, err := priorRun(t, &existing, false, &fakeSource{n: 6, err: io.EOF})
	require.ErrorIs(t, err, ErrResumeMismatch)
	assert.Contains(t, err.Error(), `line 2 is for "zz" but record 2 of the inputs is "1"`)
}

// TestResumeMoreLinesThanRecords: lines beyond the inputs mean the inputs
// changed: the run fails.
func TestResumeMoreLinesThanRecords(t *testing.T) {
	existing := "{\"id\":\"0\"}\n{\"id\":\"1\"}\n{\"id\":\"2\"}\n"
	_, _, _, err := priorRun(t, &existing, false, &fakeSource{n: 2, err: io.EOF})
	require.ErrorIs(t, err, ErrResumeMismatch)
	assert.Contains(t, err.Error(), "more lines than the inputs have records")
}

// TestResumeLazyKept: with retryErrors, the lines after the first retried
// one reach Run as Record.Prior and are emitted unchanged; a kept error line
// (without retry) counts as an error.
func TestResumeLazyKept(t *testing.T) {
	existing := "{\"id\":\"0\",\"x\":1}\n{\"id\":\"1\",\"error\":\"e\"}\n{\"id\":\"2\",\"x\":3}\n"
	got, p, stats, err := priorRun(t, &existing, true, &fakeSource{n: 4, err: io.EOF})
	require.NoError(t, err)
	assert.Equal(t, "{\"id\":\"0\",\"x\":1}\n"+`{"id":"1","new":true}`+"\n{\"id\":\"2\",\"x\":3}\n"+`{"id":"3","new":true}`+"\n", got)
	assert.Equal(t, 1, p.Skipped())
	assert.Equal(t, 1, p.Retried())
	assert.Equal(t, 3, stats.Records)
	assert.Zero(t, stats.Errors)
}

// listSource yields the given records, then io.EOF.
type listSource struct {
	recs []Record
	i    int
}

func (l *listSource) Next() (Record, error) {
	if l.i >= len(l.recs) {
		return Record{}, io.EOF
	}
	l.i++
	return l.recs[l.i-1], nil
}
func (l *listSource) Close() error      { return nil }
func (l *listSource) TotalBytes() int64 { return -1 }
func (l *listSource) ReadBytes() int64  { return 0 }
