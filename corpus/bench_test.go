package corpus

import (
	"context"
	"fmt"
	"runtime"
	"testing"
)

// BenchmarkRunMemory runs 1×, 10× and 100× as many generated records
// through Run with a trivial fn and reports the peak heap sampled in emit:
// it should stay flat as the record count grows.
func BenchmarkRunMemory(b *testing.B) {
	const base = 2000
	for _, mult := range []int{1, 10, 100} {
		n := base * mult
		b.Run(fmt.Sprintf("records=%d", n), func(b *testing.B) {
			var peak uint64
			for b.Loop() {
				runtime.GC()
				src := genSource(b, n, 0)
				var ms runtime.MemStats
				count := 0
				emit := func(r Result) error {
					count++
					if count%500 == 0 {
						runtime.ReadMemStats(&ms)
						peak = max(peak, ms.HeapAlloc)
					}
					return nil
				}
				fn := func(_ context.Context, r Record) ([]byte, error) { return []byte(r.ID), nil }
				if _, err := Run(context.Background(), src, 4, fn, emit); err != nil {
					b.Fatal(err)
				}
				if count != n {
					b.Fatalf("emitted %d of %d", count, n)
				}
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
			b.ReportMetric(float64(n), "records/op")
		})
	}
}
