package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	ent "github.com/kextract/kextract/extract/internal/entity"
	"github.com/kextract/kextract/internal/hangul"
	"github.com/kextract/kextract/lexicon"
)

// rolePrefixes may stand between a name and its title: 도널드 트럼프 전 미국
// 대통령, 김 모 현 대표.
var rolePrefixes = setOf("전", "현", "前", "現", "신임", "초대", "차기", "공동", "부", "당시", "명예",
	"상원", "하원", // the chamber of a legislature: 상원 법사위원장, 하원 정보위원장
	"영화", "드라마", "뮤지컬", "오페라", "연극", "음악", "미술", "무용", "발레", "다큐멘터리", "축구", "야구", "농구", "배구") // the field of a profession: 영화 감독, 축구 선수

// ambiguousTitles are titles that are also common nouns (시장 is the mayor
// and the market): they only mark a person after a name (홍길동 시장은).
var ambiguousTitles = setOf("시장", "이사", "대표", "감독", "선수", "위원", "의장", "회장단", "기사", "차장", "수석")

// titleJosa are the particles a title after a name can take (조 사이
// 회장은, 트럼프 대통령의); a title with another particle (시장에서) is
// more likely a common noun.
var titleJosa = setOf("", "은", "는", "이", "가", "의", "도", "께서", "과", "와", "에게", "으로", "로", "이며", "이자", "인")

// nameJosa are the particles a person's name takes when it is the subject,
// topic or possessor of a sentence, or is addressed or listed.
var nameJosa = setOf("", "은", "는", "이", "가", "도", "의", "께서", "에게", "과", "와", "측은", "측")

// titleAt returns the title that ends at word i (one or two words: 회장,
// 수석 애널리스트), with the number of words it spans. The last word may
// carry a particle.
func (a *analysis) titleAt(toks []token, i int) (lexicon.TitleInfo, int, bool) {
	if i > 0 && toks[i].punctBefore == "" && toks[i].spaceBefore && a.x.lex.StartsTitle(toks[i-1].text) {
		if ti, ok := a.x.lex.Title(toks[i-1].text + " " + toks[i].stem()); ok {
			return ti, 2, true
		}
	}
	if ti, ok := a.wordTitle(&toks[i]); ok {
		return ti, 1, true
	}
	return lexicon.TitleInfo{}, 0, false
}

// wordTitle returns the title that word t is by itself: its stem, the
// whole word, or a compound ending in a title (외무장관, 문화공보팀장,
// 검찰총장). The stages ask this of the same words many times, so the
// answer whether it is one is kept in the token.
func (a *analysis) wordTitle(t *token) (lexicon.TitleInfo, bool) {
	switch t.titleState {
	case titleNone:
		return lexicon.TitleInfo{}, false
	case titleFound:
		return a.lookUpWordTitle(t) // rare: found again, not stored in every word
	}
	if !a.x.lex.MayEndTitle(t.stem()) && (t.stem() == t.text || !a.x.lex.MayEndTitle(t.text)) {
		t.titleState = titleNone // neither the stem nor a compound of it ends in a title
		return lexicon.TitleInfo{}, false
	}
	ti, ok := a.lookUpWordTitle(t)
	t.titleState = titleNone
	if ok {
		t.titleState = titleFound
	}
	return ti, ok
}

// lookUpWordTitle is wordTitle without the memo.
func (a *analysis) lookUpWordTitle(t *token) (lexicon.TitleInfo, bool) {
	ti, ok := a.x.lex.Title(t.stem())
	if !ok && t.stem() != t.text {
		ti, ok = a.x.lex.Title(t.text)
	}
	if !ok {
		ti, ok = a.compoundTitle(t.stem())
	}
	return ti, ok
}

// anyTitle reports whether w is a title: listed, or a compound of a noun
// and a listed title (see compoundTitle).
func (a *analysis) anyTitle(w string) (lexicon.TitleInfo, bool) {
	if ti, ok := a.x.lex.Title(w); ok {
		return ti, ok
	}
	return a.compoundTitle(w)
}

// compoundTitle reports whether w is a noun followed by a title written as
// one word (외무장관, 도시교통본부장). The title must have two syllables or
// more, the noun before it too, and the title must not also be a common
// noun (주식시장 is a market).
func (a *analysis) compoundTitle(w string) (lexicon.TitleInfo, bool) {
	if len(w) < 4*3 || !hangul.IsWord(w) || syllables(w) < 4 { // four syllables are 12 bytes
		return lexicon.TitleInfo{}, false
	}
	tm, ok := a.x.lex.TitleEndingAt(w, len(w))
	if !ok || tm.Start == 0 || syllables(tm.Surface) < 2 || syllables(w[:tm.Start]) < 2 ||
		ambiguousTitles[tm.Title.Title] && !a.cityMayor(w[:tm.Start], tm.Title.Title) || !personTitle(tm.Title) {
		return lexicon.TitleInfo{}, false
	}
	return lexicon.TitleInfo{Title: w, Kind: tm.Title.Kind}, true
}

// cityMayor reports whether a city's name and 시장 make the mayor's title
// (서울시장, 부산시장), not a market (주식시장, 전통시장).
func (a *analysis) cityMayor(place, title string) bool {
	if title != "시장" {
		return false
	}
	en, ok := a.x.lex.Lookup(place)
	return ok && en.Type == TypeLocation && (en.Kind == "city" || en.Kind == "province")
}

// personTitle reports whether a title can stand next to a person's name.
func personTitle(ti lexicon.TitleInfo) bool {
	switch ti.Kind {
	case "position", "occupation", "political":
		return true
	}
	return false
}

// nounAndSuffix reports whether w is a Sino-Korean noun of two syllables
// or more and a suffix that makes a word no name: 자 for a person of a kind
// (승진자, 피해자, 당선자) and 시 for "at the time of" (재난시, 비상시). A
// name in 자 or 시 (김영자, 히로시) has no noun before it.
func (a *analysis) nounAndSuffix(w string) bool {
	for _, suf := range []string{"자", "시"} {
		if root, ok := strings.CutSuffix(w, suf); ok && syllables(root) >= 2 && a.x.lex.IsCommonNoun(root) && !a.x.lex.IsNameWord(w) {
			return true
		}
	}
	return false
}

// hiAdverb reports whether w is an adverb of manner in 히 made from a
// Sino-Korean noun (단순히, 충분히, 철저히: the noun of a 하다 adjective
// and 히), which reads like a name before a title (단순히 후보). A
// transliterated name in 히 (하인리히) has no noun before its 히.
func (a *analysis) hiAdverb(w string) bool {
	root, ok := strings.CutSuffix(w, "히")
	return ok && syllables(root) >= 2 && a.x.lex.IsCommonNoun(root) && !a.x.lex.IsNameWord(w)
}

