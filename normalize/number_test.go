package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		approx  bool
		ordinal bool
	}{
		{"0", "0", false, false},
		{"1,234,567", "1234567", false, false},
		{"１２，３４５．６", "12345.6", false, false},
		{"영", "0", false, false},
		{"공", "0", false, false},
		{"하나", "1", false, false},
		{"한", "1", false, false},
		{"스물다섯", "25", false, false},
		{"쉰두", "52", false, false},
		{"열한", "11", false, false},
		{"서른다섯", "35", false, false},
		{"십하나", "11", false, false},
		{"일흔한", "71", false, false},
		{"이천칠백사십오억", "274500000000", false, false},
		{"칠천십이억삼천구백팔십만천백이십삼", "701239801123", false, false},
		{"오십팔만천구백", "581900", false, false},
		{"일억이", "100000002", false, false},
		{"삼점사", "3.4", false, false},
		{"일쩜이삼", "1.23", false, false},
		{"1조2000억", "1200000000000", false, false},
		{"1조 2,000억", "1200000000000", false, false},
		{"3억5천만", "350000000", false, false},
		{"3억 5,000만", "350000000", false, false},
		{"6억9460여만", "694600000", true, false},
		{"2.5조", "2500000000000", false, false},
		{"1.3억", "130000000", false, false},
		{"5천만", "50000000", false, false},
		{"5천", "5000", false, false},
		{"1천500억", "150000000000", false, false},
		{"3162만1000", "31621000", false, false},
		{"2만 1000", "21000", false, false},
		{"만", "10000", false, false},
		{"사분의삼", "0.75", false, false},
		{"4분의 3", "0.75", false, false},
		{"3/4", "0.75", false, false},
		{"마이너스 3", "-3", false, false},
		{"마이나스3", "-3", false, false},
		{"-3", "-3", false, false},
		{"-1.5", "-1.5", false, false},
		{"첫째", "1", false, true},
		{"첫 번째", "1", false, true},
		{"둘째", "2", false, true},
		{"세 번째", "3", false, true},
		{"3번째", "3", false, true},
		{"제3", "3", false, true},
		{"네째번", "4", false, true},
		{"스물다섯번째", "25", false, true},
		{"약 100", "100", true, false},
		{"100여", "100", true, false},
		{"100 가량", "100", true, false},
		{"대략 30", "30", true, false},
		{"20 남짓", "20", true, false},
		{"1만여", "10000", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n, err := ParseNumber(tt.in)
			require.NoError(t, err)
			assert.Nil(t, n.Min)
			assert.Equal(t, tt.want, n.Value.String())
			assert.Equal(t, tt.approx, n.Approximate, "approximate")
			assert.Equal(t, tt.ordinal, n.Ordinal, "ordinal")
		})
	}
}

func TestParseNumberVague(t *testing.T) {
	tests := []struct{ in, lo, hi string }{
		{"수십", "10", "100"},
		{"수백", "100", "1000"},
		{"수천", "1000", "10000"},
		{"수만", "10000", "100000"},
		{"수십만", "100000", "1000000"},
		{"수십억", "1000000000", "10000000000"},
		{"수백억", "10000000000", "100000000000"},
		{"수천억", "100000000000", "1000000000000"},
		{"몇십", "10", "100"},
		{"몇백만", "1000000", "10000000"},
		{"십수", "11", "20"},
		{"십수억", "1100000000", "2000000000"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n, err := ParseNumber(tt.in)
			require.NoError(t, err)
			require.NotNil(t, n.Min)
			require.NotNil(t, n.Max)
			assert.Equal(t, tt.lo, n.Min.String())
			assert.Equal(t, tt.hi, n.Max.String())
		})
	}
}

func TestParseNumberErrors(t *testing.T) {
	for _, in := range []string{"", "abc", "억억억억", "천천히", "3달러", "1/0", "제", "제3조", "첫", "수", "일부", "3.4.5", "--3"} {
		t.Run(in, func(t *testing.T) {
			_, err := ParseNumber(in)
			assert.Error(t, err)
		})
	}
}

// TestParseNumberHostile checks that hostile numerals are rejected, and
// that the scanner's work on 10× the input stays within 20× the work on
// 1× (no clock: the work is the bytes the scanner reads).
func TestParseNumberHostile(t *testing.T) {
	inputs := map[string]struct {
		in      func(n int) string
		tooLong bool
	}{
		"digits":     {func(n int) string { return strings.Repeat("9", n) }, true},
		"units":      {func(n int) string { return strings.Repeat("억", n) }, false},
		"numerals":   {func(n int) string { return strings.Repeat("일", n) }, false},
		"point":      {func(n int) string { return "0." + strings.Repeat("0", n) + "1" }, true},
		"separators": {func(n int) string { return strings.Repeat("1,000", n/5) }, false},
		"spaced":     {func(n int) string { return strings.Repeat("3천 2백 ", n/4) }, false},
	}
	for name, tt := range inputs {
		t.Run(name, func(t *testing.T) {
			var small, large int
			_, err := parseNumber(tt.in(10_000), &small)
			assert.Error(t, err)
			_, err = parseNumber(tt.in(100_000), &large)
			assert.Error(t, err)
			if tt.tooLong {
				assert.ErrorIs(t, err, ErrNumberTooLarge)
			}
			assert.Positive(t, small)
			assert.LessOrEqual(t, large, 20*small+1000)
		})
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"1조 2,000억", "이천칠백사십오억", "스물다섯", "사분의삼", "수십억", "마이너스 3", "６억9460여만", "첫 번째", "3/4", "억억억"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseNumber(s)
		if err != nil {
			return
		}
		if n.Min != nil {
			require.NotNil(t, n.Max)
			require.True(t, n.Min.Cmp(*n.Max) < 0, "%q: min %s >= max %s", s, n.Min, n.Max)
		}
		_ = n.Value.String()
	})
}
