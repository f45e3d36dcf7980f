package attribution

import (
	"testing"
	"unicode/utf8"
)

// FuzzPairsRead checks that pairing and reading never panic, that pairs are
// ordered, do not overlap and lie on rune boundaries inside the text, and
// that a reading never points before its closing mark or past the text.
func FuzzPairsRead(f *testing.F) {
	for _, s := range []string{
		`그는 “수요는 여전히 많다”고 말했다.`,
		`관계자는 "개인정보가 맞다“며 ”학교 측에 확인 중“이라고 전했다.`,
		`‘과잉 공급’을 “우려”했다는 '말'`,
		"“끝나지 않은\n“", `"""''' “”‘’「」『』«»`,
		`밝혔다."국회의원들은 회의를 거치지 않았다라고 장관이 말했다.`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		pairs, unclosed := Pairs(s)
		last := -1
		for _, p := range pairs {
			if p.Open <= last || p.Close <= p.Open || p.Close >= len(s) {
				t.Fatalf("bad pair %+v after %d in %q", p, last, s)
			}
			if !utf8.RuneStart(s[p.Open]) || !utf8.RuneStart(s[p.Close]) {
				t.Fatalf("pair %+v not on rune boundaries", p)
			}
			a, b := p.Inner(s)
			if a > b || a < p.Open || b > p.Close {
				t.Fatalf("inner [%d,%d) outside pair %+v", a, b, p)
			}
			r := Read(s, p)
			if r.After < p.Close || r.After > len(s) || r.NounEnd > len(s) {
				t.Fatalf("reading %+v outside text for pair %+v", r, p)
			}
			last = p.Close
		}
		for _, u := range unclosed {
			if u < 0 || u >= len(s) {
				t.Fatalf("unclosed offset %d outside text", u)
			}
			p, ok := ImpliedClose(s, u)
			if !ok {
				continue
			}
			if !p.Implied || p.Open != u || p.Close <= p.Open || p.Close > len(s) || !utf8.RuneStart(s[p.Close]) {
				t.Fatalf("bad implied pair %+v for %d in %q", p, u, s)
			}
			if a, b := p.Inner(s); a > b || b > p.Close {
				t.Fatalf("inner [%d,%d) outside implied pair %+v", a, b, p)
			}
			if r := Read(s, p); r.After < p.Close || r.After > len(s) {
				t.Fatalf("reading %+v outside text for implied pair %+v", r, p)
			}
		}
	})
}
