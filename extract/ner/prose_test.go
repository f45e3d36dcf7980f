package ner

import (
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
	"github.com/stretchr/testify/require"

	"github.com/kextract/kextract/internal/klue"
)

func readShared(t *testing.T, name string) []klue.Sentence {
	t.Helper()
	f, err := os.Open(sharedKLUE + name)
	if err != nil {
		t.Skip("../shared not present: ", err)
	}
	defer f.Close()
	sents, err := klue.Read(f)
	require.NoError(t, err)
	return sents
}

// TestProseBaseline trains prose's entity model on the same KLUE training
// data and scores it on the dev sample, for comparison with this package's
// model. It is slow and skipped unless KEXTRACT_PROSE=1.
//
// prose tokenizes with English rules and has no offsets in its output, so
// entities are located by searching their text in the sentence; an entity
// that cannot be found counts as a wrong prediction. Note that prose mixes
// rune and byte offsets when it assigns training labels, which hurts it on
// Korean text.
func TestProseBaseline(t *testing.T) {
	if os.Getenv("KEXTRACT_PROSE") != "1" {
		t.Skip("set KEXTRACT_PROSE=1 to train the prose baseline")
	}
	train := readShared(t, "klue-ner-v1.1_train.first5000.tsv")
	dev := readShared(t, "klue-ner-v1.1_dev.even.tsv")
	data := make([]prose.EntityContext, 0, len(train))
	for _, s := range train {
		ec := prose.EntityContext{Accept: true, Text: s.Text}
		for _, sp := range s.Spans {
			ec.Spans = append(ec.Spans, prose.LabeledEntity{Start: sp.Start, End: sp.End, Label: sp.Label})
		}
		data = append(data, ec)
	}
	t0 := time.Now()
	model := prose.ModelFromData("klue", prose.UsingEntities(data))
	t.Logf("prose: trained on %d sentences in %s", len(data), time.Since(t0))

	var sc klue.Scorer
	bytes := 0
	t0 = time.Now()
	for _, s := range dev {
		bytes += len(s.Text)
		doc, err := prose.NewDocument(s.Text, prose.UsingModel(model), prose.WithSegmentation(false))
		require.NoError(t, err)
		var pred []klue.Span
		cur := 0
		for _, e := range doc.Entities() {
			i := strings.Index(s.Text[cur:], e.Text)
			if i < 0 {
				pred = append(pred, klue.Span{Start: -1, End: -1, Label: e.Label})
				continue
			}
			start := utf8.RuneCountInString(s.Text[:cur+i])
			end := start + utf8.RuneCountInString(e.Text)
			cur += i + len(e.Text)
			pred = append(pred, klue.Span{Start: start, End: end, Label: e.Label})
		}
		sc.Add(s.Domain, s.Spans, pred)
	}
	el := time.Since(t0)
	t.Logf("prose: tagged %d sentences (%d bytes) in %s: %.3f MB/s", len(dev), bytes, el, float64(bytes)/1e6/el.Seconds())
	t.Logf("prose dev micro-F1: news exact %.2f overlap %.2f; reviews exact %.2f",
		100*sc.Micro("wikitree", false), 100*sc.Micro("wikitree", true), 100*sc.Micro("nsmc", false))
	var b strings.Builder
	sc.Table(&b)
	t.Log("\n" + b.String())
}
