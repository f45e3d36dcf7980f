package lexicon

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDerive(t *testing.T) {
	l, err := Default()
	require.NoError(t, err)
	type want struct{ id, kind, base, suffix string }
	tests := []struct {
		word string
		want *want // nil: not a derived name
	}{
		// a province alias takes the province's full name
		{"충남도의회", &want{"ORG:충청남도의회", "government", "충청남도", "도의회"}},
		{"충남도의회는", &want{"ORG:충청남도의회", "government", "충청남도", "도의회"}},
		{"충청남도의회", &want{"ORG:충청남도의회", "government", "충청남도", "의회"}},
		{"충남도교육청", &want{"ORG:충청남도교육청", "government", "충청남도", "도교육청"}},
		{"충남교육청", &want{"ORG:충청남도교육청", "government", "충청남도", "교육청"}},
		{"충남경찰청에", &want{"ORG:충청남도경찰청", "government", "충청남도", "경찰청"}},
		{"경북소방본부", &want{"ORG:경상북도소방본부", "government", "경상북도", "소방본부"}},
		// cities, counties and districts take their unit
		{"천안시의회", &want{"ORG:천안시의회", "government", "천안", "시의회"}},
		{"천안시청에서", &want{"ORG:천안시청", "government", "천안", "시청"}},
		{"홍성군청", &want{"ORG:홍성군청", "government", "홍성", "군청"}},
		{"홍성군의회", &want{"ORG:홍성군의회", "government", "홍성", "군의회"}},
		{"서울시의회", &want{"ORG:서울시의회", "government", "서울", "시의회"}},
		{"대구시청", &want{"ORG:대구시청", "government", "대구", "시청"}}, // 대구 is no 대 + 구
		{"강남구청", &want{"ORG:강남구청", "government", "강남", "구청"}},
		// courts, prosecutors, police: abbreviations take the full form
		{"대전지법", &want{"ORG:대전지방법원", "court", "대전", "지법"}},
		{"대전지방법원은", &want{"ORG:대전지방법원", "court", "대전", "지방법원"}},
		{"대전고법", &want{"ORG:대전고등법원", "court", "대전", "고법"}},
		{"창원지검", &want{"ORG:창원지방검찰청", "government", "창원", "지검"}},
		{"통영지청", &want{"ORG:통영지청", "government", "통영", "지청"}},
		{"보령경찰서", &want{"ORG:보령경찰서", "government", "보령", "경찰서"}},
		{"부산상의", &want{"ORG:부산상공회의소", "association", "부산", "상의"}},
		{"부산세관은", &want{"ORG:부산세관", "government", "부산", "세관"}},
		{"천안교육지원청", &want{"ORG:천안교육지원청", "government", "천안", "교육지원청"}},
		{"홍성군교육지원청", &want{"ORG:홍성군교육지원청", "government", "홍성", "군교육지원청"}},
		{"서울지방변호사회", &want{"ORG:서울지방변호사회", "association", "서울", "지방변호사회"}},
		// a derived name that is listed is its entry
		{"서울중앙지법", &want{"ORG:서울중앙지방법원", "court", "", ""}},
		// groups and acronyms with a line of business
		{"삼성항공", &want{"ORG:삼성항공", "company", "", ""}},
		{"GS홈쇼핑", &want{"ORG:GS홈쇼핑", "company", "GS그룹", "홈쇼핑"}},
		{"롯데홈쇼핑을", &want{"ORG:롯데홈쇼핑", "company", "롯데그룹", "홈쇼핑"}},
		{"두산건설", &want{"ORG:두산건설", "company", "두산그룹", "건설"}},
		// facilities named after a place are places
		{"대구역", &want{"LOCATION:대구역", "landmark", "대구", "역"}},
		{"군산항에서", &want{"LOCATION:군산항", "landmark", "군산", "항"}},
		{"해운대해수욕장", &want{"LOCATION:해운대해수욕장", "landmark", "해운대", "해수욕장"}},
		{"부산역", &want{"LOCATION:부산역", "landmark", "", ""}},      // listed
		{"성주읍에서", &want{"LOCATION:성주읍", "landmark", "성주", "읍"}}, // the seat of 성주군
		{"도읍", nil},  // a capital, no place's town
		{"지역", nil},  // area
		{"무역", nil},  // trade
		{"반항", nil},  // resistance
		{"인도항", nil}, // a country is no base
		// common nouns ending in the same syllables
		{"도청", nil},     // wiretapping
		{"시청", nil},     // viewing
		{"시청률", nil},    // ratings
		{"불법도청", nil},   // illegal wiretapping
		{"재건설", nil},    // rebuilding
		{"은행", nil},     // a bank
		{"지방법원", nil},   // a district court, unnamed
		{"경찰서", nil},    // a police station
		{"상의", nil},     // a top (clothing)
		{"교대", nil},     // a shift
		{"건설", nil},     // construction
		{"전자", nil},     // electronic
		{"미국은행", nil},   // a country is no base
		{"한국전자", nil},   // 한국 is a country
		{"기아건설", nil},   // 기아 is no group
		{"충남지사", nil},   // a title: the governor
		{"서울시장", nil},   // a title: the mayor
		{"천안시청률", nil},  // the suffix must end the word
		{"gs홈쇼핑", nil},  // an acronym base is written in capitals
		{"충남 도의회", nil}, // two words
		{"대전지법(", nil},  // not a bare word
		{"", nil},
	}
	for _, tc := range tests {
		t.Run(tc.word, func(t *testing.T) {
			d, ok := l.Derive(tc.word)
			if tc.want == nil {
				assert.False(t, ok, "%+v", d)
				return
			}
			if tc.want.base == "" {
				// listed: Derive says no, Match finds the entry itself
				ms := l.Match(tc.word)
				require.Len(t, ms, 1)
				assert.Equal(t, tc.want.id, ms[0].Entry.ID)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tc.want.id, d.Entry.ID)
			typ := TypeOrg
			if tc.want.kind == "landmark" {
				typ = TypeLocation
			}
			assert.Equal(t, typ, d.Entry.Type)
			assert.Equal(t, tc.want.kind, d.Entry.Kind)
			assert.Equal(t, tc.want.base, d.Base.Name)
			assert.Equal(t, tc.want.suffix, d.Suffix)
		})
	}
}

func TestMatchDerived(t *testing.T) {
	l, err := Default()
	require.NoError(t, err)
	text := "충남도의회는 대전지법에 천안시청과 GS홈쇼핑을 고발했다. 도청 의혹에 시청률이 올랐고 충남과 천안에서는 은행이 문을 닫았다."
	ms := l.Match(text)
	checkMatches(t, text, ms)
	type got struct{ surface, id, josa string }
	var all []got
	for _, m := range ms {
		all = append(all, got{m.Surface, m.Entry.ID, m.Josa})
		if m.Derived != nil && m.Surface != m.Entry.Name {
			assert.Contains(t, m.Entry.Aliases, m.Surface, "the written form is an alias of the derived name")
		}
	}
	assert.Equal(t, []got{
		{"충남도의회", "ORG:충청남도의회", "는"},
		{"대전지법", "ORG:대전지방법원", "에"},
		{"천안시청", "ORG:천안시청", "과"},
		{"GS홈쇼핑", "ORG:GS홈쇼핑", "을"},
		{"충남", "LOCATION:충청남도", "과"},
		{"천안", "LOCATION:천안", "에서는"},
	}, all)
}

func TestDerivTableFitsCandidates(t *testing.T) {
	// cand.deriv holds a suffix index in 16 bits
	assert.Less(t, len(newDerivTable().sufs), math.MaxInt16)
}
