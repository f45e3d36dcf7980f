package extract

import (
	"strings"

	"github.com/kextract/kextract/internal/hangul"
	"github.com/kextract/kextract/lexicon"
)

// personBeforeRole recognises the subject noun phrase that Korean news opens
// a report with, NAME [ORG or PLACE words] ROLE은/는/이/가, when the role is
// not a listed title or the name is not a known one: 조윤선 당선인 대변인은,
// 이복순 수영구 문화공보팀장은, 볼로도미르 젤렌스키 우크라이나 대통령은,
// 홍 민 통일연구원 북한연구실장은. The name opens the phrase (after the
// start of the sentence, punctuation, or a word with a particle or a
// modifier ending) and is a Korean full name, a surname and a given name
// written apart, or two transliterated words; the role is the rest.
func (a *analysis) personBeforeRole(st sentenceTokens, i int) {
	toks := st.toks
	t := toks[i]
	switch t.josa() {
	case "은", "는", "이", "가", "께서", "측은", "도", "의": // 의: only after a Korean full name, below
	case "였다", "이었다", "이다", "였으며", "이었으며", "였고", "이었고":
		// X는 차명진 미래통합당 후보였다: the role as the predicate
	case "":
		if !alsoSubject(toks, i) { // 사나 마린 핀란드 총리 역시
			return
		}
	default:
		return
	}
	if len(t.stem()) < 6 || !a.personRoleWord(t.stem()) {
		return // a role is two syllables or more
	}
	// the phrase: back over words with no particle and no punctuation
	k0 := i
	for k0 > 0 && i-k0 < 8 {
		p := toks[k0-1]
		// 안느 이달고 파리 시장은: a transliterated word in 고
		foreign := k0 >= 2 && p.josa() == "고" && a.foreignNamePart(p.text) && a.nameLike(toks[k0-2].text) && a.placeOrBodyAt(toks[k0])
		if !a.noParticle(p) && !(p.josa() == "이" && a.nameLike(p.text) && !a.x.lex.IsCommonNoun(p.stem())) && !foreign || toks[k0].punctBefore != "" && !glossBetween(toks, k0) && !openedGloss(toks, k0) && !hyphenJoined(toks, k0) ||
			clauseEnd(p.text) && !a.koreanName(p.text) && !a.nameWordPair(toks, k0-1) && !foreign && !a.titleNoun(p.text) ||
			a.verbWord(p.text) && !foreign ||
			connectives[p.text] || determiners[p.text] || postpositionVerbs[p.text] || a.bareParticle(p) {
			break
		}
		k0--
	}
	if k0 == i {
		return
	}
	// the name may follow the organization or place it belongs to
	// (민주당 알 그린 하원의원은)
	var name []token
	for k0 < i-1 && len(name) == 0 {
		if name = a.phraseName(toks, k0, i); len(name) > 0 {
			break
		}
		e := a.entityAt(toks[k0].start, toks[k0].end, "")
		if e == nil && a.orgUnitBeforeName(toks, k0, i) {
			// 도시계획국 김병하 균형발전추진단장은: the office the person works in
			e = &entity{Type: TypeOrg, Name: toks[k0].text}
			a.ents.Append(e)
			a.ents.Add(e, span{Start: toks[k0].start, End: toks[k0].end}, st.idx)
		}
		if e == nil || e.Type != TypeOrg && e.Type != TypeLocation {
			return
		}
		k0++
	}
	if len(name) == 0 || t.josa() == "의" && (len(name) != 1 || !a.koreanName(name[0].text) || syllables(name[0].text) != 3 || k0+1 >= i) {
		return // 정운찬 동반성장위원회 위원장의: a full name, a body, a title
	}
	for k, n := range name {
		if e := a.entityAt(n.start, n.end, ""); e != nil && e.Type != TypePerson && !(k == 0 && a.placeAsGivenName(toks, k0, i)) {
			return // an organization or a place
		}
	}
	roleFrom := k0 + len(name)
	if roleFrom < len(toks) && toks[roleFrom].punctBefore == "(" {
		for roleFrom < i && !strings.Contains(toks[roleFrom+1].punctBefore, ")") {
			roleFrom++
		}
		roleFrom++
	}
	if roleFrom > i {
		return
	}
	for k := roleFrom; k < i; k++ {
		if w := toks[k].text; a.entityAt(toks[k].start, toks[k].end, "") == nil && verbConnective(w) {
			return // 해안이 보이지 않아 경관이: a clause, no role phrase
		}
	}
	var aff *entity
	for k := roleFrom; k < i; k++ {
		if e := a.entityAt(toks[k].start, toks[k].stemEnd(), TypeOrg); e != nil {
			aff = e
			break
		}
	}
	if aff == nil {
		aff = a.orgBefore(toks, k0) // 알리바바 그룹의 조 사이 회장은
	}
	role := a.clean[toks[roleFrom].start:t.stemEnd()]
	for k := range name {
		// the name is the whole word: 문재인 is not 문재 + 인
		name[k].wholeWord()
		name[k].titleState = titleUnknown
	}
	a.addPerson(st, name, role, aff)
}

