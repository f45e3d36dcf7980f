package corpus

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// repeatReader yields b forever.
type repeatReader byte

func (r repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}

func TestHugeLineIsNotHeld(t *testing.T) {
	const huge = 64 << 20 // 64 MB line, never materialised
	in := io.MultiReader(
		strings.NewReader(`{"id":"a","text":"`),
		io.LimitReader(repeatReader('a'), huge),
		strings.NewReader("\"}\n{\"id\":\"b\",\"text\":\"ok\"}\n"),
	)
	src, err := OpenReader(context.Background(), in, "huge.jsonl", ReaderOptions{MaxSize: 1 << 10})
	require.NoError(t, err)
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	rec, err := src.Next()
	require.NoError(t, err)
	runtime.ReadMemStats(&after)
	require.ErrorIs(t, rec.Err, ErrTooLarge)
	assert.Equal(t, huge+20, rec.Size)
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(4<<20), "allocation independent of line length")
	rec, err = src.Next()
	require.NoError(t, err)
	assert.Equal(t, "ok", rec.Text)
	_, err = src.Next()
	require.ErrorIs(t, err, io.EOF)
}

func TestStdin(t *testing.T) {
	path := writeFile(t, filepath.Join(t.TempDir(), "in"), []byte("{\"id\":\"s1\",\"text\":\"표준 입력\"}\n"))
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	old := os.Stdin
	os.Stdin = f
	defer func() { os.Stdin = old }()
	for _, paths := range [][]string{nil, {"-"}} {
		_, err := f.Seek(0, io.SeekStart)
		require.NoError(t, err)
		recs := readAll(t, paths, ReaderOptions{})
		require.Len(t, recs, 1)
		assert.Equal(t, "s1", recs[0].ID)
		assert.Equal(t, "표준 입력", recs[0].Text)
	}
}

func TestBarRenders(t *testing.T) {
	var out bytes.Buffer
	for _, src := range []Source{genSource(t, 10, 0), &fakeSource{}} {
		out.Reset()
		p := newBar(&out, src)
		p.Update(Stats{Records: 5, Errors: 1, Bytes: 100, Elapsed: time.Second})
		p.Done(Stats{Records: 10, Errors: 1, Bytes: 200, Elapsed: 2 * time.Second})
		assert.Contains(t, out.String(), "records")
	}
}

// TestSharedWikinews reads and runs the shared Wikinews sample when present.
func TestSharedWikinews(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "data", "wikinews", "dev.jsonl")
	if _, err := os.Stat(path); err != nil {
		t.Skip("../shared not present: ", err)
	}
	src, err := Open(context.Background(), []string{path}, ReaderOptions{})
	require.NoError(t, err)
	defer src.Close()
	n := 0
	stats, err := Run(context.Background(), src, 2,
		func(_ context.Context, r Record) ([]byte, error) {
			if r.Text == "" || r.Title == "" || r.Date == "" {
				return nil, errors.New("empty field")
			}
			return nil, nil
		},
		func(r Result) error { n++; return r.Err })
	require.NoError(t, err)
	assert.Equal(t, 429, n)
	assert.Equal(t, src.TotalBytes(), src.ReadBytes())
	t.Log(stats)
}
