package corpus

import (
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

func TestResume(t *testing.T) {
	existing := "{\"id\":\"a\",\"x\":1}\n" +
		"{\"id\":7,\"x\":2}\n" +
		"{\"id\":\"e\",\"error\":\"timed out\"}\n" +
		"not json\n" +
		"{\"id\":\"trunc\",\"x\":"
	tests := []struct {
		name     string
		content  *string
		retry    bool
		wantDone []string
		wantFile string
	}{
		{"keeps complete lines, drops truncated", &existing, false, []string{"a", "7", "e"},
			"{\"id\":\"a\",\"x\":1}\n{\"id\":7,\"x\":2}\n{\"id\":\"e\",\"error\":\"timed out\"}\nnot json\n"},
		{"retry errors", &existing, true, []string{"a", "7"},
			"{\"id\":\"a\",\"x\":1}\n{\"id\":7,\"x\":2}\nnot json\n"},
		{"missing file", nil, false, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "out.jsonl")
			if tc.content != nil {
				require.NoError(t, os.WriteFile(path, []byte(*tc.content), 0o644))
			}
			done, err := ReadDoneIDs(path)
			require.NoError(t, err)
			if !tc.retry {
				assert.Len(t, done, len(tc.wantDone))
			}
			a, done, err := ResumeAtomic(path, tc.retry)
			require.NoError(t, err)
			assert.Len(t, done, len(tc.wantDone))
			for _, id := range tc.wantDone {
				assert.True(t, done[id], id)
			}
			// The caller skips done ids and appends the rest.
			for _, id := range []string{"a", "e", "z"} {
				if !done[id] {
					_, err := a.Write([]byte(`{"id":"` + id + `","x":9}` + "\n"))
					require.NoError(t, err)
				}
			}
			require.NoError(t, a.Commit())
			got, err := os.ReadFile(path)
			require.NoError(t, err)
			want := tc.wantFile
			for _, id := range []string{"a", "e", "z"} {
				if !done[id] {
					want += `{"id":"` + id + `","x":9}` + "\n"
				}
			}
			assert.Equal(t, want, string(got))
		})
	}
}

func TestSkipDone(t *testing.T) {
	src := SkipDone(&fakeSource{n: 6, err: io.EOF}, map[string]bool{"1": true, "4": true, "9": true})
	var ids []string
	for {
		rec, err := src.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
		ids = append(ids, rec.ID)
	}
	assert.Equal(t, []string{"0", "2", "3", "5"}, ids)
	assert.Equal(t, 2, src.Skipped())
}
