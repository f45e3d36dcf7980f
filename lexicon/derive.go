package lexicon

import (
	"strings"
	"unicode/utf8"
)

// Names formed by Korean word formation: a listed place or company followed,
// inside the same eojeol, by a word that makes the name of an organisation
// (충남도의회, 천안시청, 대전지법, 보령경찰서, GS홈쇼핑, 삼성항공). Listing
// every such name is impossible; the rule accepts one only when its base is a
// lexicon entry of the right kind and its suffix is in a closed list, so a
// common noun that merely ends in the same syllables (도청 "wiretap", 시청
// "viewing", 재건설, 은행) never qualifies.

// baseClass says what a pattern may be the base of.
type baseClass uint8

const (
	baseNone    baseClass = iota
	basePlace             // a province, city or district
	baseCompany           // a company or group
)

// unitSyllables are the administrative units a place name can end in.
const unitSyllables = "도시군구"

// derivSuffix is one suffix of the rule. With unit set, the suffix is
// written either after the bare place (충남 + 도의회) or after the place with
// its unit (충청남도 + 의회, 천안시 + 의회); body is then the part after
// the unit.
type derivSuffix struct {
	written   string // the suffix after a bare base: 도의회, 지법, 홈쇼핑
	canonical string // how the canonical name spells it: 지방법원 for 지법
	unit      string // 도, 시, 군 or 구 for unit suffixes, else ""
	body      string // written without the unit: 의회 of 도의회
	kind      string // org or place kind of the derived name
	typ       string // TypeOrg, or TypeLocation for the place suffixes of kind landmark
	base      baseClass
	// full: the canonical name takes a province's full name before the
	// suffix (충남 + 도의회 -> 충청남도의회, 충남 + 경찰청 -> 충청남도경찰청),
	// as the bodies of the province are officially named.
	full bool
}

// placeBodies are the bodies of unit suffixes: the local government and its
// assembly and education office (도청, 도의회, 도교육청; 시청, 시의회, ...).
var placeBodies = []struct{ body, canonical, kind string }{
	{"청", "", "government"},
	{"의회", "", "government"},
	{"교육청", "", "government"},
	{"교육지원청", "", "government"},
	{"선거관리위원회", "", "government"},
	{"선관위", "선거관리위원회", "government"},
}

// placeSuffixes are suffixes of a bare place name (no unit) for bodies named
// after the place: courts, prosecutors' offices, police, fire, tax and
// chambers of commerce, the place's public corporations and universities;
// and for facilities named after it (역, 항, 공항, 대교, ...), which are
// places. Abbreviations map to the full form (지법 -> 지방법원).
var placeSuffixes = []struct {
	written, canonical, kind string
	full                     bool
}{
	{"지방법원", "", "court", false},
	{"지법", "지방법원", "court", false},
	{"고등법원", "", "court", false},
	{"고법", "고등법원", "court", false},
	{"가정법원", "", "court", false},
	{"행정법원", "", "court", false},
	{"회생법원", "", "court", false},
	{"지방검찰청", "", "government", false},
	{"지검", "지방검찰청", "government", false},
	{"고등검찰청", "", "government", false},
	{"고검", "고등검찰청", "government", false},
	{"지청", "", "government", false},
	{"경찰청", "", "government", true},
	{"지방경찰청", "", "government", true},
	{"경찰서", "", "government", false},
	{"해양경찰서", "", "government", false},
	{"해경", "해양경찰서", "government", false},
	{"소방본부", "", "government", true},
	{"소방서", "", "government", false},
	{"지방국세청", "", "government", false},
	{"세무서", "", "government", false},
	{"세관", "", "government", false},
	{"지방국토관리청", "", "government", false},
	{"지방환경청", "", "government", false},
	{"지방고용노동청", "", "government", false},
	{"고용노동청", "", "government", false},
	{"지방해양수산청", "", "government", false},
	{"지방병무청", "", "government", false},
	{"지방조달청", "", "government", false},
	{"지방보훈청", "", "government", false},
	{"지방우정청", "", "government", false},
	{"지방노동위원회", "", "government", false},
	{"교육지원청", "", "government", false},
	{"보건소", "", "government", false},
	{"교육청", "", "government", true},
	{"선관위", "선거관리위원회", "government", true},
	{"선거관리위원회", "", "government", true},
	{"상공회의소", "", "association", false},
	{"상의", "상공회의소", "association", false},
	{"도시공사", "", "agency", false},
	{"관광공사", "", "agency", false},
	{"교통공사", "", "agency", false},
	{"도시철도공사", "", "agency", false},
	{"시설관리공단", "", "agency", false},
	{"개발공사", "", "agency", false},
	{"에너지공사", "", "agency", false},
	{"테크노파크", "", "agency", false},
	{"지방변호사회", "", "association", false},
	{"문화재단", "", "association", false},
	{"대학교", "", "university", false},
	{"교육대학교", "", "university", false},
	{"교대", "교육대학교", "university", false},
	// facilities named after the place, and the town that is a county's
	// seat (성주 + 읍): places themselves (LOCATION)
	{"읍", "", "landmark", false},
	{"역", "", "landmark", false},
	{"항", "", "landmark", false},
	{"공항", "", "landmark", false},
	{"국제공항", "", "landmark", false},
	{"해수욕장", "", "landmark", false},
	{"대교", "", "landmark", false},
	{"나들목", "", "landmark", false},
	{"휴게소", "", "landmark", false},
	{"산업단지", "", "landmark", false},
	{"국가산업단지", "", "landmark", false},
	{"혁신도시", "", "landmark", false},
	{"신도시", "", "landmark", false},
}

