package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"

	"github.com/kextract/kextract/extract/attribution"
	"github.com/kextract/kextract/extract/ner"
	"github.com/kextract/kextract/lexicon"
	"github.com/kextract/kextract/normalize"
)

// tagModel runs the statistical tagger (extract/ner) over the clean text
// when the model is on. Its spans are used by addModelEntities. The
// lexicon stage runs first: its matches (lex.Match of the whole clean
// text) are handed to the tagger, which uses them only when the extractor's
// lexicon is the model's own (no user lexicon files) and otherwise matches
// with its own lexicon, as it was trained.
func (a *analysis) tagModel() {
	if a.x.model == nil {
		return
	}
	a.modelSpans = a.x.model.TagWith(a.clean, ner.Hints{Lexicon: a.x.lex, Matches: a.matches})
}

// addModelEntities adds what the statistical tagger found and the lexicon
// and rules did not: people, organizations and places as new entities,
// dates and times, and quantities that parse as amounts. Lexicon and rule
// mentions win where they overlap: they carry roles, English names and
// lexicon ids.
func (a *analysis) addModelEntities() {
	byName := map[string]*entity{}
	for _, e := range a.ents.All() {
		byName[e.Type+"\x00"+e.Name] = e
	}
	rules := a.ruleDates()
	storms := a.stormNames(a.clean)
	prevPerson := -1 // the end of the tagger's last person span
	drops := a.ents.NewDrops()
	for _, s := range a.splitCountryBodies(a.splitPlaceSpans(a.splitSlashedPlaces(a.modelSpans))) {
		if s.Start < 0 || s.End > len(a.clean) || s.Start >= s.End || a.boilerplateAt(s.Start) || a.hanjaGloss(s.Start, s.End) || a.bracketedWeekday(s.Start, s.End) {
			continue
		}
		s.Start, s.End = trimMarks(a.clean, s.Start, s.End)
		s.End = cutOpenBracket(a.clean, s.Start, s.End)
		text := strings.TrimSpace(a.clean[s.Start:s.End])
		if text == "" || strings.ContainsAny(text, "\n“”\"") {
			continue
		}
		if s.Label == "PS" {
			after := prevPerson >= 0 && prevPerson+1 == s.Start && a.clean[prevPerson] == ' '
			prevPerson = s.End
			if after && formerOrCurrent[text] {
				continue // 안철수 전 의원: 전 is "former", no surname, after a name
			}
			// the tagger sometimes takes the title along (홍은희 씨, 라두
			// 스토레아 박사): a person's name stops before it
			s.End, text = a.dropTitle(s.Start, s.End, text)
			s.End, text = a.titleTail(s.Start, s.End, text)
			s.End, text = cutEtc(s.Start, s.End, text)
			if certainAfter(a.clean[s.End:]) {
				continue // 김 모씨: someone unnamed, found by findAnonymous
			}
			if a.pluralAfter(s.End) || a.listedNonPerson(text) || a.languageOrPeople(text) {
				continue // 해커들, 베트남인들, 이탈리아어, 쿠르드족
			}
			s.Start, s.End = a.extendForeignName(s.Start, s.End)
			s.End = a.regnalEnd(s.Start, s.End)
			text = strings.TrimSpace(a.clean[s.Start:s.End])
			if a.thingName(text) || a.verbalNoun(text) {
				continue // 누리호, 원숭이두창, 크리스퍼 시스템; 수리 of 수리하고 있다
			}
			if placeLoanword(text) || a.adminPlace(text) {
				s.Label = "LC" // 마린시티: a place
			} else if committeeShortForm(text) && !a.x.lex.IsNameWord(text) {
				s.Label = "OG" // 윤리위, 비대위: a committee
			}
		}
		switch s.Label {
		case "PS", "OG", "LC":
			typ := map[string]string{"PS": TypePerson, "OG": TypeOrg, "LC": TypeLocation}[s.Label]
			if stem, josa := a.x.lex.StripJosa(text); josa != "" && strings.HasSuffix(a.clean[s.Start:s.End], josa) {
				if _, known := a.x.lex.Lookup(stem); known || byName[typ+"\x00"+stem] != nil && caseParticles[josa] {
					// 미국도, and 조주빈이 after 조주빈: the particle is no part of the name
					s.End -= len(josa)
					text = stem
				}
			}
			if en := a.countryOfInitial(s.Start, s.End); en != nil && typ != TypePerson {
				// 한미 양국, 남북, 남측: the country the syllable stands for
				a.ents.Add(a.entityForEntry(en), span{Start: s.Start, End: s.End}, a.sentenceAt(s.Start))
				continue
			}
			if a.commonWordSpan(s.Start, s.End, text, typ) {
				continue
			}
			if typ == TypeOrg && grounds(text) {
				typ = TypeLocation // 서울대공원, 광화문광장: a place people go to
			}
			if storms[text] {
				continue // 태풍 덴빈: a storm
			}
			if a.fragment(s.Start, s.End, text, typ) || !a.modelNameOK(text, typ) || a.platformVenue(s.Start, s.End) || !a.yieldToModel(s.Start, s.End, typ, drops) ||
				typ == TypePerson && (a.officeBeforeHead(s.End) || syllables(text) == 1 && !a.titleNext(s.Start, s.End) && !a.surnameOfPerson(text)) {
				continue
			}
			e := byName[typ+"\x00"+text]
			if e == nil && typ == TypePerson {
				e = a.personWithPart(text)
			}
			if e == nil {
				e = &entity{Type: typ, Name: text}
				if typ == TypePerson {
					e.Parts = strings.Fields(text)
				}
				byName[typ+"\x00"+text] = e
				a.ents.Append(e)
			}
			a.ents.Add(e, span{Start: s.Start, End: s.End}, a.sentenceAt(s.Start))
		case "DT", "TI":
			a.addModelDate(s, text, rules)
		case "QT":
			a.addModelAmount(s)
		}
	}
	drops.Flush()
	a.dropReplacedDates(rules)
	a.mergeModelAmounts()
}

