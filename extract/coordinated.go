package extract

import (
	"slices"
	"strings"

	"github.com/kextract/kextract/internal/hangul"
)

// Nouns joined by 과/와, 하고 or 랑 are of one kind: in 아이린과 슬기는,
// once 아이린 is known to be a person, 슬기 is one too, and in 슬기와 예리는
// the person known makes a person of the word beside it. The rule adds
// names no title or honorific introduces (stage names, given names used
// alone), and it is narrow on purpose: the known word must be a word of a
// person's name, the other a bare name-like word that ends its noun phrase
// with a particle, is in no entity and no dictionary, and is no plural.

// coordinators are the particles that join two nouns into one phrase.
// (이나/나 are left out: they end verbs too, 그러나, 제안했으나.)
var coordinators = setOf("과", "와", "하고", "랑", "이랑")

// maxCoordinationRounds bounds how far a chain of coordinations carries a
// person (아이린과 슬기 → 슬기와 예리 → ...).
const maxCoordinationRounds = 3

// coordinatedPeople adds the people named beside a person in coordinations
// and their later mentions, in rounds until no new person appears.
func (a *analysis) coordinatedPeople(all []sentenceTokens) {
	for range maxCoordinationRounds {
		added := false
		for _, st := range all {
			toks := st.toks
			for i := 0; i+1 < len(toks); i++ {
				t, u := toks[i], toks[i+1]
				if !coordinators[t.josa()] || u.punctBefore != "" || !u.spaceBefore {
					continue
				}
				pt, pu := a.personNameWord(t), a.personNameWord(u)
				if pt == pu || a.josaInsideNoun(t) || kawaName(t) {
					continue // (the people first: josaInsideNoun asks the dictionary)
				}
				switch {
				case pt && !pu && a.coordinatedName(u, true):
					a.addPerson(st, []token{u}, "", nil)
					added = true
				case pu && !pt && a.coordinatedName(t, false):
					a.addPerson(st, []token{t}, "", nil)
					added = true
				}
			}
		}
		if !added {
			return
		}
		a.findLaterMentions(all)
	}
}

// personNameWord reports whether the stem of word t is a mention of a
// person and one of the words of that person's name (아이린 of 아이린과; not
// 대표 of 김 대표와). A person known from this word alone must read as a
// Korean full name: 요시카 of 요시카와 치나츠 is the family name 요시카와
// of a name in two words, not 요시카 and a particle.
func (a *analysis) personNameWord(t token) bool {
	e := a.entityOf(t, TypePerson)
	if e == nil || !slices.Contains(e.Parts, t.stem()) {
		return false
	}
	if a.koreanName(e.Name) {
		return true
	}
	for _, m := range e.Mentions {
		if m.Start != t.start {
			return true
		}
	}
	return false
}

// coordinatedName reports whether word t can be a one-word name beside a
// person: Hangul of two to four syllables, in no entity, name-like (no
// title, dictionary noun or verb form), no plural (팬들과), and, after the
// person, closed by a particle, so that it is no modifier of a noun after it
// (아이린과 슬기는, not 아이린과 팬 사인회); no title written as one word
// (고위대표와).
func (a *analysis) coordinatedName(t token, after bool) bool {
	stem := t.stem()
	n := syllables(stem)
	if n < 2 || n > 4 || !hangul.IsWord(stem) || strings.HasSuffix(stem, "들") {
		return false
	}
	if after && (t.josa() == "" || a.josaInsideNoun(t)) {
		return false
	}
	if a.entityAt(t.start, t.stemEnd(), "") != nil || countWords[stem] || connectives[stem] {
		return false
	}
	if _, ok := a.compoundTitle(stem); ok {
		return false // 외무·안보 고위대표와 자바드 자리프: a title
	}
	return a.nameLike(stem) && !a.nounWithParticle(t.text)
}

// kawaName reports whether the 와 after word t ends a Japanese family name
// in 川 (kawa, gawa), written 카와 or 가와 (요시카와, 나카가와, 오오카와): no
// particle, but the first word of a name in two.
func kawaName(t token) bool {
	return t.josa() == "와" && (strings.HasSuffix(t.stem(), "카") || strings.HasSuffix(t.stem(), "가"))
}
