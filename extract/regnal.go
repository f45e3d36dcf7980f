package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"
)

// regnalEnd returns the end of a regnal number after a foreign person's
// name ending at end (엘리자베스 2세, 베네딕토 16세, 요한 바오로 2세): one or
// two digits and 세, then no more digits or Hangul other than a particle.
// A Korean name takes none (김철수 3세 is rather an age), and neither does a
// name the number does not follow with one space; it returns end then.
func (a *analysis) regnalEnd(start, end int) int {
	name := a.clean[start:end]
	if a.koreanFullName(name) {
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
	if i := strings.IndexFunc(w, func(r rune) bool { return !hangul.IsSyllable(r) && (r < '0' || r > '9') }); i >= 0 {
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

// adminUnits end the names of places of a country's first or second level
// (베이징시, 이시카와현, 플로리다 주, 광둥성): a name that ends in one is no
// person's.
var adminUnits = setOf("시", "현", "주", "성", "州", "省", "県")

// adminPlace reports whether a name the tagger took for a person is a place
// by its unit: a unit written as a word after a name (자를란트 주), or
// attached to a place the lexicon knows (베이징시), or 현 attached to a
// stem of three syllables or more (이시카와현, though 이시카와 is also a
// surname) when the whole word is no name word. Korean given names end in
// these syllables (김지현, 이수주), so a short stem is not enough, and the
// other units end common words too (카카오택시, 엘리트주).
func (a *analysis) adminPlace(name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	if len(words) >= 2 && adminUnits[last] {
		return true
	}
	r, size := utf8.DecodeLastRuneInString(last)
	if len(words) != 1 || !adminUnits[string(r)] {
		return false
	}
	stem := last[:len(last)-size]
	if en, ok := a.x.lex.Lookup(stem); ok && en.Type == TypeLocation {
		return true
	}
	return string(r) == "현" && syllables(stem) >= 3 && !a.x.lex.IsNameWord(last)
}

// committeeShortForm reports whether name is one word of three syllables
// or more in 위, the short form of a committee (윤리위 for 윤리위원회,
// 비대위, 인수위, 최고위): Korean given names do not end in 위.
func committeeShortForm(name string) bool {
	return hangul.IsWord(name) && syllables(name) >= 3 && strings.HasSuffix(name, "위")
}

// regnalPeople finds the people a regnal number names, without the
// tagger: a transliterated name of one or two words that the dictionary
// lists as name words, then the number (엘리자베스 2세가, 요한 바오로 2세의,
// 베네딕토 16세는); regnalEnd decides what a regnal number is. A title right
// after the number is the role (엘리자베스 2세 여왕).
func (a *analysis) regnalPeople(st sentenceTokens) {
	toks := st.toks
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		u := toks[i+1].text
		if d := u[0]; t.josa() != "" || d < '1' || d > '9' || !strings.Contains(u, "세") || !a.regnalNameWord(t.text) {
			continue
		}
		end := a.regnalEnd(t.start, t.end)
		if end == t.end || a.entityAt(t.start, end, "") != nil {
			continue
		}
		first := i
		if i > 0 && toks[i].punctBefore == "" && toks[i].spaceBefore && toks[i-1].josa() == "" && a.regnalNameWord(toks[i-1].text) {
			first = i - 1 // 요한 바오로 2세
		}
		num := toks[i+1]
		num.setStem(end - num.start)
		name := append(append([]token{}, toks[first:i+1]...), num)
		role := ""
		if k := i + 2; num.stemEnd() == num.end && k < len(toks) && toks[k].punctBefore == "" && titleJosa[toks[k].josa()] {
			if ti, ok := a.wordTitle(&toks[k]); ok && personTitle(ti) {
				role = toks[k].stem() // 엘리자베스 2세 여왕이
			}
		}
		a.addPerson(st, name, role, nil)
	}
}

// regnalNameWord reports whether w can be a word of a foreign name that a
// regnal number follows: a name word of the dictionary of two syllables
// or more, transliterated (no Korean full name: 김철수 3세 is an age).
func (a *analysis) regnalNameWord(w string) bool {
	return syllables(w) >= 2 && a.x.lex.IsNameWord(w) && !a.koreanName(w) && a.nameLike(w)
}

// dropRegnalAges drops the ages that are the regnal numbers of people
// (the 2세 of 엘리자베스 2세): an amount in 세 inside a person's mention.
func (a *analysis) dropRegnalAges() {
	kept := a.amounts[:0]
	for _, h := range a.amounts {
		if h.m.Amount.Unit == "세" && a.entityAt(h.m.Start, h.m.End, TypePerson) != nil {
			continue
		}
		kept = append(kept, h)
	}
	a.amounts = kept
}