// splitPlaceSpans cuts the tagger's place spans that string places
// together, as Korean addresses and datelines do (경북 성주군, 광주광역시 북구
// 중흥동, 러시아 소치, 울산 태화강): a leading word that the lexicon knows
// as a place is a place of its own, and so is a leading word ending in an
// administrative unit (북구, 수영구, 풍덕천2동) before more words. The pieces
// go on as spans of their own; a last piece that is a common noun (서울
// 북부) is dropped. Other spans pass unchanged.
func (a *analysis) splitPlaceSpans(spans []ner.Span) []ner.Span {
	return replaceSpans(spans, func(s ner.Span) ([]ner.Span, bool) {
		if s.Label != "LC" || s.Start < 0 || s.End > len(a.clean) || s.Start >= s.End ||
			strings.IndexByte(a.clean[s.Start:s.End], ' ') < 0 {
			return nil, false
		}
		pieces := a.placePieces(s)
		return pieces, len(pieces) != 1 || pieces[0] != s
	})
}

// replaceSpans returns spans with each span that pieces splits (ok)
// replaced by its pieces, in order. When pieces splits none, spans itself
// is returned and nothing is allocated.
func replaceSpans(spans []ner.Span, pieces func(ner.Span) ([]ner.Span, bool)) []ner.Span {
	var out []ner.Span
	for i, s := range spans {
		p, ok := pieces(s)
		if !ok {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		if out == nil {
			out = append(make([]ner.Span, 0, len(spans)+4), spans[:i]...)
		}
		out = append(out, p...)
	}
	if out == nil {
		return spans
	}
	return out
}

// splitCountryBodies cuts the tagger's organization spans that start with
// a country before a body of its own name (대한민국 국토해양부, 미국 국무부): the
// country is a place and the body an organization. A country's government,
// armed forces, police or courts named by a common noun (일본 정부,
// 조선민주주의인민공화국 육군) stay one organization: the noun alone names
// none.
func (a *analysis) splitCountryBodies(spans []ner.Span) []ner.Span {
	return replaceSpans(spans, a.countryBody)
}

// countryBody splits one organization span COUNTRY BODY (see
// splitCountryBodies).
func (a *analysis) countryBody(s ner.Span) ([]ner.Span, bool) {
	if s.Label != "OG" || s.Start < 0 || s.End > len(a.clean) || s.Start >= s.End {
		return nil, false
	}
	text := a.clean[s.Start:s.End]
	sp := strings.IndexByte(text, ' ')
	if sp <= 0 {
		return nil, false
	}
	country, body := text[:sp], text[sp+1:]
	en, ok := a.x.lex.Lookup(country)
	if !ok || en.Type != TypeLocation || en.Kind != "country" || strings.IndexByte(body, ' ') >= 0 || stateBodies[body] {
		return nil, false
	}
	kind := ""
	if b, known := a.x.lex.Lookup(body); known && b.Type == TypeOrg {
		kind = b.Kind
	} else if _, k, ok := a.x.lex.OrgSuffix(body); ok {
		kind = k
	}
	if !stateKinds[kind] {
		return nil, false // 대한민국 농업협동조합: the country is in the name
	}
	return []ner.Span{
		{Start: s.Start, End: s.Start + sp, Label: "LC"},
		{Start: s.Start + sp + 1, End: s.End, Label: "OG"},
	}, true
}

// stateKinds are the kinds of bodies of a state, which news names after
// their country without the country being part of the name.
var stateKinds = setOf("government", "military", "court", "agency")

// stateBodies are the common nouns that name a country's institution
// only with the country before them.
var stateBodies = setOf("정부", "당국", "군", "국군", "육군", "해군", "공군", "경찰", "검찰", "법원", "의회", "정권", "행정부")

// placePieces splits one place span at its spaces (see splitPlaceSpans).
func (a *analysis) placePieces(s ner.Span) []ner.Span {
	if i := strings.LastIndexByte(a.clean[s.Start:s.End], ' '); i >= 0 && facilityName(a.clean[s.Start+i+1:s.End]) {
		return []ner.Span{s} // 부산 가톨릭센터, 베이징 국가체육장: a place in its city
	}
	var out []ner.Span
	start := s.Start
	for start < s.End {
		text := a.clean[start:s.End]
		sp := strings.IndexByte(text, ' ')
		if sp < 0 {
			break
		}
		word := text[:sp]
		if !a.placeWord(word) {
			break
		}
		out = append(out, ner.Span{Start: start, End: start + sp, Label: s.Label})
		start += sp
		for start < s.End && a.clean[start] == ' ' {
			start++
		}
	}
	if len(out) == 0 {
		return []ner.Span{s}
	}
	if rest := a.clean[start:s.End]; !a.x.lex.IsCommonNoun(rest) || a.placeWord(rest) {
		out = append(out, ner.Span{Start: start, End: s.End, Label: s.Label})
	}
	return out
}

// nameMarks are the quotation marks and brackets the tagger sometimes
// takes along at the ends of a name (‘일제강제징용노동자상건립추진위).
const nameMarks = "‘’'「」『』«»《》〈〉"

// trimMarks returns [start, end) of text without the nameMarks at its
// ends.
func trimMarks(text string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !strings.ContainsRune(nameMarks, r) {
			break
		}
		start += n
	}
	for start < end {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !strings.ContainsRune(nameMarks, r) {
			break
		}
		end -= n
	}
	return start, end
}

