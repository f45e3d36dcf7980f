package lexicon

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var miniFiles = []string{"orgs", "places", "titles", "orgsuffixes", "surnames", "josa", "verbs"}

// miniLex builds the test lexicon of testdata/mini plus extra options.
func miniLex(t testing.TB, extra ...Option) *Lexicon {
	t.Helper()
	opts := []Option{WithoutDefaults()}
	for _, f := range miniFiles {
		opts = append(opts, WithFile(filepath.Join("testdata", "mini", f+".tsv")))
	}
	l, err := New(append(opts, extra...)...)
	require.NoError(t, err)
	return l
}

type hit struct{ Surface, ID, Josa string }

func hits(ms []Match) []hit {
	out := []hit{}
	for _, m := range ms {
		out = append(out, hit{m.Surface, m.Entry.ID, m.Josa})
	}
	return out
}

func TestMatch(t *testing.T) {
	l := miniLex(t)
	tests := []struct {
		name, text string
		want       []hit
	}{
		{"hangul+latin name with topic particle", "오픈AI는 최근", []hit{{"오픈AI", "ORG:오픈AI", "는"}}},
		{"short caps alias", "MS가 새로운", []hit{{"MS", "ORG:마이크로소프트", "가"}}},
		{"genitive after latin", "MS의 투자", []hit{{"MS", "ORG:마이크로소프트", "의"}}},
		{"conjunctive", "미국과 유럽에서", []hit{{"미국", "LOCATION:미국", "과"}, {"유럽", "LOCATION:유럽", "에서"}}},
		{"particle sequence", "미국과의 관계", []hit{{"미국", "LOCATION:미국", "과의"}}},
		{"particle sequence 2", "오픈AI에서는 이미", []hit{{"오픈AI", "ORG:오픈AI", "에서는"}}},
		{"one syllable never takes particle", "사과를 먹었다", []hit{}},
		{"one syllable alone", "그 사 측은", []hit{{"사", "ORG:사", ""}}},
		{"compound noun is not a particle", "미국산 제품", []hit{}},
		{"short caps case-sensitive", "ms가 msft", []hit{}},
		{"not inside latin word", "MSCI 지수와 AMS", []hit{}},
		{"latin case-insensitive", "openai는 MICROSOFT와", []hit{{"openai", "ORG:오픈AI", "는"}, {"MICROSOFT", "ORG:마이크로소프트", "와"}}},
		{"english multiword", "기업 무어인사이트앤스트래티지(Moor Insights and Strategy)의",
			[]hit{{"무어인사이트앤스트래티지", "ORG:무어인사이트앤스트래티지", ""}, {"Moor Insights and Strategy", "ORG:무어인사이트앤스트래티지", ""}}},
		{"english lower case", "moor insights and strategy said", []hit{{"moor insights and strategy", "ORG:무어인사이트앤스트래티지", ""}}},
		{"english stemmed", "Moor Insights and Strategies의 분석", []hit{{"Moor Insights and Strategies", "ORG:무어인사이트앤스트래티지", "의"}}},
		{"english stemmed plural", "Alibaba Groups said", []hit{{"Alibaba Groups", "ORG:알리바바 그룹", ""}}},
		{"name with space", "TD 코웬의 분석", []hit{{"TD 코웬", "ORG:TD 코웬", "의"}}},
		{"space run", "TD   코웬은", []hit{{"TD   코웬", "ORG:TD 코웬", "은"}}},
		{"english with space", "TD Cowen analysts", []hit{{"TD Cowen", "ORG:TD 코웬", ""}}},
		{"longest at same start", "알리바바 그룹은", []hit{{"알리바바 그룹", "ORG:알리바바 그룹", "은"}}},
		{"shorter when longer fails", "알리바바 그룹사", []hit{{"알리바바", "ORG:알리바바", ""}}},
		{"hanja compound", "韓美 정상회담", []hit{{"韓", "LOCATION:한국", ""}, {"美", "LOCATION:미국", ""}}},
		{"hanja pair", "美中 갈등과 日", []hit{{"美", "LOCATION:미국", ""}, {"中", "LOCATION:중국", ""}, {"日", "LOCATION:일본", ""}}},
		{"hanja with particle", "美는", []hit{{"美", "LOCATION:미국", "는"}}},
		{"hanja prefixing a noun", "美국무부는 방美 일정을", []hit{{"美", "LOCATION:미국", ""}, {"美", "LOCATION:미국", ""}}},
		{"hanja inside a hanja word", "오비나타 스미오(大日方純夫)", []hit{}},
		{"hanja after a prefix", "訪美 일정과 親中, 克日, 美軍", []hit{{"美", "LOCATION:미국", ""}, {"中", "LOCATION:중국", ""}, {"日", "LOCATION:일본", ""}, {"美", "LOCATION:미국", ""}}},
		{"dotted caps", "U.S. 정부와 u.s.", []hit{{"U.S.", "LOCATION:미국", ""}}},
		{"punctuation starts words", "(MS)·“미국”/유럽-중국", []hit{{"MS", "ORG:마이크로소프트", ""}, {"미국", "LOCATION:미국", ""}, {"유럽", "LOCATION:유럽", ""}, {"중국", "LOCATION:중국", ""}}},
		{"not at word start", "반미국 정서", []hit{}},
		{"alias", "IMF는 마소와", []hit{{"IMF", "ORG:국제통화기금", "는"}, {"마소", "ORG:마이크로소프트", "와"}}},
		{"line break ends word", "미국\n중국", []hit{{"미국", "LOCATION:미국", ""}, {"중국", "LOCATION:중국", ""}}},
		{"empty", "", []hit{}},
		{"final particle cannot be followed", "미국을에서 한국도는 중국이들을", []hit{}},
		{"plural then case", "한국들이 일본하고", []hit{{"한국", "LOCATION:한국", "들이"}, {"일본", "LOCATION:일본", "하고"}}},
		{"demonym is not the place", "한국인 관광객과 미국인들이", []hit{}},
		{"copula after an organisation", "구글인 셈이다 구글이나", []hit{{"구글", "ORG:구글", "인"}, {"구글", "ORG:구글", "이나"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := l.Match(tc.text)
			assert.Equal(t, tc.want, hits(got))
			checkMatches(t, tc.text, got)
		})
	}
}

func TestMatchOverlapLongestWins(t *testing.T) {
	data := "#kextract-lexicon: orgs\n가나 다라\t\t\tother\n다라 마바사\t\t\tother\n마바사 아\t\t\tother\n"
	l, err := New(WithoutDefaults(), WithReader("ov.tsv", strings.NewReader(data)))
	require.NoError(t, err)
	got := l.Match("가나 다라 마바사 아")
	assert.Equal(t, []hit{{"다라 마바사", "ORG:다라 마바사", ""}}, hits(got))
	got = l.Match("가나 다라 마바사")
	assert.Equal(t, []hit{{"다라 마바사", "ORG:다라 마바사", ""}}, hits(got))
}

func checkMatches(t testing.TB, text string, ms []Match) {
	t.Helper()
	prevEnd := 0
	for _, m := range ms {
		if !(m.Start >= prevEnd && m.Start < m.End && m.End <= len(text)) {
			t.Fatalf("bad span %+v (prev end %d, len %d)", m, prevEnd, len(text))
		}
		if text[m.Start:m.End] != m.Surface || !strings.HasPrefix(text[m.End:], m.Josa) || m.Entry == nil {
			t.Fatalf("bad match %+v", m)
		}
		prevEnd = m.End + len(m.Josa)
	}
}

func TestLookup(t *testing.T) {
	l := miniLex(t)
	tests := []struct {
		in, want string // want "" = not found
	}{
		{"마이크로소프트", "ORG:마이크로소프트"},
		{"MS", "ORG:마이크로소프트"},
		{"ms", ""},
		{"microsoft", "ORG:마이크로소프트"},
		{"MICROSOFT CORP", "ORG:마이크로소프트"},
		{"Moor  Insights and Strategy", "ORG:무어인사이트앤스트래티지"},
		{"美", "LOCATION:미국"},
		{" 미국 ", "LOCATION:미국"},
		{"알리바바 그룹", "ORG:알리바바 그룹"},
		{"없는 회사", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			e, ok := l.Lookup(tc.in)
			if tc.want == "" {
				assert.False(t, ok)
				assert.Nil(t, e)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tc.want, e.ID)
			byID, ok := l.ByID(tc.want)
			require.True(t, ok)
			assert.Same(t, e, byID)
		})
	}
	e, _ := l.Lookup("미국")
	assert.Equal(t, &Entry{ID: "LOCATION:미국", Type: TypeLocation, Name: "미국", English: "United States",
		Aliases: []string{"美", "USA", "U.S.", "US", "미합중국"}, Kind: "country"}, e)
	assert.Len(t, l.Entries(), 16)
}