// nameLike reports whether w can be a word of a person's name.
func (a *analysis) nameLike(w string) bool {
	if !hangul.IsWord(w) || notNames[w] || stationedIn[w] || sentenceAdverbs[w] || a.hiAdverb(w) || postpositionVerbs[w] || a.nounAndSuffix(w) || adverbOrVerbNoun(w) {
		return false // (더군다나 프란치스코 교황이: an adverb before the name)
	}
	n := utf8.RuneCountInString(w)
	if n < 1 || n > 5 {
		return false
	}
	if _, ok := a.anyTitle(w); ok {
		return false // (충남지사 안희정: the title before the name)
	}
	if _, ok := a.x.lex.Lookup(w); ok {
		return false
	}
	if suf, _, ok := a.x.lex.OrgSuffix(w); ok && syllables(suf) >= 2 && !a.x.lex.IsNameWord(w) {
		return false // 알바노조 위원장, 삼이실업: a body's name, not a person's
	}
	// a verb form (기울어진, 관련해서) is no name word, unless it reads as a
	// Korean name (이영진 ends like a modifier too)
	if clauseEnd(w) && !a.koreanName(w) && !a.x.lex.IsNameWord(w) || a.derivedWord(w) || a.verbWord(w) {
		return false
	}
	// a dictionary common noun (무소속, 일가, 사퇴) is no name word, nor is
	// one with a particle that reads like a Korean name (경찰이, 오늘은)
	if a.x.lex.IsCommonNoun(w) {
		return false
	}
	return !a.nounWithParticle(w)
}

// koreanName reports whether w looks like a Korean full name: a surname and
// a one- or two-syllable given name.
func (a *analysis) koreanName(w string) bool {
	if !hangul.IsWord(w) || notNames[w] || stationedIn[w] {
		return false
	}
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 4 {
		return false
	}
	if n == 3 && verbalEnding(w) {
		return false // 지고자 (책임을 지고자): a verb, not 지 + 고자
	}
	_, given, ok := a.x.lex.SplitName(w)
	return ok && given != "" && given != "모" && utf8.RuneCountInString(given) <= 2 && !strings.ContainsAny(w, transliterationSyllables) // 김모 is "a certain Kim"
}

// verbWord reports whether w is a conjugated verb or adjective, which no
// name word is: 1표를 받아 국가주석으로, 토론에 나설 의원이, 논란이 제기되자
// 치프라스 총리는. A listed fused form (나설, 내린) yields only to a listed
// name word; a stem and an ending written after it (받아, 오가자) also to
// the shape of a Korean full name, which given names can share; a noun and
// a light verb (이용해, 제기되자) to nothing, since the dictionary's name list
// holds a few of those by mistake.
func (a *analysis) verbWord(w string) bool {
	if syllables(w) < 2 {
		return false // one syllable is a surname or a given name as often (민, 알, 주)
	}
	switch a.x.lex.VerbFormOf(w) {
	case lexicon.ListedVerbForm:
		return !a.x.lex.IsNameWord(w)
	case lexicon.RegularVerbForm:
		return !a.koreanName(w) && !a.x.lex.IsNameWord(w)
	case lexicon.NounVerbForm:
		return true
	}
	return false
}

// adverbOrVerbNoun reports whether w ends as no name does: an adverb in 째
// (송두리째, 통째) or the noun form of a verb in 하다 (구하기 of 구하다,
// 동료의원 구하기).
func adverbOrVerbNoun(w string) bool {
	return strings.HasSuffix(w, "째") || strings.HasSuffix(w, "하기") && syllables(w) >= 3
}

// koreanFullName reports whether w is a Korean full name of three
// syllables (김철수), a surname and a given name in one word, and no
// transliteration (마이클, 오바마 are read so too).
func (a *analysis) koreanFullName(w string) bool {
	return syllables(w) == 3 && a.koreanName(w) && !transliterated(w)
}