// companySuffixes are lines of business that form the names of a group's
// affiliates (삼성 + 전자, GS + 홈쇼핑, SK + 증권).
var companySuffixes = []string{
	"전자", "전기", "전선", "건설", "건설기계", "엔지니어링", "이앤씨", "증권", "투자증권", "은행",
	"저축은행", "금융", "금융지주", "금융그룹", "생명", "생명보험", "화재", "손해보험", "손보",
	"카드", "캐피탈", "캐피털", "자산운용", "홈쇼핑", "항공", "중공업", "물산", "상사", "화학",
	"케미칼", "정밀", "정밀화학", "제약", "바이오", "바이오로직스", "바이오에피스", "디스플레이",
	"에너지", "해운", "상선", "물류", "유통", "백화점", "마트", "리테일", "푸드", "제과",
	"식품", "텔레콤", "네트웍스", "자동차", "철강", "제철", "스틸", "중공업", "조선", "조선해양",
	"에어로스페이스", "인베스트먼트", "호텔", "리조트", "면세점", "엔터테인먼트", "그룹",
	"지주", "홀딩스", "반도체", "소재", "머티리얼즈", "첨단소재", "솔루션", "시스템",
	"오토에버", "글로비스", "정유", "렌탈", "헬스케어", "이노베이션",
}

// derivTable is the compiled rule: every suffix, longest first, and the
// suffixes by the first rune of what follows the base: the written form
// after a bare base (bare), the body after a base ending in its unit
// (afterUnit).
type derivTable struct {
	sufs      []derivSuffix
	bare      map[rune][]int32
	afterUnit map[rune][]int32
}

func newDerivTable() *derivTable {
	var sufs []derivSuffix
	for _, u := range unitSyllables {
		for _, b := range placeBodies {
			c := b.canonical
			if c == "" {
				c = b.body
			}
			sufs = append(sufs, derivSuffix{
				written: string(u) + b.body, canonical: c,
				unit: string(u), body: b.body, kind: b.kind, typ: TypeOrg, base: basePlace, full: true,
			})
		}
	}
	for _, s := range placeSuffixes {
		c := s.canonical
		if c == "" {
			c = s.written
		}
		typ := TypeOrg
		if s.kind == "landmark" {
			typ = TypeLocation
		}
		sufs = append(sufs, derivSuffix{written: s.written, canonical: c, kind: s.kind, typ: typ, base: basePlace, full: s.full})
	}
	seen := map[string]bool{}
	for _, s := range companySuffixes {
		if seen[s] {
			continue
		}
		seen[s] = true
		sufs = append(sufs, derivSuffix{written: s, canonical: s, kind: "company", typ: TypeOrg, base: baseCompany})
	}
	// longest first, so that 도교육청 is tried before 도청 would be
	slicesSortByLen(sufs)
	t := &derivTable{sufs: sufs, bare: map[rune][]int32{}, afterUnit: map[rune][]int32{}}
	for k, s := range sufs {
		r, _ := utf8.DecodeRuneInString(s.written)
		t.bare[r] = append(t.bare[r], int32(k))
		if s.unit != "" {
			r, _ = utf8.DecodeRuneInString(s.body)
			t.afterUnit[r] = append(t.afterUnit[r], int32(k))
		}
	}
	return t
}

