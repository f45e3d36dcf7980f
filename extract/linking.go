package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	ent "github.com/kextract/kextract/extract/internal/entity"
	"github.com/kextract/kextract/internal/hangul"
	"github.com/kextract/kextract/lexicon"
)

// linkShortForms merges the people an article names by a shorter form into
// the person it named in full: a surname with a title or an honorific
// (하 전 사장, 한 단장, 이씨) joins the one person of that surname named in
// full, or, when several are, the one with the same title, else the one
// named last before it; several mentions of one surname with no full name
// are one person; a family name alone (피에르) joins the person whose name
// ends with it (카린 장-피에르). It runs once the entities are found, before
// the speakers are resolved, so that a speaker's name is the fullest one.
func (a *analysis) linkShortForms() {
	var full []*entity              // people named in full
	short := map[string][]*entity{} // surname -> people named by it alone
	var single []*entity            // one-word foreign names
	for _, e := range a.ents.All() {
		if e.Type != TypePerson || len(e.Mentions) == 0 {
			continue
		}
		switch {
		case len(e.Parts) == 1 && syllables(e.Name) == 1 && a.x.lex.IsSurname(e.Name):
			short[e.Name] = append(short[e.Name], e)
		case len(e.Parts) == 1 && a.koreanName(e.Name) && syllables(e.Name) >= 2:
			full = append(full, e)
		case len(e.Parts) >= 2:
			full = append(full, e)
		case len(e.Parts) == 1 && syllables(e.Name) >= 2:
			single = append(single, e)
		}
	}
	for sur, group := range short {
		var cands []*entity
		for _, f := range full {
			if len(f.Parts) == 1 && strings.HasPrefix(f.Name, sur) {
				cands = append(cands, f)
			}
		}
		for _, s := range group {
			target := ent.PickFull(s, cands)
			if target == nil {
				target = group[0]
			}
			if target != s {
				a.ents.Merge(target, s)
			}
		}
	}
	for _, s := range single {
		for _, f := range full {
			if len(f.Parts) < 2 {
				continue
			}
			last := f.Parts[len(f.Parts)-1]
			if last == s.Name || strings.HasSuffix(last, "-"+s.Name) {
				a.ents.Merge(f, s)
				break
			}
		}
	}
	// 아베 총리 after 아베 신조 총리: a name written family name first
	// comes back as that name with a title (아베 reads as a Korean name
	// too, so both lists are asked)
	for _, s := range slices.Concat(single, full) {
		if s.Type == "" || len(s.Parts) != 1 || s.Role == "" || syllables(s.Name) < 2 {
			continue
		}
		if f := ent.FamilyNameFirst(full, s); f != nil {
			a.ents.Merge(f, s)
		}
	}
	a.linkAbbreviations()
	a.linkSessions()
	a.linkAliases()
	a.linkPlaceForms()
	a.ents.Prune()
	a.index = nil // built again from the linked entities when asked
}

// linkAbbreviations merges an organization named by a shorter form into
// the one the article names in full: the end of the full name (안전처 for
// 국민안전처, 버스운송노동조합 for 한국버스운송노동조합) or a Korean
// abbreviation that keeps syllables of the full name in order, its first
// and last among them (인수위 for 대통령직인수위원회, 선관위 for
// 중앙선거관리위원회, 국토부 for 국토교통부). The full name must come first
// in the article, and only one full name may fit.
func (a *analysis) linkAbbreviations() {
	var orgs []*entity
	for _, e := range a.ents.All() {
		if e.Type == TypeOrg && len(e.Mentions) > 0 {
			orgs = append(orgs, e)
		}
	}
	for _, s := range orgs {
		shorts := a.forms(s)
		var target *entity
		n := 0
		for _, f := range orgs {
			if f == s || f.Type == "" || f.First() > s.First() {
				continue
			}
			if ent.ShortFormOf(shorts, a.forms(f)) {
				target, n = f, n+1
			}
		}
		if n == 1 {
			a.ents.Merge(target, s)
		}
	}
}

// forms returns the names an entity goes by in the article, without
// spaces: its name and the text of its mentions.
func (a *analysis) forms(e *entity) []string {
	out := []string{strings.ReplaceAll(e.Name, " ", "")}
	for _, m := range e.Mentions {
		w := strings.ReplaceAll(a.clean[m.Start:m.End], " ", "")
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// linkAliases merges an organization or place found without the lexicon
// (by the tagger or a rule) into the lexicon's entity when its name is one
// of that entry's names or aliases: 대한민국 is 한국, 중화인민공화국 is 중국,
// 경북 is 경상북도, one entity each.
func (a *analysis) linkAliases() {
	byEntry := map[*lexicon.Entry]*entity{}
	for _, e := range a.ents.All() {
		if e.Entry != nil && e.Type != "" {
			if _, ok := byEntry[e.Entry]; !ok {
				byEntry[e.Entry] = e
			}
		}
	}
	if len(byEntry) == 0 {
		return
	}
	for _, e := range a.ents.All() {
		if e.Entry != nil || e.Type != TypeOrg && e.Type != TypeLocation {
			continue
		}
		en, ok := a.x.lex.Lookup(e.Name)
		if !ok {
			continue
		}
		if target := byEntry[en]; target != nil && target != e && target.Type == e.Type {
			a.ents.Merge(target, e)
		}
	}
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
