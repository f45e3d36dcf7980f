package corpus

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var fieldSeeds = []string{
	`{}`, ` { "id" : 1 , "text" : "가\"나" } `, `{"a":{"b":[1,"}",{"c":"]"}]},"text":"x"}`,
	`{"text":"a","text":"b"}`, `{"n":null,"t":true,"f":false,"x":-1.5e3}`, `[1,2]`, `"s"`, `null`,
	`{"k\u0041":"v"}`, `{"id":"1","text":"line\nnext"}`,
}

// topFields finds the same members as encoding/json's decode into a map,
// or declines.
func TestTopFieldsMatchesEncodingJSON(t *testing.T) {
	for _, s := range fieldSeeds {
		checkTopFields(t, s)
	}
}

func FuzzTopFields(f *testing.F) {
	for _, s := range fieldSeeds {
		f.Add(s)
	}
	f.Fuzz(checkTopFields)
}

func checkTopFields(t *testing.T, s string) {
	if !json.Valid([]byte(s)) {
		return // the reader asks json.Valid first
	}
	got, ok := topFields([]byte(s))
	if !ok {
		return
	}
	var want map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(s), &want), s)
	require.Len(t, got, len(want), s)
	for k, v := range want {
		assert.Equal(t, string(v), string(got[k]), "%s: member %q", s, k)
	}
}