func slicesSortByLen(s []derivSuffix) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && len(s[j].written) > len(s[j-1].written); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// derivation is a suffix found after a base: the suffix index, where it
// ends, and whether it followed the base's unit (천안시 + 의회).
type derivation struct {
	suf       int32
	end       int
	afterUnit bool
}

// suffixAt finds the longest suffix of the base class starting at text[i:]
// that the written base allows. After a base that ends in a unit (충청남도,
// 천안시) the bodies of that unit come first (의회, 청); otherwise, or when
// none follows, the base is read as bare (대구 is no 대 + 구: 대구역) and
// takes the unit suffixes and the place suffixes. The suffix must end the
// word or be followed by particles only; it returns where those end.
func (t *derivTable) suffixAt(text string, i int, base string, class baseClass, js *josaSet) (derivation, int, bool) {
	rest := text[i:]
	if len(rest) == 0 {
		return derivation{}, 0, false
	}
	first, _ := utf8.DecodeRuneInString(rest)
	if class == basePlace {
		if r, _ := utf8.DecodeLastRuneInString(base); strings.ContainsRune(unitSyllables, r) {
			if d, je, ok := t.find(text, i, t.afterUnit[first], class, string(r), js); ok {
				d.afterUnit = true
				return d, je, true
			}
		}
	}
	return t.find(text, i, t.bare[first], class, "", js)
}

// find tries the suffixes of list (longest first) at text[i:]: their
// bodies after a unit, else their written forms.
func (t *derivTable) find(text string, i int, list []int32, class baseClass, unit string, js *josaSet) (derivation, int, bool) {
	rest := text[i:]
	for _, k := range list {
		s := &t.sufs[k]
		if s.base != class {
			continue
		}
		w := s.written
		if unit != "" {
			if s.unit != unit {
				continue
			}
			w = s.body
		}
		if !strings.HasPrefix(rest, w) {
			continue
		}
		end := i + len(w)
		if je, ok := wordEndAt(text, end, js); ok {
			return derivation{suf: k, end: end}, je, true
		}
	}
	return derivation{}, 0, false
}

// wordEndAt reports whether the eojeol ends at e, or continues with
// particles only; it returns where the particles end.
func wordEndAt(text string, e int, js *josaSet) (int, bool) {
	if e == len(text) {
		return e, true
	}
	r, _ := decode(text, e)
	if isBoundary(classOf(r)) {
		return e, true
	}
	if classOf(r) != clsHangul {
		return 0, false
	}
	return js.sequenceAt(text, e)
}

// derivedName is the canonical name of base + suffix: a bare province alias
// takes its full name before a unit suffix (충남 + 도의회 -> 충청남도의회,
// since the province is 충청남도), a bare city takes its unit (천안 + 시의회
// -> 천안시의회); other suffixes follow the base as written with the full
// suffix (대전 + 지법 -> 대전지방법원, GS + 홈쇼핑 -> GS홈쇼핑).
func derivedName(e *Entry, base string, s *derivSuffix, afterUnit bool) string {
	if s.base != basePlace || afterUnit {
		return base + s.canonical
	}
	stem := base
	if s.full && e.Kind == "province" && strings.HasSuffix(e.Name, "도") {
		// a province alias: its full name (충남 -> 충청남도)
		stem = e.Name
	} else if s.unit != "" {
		stem = base + s.unit // 천안 + 시 + 의회
	}
	return stem + s.canonical
}

// Derived is a name formed from a lexicon entry and a suffix by Korean word
// formation (see [Lexicon.Derive]).
type Derived struct {
	// Entry is the derived organisation or facility: Type ORG (LOCATION
	// for facilities such as 대구역), Name the canonical form (충청남도의회
	// for 충남도의회, 대전지방법원 for 대전지법), ID Type+":"+Name, Kind from
	// the suffix (government, court, company, landmark, ...). When the
	// canonical name is itself a lexicon entry, Entry is that entry.
	Entry *Entry
	// Base is the place or company the name is built on (충청남도, 삼성그룹).
	Base *Entry
	// Suffix is the suffix as written (도의회, 의회, 지법, 홈쇼핑).
	Suffix string
}

