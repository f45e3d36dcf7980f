package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// genReader produces n JSONL records lazily: {"id":"<i>","text":"..."}.
// Every badEvery-th line (if > 0) is malformed JSON.
type genReader struct {
	i, n, badEvery int
	pending        []byte
}

func (g *genReader) Read(p []byte) (int, error) {
	for len(g.pending) == 0 {
		if g.i >= g.n {
			return 0, io.EOF
		}
		if g.badEvery > 0 && g.i%g.badEvery == g.badEvery-1 {
			g.pending = fmt.Appendf(g.pending[:0], "{\"id\":\"%d\",\"text\":\n", g.i)
		} else {
			g.pending = fmt.Appendf(g.pending[:0], "{\"id\":\"%d\",\"text\":\"기사 본문 %d 입니다. 삼성전자가 1조2000억 원을 투자했다.\"}\n", g.i, g.i)
		}
		g.i++
	}
	n := copy(p, g.pending)
	g.pending = g.pending[n:]
	return n, nil
}

func genSource(t testing.TB, n, badEvery int) Source {
	t.Helper()
	src, err := OpenReader(context.Background(), &genReader{n: n, badEvery: badEvery}, "gen.jsonl", ReaderOptions{})
	require.NoError(t, err)
	return src
}

// idOf is the sequence number encoded in a record: its id, or for a
// malformed line its line number minus one.
func idOf(t testing.TB, r Record) int {
	if r.Err != nil {
		var line int
		_, err := fmt.Sscanf(r.Source, "gen.jsonl:%d", &line)
		require.NoError(t, err)
		return line - 1
	}
	i, err := strconv.Atoi(r.ID)
	require.NoError(t, err)
	return i
}

func TestRunOrderAndAccounting(t *testing.T) {
	const n = 10000
	for _, workers := range []int{1, 8} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			fn := func(ctx context.Context, r Record) ([]byte, error) {
				i, _ := strconv.Atoi(r.ID)
				h := uint64(i) * 0x9E3779B97F4A7C15
				switch {
				case i%101 == 7:
					return nil, errors.New("fn failed")
				case i%103 == 5:
					panic("boom")
				case h%50 == 0:
					time.Sleep(time.Duration(h%1000) * time.Microsecond)
				case h%3 == 0:
					for range h % 5000 {
						h = h*31 + 7
					}
				}
				return []byte(r.ID), nil
			}
			var got []Result
			stats, err := Run(context.Background(), genSource(t, n, 97), workers, fn,
				func(r Result) error { got = append(got, r); return nil })
			require.NoError(t, err)
			require.Len(t, got, n)
			errs := 0
			for i, r := range got {
				require.Equal(t, i, idOf(t, r.Record), "order")
				switch {
				case i%97 == 96:
					require.Error(t, r.Err)
					assert.Contains(t, r.Err.Error(), "invalid JSON")
				case i%101 == 7:
					require.Error(t, r.Err)
					assert.Contains(t, r.Err.Error(), "fn failed")
				case i%103 == 5:
					require.ErrorIs(t, r.Err, ErrPanic)
				default:
					require.NoError(t, r.Err)
					require.Equal(t, r.Record.ID, string(r.Output))
				}
				if r.Err != nil {
					errs++
				}
			}
			assert.Equal(t, n, stats.Records)
			assert.Equal(t, errs, stats.Errors)
			assert.Positive(t, stats.Bytes)
			assert.Contains(t, stats.String(), fmt.Sprintf("records=%d errors=%d", n, errs))
		})
	}
}

func TestRunTimeout(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	tests := []struct {
		name string
		fn   func(ctx context.Context, r Record) ([]byte, error)
	}{
		{"fn honours ctx", func(ctx context.Context, r Record) ([]byte, error) {
			if r.ID == "3" {
				<-ctx.Done()
				return nil, ctx.Err()
			}
			return []byte("ok"), nil
		}},
		{"fn ignores ctx and is abandoned", func(ctx context.Context, r Record) ([]byte, error) {
			if r.ID == "3" {
				<-release
			}
			return []byte("ok"), nil
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []Result
			// Run returning at all shows the stuck call was abandoned (it is
			// released only when the test ends); how fast is not asserted.
			_, err := Run(context.Background(), genSource(t, 10, 0), 2, tc.fn,
				func(r Result) error { got = append(got, r); return nil },
				WithTimeout(20*time.Millisecond), WithGrace(30*time.Millisecond))
			require.NoError(t, err)
			require.Len(t, got, 10)
			for i, r := range got {
				if i == 3 {
					require.ErrorIs(t, r.Err, ErrTimeout)
				} else {
					require.NoError(t, r.Err)
				}
			}
		})
	}
}

