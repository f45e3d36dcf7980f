package entity

import (
	"strings"
	"testing"

	"github.com/kextract/kextract/lexicon"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeNames is a Names of a few surnames, Korean full names and lexicon
// entries, enough for the tests to read like the articles they come from.
type fakeNames struct {
	surnames, korean map[string]bool
	entries          map[string]*lexicon.Entry
}

func (n fakeNames) IsSurname(w string) bool    { return n.surnames[w] }
func (n fakeNames) IsKoreanName(w string) bool { return n.korean[w] }
func (n fakeNames) Lookup(w string) (*lexicon.Entry, bool) {
	e, ok := n.entries[w]
	return e, ok
}

var testNames = fakeNames{
	surnames: map[string]bool{"하": true, "한": true, "김": true},
	korean:   map[string]bool{"하성용": true, "한광석": true, "김민수": true, "김영희": true},
}

// article builds a Set from text: each item is an entity and the forms to
// mention it by, found in text in order, each after the one before (of
// the same item or the item before).
type item struct {
	e     *Entity
	forms []string
}

func article(t *testing.T, text string, items ...item) *Set {
	t.Helper()
	var s Set
	from := 0
	for _, it := range items {
		s.Append(it.e)
		for _, f := range it.forms {
			i := strings.Index(text[from:], f)
			require.GreaterOrEqual(t, i, 0, "%q not in the text after %d", f, from)
			s.Add(it.e, Span{Start: from + i, End: from + i + len(f)}, 0)
			from += i + len(f)
		}
	}
	return &s
}

// named returns a person of the given name words, unmentioned.
func named(role string, parts ...string) *Entity {
	return &Entity{Type: Person, Name: strings.Join(parts, " "), Role: role, Parts: parts}
}

func TestLinkPeople(t *testing.T) {
	t.Run("surname and title join the one full name", func(t *testing.T) {
		text := "한국항공우주산업 하성용 전 사장이 구속됐다. 하 전 사장은 혐의를 부인했다. 하 전 사장의 변호인은"
		full, s1, s2 := named("전 사장", "하성용"), named("전 사장", "하"), named("전 사장", "하")
		s := article(t, text, item{full, []string{"하성용"}}, item{s1, []string{"하 전 사장은"}}, item{s2, []string{"하 전 사장의"}})
		s.Link(text, testNames)
		assert.Equal(t, []*Entity{full}, s.All())
		assert.Len(t, full.Mentions, 3)
	})
	t.Run("two full names of one surname: the same title decides", func(t *testing.T) {
		text := "김민수 의원과 김영희 장관이 만났다. 김 장관은 말했다."
		minsu, younghee, short := named("의원", "김민수"), named("장관", "김영희"), named("장관", "김")
		s := article(t, text, item{minsu, []string{"김민수"}}, item{younghee, []string{"김영희"}}, item{short, []string{"김 장관"}})
		s.Link(text, testNames)
		assert.Len(t, younghee.Mentions, 2)
		assert.Len(t, minsu.Mentions, 1)
	})
	t.Run("a surname with no full name is one person", func(t *testing.T) {
		text := "한 단장은 말했다. 한 단장은 덧붙였다."
		a, b := named("단장", "한"), named("단장", "한")
		s := article(t, text, item{a, []string{"한 단장"}}, item{b, []string{"한 단장"}})
		s.Link(text, testNames)
		assert.Len(t, s.All(), 1)
	})
	t.Run("a family name alone joins the foreign name it ends", func(t *testing.T) {
		text := "카린 장-피에르 대변인은 말했다. 피에르 대변인은"
		full, fam := named("대변인", "카린", "장-피에르"), named("대변인", "피에르")
		s := article(t, text, item{full, []string{"카린 장-피에르"}}, item{fam, []string{"피에르 대변인"}})
		s.Link(text, testNames)
		assert.Equal(t, []*Entity{full}, s.All())
	})
	t.Run("a name given family name first comes back with a title", func(t *testing.T) {
		text := "아베 신조 총리가 방문했다. 아베 총리는 말했다."
		full, short := named("총리", "아베", "신조"), named("총리", "아베")
		s := article(t, text, item{full, []string{"아베 신조"}}, item{short, []string{"아베 총리"}})
		s.Link(text, testNames)
		assert.Equal(t, []*Entity{full}, s.All())
	})
	t.Run("another surname stays apart", func(t *testing.T) {
		text := "하성용 전 사장과 김 대표가 만났다."
		full, other := named("전 사장", "하성용"), named("대표", "김")
		s := article(t, text, item{full, []string{"하성용"}}, item{other, []string{"김 대표"}})
		s.Link(text, testNames)
		assert.Len(t, s.All(), 2)
	})
}

func TestLinkAbbreviations(t *testing.T) {
	text := "중앙선거관리위원회는 보도자료를 냈다. 선관위는 의혹을 부인했다."
	full := &Entity{Type: Org, Name: "중앙선거관리위원회"}
	short := &Entity{Type: Org, Name: "선관위"}
	s := article(t, text, item{full, []string{"중앙선거관리위원회"}}, item{short, []string{"선관위"}})
	s.Link(text, testNames)
	assert.Equal(t, []*Entity{full}, s.All())

	// the short form first: not linked
	text = "선관위는 의혹을 부인했다. 중앙선거관리위원회는 보도자료를 냈다."
	full = &Entity{Type: Org, Name: "중앙선거관리위원회"}
	short = &Entity{Type: Org, Name: "선관위"}
	s = article(t, text, item{short, []string{"선관위"}}, item{full, []string{"중앙선거관리위원회"}})
	s.Link(text, testNames)
	assert.Len(t, s.All(), 2)
}

func TestLinkSessions(t *testing.T) {
	tests := []struct {
		text, session, body string
		merged              bool
	}{
		{"국회는 정기국회 일정에 합의했다", "정기국회", "국회", true},
		{"의회는 임시의회를 열었다", "임시의회", "의회", true},
		{"정기국회가 끝났다 국민의힘", "정기국회", "국민의힘", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			body := &Entity{Type: Org, Name: tt.body}
			sess := &Entity{Type: Org, Name: tt.session}
			var s Set
			s.Append(body, sess)
			bi := strings.Index(tt.text, tt.body)
			s.Add(body, Span{Start: bi, End: bi + len(tt.body)}, 0)
			si := strings.Index(tt.text, tt.session)
			s.Add(sess, Span{Start: si, End: si + len(tt.session)}, 0)
			s.linkSessions()
			if tt.merged {
				assert.Empty(t, sess.Type, "the sitting is merged away")
				assert.Len(t, body.Mentions, 2)
			} else {
				assert.Equal(t, Org, sess.Type)
				assert.Len(t, body.Mentions, 1)
			}
		})
	}
}

