package lexicon

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

func FuzzMatch(f *testing.F) {
	for _, s := range []string{
		"오픈AI는 MS가 미국과의", "韓美日中 美는", "Moor Insights and Strategies의", "TD    코웬",
		"알리바바 그룹은 Alibaba Groups", "U.S.와 MSCI", "\xff\xfe미국", "美", "사과 사", "",
		"(MS)·“미국”/유럽-중국", strings.Repeat("美", 50), "a\u3000b\u00a0미국", "오픈AI\x940",
		"x " + strings.Repeat("a", 100) + " b", "김 씨는",
		"충남도의회는 대전지법에 천안시청과 GS홈쇼핑을", "충청남도의회 서울시의회 천안시경찰서", "부산상의\xff",
	} {
		f.Add(s)
	}
	mini := miniLex(f)
	def, err := Default()
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, text string) {
		for _, m := range def.Match(text) {
			if d := m.Derived; d != nil {
				// a derived name: the suffix ends the span, the ID is type and name
				require.Same(t, d.Entry, m.Entry)
				require.True(t, strings.HasSuffix(m.Surface, d.Suffix) && len(d.Suffix) < len(m.Surface))
				require.Contains(t, []string{TypeOrg, TypeLocation}, m.Entry.Type)
				require.Equal(t, m.Entry.Type+":"+m.Entry.Name, m.Entry.ID)
			}
		}
		checkMatches(t, text, def.Match(text))
		l := mini
		ms := l.Match(text)
		checkMatches(t, text, ms)
		for _, m := range ms {
			require.True(t, utf8.RuneStart(text[m.Start]))
			require.True(t, utf8.ValidString(m.Surface))
		}
		for _, tm := range l.TitlesIn(text) {
			require.Equal(t, text[tm.Start:tm.End], tm.Surface)
		}
		if len(text) > 0 {
			if tm, ok := l.TitleEndingAt(text, len(text)); ok {
				require.Equal(t, text[tm.Start:tm.End], tm.Surface)
			}
		}
		stem, josa := l.StripJosa(text)
		require.Equal(t, text, stem+josa)
		if josa != "" {
			require.NotEmpty(t, stem)
		}
	})
}

func FuzzParseFile(f *testing.F) {
	f.Add("#kextract-lexicon: orgs\n마이크로소프트\tMicrosoft\tMS|마소\tcompany\n")
	f.Add("#kextract-lexicon: places\n미국\t\t\tcountry\n\n# c\n")
	f.Add("#kextract-lexicon: josa\n는\n")
	f.Add("\t\t\t\t\n")
	f.Fuzz(func(t *testing.T, data string) {
		kind, recs, err := ParseFile("f.tsv", strings.NewReader(data), "")
		if err != nil {
			require.Nil(t, recs)
			return
		}
		for _, r := range recs {
			require.NotEmpty(t, r.Fields)
			require.NotEmpty(t, r.Fields[0])
			require.LessOrEqual(t, len(r.Fields), fileColumns[kind])
		}
		// Whatever parses must also build.
		_, err = New(WithoutDefaults(), WithReader("f.tsv", strings.NewReader(data)))
		require.NoError(t, err)
	})
}
