package lexicon

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkData validates one lexicon file and returns every problem found,
// each prefixed with file:line: bad lines (field count, kinds, lengths),
// duplicate first fields, and surfaces shared by two entries of an orgs or
// places file unless declared in a "#shared:" comment.
func checkData(name string, r io.Reader, kind FileKind) []string {
	var problems []string
	type seen struct {
		line int
		name string
	}
	shared := map[string]bool{}
	first := map[string]seen{}    // first field -> where
	surfaces := map[string]seen{} // match key -> where
	type dup struct {
		line        int
		key, owner  string
		other       seen
		displayText string
	}
	var dups []dup
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, maxLineBytes)
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			continue
		}
		if strings.HasPrefix(trimmed, "#") {
			if rest, ok := strings.CutPrefix(trimmed, "#shared:"); ok {
				for _, s := range strings.Split(rest, "|") {
					if s = normKey(s); s != "" {
						shared[surfaceKey(s)] = true
					}
				}
			}
			if rest, ok := strings.CutPrefix(trimmed, headerPrefix); ok && FileKind(strings.TrimSpace(rest)) != kind {
				problems = append(problems, fmt.Sprintf("%s:%d: header %q does not match file kind %q", name, lineNo, trimmed, kind))
			}
			continue
		}
		rec, err := parseLine(name, lineNo, line, kind)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		key := normKey(rec.Field(0))
		if prev, ok := first[key]; ok {
			problems = append(problems, fmt.Sprintf("%s:%d: duplicate %q (first at line %d)", name, lineNo, key, prev.line))
			continue
		}
		first[key] = seen{lineNo, key}
		if kind != KindOrgs && kind != KindPlaces {
			continue
		}
		mine := map[string]bool{}
		for _, s := range append([]string{rec.Field(0), rec.Field(1)}, rec.List(2)...) {
			s = normKey(s)
			if s == "" {
				continue
			}
			k := surfaceKey(s)
			if mine[k] {
				continue
			}
			mine[k] = true
			if prev, ok := surfaces[k]; ok {
				dups = append(dups, dup{lineNo, k, key, prev, s})
				continue
			}
			surfaces[k] = seen{lineNo, key}
		}
	}
	if err := sc.Err(); err != nil {
		problems = append(problems, fmt.Sprintf("%s:%d: %v", name, lineNo+1, err))
	}
	for _, d := range dups {
		if !shared[d.key] {
			problems = append(problems, fmt.Sprintf("%s:%d: %q of %q is also a surface of %q (line %d); declare it with #shared: if intended",
				name, d.line, d.displayText, d.owner, d.other.name, d.other.line))
		}
	}
	return problems
}

// surfaceKey is how the matcher compares surfaces.
func surfaceKey(s string) string {
	if isShortCaps(s) {
		return s
	}
	return foldASCII(s)
}

func TestEmbeddedDataFormat(t *testing.T) {
	files := EmbeddedFiles()
	require.NotEmpty(t, files)
	for _, name := range files {
		kind := kindFromName(name)
		if kind == "" {
			t.Logf("%s: not a known lexicon file, ignored by the loader", name)
			continue
		}
		t.Run(name, func(t *testing.T) {
			f, err := OpenEmbedded(name)
			require.NoError(t, err)
			defer f.Close()
			for _, p := range checkData(name, f, kind) {
				t.Error(p)
			}
		})
	}
}

func TestCheckDataFindsProblems(t *testing.T) {
	data := "#shared: 조지아\n" +
		"미국\tUnited States\t美|US\tcountry\n" +
		"조지아\tGeorgia\t\tcountry\n" +
		"조지아주\tGeorgia State\t조지아\tprovince\n" +
		"미합중국\t\tus|USA\tcountry\n" +
		"미국\t\t\tcountry\n" +
		"서울\t\t\tmetropolis\n" +
		"美국\t\t美\tcountry\n"
	got := checkData("places.tsv", strings.NewReader(data), KindPlaces)
	assert.Equal(t, []string{
		`places.tsv:6: duplicate "미국" (first at line 2)`,
		`places.tsv:7: unknown places kind "metropolis": invalid lexicon line`,
		`places.tsv:8: "美" of "美국" is also a surface of "미국" (line 2); declare it with #shared: if intended`,
	}, got)
}