func TestUserFileOverride(t *testing.T) {
	l := miniLex(t, WithFile("testdata/user_orgs.tsv"))
	e, ok := l.Lookup("MSFT")
	require.True(t, ok)
	assert.Equal(t, "Microsoft Corporation", e.English)
	_, ok = l.Lookup("MS") // the override replaced the aliases
	assert.False(t, ok)
	_, ok = l.Lookup("엔비디아")
	assert.True(t, ok)
	assert.Len(t, l.Entries(), 17)
	assert.Equal(t, []hit{{"MSFT", "ORG:마이크로소프트", "는"}}, hits(l.Match("MSFT는")))

	// A later file wins an alias conflict.
	l = miniLex(t, WithFile("testdata/user_alias.tsv"))
	assert.Equal(t, []hit{{"MS", "ORG:모건스탠리", "는"}}, hits(l.Match("MS는")))
	e, _ = l.Lookup("MS")
	assert.Equal(t, "ORG:모건스탠리", e.ID)
	e, _ = l.Lookup("마소")
	assert.Equal(t, "ORG:마이크로소프트", e.ID)
}

func TestUserFileErrors(t *testing.T) {
	tests := []struct{ file, want string }{
		{"testdata/bad.tsv", "testdata/bad.tsv:3: unknown places kind \"metropolis\""},
		{"testdata/bad_fields.tsv", "bad_fields.tsv:2: 3 fields"},
		{"testdata/noheader.tsv", "noheader.tsv:1: no"},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			_, err := New(WithoutDefaults(), WithFile(tc.file))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
			assert.True(t, errors.Is(err, ErrFormat))
		})
	}
	_, err := New(WithoutDefaults(), WithFile("testdata/does-not-exist.tsv"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "does-not-exist.tsv")

	_, err = New(WithoutDefaults(), WithReader("x", strings.NewReader("#kextract-lexicon: nouns\n")))
	require.ErrorIs(t, err, ErrFormat)
	_, err = New(WithoutDefaults(), WithReader("x", strings.NewReader("#kextract-lexicon: orgs\n\tEnglish\n")))
	require.ErrorContains(t, err, "x:2: empty first field")
	_, err = New(WithoutDefaults(), WithReader("x", strings.NewReader("#kextract-lexicon: orgs\n"+strings.Repeat("가", 200)+"\n")))
	require.ErrorContains(t, err, "x:2:")
	_, err = New(WithoutDefaults(), WithReader("x", strings.NewReader("#kextract-lexicon: orgs\n\xff\xfe\n")))
	require.ErrorContains(t, err, "invalid UTF-8")
}

