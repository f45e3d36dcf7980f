package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// An age in brackets after a person's name is a quantity in 세; other
// numbers in brackets are not ages.
func TestAges(t *testing.T) {
	tests := []struct {
		text string
		ages []string // "text=value" of the 세 amounts, in order
	}{
		{"경찰은 김모(43)씨를 불러 조사했다.", []string{"43=43"}},
		{"박모(36·여·과천)씨의 딸이 발견됐다.", []string{"36=36"}},
		{"이대영(53) 서울시 부교육감은 말했다.", []string{"53=53"}},
		{"김모 씨(38)가 폭행 혐의로 입건됐다.", []string{"38=38"}},
		{"A(34)씨는 혐의를 부인했다.", []string{"34=34"}},
		{"고등학생 오모 군(18)이 쓴 게시물이다.", []string{"18=18"}},
		{"기관사 오 모씨(41)는 눈치채지 못했다.", []string{"41=41"}},
		{"조 행정관은 안전행정부 김모(49) 국장에게서 들었다.", []string{"49=49"}},
		{"경찰은 박씨의 딸(32)과 운전기사(45·여)를 조사했다.", []string{"32=32", "45=45"}},
		{"그 형(兄)도 왔고 학생(2학년)도 있었다.", nil},
		{"(((((딸(30)", []string{"30=30"}},
		{"삼성전자(005930)의 주가가 올랐다.", nil},
		{"김모(430)씨를 조사했다.", nil},
		{"회의(3)에 참석했다.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			doc := extractText(t, tc.text)
			var got []string
			for _, a := range doc.Amounts {
				if a.Unit == "세" {
					assert.Equal(t, "quantity", a.Kind)
					got = append(got, a.Text+"="+a.Value.String())
				}
			}
			assert.Equal(t, tc.ages, got)
		})
	}
}

func TestNumeralEnd(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
	}{
		{"1천600장", "1천600"},
		{"312,899장", "312,899"},
		{"3억 5천만 개", "3억 5천만"},
		{"36.5도", "36.5"},
		{"두 사람", ""},
		{"천 명", ""},
	} {
		assert.Equal(t, tc.want, tc.in[:numeralEnd(tc.in)], tc.in)
	}
}

// counted reads the tagger's quantities that the amount parser does not.
func TestCounted(t *testing.T) {
	a := &analysis{x: testExtractor(t)}
	for _, tc := range []struct {
		in    string
		ok    bool
		kind  string
		value string
		unit  string
	}{
		{"1천600장", true, "quantity", "1600", "장"},
		{"두 사람", true, "quantity", "2", "사람"},
		{"세 차례", true, "quantity", "3", "차례"},
		{"제24회", true, "ordinal", "24", "회"},
		{"14번째", true, "ordinal", "14", "번째"},
		{"두 기업", false, "", "", ""},
		{"46", false, "", "", ""},
	} {
		am, ok := a.counted(tc.in)
		if assert.Equal(t, tc.ok, ok, tc.in) && ok {
			assert.Equal(t, tc.kind, am.Kind, tc.in)
			assert.Equal(t, tc.value, am.Value.String(), tc.in)
			assert.Equal(t, tc.unit, am.Unit, tc.in)
		}
	}
}
