package ner

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kextract/kextract/internal/klue"
)

func TestReadGazetteer(t *testing.T) {
	in := "form\tlabel\ttrain_freq\n" +
		"한국\tLCP_COUNTRY\t745\n" +
		"한국\tOGG_SPORTS\t32\n" +
		"영화\tCV_ART\t4246\n" + // not a KLUE entity: left out
		"김철수\tPS_NAME\t3\n" +
		"서울대\tOG\n" + // KLUE label, count 1
		"낙동강\tLCG_RIVER\t2\n"
	g, err := ReadGazetteer(strings.NewReader(in))
	require.NoError(t, err)
	assert.Equal(t, 4, g.Len())
	assert.ElementsMatch(t, []GazetteerEntry{
		{"한국", "LC", 745}, {"한국", "OG", 32}, {"김철수", "PS", 3}, {"서울대", "OG", 1}, {"낙동강", "LC", 2},
	}, g.Entries())

	for _, bad := range []string{"한국\n", "한국\tLC\tmany\n", "한국\tLC\t-1\n", "a\tb\tc\td\n"} {
		_, err := ReadGazetteer(strings.NewReader(bad))
		assert.Error(t, err, "%q", bad)
	}
	assert.Contains(t, errString(ReadGazetteer(strings.NewReader("한국\tLC\t1\n한국\n"))), "line 2")
}

func errString(_ *Gazetteer, err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestSubtract(t *testing.T) {
	tests := []struct {
		c, m, want [gazClasses]uint32
	}{
		{[3]uint32{5, 0, 0}, [3]uint32{1, 0, 0}, [3]uint32{4, 0, 0}},
		{[3]uint32{1, 0, 0}, [3]uint32{1, 0, 0}, [3]uint32{0, 0, 0}},
		// typed otherwise by the other annotation: taken from the largest
		{[3]uint32{0, 2, 1}, [3]uint32{0, 0, 0}, [3]uint32{0, 2, 1}},
		{[3]uint32{0, 2, 1}, [3]uint32{1, 0, 0}, [3]uint32{0, 1, 1}},
		{[3]uint32{0, 1, 1}, [3]uint32{3, 0, 0}, [3]uint32{0, 0, 0}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, subtract(tt.c, tt.m), "%v - %v", tt.c, tt.m)
	}
}

// marks returns the gazetteer marks of text as a string: '.' for none, then
// P/p, L/l, O/o for B/I of PS, LC, OG.
func marks(g *Gazetteer, text string, minus gazCounts) string {
	st := new(state)
	st.prepare(text, nil, given{})
	g.mark(st, text, minus)
	var b strings.Builder
	for _, m := range st.lex {
		b.WriteByte(".PpLlOo"[m/(lexILoc+1)])
	}
	return b.String()
}

func TestGazetteerMark(t *testing.T) {
	g := NewGazetteer([]GazetteerEntry{
		{"한국", "LC", 745}, {"한국", "OG", 32}, {"한국농어촌공사", "OG", 4},
		{"김철수", "PS", 1}, {"버락 오바마", "PS", 20}, {"美", "LC", 9}, {"이", "PS", 3},
	})
	tests := []struct{ text, want string }{
		// the longest form wins, with its most frequent type
		{"한국농어촌공사는 한국의", "Ooooooo..Ll."},
		// forms start at a word's start or after punctuation, not inside a word
		{"대한국민 (한국)", "......Ll."},
		// a form of several words
		{"버락 오바마 대통령", "Pppppp...."},
		// one Chinese character may be a name; one Hangul syllable may not
		{"美 이 대통령", "L......"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, marks(g, tt.text, nil), tt.text)
	}
	// leave-one-out: a name seen only in this sentence is not marked
	assert.Equal(t, "...", marks(g, "김철수", gazCounts{"김철수": {1, 0, 0}}))
	assert.Equal(t, "Ll", marks(g, "한국", gazCounts{"한국": {0, 1, 0}}))
}

func TestGazetteerWithout(t *testing.T) {
	g := NewGazetteer([]GazetteerEntry{{"김철수", "PS", 1}, {"서울", "LC", 5}})
	held := []klue.Sentence{{Text: "김철수는 서울에", Spans: []klue.Span{{Start: 0, End: 3, Label: "PS"}, {Start: 5, End: 7, Label: "LC"}}}}
	w := g.Without(held)
	assert.Equal(t, []GazetteerEntry{{"서울", "LC", 4}}, w.Entries())
	assert.Equal(t, 2, g.Len(), "the original is unchanged")
}

// TestTrainWithGazetteer checks that a model trained with a gazetteer keeps
// it through Save and Load, and that a model without one is written as
// before there were gazetteers (version featureVersion).
func TestTrainWithGazetteer(t *testing.T) {
	sents := tinyCorpus()
	g := NewGazetteer([]GazetteerEntry{{"김철수", "PS", 2}, {"서울", "LC", 3}, {"부산", "LC", 3}})
	m, err := Train(sents, TrainOptions{Epochs: 5, Bits: 16, Gazetteer: g}, nil)
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, m.Save(&buf))
	m2, err := Load(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	require.NotNil(t, m2.gaz)
	assert.ElementsMatch(t, g.Entries(), m2.gaz.Entries())
	for _, s := range sents {
		assert.Equal(t, m.Tag(s.Text), m2.Tag(s.Text))
	}
	var again bytes.Buffer
	require.NoError(t, m2.Save(&again))
	assert.Equal(t, buf.Bytes(), again.Bytes(), "Save after Load gives the same file")

	plain, err := Train(sents, TrainOptions{Epochs: 5, Bits: 16}, nil)
	require.NoError(t, err)
	assert.Nil(t, plain.gaz)
	buf.Reset()
	require.NoError(t, plain.Save(&buf))
	m3, err := Load(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	assert.Nil(t, m3.gaz)
}

func TestReadGazetteerSectionErrors(t *testing.T) {
	good := []byte{1, 0, 0, 0, 2, 'a', 'b', 1, 0, 0}
	g, err := readGazetteer(good)
	require.NoError(t, err)
	assert.Equal(t, []GazetteerEntry{{"ab", "PS", 1}}, g.Entries())
	for name, p := range map[string][]byte{
		"short":      {1, 0},
		"no forms":   {0, 0, 0, 0},
		"too many":   {9, 0, 0, 0, 2, 'a', 'b', 1, 0, 0},
		"bad length": {1, 0, 0, 0, 9, 'a', 'b', 1, 0, 0},
		"bad utf-8":  {1, 0, 0, 0, 2, 0xff, 'b', 1, 0, 0},
		"trailing":   append(append([]byte{}, good...), 7),
		"no counts":  {1, 0, 0, 0, 2, 'a', 'b', 1, 0},
	} {
		_, err := readGazetteer(p)
		assert.ErrorIs(t, err, ErrFormat, name)
	}
}

// FuzzGazetteerMark checks that marking never panics and marks whole runes
// of text with valid marks.
func FuzzGazetteerMark(f *testing.F) {
	g := NewGazetteer([]GazetteerEntry{{"한국", "LC", 2}, {"한국 정부", "OG", 1}, {"美", "LC", 1}, {"김철수", "PS", 1}})
	for _, s := range []string{"한국 정부는", "(美) 김철수", "", "한", "\xff한국"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		st := new(state)
		st.prepare(text, nil, given{})
		g.mark(st, text, nil)
		require.Len(t, st.lex, utf8.RuneCountInString(text))
		for _, m := range st.lex {
			require.Less(t, int(m), numLexMarks)
		}
	})
}