// cutOpenBracket returns the end of [start, end) of text cut before a
// bracket it opens and does not close (워싱턴포스트(WP of 워싱턴포스트(WP)는:
// the tagger's span ran into the gloss), without the spaces before it.
func cutOpenBracket(text string, start, end int) int {
	i := strings.LastIndexAny(text[start:end], "([")
	if i < 0 || strings.ContainsAny(text[start+i:end], ")]") {
		return end
	}
	return start + len(strings.TrimRight(text[start:start+i], " "))
}

// placeWord reports whether w names a place by itself: a lexicon place, or
// a Hangul word of two syllables or more ending in an administrative unit
// (구, 동, 읍, 면, 리, 군, and 시, 도 when the word is no common noun: 도시).
// Inside a span the tagger read as a place, 중구 and 목동 are districts.
func (a *analysis) placeWord(w string) bool {
	if en, ok := a.x.lex.Lookup(w); ok {
		return en.Type == TypeLocation
	}
	if !hangul.IsWord(w) || syllables(w) < 2 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(w)
	if strings.ContainsRune("구동읍면리군", r) {
		return true
	}
	return strings.ContainsRune("시도", r) && !a.x.lex.IsCommonNoun(w)
}

// facilitySuffixes end the names of buildings and grounds, which news
// names with their city (부산 가톨릭센터, 목동 아이스링크).
var facilitySuffixes = []string{"센터", "빌딩", "타워", "광장", "공원", "경기장", "체육장", "체육관", "링크",
	"호텔", "회관", "기념관", "박물관", "미술관", "해수욕장", "터미널", "공항", "대교", "시장"}

// groundSuffixes end the names of open grounds and transport places,
// which are places even where the tagger reads a body.
var groundSuffixes = []string{"공원", "광장", "해수욕장", "경기장", "공항", "터미널", "유원지"}

// grounds reports whether the last word of text ends in a ground suffix.
func grounds(text string) bool {
	w := text[strings.LastIndexByte(text, ' ')+1:]
	for _, suf := range groundSuffixes {
		if strings.HasSuffix(w, suf) && w != suf {
			return true
		}
	}
	return false
}

