package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync/atomic"
	"time"
)

// Result is the outcome of one record: Output from the work function, or
// Err when the record could not be read or processed. A record with a Prior
// line has that line as Output, and also an Err when it is an error line:
// emit functions write Output whenever it is set.
type Result struct {
	Record Record
	Output []byte
	Err    error
}

// Stats summarises a run.
type Stats struct {
	// Records counts emitted results; Errors those with a non-nil Err.
	Records, Errors int
	// Bytes is the sum of Record.Size of the emitted results.
	Bytes int64
	// Elapsed is the wall time of the run so far.
	Elapsed time.Duration
}

// String formats the stats as one line, for example
// "records=429 errors=0 bytes=1.2MB seconds=0.8 MB/s=1.5".
func (s Stats) String() string {
	mb := float64(s.Bytes) / 1e6
	sec := s.Elapsed.Seconds()
	rate := 0.0
	if sec > 0 {
		rate = mb / sec
	}
	return fmt.Sprintf("records=%d errors=%d bytes=%s seconds=%.1f MB/s=%.1f",
		s.Records, s.Errors, humanBytes(s.Bytes), sec, rate)
}

func humanBytes(n int64) string {
	switch {
	case n >= 1e9:
		return fmt.Sprintf("%.1fGB", float64(n)/1e9)
	case n >= 1e6:
		return fmt.Sprintf("%.1fMB", float64(n)/1e6)
	case n >= 1e3:
		return fmt.Sprintf("%.1fkB", float64(n)/1e3)
	}
	return fmt.Sprintf("%dB", n)
}

// Progress receives the running Stats after each emitted result. Run calls
// it from the goroutine that calls emit, so implementations need no locking
// against Run (see NewProgress for a terminal bar).
type Progress interface {
	// Update is called after each emitted result.
	Update(s Stats)
	// Done is called once when Run returns.
	Done(s Stats)
}

// RunOption configures Run.
type RunOption func(*runConfig)

type runConfig struct {
	timeout  time.Duration
	grace    time.Duration
	progress Progress
	window   int
}

// DefaultGrace is how long Run waits, after its context is cancelled, for
// records already being processed.
const DefaultGrace = 2 * time.Second

// WithTimeout gives every record a time budget: fn receives a context with
// that deadline, and a record whose fn has not returned in time becomes an
// error result. fn is expected to honour the context; if it does not return
// within a further grace period, the worker abandons it (at most one
// abandoned call per worker at a time, so the number of running calls stays
// bounded).
func WithTimeout(d time.Duration) RunOption {
	return func(c *runConfig) { c.timeout = d }
}

// WithGrace sets how long in-flight records may take to finish after the
// context of Run is cancelled (default DefaultGrace). It is also the extra
// time granted past a WithTimeout deadline before a call is abandoned.
func WithGrace(d time.Duration) RunOption {
	return func(c *runConfig) { c.grace = d }
}

// WithProgress reports progress after each emitted result.
func WithProgress(p Progress) RunOption {
	return func(c *runConfig) { c.progress = p }
}

// WithWindow bounds the number of records between the reader and emit
// (queued, in flight and waiting in the reorder buffer). The default is
// 4×workers; it is at least workers and at most 65536. It bounds memory: at most that many records are held at once.
func WithWindow(n int) RunOption {
	return func(c *runConfig) { c.window = n }
}

// ErrTimeout is wrapped by results whose fn exceeded the WithTimeout budget.
var ErrTimeout = errors.New("record timed out")

// ErrPanic is wrapped by results whose fn panicked.
var ErrPanic = errors.New("panic in record function")

// Limits that keep absurd arguments from allocating absurd channels.
const (
	maxWorkers = 4096
	maxWindow  = 1 << 16
)

type job struct {
	seq int
	rec Record
}

type outcome struct {
	seq int
	res Result
}

