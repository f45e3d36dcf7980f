package sentence

import (
	"os"
	"strings"
	"testing"
)

func BenchmarkSplitArticle(b *testing.B) {
	data, err := os.ReadFile("../../testdata/article.txt")
	if err != nil {
		b.Skip("testdata/article.txt not present")
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Split(text)
	}
}

func BenchmarkSplitHugeLine(b *testing.B) {
	text := strings.Repeat("그는 “비가 온다. 우산을 챙겨라”라고 말했다. 금리는 3.5%다. ", 1<<14)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Split(text)
	}
}
