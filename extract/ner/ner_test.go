package ner

import (
	"bufio"
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/klue"
	"github.com/kextract/kextract/lexicon"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const sharedKLUE = "../../../shared/data/klue-ner/"

func TestAllowed(t *testing.T) {
	tests := []struct {
		p, c uint8
		want bool
	}{
		{numLabels, 0, true},
		{numLabels, 1, true},  // B-PS at start
		{numLabels, 2, false}, // I-PS at start
		{0, 2, false},         // O -> I-PS
		{1, 2, true},          // B-PS -> I-PS
		{2, 2, true},          // I-PS -> I-PS
		{3, 2, false},         // B-LC -> I-PS
		{2, 3, true},          // I-PS -> B-LC
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, allowed(tt.p, tt.c), "%d->%d", tt.p, tt.c)
	}
}

func TestChunkEnd(t *testing.T) {
	long := strings.Repeat("가나다 ", 300)
	tests := []struct {
		name  string
		text  string
		start int
		check func(t *testing.T, end int)
	}{
		{"line", "가나\n다", 0, func(t *testing.T, end int) { assert.Equal(t, len("가나"), end) }},
		{"all", "가나다", 0, func(t *testing.T, end int) { assert.Equal(t, len("가나다"), end) }},
		{"long at space", long, 0, func(t *testing.T, end int) {
			assert.Equal(t, byte(' '), long[end])
			assert.LessOrEqual(t, utf8.RuneCountInString(long[:end]), maxChunk)
		}},
		{"long no space", strings.Repeat("가", 1000), 0, func(t *testing.T, end int) { assert.Equal(t, 3*maxChunk, end) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.check(t, chunkEnd(tt.text, tt.start)) })
	}
}

// tinyCorpus is a hand-made training set, enough for the model to learn
// the pattern.
func tinyCorpus() []klue.Sentence {
	mk := func(text string, spans ...klue.Span) klue.Sentence {
		return klue.Sentence{ID: "x_wikitree", Domain: "wikitree", Text: text, Spans: spans}
	}
	return []klue.Sentence{
		mk("김철수 대표는 3일 서울에서 말했다.", klue.Span{Start: 0, End: 3, Label: "PS"}, klue.Span{Start: 8, End: 10, Label: "DT"}, klue.Span{Start: 11, End: 13, Label: "LC"}),
		mk("이영희 회장은 5일 부산에서 밝혔다.", klue.Span{Start: 0, End: 3, Label: "PS"}, klue.Span{Start: 8, End: 10, Label: "DT"}, klue.Span{Start: 11, End: 13, Label: "LC"}),
		mk("박민수 사장은 7일 대구에서 말했다.", klue.Span{Start: 0, End: 3, Label: "PS"}, klue.Span{Start: 8, End: 10, Label: "DT"}, klue.Span{Start: 11, End: 13, Label: "LC"}),
	}
}

func TestTrainTagSaveLoad(t *testing.T) {
	sents := tinyCorpus()
	var epochs []int
	m, err := Train(sents, TrainOptions{Epochs: 5, Bits: 16}, func(e int, m *Model) {
		epochs = append(epochs, e)
		require.NotNil(t, m)
	})
	require.NoError(t, err)
	assert.Equal(t, []int{1, 2, 3, 4, 5}, epochs)
	text := sents[0].Text
	got := m.Tag(text)
	want := []Span{{0, len("김철수"), "PS"}}
	require.NotEmpty(t, got)
	assert.Equal(t, want[0], got[0])
	for _, s := range got {
		assert.True(t, utf8.ValidString(text[s.Start:s.End]))
	}

	var buf bytes.Buffer
	require.NoError(t, m.Save(&buf))
	m2, err := Load(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	assert.Equal(t, got, m2.Tag(text))

	// deterministic
	m3, err := Train(sents, TrainOptions{Epochs: 5, Bits: 16}, nil)
	require.NoError(t, err)
	var buf3 bytes.Buffer
	require.NoError(t, m3.Save(&buf3))
	assert.Equal(t, buf.Bytes(), buf3.Bytes())
}

func TestTrainErrors(t *testing.T) {
	_, err := Train(nil, TrainOptions{}, nil)
	assert.ErrorIs(t, err, ErrNoData)
	_, err = Train(tinyCorpus(), TrainOptions{Bits: 30}, nil)
	assert.Error(t, err)
}

func TestLoadErrors(t *testing.T) {
	var good bytes.Buffer
	m, err := Train(tinyCorpus(), TrainOptions{Epochs: 1, Bits: 16}, nil)
	require.NoError(t, err)
	require.NoError(t, m.Save(&good))
	tests := []struct {
		name string
		in   []byte
	}{
		{"empty", nil},
		{"not gzip", []byte("hello")},
		{"truncated", good.Bytes()[:len(good.Bytes())/2]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(bytes.NewReader(tt.in))
			assert.ErrorIs(t, err, ErrFormat)
		})
	}
}