// titleNoun reports whether w is a title or a common noun that only looks
// like a verb in a modifier ending: 국회의원 ends in 원 as 맡은 ends in 은.
func (a *analysis) titleNoun(w string) bool {
	_, title := a.x.lex.Title(w)
	return title || a.x.lex.IsCommonNoun(w)
}

// postpositionVerbs are verb forms that work as postpositions after a noun
// and its particle (이에 대해, 이를 위해, 법에 따라): the noun phrase after
// them starts anew.
var postpositionVerbs = setOf("대해", "대해서", "관해", "관해서", "위해", "위해서", "통해", "의해", "따라", "비해", "반해", "대하여", "관하여", "위하여", "통하여", "의하여",
	"비롯해", "비롯한", "포함해", "포함한", "비롯하여", "포함하여")

// nameWordPair reports whether word k and the word before it are both
// known name words (제이 카니, 하니 리): the second word of a foreign name
// that ends like a connective (카니 like 하니) is a name there, not a verb.
func (a *analysis) nameWordPair(toks []token, k int) bool {
	return k > 0 && toks[k].punctBefore == "" && a.x.lex.IsNameWord(toks[k].text) && a.x.lex.IsNameWord(toks[k-1].text)
}

// noParticle reports whether the word t ends without a particle: it has
// none, or the whole word is a name found already (우크라이나, not 우크라 +
// 이나), or a word in 인 is a title or a noun (당선인, 외국인), not a
// copula, or a word in 과 ends in a noun (군사학과, 조사결과).
func (a *analysis) noParticle(t token) bool {
	if t.josa() == "" || a.entityAt(t.start, t.end, "") != nil {
		return true
	}
	if t.josa() == "과" && a.josaInsideNoun(t) {
		return true // 군사학과 교수: a department (학과), not 군사학 + 과
	}
	_, title := a.x.lex.Title(t.text)
	return t.josa() == "인" && (title || a.x.lex.IsCommonNoun(t.text))
}

// bareParticle reports whether word t is a particle alone, written after
// a closing bracket (홍순욱)는): the phrase before it ended at the bracket.
func (a *analysis) bareParticle(t token) bool {
	if !strings.HasPrefix(t.punctBefore, ")") {
		return false
	}
	_, ok := a.x.lex.IsJosa(t.text)
	return ok
}

// glossBetween reports whether the punctuation before word k closes a
// bracketed gloss of the name (허우한민(侯漢敏) 신장자치구 주임은).
// openedGloss reports whether word k is a gloss of one word in brackets
// after the word before it: 이대영(53), 허우한민(侯漢敏).
func openedGloss(toks []token, k int) bool {
	return toks[k].punctBefore == "(" && k+1 < len(toks) && glossBetween(toks, k+1)
}

func glossBetween(toks []token, k int) bool {
	p := toks[k].punctBefore
	return strings.HasPrefix(p, ")") && len(p) == 1
}

