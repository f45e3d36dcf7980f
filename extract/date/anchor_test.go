package date

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"2016-11-07", "2016-11-07"},
		{" 2016-11-07 ", "2016-11-07"},
		{"2016-11", "2016-11"},
		{"2016", "2016"},
		{"2016-02-29", "2016-02-29"},
		{"2016-11-07T23:30:00+09:00", "2016-11-07"},
		{"2016-11-07T23:30:00Z", "2016-11-07"},
		{"2016-11-07 23:30:00", "2016-11-07"},
		{"2016-11-07T23:30", "2016-11-07"},
		{"", ""},
	}
	for _, tt := range tests {
		a, err := Parse(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, a.String(), tt.in)
	}
}

func TestParseInvalid(t *testing.T) {
	tests := []struct{ in, msg string }{
		{"2025-13-45", "month out of range"},
		{"2025-02-30", "day out of range"},
		{"2015-02-29", "day out of range"},
		{"2025-00", "month out of range"},
		{"2020/01/01", "want YYYY-MM-DD"},
		{"zzz", "want YYYY-MM-DD"},
		{"garbage", "want YYYY-MM-DD"},
		{"2025-1-2", "want YYYY-MM-DD"},
		{"0999", "year before 1000"},
		{"2016-11-07T25:00:00Z", "want YYYY-MM-DD"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in)
		require.Error(t, err, tt.in)
		assert.ErrorIs(t, err, ErrInvalid, tt.in)
		assert.Contains(t, err.Error(), tt.msg, tt.in)
	}
}
