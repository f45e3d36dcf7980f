package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestInflectVerbs(t *testing.T) {
	l, err := Default()
	require.NoError(t, err)
	tests := []struct {
		form, kind string
		ok         bool
	}{
		{"일축했다", "speech", true}, // listed
		{"일축했고", "speech", true}, // the same verb going on
		{"일축하며", "speech", true},
		{"일축하였다", "speech", true},
		{"일축한", "speech", true}, // before a noun: “…”고 일축한 그는
		{"일축했다가", "", false},    // not a form of report
		{"했고", "", false},       // no stem
	}
	for _, tt := range tests {
		kind, ok := l.Verb(tt.form)
		assert.Equal(t, tt.ok, ok, tt.form)
		assert.Equal(t, tt.kind, kind, tt.form)
	}
	// a listed form keeps its own kind
	got := inflectVerbs(map[string]string{"예상했다": "forecast", "예상하며": "stance"})
	assert.Equal(t, "stance", got["예상하며"])
	assert.Equal(t, "forecast", got["예상했고"])
}