func TestDefault(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	m2, err := Default()
	require.NoError(t, err)
	assert.Same(t, m, m2)
	tests := []struct {
		text string
		want Span
	}{
		{"문재인 대통령은 2019년 3월 1일 서울에서 연설했다.", Span{0, len("문재인"), "PS"}},
		{"삼성전자는 지난해 영업이익 10조 원을 기록했다.", Span{0, len("삼성전자"), "OG"}},
	}
	for _, tt := range tests {
		got := m.Tag(tt.text)
		assert.Contains(t, got, tt.want, "%q: %v", tt.text, got)
	}
}

func TestTagEdgeCases(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	tests := []string{
		"", " ", "\n\n", "\xff\xfe가", "가\r\n나", strings.Repeat("가", 5000),
		strings.Repeat("서울 ", 2000), strings.Repeat("\n", 100) + "김철수",
	}
	for _, text := range tests {
		checkSpans(t, text, m.Tag(text))
	}
	var nilModel *Model
	assert.Nil(t, nilModel.Tag("김철수"))
}

func TestConcurrent(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	text := "김철수 대표는 3일 서울에서 말했다."
	want := m.Tag(text)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				assert.Equal(t, want, m.Tag(text))
			}
		})
	}
	wg.Wait()
}

func checkSpans(t testing.TB, text string, spans []Span) {
	last := 0
	for _, s := range spans {
		if s.Start < last || s.Start >= s.End || s.End > len(text) {
			t.Fatalf("bad span %v (len %d)", s, len(text))
		}
		if labelIndex(s.Label) < 0 {
			t.Fatalf("bad label %q", s.Label)
		}
		last = s.End
	}
}

func FuzzTag(f *testing.F) {
	m, err := Default()
	require.NoError(f, err)
	f.Add("김철수 대표는 3일 서울에서 말했다.")
	f.Add("오픈AI는 5,000억 달러(약 700조 원)를\n투자한다")
	f.Add("\xff가\r나")
	f.Fuzz(func(t *testing.T, text string) {
		spans := m.Tag(text)
		checkSpans(t, text, spans)
		// the lexicon's own matches as hints give the same spans
		matches := m.lex.Match(text)
		require.Equal(t, spans, m.TagWith(text, Hints{Lexicon: m.lex, Matches: matches}))
		// hints that break the rules never make TagWith panic
		for k := range matches {
			matches[k].Start, matches[k].End = matches[k].End-3, matches[k].Start+7
		}
		slices.Reverse(matches)
		checkSpans(t, text, m.TagWith(text, Hints{Lexicon: m.lex, Matches: matches}))
	})
}

func FuzzLoad(f *testing.F) {
	m, err := Train(tinyCorpus(), TrainOptions{Epochs: 1, Bits: 16}, nil)
	require.NoError(f, err)
	var buf bytes.Buffer
	require.NoError(f, m.Save(&buf))
	f.Add(buf.Bytes())
	g := NewGazetteer([]GazetteerEntry{{"김철수", "PS", 2}, {"서울", "LC", 1}})
	if m, err = Train(tinyCorpus(), TrainOptions{Epochs: 1, Bits: 16, Gazetteer: g}, nil); err == nil {
		buf.Reset()
		require.NoError(f, m.Save(&buf))
		f.Add(buf.Bytes())
	}
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Load(bytes.NewReader(data))
		if err != nil {
			return
		}
		checkSpans(t, "김철수 대표", m.Tag("김철수 대표"))
	})
}

