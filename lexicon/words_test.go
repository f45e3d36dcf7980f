package lexicon

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestIsCommonNoun(t *testing.T) {
	l, err := Default()
	require.NoError(t, err)
	tests := []struct {
		word string
		want bool
	}{
		{"사퇴", true},
		{"일가", true},
		{"무소속", true},
		{"기간", true},
		{"정부", true},
		{"소속", true},
		{" 사퇴 ", true},    // surrounding spaces are ignored
		{"대통령", false},    // a title
		{"미국", false},     // a place of the lexicon
		{"오바마", false},    // a name
		{"트럼프", false},    // also a person name
		{"사퇴는", false},    // particles are not stripped
		{"사", false},      // one syllable
		{"", false},       // empty
		{"rain", false},   // not Hangul
		{"사퇴사퇴사퇴", false}, // too long
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			assert.Equal(t, tt.want, l.IsCommonNoun(tt.word))
		})
	}
}

func TestIsNameWord(t *testing.T) {
	l, err := Default()
	require.NoError(t, err)
	tests := []struct {
		word string
		want bool
	}{
		{"오바마", true},
		{"바이든", true},
		{"마크롱", true},
		{"도널드", true},
		{"트럼프", true},
		{"메르켈", true},
		{"김영순", true},
		{"사퇴", false},  // a common noun
		{"이번", false},  // a frequent common word, left out by the generator
		{"대통령", false}, // a title
		{"프랑스", false}, // in names.txt, but a place of the lexicon
		{"", false},
		{"오바마가", false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			assert.Equal(t, tt.want, l.IsNameWord(tt.word))
		})
	}
}

func TestWordsNilAndCustomLexicon(t *testing.T) {
	var l *Lexicon
	assert.True(t, l.IsCommonNoun("사퇴"))
	assert.True(t, l.IsNameWord("프랑스"), "a nil lexicon consults the list alone")
	assert.False(t, l.IsNameWord("사퇴"))

	// A user lexicon's titles and entities are excluded too.
	custom, err := New(WithoutDefaults(),
		WithReader("titles", strings.NewReader("#kextract-lexicon: titles\n일가\tgroup\n")),
		WithReader("orgs", strings.NewReader("#kextract-lexicon: orgs\n오바마재단\tObama Foundation\t오바마\tother\n")))
	require.NoError(t, err)
	assert.False(t, custom.IsCommonNoun("일가"))
	assert.False(t, custom.IsNameWord("오바마"))
	assert.True(t, custom.IsCommonNoun("기간"))
}

func TestSortedLines(t *testing.T) {
	list := "# header\n\n# more\n가나\n가나다\n다라\n마바사아자\n하"
	tests := []struct {
		name, text, word string
		want             bool
	}{
		{"first", list, "가나", true},
		{"prefix of next", list, "가나다", true},
		{"middle", list, "다라", true},
		{"five syllables", list, "마바사아자", true},
		{"last without newline", list, "하", true},
		{"absent between", list, "나", false},
		{"absent before", list, "가", false},
		{"absent after", list, "히", false},
		{"header is not a word", list, "# header", false},
		{"empty word", list, "", false},
		{"too long", list, "마바사아자차", false},
		{"empty list", "", "가나", false},
		{"header only", "# x\n", "가나", false},
		{"CRLF and spaces", "# h\r\n가나 \r\n 다라\r\n", "다라", true},
		{"unsorted text does not panic", "하\n가\n나\n", "나", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, newSortedLines(tt.text).contains(tt.word))
		})
	}
}

// splitWords returns the words of a list, in file order (test reference).
func splitWords(data string) []string {
	var words []string
	for line := range strings.Lines(data) {
		if w := strings.TrimSpace(line); w != "" && w[0] != '#' {
			words = append(words, w)
		}
	}
	return words
}

var hangulWord = regexp.MustCompile(`^[가-힣]{2,5}$`)

// checkWordFile checks a generated list: a header naming the source and
// licence, then 2–5 Hangul syllables a line, strictly sorted.
func checkWordFile(t *testing.T, name, data string) []string {
	t.Helper()
	assert.LessOrEqual(t, len(data), 1_500_000, "%s: keep the file at most 1.5 MB", name)
	assert.Contains(t, data, "mecab-ko-dic", "%s: header names the source", name)
	assert.Contains(t, data, "Apache License 2.0", "%s: header names the licence", name)
	assert.Contains(t, data, "MECAB_LICENSE.md", name)
	var words []string
	sc := bufio.NewScanner(strings.NewReader(data))
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			assert.Empty(t, words, "%s:%d: comments only in the header", name, lineNo)
			continue
		}
		if !assert.Regexp(t, hangulWord, line, "%s:%d", name, lineNo) {
			continue
		}
		if n := len(words); n > 0 {
			assert.Less(t, words[n-1], line, "%s:%d: sorted, no duplicates", name, lineNo)
		}
		words = append(words, line)
	}
	require.NoError(t, sc.Err())
	list := newSortedLines(data)
	for _, w := range words {
		if !list.contains(w) {
			t.Errorf("%s: %q not found by lookup", name, w)
		}
	}
	return words
}