// verbalEnding reports whether w ends in a connective ending of a verb
// that Korean given names do not end in: 고자, 려고, 면서, 는데, 도록,
// 으며, 다며, 라며, 자며.
func verbalEnding(w string) bool {
	for _, e := range []string{"고자", "려고", "면서", "는데", "도록", "으며", "다며", "라며", "자며"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// transliterationSyllables are syllables that write a lone consonant of a
// foreign name (도널드, 트럼프, 마크롱) and that Korean given names do not use.
const transliterationSyllables = "드트스크프브즈츠르그므흐쉬셰퀴"

// findPeople recognises people from the words around them: a title before
// (수석 애널리스트 앨빈 응우옌은) or after (조 사이 회장은, 도널드 트럼프 전
// 미국 대통령), a clause naming the role (부사장을 맡고 있는 매트 킴벌은), or
// the honorific 씨. The title becomes the role and an organization tied to it
// (X의 수석 애널리스트, X에서 … 맡고 있는) the affiliation.
func (a *analysis) findPeople(st sentenceTokens) {
	toks := st.toks
	for i := range toks {
		a.personBeforeRole(st, i)
		a.personBeforeAge(st, i)
	}
	for i := range toks {
		ti, n, ok := a.titleAt(toks, i)
		if !ok || !personTitle(ti) {
			continue
		}
		t0 := i - n + 1
		switch {
		case toks[i].josa() == "" && !ambiguousTitles[ti.Title] && a.personAfterTitle(st, t0, i, ti):
		case titleJosa[toks[i].josa()] && (a.titleEndsPhrase(toks, i) || !ambiguousTitles[ti.Title] && a.fullNameBefore(toks, t0)) && a.personBeforeTitle(st, t0, i):
		case toks[i].josa() == "을" || toks[i].josa() == "를":
			a.personAfterClause(st, t0, i)
		}
	}
	for _, t := range toks {
		// 김철수씨는: the name without the honorific
		if name, ok := strings.CutSuffix(t.stem(), "씨"); ok && a.koreanName(name) {
			end := t.start + len(name)
			a.addPerson(st, []token{{start: t.start, end: end, text: name, stemLen: int32(len(name))}}, "", nil)
		}
	}
}

// titleEndsPhrase reports whether the title at word i ends its noun phrase:
// it carries a particle, or punctuation or the sentence end follows. A bare
// title before another noun is part of a compound (시장 구조를).
func (a *analysis) titleEndsPhrase(toks []token, i int) bool {
	if toks[i].josa() != "" || i+1 >= len(toks) || toks[i+1].punctBefore != "" {
		return true
	}
	_, ok := a.x.lex.Title(toks[i+1].stem())
	return ok || toks[i+1].text == "겸"
}

// fullNameBefore reports whether a Korean full name of three syllables,
// bare, stands right before word t0: 박원순 서울시장 사망, where the title
// and the noun after it still name the person. The caller asks a title
// that is no common noun too (오히려 시장 구조를 is a market).
func (a *analysis) fullNameBefore(toks []token, t0 int) bool {
	if t0 == 0 || toks[t0].punctBefore != "" || !toks[t0].spaceBefore {
		return false
	}
	p := toks[t0-1]
	return p.josa() == "" && syllables(p.text) == 3 && !connectives[p.text] && a.koreanName(p.text) && a.nameLike(p.text)
}

// personAfterTitle handles TITLE NAME(josa): 수석 애널리스트 앨빈 응우옌은.
func (a *analysis) personAfterTitle(st sentenceTokens, t0, ti int, info lexicon.TitleInfo) bool {
	toks := st.toks
	// 황교안 대통령 권한대행은: the title belongs to the name before it
	for k := t0 - 1; k >= 0 && toks[k+1].punctBefore == "" && toks[k].josa() == ""; k-- {
		if a.koreanName(toks[k].text) && !a.foreignNameAfter(toks, ti) {
			return false
		}
		if !rolePrefixes[toks[k].text] && a.entityOf(toks[k], "") == nil {
			break
		}
	}
	var name []token
	for k := ti + 1; k < len(toks) && k <= ti+2; k++ {
		t := toks[k]
		if t.punctBefore != "" || !t.spaceBefore || t.stem() == "등" {
			break // 전 보좌관 등 트럼프 캠프 인사들: 등 lists, it is no surname
		}
		last := t.josa() != "" || k == ti+2 || k+1 >= len(toks) || toks[k+1].punctBefore != ""
		if !last {
			if !a.nameLike(t.text) {
				break
			}
			name = append(name, t)
			continue
		}
		if !nameJosa[t.josa()] {
			break
		}
		if _, ok := a.x.lex.Title(t.stem()); ok {
			break // 가수 김종민 씨가: the honorific ends the name
		}
		if a.josaInsideNoun(t) {
			break // 경찰 조사결과: the word ends in a noun, not in 과
		}
		w := t.stem()
		if !a.nameLike(w) && a.nameLike(t.text) {
			w = t.text
		}
		if !a.nameLike(w) {
			break
		}
		name = append(name, t)
		break
	}
	if len(name) == 0 {
		return false
	}
	if last := name[len(name)-1]; last.josa() == "" {
		// 감사원장 인준안 단독 처리: a bare word before a common noun is
		// the head of a compound, no name
		for k := ti + 1; k+1 < len(toks); k++ {
			if toks[k].start == last.start {
				if nx := toks[k+1]; nx.punctBefore == "" && a.x.lex.IsCommonNoun(nx.stem()) {
					if _, title := a.x.lex.Title(nx.stem()); !title {
						return false
					}
				}
				break
			}
		}
	}
	if len(name) == 1 {
		// one word: a Korean full name, or any name after a two-word title
		w := name[0].stem()
		korean := a.koreanName(w) && syllables(w) == 3
		if !korean && (t0 == ti || syllables(w) < 2) {
			return false
		}
	}
	role := a.clean[toks[t0].start:toks[ti].stemEnd()]
	aff := a.orgBefore(toks, t0)
	a.addPerson(st, name, role, aff)
	return true
}

// foreignNameAfter reports whether the two words after word ti are a
// foreign name with its particle (장관 알마즈벡 아브또브는): neither a
// Korean name, at least one a known name word or written with the syllables
// of a transliteration. Such a name after a title takes it, whatever word
// before the title reads like a Korean name (이민부 장관).
func (a *analysis) foreignNameAfter(toks []token, ti int) bool {
	if ti+2 >= len(toks) {
		return false
	}
	g, f := toks[ti+1], toks[ti+2]
	if g.punctBefore != "" || f.punctBefore != "" || g.josa() != "" || !nameJosa[f.josa()] {
		return false
	}
	fw := f.stem()
	if !a.nameLike(g.text) || !a.nameLike(fw) || a.koreanName(g.text) || a.koreanName(fw) {
		return false
	}
	known := a.x.lex.IsNameWord(g.text) || a.x.lex.IsNameWord(fw)
	return known || strings.ContainsAny(g.text, transliterationSyllables) && strings.ContainsAny(fw, transliterationSyllables)
}

// personBeforeTitle handles NAME [전] [PLACE/ORG] TITLE: 조 사이 회장은,
// 도널드 트럼프 전 미국 대통령의, 조현준 효성그룹 회장.
func (a *analysis) personBeforeTitle(st sentenceTokens, t0, ti int) bool {
	toks := st.toks
	j := t0 - 1
	roleStart := t0
	var aff *entity
	for j >= 0 && toks[j+1].punctBefore == "" && toks[j].josa() == "" {
		if rolePrefixes[toks[j].text] {
			roleStart = j
			j--
			continue
		}
		if e := a.entityOf(toks[j], ""); e != nil && (e.Type == TypeOrg || e.Type == TypeLocation) {
			if e.Type == TypeOrg && aff == nil {
				aff = e
			}
			roleStart = j
			j--
			continue
		}
		break
	}
	// an age or note in brackets between the name and the title:
	// 이대영(53) 서울시 부교육감은; or the name in Chinese characters,
	// which shows the word before to be a name read from them (양무즈(楊牧之)
	// 회장은, 허우한민(侯漢敏) 대변인은: a character reads as one syllable or,
	// in Chinese, two)
	glossed := false
	if j > 0 && toks[j].punctBefore == "(" && toks[j].script == scriptHanja && strings.HasPrefix(toks[j+1].punctBefore, ")") &&
		hangul.IsWord(toks[j-1].text) {
		n, syl := utf8.RuneCountInString(toks[j].text), syllables(toks[j-1].text)
		glossed = n >= 2 && n <= syl && syl <= 2*n
	}
	if j > 0 && toks[j].punctBefore == "(" && (toks[j].script == scriptDigit || glossed) && strings.HasPrefix(toks[j+1].punctBefore, ")") {
		j--
		if toks[j].josa() == "" {
			toks = append([]token{}, toks...) // the name check below reads toks[j+1]
			toks[j+1].punctBefore = ""
			toks[j+1].spaceBefore = true
		}
	}
	// the name: one or two words without particles
	if j < 0 || toks[j+1].punctBefore != "" || !toks[j+1].spaceBefore || !glossed && !a.nameLike(toks[j].text) && !a.transliteratedAfterGiven(toks, j) {
		return false
	}
	if j > 0 && toks[j].punctBefore == "" && a.entityAt(toks[j-1].start, toks[j-1].end, TypePerson) != nil {
		return false // 이복순 수영구 문화공보팀장: the person is named before; 수영구 is part of the role
	}
	last := toks[j]
	if strings.ContainsAny(last.punctBefore, ")]") {
		return false // X(English)의 [title]: the particle after a gloss
	}
	if e := a.entityOf(last, ""); e != nil && e.Type != TypePerson {
		return false // (…)은 미국의 싱어송라이터: a place, not a name
	}
	if last.josa() == "" && a.officeBeforeHead(last.end) {
		return false // 이민부 장관: the ministry its minister heads
	}
	if breaksName(last.josa()) && !(nameEndingJosa[last.josa()] && a.koreanName(last.text) && !a.nounWithParticle(last.text)) && !(j > 0 && a.surnameWord(toks[j-1])) &&
		!(last.josa() == "인" && syllables(last.text) >= 3 && a.x.lex.IsNameWord(last.text)) { // 파인스타인 is no 파인스타 + 인
		return false // 이집트의 대통령, 여러 명의 경찰관
	}
	name := []token{last}
	if hyphenJoined(toks, j) && a.nameLike(toks[j-1].text) {
		// 카린 장-피에르 백악관 대변인: a name in parts joined by a hyphen
		name = []token{toks[j-1], last}
		if k := j - 2; k >= 0 && toks[k+1].punctBefore == "" && toks[k+1].spaceBefore && toks[k].josa() == "" && a.nameLike(toks[k].text) &&
			!a.koreanName(toks[k].text) && syllables(toks[k].text) >= 2 {
			name = append([]token{toks[k]}, name...) // the given name before
		}
	} else if a.givenNameBefore(toks, j) {
		name = []token{toks[j-1], last}
	}
	if len(name) == 1 && countWords[last.text] {
		return false // 두 후보는, 새 사장의: a numeral or determiner, not 두 or 새 the surname
	}
	if len(name) == 1 && syllables(last.text) == 1 && !a.x.lex.IsSurname(last.text) && !glossed {
		return false // 비준 뒤 대통령이, 제기하게 된 경위: one syllable alone is a name only as a surname
	}
	if len(name) == 1 && syllables(last.text) == 1 && a.x.lex.IsSurname(last.text) {
		// 윤 대통령, 김 대표: a surname and a title stand for a person
		a.surnameMention(st, last, toks[ti], a.clean[toks[roleStart].start:toks[ti].stemEnd()], toks[ti].stemEnd())
		return true
	}
	// a one-word name right after a modifier or an object is more likely a
	// common noun (중국 기업 회장): ask for a second word or a Korean name
	if len(name) == 1 && !a.koreanName(name[0].text) && !glossed {
		k := j - 1
		if k >= 0 && toks[k].josa() == "" && toks[k+1].punctBefore == "" && !clauseEnd(toks[k].text) {
			return false
		}
	}
	if aff == nil {
		aff = a.orgBefore(toks, j-len(name)+1)
	}
	for i := range name {
		name[i].wholeWord()
		name[i].titleState = titleUnknown // the memo was for the old stem
	}
	role := a.clean[toks[roleStart].start:toks[ti].stemEnd()]
	a.addPerson(st, name, role, aff)
	return true
}

// transliteratedAfterGiven reports whether word k, a dictionary word or a
// verb form on its own (트러스 a truss, 그린 drew), is the family name of a
// foreign name: written with the syllables that transliterate a lone
// consonant, bare, right after a known given name (리즈 트러스 총리).
func (a *analysis) transliteratedAfterGiven(toks []token, k int) bool {
	w := toks[k].text
	if k == 0 || !hangul.IsWord(w) || notNames[w] || syllables(w) < 2 || syllables(w) > 5 || !strings.ContainsAny(w, transliterationSyllables) {
		return false
	}
	if _, ok := a.x.lex.Title(w); ok {
		return false
	}
	p := toks[k-1]
	return toks[k].punctBefore == "" && toks[k].spaceBefore && p.josa() == "" &&
		(syllables(p.text) >= 2 && a.x.lex.IsNameWord(p.text) && !a.koreanName(p.text) && a.nameLike(p.text) || shortGivenNames[p.text])
}

// shortGivenNames are English given names that Korean writes in one
// syllable (알 Al, 팀 Tim, 잭 Jack). Most are common words too (알 an egg,
// 밥 rice), so they are read as a given name only right before a family
// name written in transliteration (알 그린 하원의원, 팀 쿡 최고경영자).
var shortGivenNames = setOf("알", "밥", "잭", "톰", "존", "빌", "폴", "벤", "팀", "짐", "켄", "샘", "맷", "댄", "닉", "릭", "롭", "론", "척", "칼", "앤", "잰")

// givenNameBefore reports whether the word before word k can be the first
// part of a two-word name ending at k: 조 사이 (a one-syllable surname
// first), 버락 오바마 (a transliterated given name). A word that ends like a
// unit of an organization (기획팀, 총무부) or is itself a Korean full name
// is not.
func (a *analysis) givenNameBefore(toks []token, k int) bool {
	if k == 0 || toks[k].punctBefore != "" || !toks[k].spaceBefore {
		return false
	}
	p := toks[k-1]
	if e := a.entityOf(p, ""); e != nil && e.Type != TypePerson {
		return false // 한화 이글스 정우람 선수: the team's name ends before the person's
	}
	if a.koreanFullName(toks[k].text) && !a.x.lex.IsNameWord(p.text) {
		return false // 새정연 박영선: a Korean full name is one word
	}
	// 이 right before another name word is the last syllable of a given
	// name (세르게이 라브로프), not the subject particle
	// nor is 가 before another: 스가 요시히데, 올가 토카르추크
	if breaksName(p.josa()) && p.josa() != "이" && !(p.josa() == "가" && a.x.lex.IsNameWord(p.text) && a.x.lex.IsNameWord(toks[k].text)) ||
		!a.nameLike(p.text) || modifierEnding(p.text) && !(a.x.lex.IsNameWord(p.text) && (a.x.lex.IsNameWord(toks[k].text) || a.transliteratedAfterGiven(toks, k))) {
		return false // (다이안 파인스타인, 덩컨 홀데인 end like modifiers and are names)
	}
	if syllables(p.text) == 1 {
		if shortGivenNames[p.text] && syllables(toks[k].text) >= 2 && (a.x.lex.IsNameWord(toks[k].text) || a.transliteratedAfterGiven(toks, k)) {
			return true // 알 그린, 잭 스미스
		}
		// a surname has no full Korean name after it: 고 김대중 is the late
		// (故) 김대중
		return a.x.lex.IsSurname(p.text) && !a.koreanFullName(toks[k].text)
	}
	// before a surname standing alone only a known given name is part of
	// the name (루시 고); other words are not (말을 빌려 김 하사가)
	if syllables(toks[k].text) == 1 && !a.x.lex.IsNameWord(p.text) {
		return false
	}
	// both words are known name words: 버락 오바마, 도널드 트럼프
	if a.x.lex.IsNameWord(p.text) && a.x.lex.IsNameWord(toks[k].text) && !a.koreanName(p.text) {
		return true
	}
	// a Korean full name is read as one: 무소속 김영순 후보
	if a.koreanName(toks[k].text) || a.koreanName(p.text) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(p.text)
	return !strings.ContainsRune("팀부과실국청처원단소서면고며게도후뒤중간때에", r)
}

// breaksName reports whether a particle split off a word means the word
// cannot be inside a name. Endings that are also the last syllable of many
// names (앙겔라, 마리아, 사라) do not count.
func breaksName(josa string) bool {
	switch josa {
	case "", "라", "아", "야", "여", "나", "다":
		return false
	}
	return true
}

// countWords are numerals and determiners written like one-syllable
// surnames; before a title they count or point (두 후보, 새 사장, 각 대표).
var countWords = setOf("두", "세", "네", "몇", "새", "각", "그", "저", "모", "양", "해")

// josaInsideNoun reports whether the particle split off word t is really
// the end of a noun: 조사결과 is 조사 + 결과, not 조사결 + 과.
func (a *analysis) josaInsideNoun(t token) bool {
	if t.josa() == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t.stem())
	return a.x.lex.IsCommonNoun(string(r)+t.josa()) || a.x.lex.IsCommonNoun(t.text)
}

// nameEndingJosa are particles that are also common last syllables of
// Korean given names (김지은, 이수인, 곽상도, 이재만, 김민서): a word ending in
// them may still be a name. Other particles (윤아는 매니저의) end the word
// before a title.
var nameEndingJosa = setOf("은", "이", "인", "도", "만", "서")

// nounWithParticle reports whether w is a dictionary noun, a title or a
// lexicon name of two syllables or more and a case particle: 경찰이,
// 오늘은, 정부가. Name words of the dictionary are not.
func (a *analysis) nounWithParticle(w string) bool {
	stem, josa := a.x.lex.StripJosa(w)
	if !nounCaseJosa[josa] || syllables(stem) < 2 || a.x.lex.IsNameWord(w) {
		return false
	}
	_, entry := a.x.lex.Lookup(stem)
	_, title := a.x.lex.Title(stem)
	return entry || title || a.x.lex.IsCommonNoun(stem)
}

// nounCaseJosa are the particles of a subject, a topic, an object and a
// possessor, and the conjunctive 과 and 와 (폐쇄성과 장성택: "the secrecy
// and 장성택").
var nounCaseJosa = setOf("이", "가", "은", "는", "을", "를", "의", "과", "와")

// derivedWord reports whether w is a dictionary noun with a suffix that
// makes a modifier, an adjective or a verb of it (유력한, 수색한, 심리적,
// 공개된, 완성해), or a bill or plan (인준안, 개정안):
// such words read like names (유 + 력한) but are not.
func (a *analysis) derivedWord(w string) bool {
	for _, suf := range []string{"적", "한", "된", "할", "하는", "되는", "했던", "안", "해", "해서", "하여", "하고", "하며", "하면", "했다", "했고", "되어", "돼"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && syllables(stem) >= 2 && a.x.lex.IsCommonNoun(stem) {
			return true
		}
	}
	return false
}

// surnameWord reports whether t is a one-syllable surname standing alone
// (the 조 of 조 사이).
func (a *analysis) surnameWord(t token) bool {
	return t.josa() == "" && syllables(t.text) == 1 && a.x.lex.IsSurname(t.text)
}

// surnameMention handles a surname with a title (윤 대통령은): it joins the
// person of the article with that surname, or stands for a person named by
// the surname alone.
func (a *analysis) surnameMention(st sentenceTokens, t, title token, role string, refEnd int) {
	// the mention is the surname with its title, as one refers to the
	// person: 윤 대통령, 김 대표 (the surname until widenReferences, the
	// linking reads it)
	if title.stem() == "모씨" || title.stem() == "모" {
		return // 김 모씨 is someone unnamed (findAnonymous), not 김영오
	}
	sp := span{Start: t.start, End: t.end}
	var cands []*entity
	for _, e := range a.entitiesStarting(t.text) {
		if e.Type == TypePerson && len(e.Parts) == 1 && strings.HasPrefix(e.Name, t.text) && a.koreanName(e.Name) {
			cands = append(cands, e)
		}
	}
	honorific := anonHonorifics[strings.TrimPrefix(title.stem(), t.text)] // 씨 of 최씨 or 최 씨
	if len(cands) == 0 && honorific {
		// 최씨 after 최 아무개, 김씨 after 김 모씨: the unnamed person of that surname
		for _, e := range a.entitiesStarting(t.text) {
			if e.Type == TypePerson && len(e.Parts) == 1 && e.Parts[0] == t.text && e.Name != t.text && certainName(e.Name) {
				cands = append(cands, e)
			}
		}
	}
	match := a.pickBySurname(cands, title.stem(), sp.Start)
	wide := span{Start: sp.Start, End: refEnd}
	if match != nil {
		a.addReference(match, sp, wide, st.idx)
		return
	}
	if wordSurnames[t.text] && !honorific {
		return // 뒤쫓던 한 경찰관, 우리 당 후보, 시ㆍ도 소방본부장: no one of that name
	}
	name := a.clean[sp.Start:sp.End]
	for _, e := range a.entitiesStarting(name) {
		if e.Type == TypePerson && e.Name == name && len(e.Parts) == 1 && e.Parts[0] == t.text {
			// the surname alone again: the one person the linking makes
			// of all its mentions, found here so that a document of
			// many such mentions does not hold as many entities
			a.addReference(e, sp, wide, st.idx)
			return
		}
	}
	p := &entity{Type: TypePerson, Name: name, Parts: []string{t.text}, Role: role}
	a.ents.Append(p)
	a.addReference(p, sp, wide, st.idx)
}

// certainName reports whether name is how an unnamed person is written:
// a surname and 모 or 아무개 (김 모씨, 김모, 최 아무개, 박 아무개씨).
func certainName(name string) bool {
	return strings.Contains(name, "아무개") || strings.Contains(name, "모")
}

// wordSurnames are surnames that are far more often another word before a
// title: a determiner (한 경찰관, 전 대통령, 현 의원, 제 대통령직, 본 기자,
// 동 위원장) or a noun (당 후보, 시ㆍ도 소방본부장, 등 소위, 자를란트 주 총리). Such a surname
// with a title is a mention of a person only when the article names a
// person of that surname. With an honorific (전씨, 한 씨) it is always a
// person.
var wordSurnames = setOf("한", "전", "현", "제", "본", "동", "당", "도", "등", "총", "구", "시", "군", "고", "대", "명", "주")

// pickBySurname chooses the person a surname mention refers to among the
// people of that surname: the only one; else the only one whose role ends
// in the title (김 의원 for 김철수 의원, not 김영희 교수); else the one named
// last before off, as a reader takes the nearest.
func (a *analysis) pickBySurname(cands []*entity, title string, off int) *entity {
	switch len(cands) {
	case 0:
		return nil
	case 1:
		return cands[0]
	}
	var byRole []*entity
	for _, e := range cands {
		if title != "" && e.Role != "" && strings.HasSuffix(e.Role, title) {
			byRole = append(byRole, e)
		}
	}
	if len(byRole) == 1 {
		return byRole[0]
	}
	if len(byRole) > 1 {
		cands = byRole
	}
	return ent.LastNamedBefore(cands, off)
}

// personAfterClause handles TITLE을 맡고 있는 NAME은: the person named after a
// clause that gives the role, and the organization the clause names with
// 에서 or 의.
func (a *analysis) personAfterClause(st sentenceTokens, t0, ti int) {
	toks := st.toks
	k := ti + 1
	for ; k < len(toks) && k <= ti+3; k++ {
		if toks[k].punctBefore != "" {
			return
		}
		if modifierEnding(toks[k].text) {
			break
		}
	}
	if k >= len(toks) || k > ti+3 {
		return
	}
	var name []token
	for m := k + 1; m < len(toks) && m <= k+2; m++ {
		t := toks[m]
		if t.punctBefore != "" {
			break
		}
		if t.josa() == "" && a.nameLike(t.text) && m < k+2 {
			name = append(name, t)
			continue
		}
		if nameEndingJosa[t.josa()] && syllables(t.text) == 3 && a.koreanName(t.text) {
			break // 곽상도 자유한국당 의원은: the name is 곽상도, and its title follows
		}
		if nameJosa[t.josa()] && t.josa() != "" && a.nameLike(t.stem()) {
			name = append(name, t)
		}
		break
	}
	if len(name) == 0 || name[len(name)-1].josa() == "" {
		return
	}
	if len(name) == 1 && !a.koreanName(name[0].stem()) {
		return
	}
	var aff *entity
	for m := t0 - 1; m >= 0; m-- {
		if e := a.entityOf(toks[m], TypeOrg); e != nil && (toks[m].josa() == "에서" || toks[m].josa() == "의" || toks[m].josa() == "에") {
			aff = e
			break
		}
	}
	role := a.clean[toks[t0].start:toks[ti].stemEnd()]
	a.addPerson(st, name, role, aff)
}

// clauseEnd reports whether a word ends a clause or phrase, so that the
// word after it starts a new noun phrase: a connective ending (관련해서,
// 하고, 하며, 하면) or a modifier (있는, 맡은).
func clauseEnd(w string) bool {
	if modifierEnding(w) || verbalEnding(w) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(w)
	return syllables(w) >= 2 && strings.ContainsRune("서고며면게지니데도", r)
}

// modifierEnding reports whether a word ends like a verb modifying the noun
// after it (있는, 맡은, 이끄는, 지낸).
func modifierEnding(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	if !hangul.IsSyllable(r) || utf8.RuneCountInString(w) < 2 {
		return false
	}
	if r == '는' || r == '던' {
		return true
	}
	return hangul.EndsIn(w, hangul.FinalNieun) // 맡은, 지낸, 역임한
}

// orgBefore returns the organization that a role phrase starting at word t0
// belongs to: X의 [title], X [title], X(English)의 [title], X에서는 [name]
// [title], or X([title] [name]).
func (a *analysis) orgBefore(toks []token, t0 int) *entity {
	k := t0 - 1
	if k < 0 {
		return nil
	}
	// X(English Name)의: the particle stands alone after the gloss
	if toks[k].text == "의" && strings.HasPrefix(toks[k].punctBefore, ")") {
		for g := k - 1; g > 0 && g >= k-8; g-- {
			if toks[g].punctBefore == "(" {
				k = g - 1
				if e := a.entityOf(toks[k], TypeOrg); e != nil {
					return e
				}
				return nil
			}
		}
		return nil
	}
	if toks[t0].punctBefore == "(" && toks[k].josa() == "" {
		// 소방방재청(청장 박연수): the head of the body named before the bracket
		return a.entityOf(toks[k], TypeOrg)
	}
	if toks[t0].punctBefore != "" {
		return nil
	}
	switch toks[k].josa() {
	case "의", "":
	case "에서", "에서는":
		// 정의당에서는 정호진 수석대변인이: the body the person speaks for
		return a.entityOf(toks[k], TypeOrg)
	default:
		return nil
	}
	if e := a.entityOf(toks[k], TypeOrg); e != nil {
		return e
	}
	// an unknown name in X의 [title] [person] is the person's organization
	if toks[k].josa() == "의" && a.orgNameLike(toks[k]) {
		e := &entity{Type: TypeOrg, Name: toks[k].stem()}
		a.ents.Append(e)
		a.ents.Add(e, span{Start: toks[k].start, End: toks[k].stemEnd()}, a.sentenceAt(toks[k].start))
		return e
	}
	return nil
}

// orgNameLike reports whether a word can be an organization's name that
// no lexicon knows: a Hangul or Latin word of two syllables or more that is
// no common word, title or place.
func (a *analysis) orgNameLike(t token) bool {
	w := t.stem()
	if notNames[w] || orgClassifiers[w] || syllables(w) < 2 || pronouns[w] || a.x.lex.IsCommonNoun(w) {
		return false // 17미터 높이의 이순신 장군: a measure, no body
	}
	if t.script != scriptHangul && t.script != scriptLatin && t.script != scriptMixed {
		return false
	}
	if _, ok := a.x.lex.Title(w); ok {
		return false
	}
	if e := a.entityOf(t, ""); e != nil {
		return false
	}
	return true
}

// addPerson records a person named by the words name (the last may carry a
// particle), merging with a person of the same name.
func (a *analysis) addPerson(st sentenceTokens, name []token, role string, aff *entity) {
	sp := span{Start: name[0].start, End: name[len(name)-1].stemEnd()}
	if e := a.entityAt(sp.Start, sp.End, ""); e != nil && e.Type != TypePerson {
		return // already an organization or place
	}
	if last := name[len(name)-1].stem(); strings.Contains(a.clean[sp.Start:sp.End], "-") && syllables(last) >= 3 {
		if _, kind, ok := a.x.lex.OrgSuffix(last); ok && kind == "government" {
			return // 노동부, 이주-이민부 장관: a ministry, no name in parts
		}
	}
	parts := make([]string, len(name))
	for i, t := range name {
		parts[i] = t.stem()
	}
	full := a.clean[sp.Start:sp.End]
	var p *entity
	for _, e := range a.ents.All() {
		if e.Type == TypePerson && e.Name == full {
			p = e
			break
		}
	}
	if p == nil && strings.ContainsAny(full, " -") {
		// 장-피에르 대변인 after 카린 장-피에르 백악관 대변인: the family
		// name of a person named in full before
		for _, e := range a.ents.All() {
			if e.Type == TypePerson && strings.HasSuffix(e.Name, " "+full) && e.First() < sp.Start {
				p = e
				break
			}
		}
	}
	if p == nil {
		p = &entity{Type: TypePerson, Name: full, Parts: parts}
		a.ents.Append(p)
	}
	a.ents.Add(p, sp, st.idx)
	if p.Role == "" && role != "" {
		p.Role = role
	}
	if p.Affiliation == nil && aff != nil {
		p.Affiliation = aff
	}
}

// affiliationsByPosition gives a person without an affiliation the
// organization named right before one of their mentions, as Korean news
// writes a member with their body: 더불어민주당 이낙연은, 레드벨벳 예리와,
// 소방방재청(청장 박연수). It runs once the tagger's entities are in, so the
// bodies only it found count too. Each word costs one look-up in the index.
func (a *analysis) affiliationsByPosition(all []sentenceTokens) {
	for _, st := range all {
		toks := st.toks
		for i := 1; i < len(toks); i++ {
			t := toks[i]
			if t.script != scriptHangul {
				continue
			}
			p := a.entityAt(t.start, t.stemEnd(), TypePerson)
			if p == nil || p.Affiliation != nil || a.entityAt(toks[i-1].start, toks[i-1].end, TypePerson) == p {
				continue
			}
			k := i - 1
			if t.punctBefore == "" && toks[k].punctBefore == "(" && k > 0 && toks[k-1].josa() == "" {
				if _, ok := a.wordTitle(&toks[k]); ok {
					k-- // 소방방재청(청장 박연수)
				}
			} else if t.punctBefore != "" || !t.spaceBefore {
				continue
			}
			if toks[k].josa() != "" {
				continue
			}
			if org := a.entityAt(toks[k].start, toks[k].end, TypeOrg); org != nil {
				p.Affiliation = org
			}
		}
	}
}

// rolesFromAppositives gives a person without a role the title that a
// copula clause before the name gives them: 유명 시인이었던 박진성은, 대통령
// 행정 대표인 에미르백 카프타가옙은, 최고의 가수 중 하나인 김건모는. The
// clause may open with up to two bare nouns of the title (대통령 행정).
func (a *analysis) rolesFromAppositives(all []sentenceTokens) {
	for _, st := range all {
		toks := st.toks
		for i := 1; i < len(toks); i++ {
			t := toks[i]
			if t.punctBefore != "" || !t.spaceBefore || t.script != scriptHangul {
				continue
			}
			p := a.entityAt(t.start, t.stemEnd(), TypePerson)
			if p == nil || p.Role != "" || a.entityAt(toks[i-1].start, toks[i-1].end, TypePerson) == p {
				continue
			}
			k := i - 1
			var title string
			if toks[k].text == "하나인" && k >= 2 && toks[k-1].text == "중" && toks[k].punctBefore == "" && toks[k-1].punctBefore == "" {
				k -= 2               // 가수 중 하나인
				title = toks[k].text // 작곡가 is no 작곡 + 가
				if _, ok := a.x.lex.Title(title); !ok {
					continue
				}
			} else {
				title = a.copulaTitle(toks[k].text)
			}
			if title == "" {
				continue
			}
			from := k
			for from > 0 && k-from < 2 && toks[from].punctBefore == "" && toks[from-1].josa() == "" &&
				toks[from-1].script == scriptHangul && !clauseEnd(toks[from-1].text) && !determiners[toks[from-1].text] && !timeNouns[toks[from-1].text] &&
				a.entityAt(toks[from-1].start, toks[from-1].end, "") == nil {
				from--
			}
			p.Role = strings.TrimSpace(a.clean[toks[from].start:toks[k].start] + title)
		}
	}
}

// timeNouns say when, not what: 한때 유명 배우였던 is a 유명 배우.
var timeNouns = setOf("한때", "당시", "과거", "이전", "최근", "현재", "한동안", "원래", "본래", "당초")

// copulaTitle returns the title of a word made of a title and the copula's
// modifier form (시인이었던, 가수였던, 대표인), or "".
func (a *analysis) copulaTitle(w string) string {
	if _, ok := a.x.lex.Title(w); ok {
		return "" // 당선인 is a title itself
	}
	for _, suf := range []string{"이었던", "였던", "인"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || syllables(stem) < 2 {
			continue
		}
		if ti, ok := a.x.lex.Title(stem); ok && personTitle(ti) {
			return stem
		}
	}
	return ""
}

// affiliationsFromRoles gives a person without an affiliation the body
// that their role names, when the article names that body too: a role word
// that is the body's name (민주당 대표) or a compound of its name and a title
// (국회의장, 법무부장관, 감사원장).
func (a *analysis) affiliationsFromRoles() {
	var byEntry map[*lexicon.Entry]*entity
	for _, p := range a.ents.All() {
		if p.Type != TypePerson || p.Role == "" || p.Affiliation != nil {
			continue
		}
		if byEntry == nil {
			byEntry = map[*lexicon.Entry]*entity{}
			for _, e := range a.ents.All() {
				if e.Entry != nil && e.Type == TypeOrg && len(e.Mentions) > 0 && byEntry[e.Entry] == nil {
					byEntry[e.Entry] = e
				}
			}
		}
		for _, w := range strings.Fields(p.Role) {
			if org := a.roleBody(w, byEntry); org != nil {
				p.Affiliation = org
				break
			}
		}
	}
}

// roleBody returns the organization of the article that the role word w
// names: w itself, or the start of a compound whose rest is a title.
func (a *analysis) roleBody(w string, byEntry map[*lexicon.Entry]*entity) *entity {
	if en, ok := a.x.lex.Lookup(w); ok {
		return byEntry[en]
	}
	if !hangul.IsWord(w) || syllables(w) < 3 || !compoundWord(w) {
		return nil
	}
	for i := range w {
		if i == 0 || syllables(w[:i]) < 2 {
			continue
		}
		if _, ok := a.x.lex.Title(w[i:]); !ok {
			continue
		}
		if en, ok := a.x.lex.Lookup(w[:i]); ok && byEntry[en] != nil {
			return byEntry[en]
		}
	}
	return nil
}

// findLaterMentions adds every later mention of the names found so far: the
// full name again, a person's family name alone (응우옌은, 킴벌은) when no
// other person shares it, and an organization's name found by a rule.
func (a *analysis) findLaterMentions(all []sentenceTokens) {
	type form struct {
		e     *entity
		words []string
		kind  formKind
	}
	forms := map[string][]form{}
	owners := map[string]int{}
	firsts := map[string]int{}
	add := func(e *entity, words []string) {
		if len(words) == 0 || words[0] == "" {
			return
		}
		forms[words[0]] = append(forms[words[0]], form{e, words, formPlain})
	}
	for _, e := range a.ents.All() {
		switch {
		case e.Type == TypePerson:
			// a person known by a surname or letter alone (김 씨, A씨) is
			// mentioned again only with the honorific or a title, which
			// the rules find; the bare word (이, 두) is too often another
			if !(len(e.Parts) == 1 && (syllables(e.Parts[0]) == 1 || isLatinLetter(e.Parts[0]))) {
				add(e, e.Parts)
			}
			if len(e.Parts) >= 2 {
				last := e.Parts[len(e.Parts)-1]
				if utf8.RuneCountInString(last) >= 2 {
					owners[last]++
				}
				firsts[e.Parts[0]]++
			}
		case e.Entry == nil && (e.Type == TypeOrg || e.Type == TypeLocation):
			add(e, strings.Fields(e.Name))
		}
	}
	shared := map[string]bool{}
	for _, e := range a.ents.All() {
		if e.Type == TypePerson && len(e.Parts) >= 2 {
			last := e.Parts[len(e.Parts)-1]
			switch {
			case owners[last] == 1:
				add(e, []string{last})
			case owners[last] > 1 && !shared[last]:
				shared[last] = true
				forms[last] = append(forms[last], form{e, []string{last}, formFamily})
			}
			// a name written family name first (스가 요시히데, 응우옌 떤
			// 중) comes back as the family name with a title (스가 장관은);
			// a given name before a title is rare, so the first part
			// of a name written the other way round does no harm
			first := e.Parts[0]
			if syllables(first) >= 2 && firsts[first] == 1 && owners[first] == 0 && first != last {
				forms[first] = append(forms[first], form{e, []string{first}, formTitled})
			}
		}
	}
	// the first syllables of the forms: most words start with another one
	// and need no look-up
	var starts hangul.Set
	for w := range forms {
		if r, ok := hangul.SyllableAt(w, 0); ok {
			starts.Add(r)
		}
	}
	for _, st := range all {
		toks := st.toks
		for i := range toks {
			if r, ok := hangul.SyllableAt(toks[i].text, 0); ok && !starts.Has(r) {
				continue
			}
			for _, f := range forms[toks[i].text] {
				a.tryFormOf(st, i, f.e, f.words, f.kind, false)
			}
			if toks[i].stem() != toks[i].text {
				for _, f := range forms[toks[i].stem()] {
					a.tryFormOf(st, i, f.e, f.words, f.kind, true)
				}
			}
		}
	}
}

// formKind says when a form of a name counts as a mention.
type formKind uint8

const (
	formPlain  formKind = iota // wherever it stands
	formTitled                 // only with a title after it, and no particle
	formFamily                 // shared by several people: only after another given name
)

// tryFormOf tries a form of kind k at word i, matched by the word's stem
// when byStem.
func (a *analysis) tryFormOf(st sentenceTokens, i int, e *entity, words []string, k formKind, byStem bool) {
	switch k {
	case formTitled:
		if !byStem && a.titleFollows(st.toks, i) || byStem && a.givenNameAlone(st.toks[i], words[0]) {
			a.tryForm(st, i, e, words)
		}
	case formFamily:
		// 에릭 트럼프 when 도널드 트럼프 and 이방카 트럼프 are named: the
		// family name with a given name of none of them is another person
		if i > 0 && a.otherGivenName(st.toks, i, e) && !a.givenNameOfAny(st.toks[i-1].text, words[0]) {
			a.addPerson(st, st.toks[i-1:i+1], "", nil)
		}
	default:
		a.tryForm(st, i, e, words)
	}
}

// givenNameAlone reports whether word t, the first part w of one person's
// foreign name with a particle of a subject, topic, possessor or
// addressee (벨라는, 벨라에게 after 벨라 포치), stands for the person: the
// article calls her so. The part must be a name word of the dictionary
// (벨라, 테드), not a Korean full name: 두잇서베이 of a misread
// 두잇서베이 최종기 is no given name.
func (a *analysis) givenNameAlone(t token, w string) bool {
	return givenNameJosa[t.josa()] && a.x.lex.IsNameWord(w) && !a.koreanName(w) && a.nameLike(w)
}

// givenNameJosa are the particles after which a given name alone refers to
// a person named in full before.
var givenNameJosa = setOf("은", "는", "이", "가", "의", "에게", "에게는", "도", "께서")

// givenNameOfAny reports whether some person of the article is named by
// the given name w and the family name last.
func (a *analysis) givenNameOfAny(w, last string) bool {
	for _, e := range a.ents.All() {
		if e.Type == TypePerson && len(e.Parts) >= 2 && e.Parts[len(e.Parts)-1] == last && slices.Contains(e.Parts, w) {
			return true
		}
	}
	return false
}

// titleFollows reports whether a person's title of one or two words
// follows word i, written apart (스가 장관은, 스가 관방 장관이).
func (a *analysis) titleFollows(toks []token, i int) bool {
	for n := 1; n <= 2 && i+n < len(toks); n++ {
		t := toks[i+1]
		if t.punctBefore != "" || !t.spaceBefore {
			return false
		}
		if ti, k, ok := a.titleAt(toks, i+n); ok && k == n && personTitle(ti) {
			return true
		}
	}
	return false
}

// otherGivenName reports whether the word before word i, the family name
// of person e, is a given name (a name word of the dictionary, written
// apart, with no particle) that is none of e's own parts and no title,
// entity or common noun.
func (a *analysis) otherGivenName(toks []token, i int, e *entity) bool {
	p := toks[i-1]
	if toks[i].punctBefore != "" || !toks[i].spaceBefore || p.josa() != "" || slices.Contains(e.Parts, p.text) {
		return false
	}
	return a.x.lex.IsNameWord(p.text) && a.nameLike(p.text) && a.entityAt(p.start, p.end, "") == nil
}

// tryForm adds a mention of e if words match the text at word i.
func (a *analysis) tryForm(st sentenceTokens, i int, e *entity, words []string) {
	toks := st.toks
	if i+len(words) > len(toks) {
		return
	}
	for k, w := range words {
		t := toks[i+k]
		if k > 0 && (t.punctBefore != "" || !t.spaceBefore) {
			return
		}
		lastWord := k == len(words)-1
		if t.text != w && !(lastWord && t.stem() == w) {
			return
		}
	}
	if e.Type == TypePerson && len(words) == 1 && len(e.Parts) >= 2 && i > 0 && a.otherGivenName(toks, i, e) {
		// 에릭 트럼프 after 도널드 트럼프: the family name with another
		// given name before it is another person of the family
		a.addPerson(st, toks[i-1:i+1], "", nil)
		return
	}
	last := toks[i+len(words)-1]
	end := last.end
	if last.text != words[len(words)-1] {
		end = last.stemEnd()
	}
	sp := span{Start: toks[i].start, End: end}
	if other := a.entityAt(sp.Start, sp.End, ""); other != nil && other != e {
		return
	}
	a.ents.Add(e, sp, st.idx)
}
