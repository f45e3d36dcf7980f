package lexicon

import (
	"os"
	"strings"
	"testing"
)

func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := build(&config{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMatch(b *testing.B) {
	data, err := os.ReadFile("../testdata/article.txt")
	if err != nil {
		b.Skip("seed article not present: ", err)
	}
	l, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		l.Match(text)
	}
}

func BenchmarkMatchHostile(b *testing.B) {
	l, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat("美", 1<<16) + strings.Repeat("미국 ", 1<<14) + strings.Repeat("가", 1<<16)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		l.Match(text)
	}
}
