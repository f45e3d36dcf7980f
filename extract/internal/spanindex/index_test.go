package spanindex

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIndex(t *testing.T) {
	var ix Index[string]
	// out of order: two runs
	for _, e := range []Entry[string]{{10, 19, "kim"}, {30, 39, "lee"}, {0, 9, "lee"}} {
		ix.Add(e)
	}
	assert.Equal(t, 9, ix.Reach())
	assert.True(t, ix.Has(Entry[string]{10, 19, "kim"}))
	assert.False(t, ix.Has(Entry[string]{10, 19, "lee"}), "another value's span")
	assert.False(t, ix.Has(Entry[string]{10, 18, "kim"}), "another span")
	assert.True(t, ix.Overlaps(15, 25, "kim"))
	assert.False(t, ix.Overlaps(15, 25, "lee"))
	assert.False(t, ix.Overlaps(19, 30, "kim"), "half-open spans that touch do not overlap")

	ix.Retarget(Entry[string]{0, 9, "lee"}, "kim")
	assert.True(t, ix.Has(Entry[string]{0, 9, "kim"}))
	assert.False(t, ix.Has(Entry[string]{0, 9, "lee"}))
	ix.Remove(Entry[string]{10, 19, "kim"})
	assert.False(t, ix.Has(Entry[string]{10, 19, "kim"}))
	any := func(string) bool { return true }
	_, ok := ix.Covering(12, 14, any)
	assert.False(t, ok, "a tombstone covers nothing")
	assert.False(t, ix.Overlaps(12, 14, ""), "nor does it overlap")
	v, ok := ix.Covering(32, 35, any)
	assert.True(t, ok)
	assert.Equal(t, "lee", v)
	_, ok = ix.Covering(32, 35, func(v string) bool { return v != "lee" })
	assert.False(t, ok, "ok rejects it")
}

// TestIndexMergesRuns checks that additions out of order past the bound on
// runs are merged and every entry is still found, in start order.
func TestIndexMergesRuns(t *testing.T) {
	var ix Index[int]
	for i := 100; i > 0; i-- {
		ix.Add(Entry[int]{i * 10, i*10 + 5, i})
	}
	assert.LessOrEqual(t, len(ix.runs), maxRuns)
	var starts []int
	ix.Each(0, 2000, func(e Entry[int]) bool { starts = append(starts, e.Start); return true })
	assert.Len(t, starts, 100)
	for i := 1; i < len(starts); i++ {
		if len(ix.runs) == 1 {
			assert.Less(t, starts[i-1], starts[i])
		}
	}
	for i := 1; i <= 100; i++ {
		v, ok := ix.Covering(i*10+1, i*10+3, func(int) bool { return true })
		assert.True(t, ok, "%d", i)
		assert.Equal(t, i, v)
	}
}

func TestEachStops(t *testing.T) {
	var ix Index[int]
	for i := range 5 {
		ix.Add(Entry[int]{i, i + 1, i + 1})
	}
	n := 0
	ix.Each(0, 5, func(Entry[int]) bool { n++; return n < 2 })
	assert.Equal(t, 2, n)
}
