package extract

import (
	"strings"

	"github.com/kextract/kextract/internal/hangul"
)

// A city's neighbourhood (행정동) is often divided into numbered parts, and
// news writes the part with a space: 풍덕천 2동, 신림 3동, 역삼 1동. The
// name before the number is then a word of its own that neither the
// dictionary nor the tagger knows as a place (the tagger reads 풍덕천 as a
// person); the number and 동 right after it show it is one.

// maxDongNumber bounds the part numbers of a neighbourhood: apartment
// blocks (아파트 101동) run into the hundreds, neighbourhoods do not.
const maxDongNumber = 2

// numberedDongs makes a place of each name followed by a numbered 동 (a
// bare Hangul word of two to four syllables that is no dictionary common
// noun, then one space and one or two digits, 동 and at most particles).
// dropOverlaps then removes the shorter readings inside it.
func (a *analysis) numberedDongs(all []sentenceTokens) {
	byName := map[string]*entity{}
	for _, st := range all {
		toks := st.toks
		for i := 0; i+1 < len(toks); i++ {
			t, u := toks[i], toks[i+1]
			if t.josa() != "" || u.punctBefore != "" || !u.spaceBefore || u.text[0] < '1' || u.text[0] > '9' {
				continue // (the digit first: dongName asks the dictionary)
			}
			end, ok := a.dongPartEnd(u.text)
			if !ok || !a.dongName(t.text) {
				continue
			}
			if e := a.entityOf(t, ""); e != nil && e.Type == TypeOrg {
				continue
			}
			sp := span{Start: t.start, End: u.start + end}
			a.ents.Add(a.entityNamed(byName, TypeLocation, a.clean[sp.Start:sp.End]), sp, st.idx)
		}
	}
}

// dongName reports whether w can name a neighbourhood before its number:
// Hangul of two to four syllables, no common noun (아파트 2동 is a block of
// flats), numeral or determiner.
func (a *analysis) dongName(w string) bool {
	n := syllables(w)
	return n >= 2 && n <= 4 && hangul.IsWord(w) && !countWords[w] && !a.x.lex.IsCommonNoun(w)
}

// dongPartEnd returns the byte length of the numbered part at the start of
// word w (2 of 2동에서: "2동") when w is one or two digits, not starting
// with 0, then 동 and nothing but particles.
func (a *analysis) dongPartEnd(w string) (int, bool) {
	n := 0
	for n < len(w) && n <= maxDongNumber && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 || n > maxDongNumber || w[0] == '0' || !strings.HasPrefix(w[n:], "동") {
		return 0, false
	}
	n += len("동")
	if rest := w[n:]; rest != "" && !a.x.lex.IsJosaSequence(rest) {
		return 0, false // 2동안: no neighbourhood
	}
	return n, true
}
