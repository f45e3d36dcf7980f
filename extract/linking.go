package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	ent "github.com/kextract/kextract/extract/internal/entity"
	"github.com/kextract/kextract/internal/hangul"
	"github.com/kextract/kextract/lexicon"
)

// link joins the entities the article names in more than one form (see
// entity.Set.Link: people by a shorter form, organizations by an
// abbreviation or as a sitting, lexicon aliases, place forms). It runs once
// the entities are found, before the speakers are resolved, so that a
// speaker's name is the fullest one.
func (a *analysis) link() {
	a.ents.Link(a.clean, linkNames{a})
	a.index = nil // built again from the linked entities when asked
}

// linkNames answers the linking's questions with the lexicon and the
// extractor's reading of Korean names.
type linkNames struct{ a *analysis }

func (n linkNames) IsSurname(w string) bool    { return n.a.x.lex.IsSurname(w) }
func (n linkNames) IsKoreanName(w string) bool { return n.a.koreanName(w) }
func (n linkNames) Lookup(w string) (*lexicon.Entry, bool) {
	return n.a.x.lex.Lookup(w)
}

// bracketAliases takes the abbreviation an article gives in brackets right
// after an organization's name, 태평양도서국포럼(PIF), 조국평화통일위원회(조평통),
// as a mention of it there and wherever the article writes it again. The
// abbreviation is capital Latin letters (and digits), or Hangul syllables
// of the name in order from its first. An organization the tagger made of
// the abbreviation alone joins the named one, and the article's own
// definition wins over the lexicon's (PIF is also a Saudi fund).
func (a *analysis) bracketAliases() {
	for _, e := range a.ents.Snapshot() {
		if e.Type != TypeOrg || len(e.Mentions) == 0 {
			continue
		}
		for _, m := range append([]mention(nil), e.Mentions...) {
			rest, ok := strings.CutPrefix(a.clean[m.End:], "(")
			if !ok {
				continue
			}
			n := strings.IndexByte(rest[:min(len(rest), maxBracketAlias+1)], ')')
			if n <= 0 || n > maxBracketAlias {
				continue
			}
			x := rest[:n]
			if !ent.LatinAbbreviation(x) && !(hangul.IsWord(x) && ent.InOrderFrom(x, strings.ReplaceAll(e.Name, " ", ""))) {
				continue
			}
			a.addAlias(e, x)
			break
		}
	}
}

// maxBracketAlias bounds in bytes the abbreviation bracketAliases reads.
const maxBracketAlias = 24

// addAlias adds every occurrence of the word x in the text, alone or with
// a particle, as a mention of e; an organization named x merges into e.
func (a *analysis) addAlias(e *entity, x string) {
	for _, o := range a.ents.All() {
		if o != e && o.Type == TypeOrg && o.Name == x && o.Entry == nil {
			a.ents.Merge(e, o)
		}
	}
	a.addOccurrences(e, x, 0)
}

// shortOrgForms adds the shorter form by which news names a state body
// again after its full name, the name without its first word part:
// 국민안전처 -> 안전처, 해군잠수함사령부 -> 잠수함사령부, 한국농어촌공사 ->
// 농어촌공사. The form keeps three syllables or more, ends in a suffix of a
// government, military or public body, and is no other name or common
// noun; it is taken after the full name only.
func (a *analysis) shortOrgForms() {
	for _, e := range a.ents.Snapshot() {
		if e.Type != TypeOrg || len(e.Mentions) == 0 {
			continue
		}
		name := strings.ReplaceAll(e.Name, " ", "")
		if !hangul.IsWord(name) || syllables(name) < 5 {
			continue
		}
		if _, kind, ok := a.x.lex.OrgSuffix(name); !ok || !stateKinds[kind] && kind != "agency" {
			continue
		}
		rs := []rune(name)
		for cut := 2; cut <= 3 && len(rs)-cut >= 3; cut++ {
			y := string(rs[cut:])
			if _, known := a.x.lex.Lookup(y); known || a.x.lex.IsCommonNoun(y) {
				continue
			}
			if _, _, ok := a.x.lex.OrgSuffix(y); !ok {
				continue
			}
			a.addOccurrences(e, y, e.First())
			a.addSpaced(e, y, e.First())
		}
	}
}

// addOccurrences adds the occurrences of the word x from offset from on,
// alone or with a particle, as mentions of e, where no longer mention of
// another entity holds them.
func (a *analysis) addOccurrences(e *entity, x string, from int) {
	for off := from; off < len(a.clean); {
		i := strings.Index(a.clean[off:], x)
		if i < 0 {
			break
		}
		start := off + i
		end := start + len(x)
		off = end
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
		if o, ok := a.ents.Covering(start, end, func(o *entity) bool { return o != e }); ok {
			if o.Type != TypeOrg || !o.HasMention(span{Start: start, End: end}) {
				continue // a longer mention of another entity holds it
			}
			a.ents.Remove(ent.RefOf(start, end, o))
		}
		if a.ents.OverlapsOther(start, end, e) {
			continue
		}
		a.ents.Add(e, span{Start: start, End: end}, a.sentenceAt(start))
	}
}