func TestWordFiles(t *testing.T) {
	nouns := checkWordFile(t, "nouns.txt", nounsTxt)
	names := checkWordFile(t, "names.txt", namesTxt)
	assert.Greater(t, len(nouns), 30_000)
	assert.Greater(t, len(names), 50_000)
	inNames := map[string]bool{}
	for _, w := range names {
		inNames[w] = true
	}
	var both []string
	for _, w := range nouns {
		if inNames[w] {
			both = append(both, w)
		}
	}
	assert.Empty(t, both, "nouns.txt holds no person names")

	lic, err := os.ReadFile(filepath.Join("data", "MECAB_LICENSE.md"))
	require.NoError(t, err)
	assert.Contains(t, string(lic), "mecab-ko-dic")
	assert.Contains(t, string(lic), "Apache License")
	t.Logf("nouns.txt: %d bytes, %d words; names.txt: %d bytes, %d words",
		len(nounsTxt), len(nouns), len(namesTxt), len(names))
}

func TestWordListLoadTime(t *testing.T) {
	start := time.Now()
	nouns, names := newSortedLines(nounsTxt), newSortedLines(namesTxt)
	ok := nouns.contains("사퇴") && names.contains("오바마")
	t.Logf("lists ready and two lookups done in %v", time.Since(start))
	assert.True(t, ok)
}

// TestKLUEPersonWords measures the lists on the KLUE NER sample: how many
// words of gold person (PS) spans are in nouns.txt (should be few) and in
// names.txt, and how many words outside any entity are in names.txt.
func TestKLUEPersonWords(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "data", "klue-ner", "klue-ner-v1.1_train.first5000.tsv")
	f, err := os.Open(path)
	if err != nil {
		t.Skip("../shared not present: ", err)
	}
	defer f.Close()
	l, err := Default()
	require.NoError(t, err)
	span := regexp.MustCompile(`<([^<>:]+):([A-Z]{2})>`)
	type count struct{ tokens, inNouns, inNames int }
	var ps, other, outside count
	add := func(c *count, w string) {
		if !hangulWord.MatchString(w) {
			return
		}
		c.tokens++
		if l.IsCommonNoun(w) {
			c.inNouns++
		}
		if l.IsNameWord(w) {
			c.inNames++
		}
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line, ok := strings.CutPrefix(sc.Text(), "## klue-ner")
		if !ok {
			continue
		}
		_, sent, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		for _, m := range span.FindAllStringSubmatch(sent, -1) {
			c := &other
			if m[2] == "PS" {
				c = &ps
			}
			for _, w := range strings.Fields(m[1]) {
				add(c, w)
			}
		}
		for _, w := range strings.Fields(span.ReplaceAllString(sent, " ")) {
			add(&outside, w)
		}
	}
	require.NoError(t, sc.Err())
	require.Positive(t, ps.tokens)
	pct := func(a, b int) string { return fmt.Sprintf("%d/%d (%.1f%%)", a, b, 100*float64(a)/float64(max(b, 1))) }
	t.Logf("PS words: IsCommonNoun %s, IsNameWord %s", pct(ps.inNouns, ps.tokens), pct(ps.inNames, ps.tokens))
	t.Logf("other entity words: IsCommonNoun %s, IsNameWord %s", pct(other.inNouns, other.tokens), pct(other.inNames, other.tokens))
	t.Logf("words outside entities (particles attached): IsCommonNoun %s, IsNameWord %s",
		pct(outside.inNouns, outside.tokens), pct(outside.inNames, outside.tokens))
	assert.Less(t, float64(ps.inNouns), 0.05*float64(ps.tokens), "few person words are common nouns")
	assert.Greater(t, float64(ps.inNames), 0.3*float64(ps.tokens), "many person words are name words")
}

func FuzzSortedLines(f *testing.F) {
	f.Add("# h\n가나\n다라\n", "다라")
	f.Add("다라\r\n가나\n\n가나", "가")
	f.Add("# h\n가격\n가구\n나라\n", "가격")
	f.Fuzz(func(t *testing.T, data, query string) {
		// Arbitrary text: lookups end without panicking.
		raw := newSortedLines(data)
		raw.contains(query)
		// The same words written as a valid list are all found, and a
		// query is found exactly when it is one of them.
		words := splitWords(data)
		slices.Sort(words)
		words = slices.Compact(words)
		list := newSortedLines("# header\n" + strings.Join(words, "\n") + "\n")
		for _, w := range words {
			if len(w) <= maxListedWordBytes && !list.contains(w) {
				t.Fatalf("%q not found in %q", w, words)
			}
		}
		_, in := slices.BinarySearch(words, query)
		want := in && len(query) <= maxListedWordBytes
		if got := list.contains(query); got != want {
			t.Fatalf("contains(%q) = %v, want %v (words %q)", query, got, want, words)
		}
	})
}