// TestLinkAliases: a place the tagger found under another of its names
// (대한민국) joins the lexicon's entity (한국), one entity for one country.
func TestLinkAliases(t *testing.T) {
	korea := &lexicon.Entry{ID: "kr", Type: Location, Name: "한국"}
	names := testNames
	names.entries = map[string]*lexicon.Entry{"한국": korea, "대한민국": korea}
	text := "한국 정부와 대한민국 국회와 서울"
	lexEnt := &Entity{Type: Location, Name: "한국", Entry: korea}
	tagged := &Entity{Type: Location, Name: "대한민국"}
	other := &Entity{Type: Location, Name: "서울"}
	s := article(t, text, item{lexEnt, []string{"한국"}}, item{tagged, []string{"대한민국"}}, item{other, []string{"서울"}})
	s.Link(text, names)
	assert.Equal(t, []*Entity{lexEnt, other}, s.All())
	assert.Len(t, lexEnt.Mentions, 2)
}

func TestLinkPlaceForms(t *testing.T) {
	tests := []struct {
		name, text  string
		long, short string
		merged      bool
	}{
		{"the word for the kind of place", "후쿠시마현 주민들이 대피했다. 후쿠시마에는 비가 내렸다.", "후쿠시마현", "후쿠시마", true},
		{"with and without a space", "광화문 광장에 모였다. 광화문광장은 붐볐다.", "광화문 광장", "광화문광장", true},
		{"one syllable is too short", "시흥시 주민과 시 당국", "시흥시", "시", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			long := &Entity{Type: Location, Name: tt.long}
			short := &Entity{Type: Location, Name: tt.short}
			s := article(t, tt.text, item{long, []string{tt.long}}, item{short, []string{tt.short}})
			s.linkPlaceForms(tt.text)
			assert.Equal(t, tt.merged, long.Type == "" || short.Type == "", "one of the two merged into the other")
			if tt.merged {
				assert.Len(t, append(long.Mentions, short.Mentions...), 2)
			}
		})
	}
}
