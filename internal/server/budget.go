package server

import (
	"context"
	"sync"
)

// budget is a memory budget in bytes shared by the requests in flight: a
// request reserves what it is estimated to need before it allocates it and
// releases it when done, so the sum of the reservations never passes the
// limit.
type budget struct {
	mu    sync.Mutex
	limit int64
	used  int64
	peak  int64         // highest used so far (tests and logs)
	freed chan struct{} // closed and replaced on every release
}

func newBudget(limit int64) *budget {
	return &budget{limit: limit, freed: make(chan struct{})}
}

// tryAcquire reserves n bytes if they fit and reports whether it did.
func (b *budget) tryAcquire(n int64) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.take(n)
}

func (b *budget) take(n int64) bool {
	if n < 0 || n > b.limit-b.used {
		return false
	}
	b.used += n
	b.peak = max(b.peak, b.used)
	return true
}

// acquire reserves n bytes, waiting for releases until they fit or ctx is
// done. n over the whole limit can never fit: it fails at once.
func (b *budget) acquire(ctx context.Context, n int64) error {
	for {
		b.mu.Lock()
		if b.take(n) {
			b.mu.Unlock()
			return nil
		}
		if n > b.limit {
			b.mu.Unlock()
			return errOverBudget
		}
		freed := b.freed
		b.mu.Unlock()
		select {
		case <-freed:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// release returns n bytes reserved before.
func (b *budget) release(n int64) {
	if n <= 0 {
		return
	}
	b.mu.Lock()
	b.used -= n
	close(b.freed)
	b.freed = make(chan struct{})
	b.mu.Unlock()
}

// stats returns the bytes reserved now and the most ever reserved.
func (b *budget) stats() (used, peak int64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.used, b.peak
}