// Run reads every record from src, calls fn on each from workers goroutines
// and passes the results to emit in input order. emit is called from the
// goroutine that called Run.
//
// A record with Err is not passed to fn; it is emitted as an error result in
// its place, as are fn errors, panics and timeouts, so every record read
// yields exactly one result. Memory stays flat: at most the window (see
// WithWindow) of records is held at any time.
//
// When ctx is cancelled Run stops reading, lets the records in flight finish
// (for up to the grace period, see WithGrace), emits the completed results in
// order up to the first missing one, and returns ctx.Err() wrapped, with the
// stats so far. An error from emit or from src.Next (other than io.EOF) also
// stops the run and is returned wrapped. Run returns only after its reader
// has left src.Next (so the caller may Close src), unless a Next call blocks
// for longer than the grace period (stdin that never delivers).
func Run(ctx context.Context, src Source, workers int,
	fn func(context.Context, Record) ([]byte, error),
	emit func(Result) error, opts ...RunOption) (Stats, error) {
	start := time.Now()
	cfg := runConfig{grace: DefaultGrace}
	for _, o := range opts {
		o(&cfg)
	}
	workers = min(max(workers, 1), maxWorkers)
	if cfg.window < 1 {
		cfg.window = 4 * workers
	}
	cfg.window = min(max(cfg.window, workers), maxWindow)
	var stats Stats
	if src == nil || fn == nil || emit == nil {
		return stats, errors.New("corpus: Run: nil source, fn or emit")
	}

	// stop ends reading and the workers' intake; base is the parent of the
	// per-record contexts: it survives a cancellation of ctx for the grace
	// period so that in-flight records can finish.
	stopCtx, stop := context.WithCancel(ctx)
	defer stop()
	base, cancelBase := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelBase()
	quit := make(chan struct{}) // closed when Run returns
	defer close(quit)

	readerDone := make(chan struct{})
	graceOver := false
	finish := func(err error) (Stats, error) {
		// Do not return while the reader may still be inside src.Next (the
		// caller will Close src next), unless it is stuck past the grace.
		stop()
		if !graceOver {
			t := time.NewTimer(cfg.grace)
			select {
			case <-readerDone:
			case <-t.C:
			}
			t.Stop()
		}
		stats.Elapsed = time.Since(start)
		if cfg.progress != nil {
			cfg.progress.Done(stats)
		}
		return stats, err
	}

	tokens := make(chan struct{}, cfg.window)
	jobs := make(chan job, 2*workers)
	results := make(chan outcome, 2*workers)
	readErr := make(chan error, 1)
	abandon := make(chan struct{}, workers)
	var eof atomic.Bool

	// Reader.
	go func() {
		defer close(readerDone)
		defer close(jobs)
		for seq := 0; ; seq++ {
			select {
			case tokens <- struct{}{}:
			case <-stopCtx.Done():
				return
			}
			if stopCtx.Err() != nil {
				return
			}
			rec, err := src.Next()
			if err != nil {
				if errors.Is(err, io.EOF) {
					eof.Store(true)
				} else if stopCtx.Err() == nil {
					readErr <- err
				}
				return
			}
			select {
			case jobs <- job{seq, rec}:
			case <-stopCtx.Done():
				return
			}
		}
	}()

	// Workers. They leave as soon as stopCtx is cancelled and their current
	// record is done, without waiting for a reader blocked in src.Next.
	done := make(chan struct{})
	go func() {
		workerDone := make(chan struct{}, workers)
		for range workers {
			go func() {
				var rn *runner // see runner; nil until the first timed call
				defer func() {
					if rn != nil {
						rn.stop()
					}
					workerDone <- struct{}{}
				}()
				for {
					var j job
					var ok bool
					select {
					case j, ok = <-jobs:
						if !ok {
							return
						}
					case <-stopCtx.Done():
						return
					}
					if stopCtx.Err() != nil {
						return
					}
					o := process(base, j, fn, cfg, abandon, &rn)
					select {
					case results <- o:
					case <-quit:
						return
					}
				}
			}()
		}
		for range workers {
			<-workerDone
		}
		close(done)
	}()

	// Emitter: reorder buffer keyed by sequence number.
	pending := make(map[int]outcome, min(cfg.window, 1024))
	nextSeq := 0
	var graceC <-chan time.Time
	ctxDone := ctx.Done()
	flush := func() error {
		for {
			o, ok := pending[nextSeq]
			if !ok {
				return nil
			}
			delete(pending, nextSeq)
			nextSeq++
			stats.Records++
			stats.Bytes += int64(o.res.Record.Size)
			if o.res.Err != nil {
				stats.Errors++
			}
			err := emit(o.res)
			<-tokens // the record is no longer held
			if err != nil {
				return fmt.Errorf("corpus: emit %s: %w", o.res.Record.ID, err)
			}
			if cfg.progress != nil {
				stats.Elapsed = time.Since(start)
				cfg.progress.Update(stats)
			}
		}
	}
	for {
		select {
		case o := <-results:
			pending[o.seq] = o
			if err := flush(); err != nil {
				return finish(err)
			}
			continue
		default:
		}
		select {
		case o := <-results:
			pending[o.seq] = o
			if err := flush(); err != nil {
				return finish(err)
			}
		case <-done:
			// All workers exited; collect what is still buffered.
			for {
				select {
				case o := <-results:
					pending[o.seq] = o
					continue
				default:
				}
				break
			}
			if err := flush(); err != nil {
				return finish(err)
			}
			select {
			case err := <-readErr:
				return finish(fmt.Errorf("corpus: read: %w", err))
			default:
			}
			if err := ctx.Err(); err != nil && !(eof.Load() && len(pending) == 0) {
				return finish(fmt.Errorf("corpus: run interrupted: %w", err))
			}
			return finish(nil)
		case <-ctxDone:
			ctxDone = nil
			stop()
			graceC = time.After(cfg.grace)
		case <-graceC:
			graceOver = true
			cancelBase()
			return finish(fmt.Errorf("corpus: run interrupted: %w", ctx.Err()))
		}
	}
}