func TestDefaultLoads(t *testing.T) {
	start := time.Now()
	_, err := build(&config{})
	require.NoError(t, err)
	t.Logf("built the embedded lexicon in %v", time.Since(start))
	l, err := Default()
	require.NoError(t, err)
	orgs, places := countTypes(l)
	t.Logf("embedded lexicon: %d orgs, %d places, %d titles, %d josa, %d verbs, %d surnames, %d org suffixes",
		orgs, places, len(l.titles), len(l.josa.kind), len(l.verbs), len(l.surnames), len(l.suffixes))
}

func countTypes(l *Lexicon) (orgs, places int) {
	for _, e := range l.Entries() {
		switch e.Type {
		case TypeOrg:
			orgs++
		case TypeLocation:
			places++
		}
	}
	return orgs, places
}

func TestEmbeddedCounts(t *testing.T) {
	l, err := Default()
	require.NoError(t, err)
	orgs, places := countTypes(l)
	if orgs < 1000 || places < 300 {
		t.Skipf("data files still small (%d orgs, %d places; want ≥1000 and ≥300): the data engineer is filling lexicon/data", orgs, places)
	}
	assert.GreaterOrEqual(t, orgs, 1000)
	assert.GreaterOrEqual(t, places, 300)
}

func TestDefaultOnSeedArticle(t *testing.T) {
	b, err := os.ReadFile("../testdata/article.txt")
	if err != nil {
		t.Skip("seed article not present: ", err)
	}
	l, err := Default()
	require.NoError(t, err)
	text := string(b)
	ms := l.Match(text)
	checkMatches(t, text, ms)
	t.Logf("%d matches in the seed article", len(ms))
}

// TestCommonWordsAreNoNames keeps out of the embedded data the common words
// that are also short names of real organisations or places: listing them
// made news words entities (the README's conventions).
func TestCommonWordsAreNoNames(t *testing.T) {
	l, err := Default()
	require.NoError(t, err)
	for _, w := range []string{
		"경향",   // tendency (경향신문)
		"한국경제", // the Korean economy (한국경제신문)
		"대상",   // target, grand prize (대상그룹)
		"동원",   // mobilisation (동원그룹)
		"신보",   // new release (신용보증기금)
		"기보",   // reported earlier (기술보증기금)
		"예보",   // forecast (예금보험공사)
		"우체국",  // a post office (우정사업본부)
		"거래소",  // an exchange (한국거래소)
		"해주",   // 해주는, 해주시는: "do for" (해주시)
		"청진",   // auscultation (청진시)
		"세부",   // detail (Cebu)
		"크림",   // cream (크림반도)
		"수정구",  // crystal ball (수정구, 성남)
		"환경정의", // environmental justice
		"도청",   // wiretapping
		"시청",   // viewing
		"지방법원", // a district court, unnamed
	} {
		t.Run(w, func(t *testing.T) {
			e, ok := l.Lookup(w)
			assert.False(t, ok, "%s is listed as %+v", w, e)
		})
	}
}

// TestOrgsAndPlacesShareNoSurface checks the README's rule that a name,
// English name or alias belongs to one entry across orgs.tsv and places.tsv
// too (a shared one would make the type depend on the load order).
func TestOrgsAndPlacesShareNoSurface(t *testing.T) {
	surfaces := func(name string, kind FileKind) map[string]string {
		f, err := OpenEmbedded(name)
		require.NoError(t, err)
		defer f.Close()
		_, recs, err := ParseFile(name, f, kind)
		require.NoError(t, err)
		out := map[string]string{}
		for _, r := range recs {
			for _, s := range append([]string{r.Field(0), r.Field(1)}, r.List(2)...) {
				if s = normKey(s); s != "" {
					out[surfaceKey(s)] = r.Field(0)
				}
			}
		}
		return out
	}
	orgs := surfaces("data/orgs.tsv", KindOrgs)
	require.Greater(t, len(orgs), 1000)
	for k, place := range surfaces("data/places.tsv", KindPlaces) {
		if org, ok := orgs[k]; ok {
			t.Errorf("%q is a surface of the place %q and of the org %q", k, place, org)
		}
	}
}

// The countries with a one-character name in Chinese characters have their
// full name in them too: 日本 is Japan as a word, not 日 and a stray 本.
func TestHanjaCountryNames(t *testing.T) {
	l, err := Default()
	require.NoError(t, err)
	for text, want := range map[string][]hit{
		"日本과 韓國": {{"日本", "LOCATION:일본", "과"}, {"韓國", "LOCATION:한국", ""}},
		"美國의 英國": {{"美國", "LOCATION:미국", "의"}, {"英國", "LOCATION:영국", ""}},
		"낙인(烙印)": {},
	} {
		assert.Equal(t, want, hits(l.Match(text)), text)
	}
}
