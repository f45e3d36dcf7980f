package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"
)

// A noun for a kind of thing, made a modifier by the copula 인, says what
// the name right after it names: 장애인보호센터인 충주성심맹아원 (a centre:
// an organization), 마지막 공동주자인 디니거얼 이라무장 (a runner: a person),
// 중앙 광장인 «알라-토» (a square: a place). The name is often one neither
// the dictionary nor the tagger knows (a Chinese name, a name in «»), and
// the kind noun is then the only cue to it and its type.

// appositiveKinds maps the last part of a kind noun, of at most
// maxKindSyllables syllables, to the type of what it names. Only nouns that name a kind of person, body or place and are not
// themselves common words of other senses are listed (거리 is also a
// distance, 시장 a mayor).
var appositiveKinds = map[string]string{
	"주자": TypePerson, "선수": TypePerson, "감독": TypePerson, "배우": TypePerson, "가수": TypePerson,
	"작가": TypePerson, "전문가": TypePerson, "교수": TypePerson, "기자": TypePerson, "멤버": TypePerson,
	"변호사": TypePerson, "주인공": TypePerson, "활동가": TypePerson, "운동가": TypePerson,
	"스타": TypePerson, "유튜버": TypePerson, "래퍼": TypePerson,
	"센터": TypeOrg, "단체": TypeOrg, "기관": TypeOrg, "기업": TypeOrg, "회사": TypeOrg, "업체": TypeOrg,
	"병원": TypeOrg, "은행": TypeOrg, "정당": TypeOrg, "방송사": TypeOrg, "신문사": TypeOrg,
	"언론사": TypeOrg, "재단": TypeOrg, "협회": TypeOrg, "연구소": TypeOrg, "브랜드": TypeOrg,
	"잡지": TypeOrg, "구단": TypeOrg, "대학": TypeOrg, "대학교": TypeOrg,
	"광장": TypeLocation, "장소": TypeLocation, "도시": TypeLocation, "마을": TypeLocation,
	"공원": TypeLocation, "섬": TypeLocation, "경기장": TypeLocation, "공항": TypeLocation,
	"항구": TypeLocation, "수도": TypeLocation,
}

// maxKindSyllables is the length of the longest key of appositiveKinds.
const maxKindSyllables = 3

// maxAppositiveName bounds, in runes, a name in quotation marks after a
// kind noun: a title of a work runs longer, a name does not.
const maxAppositiveName = 24

// appositiveNames makes an entity of the name after each kind noun + 인,
// typed by the noun. A name the rules or the tagger found already keeps
// its entity; one the tagger alone gave another type takes the noun's.
func (a *analysis) appositiveNames(all []sentenceTokens) {
	byName := map[string]*entity{}
	for _, st := range all {
		toks := st.toks
		for i := 0; i+1 < len(toks); i++ {
			typ := a.appositiveKind(toks[i])
			if typ == "" {
				continue
			}
			sp, name, ok := a.kindNamed(st, i+1, typ)
			if !ok {
				continue
			}
			if e := a.entityAt(sp.Start, sp.End, ""); e != nil {
				if e.Entry == nil && e.Type != typ && e.Type != TypePerson && e.Name == a.clean[sp.Start:sp.End] {
					e.Type = typ // 충주성심맹아원: the tagger's place, the noun's organization
				}
				continue
			}
			if typ == TypePerson {
				if name == nil {
					continue // a person's name in quotation marks is a nickname or a role
				}
				a.addPerson(st, name, toks[i].text[:len(toks[i].text)-len("인")], nil)
				continue
			}
			e := a.entityNamed(byName, typ, a.clean[sp.Start:sp.End])
			a.ents.Add(e, sp, st.idx)
			if name == nil {
				// a name in quotation marks, like «알라-토», is its own
				// form wherever the article writes it again («알라-토» 광장)
				a.addOccurrences(e, e.Name, 0)
			}
		}
	}
}

// appositiveKind returns the type named by word t when it is a kind noun
// with the copula's modifier ending (센터인, 공동주자인), or "".
func (a *analysis) appositiveKind(t token) string {
	stem, ok := strings.CutSuffix(t.text, "인")
	if !ok || !hangul.IsWord(stem) {
		return ""
	}
	for n := 1; n <= maxKindSyllables && n <= syllables(stem); n++ {
		head := lastSyllables(stem, n)
		if typ, ok := appositiveKinds[head]; ok {
			return typ
		}
	}
	return ""
}