// facilityName reports whether w ends in a facility noun.
func facilityName(w string) bool {
	for _, suf := range facilitySuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// yieldToModel decides between a model span and the mentions it overlaps.
// Mentions inside the model's longer span (서울 in 서울시청) give way to it:
// they are removed and true is returned. Any other overlap keeps the
// lexicon's or rules' mention, which carry ids, roles and English names.
func (a *analysis) yieldToModel(start, end int, typ string, drops *mentionDrops) bool {
	var inside, weak []mentionRef
	ok := true
	a.ents.Each(start-a.ents.Reach(), end, func(r mentionRef) bool {
		if r.Value == nil || r.End <= start || end <= r.Start {
			return true
		}
		if start <= r.Start && r.End <= end && end-start > r.End-r.Start {
			inside = append(inside, r)
			return true
		}
		if r.Value.Type == typ && r.Start == start && r.End == end {
			ok = false // the rule's mention says the same (김씨 of 김 모씨): it stays, with its linking
			return false
		}
		if bare(r.Value) {
			// a rule's guess with nothing attached yields to the model
			weak = append(weak, r)
			return true
		}
		ok = false
		return false
	})
	if !ok {
		return false
	}
	for _, r := range weak {
		drops.Drop(r)
	}
	for _, r := range inside {
		if r.Value.Type == TypePerson {
			// 라브로프 inside 세르게이 라브로프: the person's mention grows
			drops.Drop(r)
			if r.Value.Name == a.clean[r.Start:r.End] {
				r.Value.Name = a.clean[start:end]
				r.Value.Parts = strings.Fields(r.Value.Name)
			}
			a.ents.Add(r.Value, span{Start: start, End: end}, a.sentenceAt(start))
			return false
		}
		drops.Drop(r)
	}
	return true
}

// fragment reports whether the tagger's span [start,end) cuts a word: it
// starts right after a Hangul syllable (물[리천문학부], 한[미]) or ends
// before letters or digits that are no particle, honorific or title
// (북태평[양]고기압, 빅데[이터], 코로나[19]). A name the lexicon knows stays a
// name inside a compound (미국영화, 서울대학생).
func (a *analysis) fragment(start, end int, text, typ string) bool {
	if _, ok := a.x.lex.Lookup(text); ok || a.initialsCompound(start, end) {
		return false
	}
	if first, _ := utf8.DecodeRuneInString(text); start > 0 && hangul.IsSyllable(first) {
		if r, _ := utf8.DecodeLastRuneInString(a.clean[:start]); hangul.IsSyllable(r) {
			return true
		}
	}
	rest := a.clean[end:]
	n := 0
	for n < len(rest) {
		r, size := utf8.DecodeRuneInString(rest[n:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		if n += size; !compoundWord(rest[:n]) {
			return true // no particle or title is that long
		}
	}
	w := rest[:n]
	if w == "" || a.x.lex.IsJosaSequence(w) {
		return false
	}
	stem, _ := a.x.lex.StripJosa(w)
	if nameSuffixes[stem] || typ == TypePerson && stem == "호" {
		return false // 홍명보호: the team named after its coach
	}
	_, title := a.x.lex.Title(stem)
	return !title
}

// countryInitials are the one-syllable names of countries that Korean
// writes together: 남북, 한미, 북미, 한중일, 미중.
const countryInitials = "남북한미중일러"

// initialsCompound reports whether [start,end) is one syllable of
// countryInitials next to another one (남북정상회담, 한미 연합훈련): each
// country of the compound is named on its own.
func (a *analysis) initialsCompound(start, end int) bool {
	r, size := utf8.DecodeRuneInString(a.clean[start:])
	if start+size != end || !strings.ContainsRune(countryInitials, r) {
		return false
	}
	if p, _ := utf8.DecodeLastRuneInString(a.clean[:start]); strings.ContainsRune(countryInitials, p) {
		return true
	}
	n, _ := utf8.DecodeRuneInString(a.clean[end:])
	return strings.ContainsRune(countryInitials, n)
}

// initialCountries are the countries the syllables of countryInitials
// stand for.
var initialCountries = map[rune]string{'남': "대한민국", '한': "대한민국", '북': "북한", '미': "미국", '중': "중국", '일': "일본", '러': "러시아"}

// countryOfInitial returns the lexicon's country that the one syllable
// [start,end) stands for, in a compound of initials (한미, 남북한) or as
// a side (남측, 북측), or nil.
func (a *analysis) countryOfInitial(start, end int) *lexicon.Entry {
	r, size := utf8.DecodeRuneInString(a.clean[start:])
	if start+size != end {
		return nil
	}
	name, ok := initialCountries[r]
	if !ok {
		return nil
	}
	if !a.initialsCompound(start, end) && !strings.HasPrefix(a.clean[end:], "측") && !(r == '미' && a.prefixWord(end)) {
		return nil
	}
	if p, _ := utf8.DecodeLastRuneInString(a.clean[:start]); hangul.IsSyllable(p) && !strings.ContainsRune(countryInitials, p) {
		return nil // 전남북: inside another word
	}
	en, ok := a.x.lex.Lookup(name)
	if !ok {
		return nil
	}
	return en
}

// prefixWord reports whether the one syllable ending at end is a word of
// its own before another Hangul word: 미 국방장관, 미 대선, as Korean news
// writes 미국 before a noun.
func (a *analysis) prefixWord(end int) bool {
	rest, ok := strings.CutPrefix(a.clean[end:], " ")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return hangul.IsSyllable(r)
}

// bracketedWeekday reports whether [start,end) is the one-syllable weekday
// in brackets after a date (9월 16일(일), 16(일)~18일(화)): no place.
func (a *analysis) bracketedWeekday(start, end int) bool {
	if start == 0 || end >= len(a.clean) || a.clean[start-1] != '(' || a.clean[end] != ')' {
		return false
	}
	if !strings.Contains("월화수목금토일", a.clean[start:end]) || utf8.RuneCountInString(a.clean[start:end]) != 1 {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(a.clean[:start-1])
	return p == '일' || p >= '0' && p <= '9'
}

// nameSuffixes attach to a name without a space: 김씨, 박모, 정부측, 이씨들.
var nameSuffixes = setOf("씨", "님", "측", "들", "모", "군", "양", "옹", "등", "씨들", "측은", "일가")

// extendForeignName grows the tagger's span of a foreign person's name
// over the words of the name it left out, before (발렌티나 [마트비옌코]) or
// after ([마이클] 플린 전 보좌관, [비아노] 리차드슨이): words the dictionary
// knows as name words or that write foreign sounds, and no common noun,
// title or lexicon name, into a name of two words.
func (a *analysis) extendForeignName(start, end int) (int, int) {
	span := a.clean[start:end]
	if strings.IndexByte(span, ' ') >= 0 {
		return start, end
	}
	// a Korean full name (정경호, or 마이클 read so) takes no given name
	// before it, and after it only a word the dictionary knows as a name
	korean := a.koreanFullName(span)
	after := 0 // the length of the name word after the span
	if end+1 < len(a.clean) && a.clean[end] == ' ' {
		rest := a.clean[end+1:]
		n := hangulPrefix(rest)
		stem, _ := a.x.lex.StripJosa(rest[:n])
		if a.foreignNameWord(stem) && (!korean || a.x.lex.IsNameWord(stem)) && (!a.koreanFullName(stem) || a.x.lex.IsNameWord(span)) {
			// (새정연 박영선: a Korean full name after a word that is no
			// name word is a name of its own)
			after = len(stem)
		}
	}
	before := 0 // the length of the name word before it
	if start >= 2 && a.clean[start-1] == ' ' && !korean {
		head := a.clean[:start-1]
		w := head[strings.LastIndexByte(head, ' ')+1:]
		// a word in a particle that ends a noun phrase (설정은 최 셰프) is
		// no given name, even where the dictionary lists the whole as one
		if stem, josa := a.x.lex.StripJosa(w); (josa == "" || stem == w || a.x.lex.IsNameWord(w) && !phraseEndingJosa[josa]) && a.foreignNameWord(w) {
			before = len(w)
		}
	}
	switch {
	case after > 0 && before > 0:
		// three name words: a middle name, which the article may leave out
		// elsewhere (메릴 에드워드 뉴먼, 메릴 뉴먼); left as the tagger found it
	case after > 0:
		end += 1 + after
	case before > 0:
		start -= 1 + before
	}
	return start, end
}

// phraseEndingJosa are particles that end the noun phrase they are written
// on: the topic, the object and the adverbial cases. A name word that reads
// as a noun with one of them is that noun before another name.
var phraseEndingJosa = setOf("은", "는", "을", "를", "에서", "에게", "으로", "로", "부터", "까지")

// foreignNameWord reports whether w may be a word of a foreign person's
// name (see extendForeignName).
func (a *analysis) foreignNameWord(w string) bool {
	if !hangul.IsWord(w) || syllables(w) < 2 || syllables(w) > 5 || notNames[w] || a.x.lex.IsCommonNoun(w) || a.verbWord(w) {
		return false
	}
	if a.koreanFullName(w) && !a.x.lex.IsNameWord(w) {
		return false // 김철수 이영희: two people
	}
	for _, suf := range []string{"그룹", "밴드", "캠프", "스타"} {
		if strings.HasSuffix(w, suf) {
			return false // 걸그룹 라니아, 안철수 캠프: a noun of groups
		}
	}
	if _, ok := a.x.lex.Title(w); ok {
		return false
	}
	if _, ok := a.x.lex.Lookup(w); ok {
		return false
	}
	return a.x.lex.IsNameWord(w) || transliterated(w)
}

// genericNouns are never an entity, whatever the tagger says: the issue's
// own examples of words that name no one in particular.
var genericNouns = setOf("기업", "회사", "업체", "업계", "일각", "양사", "양측", "전문가들", "분석가들",
	"데이터센터", "AI", "하이퍼스케일러", "고객", "시장", "군대",
	// acronyms of things the tagger takes for bodies: agreements, weapons,
	// measures, molecules
	"FTA", "ICBM", "SLBM", "IRBM", "THAAD", "GDP", "GNP", "CPI", "DNA", "RNA", "mRNA", "PCR", "LNG", "LPG", "SUV")

// dropTitle removes a last word that is a title or honorific from a
// person's span of several words.
func (a *analysis) dropTitle(start, end int, text string) (int, string) {
	i := strings.LastIndexByte(text, ' ')
	if i <= 0 {
		return end, text
	}
	if _, ok := a.x.lex.Title(text[i+1:]); !ok {
		return end, text
	}
	text = strings.TrimRight(text[:i], " ")
	return start + len(text), text
}

// wordsInSsi are words that end in 씨 after a syllable that is also a
// surname, not a surname and its honorific: the temperature scales and the
// card company BC (비씨카드).
var wordsInSsi = setOf("섭씨", "화씨", "비씨")

// caseParticles are particles no name ends in: a tagger span that ends in
// one after a name the article already has is that name (조주빈이 after
// 조주빈); 라, 나 or 아 may end a name (카르발라).
var caseParticles = setOf("이", "가", "은", "는", "을", "를", "의", "에게", "와", "과", "도")

// titleNext reports whether a title or an honorific follows the tagger's
// span [start, end), a space away or, for 씨 and 모, joined to it (윤
// 대통령은, 하 전 사장, 김 씨가, 김씨는, 박모는): what makes a surname alone
// stand for a person. A lone syllable the tagger takes for one (2심은 유
// 무죄는, 설 선물과, 황(S)) is not a name.
func (a *analysis) titleNext(start, end int) bool {
	if strings.HasPrefix(a.clean[end:], "씨") || strings.HasPrefix(a.clean[end:], "모") {
		// 김씨, 최씨, 박모는; but 섭씨 (Celsius) is one word
		return !wordsInSsi[a.clean[start:end+3]]
	}
	if end >= len(a.clean) || a.clean[end] != ' ' {
		return false
	}
	w, wend := attribution.NextWord(a.clean, end)
	if w == "전" || w == "현" || w == "前" {
		w, _ = attribution.NextWord(a.clean, wend) // 하 전 사장: former, then the title
	}
	stem, _ := a.x.lex.StripJosa(w)
	if _, ok := a.x.lex.Title(stem); ok {
		return true
	}
	for _, h := range []string{"씨", "군", "양", "모", "아무개"} {
		if strings.HasPrefix(w, h) {
			return true // 김 씨가, 박 모는, 김 아무개
		}
	}
	return false
}

// surnameOfPerson reports whether w, one syllable, is the surname of a
// person the article names in full (박 for 박창신 in 박 신부가): the
// linking joins such a mention to that person.
func (a *analysis) surnameOfPerson(w string) bool {
	if !a.x.lex.IsSurname(w) {
		return false
	}
	for _, e := range a.ents.All() {
		if e.Type == TypePerson && len(e.Parts) == 1 && syllables(e.Name) >= 2 && strings.HasPrefix(e.Name, w) && a.koreanName(e.Name) {
			return true
		}
	}
	return false
}

// commonWordSpan reports whether the tagger's span is a common word: a
// loanword the dictionary lacks (스키, 봅슬레이, 트리튬), alone or as the
// word the span cuts (봅슬레[이]), or, for a place, a dictionary common noun
// that no lexicon lists and that ends in no administrative unit (하천, 광산).
func (a *analysis) commonWordSpan(start, end int, text, typ string) bool {
	if loanNouns[text] {
		return true
	}
	rest := a.clean[end:]
	n := hangulPrefix(rest)
	if n > 0 && loanNouns[text+rest[:n]] {
		return true
	}
	// 중구 and 목동 in an address are districts: a word in an
	// administrative unit stays (placeWord)
	return typ == TypeLocation && a.x.lex.IsCommonNoun(text) && !a.placeWord(text)
}

// loanNouns are common loanwords of news that the dictionary lacks and the
// tagger takes for names: sports, materials, diseases, software.
var loanNouns = setOf(
	"스키", "봅슬레이", "스켈레톤", "빅에어", "크로스컨트리", "루지", "컬링", "바이애슬론", "하프파이프",
	"슬로프스타일", "모굴", "스노보드", "쇼트트랙", "피겨스케이팅", "스피드스케이팅", "노르딕복합", "스키점프",
	"트리튬", "삼중수소", "세슘", "스트론튬", "플루토늄", "코로나19", "메르스", "에볼라", "지카",
	"애드웨어", "멀웨어", "랜섬웨어", "북마크", "유르타", "리그", "아이콘",
	// everyday things
	"버스", "트럭", "스마트폰", "시스템", "게임", "댓글", "블로그", "모바일", "브랜드", "카페", "마트",
	"배터리", "엔진", "로켓", "드론", "탱크", "보트", "고속도로", "카드", "코인", "스타트업", "펀드",
	"이슈", "스캔들", "시즌", "매치", "클럽", "스튜디오", "타이틀", "케이스", "블루레이", "코스",
)

// residents reports whether text names the people of a place: a place and
// 민 (유성구민, 강원도민), or 군민, 시민 ... after it (성주 군민); or the members
// of a body (민방위대원, 구조요원). A given name in 민 (김동민) is no place.
func (a *analysis) residents(text string) bool {
	w := text[strings.LastIndexByte(text, ' ')+1:]
	if residentNouns[w] {
		return true
	}
	for _, suf := range []string{"대원", "요원", "단원", "회원"} {
		if strings.HasSuffix(w, suf) && syllables(w) > 2 && !a.koreanName(w) {
			return true // 민방위대원, 소방대원: members, not their body
		}
	}
	place, ok := strings.CutSuffix(w, "민")
	return ok && syllables(place) >= 2 && a.placeWord(place) && !a.koreanName(w)
}

// madeIn reports whether text is a country or region and 산, "made in":
// 러시아산 부품, 중국산 (a mountain is named by a place of its own, never
// a country: 한라산, 지리산).
func (a *analysis) madeIn(text string) bool {
	place, ok := strings.CutSuffix(text, "산")
	if !ok || syllables(place) < 2 {
		return false
	}
	e, ok := a.x.lex.Lookup(place)
	if !ok || e.Type != TypeLocation {
		return false
	}
	switch e.Kind {
	case "country", "continent", "region", "province":
		return true
	}
	return false
}

// residentNouns are the people of a kind of place.
var residentNouns = setOf("구민", "군민", "시민", "도민", "읍민", "면민", "동민", "주민", "국민")

// bare reports whether e was found by a rule and carries nothing the model
// could not give: no lexicon entry, English name, role or affiliation.
func bare(e *entity) bool {
	return e.Entry == nil && e.English == "" && e.Role == "" && e.Affiliation == nil
}

// modelNameOK filters the tagger's names: no pronouns, generic nouns or
// bare titles, and a person's name has at most four words.
func (a *analysis) modelNameOK(text, typ string) bool {
	if stem, josa := a.x.lex.StripJosa(text); josa != "" && stem != "" && breaksName(josa) {
		if _, ok := a.x.lex.Title(stem); ok || notNames[stem] || a.x.lex.IsCommonNoun(stem) {
			return false // 교수와, 지역은
		}
	}
	if pronouns[text] || nonSpeakers[text] || genericNouns[text] || a.residents(text) || a.madeIn(text) {
		return false
	}
	if typ != TypePerson {
		// a title of a place (충남지사, 서울시장) is a person's role, no
		// body; institutions named by a common noun (정부, 국회, 검찰) are
		// organizations, bodies named like that are what the tagger learned
		// (종로경찰 is the body, 공대위 and 비대위 committees)
		if lawRateOrNote(text) || a.titleWithInitials(text) {
			return false
		}
		if r, size := utf8.DecodeRuneInString(text); size == len(text) && hangul.IsSyllable(r) {
			return false // 한 of 한 명, 주 of 플로리다 주: a country's initial is read before
		}
		if typ == TypeOrg && a.x.lex.IsCommonNoun(text) && !a.bodyNoun(text) {
			return false // 마찰, 성찰, 동맹국, 네트워크: common nouns that name no body
		}
		ti, title := a.compoundTitle(text)
		return !title || ti.Kind == "occupation" || strings.HasSuffix(text, "대위")
	}
	if notNames[text] || a.x.lex.IsCommonNoun(text) || adverbOrVerbNoun(text) {
		return false // (송두리째, 통째: adverbs; 구하기: a verb's noun form)
	}
	if _, ok := a.x.lex.Title(text); ok {
		return false
	}
	{
		// a person's name is Hangul words, at most four, of two syllables or more
		words := strings.Fields(text)
		if len(words) > 4 || syllables(text) < 2 && !a.x.lex.IsSurname(text) {
			return false // 윤 (대통령) is a person; a lone 단 is not
		}
		for _, w := range words {
			if !hangul.IsWord(w) || personalPronounForms[w] {
				return false // 네가 이(씨): you, and a surname
			}
		}
		// a one-word name ending in a Sino-Korean noun suffix (이동량, 성장률,
		// 경쟁력, 제품) is a common noun unless the dictionary knows the name
		if len(words) == 1 && !a.x.lex.IsNameWord(text) {
			r, _ := utf8.DecodeLastRuneInString(text)
			if strings.ContainsRune("량률율력품물", r) {
				return false
			}
		}
	}
	return true
}

// personalPronounForms are the first- and second-person pronouns with a
// case particle (나 and 너 become 내가 and 네가 before 가): never a word of a
// name.
var personalPronounForms = setOf("내가", "네가", "니가", "제가", "나는", "너는", "저는", "우리가", "우리는", "저희가", "저희는", "너희가", "너희는", "당신이", "당신은")

// personWithPart returns the one person whose name ends with the word w
// (응우옌 for 앨빈 응우옌), or nil when none or several do.
func (a *analysis) personWithPart(w string) *entity {
	var found *entity
	for _, e := range a.ents.All() {
		if e.Type != TypePerson || len(e.Parts) < 2 || e.Parts[len(e.Parts)-1] != w {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

// dateRef is a rule date mention in position order, for addModelDate.
type dateRef struct {
	span
	e        *entity
	replaced bool
}

// ruleDates lists the mentions of the dates the rules found, by position.
// Rule dates never overlap, so their ends are sorted too.
func (a *analysis) ruleDates() []dateRef {
	var out []dateRef
	for _, d := range a.dates {
		for _, m := range d.Mentions {
			out = append(out, dateRef{span: m.Span, e: d})
		}
	}
	slices.SortFunc(out, func(x, y dateRef) int { return x.Start - y.Start })
	return out
}

// addModelDate adds a date or time found by the tagger. The tagger's span
// replaces rule dates inside it (지난 5일 over 5일), which keep their value;
// a rule date that the span only overlaps is kept instead. Rule dates are
// looked up by binary search, so many dates stay linear.
func (a *analysis) addModelDate(s ner.Span, text string, rules []dateRef) {
	if stationedIn[text] {
		return // 주일 미국대사: the ambassador to Japan, no week
	}
	i := sort.Search(len(a.amounts), func(k int) bool { return a.amounts[k].m.End > s.Start })
	if i < len(a.amounts) && a.amounts[i].m.Start < s.End {
		return // a duration such as 4년간 is an amount
	}
	value := ""
	first := sort.Search(len(rules), func(k int) bool { return rules[k].End > s.Start })
	last := first
	for ; last < len(rules) && rules[last].Start < s.End; last++ {
		if r := rules[last]; !r.replaced && (r.Start < s.Start || s.End < r.End) {
			return // crossing or wider: the rules' reading stands
		}
	}
	for k := first; k < last; k++ {
		if !rules[k].replaced && value == "" {
			value = rules[k].e.Value
		}
		rules[k].replaced = true
	}
	typ := TypeDate
	if s.Label == "TI" {
		typ = TypeTime
	}
	e := &entity{Type: typ, Name: text, Value: value}
	e.AddDateMention(span{Start: s.Start, End: s.End}, a.sentenceAt(s.Start))
	a.dates = append(a.dates, e)
}

// dropReplacedDates removes from the rule dates the mentions a model span
// replaced.
func (a *analysis) dropReplacedDates(rules []dateRef) {
	// keyed by entity too: a model date may have the very span it replaced
	gone := map[*entity]map[span]bool{}
	for _, r := range rules {
		if r.replaced {
			if gone[r.e] == nil {
				gone[r.e] = map[span]bool{}
			}
			gone[r.e][r.span] = true
		}
	}
	for d, spans := range gone {
		kept := d.Mentions[:0]
		for _, m := range d.Mentions {
			if !spans[m.Span] {
				kept = append(kept, m)
			}
		}
		d.Mentions = kept
	}
}

// counted reads a number followed by a counter word that the amount
// parser does not list (3기, 5차례, 312,899장, 247쌍, 36.5도, 제24회, 14번째,
// 한 번, 일곱 자녀): a quantity whose unit is the counter as written, or an
// ordinal. A bare number is not an amount.
func (a *analysis) counted(text string) (normalize.Amount, bool) {
	kind := "quantity"
	if rest, ok := strings.CutPrefix(text, "제"); ok {
		text, kind = rest, "ordinal"
	}
	i := numeralEnd(text)
	num, unit := text[:i], strings.TrimSpace(text[i:])
	if i == 0 {
		// a Korean numeral word, a space, a counter: 한 번, 일곱 자녀
		w, rest, ok := strings.Cut(text, " ")
		if !ok {
			return normalize.Amount{}, false
		}
		num, unit = w, strings.TrimSpace(rest)
		if a.x.lex.IsCommonNoun(unit) && !nativeCounters[unit] {
			return normalize.Amount{}, false // 두 기업 counts companies, it is no amount
		}
	}
	if strings.HasSuffix(unit, "째") {
		kind = "ordinal"
	}
	if unit == "" || syllables(unit) > 3 || !hangul.IsWord(unit) {
		return normalize.Amount{}, false
	}
	n, err := normalize.ParseNumber(num)
	if err != nil {
		return normalize.Amount{}, false
	}
	v := n.Value
	return normalize.Amount{Kind: kind, Unit: unit, Value: &v}, true
}

// nativeCounters are nouns that count after a Korean numeral word (두
// 사람, 세 차례, 한 번) although the dictionary lists them as nouns.
var nativeCounters = setOf("사람", "차례", "번", "가지", "군데", "종류", "종목", "단계", "그릇", "바퀴")

// numeralEnd returns the end of the number that starts text: digits with
// separators and the magnitude syllables written among them (1천600, 3억
// 5천만), up to the counter.
func numeralEnd(text string) int {
	end := 0
	for i, r := range text {
		switch {
		case r >= '0' && r <= '9':
			end = i + 1
		case r == ',' || r == '.':
		case strings.ContainsRune("십백천만억조", r) && end > 0:
			end = i + utf8.RuneLen(r)
		case r == ' ' && end > 0:
			// 3억 5천만: a space between the groups of one number
		default:
			return end
		}
	}
	return end
}

// addModelAmount adds a quantity the tagger found when it parses as an
// amount and overlaps none found by the scanner. The tagger's spans come in
// text order, so they are collected and merged once (mergeModelAmounts).
func (a *analysis) addModelAmount(s ner.Span) {
	if a.amountOverlaps(s.Start, s.End) || cutsNumber(a.clean, s.Start, s.End) {
		return
	}
	am, err := normalize.ParseAmount(a.clean[s.Start:s.End])
	if err != nil || am.Value == nil && am.Min == nil && am.Max == nil {
		var ok bool
		if am, ok = a.counted(a.clean[s.Start:s.End]); !ok {
			return
		}
	}
	switch am.Kind {
	case "money", "percent", "quantity", "duration", "ordinal":
	default:
		return
	}
	a.modelAmounts = append(a.modelAmounts, amountHit{m: normalize.AmountMatch{Start: s.Start, End: s.End, Text: a.clean[s.Start:s.End], Amount: am}, sent: a.sentenceAt(s.Start)})
}

// mergeModelAmounts merges the tagger's amounts into the scanner's.
func (a *analysis) mergeModelAmounts() {
	a.amounts, a.modelAmounts = mergeHits(a.amounts, a.modelAmounts), nil
}

// mergeHits merges two lists of amounts, each sorted by position, in
// linear time.
func mergeHits(x, y []amountHit) []amountHit {
	if len(y) == 0 {
		return x
	}
	out := make([]amountHit, 0, len(x)+len(y))
	i, j := 0, 0
	for i < len(x) || j < len(y) {
		if j >= len(y) || i < len(x) && x[i].m.Start <= y[j].m.Start {
			out = append(out, x[i])
			i++
		} else {
			out = append(out, y[j])
			j++
		}
	}
	return out
}

// certainAfter reports whether rest, the text after a surname, starts with
// 모 "a certain" and an honorific or an age: 김 모씨, 김모씨, 김모 씨,
// 김모(43)씨, or with 모 as a word of its own: 김 모가, 김 모 스스로.
func certainAfter(rest string) bool {
	if strings.HasPrefix(rest, " 아무개") {
		return true // 박 아무개씨: so-and-so, as 모
	}
	apart := strings.HasPrefix(rest, " ")
	rest, ok := strings.CutPrefix(strings.TrimPrefix(rest, " "), "모")
	if !ok {
		return false
	}
	if apart && certainWordEnd(rest) {
		return true
	}
	rest = strings.TrimPrefix(rest, " ")
	return strings.HasPrefix(rest, "씨") || strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "군") || strings.HasPrefix(rest, "양")
}

// certainWordEnd reports whether rest, after a 모 standing apart, ends the
// word there or after a particle (모가, 모의, 모는).
func certainWordEnd(rest string) bool {
	if rest == "" || rest[0] == ' ' || rest[0] == '\n' || rest[0] == ',' || rest[0] == '.' {
		return true
	}
	for j := range certainJosa {
		if after, ok := strings.CutPrefix(rest, j); ok && (after == "" || after[0] == ' ' || after[0] == ',' || after[0] == '.' || after[0] == '\n') {
			return true
		}
	}
	return false
}