// runner is a goroutine that runs the timed calls of one worker, one at a
// time. A call runs on a goroutine of its own so that it can be timed out;
// a goroutine kept from one record to the next keeps the stack the first
// records grew, where a new goroutine for every record would grow its
// stack again, copying it at each doubling (3% of a batch's instructions).
type runner struct{ calls chan func() }

func newRunner() *runner {
	r := &runner{calls: make(chan func())}
	go func() {
		for f := range r.calls {
			f()
		}
	}()
	return r
}

// stop lets the runner's goroutine end once its current call returns.
func (r *runner) stop() { close(r.calls) }

// process runs fn on one job, turning read errors, fn errors, panics and
// timeouts into error results. A timed call runs on *rn, made when nil; a
// call left running past its time takes the runner with it (*rn is then
// nil).
func process(base context.Context, j job, fn func(context.Context, Record) ([]byte, error),
	cfg runConfig, abandon chan struct{}, rn **runner) outcome {
	o := outcome{seq: j.seq, res: Result{Record: j.rec}}
	if j.rec.Prior != nil {
		o.res.Output = j.rec.Prior
		if j.rec.PriorErr {
			o.res.Err = fmt.Errorf("%s: %w", j.rec.ID, ErrKeptError)
		}
		return o
	}
	if j.rec.Err != nil {
		o.res.Err = j.rec.Err
		return o
	}
	if cfg.timeout <= 0 {
		o.res.Output, o.res.Err = safeCall(base, j.rec, fn)
		return o
	}
	rctx, cancel := context.WithTimeout(base, cfg.timeout)
	defer cancel()
	type ret struct {
		out []byte
		err error
	}
	ch := make(chan ret, 1)
	if *rn == nil {
		*rn = newRunner()
	}
	(*rn).calls <- func() {
		out, err := safeCall(rctx, j.rec, fn)
		ch <- ret{out, err}
	}
	timeoutErr := fmt.Errorf("%s: %w after %v", j.rec.ID, ErrTimeout, cfg.timeout)
	select {
	case r := <-ch:
		o.res.Output, o.res.Err = r.out, r.err
		if r.err != nil && errors.Is(rctx.Err(), context.DeadlineExceeded) && base.Err() == nil {
			o.res.Output, o.res.Err = nil, timeoutErr
		}
		return o
	case <-rctx.Done():
	}
	if base.Err() != nil {
		// Cancelled, not timed out: wait for fn like any in-flight record.
		r := <-ch
		o.res.Output, o.res.Err = r.out, r.err
		return o
	}
	grace := time.NewTimer(cfg.grace)
	defer grace.Stop()
	select {
	case <-ch:
		o.res.Err = timeoutErr
		return o
	case <-grace.C:
	}
	select {
	case abandon <- struct{}{}:
		// Leave fn running; it releases its slot when it returns, and
		// its runner ends.
		(*rn).stop()
		*rn = nil
		go func() { <-ch; <-abandon }()
	default:
		<-ch // too many abandoned calls already: wait
	}
	o.res.Err = timeoutErr
	return o
}

// safeCall calls fn, converting a panic into an error.
func safeCall(ctx context.Context, rec Record, fn func(context.Context, Record) ([]byte, error)) (out []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			out = nil
			err = fmt.Errorf("%s: %w: %v", rec.ID, ErrPanic, p)
		}
	}()
	out, err = fn(ctx, rec)
	if err != nil {
		err = fmt.Errorf("%s: %w", rec.ID, err)
	}
	return out, err
}
