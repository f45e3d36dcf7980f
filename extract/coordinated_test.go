package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCoordinatedPeople checks that a name joined by 과/와 to a person is
// a person too, in chains, and that verb endings, plurals, titles and the
// 카와 of Japanese family names are not taken for coordinations.
func TestCoordinatedPeople(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // people that must be found
		not      []string // no entity has these names
	}{
		{"after a person", "리더 아이린은 모델이 됐다. 아이린과 슬기는 잡지의 커버 모델이 됐다.", []string{"아이린", "슬기"}, nil},
		{"before a person", "KIA의 로페즈와 김희걸에게 홈런을 쳤다.", []string{"김희걸", "로페즈"}, nil},
		{"a chain of coordinations", "리더 아이린은 모델이 됐다. 아이린과 슬기는 유닛을 만들었다. 이후 슬기와 예리는 화보를 찍었다.", []string{"슬기", "예리"}, nil},
		{"a plural is no name", "리더 아이린은 모델이 됐다. 아이린과 팬들은 함께 웃었다.", []string{"아이린"}, []string{"팬들", "팬"}},
		{"a modifier of a noun after it", "리더 아이린은 모델이 됐다. 아이린과 조이 사인회가 열렸다.", []string{"아이린"}, []string{"조이"}},
		{"a verb ending is no particle", "김철수 대표는 제안했으나 거절당했다. 그러나 김철수 대표는 웃었다.", []string{"김철수"}, []string{"제안했으", "그러"}},
		{"a title in one word", "캐서린 에슈턴 외무·안보 고위대표와 자바드 자리프 이란 외무장관이 발표했다.", []string{"자바드 자리프"}, []string{"고위대표"}},
		{"a Japanese family name in 카와", "토시노 쿄코 씨와 요시카와 치나츠로 구성된 오락부가 있다.", nil, []string{"치나츠"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := extractText(t, tt.in)
			checkSpans(t, tt.in, doc)
			for _, name := range tt.want {
				e := entityNamed(doc, name)
				if assert.NotNil(t, e, "%s in %+v", name, doc.Entities) {
					assert.Equal(t, TypePerson, e.Type, name)
				}
			}
			for _, e := range doc.Entities {
				assert.NotContains(t, tt.not, e.Name, "%s %s", e.Type, e.Name)
			}
		})
	}
}
