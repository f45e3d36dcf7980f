package extract

import (
	"strings"

	"github.com/kextract/kextract/internal/hangul"
)

// Korean news gives a person's age in brackets right after the name when
// it first names them: 밥 딜런(75)을, 홍길동(43)은, 마리 퀴리(67세). A name
// so glossed is a person, whatever title follows or does not. The name is
// the word before the bracket: a Korean full name (홍길동), a foreign name
// of one word that reads as one, or of two words (밥 딜런: the family name
// no common noun, the given name may be one).

// personBeforeAge adds the person whose age the bracket opened at word i
// gives.
func (a *analysis) personBeforeAge(st sentenceTokens, i int) {
	toks := st.toks
	if i < 1 || i+1 >= len(toks) {
		return
	}
	age, next := toks[i], toks[i+1]
	if age.punctBefore != "(" || age.script != scriptDigit || !strings.HasPrefix(next.punctBefore, ")") || !ageNumber(age.text) {
		return
	}
	last := toks[i-1]
	if strings.HasSuffix(last.text, "모") || strings.HasSuffix(last.text, "씨") {
		return // 박모(35), 김 모씨(43): someone unnamed (findAnonymous)
	}
	korean := a.koreanName(last.text) && (syllables(last.text) == 3 || !a.x.lex.IsCommonNoun(last.text)) // 매출(3) is no 매 + 출
	if last.josa() != "" || !(korean || a.ageNameWord(last.text)) || a.entityOf(last, "") != nil {
		return
	}
	name := []token{last}
	if i >= 2 {
		prev := toks[i-2]
		// a foreign given name may be a common word too (밥 딜런)
		if last.spaceBefore && last.punctBefore == "" && prev.josa() == "" && a.foreignGiven(prev.text) && a.entityOf(prev, "") == nil &&
			!a.koreanName(last.text) && syllables(last.text) >= 2 && !a.x.lex.IsCommonNoun(last.text) {
			name = []token{prev, last}
		}
	}
	if len(name) == 1 && !korean && !(transliterated(last.text) && syllables(last.text) >= 3) {
		return // 사과(3): one word must read as a full name
	}
	a.addPerson(st, name, "", nil)
}

// ageNumber reports whether w, the word in brackets, is an age: one to
// three digits, with 세 or not.
func ageNumber(w string) bool {
	w = strings.TrimSuffix(w, "세")
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return w[0] != '0'
}

// ageNameWord reports whether w can be a word of a name before an age: a
// Hangul word, no common noun or title.
func (a *analysis) ageNameWord(w string) bool {
	return a.nameLike(w) && !a.x.lex.IsCommonNoun(w)
}

// foreignGiven reports whether w can be the given name before a foreign
// family name: a short Hangul word, no title (밥, 알, 마리).
func (a *analysis) foreignGiven(w string) bool {
	if !hangul.IsWord(w) || syllables(w) > 4 || notNames[w] || syllables(w) > 1 && a.x.lex.IsCommonNoun(w) {
		return false // 약혼남 박모(35)
	}
	_, title := a.x.lex.Title(w)
	return !title
}
