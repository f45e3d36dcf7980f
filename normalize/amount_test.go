package normalize

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// amountJSON renders an Amount compactly for table comparisons.
func amountJSON(t *testing.T, a Amount) string {
	t.Helper()
	b, err := json.Marshal(a)
	require.NoError(t, err)
	return string(b)
}

func TestParseAmount(t *testing.T) {
	tests := []struct{ in, want string }{
		{"5,000억 달러(약 700조 원)", `{"kind":"money","unit":"USD","value":500000000000,"equivalents":[{"value":700000000000000,"unit":"KRW","approximate":true}]}`},
		{"3162만1000달러(한화 약 356억원)", `{"kind":"money","unit":"USD","value":31621000,"equivalents":[{"value":35600000000,"unit":"KRW","approximate":true}]}`},
		{"수십억 달러", `{"kind":"money","unit":"USD","min":1000000000,"max":10000000000}`},
		{"6억9460여만 달러", `{"kind":"money","unit":"USD","value":694600000,"approximate":true}`},
		{"$5 billion", `{"kind":"money","unit":"USD","value":5000000000}`},
		{"5 billion dollars", `{"kind":"money","unit":"USD","value":5000000000}`},
		{"USD 3.2 million", `{"kind":"money","unit":"USD","value":3200000}`},
		{"US$200만", `{"kind":"money","unit":"USD","value":2000000}`},
		{"HK$100", `{"kind":"money","unit":"HKD","value":100}`},
		{"₩3,000", `{"kind":"money","unit":"KRW","value":3000}`},
		{"10₩", `{"kind":"money","unit":"KRW","value":10}`},
		{"50센트", `{"kind":"money","unit":"USD","value":0.5}`},
		{"2달러 23센트", `{"kind":"money","unit":"USD","value":2.23}`},
		{"7000억 엔", `{"kind":"money","unit":"JPY","value":700000000000}`},
		{"50억 위안", `{"kind":"money","unit":"CNY","value":5000000000}`},
		{"100元", `{"kind":"money","unit":"CNY","value":100}`},
		{"20억 홍콩달러", `{"kind":"money","unit":"HKD","value":2000000000}`},
		{"3억 캐나다 달러", `{"kind":"money","unit":"CAD","value":300000000}`},
		{"100만 미국 달러", `{"kind":"money","unit":"USD","value":1000000}`},
		{"1000루블", `{"kind":"money","unit":"RUB","value":1000}`},
		{"50만 동", `{"kind":"money","unit":"VND","value":500000}`},
		{"100스위스프랑", `{"kind":"money","unit":"CHF","value":100}`},
		{"영하 6도", `{"kind":"quantity","unit":"도","value":-6}`},
		{"영상 5도", `{"kind":"quantity","unit":"도","value":5}`},
		{"제51회", `{"kind":"ordinal","unit":"회","value":51}`},
		{"제3조", `{"kind":"ordinal","unit":"조","value":3}`},
		{"제 12조", `{"kind":"ordinal","unit":"조","value":12}`},
		{"3조", `{"kind":"number","value":3000000000000}`},
		{"3.5%", `{"kind":"percent","unit":"%","value":3.5}`},
		{"3.5 %", `{"kind":"percent","unit":"%","value":3.5}`},
		{"3.5퍼센트", `{"kind":"percent","unit":"%","value":3.5}`},
		{"0.25%포인트", `{"kind":"percent","unit":"%p","value":0.25}`},
		{"0.25%p", `{"kind":"percent","unit":"%p","value":0.25}`},
		{"0.25퍼센트포인트", `{"kind":"percent","unit":"%p","value":0.25}`},
		{"10~20%", `{"kind":"percent","unit":"%","min":10,"max":20}`},
		{"-0.3%", `{"kind":"percent","unit":"%","value":-0.3}`},
		{"수백 메가와트", `{"kind":"quantity","unit":"MW","min":100,"max":1000}`},
		{"1.5GW", `{"kind":"quantity","unit":"GW","value":1.5}`},
		{"300kWh", `{"kind":"quantity","unit":"kWh","value":300}`},
		{"2만 톤", `{"kind":"quantity","unit":"t","value":20000}`},
		{"100여 명", `{"kind":"quantity","unit":"명","value":100,"approximate":true}`},
		{"3만∼5만명", `{"kind":"quantity","unit":"명","min":30000,"max":50000}`},
		{"1만2000명", `{"kind":"quantity","unit":"명","value":12000}`},
		{"10만 배럴", `{"kind":"quantity","unit":"배럴","value":100000}`},
		{"2배", `{"kind":"quantity","unit":"배","value":2}`},
		{"세 곳", `{"kind":"quantity","unit":"곳","value":3}`},
		{"4년간", `{"kind":"duration","unit":"year","value":4}`},
		{"3개월", `{"kind":"duration","unit":"month","value":3}`},
		{"2주", `{"kind":"duration","unit":"week","value":2}`},
		{"10일간", `{"kind":"duration","unit":"day","value":10}`},
		{"5시간", `{"kind":"duration","unit":"hour","value":5}`},
		{"1억 원 이상", `{"kind":"money","unit":"KRW","min":100000000,"qualifier":"이상"}`},
		{"1억 원 미만", `{"kind":"money","unit":"KRW","max":100000000,"qualifier":"미만"}`},
		{"최대 100억 원", `{"kind":"money","unit":"KRW","value":10000000000,"qualifier":"최대"}`},
		{"약 3억 원", `{"kind":"money","unit":"KRW","value":300000000,"approximate":true}`},
		{"3억 원가량", `{"kind":"money","unit":"KRW","value":300000000,"approximate":true}`},
		{"3억 원 안팎", `{"kind":"money","unit":"KRW","value":300000000,"approximate":true}`},
		{"1~2조 원", `{"kind":"money","unit":"KRW","min":1000000000000,"max":2000000000000}`},
		{"10만~20만 원", `{"kind":"money","unit":"KRW","min":100000,"max":200000}`},
		{"3.4", `{"kind":"number","value":3.4}`},
		{"첫째", `{"kind":"ordinal","value":1}`},
		{"수십", `{"kind":"number","min":10,"max":100}`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			a, err := ParseAmount(tt.in)
			require.NoError(t, err)
			assert.JSONEq(t, tt.want, amountJSON(t, a))
		})
	}
}