// TestSharedDev scores the embedded model on the KLUE dev sample.
func TestSharedDev(t *testing.T) {
	f, err := os.Open(sharedKLUE + "klue-ner-v1.1_dev.even.tsv")
	if err != nil {
		t.Skip("../shared not present: ", err)
	}
	defer f.Close()
	sents, err := klue.Read(f)
	require.NoError(t, err)
	m, err := Default()
	require.NoError(t, err)
	var sc klue.Scorer
	for _, s := range sents {
		spans := m.Tag(s.Text)
		checkSpans(t, s.Text, spans)
		var ks []klue.Span
		for _, sp := range spans {
			start := utf8.RuneCountInString(s.Text[:sp.Start])
			ks = append(ks, klue.Span{Start: start, End: start + utf8.RuneCountInString(s.Text[sp.Start:sp.End]), Label: sp.Label})
		}
		sc.Add(s.Domain, s.Spans, ks)
	}
	f1 := sc.Micro("wikitree", false)
	t.Logf("dev news exact micro-F1 %.2f", 100*f1)
	assert.Greater(t, f1, 0.70)
}

func BenchmarkTagArticle(b *testing.B) {
	data, err := os.ReadFile("../../testdata/article.txt")
	require.NoError(b, err)
	m, err := Default()
	require.NoError(b, err)
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		m.Tag(text)
	}
}

// BenchmarkTagArticleHints tags the article with its lexicon matches given,
// as the extractor does.
func BenchmarkTagArticleHints(b *testing.B) {
	data, err := os.ReadFile("../../testdata/article.txt")
	require.NoError(b, err)
	m, err := Default()
	require.NoError(b, err)
	text := string(data)
	h := Hints{Lexicon: m.lex, Matches: m.lex.Match(text)}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		m.TagWith(text, h)
	}
}

// BenchmarkTagWikinews tags the 429 Wikinews articles of ../shared: many
// different texts, so that the weights do not all stay in the caches as
// with one article.
func BenchmarkTagWikinews(b *testing.B) {
	f, err := os.Open("../../../shared/data/wikinews/dev.jsonl")
	if err != nil {
		b.Skip("../shared not present: ", err)
	}
	defer f.Close()
	var texts []string
	size := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var a struct{ Text string }
		require.NoError(b, json.Unmarshal(sc.Bytes(), &a))
		texts = append(texts, a.Text)
		size += len(a.Text)
	}
	require.NoError(b, sc.Err())
	m, err := Default()
	require.NoError(b, err)
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, text := range texts {
			m.Tag(text)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLoadCorrupt loads many damaged copies of a model file (bytes
// changed, truncated, inserted, cut out): Load must fail cleanly or return
// a model that tags without panicking.
func TestLoadCorrupt(t *testing.T) {
	m, err := Train(tinyCorpus(), TrainOptions{Epochs: 1, Bits: 16}, nil)
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, m.Save(&buf))
	good := buf.Bytes()
	r := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		d := append([]byte(nil), good...)
		switch r.IntN(4) {
		case 0:
			for range 1 + r.IntN(4) {
				d[r.IntN(len(d))] = byte(r.IntN(256))
			}
		case 1:
			d = d[:r.IntN(len(d))]
		case 2:
			p := r.IntN(len(d))
			d = append(d[:p:p], append(bytes.Repeat([]byte{byte(r.IntN(256))}, r.IntN(20)), good[p:]...)...)
		case 3:
			p := r.IntN(len(d))
			d = append(d[:p:p], good[p+r.IntN(len(d)-p):]...)
		}
		if m2, err := Load(bytes.NewReader(d)); err == nil {
			checkSpans(t, "김철수 대표", m2.Tag("김철수 대표"))
		} else {
			require.ErrorIs(t, err, ErrFormat)
		}
	}
}

// TestTagWithOtherLexicon checks that hints from another lexicon than the
// model's are not used: the spans are Tag's.
func TestTagWithOtherLexicon(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	other, err := lexicon.New(lexicon.WithReader("user.tsv", strings.NewReader("#kextract-lexicon: orgs\n철수\tCheolsu\t\tcompany\n")))
	require.NoError(t, err)
	require.NotSame(t, m.lex, other)
	text := "철수 대표는 3일 서울에서 말했다.\n삼성전자는 지난해 영업이익 10조 원을 기록했다."
	require.NotEqual(t, m.lex.Match(text), other.Match(text))
	want := m.Tag(text)
	assert.Equal(t, want, m.TagWith(text, Hints{Lexicon: other, Matches: other.Match(text)}))
	assert.Equal(t, want, m.TagWith(text, Hints{Matches: other.Match(text)}))
	assert.Equal(t, want, m.TagWith(text, Hints{Lexicon: m.lex, Matches: m.lex.Match(text)}))
	var nilModel *Model
	assert.Nil(t, nilModel.TagWith(text, Hints{}))
}