func TestRunCancel(t *testing.T) {
	for _, workers := range []int{1, 4} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var got []Result
			fn := func(ctx context.Context, r Record) ([]byte, error) {
				time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
				return nil, nil
			}
			stats, err := Run(ctx, genSource(t, 100000, 0), workers, fn, func(r Result) error {
				got = append(got, r)
				if len(got) == 500 {
					cancel()
				}
				return nil
			})
			require.ErrorIs(t, err, context.Canceled)
			require.GreaterOrEqual(t, len(got), 500)
			require.Less(t, len(got), 500+8*workers+1, "stops promptly")
			for i, r := range got {
				require.Equal(t, i, idOf(t, r.Record), "ordered prefix")
			}
			assert.Equal(t, len(got), stats.Records)
		})
	}

	t.Run("stuck fn is dropped after the grace period", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		release := make(chan struct{})
		defer close(release)
		var got []Result
		fn := func(ctx context.Context, r Record) ([]byte, error) {
			if r.ID == "5" {
				cancel()
				<-release // ignores ctx
			}
			return nil, nil
		}
		// fn ignores ctx and is released only when the test ends: Run
		// returning shows it was dropped after the grace period.
		_, err := Run(ctx, genSource(t, 1000, 0), 3, fn,
			func(r Result) error { got = append(got, r); return nil }, WithGrace(50*time.Millisecond))
		require.ErrorIs(t, err, context.Canceled)
		require.LessOrEqual(t, len(got), 5)
		for i, r := range got {
			require.Equal(t, i, idOf(t, r.Record))
		}
	})
}

// fakeSource yields n records, then err.
type fakeSource struct {
	n, i        int
	err         error
	outstanding *atomic.Int64
	peak        *atomic.Int64
}

func (f *fakeSource) Next() (Record, error) {
	if f.i >= f.n {
		return Record{}, f.err
	}
	f.i++
	if f.outstanding != nil {
		o := f.outstanding.Add(1)
		if o > f.peak.Load() {
			f.peak.Store(o)
		}
	}
	return Record{ID: strconv.Itoa(f.i - 1), Text: "x", Size: 1}, nil
}
func (f *fakeSource) Close() error      { return nil }
func (f *fakeSource) TotalBytes() int64 { return -1 }
func (f *fakeSource) ReadBytes() int64  { return 0 }

func TestRunErrors(t *testing.T) {
	ok := func(context.Context, Record) ([]byte, error) { return []byte("ok"), nil }
	boom := errors.New("disk full")
	t.Run("source error", func(t *testing.T) {
		n := 0
		stats, err := Run(context.Background(), &fakeSource{n: 3, err: boom}, 2, ok,
			func(Result) error { n++; return nil })
		require.ErrorIs(t, err, boom)
		assert.Equal(t, 3, n)
		assert.Equal(t, 3, stats.Records)
	})
	t.Run("emit error", func(t *testing.T) {
		n := 0
		_, err := Run(context.Background(), &fakeSource{n: 1000, err: io.EOF}, 4, ok,
			func(Result) error {
				n++
				if n == 10 {
					return boom
				}
				return nil
			})
		require.ErrorIs(t, err, boom)
		assert.Equal(t, 10, n)
	})
	t.Run("absurd workers and window are clamped", func(t *testing.T) {
		n := 0
		_, err := Run(context.Background(), &fakeSource{n: 10, err: io.EOF}, 1<<40, ok,
			func(Result) error { n++; return nil }, WithWindow(1<<40))
		require.NoError(t, err)
		assert.Equal(t, 10, n)
	})
	t.Run("nil arguments", func(t *testing.T) {
		_, err := Run(context.Background(), nil, 1, ok, func(Result) error { return nil })
		require.Error(t, err)
	})
	t.Run("window bounds records held", func(t *testing.T) {
		var out, peak atomic.Int64
		src := &fakeSource{n: 5000, err: io.EOF, outstanding: &out, peak: &peak}
		slow := func(_ context.Context, r Record) ([]byte, error) {
			if r.ID == "10" {
				time.Sleep(20 * time.Millisecond) // the reorder buffer fills behind it
			}
			return nil, nil
		}
		_, err := Run(context.Background(), src, 4, slow,
			func(Result) error { out.Add(-1); return nil }, WithWindow(16))
		require.NoError(t, err)
		assert.LessOrEqual(t, peak.Load(), int64(16))
	})
}

// countProgress records Update calls.
type countProgress struct{ updates, done int }

func (c *countProgress) Update(Stats) { c.updates++ }
func (c *countProgress) Done(Stats)   { c.done++ }

func TestRunProgress(t *testing.T) {
	p := &countProgress{}
	_, err := Run(context.Background(), &fakeSource{n: 50, err: io.EOF}, 3,
		func(context.Context, Record) ([]byte, error) { return nil, nil },
		func(Result) error { return nil }, WithProgress(p))
	require.NoError(t, err)
	assert.Equal(t, 50, p.updates)
	assert.Equal(t, 1, p.done)
	// A non-terminal gets the quiet implementation.
	q := NewProgress(nil, nil)
	q.Update(Stats{})
	q.Done(Stats{})
}

func TestStatsString(t *testing.T) {
	tests := []struct {
		s    Stats
		want string
	}{
		{Stats{Records: 429, Bytes: 1_200_000, Elapsed: 800 * time.Millisecond}, "records=429 errors=0 bytes=1.2MB seconds=0.8 MB/s=1.5"},
		{Stats{}, "records=0 errors=0 bytes=0B seconds=0.0 MB/s=0.0"},
		{Stats{Records: 3, Errors: 1, Bytes: 2500, Elapsed: time.Second}, "records=3 errors=1 bytes=2.5kB seconds=1.0 MB/s=0.0"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, tc.s.String())
	}
}
