package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"
)

// Korean news spaces compound names freely: 크림반도 and 크림 반도,
// 국제올림픽위원회 and 국제 올림픽 위원회, 잠수함사령부 and 잠수함 사령부 name
// one thing. spacedMentions adds, for each organization and place, the
// occurrences of its name written with other spacing as its mentions.

// minSpacedSyllables is the shortest name, in syllables without spaces,
// whose spacing variants are looked for; each word of a variant has two
// syllables or more, so that a name is never read across a particle or a
// one-syllable word (서울 대 is not 서울대).
const minSpacedSyllables = 4

// spaceless is the clean text with its spaces removed. spaces holds, for
// each space removed, the offset in text of the byte it stood before, in
// increasing order: the byte at offset i of text is at i plus the number
// of entries of spaces that are at most i in the clean text (see clean). Keeping the spaces
// instead of an offset per byte costs a tenth of the memory for Korean.
type spaceless struct {
	text   string
	spaces []int
}

// clean returns the offset in the clean text of the byte at offset i of
// the spaceless text.
func (sp *spaceless) clean(i int) int {
	n, _ := slices.BinarySearch(sp.spaces, i+1)
	return i + n
}

// spacelessText builds the spaceless view of a.clean, once.
func (a *analysis) spacelessText() *spaceless {
	if a.spaced != nil {
		return a.spaced
	}
	var b strings.Builder
	b.Grow(len(a.clean))
	spaces := make([]int, 0, len(a.clean)/8+1) // Korean news has a space in about 10 bytes
	for i := 0; i < len(a.clean); i++ {
		if a.clean[i] == ' ' {
			spaces = append(spaces, b.Len())
			continue
		}
		b.WriteByte(a.clean[i])
	}
	a.spaced = &spaceless{text: b.String(), spaces: spaces}
	return a.spaced
}

// spacedMentions adds the spacing variants of the names of organizations
// and places as their mentions (see addSpaced).
func (a *analysis) spacedMentions() {
	for _, e := range a.ents.Snapshot() {
		if (e.Type != TypeOrg && e.Type != TypeLocation) || len(e.Mentions) == 0 {
			continue
		}
		a.addSpaced(e, e.Name, 0)
		for _, al := range e.Aliases {
			a.addSpaced(e, al, 0)
		}
	}
}

// addSpaced adds as mentions of e the occurrences of x, from offset from
// on, written with other spaces than x: the same letters, words of two
// syllables or more, a space between two of them at least where x has
// none (or none where x has one), alone or with a particle, where no
// mention of another entity overlaps them.
func (a *analysis) addSpaced(e *entity, x string, from int) {
	key := strings.ReplaceAll(x, " ", "")
	if !hangul.IsWord(key) || syllables(key) < minSpacedSyllables {
		return
	}
	sp := a.spacelessText()
	for off := 0; off < len(sp.text); {
		i := strings.Index(sp.text[off:], key)
		if i < 0 {
			break
		}
		si := off + i
		off = si + len(key)
		start, end := sp.clean(si), sp.clean(si+len(key)-1)+1
		// the last byte's offset +1 is the end of its rune: Hangul
		// syllables are whole in both views
		if start < from {
			continue
		}
		form := a.clean[start:end]
		if form == x || strings.ContainsAny(form, "\n\t") || !spacedWords(form) {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(a.clean[:start]); start > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		rest := a.clean[end:]
		n := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if n < 0 {
			n = len(rest)
		}
		if n > 0 && !a.x.lex.IsJosaSequence(rest[:n]) {
			continue
		}
		if e.HasMention(span{Start: start, End: end}) || a.ents.OverlapsOther(start, end, e) {
			continue
		}
		// 크림 반도 read earlier as a mention 크림 of the same place, or
		// 국제 올림픽 위원회 as 위원회: the spaced name is the mention
		a.ents.Widen(e, span{Start: start, End: end}, a.sentenceAt(start))
	}
}

// spacedWords reports whether every word of form, split at single spaces,
// has two syllables or more.
func spacedWords(form string) bool {
	for w := range strings.SplitSeq(form, " ") {
		if syllables(w) < 2 {
			return false
		}
	}
	return true
}
