package extract

import (
	"strings"
	"unicode/utf8"
)

// unquotedNames returns the words of st with the quotation marks around a
// lone Korean full name taken off, so that the person rules read the name
// and the title after it as they would unquoted: 신임 대표로 '하성용' 전
// 성동조선해양 사장이 취임했다 names 하성용, whom 하 전 사장 then refers
// to. The words are a copy when any mark is taken off; st is left as it is.
func (a *analysis) unquotedNames(st sentenceTokens) sentenceTokens {
	toks := st.toks
	var out []token
	for i := 0; i+1 < len(toks); i++ {
		t, next := toks[i], toks[i+1]
		if !singleQuoteOpens(t.punctBefore) || t.josa() != "" || !strings.HasPrefix(next.punctBefore, "'") && !strings.HasPrefix(next.punctBefore, "’") ||
			!next.spaceBefore || !a.koreanName(t.text) || syllables(t.text) != 3 || a.entityAt(t.start, t.end, "") != nil {
			continue
		}
		if out == nil {
			out = append([]token(nil), toks...)
		}
		out[i].punctBefore = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(t.punctBefore, "'"), "‘"), " ")
		_, size := utf8.DecodeRuneInString(next.punctBefore) // the closing mark
		out[i+1].punctBefore = strings.TrimLeft(next.punctBefore[size:], " ")
	}
	if out == nil {
		return st
	}
	return sentenceTokens{idx: st.idx, toks: out}
}

// singleQuoteOpens reports whether the punctuation before a word ends in an
// opening single quotation mark.
func singleQuoteOpens(p string) bool {
	return strings.HasSuffix(p, "'") || strings.HasSuffix(p, "‘")
}
