package normalize

import (
	"os"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// benchSeedArticle reads the bundled sample article, skipping the benchmark
// when it is missing.
func benchSeedArticle(b *testing.B) string {
	b.Helper()
	raw, err := os.ReadFile("../testdata/article.txt")
	if err != nil {
		b.Skip("../testdata/article.txt not present: ", err)
	}
	return string(raw)
}

// BenchmarkString normalizes the seed article as is (already NFC: the
// identity fast path) and as a decomposed (NFD) copy, which forces
// composition and a full offset map.
func BenchmarkString(b *testing.B) {
	seed := benchSeedArticle(b)
	cases := []struct {
		name string
		text string
	}{
		{"seed", seed},
		{"seed-nfd", norm.NFD.String(seed)},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			b.ReportAllocs()
			for b.Loop() {
				if t := String(c.text); t == nil {
					b.Fatal("nil Text")
				}
			}
		})
	}
}

// BenchmarkFindAmounts scans the seed article for amounts.
func BenchmarkFindAmounts(b *testing.B) {
	seed := benchSeedArticle(b)
	b.SetBytes(int64(len(seed)))
	b.ReportAllocs()
	for b.Loop() {
		if len(FindAmounts(seed)) == 0 {
			b.Fatal("no amounts in the seed article")
		}
	}
}
