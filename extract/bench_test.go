package extract

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"testing"
)

// BenchmarkExtractSeed runs the whole pipeline, JSON encoding included, on
// the bundled article.
func BenchmarkExtractSeed(b *testing.B) {
	raw, err := os.ReadFile("../testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	benchmarkTexts(b, []string{string(raw)})
}

// BenchmarkExtractWikinews runs the pipeline over the Wikinews dev
// articles (skipped without ../shared), with the statistical NER model
// (model=on, the default) and without it (model=off).
func BenchmarkExtractWikinews(b *testing.B) {
	f, err := os.Open("../../shared/data/wikinews/dev.jsonl")
	if err != nil {
		b.Skip("../shared not present: ", err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var r struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &r) == nil {
			texts = append(texts, r.Text)
		}
	}
	x := testExtractor(b)
	off, err := New(WithModel(false))
	if err != nil {
		b.Fatal(err)
	}
	b.Run("model=on", func(b *testing.B) { benchmarkWith(b, x, texts) })
	b.Run("model=off", func(b *testing.B) { benchmarkWith(b, off, texts) })
}

func benchmarkTexts(b *testing.B, texts []string) {
	benchmarkWith(b, testExtractor(b), texts)
}

func benchmarkWith(b *testing.B, x *Extractor, texts []string) {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	ctx := context.Background()
	for b.Loop() {
		for _, t := range texts {
			doc, err := x.Extract(ctx, Input{Text: t})
			if err != nil {
				b.Fatal(err)
			}
			if _, err := Marshal(doc); err != nil {
				b.Fatal(err)
			}
		}
	}
}
