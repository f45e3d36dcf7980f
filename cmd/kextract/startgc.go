package main

import (
	"os"
	"runtime/debug"
)

// Start-up and the garbage collector. Building the extractor (the lexicon
// and the model's weights, about 15 MB that all stay live) collects
// nothing: a collection then only marks what start-up just made and is
// about to use, costing a fifth of a short run's wall time (two or three
// cycles, the first at the runtime's initial 4 MB goal, with write
// barriers and assists on both cores). So the collector is off while the
// extractor is built, and, for one small document (at most
// smallDocBytes), until the process ends: such a run allocates a few MB
// more, and the soft memory limit set for the document (limitMemory)
// still bounds the heap, as the collector runs when the heap nears it
// whatever GOGC says. A GOGC set by the user is left alone.

// smallDocBytes is the largest single document extracted with the
// collector off: an extraction allocates about 35 bytes per byte of text,
// so at most some 9 MB more than start-up.
const smallDocBytes = 256 << 10

// gcOff turns the garbage collector off, unless the user set GOGC, and
// returns the function that restores the previous setting.
func gcOff() (restore func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	prev := debug.SetGCPercent(-1)
	return func() { debug.SetGCPercent(prev) }
}
