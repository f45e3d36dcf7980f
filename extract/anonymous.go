package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"
)

// Korean news names people it may not identify by a surname or a Latin
// letter and an honorific: 김모 씨, 박 씨는, 이씨가, A씨는, B(34)씨, A군, C양.
// The surname or the letter is what links the mention (the honorific is not
// part of a name, as after full names: 김종민 씨), and the mention is the
// whole reference, 박 씨, A씨 (widenReferences); with 모, "a certain" (김모 씨,
// 김 모씨), the person is one unnamed person of their own, named as written.

// anonHonorifics may follow the surname or letter with a space or without.
var anonHonorifics = setOf("씨", "군", "양", "모씨", "모군", "모양")

// findAnonymous adds the people of sentence st named by a surname or a
// capital letter and an honorific.
func (a *analysis) findAnonymous(st sentenceTokens) {
	toks := st.toks
	skipTo := 0 // the first word not yet read as part of a name
	for i, t := range toks {
		// the forms are short: A씨, 김모씨 as one word, A, 김, 김모 before
		// the honorific
		if i < skipTo || len(t.stem()) > len("김모씨") {
			continue
		}
		if x, ok := strings.CutSuffix(t.stem(), "모씨"); ok && a.anonymousName(x) {
			a.addCertainPerson(st, toks[i:i+1]) // 김모씨
			continue
		}
		if endsInHonorific(t.stem()) {
			if x, ok := a.anonymousIn(t.stem()); ok {
				a.addAnonymous(st, t, x, t.stemEnd(), "") // 김씨는: the reference is 김씨
				continue
			}
		}
		if len(t.text) > len("김모") || i+1 >= len(toks) {
			continue
		}
		next := toks[i+1]
		if n := a.certainApart(toks, i); n > 0 {
			a.addCertainPerson(st, toks[i:i+n]) // 김 모 씨, 김 모가
			skipTo = i + n                      // (아무개씨가 is no 아무개 of its own)
			continue
		}
		if x, ok := strings.CutSuffix(t.text, "모"); ok && a.anonymousName(x) && next.spaceBefore && next.punctBefore == "" && !anonHonorifics[next.stem()] {
			if _, title := a.x.lex.Title(next.stem()); title {
				a.addCertainPerson(st, toks[i:i+1]) // 양모 대표는: a certain Yang
				continue
			}
		}
		if isLatinLetter(t.text) && next.spaceBefore && next.punctBefore == "" {
			if _, title := a.x.lex.Title(next.stem()); title {
				// B 중위는 A 대령에게: a person called by a letter, with a rank
				a.addAnonymous(st, t, t.text, next.stemEnd(), next.stem())
				continue
			}
		}
		if x, ok := strings.CutSuffix(t.text, "모"); ok && a.anonymousName(x) && next.punctBefore == "(" && next.script == scriptDigit && a.ageGlossThenTitle(toks, i+1) {
			a.addCertainPerson(st, toks[i:i+1]) // 김모(49) 국장에게서: a certain Kim, his age, his title
			continue
		}
		refEnd := t.end
		switch {
		case next.spaceBefore && next.punctBefore == "" && anonHonorifics[next.stem()]:
			// 박 씨는, A 씨가, 김모 씨
			refEnd = next.stemEnd()
		case next.punctBefore == "(" && next.script == scriptDigit && ageGlossThenHonorific(toks, i+1):
			// A(34)씨, 김모(43)씨, 박모(36·여·과천)씨: the gloss stays out
		default:
			continue
		}
		x, certain := strings.CutSuffix(t.text, "모")
		if !a.anonymousName(x) {
			continue
		}
		switch {
		case certain && anonHonorifics[next.stem()] || next.stem() == "모씨":
			a.addCertainPerson(st, toks[i:i+2]) // 김모 씨, 김 모씨
			continue
		case certain:
			a.addCertainPerson(st, toks[i:i+1]) // 김모(43)씨
			continue
		}
		a.addAnonymous(st, t, x, refEnd, "")
	}
}

// certainApart reports how many words, from word i, write a surname and 모
// "a certain" apart with an honorific or none: 김 모 씨는 (3), 김 모가, 김 모
// 스스로 (2); 0 when they do not. The 모 is a word of its own, bare or with a
// particle (모가, 모의).
func (a *analysis) certainApart(toks []token, i int) int {
	t := toks[i]
	if t.josa() != "" || !hangul.IsWord(t.text) || !a.anonymousName(t.text) || i+1 >= len(toks) {
		return 0
	}
	m := toks[i+1]
	// 모 "a certain", bare or with a particle; 아무개 "so-and-so", with any
	// (박 아무개씨가, 김 아무개 씨)
	someone := m.text == "모" || m.stem() == "모" && certainJosa[m.josa()] || m.stem() == "아무개" || m.stem() == "아무개씨"
	if !m.spaceBefore || m.punctBefore != "" || !someone {
		return 0 // 이 모든: 모든 is "all"
	}
	if m.josa() == "" && (m.stem() == "모" || m.stem() == "아무개") && i+2 < len(toks) && toks[i+2].spaceBefore && toks[i+2].punctBefore == "" &&
		honorificStart(toks[i+2].stem()) && syllables(toks[i+2].stem()) == 1 {
		return 3
	}
	return 2
}

