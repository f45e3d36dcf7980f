package ner

import (
	"bufio"
	"encoding/json"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kextract/kextract/internal/klue"
)

// identityTexts returns the texts on which the tagger is compared with the
// reference implementation: the seed article, random texts, and, when
// ../shared is present, the KLUE sentences, the Wikinews articles and the
// kss sentence files. With -short only the seed article, the random texts
// and a sample of the rest are used.
func identityTexts(t *testing.T) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	article, err := os.ReadFile("../../testdata/article.txt")
	require.NoError(t, err)
	out["article"] = []string{string(article)}
	out["random"] = randomTexts(string(article), 400)
	limit := -1
	if testing.Short() {
		limit = 200
	}
	for _, name := range []string{"klue-ner-v1.1_dev.even.tsv", "klue-ner-v1.1_train.first5000.tsv"} {
		f, err := os.Open(sharedKLUE + name)
		if err != nil {
			continue
		}
		sents, err := klue.Read(f)
		f.Close()
		require.NoError(t, err)
		for i, s := range sents {
			if i == limit {
				break
			}
			out[name] = append(out[name], s.Text)
		}
	}
	if f, err := os.Open("../../../shared/data/wikinews/dev.jsonl"); err == nil {
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() && len(out["wikinews"]) != limit {
			var a struct{ Title, Text string }
			require.NoError(t, json.Unmarshal(sc.Bytes(), &a))
			out["wikinews"] = append(out["wikinews"], a.Title+"\n\n"+a.Text)
		}
		require.NoError(t, sc.Err())
		f.Close()
	}
	for _, name := range []string{"blogs_ko.txt", "nested.txt", "sample.txt", "wikipedia.txt"} {
		if b, err := os.ReadFile("../../../shared/data/kss-sentences/" + name); err == nil {
			out["kss"] = append(out["kss"], string(b))
		}
	}
	return out
}

// randomTexts makes n texts from the words of seed, random runes of every
// class, spaces, line breaks, invalid bytes, and lines longer than a chunk
// with and without spaces.
func randomTexts(seed string, n int) []string {
	r := rand.New(rand.NewPCG(7, 11))
	words := strings.Fields(seed)
	pieces := []string{" ", " ", "  ", "\n", "\r\n", "\t", "\u3000", "\xff", ".", ",", "(", ")", "“", "”",
		"씨", "대표", "회장", "은", "는", "에서", "의", "이", "가", "을", "를", "과", "와", "도",
		"서울", "미국", "삼성전자", "마이크로소프트", "오픈AI", "뉴욕 타임스", "3일", "2025년", "5,000억", "달러",
		"ㄱ", "美", "北", "漢字", "ABC", "abc", "Ünïcode", "١٢٣", "😀", "\u200b", "\u2028", "\x00"}
	randRune := func() string {
		switch r.IntN(6) {
		case 0:
			return string(rune(0xAC00 + r.IntN(11172)))
		case 1:
			return string(rune(0x20 + r.IntN(0x5F)))
		case 2:
			return string(rune(0x4E00 + r.IntN(0x5000)))
		case 3:
			return string(rune(0x1100 + r.IntN(0x100)))
		case 4:
			return string(rune(r.IntN(0x3000)))
		}
		return string(rune(r.IntN(0x110000)))
	}
	var out []string
	for k := range n {
		var b strings.Builder
		size := 1 + r.IntN(300)
		if k%10 == 0 {
			size = 500 + r.IntN(1500) // several chunks
		}
		noSpace := k%17 == 0
		for b.Len() < size {
			var p string
			switch x := r.IntN(10); {
			case x < 5:
				p = words[r.IntN(len(words))]
			case x < 8:
				p = pieces[r.IntN(len(pieces))]
			default:
				p = randRune()
			}
			if noSpace && strings.ContainsAny(p, " \t\n\r") {
				continue
			}
			b.WriteString(p)
			if !noSpace && r.IntN(3) == 0 {
				b.WriteByte(' ')
			}
		}
		out = append(out, b.String())
	}
	return out
}