// derivBaseClass reports whether pattern surface s of entry e may be the base of
// a derived name, and as what.
func derivBaseClass(e *Entry, s string) baseClass {
	switch {
	case e.Type == TypeLocation && (e.Kind == "province" || e.Kind == "city" || e.Kind == "district"):
		if hangulSyllables(s) >= 2 {
			return basePlace
		}
	case e.Type == TypeOrg && e.Kind == "company":
		// the affiliates of a group take the group's name (삼성 of
		// 삼성그룹); any company written as an acronym (SK, KT) may lead
		// one. A company that is no group (기아, 애플, 토스) is no base.
		if capsAcronym(s) || strings.HasSuffix(e.Name, "그룹") && s != e.Name && hangulSyllables(s) >= 2 {
			return baseCompany
		}
	}
	return baseNone
}

// hangulSyllables counts the Hangul syllables of s.
func hangulSyllables(s string) int {
	n := 0
	for _, r := range s {
		if classOf(r) == clsHangul {
			n++
		}
	}
	return n
}

// capsAcronym reports a company acronym of 2–4 capital letters or digits
// starting with a letter (LG, SK, GS, CJ, BNK).
func capsAcronym(s string) bool {
	if len(s) < 2 || len(s) > 4 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// derive builds the derived name of candidate c (c.deriv != 0).
func (l *Lexicon) derive(text string, c cand) *Derived {
	base := l.entries[l.ents.pats[c.pat].target]
	k, afterUnit := c.derivation()
	s := &l.deriv.sufs[k]
	name := derivedName(base, text[c.start:c.start+int(c.baseLen)], s, afterUnit)
	d := &Derived{Base: base, Suffix: text[c.start+int(c.baseLen) : c.end]}
	if e, ok := l.Lookup(name); ok && e.Type == s.typ {
		d.Entry = e
		return d
	}
	d.Entry = &Entry{ID: s.typ + ":" + name, Type: s.typ, Name: name, Kind: s.kind}
	if surface := text[c.start:c.end]; surface != name {
		d.Entry.Aliases = []string{surface}
	}
	return d
}

// Derive analyses word, a bare eojeol (particles are allowed after it), as a
// lexicon place or company followed by an organisation suffix of Korean word
// formation: a place with 도청/도의회/도교육청, 시청/시의회, 군청/군의회,
// 구청/구의회 (충남도의회, 천안시청, 홍성군의회, 강남구청; also after the
// full name: 충청남도의회, 천안시의회), or with 지방법원/지법, 고등법원/고법,
// 지방검찰청/지검, 지청, 경찰청, 경찰서, 소방서, 세무서, 상공회의소/상의,
// 도시공사, 대학교 and similar (대전지법, 보령경찰서, 부산상의), or with
// a facility named after it, which is a place (대구역, 군산항, 해운대해수욕장,
// 역 항 공항 대교 해수욕장 산업단지 신도시 ...); a
// group (the short name of a group such as 삼성 of 삼성그룹, or a company
// written as an acronym: LG, SK, GS) with a line of business:
// 전자, 건설, 증권, 은행, 생명, 화재, 카드, 홈쇼핑, 항공, 중공업, 화학,
// 제약, ... (삼성항공, GS홈쇼핑, SK증권). The base must be a lexicon entry,
// so common nouns ending in those syllables (도청, 시청, 재건설, 국민은행의
// 은행) are not derived. A name that is itself listed is returned as its
// entry.
//
// [Lexicon.Match] applies the same rule to every eojeol of a text, so an
// extractor that uses Match needs Derive only for words it finds otherwise
// (tagger spans, words after a line break).
func (l *Lexicon) Derive(word string) (Derived, bool) {
	word = strings.TrimSpace(word)
	if word == "" || strings.ContainsFunc(word, func(r rune) bool { return isBoundary(classOf(r)) }) {
		return Derived{}, false
	}
	for _, m := range l.Match(word) {
		if m.Start == 0 && m.Derived != nil && m.End+len(m.Josa) == len(word) {
			return *m.Derived, true
		}
	}
	return Derived{}, false
}
