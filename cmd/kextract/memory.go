package main

import (
	"os"
	"runtime/debug"
	"sync"
)

// Memory budget of documents: peak RSS at most memPerByte times their size
// plus memBase. What is not the Go heap (the binary, stacks, the runtime's
// own structures: about 25 MB) comes out of memBase.
const (
	memPerByte = 20
	memBase    = 40 << 20
	memNonHeap = 25 << 20
	// memFloor is the least limit set: below it the collector's own
	// target (GOGC) governs, as a batch of ordinary articles needs 35 to
	// 55 MB.
	memFloor = 128 << 20
)

// memLimit is the soft memory limit for documents of size bytes in all.
func memLimit(size int64) int64 {
	return max(size*memPerByte+memBase-memNonHeap, memFloor)
}

// userSetMemoryLimit reports whether GOMEMLIMIT is set: the user's choice
// is kept.
func userSetMemoryLimit() bool { return os.Getenv("GOMEMLIMIT") != "" }

// limitMemory sets the garbage collector's soft memory limit for a run over
// one document of size bytes, so that the heap stays within the budget
// instead of growing to twice what is live (GOGC=100) before each
// collection: a 10 MB document peaks near 270 MB instead of 370 (658 before
// the encoder streamed). The collector works harder near the limit, so time
// grows where memory would have.
func limitMemory(size int) {
	if !userSetMemoryLimit() {
		debug.SetMemoryLimit(memLimit(int64(size)))
	}
}

// memBudget keeps the soft memory limit of a batch at the budget of the
// records being extracted at the moment: a 17 MB record among small ones
// gets its 20 × 17 MB, the small ones leave the collector alone (the limit
// never drops below memFloor).
type memBudget struct {
	mu       sync.Mutex
	inFlight int64
	off      bool
}

func newMemBudget() *memBudget { return &memBudget{off: userSetMemoryLimit()} }

// hold counts size bytes in flight until the returned function is called.
func (m *memBudget) hold(size int) (release func()) {
	if m == nil || m.off {
		return func() {}
	}
	m.add(int64(size))
	return func() { m.add(-int64(size)) }
}

func (m *memBudget) add(d int64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	before := memLimit(m.inFlight)
	m.inFlight += d
	if after := memLimit(m.inFlight); after != before {
		debug.SetMemoryLimit(after)
	}
}
