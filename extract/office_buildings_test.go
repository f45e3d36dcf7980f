package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestOfficeBuildings(t *testing.T) {
	for _, tc := range []struct {
		text, name, typ string
	}{
		// every mention is of the place where something happens
		{"12일 밤 경북 성주군청 앞마당에서는 집회가 열렸다. 시민들은 성주군청에서 반대를 요구했다.", "성주군청", TypeLocation},
		{"노동조합은 서울시청 인근에서 사전대회를 열었다.", "서울시청", TypeLocation},
		// one mention has the office act: the body
		{"시민들은 성주군청 앞에서 모였다. 성주군청은 이날 입장을 밝혔다.", "성주군청", TypeOrg},
		{"천안시청은 대책을 발표했다.", "천안시청", TypeOrg},
	} {
		doc := extractText(t, tc.text)
		got := ""
		for _, e := range doc.Entities {
			if e.Name == tc.name {
				got = e.Type
			}
		}
		assert.Equal(t, tc.typ, got, tc.text)
	}
}

func TestLocativeAfter(t *testing.T) {
	for _, tc := range []struct {
		rest string
		want bool
	}{
		{"에서 열렸다", true}, {"앞에서는", true}, {" 앞마당에서", true}, {" 인근에서", true}, {"로", true},
		{"은 밝혔다", false}, {"로부터", false}, {" 관계자는", false}, {"에서의", false}, {"", false},
	} {
		a := &analysis{x: testExtractor(t), clean: "청" + tc.rest}
		assert.Equal(t, tc.want, a.locativeAfter(len("청")), tc.rest)
	}
}
