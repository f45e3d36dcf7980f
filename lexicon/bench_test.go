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

// BenchmarkDecodeCompiled measures what Default does at the start of a
// process: decoding the compiled lexicon (data/default.lexc).
func BenchmarkDecodeCompiled(b *testing.B) {
	sum, err := sourceChecksum()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decodeLexicon(compiledDefault, sum); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSourceChecksum(b *testing.B) {
	for b.Loop() {
		if _, err := sourceChecksum(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWordLists measures what PrepareWordLists does once a process:
// reading the index of the embedded word lists (data/words.idx).
func BenchmarkWordLists(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		indexedLines(nounsTxt, 0)
		indexedLines(namesTxt, 1)
	}
}

// BenchmarkWordListsScan measures indexing the word lists by first
// syllable without data/words.idx.
func BenchmarkWordListsScan(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		newSortedLines(nounsTxt)
		newSortedLines(namesTxt)
	}
}