// TestTagIdentity checks that Tag gives exactly the spans of the reference
// implementation.
func TestTagIdentity(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	for name, texts := range identityTexts(t) {
		spans := 0
		for i, text := range texts {
			want := refTag(m, text)
			got := m.Tag(text)
			if len(want) == 0 {
				want = nil
			}
			if len(got) == 0 {
				got = nil
			}
			require.Equal(t, want, got, "%s %d: %q", name, i, text)
			hinted := m.TagWith(text, Hints{Lexicon: m.lex, Matches: m.lex.Match(text)})
			if len(hinted) == 0 {
				hinted = nil
			}
			require.Equal(t, want, hinted, "hints: %s %d: %q", name, i, text)
			spans += len(got)
		}
		t.Logf("%s: %d texts, %d spans identical (Tag and TagWith)", name, len(texts), spans)
	}
}

// TestViterbiIdentity compares the decoder with the reference on random
// scores drawn from small ranges, so that ties are frequent.
func TestViterbiIdentity(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	st := new(state)
	for k := range 20000 {
		n := r.IntN(40)
		spread := []int32{1, 2, 3, 10, 1000, 30000}[k%6]
		var trans [numLabels + 1][numLabels]int32
		for p := range trans {
			for c := range trans[p] {
				trans[p][c] = r.Int32N(2*spread+1) - spread
			}
		}
		emit := make([]int32, n*numLabels)
		for i := range emit {
			emit[i] = r.Int32N(2*spread+1) - spread
		}
		st.runes = make([]rune, n)
		st.emit = emit
		var dec transitions
		dec.set(&trans)
		got := viterbi(st, &dec)
		want := refViterbi(emit, n, &trans)
		require.Equal(t, want, got, "case %d", k)
	}
}

// BenchmarkViterbi decodes the article's chunks, with the emission scores
// of the embedded model.
func BenchmarkViterbi(b *testing.B) {
	m, err := Default()
	require.NoError(b, err)
	data, err := os.ReadFile("../../testdata/article.txt")
	require.NoError(b, err)
	var chunks []*state
	text := string(data)
	for _, line := range strings.Split(text, "\n") {
		if line == "" {
			continue
		}
		st := new(state)
		st.prepare(line, m.lex, given{})
		st.featurize(m.bits, true)
		emitRows(st, m.keys, m.rows)
		chunks = append(chunks, st)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		for _, st := range chunks {
			viterbi(st, &m.dec)
		}
	}
}

func TestHashPrimeGold(t *testing.T) {
	p, g := uint64(hashPrime), uint64(hashGold)
	require.Equal(t, p*g, uint64(hashPrimeGold))
	for _, x := range []uint64{0, 1, 12345, 1 << 63, hashSeed} {
		require.Equal(t, bucket(mix(x, 77), 46), bucketLast(last(x, 77), 46))
	}
}

// TestTrainFeaturesIdentity checks that training sees, for every rune, the
// same features as the reference (in another order, which training does
// not depend on: it sums and updates weights feature by feature).
func TestTrainFeaturesIdentity(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	st := new(state)
	var ref refState
	for name, texts := range identityTexts(t) {
		for k, text := range texts {
			for _, line := range strings.Split(text, "\n") {
				st.prepare(line, m.lex, given{})
				st.featurize(m.bits, false)
				ref.prepare(line, m.lex)
				ref.featurize(m.bits)
				require.Equal(t, refNumFeats, numFeats)
				require.Equal(t, len(ref.feats), len(st.feats))
				for i := 0; i < len(ref.feats); i += numFeats {
					want := slices.Clone(ref.feats[i : i+numFeats])
					got := slices.Clone(st.feats[i : i+numFeats])
					slices.Sort(want)
					slices.Sort(got)
					require.Equal(t, want, got, "%s %d rune %d", name, k, i/numFeats)
				}
			}
		}
	}
}

// TestFeaturizeKeyedIdentity checks that the tagger's featurizer writes the
// same slots as featurize with keys, on every identity text.
func TestFeaturizeKeyedIdentity(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	st, kst := new(state), new(state)
	for name, texts := range identityTexts(t) {
		for k, text := range texts {
			for _, line := range append(strings.Split(text, "\n"), "", "가", " ", "가 나") {
				st.prepare(line, m.lex, given{})
				st.featurize(m.bits, true)
				kst.prepare(line, m.lex, given{})
				kst.featurizeKeyed(m.bits)
				require.Equal(t, st.feats, kst.feats, "%s %d %q", name, k, line)
			}
		}
	}
}