// certainJosa are the particles 모 "a certain" takes standing alone.
var certainJosa = setOf("가", "는", "의", "를", "와", "도", "에게")

// afterGloss returns the word after the bracket opened at word k when it
// closes within a few words (34, 36·여·과천), or -1.
func afterGloss(toks []token, k int) int {
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if strings.HasPrefix(toks[j].punctBefore, ")") {
			return j
		}
	}
	return -1
}

// ageGlossThenHonorific reports whether the bracket opened at word k
// closes within a few words and an honorific follows it: A(34)씨.
func ageGlossThenHonorific(toks []token, k int) bool {
	j := afterGloss(toks, k)
	return j >= 0 && honorificStart(toks[j].stem())
}

// ageGlossThenTitle reports whether the bracket opened at word k closes
// within a few words and a title follows it as a word of its own (김모(49)
// 국장).
func (a *analysis) ageGlossThenTitle(toks []token, k int) bool {
	j := afterGloss(toks, k)
	if j < 0 {
		return false
	}
	_, title := a.x.lex.Title(toks[j].stem())
	return title && toks[j].spaceBefore
}

// endsInHonorific reports whether w ends in 씨, 군 or 양.
func endsInHonorific(w string) bool {
	return strings.HasSuffix(w, "씨") || strings.HasSuffix(w, "군") || strings.HasSuffix(w, "양")
}

// anonymousIn splits a word such as A씨, 김씨 or 이모씨 into the name part
// and the honorific. Written as one word, a surname only takes 씨 or 모씨
// (김양 or 남군 are more often words of their own: 서양, 해군).
func (a *analysis) anonymousIn(w string) (string, bool) {
	for _, h := range []string{"모씨", "씨", "군", "양"} {
		x, ok := strings.CutSuffix(w, h)
		if !ok || x == "모" || !a.anonymousName(x) { // 황 모씨: 모 is "a certain"
			continue
		}
		if isLatinLetter(x) || h == "씨" || h == "모씨" {
			if a.x.lex.IsCommonNoun(w) {
				return "", false // 솜씨, 말씨
			}
			return x, true
		}
	}
	return "", false
}

// anonymousName reports whether x is a capital Latin letter or a listed
// one-syllable surname.
func (a *analysis) anonymousName(x string) bool {
	return isLatinLetter(x) || syllables(x) == 1 && hangul.IsWord(x) && a.x.lex.IsSurname(x)
}

// isLatinLetter reports whether x is one capital letter A-Z.
func isLatinLetter(x string) bool { return len(x) == 1 && x[0] >= 'A' && x[0] <= 'Z' }

// honorificStart reports whether w begins with an honorific (씨는 after a
// bracket: A(34)씨는).
func honorificStart(w string) bool {
	return strings.HasPrefix(w, "씨") || w == "군" || w == "양"
}

// addCertainPerson adds the person the words name with 모, "a certain":
// 김모씨, 김모 씨, 김 모씨 is someone whose name the article withholds, one
// person of their own, never the named person of the same surname. The
// entity's name is the words as written, without the particle (what a
// reader calls them); the mention is the surname until the entities are
// final, then the words as written (widenReferences).
func (a *analysis) addCertainPerson(st sentenceTokens, words []token) {
	first, last := words[0], words[len(words)-1]
	if e := a.entityAt(first.start, last.stemEnd(), ""); e != nil {
		return
	}
	_, size := utf8.DecodeRuneInString(first.text)
	sp := span{Start: first.start, End: first.start + size}
	if e := a.entityAt(sp.Start, sp.End, ""); e != nil {
		return
	}
	name := a.clean[first.start:last.stemEnd()]
	var p *entity
	for _, e := range a.ents.All() {
		if e.Type == TypePerson && e.Name == name {
			p = e // 김모씨 again: the same person throughout the article
			break
		}
	}
	if p == nil {
		p = &entity{Type: TypePerson, Name: name, Parts: []string{first.text[:size]}}
		a.ents.Append(p)
	}
	a.addReference(p, sp, span{Start: first.start, End: last.stemEnd()}, st.idx)
}

// addAnonymous adds the mention x at the start of word t: a surname joins
// the one person of the document who has it, a letter names a person of its
// own (A씨 is the same person throughout an article), with the role given
// (A 대령: 대령). The reference, the honorific or title included, ends at
// refEnd.
func (a *analysis) addAnonymous(st sentenceTokens, t token, x string, refEnd int, role string) {
	end := t.start + len(x)
	if e := a.entityAt(t.start, end, ""); e != nil {
		return
	}
	name := token{start: t.start, end: end, text: x, stemLen: int32(len(x))}
	if isLatinLetter(x) {
		a.addPerson(st, []token{name}, role, nil)
		a.recordReference(span{Start: t.start, End: end}, span{Start: t.start, End: refEnd})
		return
	}
	a.surnameMention(st, name, t, role, refEnd)
}