// phraseName returns the words of the name that opens the phrase
// toks[k0:i], or nil.
func (a *analysis) phraseName(toks []token, k0, i int) []token {
	w := toks[k0]
	if w.script != scriptHangul || a.x.lex.IsCommonNoun(w.text) {
		return nil
	}
	// 홍 민: a surname and a given name written apart
	if a.surnameWord(w) && k0+1 < i && syllables(toks[k0+1].text) <= 2 && toks[k0+1].punctBefore == "" &&
		hangul.IsWord(toks[k0+1].text) && a.nameLike(toks[k0+1].text) {
		return []token{w, toks[k0+1]}
	}
	if a.orgUnitBeforeName(toks, k0, i) {
		return nil // 도시계획국 김병하, 사진부 한종찬: an office, then the name
	}
	if a.koreanName(w.text) && syllables(w.text) == 3 && a.nameLike(w.text) {
		if k0+1 < i && toks[k0+1].punctBefore == "" && a.koreanFullName(toks[k0+1].text) && a.x.lex.VerbFormOf(w.text) != lexicon.NoVerbForm {
			return nil // 설전이 오가자 신기남 위원장은: a verb, then the name
		}
		return []token{w}
	}
	// two transliterated words: 볼로도미르 젤렌스키, 제이 카니, 알 그린
	if k0+2 <= i && toks[k0+1].punctBefore == "" {
		v := toks[k0+1]
		orgNext := false
		next := k0 + 2
		if next < i && hyphenJoined(toks, next) {
			next++ // 카린 장-피에르 백악관 대변인은
		}
		if next < i {
			if e := a.entityAt(toks[next].start, toks[next].end, ""); e != nil && (e.Type == TypeOrg || e.Type == TypeLocation) {
				orgNext = true // 제이 카니 백악관 대변인은: a name, then whom it serves
			}
		}
		if a.koreanFullName(v.text) && !a.x.lex.IsNameWord(w.text) {
			return nil // 두잇서베이 최종기: a Korean full name is one word
		}
		if a.nameLike(w.text) && a.nameLike(v.text) && syllables(w.text)+syllables(v.text) >= 3 &&
			(orgNext || transliterated(w.text) || transliterated(v.text) || a.x.lex.IsNameWord(w.text) || a.x.lex.IsNameWord(v.text)) ||
			orgNext && (a.placeAsGivenName(toks, k0, i) && a.nameLike(v.text) || a.nameLike(w.text) && a.foreignNamePart(v.text)) {
			name := []token{w, v}
			if k0+2 < i && hyphenJoined(toks, k0+2) && a.nameLike(toks[k0+2].text) {
				name = append(name, toks[k0+2]) // 카린 장-피에르
			}
			return name
		}
	}
	return nil
}

// placeOrBodyAt reports whether the word t is a place or an organization
// found already.
func (a *analysis) placeOrBodyAt(t token) bool {
	e := a.entityAt(t.start, t.end, "")
	return e != nil && (e.Type == TypeOrg || e.Type == TypeLocation)
}

// hyphenJoined reports whether word k is joined to the word before it by a
// hyphen with no space, as the parts of a foreign name are (장-피에르).
func hyphenJoined(toks []token, k int) bool {
	return k > 0 && toks[k].punctBefore == "-" && !toks[k].spaceBefore && toks[k].script == scriptHangul && toks[k-1].script == scriptHangul
}

// placeAsGivenName reports whether the first word of the phrase toks[k0:i],
// a place in the lexicon, is the given name of a person whose family name,
// not an entity, follows it, and a place or body after that (사나 마린 핀란드
// 총리): two places would not stand so apart before a title.
func (a *analysis) placeAsGivenName(toks []token, k0, i int) bool {
	if k0+2 >= i || toks[k0+1].punctBefore != "" || toks[k0+1].josa() != "" {
		return false
	}
	if e := a.entityAt(toks[k0].start, toks[k0].end, ""); e == nil || e.Type != TypeLocation {
		return false
	}
	if a.entityAt(toks[k0+1].start, toks[k0+1].end, "") != nil || !hangul.IsWord(toks[k0+1].text) {
		return false
	}
	e := a.entityAt(toks[k0+2].start, toks[k0+2].end, "")
	return e != nil && (e.Type == TypeOrg || e.Type == TypeLocation)
}

