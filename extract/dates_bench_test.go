package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// BenchmarkStageTimeline times the resolution of every date of the seed
// article (the rules' and the tagger's) in text order.
func BenchmarkStageTimeline(b *testing.B) { benchStage(b, "timeline") }

// BenchmarkDatesHostile extracts a document of nothing but dates, times,
// shifts and amounts at two sizes, 1× and 10×: ns/byte should stay about
// the same (every date step is linear).
func BenchmarkDatesHostile(b *testing.B) {
	unit := "지난 15일 3년 전 1원 이날 오후 3시 두 달 뒤 2명 지난주 화요일 연말. "
	for _, n := range []int{200, 2000} {
		text := strings.Repeat(unit, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			x := datedExtractor(b)
			b.SetBytes(int64(len(text)))
			for range b.N {
				if _, err := x.Extract(context.Background(), Input{Text: text}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
