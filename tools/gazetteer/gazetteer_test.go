package main

import (
	"strings"
	"testing"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var testSurnames = map[string]bool{"김": true, "이": true, "오": true, "남궁": true, "사": true}

func TestIsHangulWord(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"사퇴", true}, {"마바사아자", true}, {"가", false}, {"가나다라마바", false},
		{"CEO", false}, {"사퇴A", false}, {"", false}, {"ㄱㄴ", false}, {"社退", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, isHangulWord(tt.in), tt.in)
	}
}

func TestSurnameLen(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"김영순", 1}, {"김수", 1}, {"남궁민수", 2}, {"남궁민", 2}, {"바이든", 0},
		{"김", 0}, {"오바마", 1}, {"김영순희", 0}, {"이", 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, surnameLen(tt.in, testSurnames), tt.in)
	}
}

func TestParseSurnames(t *testing.T) {
	m, err := parseSurnames(strings.NewReader("# head\n김\tKim\n\n남궁\tNamgung\n  이 \n"))
	require.NoError(t, err)
	assert.Equal(t, map[string]bool{"김": true, "남궁": true, "이": true}, m)
	_, err = parseSurnames(strings.NewReader("# only a comment\n"))
	assert.Error(t, err)
}

func FuzzParseSurnames(f *testing.F) {
	f.Add("# h\n김\tKim\n")
	f.Add("\t\t\n#\n")
	f.Fuzz(func(t *testing.T, data string) {
		m, err := parseSurnames(strings.NewReader(data))
		if err != nil {
			return
		}
		for s := range m {
			if s == "" || strings.HasPrefix(s, "#") || strings.ContainsAny(s, "\t\n") || strings.TrimSpace(s) != s {
				t.Fatalf("bad surname %q", s)
			}
		}
	})
}

// testDict builds a small dictionary in kagome's format. Each entry is
// surface, cost, POS and the seven content columns.
func testDict(t *testing.T, rows [][3]string) *dict.Dict {
	t.Helper()
	// The index needs the surfaces sorted; morpheme ids follow that order.
	sorted := make([][3]string, len(rows))
	copy(sorted, rows)
	for i := 1; i < len(sorted); i++ {
		for j := i; j > 0 && sorted[j][0] < sorted[j-1][0]; j-- {
			sorted[j], sorted[j-1] = sorted[j-1], sorted[j]
		}
	}
	d := &dict.Dict{}
	posIDs := map[string]dict.POSID{}
	var keys []string
	for _, r := range sorted {
		keys = append(keys, r[0])
		pos, content, _ := strings.Cut(r[2], ",")
		id, ok := posIDs[pos]
		if !ok {
			id = dict.POSID(len(d.POSTable.NameList))
			posIDs[pos] = id
			d.POSTable.NameList = append(d.POSTable.NameList, pos)
		}
		d.POSTable.POSs = append(d.POSTable.POSs, dict.POS{id})
		var cost int16
		for _, c := range r[1] {
			cost = cost*10 + int16(c-'0')
		}
		d.Morphs = append(d.Morphs, dict.Morph{Weight: cost})
		d.Contents = append(d.Contents, strings.Split(content, ","))
	}
	idx, err := dict.BuildIndexTable(keys)
	require.NoError(t, err)
	d.Index = idx
	return d
}

var testRows = [][3]string{
	{"사퇴", "4352", "NNG,행위,F,사퇴,*,*,*,*"},
	{"기간", "973", "NNG,*,T,기간,*,*,*,*"},
	{"무소속", "4197", "NNG,*,T,무소속,Compound,*,*,무/NNG/*+소속/NNG/*"},
	{"소속", "2639", "NNG,*,T,소속,*,*,*,*"},
	{"희귀어", "2639", "NNG,*,F,희귀어,*,*,*,*"},
	{"트럼프", "2639", "NNG,*,F,트럼프,*,*,*,*"},
	{"트럼프", "4104", "NNP,인명,F,트럼프,*,*,*,*"},
	{"바이든", "4104", "NNP,인명,T,바이든,*,*,*,*"},
	{"김영순", "4104", "NNP,인명,T,김영순,*,*,*,*"},
	{"오바마", "4104", "NNP,인명,F,오바마,*,*,*,*"},
	{"이번", "1500", "NNG,*,T,이번,*,*,*,*"},
	{"이번", "4104", "NNP,인명,T,이번,*,*,*,*"},
	{"스티브라일", "4104", "NNP,인명,F,스티브라일,Preanalysis,NNP,NNP,스티브/NNP/인명+라일/NNP/인명"},
	{"서울", "1000", "NNP,지명,T,서울,*,*,*,*"},
	{"가", "100", "JKS,*,F,가,*,*,*,*"},
	{"사장", "2639", "NNG,*,T,사장,*,*,*,*"},
	{"사장", "2639", "NNG,장소,T,사장,*,*,*,*"},
}

func TestWalk(t *testing.T) {
	d := testDict(t, testRows)
	ents, err := walk(d)
	require.NoError(t, err)
	require.Len(t, ents, len(testRows))
	got := map[string]int{}
	for _, e := range ents {
		got[e.surface+"/"+e.pos+"/"+e.meaning]++
	}
	assert.Equal(t, 1, got["트럼프/NNP/인명"])
	assert.Equal(t, 1, got["트럼프/NNG/*"])
	assert.Equal(t, 1, got["사장/NNG/장소"])
	assert.Equal(t, 1, got["가/JKS/*"])
}

func TestSelectWords(t *testing.T) {
	d := testDict(t, testRows)
	ents, err := walk(d)
	require.NoError(t, err)
	sel := selectWords(ents, testSurnames, 100, 100)
	// 희귀어: default cost, no class, no use in compounds; 트럼프: also a name.
	assert.Equal(t, []string{"기간", "무소속", "사장", "사퇴", "소속"}, sel.nouns)
	// 이번: a cheap common noun first; 서울: a place.
	assert.Equal(t, []string{"김영순", "바이든", "스티브라일", "오바마", "트럼프"}, sel.names)

	small := selectWords(ents, testSurnames, 2, 2)
	assert.Equal(t, []string{"기간", "무소속"}, small.nouns, "trained costs first, cheapest first")
	assert.Equal(t, []string{"바이든", "트럼프"}, small.names, "single foreign name words first")
}

func TestSelectPredicates(t *testing.T) {
	ents := []entry{
		{surface: "받", pos: "VV", typ: "*"},
		{surface: "가볍", pos: "VA", typ: "*"},
		{surface: "된", pos: "VV+ETM", typ: "Inflect"},
		{surface: "걸쳐", pos: "VV+EC", typ: "Inflect"},
		{surface: "가져온", pos: "VV+EC+VV+ETM", typ: "Inflect"}, // two stems
		{surface: "했다", pos: "VV+EP+EF", typ: "Inflect"},      // ends a sentence
		{surface: "대통령", pos: "NNG", typ: "*"},
		{surface: "내려놓았던", pos: "VV+EP+ETM", typ: "Inflect"},
		{surface: "붙잡아두었", pos: "VV", typ: "*"}, // five syllables
	}
	p := selectPredicates(ents)
	assert.Equal(t, []string{"가볍", "받"}, p.stems)
	assert.Equal(t, []string{"걸쳐", "된"}, p.forms)
}
