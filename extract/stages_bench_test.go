package extract

import (
	"context"
	"os"
	"testing"

	"github.com/kextract/kextract/normalize"
)

// Per-stage benchmarks on the seed article. Each builds a fresh analysis the
// way Extract does, runs the stages before the one measured with the timer
// stopped, and times that stage alone. Words are tokenized (outside the
// timer) before every stage after sentence splitting, so that the shared
// tokenization is measured once, by BenchmarkStageTokenize, and not charged
// to whichever stage happens to ask for the words first.

// benchSeedText reads and normalizes the bundled article.
func benchSeedText(b *testing.B) (string, *normalize.Text) {
	b.Helper()
	raw, err := os.ReadFile("../testdata/article.txt")
	if err != nil {
		b.Skip("../testdata/article.txt not present: ", err)
	}
	return string(raw), normalize.String(string(raw))
}

// newBenchAnalysis builds the analysis Extract would start from.
func newBenchAnalysis(x *Extractor, text *normalize.Text) *analysis {
	a := &analysis{
		ctx:   context.Background(),
		x:     x,
		text:  text,
		clean: text.Clean,
		date:  parseDocDate(x.cfg.date),
	}
	for _, w := range text.Warnings {
		a.warn(w.Code, w.Message, -1)
	}
	return a
}

// benchTokenizeAll tokenizes every sentence (the words are cached in a.words).
func benchTokenizeAll(a *analysis) {
	for i := range a.sents {
		a.sentenceWords(i)
	}
}

// benchStageIndex returns the position of the named stage in the pipeline.
func benchStageIndex(b *testing.B, name string) int {
	b.Helper()
	for i, st := range stages {
		if st.name == name {
			return i
		}
	}
	b.Skipf("no stage %q in the pipeline", name)
	return -1
}

// benchPrepared returns an analysis with stages[:upto] done and, when the
// sentences are split, every sentence tokenized.
func benchPrepared(x *Extractor, text *normalize.Text, upto int) *analysis {
	a := newBenchAnalysis(x, text)
	for _, st := range stages[:upto] {
		st.run(a)
	}
	if a.sents != nil {
		benchTokenizeAll(a)
	}
	return a
}

// benchStage times one named stage of the pipeline.
func benchStage(b *testing.B, name string) {
	raw, text := benchSeedText(b)
	x := testExtractor(b)
	idx := benchStageIndex(b, name)
	run := stages[idx].run
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		a := benchPrepared(x, text, idx)
		b.StartTimer()
		run(a)
	}
}

// BenchmarkStageSentences times sentence splitting.
func BenchmarkStageSentences(b *testing.B) { benchStage(b, "sentences") }

// BenchmarkStageLexicon times the lexicon (gazetteer) match over the text.
func BenchmarkStageLexicon(b *testing.B) { benchStage(b, "lexicon") }

// BenchmarkStageModel times the statistical NER model's tagging (skipped
// when the pipeline has no such stage).
func BenchmarkStageModel(b *testing.B) { benchStage(b, "model") }

// BenchmarkStageAmounts times the amount finder.
func BenchmarkStageAmounts(b *testing.B) { benchStage(b, "amounts") }

// BenchmarkStageDates times the date finder.
func BenchmarkStageDates(b *testing.B) { benchStage(b, "dates") }

// BenchmarkStageEntities times entity recognition and clustering.
func BenchmarkStageEntities(b *testing.B) { benchStage(b, "entities") }

// BenchmarkStageQuotes times direct quote detection.
func BenchmarkStageQuotes(b *testing.B) { benchStage(b, "quotes") }

// BenchmarkStageClaims times indirect speech and hearsay detection.
func BenchmarkStageClaims(b *testing.B) { benchStage(b, "claims") }

// BenchmarkStageAttribution times speaker resolution.
func BenchmarkStageAttribution(b *testing.B) { benchStage(b, "attribution") }

// BenchmarkStageClaimSources times the claim sources read from the sentences
// before, after the speakers.
func BenchmarkStageClaimSources(b *testing.B) { benchStage(b, "claim sources") }

// BenchmarkStageTokenize times tokenizing every sentence into words, the
// work the stages share through sentenceWords.
func BenchmarkStageTokenize(b *testing.B) {
	raw, text := benchSeedText(b)
	x := testExtractor(b)
	idx := benchStageIndex(b, "sentences")
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		a := newBenchAnalysis(x, text)
		for _, st := range stages[:idx+1] {
			st.run(a)
		}
		b.StartTimer()
		benchTokenizeAll(a)
	}
}

// BenchmarkStageDocument times building the Document from a finished
// analysis (offset mapping to the original input included).
func BenchmarkStageDocument(b *testing.B) {
	raw, text := benchSeedText(b)
	x := testExtractor(b)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		a := benchPrepared(x, text, len(stages))
		b.StartTimer()
		if a.document() == nil {
			b.Fatal("nil document")
		}
	}
}

// BenchmarkStageJSON times the compact JSON encoding of the seed article's
// document.
func BenchmarkStageJSON(b *testing.B) {
	raw, text := benchSeedText(b)
	x := testExtractor(b)
	doc := benchPrepared(x, text, len(stages)).document()
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Marshal(doc); err != nil {
			b.Fatal(err)
		}
	}
}