// foreignNamePart reports whether w, which ends like a verb (이달고,
// 디에고), may be the second word of a transliterated name: no word of the
// lexicon and not in an ending of Korean verbs.
func (a *analysis) foreignNamePart(w string) bool {
	if !hangul.IsWord(w) || syllables(w) < 2 || syllables(w) > 4 || notNames[w] || a.x.lex.IsCommonNoun(w) || modifierEnding(w) {
		return false
	}
	if _, ok := a.x.lex.Title(w); ok {
		return false
	}
	if _, ok := a.x.lex.Lookup(w); ok {
		return false
	}
	for _, e := range []string{"하고", "되고", "했고", "였고", "이고", "었고", "았고", "하며", "하면", "해서", "는데", "지만", "라고", "다고"} {
		if strings.HasSuffix(w, e) {
			return false
		}
	}
	return true
}

// orgUnitBeforeName reports whether word k0 of the phrase toks[k0:i] is
// the name of an office or unit (도시계획국, 기획재정팀, 홍보실) that a Korean
// full name follows: a word of three syllables or more, no common noun or
// lexicon name, ending in a government suffix (국, 과, 팀, 실, 처, 청, 본부)
// or the 부 of a department (사진부 한종찬 기자).
func (a *analysis) orgUnitBeforeName(toks []token, k0, i int) bool {
	if k0+1 >= i || toks[k0].josa() != "" || toks[k0+1].punctBefore != "" {
		return false
	}
	w, v := toks[k0].text, toks[k0+1].text
	if !hangul.IsWord(w) || syllables(w) < 3 || a.x.lex.IsCommonNoun(w) || !a.koreanName(v) || syllables(v) != 3 {
		return false
	}
	if _, ok := a.x.lex.Lookup(w); ok {
		return false
	}
	for _, suf := range []string{"국", "과", "팀", "실", "처", "청", "부", "본부", "센터"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// transliterated reports whether w holds a syllable that writes a lone
// consonant of a foreign name, which Korean words rarely use.
func transliterated(w string) bool { return strings.ContainsAny(w, transliterationSyllables) }

// roleWord reports whether w is a title or reads as one: listed, or ending
// in a word that ends Korean job titles (장, 관, 대표, 위원, 대변인).
func (a *analysis) roleWord(w string) bool {
	// MayEndTitle answers for the listed titles too: Title finds only
	// words that MayEndTitle passes, so it need not be looked up
	if a.x.lex.MayEndTitle(w) {
		return true
	}
	for _, suf := range roleSuffixes {
		if strings.HasSuffix(w, suf) && syllables(w) >= 2 {
			return true
		}
	}
	return false
}

// personRoleWord is roleWord for the role after a person's name, which
// must be a title: a listed one, a compound ending in a listed title of
// two syllables or more (상원의장, 법사위원장), or a word in a suffix of job
// titles. The last syllable alone (what MayEndTitle asks) is not enough:
// 수여되기 and 사망했기 end like 기 titles but are verbs.
func (a *analysis) personRoleWord(w string) bool {
	if !compoundWord(w) {
		return false
	}
	if a.x.lex.MayEndTitle(w) {
		// a group (관계자, 주민들, 사람들) is no role of a named person:
		// 소성리 지역 주민들 are the people of a village
		if ti, ok := a.x.lex.Title(w); ok {
			return ti.Kind != "group"
		}
		for i := range w {
			if i > 0 && syllables(w[i:]) >= 2 {
				if ti, ok := a.x.lex.Title(w[i:]); ok {
					return ti.Kind != "group"
				}
			}
		}
	}
	for _, suf := range roleSuffixes {
		if strings.HasSuffix(w, suf) && syllables(w) >= 2 {
			return true
		}
	}
	return false
}

// roleSuffixes end compound job titles (문화공보팀장, 대외협력국장).
var roleSuffixes = []string{"장", "관", "대표", "위원", "대변인", "총리", "의원", "교수", "주임", "연구원", "소장", "고문", "비서", "특보", "보좌관"}

// rolesNearNames gives a person without a role, found by the tagger or a
// rule that saw no title, the title written right after one of their
// mentions, NAME [전] [BODY or PLACE ...] TITLE (발렌티나 마트비옌코 러시아
// 상원의장은, 마이클 플린 전 국가안보보좌관, 제임스 코미 연방수사국(FBI)
// 국장에게), or right before it, [NOUN ...] TITLE NAME (알파인 스키 선수 비아노
// 리차드슨이). A body in the phrase after the name is the affiliation, also
// of a person whose role was found already when the phrase holds it.
func (a *analysis) rolesNearNames(all []sentenceTokens) {
	for _, st := range all {
		toks := st.toks
		for i, t := range toks {
			if t.script != scriptHangul {
				continue
			}
			p := a.entityAt(t.start, t.stemEnd(), TypePerson)
			if p == nil || p.Role != "" && p.Affiliation != nil || i+1 < len(toks) && a.entityAt(toks[i+1].start, toks[i+1].stemEnd(), TypePerson) == p {
				continue // the last word of the mention only
			}
			if t.josa() == "" {
				if role, aff, ok := a.roleAfter(toks, i+1); ok {
					if p.Role == "" {
						p.Role = role
					}
					if p.Affiliation == nil && lastWord(role) == lastWord(p.Role) {
						p.Affiliation = aff // the body of the role it has
					}
					continue
				}
			}
			if p.Role != "" {
				continue
			}
			first := i
			for first > 0 && a.entityAt(toks[first-1].start, toks[first-1].stemEnd(), TypePerson) == p {
				first--
			}
			if role, ok := a.roleBefore(toks, first); ok {
				p.Role = role
			}
		}
	}
}

// roleAfter reads the title phrase that starts at word j after a name:
// [전|현] [BODY or PLACE, a bracketed gloss] ... TITLE with a particle a
// title takes. It returns the role and the first body in the phrase.
func (a *analysis) roleAfter(toks []token, j int) (string, *entity, bool) {
	if j >= len(toks) || toks[j].punctBefore != "" || !toks[j].spaceBefore {
		return "", nil, false
	}
	from := j
	var aff *entity
	for k := j; k < len(toks) && k < j+5; k++ {
		t := toks[k]
		if k > j && t.punctBefore == "(" && t.josa() == "" {
			continue // 연방수사국(FBI) 국장: the gloss of the body
		}
		if k > j && t.punctBefore != "" && (t.punctBefore != ")" || toks[k-1].punctBefore != "(") {
			return "", nil, false
		}
		if t.josa() == "" && rolePrefixes[t.text] && k == j {
			continue
		}
		if ti, ok := a.x.lex.Title(t.stem()); ok && personTitle(ti) || a.personRoleWord(t.stem()) && syllables(t.stem()) >= 3 {
			if !titleJosa[t.josa()] || a.x.lex.IsCommonNoun(t.stem()) && !ok {
				return "", nil, false
			}
			return a.clean[toks[from].start:t.stemEnd()], aff, true
		}
		if t.josa() != "" {
			return "", nil, false
		}
		e := a.entityAt(t.start, t.end, "")
		if e == nil || e.Type != TypeOrg && e.Type != TypeLocation {
			return "", nil, false
		}
		if e.Type == TypeOrg && aff == nil {
			aff = e
		}
	}
	return "", nil, false
}

// roleBefore reads a title right before word i, a name: the title without a
// particle and up to three bare words before it (알파인 스키 선수).
func (a *analysis) roleBefore(toks []token, i int) (string, bool) {
	k := i - 1
	if k < 0 || toks[i].punctBefore != "" || !toks[i].spaceBefore || toks[k].josa() != "" {
		return "", false
	}
	// right before a name found already, an ambiguous title (선수, 시장)
	// is one
	ti, ok := a.x.lex.Title(toks[k].text)
	if !ok || !personTitle(ti) {
		return "", false
	}
	from := k
	for from > 0 && k-from < 3 && toks[from].punctBefore == "" && toks[from].spaceBefore {
		w := toks[from-1]
		if w.josa() != "" || w.script != scriptHangul || clauseEnd(w.text) || determiners[w.text] || timeNouns[w.text] || countWords[w.text] || notNames[w.text] {
			break
		}
		from--
	}
	return a.clean[toks[from].start:toks[k].end], true
}

// verbConnective reports whether w ends like a verb's connective form in
// 아/어 (않아, 보여, 만들어), which no word of a role phrase does.
func verbConnective(w string) bool {
	if !hangul.IsWord(w) || syllables(w) < 2 {
		return false
	}
	for _, e := range []string{"않아", "않고", "아서", "어서", "어", "아", "여", "해", "돼", "워"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}
