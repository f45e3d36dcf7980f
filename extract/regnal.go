package extract

import (
	"strings"
	"unicode/utf8"
)

// regnalEnd returns the end of a regnal number after a foreign person's
// name ending at end (엘리자베스 2세, 베네딕토 16세, 요한 바오로 2세): one or
// two digits and 세, then no more digits or Hangul other than a particle.
// A Korean name takes none (김철수 3세 is rather an age), and neither does a
// name the number does not follow with one space; it returns end then.
func (a *analysis) regnalEnd(start, end int) int {
	name := a.clean[start:end]
	if syllables(name) == 3 && a.koreanName(name) && !transliterated(name) {
		return end
	}
	rest := a.clean[end:]
	if len(rest) < 2 || rest[0] != ' ' {
		return end
	}
	n := 1
	for n < len(rest) && n <= 2 && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	if n == 1 || rest[1] == '0' || !strings.HasPrefix(rest[n:], "세") {
		return end
	}
	n += len("세")
	w := rest[n:]
	if i := strings.IndexFunc(w, func(r rune) bool { return !isHangulRune(r) && (r < '0' || r > '9') }); i >= 0 {
		w = w[:i]
	}
	if w != "" {
		if r, _ := utf8.DecodeRuneInString(w); r >= '0' && r <= '9' || !a.x.lex.IsJosaSequence(w) {
			return end
		}
	}
	return end + n
}

// placeLoanSuffixes end loanword names of places, never of people: 마린시티,
// 차이나타운, 디즈니랜드.
var placeLoanSuffixes = []string{"시티", "타운", "랜드"}

// placeLoanword reports whether a name the tagger took for a person ends in
// one of placeLoanSuffixes after two syllables or more.
func placeLoanword(name string) bool {
	w := name[strings.LastIndexByte(name, ' ')+1:]
	for _, suf := range placeLoanSuffixes {
		if stem, ok := strings.CutSuffix(w, suf); ok && syllables(stem) >= 2 {
			return true
		}
	}
	return false
}
