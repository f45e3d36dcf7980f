package main

import (
	"os"
	"runtime/debug"
)

// Memory budget of one document: peak RSS at most memPerByte times its size
// plus memBase. What is not the Go heap (the binary, stacks, the runtime's
// own structures: about 25 MB) comes out of memBase.
const (
	memPerByte = 20
	memBase    = 40 << 20
	memNonHeap = 25 << 20
	memFloor   = 64 << 20
)

// limitMemory sets the garbage collector's soft memory limit for a run over
// one document of size bytes, so that the heap stays within the budget
// above instead of growing to twice what is live (GOGC=100) before each
// collection: a 10 MB document then peaks near 240 MB instead of 370. The
// collector works harder near the limit, so time grows where memory would
// have. GOMEMLIMIT, when set, is the user's choice and is kept.
func limitMemory(size int) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(max(int64(size)*memPerByte+memBase-memNonHeap, memFloor))
}
