package corpus

import (
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

var validJSONSeeds = []string{
	``, ` `, `{}`, `[]`, `""`, `"a"`, `0`, `-0`, `01`, `-`, `1.`, `1.5`, `.5`, `1e5`, `1E+5`, `1e-5`, `1e`, `1e+`,
	`-1.5e3`, `true`, `false`, `null`, `tru`, `nul`, `truex`, `[1true]`, `[1,]`, `[,1]`, `{"a"}`, `{"a":}`,
	`{"a":1,}`, `{,"a":1}`, `{"a":1 "b":2}`, `{"a":1}}`, `[[]]]`, `[{]}`, `{[]:1}`, `{1:1}`, ` {"a" : [ 1 , { } ] } `,
	"\"tab\there\"", "\"nl\nhere\"", "\"\x7f\"", "\"\xff\xfe\"", `"\u00e9"`, `"\u00g9"`, `"\u00e"`, `"\x"`,
	`"\"\\\/\b\f\n\r\t"`, `"\'"`, `"unterminated`, `"esc at end\`, "\ufeff{}", "{}\x00", "[1]\t\r\n ",
	`{"id":"wikinews-1","text":"서울=연합뉴스 “인용” 그는 말했다.\n다음 줄","n":-12.5e-3,"t":[true,false,null]}`,
	strings.Repeat("[", maxJSONDepth) + strings.Repeat("]", maxJSONDepth),
	strings.Repeat("[", maxJSONDepth+1) + strings.Repeat("]", maxJSONDepth+1),
	strings.Repeat(`{"a":`, maxJSONDepth) + "1" + strings.Repeat("}", maxJSONDepth),
	strings.Repeat(`{"a":`, maxJSONDepth+1) + "1" + strings.Repeat("}", maxJSONDepth+1),
}

// validJSON answers as encoding/json.Valid on every seed and on random
// changes of them.
func TestValidJSONMatchesEncodingJSON(t *testing.T) {
	for _, s := range validJSONSeeds {
		assert.Equal(t, json.Valid([]byte(s)), validJSON([]byte(s)), "%.80q", s)
	}
	r := rand.New(rand.NewPCG(3, 5))
	const alphabet = "{}[],:\"\\ 0123456789-+.eEtrufalsn\x00\x1f\xff\t\nu"
	for range 20000 {
		s := []byte(validJSONSeeds[r.IntN(len(validJSONSeeds)-4)])
		for range 1 + r.IntN(3) {
			switch k := r.IntN(3); {
			case k == 0 && len(s) > 0: // change a byte
				s[r.IntN(len(s))] = alphabet[r.IntN(len(alphabet))]
			case k == 1: // insert a byte
				p := r.IntN(len(s) + 1)
				s = append(s[:p], append([]byte{alphabet[r.IntN(len(alphabet))]}, s[p:]...)...)
			case len(s) > 0: // delete a byte
				p := r.IntN(len(s))
				s = append(s[:p], s[p+1:]...)
			}
		}
		if !assert.Equal(t, json.Valid(s), validJSON(s), "%q", s) {
			return
		}
	}
}

func FuzzValidJSON(f *testing.F) {
	for _, s := range validJSONSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := validJSON(b), json.Valid(b); got != want {
			t.Fatalf("validJSON(%q) = %v, json.Valid %v", b, got, want)
		}
	})
}

// plainEnd finds the first quote, backslash or control byte, at every
// position of every alignment.
func TestPlainEnd(t *testing.T) {
	for _, special := range []byte{'"', '\\', 0x00, 0x1f, '\n'} {
		for n := range 20 {
			for k := 0; k <= n; k++ {
				b := []byte(strings.Repeat("가", 7)[:n]) // bytes >= 0x80
				for i := range b {
					if i%5 == 0 {
						b[i] = 'a' + byte(i%26)
					}
				}
				if k < n {
					b[k] = special
				}
				for j := 0; j <= n; j++ {
					want := j
					for want < n && want != k {
						want++
					}
					if k < j {
						want = n
					}
					assert.Equal(t, want, plainEnd(b, j), "%q from %d", b, j)
				}
			}
		}
	}
}
