package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAppositiveNames(t *testing.T) {
	for _, tc := range []struct {
		text, name, typ string
		found           bool
	}{
		{"피해자는 충북의 한 장애인보호센터인 충주성심맹아원에서 생활하고 있다.", "충주성심맹아원", TypeOrg, true},
		{"마지막 공동주자인 디니거얼 이라무장과 다른 주자가 성화를 꽂았다.", "디니거얼 이라무장", TypePerson, true},
		{"시위대는 중앙 광장인 «알라-토»까지 도보로 행진할 계획이다.", "알라-토", TypeLocation, true},
		{"이 사태의 시작은 틱톡 스타인 벨라 포치(Bella Poarch, 19세)가 올린 사진이다.", "벨라 포치", TypePerson, true},
		// a particle in a longer word is no first name
		{"걸그룹 멤버인 전효성의 개인정보가 유출됐다.", "전효성의 개인정보", TypePerson, false},
		{"비행기는 다게스탄 공화국의 수도인 마하치칼라로 향하던 중이었다.", "마하치칼라", TypeLocation, true},
		// a title, not a name: the holder is not named
		{"권한은 소속기관인 중앙소방학교장에게 위임된다.", "중앙소방학교장", TypeOrg, false},
		// a common noun after the kind noun
		{"그들이 모인 장소인 곳에서 이런 일이 일어났다.", "곳", TypeLocation, false},
		// 로 ends the first word of a two-word name before a place
		{"캐나다의 발전회사인 하이드로 토론토는 정전을 겪었다.", "하이드", TypeOrg, false},
		// where the name ends is not known: no entity is made of the first word
		{"잠수함 전문가인 문근식 한국 국방 안보 포럼 대외 협력 국장은 말했다.", "문근식 한국", TypePerson, false},
	} {
		doc := extractText(t, tc.text)
		checkSpans(t, tc.text, doc)
		got := false
		for _, e := range doc.Entities {
			if e.Type == tc.typ && e.Name == tc.name {
				got = true
			}
		}
		assert.Equal(t, tc.found, got, tc.text)
	}
}

func TestQuotedAppositiveRepeats(t *testing.T) {
	// a name in quotation marks after a kind noun is its own form wherever
	// the article writes it again
	text := "시위대는 중앙 광장인 «알라-토»까지 행진할 계획이다. 오후 4시에 «알라-토» 광장을 비롯한 곳에서 집회가 열린다."
	doc := extractText(t, text)
	n := 0
	for _, e := range doc.Entities {
		if e.Name == "알라-토" {
			assert.Equal(t, TypeLocation, e.Type)
			n = len(e.Mentions)
		}
	}
	assert.Equal(t, 2, n)
}

func TestAppositiveKindsFitTheirBound(t *testing.T) {
	// appositiveKind reads at most maxKindSyllables of a kind noun: a
	// longer key could never match
	for k := range appositiveKinds {
		assert.LessOrEqual(t, syllables(k), maxKindSyllables, k)
	}
}
