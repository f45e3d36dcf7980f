package klue

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadMini(t *testing.T) {
	f, err := os.Open("testdata/mini.tsv")
	require.NoError(t, err)
	defer f.Close()
	sents, err := Read(f)
	require.NoError(t, err)
	require.Len(t, sents, 2)
	s := sents[0]
	assert.Equal(t, "klue-ner-v1_dev_00000_wikitree", s.ID)
	assert.Equal(t, "wikitree", s.Domain)
	assert.Equal(t, "김철수 대표는 서울에서 3일 말했다.", s.Text)
	assert.Equal(t, []Span{{0, 3, "PS"}, {8, 10, "LC"}, {13, 15, "DT"}}, s.Spans)
	assert.Equal(t, "nsmc", sents[1].Domain)
	assert.Equal(t, []Span{{3, 6, "QT"}}, sents[1].Spans)
}

func TestRead(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []Sentence
		wantErr string
	}{
		{"empty", "", nil, ""},
		{"no header", "가\tB-PS\n나\tI-PS\n", []Sentence{{Text: "가나", Spans: []Span{{0, 2, "PS"}}}}, ""},
		{"I without B", "## a_x\tz\n가\tO\n나\tI-OG\n다\tI-LC\n", []Sentence{{ID: "a_x", Domain: "x", Text: "가나다",
			Spans: []Span{{1, 2, "OG"}, {2, 3, "LC"}}}}, ""},
		{"B after B", "가\tB-PS\n나\tB-PS\n", []Sentence{{Text: "가나", Spans: []Span{{0, 1, "PS"}, {1, 2, "PS"}}}}, ""},
		{"CRLF and lone tab", "가\tO\r\n\tO\r\n나\tO\r\n", []Sentence{{Text: "가 나"}}, ""},
		{"no tab", "## a_b\tx\n가\tO\n나 O\n", nil, "line 3"},
		{"bad label", "가\tB-XX\n", nil, "line 1"},
		{"bad tag", "가\tZ\n", nil, "line 1"},
		{"header only", "## id_news\ttext\n\n", []Sentence{{ID: "id_news", Domain: "news"}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Read(strings.NewReader(tt.in))
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestScorer(t *testing.T) {
	var s Scorer
	gold := []Span{{0, 3, "PS"}, {5, 7, "LC"}, {9, 10, "DT"}}
	pred := []Span{{0, 3, "PS"}, {5, 8, "LC"}, {9, 10, "OG"}}
	s.Add("wikitree", gold, pred)
	s.Add("nsmc", []Span{{0, 2, "QT"}}, nil)
	c := s.Counts("wikitree", "")
	assert.Equal(t, Counts{Gold: 3, Pred: 3, Exact: 1, GoldHit: 2, PredHit: 2}, c)
	p, r, f := c.PRF(false)
	assert.InDelta(t, 1.0/3, p, 1e-9)
	assert.InDelta(t, 1.0/3, r, 1e-9)
	assert.InDelta(t, 1.0/3, f, 1e-9)
	_, _, of := c.PRF(true)
	assert.InDelta(t, 2.0/3, of, 1e-9)
	assert.Equal(t, 0.0, s.Micro("nsmc", false))
	assert.Equal(t, []string{"wikitree", "nsmc"}, s.Domains())
	var buf bytes.Buffer
	s.Table(&buf)
	out := buf.String()
	assert.Contains(t, out, "news (wikitree)")
	assert.Contains(t, out, "reviews (nsmc)")
	assert.Contains(t, out, "micro")
}

func TestReadShared(t *testing.T) {
	const path = "../../../shared/data/klue-ner/klue-ner-v1.1_dev.even.tsv"
	f, err := os.Open(path)
	if err != nil {
		t.Skip("../shared not present: ", err)
	}
	defer f.Close()
	sents, err := Read(f)
	require.NoError(t, err)
	assert.Equal(t, 2500, len(sents))
	news := 0
	for _, s := range sents {
		if s.Domain == "wikitree" {
			news++
		}
		n := utf8.RuneCountInString(s.Text)
		for _, sp := range s.Spans {
			require.True(t, 0 <= sp.Start && sp.Start < sp.End && sp.End <= n, "%s %v", s.ID, sp)
		}
	}
	assert.Equal(t, 1261, news)
}

func FuzzRead(f *testing.F) {
	b, err := os.ReadFile("testdata/mini.tsv")
	require.NoError(f, err)
	f.Add(string(b))
	f.Add("가\tI-PS\n\n나\tB-QT\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := Read(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, s := range sents {
			n := utf8.RuneCountInString(s.Text)
			last := 0
			for _, sp := range s.Spans {
				if sp.Start < last || sp.Start >= sp.End || sp.End > n {
					t.Fatalf("bad span %v in %q", sp, s.Text)
				}
				last = sp.End
			}
		}
	})
}