func FuzzWordPredicates(f *testing.F) {
	l, err := Default()
	require.NoError(f, err)
	for _, s := range []string{"사퇴", "오바마", " 기간 ", "", "\xff\xfe", "대통령", "가나다라마바"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		noun, name := l.IsCommonNoun(w), l.IsNameWord(w)
		if noun && name {
			t.Fatalf("%q is both a common noun and a name word", w)
		}
		if (noun || name) && !hangulWord.MatchString(strings.TrimSpace(w)) {
			t.Fatalf("%q accepted but not 2-5 Hangul syllables", w)
		}
		if !utf8.ValidString(w) && (noun || name) {
			t.Fatalf("invalid UTF-8 %q accepted", w)
		}
	})
}

// BenchmarkWordListLoad compares three ways of holding both lists: the
// embedded text searched in place (used), a sorted slice of its words, and a
// map.
func BenchmarkWordListLoad(b *testing.B) {
	b.Run("text-in-place", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = newSortedLines(nounsTxt).contains("사퇴")
			_ = newSortedLines(namesTxt).contains("오바마")
		}
	})
	b.Run("sorted-slice", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = splitWords(nounsTxt)
			_ = splitWords(namesTxt)
		}
	})
	b.Run("map", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, data := range []string{nounsTxt, namesTxt} {
				m := make(map[string]struct{}, strings.Count(data, "\n"))
				for line := range strings.Lines(data) {
					if w := strings.TrimSpace(line); w != "" && w[0] != '#' {
						m[w] = struct{}{}
					}
				}
			}
		}
	})
}

// BenchmarkWordLookup is one lookup in the in-place list alone.
func BenchmarkWordLookup(b *testing.B) {
	list := newSortedLines(namesTxt)
	words := []string{"오바마", "김영순", "사퇴", "가나다라"}
	i := 0
	for b.Loop() {
		list.contains(words[i%len(words)])
		i++
	}
}

func BenchmarkIsCommonNoun(b *testing.B) {
	l, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	words := []string{"사퇴", "오바마", "무소속", "김영순", "대통령", "가나다라"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		l.IsCommonNoun(words[i%len(words)])
		i++
	}
}

func ExampleLexicon_IsCommonNoun() {
	l, err := Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	// The word before the name is a common noun, so the name starts after it.
	for _, w := range strings.Fields("무소속 김영순 후보") {
		fmt.Printf("%s noun=%v name=%v\n", w, l.IsCommonNoun(w), l.IsNameWord(w))
	}
	// Output:
	// 무소속 noun=true name=false
	// 김영순 noun=false name=true
	// 후보 noun=false name=false
}

// TestSortedLinesHostile indexes inputs that are all one line, all
// newlines, out of order or all header: the index is built and every lookup
// answers (correctly where the list is sorted). What they cost is measured by
// BenchmarkSortedLinesHostile, not asserted here: a wall-clock limit fails on
// a busy machine.
func TestSortedLinesHostile(t *testing.T) {
	words := []string{"가", "가나", "하", "", strings.Repeat("가", 1<<10)}
	tests := []struct {
		name string
		in   string
		want map[string]bool // nil: out of order, any answer will do
	}{
		{"one huge line", strings.Repeat("가", 1<<20), map[string]bool{}},
		{"many newlines", strings.Repeat("\n", 1<<20), map[string]bool{}},
		{"unsorted words", strings.Repeat("하\n가\n", 1<<18), nil},
		{"huge header", strings.Repeat("# x\n", 1<<18) + "가나\n", map[string]bool{"가나": true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := newSortedLines(tt.in)
			for _, w := range words {
				got := l.contains(w)
				if tt.want != nil {
					assert.Equal(t, tt.want[w], got, "%.20q", w)
				}
			}
		})
	}
}

// BenchmarkSortedLinesHostile times indexing and five lookups on the inputs
// of TestSortedLinesHostile (each about 1 MB).
func BenchmarkSortedLinesHostile(b *testing.B) {
	inputs := map[string]string{
		"one huge line":  strings.Repeat("가", 1<<20),
		"many newlines":  strings.Repeat("\n", 1<<20),
		"unsorted words": strings.Repeat("하\n가\n", 1<<18),
		"huge header":    strings.Repeat("# x\n", 1<<18) + "가나\n",
	}
	for name, in := range inputs {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				l := newSortedLines(in)
				for _, w := range []string{"가", "가나", "하", "", strings.Repeat("가", 1<<10)} {
					l.contains(w)
				}
			}
		})
	}
}

// The first-syllable buckets give the same answers as a search of the whole
// list: every listed word is found, and other words (neighbours, prefixes,
// extensions) agree.
func TestSortedLinesBuckets(t *testing.T) {
	for _, data := range []string{nounsTxt, namesTxt} {
		s := newSortedLines(data)
		require.NotNil(t, s.bucket, "the embedded lists are sorted")
		whole := sortedLines{body: s.body}
		for i, w := range splitWords(data) {
			if i%7 != 0 {
				continue // a seventh of the words keeps the test fast
			}
			assert.True(t, s.contains(w), w)
			r := []rune(w)
			for _, v := range []string{w + "가", string(r[:len(r)-1]), string(r[:len(r)-1]) + "힣", "가" + w} {
				assert.Equal(t, whole.contains(v), s.contains(v), v)
			}
		}
	}
}
