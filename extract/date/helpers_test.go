package date

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// testParticles are the particles words of the test sentences end in; the
// extractor's lexicon strips them in real use.
var testParticles = []string{"에야", "에는", "까지", "부터", "에서", "에", "은", "는", "이", "가", "을", "를", "도", "의", "께"}

// testWords splits s into words at spaces and punctuation, with byte
// offsets, stripping a final particle as the lexicon would.
func testWords(s string) []Word {
	var out []Word
	punct := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWord(r) {
			if !unicode.IsSpace(r) {
				punct = true
			}
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !isWord(r) {
				break
			}
			j += size
		}
		text := s[i:j]
		stem := text
		for _, p := range testParticles {
			if st, ok := strings.CutSuffix(text, p); ok && utf8.RuneCountInString(st) >= 2 {
				stem = st
				break
			}
		}
		out = append(out, Word{Text: text, Stem: stem, Start: i, End: j, StemEnd: i + len(stem),
			Spaced: len(out) > 0 && !punct || len(out) == 0})
		punct = false
		i = j
	}
	return out
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// found is one expression read from a sentence, resolved in text order.
type found struct {
	text  string
	expr  Expr
	value Value
}

// readAll reads every expression of s, as the extractor does.
func readAll(s string, how Reading, c Context) []found {
	ws := testWords(s)
	var out []found
	for i := 0; i < len(ws); {
		e, n := Read(ws, i, how)
		if n == 0 {
			i++
			continue
		}
		i += n
		v := Resolve(e, c)
		c = c.After(e, v)
		out = append(out, found{s[e.Start:e.End], e, v})
	}
	return out
}
