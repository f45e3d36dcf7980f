package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAmountsByContext checks the amounts whose kind their sentence
// decides: bare 억/조 figures (KRW money where the sentence is about money,
// a number elsewhere) and N주 (shares where the sentence is about shares,
// weeks where a time word follows).
func TestAmountsByContext(t *testing.T) {
	type am struct{ text, kind, unit, value string }
	tests := []struct {
		text string
		want []am
	}{
		{"시는 다리 공사에 878억을 들여서 완공했다.", []am{{"878억", "money", "KRW", "87800000000"}}},
		{"이 회사는 지난해 매출액 1조3683억을 기록했다.", []am{{"1조3683억", "money", "KRW", "1368300000000"}}},
		{"그는 모교에 40억 기부를 약속했다.", []am{{"40억", "money", "KRW", "4000000000"}}},
		{"그 나라 인구는 1억을 넘었다.", []am{{"1억", "number", "", "100000000"}}},
		{"회사는 1주당 신주 0.5주를 배정한다.", []am{{"1주", "quantity", "주", "1"}, {"0.5주", "quantity", "주", "0.5"}}},
		{"주주에게 신주 3주를 배정하고 2주 만에 상장했다.", []am{{"3주", "quantity", "주", "3"}, {"2주", "duration", "week", "2"}}},
		{"그는 2주 동안 쉬었다.", []am{{"2주 동안", "duration", "week", "2"}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			doc := extractText(t, tt.text)
			checkDocument(t, tt.text, doc)
			var got []am
			for _, a := range doc.Amounts {
				v := ""
				if a.Value != nil {
					v = a.Value.String()
				}
				got = append(got, am{a.Text, a.Kind, a.Unit, v})
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestModelAmountsDoNotCutNumbers: the tagger reads long inputs in
// windows, and a window may begin inside a number; an amount it finds
// there (the 0001% of 0.000…0001%) is not kept.
func TestModelAmountsDoNotCutNumbers(t *testing.T) {
	for _, text := range []string{
		"0." + strings.Repeat("0", 20000) + "1%",
		strings.Repeat("1,234", 4000) + "원",
	} {
		doc := extractText(t, text)
		checkDocument(t, text, doc)
		assert.Empty(t, doc.Amounts)
	}
}

func TestCutsNumber(t *testing.T) {
	tests := []struct {
		text       string
		start, end int
		want       bool
	}{
		{"0.0001%", 3, 7, true},
		{"1,234원", 2, 7, true},
		{"1,234원", 0, 4, true},
		{"값 34원", 4, 9, false},
		{"34원", 0, 5, false},
	}
	for _, tt := range tests {
		require.LessOrEqual(t, tt.end, len(tt.text))
		assert.Equal(t, tt.want, cutsNumber(tt.text, tt.start, tt.end), "%q [%d:%d]", tt.text, tt.start, tt.end)
	}
}