func TestParseAmountDate(t *testing.T) {
	for in, want := range map[string]string{"6월 30일": "--06-30", "2025년": "2025", "2025년 6월": "2025-06", "2025년 6월 30일": "2025-06-30", "1월": "--01"} {
		a, err := ParseAmount(in)
		require.ErrorIs(t, err, ErrNotAmount, in)
		assert.Equal(t, "date", a.Kind, in)
		assert.Equal(t, want, a.Date, in)
	}
}

func TestParseAmountErrors(t *testing.T) {
	for _, in := range []string{"", "달러", "오픈AI", "3동", "10달러 - 20원", "20 - 10달러", "(약 700조 원)", "13월"} {
		t.Run(in, func(t *testing.T) {
			_, err := ParseAmount(in)
			assert.Error(t, err)
		})
	}
	_, err := ParseAmount(strings.Repeat("9", 10000) + "원")
	assert.ErrorIs(t, err, ErrNumberTooLarge)
}

func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"5,000억 달러(약 700조 원)", "수십억 달러", "10만~20만 원", "0.25%포인트", "$5 billion", "이달러이십삼센트", "1억 원 이상", "6월 30일", "25000 - 30000원"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAmount(s)
		if err != nil {
			return
		}
		require.NotEmpty(t, a.Kind)
		if a.Value != nil {
			require.Nil(t, a.Min, "%q", s)
			require.Nil(t, a.Max, "%q", s)
		}
		if a.Min != nil && a.Max != nil {
			require.True(t, a.Min.Cmp(*a.Max) <= 0, "%q", s)
		}
		_, err = json.Marshal(a)
		require.NoError(t, err)
	})
}
