package extract

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRegnalEnd(t *testing.T) {
	x := testExtractorNoModel(t)
	tests := []struct {
		text, name, want string
	}{
		{"엘리자베스 2세가 리즈 트러스를 만났다", "엘리자베스", "엘리자베스 2세"},
		{"베네딕토 16세는 사임했다", "베네딕토", "베네딕토 16세"},
		{"요한 바오로 2세의 방한", "요한 바오로", "요한 바오로 2세"},
		{"엘리자베스 2세", "엘리자베스", "엘리자베스 2세"},
		// an age, not a number of a reign
		{"김철수 3세 때", "김철수", "김철수"},
		// no regnal number: more digits, a noun after it, no space, zero
		{"엘리자베스 2세기", "엘리자베스", "엘리자베스"},
		{"엘리자베스 123세", "엘리자베스", "엘리자베스"},
		{"엘리자베스2세", "엘리자베스", "엘리자베스"},
		{"엘리자베스 0세", "엘리자베스", "엘리자베스"},
		{"엘리자베스 2", "엘리자베스", "엘리자베스"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			a, start, end := spanIn(t, x, tt.text, tt.name)
			end = a.regnalEnd(start, end)
			assert.Equal(t, tt.want, tt.text[start:end])
		})
	}
}

func TestPlaceLoanword(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"마린시티", true}, {"부산 마린시티", true}, {"차이나타운", true}, {"디즈니랜드", true},
		{"시티", false}, {"랜드", false}, {"마이클 잭슨", false}, {"해운대", false},
	} {
		assert.Equal(t, tt.want, placeLoanword(tt.name), tt.name)
	}
}

func TestAdminPlace(t *testing.T) {
	a := &analysis{x: testExtractor(t)}
	for name, want := range map[string]bool{
		"자를란트 주": true, "베이징시": true, "이시카와현": true, "허난 省": true,
		"김지현": false, "이승현": false, "카카오택시": false, "엘리트주": false, "마이클 잭슨": false, "주": false,
	} {
		assert.Equal(t, want, a.adminPlace(name), name)
	}
}

func TestCommitteeShortForm(t *testing.T) {
	for name, want := range map[string]bool{"윤리위": true, "비대위": true, "최고위": true, "김위": false, "윤리위원회": false, "마이클 위": false} {
		assert.Equal(t, want, committeeShortForm(name), name)
	}
	doc := extractText(t, "최고위가 윤리위를 열지 않고 징계를 결정했다.")
	for _, e := range doc.Entities {
		assert.NotEqual(t, TypePerson, e.Type, e.Name)
	}
}

func TestSurnameOfAUnit(t *testing.T) {
	// 주 before a title is a state's (자를란트 주 총리) unless the article
	// names a person of that surname; the rules decide it, without the
	// tagger
	x, err := New(WithModel(false))
	require.NoError(t, err)
	doc, err := x.Extract(context.Background(), Input{Text: "크람프-카렌바우어 자를란트 주 총리는 반대했다."})
	require.NoError(t, err)
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			assert.NotContains(t, m.Text, "주 총리", e.Name)
		}
	}
	doc, err = x.Extract(context.Background(), Input{Text: "주호영 원내대표는 반대했다. 주 원내대표는 이어 말했다."})
	require.NoError(t, err)
	var found bool
	for _, e := range doc.Entities {
		if e.Name == "주호영" {
			found = true
			assert.Len(t, e.Mentions, 2, "주 원내대표 is 주호영")
		}
	}
	assert.True(t, found)
}

// TestGlossedName checks that a name in Hangul followed by its Chinese
// characters, one per syllable, and a title is a person, whatever the
// dictionary says of the Hangul word.
func TestGlossedName(t *testing.T) {
	x := testExtractorNoModel(t)
	tests := []struct {
		text, person, role string
	}{
		{"중국 도서정기간행물연합 양무즈(楊牧之) 회장은 \"사전이 시급하다\"고 말했다.", "양무즈", "회장"},
		{"허우한민(侯漢敏) 대변인은 피해자가 많다고 밝혔다.", "허우한민", "대변인"},
	}
	for _, tt := range tests {
		t.Run(tt.person, func(t *testing.T) {
			doc, err := x.Extract(context.Background(), Input{Text: tt.text})
			require.NoError(t, err)
			var found *Entity
			for i := range doc.Entities {
				if doc.Entities[i].Type == TypePerson && doc.Entities[i].Name == tt.person {
					found = &doc.Entities[i]
				}
			}
			require.NotNil(t, found, "%+v", doc.Entities)
			assert.Contains(t, found.Role, tt.role)
		})
	}
	// a place glossed the same way before a word that is no title stays no person
	doc, err := x.Extract(context.Background(), Input{Text: "성주(星州) 참외가 유명하다."})
	require.NoError(t, err)
	for _, e := range doc.Entities {
		assert.NotEqual(t, TypePerson, e.Type, e.Name)
	}
}

// TestRegnalPeople checks that a transliterated name and a regnal number
// make a person without the tagger, with a title after it as the role,
// and that the number is no age; a Korean name and its age stay apart.
func TestRegnalPeople(t *testing.T) {
	tests := []struct {
		text, person, role string
		ages               []string // amounts that remain
	}{
		{"취임식 때 알현하였던 엘리자베스 2세가 트러스를 만났다.", "엘리자베스 2세", "", nil},
		{"영국의 엘리자베스 2세 여왕이 서거했다.", "엘리자베스 2세", "여왕", nil},
		{"베네딕토 16세는 사임했다.", "베네딕토 16세", "", nil},
		{"김철수 3세 때 이사했다.", "", "", []string{"3세"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			doc := extractText(t, tt.text)
			checkSpans(t, tt.text, doc)
			var ages []string
			for _, am := range doc.Amounts {
				ages = append(ages, am.Text)
			}
			assert.Equal(t, tt.ages, ages)
			if tt.person == "" {
				assert.Nil(t, entityNamed(doc, "김철수 3세"))
				return
			}
			e := entityNamed(doc, tt.person)
			require.NotNil(t, e, "%+v", doc.Entities)
			assert.Equal(t, TypePerson, e.Type)
			assert.Equal(t, tt.role, e.Role)
		})
	}
}

func TestKoreanFullNameIsOneWord(t *testing.T) {
	// a Korean full name is one word: the word before it is a party, a
	// firm or an epithet, not a given name
	for _, tc := range []struct{ text, want, notWant string }{
		{"새정연 박영선 원내대표는 반대했다.", "박영선", "새정연 박영선"},
		{"두잇서베이 최종기 대표는 말했다.", "최종기", "두잇서베이 최종기"},
		{"버락 오바마 대통령이 말했다.", "버락 오바마", "오바마"},
	} {
		doc := extractText(t, tc.text)
		names := map[string]bool{}
		for _, e := range doc.Entities {
			names[e.Name] = true
		}
		assert.True(t, names[tc.want], "%s: %v", tc.text, names)
		assert.False(t, names[tc.notWant], "%s: %v", tc.text, names)
		checkSpans(t, tc.text, doc)
	}
}