func TestHostileInputs(t *testing.T) {
	l := miniLex(t)
	inputs := []string{
		strings.Repeat("美", 1<<18),
		strings.Repeat("미국 ", 1<<17),
		strings.Repeat("가", 1<<18),
		strings.Repeat("a", 1<<20),
		"x " + strings.Repeat("a", 1<<20),
		strings.Repeat("Moor ", 1<<17),
		strings.Repeat("TD", 1<<18),
		"TD" + strings.Repeat(" ", 1<<20) + "코웬",
		strings.Repeat("\xff", 1<<18),
		"미국" + strings.Repeat("의", 1<<18),
	}
	for i, in := range inputs {
		start := time.Now()
		ms := l.Match(in)
		checkMatches(t, in, ms)
		l.TitlesIn(in)
		l.StripJosa(in)
		l.TitleEndingAt(in, len(in))
		l.OrgSuffix(in)
		l.SplitName(in)
		l.Lookup(in)
		t.Logf("input %d (%d bytes): %d matches in %v", i, len(in), len(ms), time.Since(start))
	}
}

func TestTitles(t *testing.T) {
	l := miniLex(t)
	ti, ok := l.Title("수석  애널리스트")
	require.True(t, ok)
	assert.Equal(t, TitleInfo{"수석 애널리스트", "occupation"}, ti)
	_, ok = l.Title("ceo")
	assert.False(t, ok, "short capitals are case-sensitive")
	_, ok = l.Title("CEO")
	assert.True(t, ok)

	got := l.TitlesIn("컨설팅 기업의 수석 애널리스트 앨빈 응우옌은 회장과 전문가들이 말했다 씨는")
	var s []string
	for _, m := range got {
		s = append(s, m.Surface+"/"+m.Title.Kind+"/"+m.Josa)
	}
	assert.Equal(t, []string{"수석 애널리스트/occupation/", "회장/position/과", "전문가들/group/이", "씨/honorific/는"}, s)

	tests := []struct {
		text      string
		want      string
		wordStart bool
	}{
		{"MS 부회장", "부회장", true},
		{"전자부회장", "부회장", false},
		{"그는 수석 애널리스트", "수석 애널리스트", true},
		{"그는 수석  애널리스트", "수석  애널리스트", true},
		{"회장", "회장", true},
		{"사장", "", false},
	}
	for _, tc := range tests {
		m, ok := l.TitleEndingAt(tc.text, len(tc.text))
		if tc.want == "" {
			assert.False(t, ok, tc.text)
			continue
		}
		require.True(t, ok, tc.text)
		assert.Equal(t, tc.want, m.Surface, tc.text)
		assert.Equal(t, tc.wordStart, m.WordStart, tc.text)
		assert.Equal(t, tc.text[m.Start:m.End], m.Surface)
	}
	_, ok = l.TitleEndingAt("회장", 1) // not a rune boundary
	assert.False(t, ok)
	_, ok = l.TitleEndingAt("회장", 99)
	assert.False(t, ok)
}