// lastSyllables returns the last n runes of s.
func lastSyllables(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// kindNamed reads the name starting at word k: the words inside a
// pair of quotation marks («알라-토»), or a bare word with its particle
// (충주성심맹아원에서); a person's name may have two words
// (디니거얼 이라무장과). A word followed by more bare words (문근식 한국
// 국방 안보 포럼 …) is left alone: where the name ends is not known.
func (a *analysis) kindNamed(st sentenceTokens, k int, typ string) (span, []token, bool) {
	toks := st.toks
	u := toks[k]
	if !u.spaceBefore {
		return span{}, nil, false
	}
	if u.punctBefore != "" {
		return a.quotedAppositive(st, k)
	}
	words := 1
	if typ == TypePerson && k+1 < len(toks) && toks[k+1].punctBefore == "" && toks[k+1].spaceBefore &&
		(toks[k+1].josa() != "" || glossAfter(toks, k+1)) && (u.josa() == "" || nameSyllableJosa[u.josa()] && a.nameLike(u.text)) {
		// 디니거얼 이라무장과, 벨라 포치(Bella Poarch, 19세)가: a first
		// word before the last is bare (벨라 is no 벨 + 라)
		words = 2
		toks = append([]token{}, toks...) // the sentence keeps its reading
		toks[k].wholeWord()
		u = toks[k]
	}
	last := toks[k+words-1]
	if last.josa() == "" && !(k+words == len(toks) || toks[k+words].punctBefore != "") && !glossAfter(toks, k+words-1) {
		return span{}, nil, false
	}
	name := toks[k : k+words]
	for i, t := range name {
		if !hangul.IsWord(t.stem()) || syllables(t.stem()) < 2 || a.x.lex.IsCommonNoun(t.stem()) || countWords[t.stem()] {
			return span{}, nil, false
		}
		if _, ok := a.wordTitle(&toks[k+i]); ok {
			return span{}, nil, false // 소속기관인 중앙소방학교장에게: a title, its holder unnamed
		}
	}
	if last.josa() == "로" && k+words < len(toks) && toks[k+words].punctBefore == "" && a.entityOf(toks[k+words], TypeLocation) != nil {
		return span{}, nil, false // 발전회사인 하이드로 토론토는: 로 ends the first word of a name
	}
	return span{Start: u.start, End: last.stemEnd()}, name, true
}

// nameSyllableJosa are the particles that are also the last syllable of
// many foreign given names (벨라, 마리아, 안나, 클라우디오): before a family name
// they are read as part of the name.
var nameSyllableJosa = setOf("라", "이", "나", "도", "아")

// glossAfter reports whether word k is followed by a bracket that opens a
// gloss (포치(Bella Poarch, 19세)가): the name ends there.
func glossAfter(toks []token, k int) bool {
	return k+1 < len(toks) && strings.HasPrefix(toks[k+1].punctBefore, "(")
}

// appositiveQuotes pairs the opening marks a name after a kind noun is
// written in with their closing marks.
var appositiveQuotes = map[string]string{"«": "»", "‘": "’", "“": "”", "'": "'", "\"": "\"", "「": "」"}

// quotedAppositive reads a name in quotation marks starting at word k: no
// longer than maxAppositiveName, on one line, with no other punctuation
// than a hyphen or a dot.
func (a *analysis) quotedAppositive(st sentenceTokens, k int) (span, []token, bool) {
	u := st.toks[k]
	closing, ok := appositiveQuotes[u.punctBefore]
	if !ok {
		return span{}, nil, false
	}
	rest := a.clean[u.start:min(len(a.clean), u.start+4*maxAppositiveName)]
	end := strings.Index(rest, closing)
	if end <= 0 {
		return span{}, nil, false
	}
	name := rest[:end]
	if utf8.RuneCountInString(name) > maxAppositiveName || strings.ContainsAny(name, "\n,;:()[]«»“”‘’\"'!?") {
		return span{}, nil, false
	}
	return span{Start: u.start, End: u.start + end}, nil, true
}
