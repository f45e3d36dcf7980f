package corpus

import (
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

var unquoteSeeds = []string{
	`""`, `"plain 한국어"`, `"line\nbreak\ttab\r\b\f"`, `"q \" b \\ s \/"`, `"\u0041\u00e9\uac00"`,
	`"pair \ud83d\ude00"`, `"lone \ud83d x"`, `"lone low \ude00"`, `"hi then hi \ud83d\ud83d"`,
	`"\u2028\u2029"`, "\"bad \xff utf8\"", `"unterminated`, `"bad \x escape"`, `"\u12"`,
}

// unquoteJSON decodes every string token as encoding/json does, or declines.
func TestUnquoteJSONMatchesEncodingJSON(t *testing.T) {
	for _, q := range unquoteSeeds {
		checkUnquote(t, q)
	}
}

func FuzzUnquoteJSON(f *testing.F) {
	for _, q := range unquoteSeeds {
		f.Add(q)
	}
	f.Fuzz(checkUnquote)
}

func checkUnquote(t *testing.T, q string) {
	got, ok := unquoteJSON([]byte(q), false)
	if utf8.ValidString(q) {
		// told the token is valid UTF-8, it answers the same
		got2, ok2 := unquoteJSON([]byte(q), true)
		assert.Equal(t, ok, ok2, "%q", q)
		assert.Equal(t, got, got2, "%q", q)
	}
	var want string
	err := json.Unmarshal([]byte(q), &want)
	if ok {
		assert.NoError(t, err, "%q was decoded but is not a JSON string", q)
		assert.Equal(t, want, got, "%q", q)
	}
}