func TestStripJosa(t *testing.T) {
	l := miniLex(t)
	tests := []struct{ in, stem, josa string }{
		{"오픈AI에서는", "오픈AI", "에서는"},
		{"미국과의", "미국", "과의"},
		{"MS가", "MS", "가"},
		{"전문가들이라고", "전문가", "들이라고"},
		{"천안을에서", "천안을", "에서"},
		{"가", "가", ""},
		{"미국", "미국", ""},
		{"", "", ""},
		{"AI", "AI", ""},
	}
	for _, tc := range tests {
		stem, josa := l.StripJosa(tc.in)
		assert.Equal(t, tc.stem, stem, tc.in)
		assert.Equal(t, tc.josa, josa, tc.in)
	}
	k, ok := l.IsJosa("에서")
	assert.True(t, ok)
	assert.Equal(t, "locative", k)
	assert.True(t, l.IsJosaSequence("에서는"))
	assert.False(t, l.IsJosaSequence("산"))
}

func TestSmallTables(t *testing.T) {
	l := miniLex(t)
	assert.True(t, l.IsSurname("남궁"))
	assert.False(t, l.IsSurname("궁"))
	sur, given, ok := l.SplitName("남궁민수")
	assert.True(t, ok)
	assert.Equal(t, []string{"남궁", "민수"}, []string{sur, given})
	_, _, ok = l.SplitName("김")
	assert.False(t, ok)

	k, ok := l.Verb("분석했다")
	assert.True(t, ok)
	assert.Equal(t, "analysis", k)
	_, ok = l.Verb("먹었다")
	assert.False(t, ok)

	suf, kind, ok := l.OrgSuffix("서울대학교")
	assert.True(t, ok)
	assert.Equal(t, []string{"대학교", "university"}, []string{suf, kind})
	suf, _, ok = l.OrgSuffix("알리바바 그룹")
	assert.True(t, ok)
	assert.Equal(t, "그룹", suf)
	_, _, ok = l.OrgSuffix("그룹")
	assert.False(t, ok, "suffix must leave a prefix")
}

func TestDefaultShared(t *testing.T) {
	a, err := Default()
	require.NoError(t, err)
	b, err := New()
	require.NoError(t, err)
	assert.Same(t, a, b)
}

func TestConcurrentUse(t *testing.T) {
	l := miniLex(t)
	done := make(chan []Match, 4)
	for range 4 {
		go func() { done <- l.Match("오픈AI는 미국과 MS의") }()
	}
	for range 4 {
		assert.Len(t, <-done, 3)
	}
}

// TestStripJosaChoiceNotStacked: 이든 takes no case or topic particle after
// it, so a name ending in 이든 keeps it (바이든은, 조 바이든이), while 이든
// and 이든지 alone are still particles.
func TestStripJosaChoiceNotStacked(t *testing.T) {
	l, err := Default()
	require.NoError(t, err)
	tests := []struct{ in, stem, josa string }{
		{"바이든은", "바이든", "은"},
		{"바이든이", "바이든", "이"},
		{"바이든의", "바이든", "의"},
		{"책이든", "책", "이든"},
		{"무엇이든지", "무엇", "이든지"},
		{"것이라고", "것", "이라고"},
	}
	for _, tc := range tests {
		stem, josa := l.StripJosa(tc.in)
		assert.Equal(t, tc.stem, stem, tc.in)
		assert.Equal(t, tc.josa, josa, tc.in)
	}
}
