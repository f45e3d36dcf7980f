package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/extract/attribution"
	ent "github.com/kextract/kextract/extract/internal/entity"
	"github.com/kextract/kextract/extract/sentence"
	"github.com/kextract/kextract/internal/hangul"
)

// speakerRef is who said a quote or is the source of a claim.
type speakerRef struct {
	name     string
	ent      *entity
	mention  span
	resolved string
}

// toSpeaker is the speaker as the document shows it. The name of a speaker
// that is an entity is the fullest form the article gives of it (한광석 for
// 한 단장, 조선민주주의인민공화국 for 북한), which the entity's canonical
// name from the lexicon need not be (더불어민주당 for an article of 2013
// that writes 민주당); the entity id links the two.
func (a *analysis) toSpeaker(s *speakerRef) *Speaker {
	if s == nil {
		return nil
	}
	out := &Speaker{Name: s.name, Resolved: s.resolved}
	if s.ent == nil && s.name != "" && !s.mention.Empty() {
		if e := a.definiteRef(s.name, s.mention.Start); e != nil {
			s = &speakerRef{ent: e, mention: s.mention, resolved: s.resolved}
		}
	}
	if s.ent != nil {
		out.Name = a.fullestName(s.ent)
		out.Entity = s.ent.ID
	}
	if !s.mention.Empty() {
		out.Mention = &Span{Start: s.mention.Start, End: s.mention.End}
	}
	return out
}

// definiteRef resolves a body named by the head of its name alone (노조
// for 철도노조, 공사 for 한국철도공사, 연구팀 for KIST 연구팀) to the one
// organization named so before off; nil when none or several are.
func (a *analysis) definiteRef(name string, off int) *entity {
	if _, ok := unitKinds[name]; ok {
		return a.placeOfUnit(name, off)
	}
	if syllables(name) < 2 || strings.Contains(name, " ") || !hangul.IsWord(name) {
		return nil
	}
	if name == "재판부" {
		return a.courtBefore(off)
	}
	var found *entity
	for _, e := range a.nameIndex().orgsBySuffix[name] {
		if e.Type != TypeOrg || len(e.Mentions) == 0 || e.Mentions[0].Start >= off {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// unitKinds are the administrative units a local government is named by
// alone (시는 …고 설명했다, 도는 …), with the lexicon kinds of the places
// they stand for.
var unitKinds = map[string][]string{"시": {"city"}, "도": {"province"}, "군": {"city", "district"}, "구": {"district", "city"}}

// placeOfUnit resolves a unit alone (시 for 서울특별시, 도 for 충청남도) to the
// one place of that kind the article names before off in a form that ends
// in the unit (서울시, 충남도, 성주군); nil when none or several are.
func (a *analysis) placeOfUnit(unit string, off int) *entity {
	l := a.nameIndex().unitPlaces[unit]
	n := sort.Search(len(l), func(k int) bool { return l[k].first >= off })
	if n != 1 {
		return nil
	}
	return l[0].e
}

// entityIndex holds the look-ups of the late speaker rules, built once per
// document after the entities are found, so that each rule costs a map
// look-up, not a pass over every entity (a document with thousands of
// bodies and of quotes stays linear).
type entityIndex struct {
	orgsBySuffix  map[string][]*entity   // organizations by each proper suffix of their name (공사 → 한국철도공사)
	peopleByTitle map[string][]*entity   // people by each suffix of their role (의원 → 하원의원)
	courts        []*entity              // organizations whose name says court
	unitPlaces    map[string][]unitPlace // places by the unit a form of their name ends in (시 → 서울시), by that form's first offset
}

// unitPlace is a place named in a form that ends in an administrative
// unit, and where that form first occurs.
type unitPlace struct {
	e     *entity
	first int
}

// nameIndex returns the document's entityIndex, building it on first use.
func (a *analysis) nameIndex() *entityIndex {
	if a.index != nil {
		return a.index
	}
	ix := &entityIndex{orgsBySuffix: map[string][]*entity{}, peopleByTitle: map[string][]*entity{}, unitPlaces: map[string][]unitPlace{}}
	suffixes := func(w string, proper bool, fn func(string)) {
		for i := range w {
			if i == 0 && proper {
				continue
			}
			if utf8.RuneStart(w[i]) {
				fn(w[i:])
			}
		}
	}
	for _, e := range a.ents.All() {
		switch e.Type {
		case TypeOrg:
			suffixes(e.Name, true, func(sfx string) { ix.orgsBySuffix[sfx] = append(ix.orgsBySuffix[sfx], e) })
			if strings.Contains(e.Name, "법원") || strings.HasSuffix(e.Name, "지법") || strings.HasSuffix(e.Name, "고법") {
				ix.courts = append(ix.courts, e)
			}
		case TypeLocation:
			for unit, kinds := range unitKinds {
				if e.Entry == nil || !slices.Contains(kinds, e.Entry.Kind) {
					continue
				}
				for _, m := range e.Mentions {
					if strings.HasSuffix(a.clean[m.Start:m.End], unit) {
						ix.unitPlaces[unit] = append(ix.unitPlaces[unit], unitPlace{e, m.Start})
						break // mentions are in text order: the first such form
					}
				}
			}
		case TypePerson:
			if e.Role != "" {
				// every word of the role ends a title the person holds
				// (경제부총리 겸 기획재정부 장관: 부총리, 장관)
				add := func(sfx string) {
					if l := ix.peopleByTitle[sfx]; len(l) == 0 || l[len(l)-1] != e {
						ix.peopleByTitle[sfx] = append(l, e)
					}
				}
				suffixes(e.Role, false, add)
				for _, w := range strings.Fields(e.Role) {
					suffixes(w, false, add)
				}
			}
		}
	}
	for _, l := range ix.unitPlaces {
		slices.SortFunc(l, func(x, y unitPlace) int { return x.first - y.first })
	}
	a.index = ix
	return ix
}

// courtBefore returns the court named last before off (서울행정법원 행정
// 12부, 서울중앙지법): the bench (재판부) a report cites is the court the
// article named; nil when none is.
func (a *analysis) courtBefore(off int) *entity {
	return ent.LastNamedBefore(a.nameIndex().courts, off)
}

// fullestName returns the longest form among the mentions of e, or its
// canonical name when e has no mention.
func (a *analysis) fullestName(e *entity) string {
	best, n := "", 0
	for _, m := range e.Mentions {
		if m.End-m.Start <= len(best) || m.Ref {
			continue // bytes bound the runes: no longer in runes either; 김 대표 is no name
		}
		w := strings.TrimSpace(a.clean[m.Start:m.End])
		if e.English != "" && strings.EqualFold(w, e.English) && hasSyllable(e.Name) {
			continue // the English gloss (National Election Commission) of a Korean name
		}
		if k := utf8.RuneCountInString(w); k > n && !strings.ContainsAny(w, "\n()") {
			best, n = w, k
		}
	}
	if best == "" || len(e.Name) > len(best) && strings.HasPrefix(e.Name, best) {
		return e.Name // no mention, or one shorter than the name (양 of 양모)
	}
	return best
}

// hasSyllable reports whether s holds a Hangul syllable.
func hasSyllable(s string) bool {
	for _, r := range s {
		if hangul.IsSyllable(r) {
			return true
		}
	}
	return false
}

// pronouns refer back to a person named earlier.
var pronouns = setOf("그", "그녀", "그들", "이들", "그분")

// descriptions refer back to the last speaker: 이 관계자는, 이 전문가는.
var descriptionHeads = setOf("관계자", "전문가", "애널리스트", "연구원", "교수", "당국자", "인사", "소식통", "대변인")

// subjectJosa mark the subject or topic of a clause.
var subjectJosa = setOf("은", "는", "이", "가", "께서", "도", "측은")

// resolveSpeakers finds the speaker of every quote: the subject of its
// sentence (before the quote or between the quote and the verb), a pronoun
// or description resolved to the last fitting person, a colon form, or the
// previous quote's speaker when the paragraph goes on without a subject.
func (a *analysis) resolveSpeakers() {
	antecedents := a.subjectMentions()
	var prev *quote
	for i, q := range a.quotes {
		// quotes of one chain share the speaker found for the first
		if prev != nil && prev.sent == q.sent && prev.chained && a.onlyLinkBetween(prev, q) && prev.speaker != nil {
			if sp := a.subjectIn(prev.after, q.open, antecedents); sp != nil && !a.bracketed(prev.after, q.open) {
				q.speaker = sp
			} else {
				q.speaker = prev.speaker
			}
			prev = q
			continue
		}
		lo := a.sents[q.sent].Start
		if prev != nil && prev.sent == q.sent && (prev.noun == "" || prev.speaker == nil || prev.speaker.resolved != "owner") &&
			!(prev.speaker == nil && a.receivedWords(prev)) {
			// (after words put to the subject, “…”는 요청에 “…”라고
			// 비판했다, the subject before them answers)
			// (after a quote that is the object of someone's words, ‘…’는
			// X의 트윗을 리트윗하면서 “…”, the topic before it still speaks)
			lo = prev.after
		}
		var sp *speakerRef
		if q.cited.End > 0 {
			sp = a.citedSource(q.cited)
		}
		if sp == nil && q.headline {
			sp = a.headlineName(q.open)
		}
		if sp == nil && q.noun != "" {
			sp = a.nounOwner(q) // ‘…’는 뉴닉 김소연 대표의 주장에
			if sp == nil && a.receivedWords(q) {
				// “…”라는 질문에 그렇다고 답했다: the subject answers
				// the words; they are the asker's (기자의 “…”라는
				// 질문에), else no one's named
				q.speaker = a.askerBefore(lo, q.open)
				prev = q
				continue
			}
		}
		if sp == nil && q.colon {
			sp = a.subjectIn(max(lo, a.lineStart(q.open)), q.open, antecedents)
		}
		if sp == nil && reportedReport(a.chainEnd(i).verb) {
			sp = a.embeddedSpeaker(lo, q.open) // 신 씨는 … 정 위원장이 … “…”라고 말했다고 주장했다
		}
		if sp == nil {
			sp = a.modifiedSpeaker(a.chainEnd(i)) // “…”고 인정한 감사원 고위 인사의
		}
		if sp == nil {
			sp = a.subjectIn(lo, q.open, antecedents)
		}
		if sp == nil {
			end := a.chainEnd(i)
			sp = a.subjectIn(end.after, a.verbEnd(end), antecedents)
		}
		if sp == nil {
			sp = a.backReporter(q, antecedents) // “…” 김 장관은 이날 이같이 밝혔다
		}
		if sp == nil {
			sp = a.earlierSpeechOwner(q) // 박 신부가 강론에서 한 … “…”는 것이 강론의 주요 내용이었다
		}
		if sp == nil && !(a.voicedByNoOne(q) && (q.sent == 0 || !a.unnamedVoices(q.sent-1))) {
			sp = a.carriedSpeaker(q, prev, antecedents)
		}
		if sp != nil && sp.resolved == "pronoun" && prev != nil {
			sp = a.pronounToLastSpeaker(sp, prev, q)
		}
		if q.verb == "" && sp != nil && sp.resolved == "previous-sentence" {
			q.verb = a.introducingVerb(a.sents[q.sent-1]) // X는 이렇게 말했다. “…”
		}
		q.speaker = sp
		prev = q
	}
	// speech quoted inside a quote: the subject inside the outer quote,
	// before the inner one or between it and its verb
	for _, n := range a.nested {
		if sp := a.subjectIn(n.outer.inner.Start, n.open, antecedents); sp != nil {
			n.speaker = sp
		} else {
			n.speaker = a.subjectIn(n.after, min(n.outer.inner.End, n.after+200), antecedents)
		}
	}
	if len(a.nested) > 0 {
		a.quotes = append(a.quotes, a.nested...)
		sort.Slice(a.quotes, func(i, j int) bool { return a.quotes[i].open < a.quotes[j].open })
		a.nested = nil
	}
	a.carryClaimSources(antecedents)
}

// bracketed reports whether the words between lo and hi stand in
// brackets: the writer's gloss inside a list of quotes (“…”, (채널 운영자는)
// “…”), not a new speaker.
func (a *analysis) bracketed(lo, hi int) bool {
	b := strings.Trim(a.clean[lo:hi], " ,")
	return strings.HasPrefix(b, "(") && strings.HasSuffix(b, ")")
}

// nounOwner returns the person or body whose noun of speech an adnominal
// quote modifies, named before the noun in 의 (“…”는 기자 케이트 베넷의
// 트윗을, ‘…’는 김소연 대표의 주장에), or nil.
func (a *analysis) nounOwner(q *quote) *speakerRef {
	if q.nounEnd <= q.after {
		return nil
	}
	toks := a.wordsIn(q.after, q.nounEnd)
	if len(toks) < 2 {
		return nil
	}
	k := len(toks) - 2 // the word before the noun
	o := toks[k]
	if o.josa() != "의" {
		return nil
	}
	ref := a.namedAt(toks, k)
	if ref != nil {
		ref.resolved = "owner"
	}
	return ref
}

// namedAt returns the person or body word k of toks names: an entity of its
// own (통일부의), or the holder of the role the word is (주필의 → 양상훈), or
// nil.
func (a *analysis) namedAt(toks []token, k int) *speakerRef {
	w := toks[k]
	if e := a.entityAt(w.start, w.stemEnd(), ""); e != nil && (e.Type == TypePerson || e.Type == TypeOrg) {
		return a.entityRef(e, a.mentionOf(e, w.start, w.stemEnd()))
	}
	if p, m := a.roleHolder(toks, k); p != nil {
		return a.entityRef(p, m)
	}
	return nil
}

// reportedReport reports whether a quote's verb is itself reported (말했다고
// 주장했다, 밝혔다며): the words are said by the subject of that inner
// report, which the topic of the sentence reports in turn.
func reportedReport(verb string) bool {
	for _, e := range []string{"했다고", "혔다고", "했다며", "혔다며", "했다는"} {
		if strings.HasSuffix(verb, e) {
			return true
		}
	}
	return false
}

// embeddedSpeaker is the subject of a reported report: the first person or
// body in 이/가 after the topic of the sentence, before the quote.
func (a *analysis) embeddedSpeaker(lo, hi int) *speakerRef {
	lo = a.window(lo, hi)
	toks := a.wordsIn(lo, hi)
	topic := -1
	for i, t := range toks {
		if (t.josa() == "은" || t.josa() == "는") && !a.quotedFrom(lo, t.start) {
			topic = i
		}
	}
	if topic < 0 {
		return nil
	}
	for i := topic + 1; i < len(toks); i++ {
		t := toks[i]
		if t.josa() != "이" && t.josa() != "가" && t.josa() != "도" || a.quotedFrom(lo, t.start) {
			continue
		}
		if t.josa() == "도" {
			// 이 관계자는 … 다른 해적들도 “…”라는 말을 했다고 전했다:
			// only people in 들 speak so, right before the words
			if i == len(toks)-1 && strings.HasSuffix(t.stem(), "들") && syllables(t.stem()) >= 3 && a.entityAt(t.start, t.stemEnd(), "") == nil {
				start := a.phraseStart(toks, i)
				return &speakerRef{name: a.clean[start:t.stemEnd()], mention: span{Start: start, End: t.stemEnd()}, resolved: "group"}
			}
			continue
		}
		if e := a.entityAt(t.start, t.stemEnd(), ""); e != nil && (e.Type == TypePerson || e.Type == TypeOrg) {
			if p, m := a.roleHolder(toks, i); p != nil && p != e {
				return a.entityRef(p, m)
			}
			return a.entityRef(e, a.mentionOf(e, t.start, t.stemEnd()))
		}
		if p, m := a.roleHolder(toks, i); p != nil {
			return a.entityRef(p, m)
		}
		if e := a.titleHolder(toks, i); e != nil {
			return &speakerRef{ent: e, mention: span{Start: t.start, End: t.stemEnd()}, resolved: "title"}
		}
	}
	return nil
}

// pronounToLastSpeaker reads 그는 after a quote as its speaker, the
// person the reader has just heard (…”고 밝혔다. 그는 “…”), unless the
// person the pronoun was resolved to is named between the two quotes.
func (a *analysis) pronounToLastSpeaker(sp *speakerRef, prev, q *quote) *speakerRef {
	last := prev.speaker
	if last == nil || last.ent == nil || last.ent.Type != TypePerson || sp.ent == last.ent || q.sent-prev.sent > 2 {
		return sp
	}
	if sp.ent != nil {
		for _, m := range sp.ent.Mentions {
			if m.Start >= prev.after && m.Start < q.open {
				return sp
			}
		}
	}
	out := *sp
	out.ent, out.name = last.ent, ""
	return &out
}

// carryClaimSources gives a reported claim that names no subject (…다고
// 덧붙였다, …라는 것이다) the source of the report just before it: the
// subject of its clause if the words before the content hold one, else
// the source or speaker of the last claim or quote in the same or the
// previous sentence of the paragraph.
func (a *analysis) carryClaimSources(antecedents []mention) {
	qi := 0
	var last *speakerRef
	lastSent, lastOff := -1, -1
	for _, c := range a.claims {
		// the latest quote before the claim
		for qi < len(a.quotes) && a.quotes[qi].open < c.content.Start {
			if q := a.quotes[qi]; q.speaker != nil && q.open > lastOff {
				last, lastSent, lastOff = q.speaker, q.sent, q.open
			}
			qi++
		}
		if c.source == nil && c.kind == claimReported {
			c.source = a.subjectIn(a.sents[c.sent].Start, c.content.Start, antecedents)
			if c.source == nil && last != nil && c.sent-lastSent <= 1 && a.paragraphsBetween(lastOff, c.content.Start) == 0 {
				cp := *last
				cp.resolved = "previous"
				c.source = &cp
			}
		}
		if c.source != nil && c.content.Start > lastOff {
			last, lastSent, lastOff = c.source, c.sent, c.content.Start
		}
	}
}

// continuations open a sentence that goes on with the last speaker's
// words: 이어 “…”, 또 “…”, 그러면서 “…”.
var continuations = setOf("이어", "이어서", "또", "또한", "그러면서", "나아가", "아울러", "그리고", "특히", "덧붙여",
	"그는", "그녀는", "이와", "다만", "그러나", "하지만", "한편", "끝으로", "마지막으로", "아울러")

// opensSentence reports whether nothing but a connective (이어, 또,
// 그러면서) stands between the start of the quote's sentence and the quote.
func (a *analysis) opensSentence(q *quote) bool {
	lo := a.sents[q.sent].Start
	if q.open-lo > 80 {
		return false
	}
	toks := a.wordsIn(lo, q.open)
	for _, t := range toks {
		if !continuations[t.text] {
			return false
		}
	}
	return true
}

// carriedSpeaker is the speaker of a quote that names none in its own
// sentence: the previous quote's when it is in the same or the previous
// sentence, or when the quote opens its sentence (“…”. 이어 “…”) within a
// few sentences of it in the same or the next paragraph; else, for a quote
// that opens its sentence, the subject of the sentence before (X는 이렇게
// 말했다. “…”).
func (a *analysis) carriedSpeaker(q, prev *quote, antecedents []mention) *speakerRef {
	if a.unnamedVoices(q.sent) && (q.sent == 0 || !a.unnamedVoices(q.sent-1)) {
		// “…” 등의 의견도 나타났다: views of no one named, unless the
		// sentence before says whose views came out (온라인 사이에서는
		// 다양한 평가가 나왔다. “…”는 등 비판도 있었다)
		return nil
	}
	// a sentence that goes on from before (또한 …에 대해 “…”라고 하면서)
	// counts as one that opens with the quote
	opens := a.opensSentence(q) || a.goesOn(q.sent)
	near := prev != nil && prev.speaker != nil && a.paragraphsBetween(prev.open, q.open) <= 1 &&
		(q.sent-prev.sent <= 1 || opens && q.sent-prev.sent <= 3 || q.sent-prev.sent == 2 && a.explains(q.sent-1))
	if near && (q.sent-prev.sent <= 1 || !opens) {
		cp := *prev.speaker
		cp.resolved = "previous"
		return &cp
	}
	if q.sent > 0 {
		// the quote's sentence names no one (아울러 “…”, 하지만 5차에서
		// “…”): the subject of the sentence before speaks on
		ps := a.sents[q.sent-1]
		for back := q.sent - 1; back > 0 && back >= q.sent-3 && a.restates(back) && a.paragraphsBetween(a.sents[back-1].Start, q.open) <= 1; back-- {
			// …높을 수밖에 없다는 것이다: a restatement of the words
			// reported before; its topic is part of them, so the
			// reporter before it speaks on
			ps = a.sents[back-1]
		}
		if a.paragraphsBetween(ps.Start, q.open) <= 1 && !a.givesReason(ps) {
			// only a named subject: a bare topic of a sentence that is not
			// a report (노후화 문제는) says nothing of who speaks next
			sp := a.subjectIn(ps.Start, ps.End, antecedents)
			if sp == nil || sp.ent == nil && writings[lastWord(sp.name)] {
				if w := a.writerIn(ps); w != nil {
					return w // 양상훈 주필의 칼럼 “…”가 눈에 띈다. “…”
				}
			}
			if sp != nil && (sp.ent != nil || sp.resolved == "group" || a.opensWithTopic(ps, sp) || a.introducesSpeech(ps)) {
				sp.resolved = "previous-sentence"
				return sp
			}
		}
	}
	if near {
		cp := *prev.speaker
		cp.resolved = "previous"
		return &cp
	}
	return nil
}

// restates reports whether sentence i ends by restating or glossing
// reported words (…다는 것이다, …라는 것이다, …것을 의미한다): the writer's
// summary of what was said.
func (a *analysis) restates(i int) bool {
	s := a.sents[i]
	toks := a.wordsIn(max(s.Start, s.End-40), s.End)
	if len(toks) < 2 {
		return false
	}
	last := strings.TrimRight(toks[len(toks)-1].text, ".")
	prev := toks[len(toks)-2].text
	switch last {
	case "것이다", "것입니다":
		return strings.HasSuffix(prev, "다는") || strings.HasSuffix(prev, "라는")
	case "의미한다", "뜻한다":
		return true // …높다는 것을 의미한다: the writer's gloss of them
	}
	return false
}

// explains reports whether sentence i only explains the words before it,
// the writer's gloss that names no one (…하겠다는 것이다, …라는 뜻이다): the
// speaker of the quote before it speaks on after it.
func (a *analysis) explains(i int) bool {
	s := a.sents[i]
	toks := a.wordsIn(max(s.Start, s.End-40), s.End)
	if len(toks) == 0 {
		return false
	}
	switch last := toks[len(toks)-1].text; last {
	case "것이다", "셈이다", "뜻이다", "의미다", "얘기다", "이야기다", "설명이다", "취지다", "의미한다", "뜻한다":
		return a.subjectIn(s.Start, s.End, a.subjectMentions()) == nil
	}
	return false
}

// voices are nouns of views or of the people who hold them, as the
// subject of a sentence that only says they exist (의견도 나타났다,
// 걱정하는 사람도 있었다).
var voices = setOf("의견", "반응", "지적", "목소리", "비판", "주장", "사람", "이들", "평가", "여론", "우려", "비난", "의혹", "관측", "전망")

// askings are nouns of words put to someone: a question, a request, a
// complaint.
var askings = setOf("질문", "물음", "요청", "요구", "문의", "항의", "지적", "비판", "질타", "추궁")

// receivedWords reports whether adnominal quote q is words put to the
// subject of its sentence, who answers or receives them: “…”라는 질문에
// (답했다), “…”는 요청에, “…”는 항의를 받고. The subject does not say them.
func (a *analysis) receivedWords(q *quote) bool {
	noun, josa := a.x.lex.StripJosa(q.noun)
	if !askings[noun] {
		return false
	}
	if josa == "에" || josa == "에는" {
		return true
	}
	next, _ := attribution.NextWord(a.clean, q.nounEnd)
	return (josa == "을" || josa == "를") && strings.HasPrefix(next, "받")
}

// askerBefore returns who is named, with 의, right before the quote that
// opens at off (이영희 기자의 “…”라는 질문에), or nil.
func (a *analysis) askerBefore(lo, off int) *speakerRef {
	toks := a.wordsIn(lo, off)
	k := len(toks) - 1
	if k < 0 || toks[k].josa() != "의" || a.clean[toks[k].end:off] != " " {
		return nil
	}
	ref := a.namedAt(toks, k)
	if ref != nil {
		ref.resolved = "owner"
	}
	return ref
}

// existVerbs say that views appeared or exist.
var existVerbs = setOf("나왔다", "나타났다", "있었다", "있다", "많았다", "많다", "이어졌다", "잇따랐다", "제기됐다", "제기되었다", "나온다", "쏟아졌다")

// voicedByNoOne reports whether quote q is a view whose noun only comes
// out ('…'는 지적이 나왔고, “…”라는 비판도 있었다): no one named says it.
func (a *analysis) voicedByNoOne(q *quote) bool {
	if q.noun == "" || q.verb == "" {
		return false
	}
	noun, _ := a.x.lex.StripJosa(q.noun)
	if !voices[noun] {
		return false
	}
	v := lastWord(q.verb) // 지적이 나왔고
	for _, e := range []string{"고", "으며", "며", "지만"} {
		if st, ok := strings.CutSuffix(v, e); ok && existVerbs[st+"다"] {
			return true // 나왔고, 있었으며
		}
	}
	return existVerbs[v]
}

// unnamedVoices reports whether sentence i reports its words as views of
// no one named: it ends in a noun of views or people as subject and a verb
// that says they appeared or exist (“…” 등의 의견도 나타났다).
func (a *analysis) unnamedVoices(i int) bool {
	st := a.sents[i]
	toks := a.wordsIn(max(st.Start, st.End-60), st.End)
	if len(toks) < 2 {
		return false
	}
	last, subj := toks[len(toks)-1], toks[len(toks)-2]
	if !existVerbs[strings.TrimRight(last.text, ".")] {
		return false
	}
	j := subj.josa()
	return voices[subj.stem()] && (j == "이" || j == "가" || j == "도" || j == "은" || j == "는")
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }

// writings are nouns of a text someone wrote or gave out.
var writings = setOf("칼럼", "글", "연하장", "축전", "조전", "신년사", "기념사", "축사", "기고", "기고문", "사설", "성명", "성명서", "논평", "보고서", "입장문", "담화", "담화문", "편지", "서한", "트윗", "게시물", "게시글", "회고록", "연설", "연설문")

// writerIn finds the author of a writing sentence ps names (양상훈 주필의
// 칼럼, 통일부의 논평): the person or body before 의, whose words the quotes
// after the sentence are.
func (a *analysis) writerIn(ps sentence.Sentence) *speakerRef {
	toks := a.wordsIn(ps.Start, min(ps.End, ps.Start+maxClauseBytes))
	for i := 1; i < len(toks); i++ {
		t, o := toks[i], toks[i-1]
		if !writings[t.stem()] || o.josa() != "의" || t.punctBefore != "" || a.quotedFrom(ps.Start, t.start) {
			continue
		}
		if ref := a.namedAt(toks, i-1); ref != nil {
			ref.resolved = "previous-sentence"
			return ref
		}
	}
	return nil
}

// citedBy returns the source that a report cites with 인용하다 (A는 B를
// 인용해 “…”라고 보도했다): the words are B's, which A passes on.
func (a *analysis) citedBy(toks []token) *speakerRef {
	depth := 0
	for i := 1; i < len(toks); i++ {
		t, o := toks[i], toks[i-1]
		if depth += quoteDepthChange(t.punctBefore); depth > 0 {
			continue
		}
		if !strings.HasPrefix(t.text, "인용해") && !strings.HasPrefix(t.text, "인용하") && !strings.HasPrefix(t.text, "인용한") || t.punctBefore != "" {
			continue
		}
		if j := o.josa(); j != "을" && j != "를" && j != "의" || o.stem() == "" {
			continue
		}
		if ref := a.namedAt(toks, i-1); ref != nil {
			return ref
		}
		if e := a.entityAt(o.start, o.stemEnd(), ""); e != nil && (e.Type == TypeOrg || e.Type == TypePerson) {
			return a.entityRef(e, a.mentionOf(e, o.start, o.stemEnd()))
		}
		if a.isGroup(o.stem()) {
			ps := a.phraseStart(toks, i-1)
			return &speakerRef{name: a.clean[ps:o.stemEnd()], mention: span{Start: ps, End: o.stemEnd()}, resolved: "group"}
		}
	}
	return nil
}

// writingsAuthor returns the author of the writing that toks end with
// before 에 따르면 (김설화 연구원의 글에, 양상훈 주필의 칼럼에): the words
// quoted from it are the author's.
func (a *analysis) writingsAuthor(toks []token) *speakerRef {
	k := len(toks) - 1
	if k < 1 || toks[k].josa() != "에" || !writings[toks[k].stem()] || toks[k-1].josa() != "의" || toks[k].punctBefore != "" {
		return nil
	}
	ref := a.namedAt(toks, k-1)
	if ref != nil {
		ref.resolved = "according"
	}
	return ref
}

// givesReason reports whether sentence ps is the writer's reason for what
// was said (…때문이었다): its topic is what the reason is about, not a
// speaker.
func (a *analysis) givesReason(ps sentence.Sentence) bool {
	toks := a.wordsIn(max(ps.Start, ps.End-40), ps.End)
	if len(toks) == 0 {
		return false
	}
	switch toks[len(toks)-1].text {
	case "때문이다", "때문이었다", "때문이다.", "까닭이다", "탓이다":
		return true
	}
	return false
}

// introducesSpeech reports whether sentence ps announces the words that
// follow it: …이렇게 말했다, …다음과 같이 답변했다, …아래와 같이 밝혔다.
func (a *analysis) introducesSpeech(ps sentence.Sentence) bool { return a.introducingVerb(ps) != "" }

// introducingVerb returns the verb with which sentence ps announces the
// words after it (이렇게 말했다: 말했다), or "".
func (a *analysis) introducingVerb(ps sentence.Sentence) string {
	toks := a.wordsIn(max(ps.Start, ps.End-80), ps.End)
	for k := len(toks) - 2; k >= 0 && k >= len(toks)-3; k-- {
		switch toks[k].text {
		case "이렇게", "같이", "다음처럼", "아래처럼":
			if v := a.reportVerbAt(toks, k+1); v != "" {
				return v
			}
			if a.x.lex.IsJosaSequence(toks[k+1].josa()) {
				return a.reportVerbAt(toks, len(toks)-1)
			}
			return ""
		}
	}
	return ""
}

// opensWithTopic reports whether the speaker sp found in sentence ps is
// the topic that opens it (재판부는 …인정했다. 아울러 “…”).
func (a *analysis) opensWithTopic(ps sentence.Sentence, sp *speakerRef) bool {
	toks := a.wordsIn(ps.Start, min(ps.End, ps.Start+200))
	k, first := a.openingTopic(toks)
	return k >= 0 && toks[first].start == sp.mention.Start
}

// paragraphsBetween counts the line breaks between two offsets.
func (a *analysis) paragraphsBetween(x, y int) int {
	if x > y {
		x, y = y, x
	}
	return strings.Count(a.clean[x:y], "\n")
}

// headlineName is the speaker named before a quote at the start of its
// line (headlineSpeaker): the last word's entity, or a person of that name.
func (a *analysis) headlineName(open int) *speakerRef {
	toks := a.headlineWords(open)
	if len(toks) == 0 {
		return nil
	}
	last := toks[len(toks)-1]
	if e := a.entityAt(last.start, last.end, ""); e != nil {
		return &speakerRef{ent: e, mention: a.mentionOf(e, last.start, last.end), resolved: "headline"}
	}
	if len(toks) > 1 && !(a.koreanName(last.text) && syllables(last.text) == 3) {
		// 미국 백악관 청원 사이트 "…": the phrase names who speaks
		return &speakerRef{name: a.clean[toks[0].start:last.end], mention: span{Start: toks[0].start, End: last.end}, resolved: "headline"}
	}
	last.wholeWord()
	p := a.personNamed(last)
	return &speakerRef{ent: p, mention: span{Start: last.start, End: last.end}, resolved: "headline"}
}

// reflexives stand for the one named right before them (X 자신은).
var reflexives = setOf("자신", "자신들", "스스로", "본인")

// citedSource is the speaker of a quote whose source is cited after it in
// brackets: the entity named there, else the name as written.
func (a *analysis) citedSource(c span) *speakerRef {
	if e := a.entityAt(c.Start, c.End, ""); e != nil && (e.Type == TypePerson || e.Type == TypeOrg) {
		return &speakerRef{ent: e, mention: a.mentionOf(e, c.Start, c.End), resolved: "citation"}
	}
	return &speakerRef{name: a.clean[c.Start:c.End], mention: c, resolved: "citation"}
}

// chainEnd returns the last quote of the chain that quote i starts.
func (a *analysis) chainEnd(i int) *quote {
	q := a.quotes[i]
	for q.chained && i+1 < len(a.quotes) && a.quotes[i+1].sent == q.sent && a.onlyLinkBetween(q, a.quotes[i+1]) {
		i++
		q = a.quotes[i]
	}
	return q
}

// verbEnd returns where the quote's reporting verb starts (the end of the
// region that can hold a subject after the quote).
func (a *analysis) verbEnd(q *quote) int {
	end := a.sentEnd(q.sent)
	if q.verb == "" || q.after >= end {
		return q.after
	}
	if i := strings.Index(a.clean[q.after:end], q.verb); i >= 0 {
		if at := q.after + i; strings.TrimSpace(a.clean[q.after:at]) == "" && (modifierEnding(q.verb) || q.verb == "한" || q.verb == "본") {
			return a.modifiedNounEnd(at, end) // “…”고 시작하는 이 칼럼은: the noun the verb modifies speaks
		}
		return q.after + i
	}
	return end
}

// modifiedSpeaker is the speaker of a quote whose verb modifies a noun
// right after it (“…”고 인정한 감사원 고위 인사의 녹음 파일을): the
// words belong to the relative clause, whose subject is the person the
// noun names, not the topic of the sentence. Only a noun of people or a
// person or body counts; a bound noun (말한 바 있다, 말한 뒤) leaves the
// sentence's subject the speaker.
func (a *analysis) modifiedSpeaker(q *quote) *speakerRef {
	if q.verb == "" || strings.Contains(q.verb, " ") || !(modifierEnding(q.verb) || shortModifiers[q.verb]) || strings.HasSuffix(q.verb, "는") && !strings.HasSuffix(q.verb, "하는") {
		return nil
	}
	end := a.sentEnd(q.sent)
	i := strings.Index(a.clean[q.after:end], q.verb)
	if i < 0 || strings.TrimSpace(a.clean[q.after:q.after+i]) != "" {
		return nil
	}
	if before := a.wordsIn(a.sents[q.sent].Start, q.open); len(before) > 0 {
		if j := before[len(before)-1].josa(); j == "이" || j == "가" {
			return nil // 법률 대리인이 “…”이라고 밝힌 인터뷰: the clause names its subject
		}
	}
	toks := a.wordsIn(q.after+i, end)
	for k := 1; k < len(toks) && k <= 4; k++ {
		t := toks[k]
		if t.punctBefore != "" {
			return nil
		}
		if t.josa() == "" && k < 4 && k+1 < len(toks) {
			continue
		}
		if !headJosa[t.josa()] {
			return nil // SBS와의 인터뷰: the noun goes on
		}
		if e := a.entityAt(t.start, t.stemEnd(), ""); e != nil && (e.Type == TypePerson || e.Type == TypeOrg) {
			return a.entityRef(e, a.mentionOf(e, t.start, t.stemEnd()))
		}
		if _, title := a.x.lex.Title(t.stem()); title || a.speakerNoun(t.stem()) {
			// 본 나상윤 공공교통네트워크 정책위원의: the person the title follows
			for m := 1; m < k; m++ {
				if e := a.entityAt(toks[m].start, toks[m].stemEnd(), TypePerson); e != nil {
					return a.entityRef(e, a.mentionOf(e, toks[m].start, toks[m].stemEnd()))
				}
			}
			if w := toks[1]; k > 1 && w.josa() == "" && syllables(w.text) == 3 && a.koreanName(w.text) && a.nameLike(w.text) {
				e := a.personNamed(w)
				return a.entityRef(e, a.mentionOf(e, w.start, w.stemEnd()))
			}
		}
		if !(a.speakerNoun(t.stem()) || personHeads[t.stem()]) || nonSpeakers[t.stem()] {
			return nil
		}
		start := max(a.phraseStart(toks, k), toks[1].start)
		return &speakerRef{name: a.clean[start:t.stemEnd()], mention: span{Start: start, End: t.stemEnd()}, resolved: "subject"}
	}
	return nil
}

// shortModifiers are verb modifiers of one syllable that end a quote (“…”고
// 본 사람, “…”라고 한 관계자); modifierEnding wants two.
var shortModifiers = setOf("본", "한", "쓴", "낸")

// headJosa are the particles of the noun a relative clause of speech
// modifies when that noun is its speaker.
var headJosa = setOf("은", "는", "이", "가", "의", "도", "을", "를", "에게", "에게서", "으로부터", "로부터", "과", "와")

// personHeads are nouns of a person that a clause of speech modifies
// (인정한 감사원 고위 인사의) and that are no title.
var personHeads = setOf("인사", "인사들", "사람", "사람들", "인물", "당국자", "소식통")

// modifiedNounEnd returns the end of the noun phrase that the verb modifier
// at off modifies (인정한 감사원 고위 인사는, 시작하는 이 칼럼은): the first
// word in a subject or topic particle within a few words, else off.
func (a *analysis) modifiedNounEnd(off, end int) int {
	toks := a.wordsIn(off, end)
	for k := 1; k < len(toks) && k <= 5; k++ {
		if toks[k].punctBefore != "" {
			break
		}
		switch toks[k].josa() {
		case "은", "는", "이", "가":
			return toks[k].end
		case "":
			continue
		}
		break
	}
	return off
}

// subjectIn looks for the subject of a clause in clean[lo:hi], outside
// quotes, and resolves it to a speaker.
func (a *analysis) subjectIn(lo, hi int, antecedents []mention) *speakerRef {
	lo = a.window(lo, hi)
	if lo >= hi {
		return nil
	}
	toks := a.wordsIn(lo, hi)
	if ref := a.subjectBeforeWords(toks, hi); ref != nil {
		return ref
	}
	if ref := a.citedBy(toks); ref != nil {
		return ref // 열린북한방송은 양강도 소식통을 인용해 “…”
	}
	depth := 0
	according := -1
	var outletFallback *speakerRef
	// a subject in 이/가 before a topic in 은/는 is the subject of a clause
	// inside the sentence (곽노현 전 교육감이 … 퇴진함으로써 … 권한대행을
	// 맡은 이대영 부교육감은 “…”): the topic speaks
	// (a verb in 는 bars a subject in 이/가 before it, the subject of that
	// clause, but not a topic: 샤오치잉 자신들은 … 일하지 않는 집단이라며)
	lastTopic, lastNounTopic, d := -1, -1, 0
	for i, t := range toks {
		if d += quoteDepthChange(t.punctBefore); d == 0 && !a.quotedFrom(lo, t.start) && (t.josa() == "은" || t.josa() == "는" || t.josa() == "께서" || a.quotedTopic(t).End > 0) {
			lastTopic = i
			if !verbModifier(t) {
				lastNounTopic = i
			}
		}
	}
	for i, t := range toks {
		depth += quoteDepthChange(t.punctBefore)
		if depth > 0 || a.quotedFrom(lo, t.start) {
			continue
		}
		if q := a.quotedTopic(t); q.End > 0 && q.Start >= lo && (i >= lastTopic || !clauseBetween(toks, i, lastTopic)) {
			// 뉴스레터 ‘폴인’은 “…”: a name in quotation marks as the topic
			k := i
			for k > 0 && toks[k-1].start >= q.Start {
				k-- // the first word inside the marks
			}
			if ref := a.conjunctBefore(toks, k); ref != nil {
				return ref // 신주백 교수와 시민단체 '…'는: the first named
			}
			return &speakerRef{name: a.clean[q.Start:q.End], mention: q, resolved: "subject"}
		}
		if ref := a.institutionalSubject(toks, i); ref != nil {
			return ref
		}
		if ref := a.shareOfGroup(toks, i); ref != nil {
			return ref // 민주당 지지자들 중의 59%는 “…”
		}
		if b := a.bracketedSubject(toks, i); b >= 0 {
			return a.nounSource(toks, b) // 농업협동조합(농협)은 “…”
		}
		if according < 0 && (t.text == "따르면" || t.text == "의하면") && i > 0 && toks[i-1].josa() == "에" && t.punctBefore == "" {
			according = i // KAI 내부 관계자에 의하면, “…”: the source, unless a subject follows
		}
		if !subjectJosa[t.josa()] && !alsoSubject(toks, i) || i < lastTopic && (t.josa() == "이" || t.josa() == "가") || i < lastNounTopic && clauseBetween(toks, i, lastNounTopic) {
			continue
		}
		if ref := a.firstConjunct(toks, i); ref != nil {
			return ref // 한국농어촌공사와 농림축산식품부는 “…”: the first named
		}
		if ageGroup(t.stem()) && (t.josa() == "이" || t.josa() == "가" || t.josa() == "은" || t.josa() == "는") {
			// …충돌하게 한 30대가 … “…”고 외쳤다: a person told by age
			return &speakerRef{name: t.stem(), mention: span{Start: t.start, End: t.stemEnd()}, resolved: "subject"}
		}
		if t.stem() == "측" && i > 0 && toks[i-1].josa() == "" && t.punctBefore == "" {
			// 정 위원장 측은: the person whose side speaks
			if p, m := a.roleHolder(toks, i-1); p != nil {
				return a.entityRef(p, m)
			}
			if e := a.titleHolder(toks, i-1); e != nil {
				return &speakerRef{ent: e, mention: span{Start: toks[i-1].start, End: toks[i-1].stemEnd()}, resolved: "title"}
			}
		}
		if reflexives[t.stem()] && i > 0 && toks[i-1].josa() == "" && t.punctBefore == "" {
			if ref := a.namedAt(toks, i-1); ref != nil {
				return ref // 샤오치잉 자신들은, 김 의원 자신은: the one named before
			}
		}
		if e, end := a.honoredEntity(t); e != nil && e.Type == TypePerson {
			return a.entityRef(e, a.mentionOf(e, t.start, end)) // 김영오씨는
		}
		if e := a.entityAt(t.start, t.stemEnd(), ""); e != nil && (e.Type == TypePerson || e.Type == TypeOrg || isCountry(e) && t.josa() != "도") {
			if p, m := a.roleHolder(toks, i); p != nil && p != e {
				// a role taken for an organization or a person of its
				// own (북한연구실장은) after the person who holds it
				return a.entityRef(p, m)
			}
			ref := a.entityRef(e, a.mentionOf(e, t.start, t.stemEnd()))
			if isOutlet(e) && i+1 < len(toks) {
				// a news outlet reports the words of the subject after it
				// (블룸버그는 … 측근이 “…”라고 말했다고 보도했다)
				if outletFallback == nil {
					outletFallback = ref
				}
				continue
			}
			return ref
		}
		if e, m := a.roleHolder(toks, i); e != nil {
			return a.entityRef(e, m)
		}
		if e := a.personTitled(toks, i); e != nil {
			return &speakerRef{ent: e, mention: a.mentionIn(e, toks[max(0, i-4)].start, t.start), resolved: "subject"}
		}
		if e := a.titleHolder(toks, i); e != nil {
			return &speakerRef{ent: e, mention: span{Start: t.start, End: t.stemEnd()}, resolved: "title"}
		}
		if pronouns[t.stem()] {
			if ref := a.antecedent(t.start, antecedents); ref != nil {
				ref.mention = span{Start: t.start, End: t.stemEnd()}
				ref.resolved = "pronoun"
				return ref
			}
			continue
		}
		if descriptionHeads[t.stem()] && i > 0 && toks[i-1].text == "이" {
			if ref := a.antecedent(t.start, antecedents); ref != nil {
				ref.mention = span{Start: toks[i-1].start, End: t.stemEnd()}
				ref.resolved = "pronoun"
				return ref
			}
		}
		if partitives[t.stem()] && (t.josa() == "은" || t.josa() == "는") {
			if g := a.groupBefore(t); g != nil {
				return g // 네티즌들은 … 반응을 보였다. 일부는 “…”
			}
		}
		if a.isGroup(t.stem()) {
			start := a.phraseStart(toks, i)
			return &speakerRef{name: a.clean[start:t.stemEnd()], mention: span{Start: start, End: t.stemEnd()}, resolved: "group"}
		}
	}
	if according >= 0 {
		if ref := a.topicSubject(lo, toks[according+1:]); ref != nil {
			return ref
		}
		if ref := a.writingsAuthor(toks[:according]); ref != nil {
			return ref // X 연구원의 글에 따르면 “…”
		}
		if ref := a.accordingSource(toks[:according]); ref != nil && (ref.ent == nil || !isOutlet(ref.ent) || outletFallback == nil) {
			return ref
		}
		return outletFallback
	}
	if ref := a.opinionOwner(lo, toks); ref != nil {
		return ref // 주로 네티즌 의견의 반응을 가져왔으며 “…”
	}
	if ref := a.topicSubject(lo, toks); ref != nil {
		if ref.ent == nil && writings[lastWord(ref.name)] {
			// 이 칼럼은: the writing named before with its author
			if w := a.writerBefore(ref.mention.Start); w != nil {
				w.resolved = "subject"
				return w
			}
			return outletFallback // a writing with no author named speaks for no one; the words go on from before
		}
		return ref
	}
	return outletFallback
}

// opinions are nouns of views a group holds and voices.
var opinions = setOf("의견", "반응", "댓글", "목소리", "여론")

// opinionOwner finds, in a clause with no subject, a group named right
// before a noun of views (네티즌 의견의 반응을, 누리꾼들의 댓글): those whose
// words the quotes are.
func (a *analysis) opinionOwner(lo int, toks []token) *speakerRef {
	for i := len(toks) - 1; i > 0; i-- {
		t, o := toks[i], toks[i-1]
		if !opinions[t.stem()] || t.punctBefore != "" || a.quotedFrom(lo, t.start) {
			continue
		}
		if o.josa() != "" && o.josa() != "의" {
			continue
		}
		if a.isGroup(o.stem()) {
			start := a.phraseStart(toks, i-1)
			return &speakerRef{name: a.clean[start:o.stemEnd()], mention: span{Start: start, End: o.stemEnd()}, resolved: "group"}
		}
	}
	return nil
}

// writerBefore finds the author of the writing that a sentence at off or
// one of the two before names (양상훈 주필의 칼럼 … 이 칼럼은).
func (a *analysis) writerBefore(off int) *speakerRef {
	si := a.sentenceAt(off)
	for k := si; k >= 0 && k >= si-2; k-- {
		if sp := a.writerIn(a.sents[k]); sp != nil && sp.mention.Start < off {
			return sp
		}
	}
	return nil
}

// firstConjunct returns the first of two subjects joined by 와/과 (A와
// B는 “…”), A being a person or a body named in the article, or nil. The
// words between the conjunct and the subject must belong to B's noun phrase
// (A와 함께 B는 is no coordination).
func (a *analysis) firstConjunct(toks []token, i int) *speakerRef {
	if j := toks[i].josa(); j != "은" && j != "는" && j != "이" && j != "가" {
		return nil
	}
	return a.conjunctBefore(toks, i)
}

// conjunctBefore returns the person or body joined by 와/과 to the noun
// phrase whose last word is i (or which begins at word i when it is
// quoted), or nil.
func (a *analysis) conjunctBefore(toks []token, i int) *speakerRef {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := toks[k]
		if toks[k+1].punctBefore != "" && toks[k+1].punctBefore != "'" && toks[k+1].punctBefore != "‘" {
			return nil
		}
		if w.josa() == "와" || w.josa() == "과" {
			return a.namedAt(toks, k)
		}
		if w.josa() != "" && w.josa() != "의" || clauseEnd(w.text) || notInPhrase[w.text] {
			return nil
		}
	}
	return nil
}

// notInPhrase are words that stand between a 와/과 phrase and a subject
// without being part of the subject's noun phrase.
var notInPhrase = setOf("함께", "같이", "달리", "마찬가지로", "더불어", "나란히", "비교해", "반대로")

// subjectBeforeWords reads a subject in 이/가 that is the last word
// before the quote (자빱측은 지난 1월 법률 대리인이 “…”, 경찰은 피의자가 “…”라고
// 진술했다고 밝혔다): the one who says the words, while a topic before it
// reports them. Only a group or an unnamed holder of a role (법률 대리인,
// MBC 캐스터) counts: a named subject there is as often the subject of the
// clause the quote completes (검찰은 박 구청장이 “…소홀히 하고”).
func (a *analysis) subjectBeforeWords(toks []token, hi int) *speakerRef {
	if len(toks) < 2 {
		return nil
	}
	i := len(toks) - 1
	t := toks[i]
	if t.josa() != "이" && t.josa() != "가" || t.end != hi && strings.TrimSpace(a.clean[t.end:hi]) != "" || a.quotedFrom(toks[0].start, t.start) {
		return nil
	}
	if a.entityAt(t.start, t.stemEnd(), "") != nil {
		return nil // a named subject may be the quoted clause's own (검찰은 박 구청장이 “…하고”)
	}
	if p, _ := a.roleHolder(toks, i); p != nil {
		return nil
	}
	if a.isGroup(t.stem()) || a.roleWord(t.stem()) && syllables(t.stem()) >= 2 && !nonSpeakers[t.stem()] && !writings[t.stem()] {
		start := a.phraseStart(toks, i)
		how := "subject"
		if a.isGroup(t.stem()) {
			how = "group"
		}
		return &speakerRef{name: a.clean[start:t.stemEnd()], mention: span{Start: start, End: t.stemEnd()}, resolved: how}
	}
	return nil
}

// titleHolder resolves a title standing alone as the subject (의원은,
// 부회장은, 총리는: no name before it) to the one person of the article
// named before with that role (알 그린 하원의원, 이재용 삼성전자 부회장);
// nil when no one or several hold it.
func (a *analysis) titleHolder(toks []token, i int) *entity {
	t := toks[i]
	title := t.stem()
	if syllables(title) < 2 || !a.roleWord(title) {
		return nil
	}
	surname := ""
	if i > 0 && toks[i-1].josa() == "" && toks[i].punctBefore == "" {
		p := toks[i-1]
		if syllables(p.text) == 1 && a.x.lex.IsSurname(p.text) {
			surname = p.text // 이 후보는: 이정희 후보 (or "this candidate", the same)
		} else if e := a.entityAt(p.start, p.end, ""); e != nil {
			return nil // a name or a body before it: another rule's phrase
		}
	}
	var holder *entity
	for _, e := range a.nameIndex().peopleByTitle[title] {
		if e.Type != TypePerson || !strings.HasPrefix(e.Name, surname) || surname != "" && e.Name == surname {
			continue
		}
		named := false
		for _, m := range e.Mentions {
			if m.Start < t.start {
				named = true
				break
			}
		}
		if !named {
			continue
		}
		if holder != nil && holder != e {
			return nil // two people hold it: the title says not which
		}
		holder = e
	}
	return holder
}

// honoredEntity returns the person named by word t before the honorific
// 씨 written with it (김영오씨는), and the end of the name; nil when the
// word is not so.
func (a *analysis) honoredEntity(t token) (*entity, int) {
	name, ok := strings.CutSuffix(t.stem(), "씨")
	if !ok || name == "" || syllables(name) < 2 && !a.x.lex.IsSurname(name) {
		return nil, 0 // 김씨: the surname the people stage linked
	}
	end := t.start + len(name)
	return a.entityAt(t.start, end, TypePerson), end
}

// clauseBetween reports whether a clause ends between words i and j: a
// word in a connective ending (비판적인데, 했고, 밝혔으며) or a comma. A topic
// before it is the topic of that clause (의원들은 비판적인데, 리차드 버는
// “…”이라고 일축했다).
func clauseBetween(toks []token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if toks[k].josa() == "" && clauseEnd(toks[k].text) && !modifierEnding(toks[k].text) || strings.Contains(toks[k+1].punctBefore, ",") {
			return true
		}
	}
	return false
}

// alsoSubject reports whether word i, with no particle, is the subject
// marked by 또한 or 역시 after it (야3당 의원들 또한 “…”, 사나 마린 핀란드 총리
// 역시 “…”).
func alsoSubject(toks []token, i int) bool {
	t := toks[i]
	if t.josa() != "" || i+1 >= len(toks) || toks[i+1].punctBefore != "" {
		return false
	}
	w := toks[i+1].text
	return w == "또한" || w == "역시"
}

// topicSubject is subjectIn's last resort: the topic of the clause right
// before the quote or verb, as written (재판부는, 백남기 투쟁본부는), without
// an entity.
func (a *analysis) topicSubject(lo int, toks []token) *speakerRef {
	lastTopic := -1
	for i, t := range toks {
		if quoteDepthChange(t.punctBefore) == 0 && !a.quotedFrom(lo, t.start) && (t.josa() == "은" || t.josa() == "는") {
			lastTopic = i
		}
	}
	for i, t := range toks {
		if i < lastTopic && clauseBetween(toks, i, lastTopic) {
			continue // the topic of an earlier clause
		}
		if depth := quoteDepthChange(t.punctBefore); depth != 0 || a.quotedFrom(lo, t.start) {
			continue
		}
		topic := t.josa() == "은" || t.josa() == "는" || alsoSubject(toks, i)
		// a subject marked 이/가 counts only right before the quote (상인들이 “…”)
		subject := (t.josa() == "이" || t.josa() == "가") && len(toks)-i <= 2 && a.groupLike(t.stem())
		if !topic && !subject {
			continue
		}
		if len(toks)-i > 16 { // a topic far from the quote, past a clause, is another clause's
			continue
		}
		if headCount(t.stem()) && i > 0 && toks[i-1].josa() == "" && t.punctBefore == "" {
			t = toks[i-1] // 대리인단 15명은: the body the count is of
			i--
		}
		if t.stem() == "측" && i > 0 && toks[i-1].josa() == "" && t.punctBefore == "" {
			t = toks[i-1] // 코레일 측은, 해당 학부 학생 측은: the body before 측
			i--
		} else if st, ok := strings.CutSuffix(t.stem(), "측"); ok && syllables(st) >= 2 {
			t.setStem(len(st)) // 자빱측은
		}
		if nonSpeakers[t.stem()] || pronouns[t.stem()] || t.script != scriptHangul && t.script != scriptLatin && t.script != scriptMixed || verbModifier(t) ||
			i+1 < len(toks) && toks[i+1].punctBefore == "" && boundNouns[toks[i+1].stem()] ||
			syllables(t.stem()) < 2 && t.script == scriptHangul && a.phraseStart(toks, i) == t.start { // 리차드 버는: a phrase may end in one syllable
			continue
		}
		if e := a.entityAt(t.start, t.stemEnd(), ""); e != nil && (e.Type == TypePerson || e.Type == TypeOrg || e.Type == TypeLocation) {
			return &speakerRef{ent: e, mention: a.mentionOf(e, t.start, t.stemEnd()), resolved: "subject"}
		}
		start := a.phraseStart(toks, i)
		if start == t.start && a.x.lex.IsNameWord(t.stem()) && !a.doubtfulKoreanName(t.stem()) {
			// a known name alone (바이든은 “…”): a person
			p := a.personNamed(t)
			return &speakerRef{ent: p, mention: span{Start: t.start, End: t.stemEnd()}, resolved: "subject"}
		}
		how := "subject"
		if a.isGroup(t.stem()) {
			how = "group" // 유가족측은, 해당 학부 학생들은
		}
		return &speakerRef{name: a.clean[start:t.stemEnd()], mention: span{Start: start, End: t.stemEnd()}, resolved: how}
	}
	return nil
}

// ageGroup reports whether w names a person by the decade of their age
// (30대, 20대): digits and 대.
func ageGroup(w string) bool {
	n, ok := strings.CutSuffix(w, "대")
	return ok && len(n) >= 2 && len(n) <= 3 && strings.Trim(n, "0123456789") == "" && strings.HasSuffix(n, "0")
}

// headCount reports whether w counts people: 15명, 200여명, 3인.
func headCount(w string) bool {
	n, ok := strings.CutSuffix(w, "명")
	if !ok {
		n, ok = strings.CutSuffix(w, "인")
	}
	n = strings.TrimSuffix(n, "여")
	if !ok || n == "" {
		return false
	}
	for _, r := range n {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// entityRef is the speaker e mentioned at m, found as the subject; a
// person mentioned by a shorter form than the name (한 단장, 응우옌) is
// found through the surname.
func (a *analysis) entityRef(e *entity, m span) *speakerRef {
	how := "subject"
	if e.Type == TypePerson && a.clean[m.Start:m.End] != e.Name {
		how = "surname"
	}
	return &speakerRef{ent: e, mention: m, resolved: how}
}

// genericBodies are nouns that say what kind of body the name before them
// is (국민의힘 정당, 삼성 그룹, 카카오 측): the name speaks.
var genericBodies = setOf("정당", "당", "회사", "기업", "그룹", "단체", "기관", "구단", "재단", "협회", "본사", "채널", "계정")

// isOutlet reports whether e is a news outlet of the lexicon (kind media).
func isOutlet(e *entity) bool { return e.Entry != nil && e.Entry.Kind == "media" }

// roleHolder finds the person named before the subject word i when
// that word is a title or a role, with organizations or places between:
// 존 커비 백악관 전략 소통 조정관은, 이복순 수영구 문화공보팀장은,
// 제랄드 다르마냉 프랑스 내무부 장관은. Up to eight words back, none of
// them with a particle; a gloss in brackets may follow the name.
func (a *analysis) roleHolder(toks []token, i int) (*entity, span) {
	t := toks[i]
	if !a.roleWord(t.stem()) {
		return nil, span{}
	}
	// the name opens the phrase: the person farthest back wins (이복순
	// 수영구 문화공보팀장은, where 수영구 may be taken for a name too)
	var found *entity
	var at span
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		w := toks[k]
		if glossBetween(toks, k+1) && w.punctBefore == "(" && k > 0 && toks[k-1].josa() == "" {
			// a gloss in brackets after the name: 허우한민(侯漢敏) 신장자치구
			// 신문판공실 주임은
			k--
			w = toks[k]
		} else if !a.noParticle(w) || toks[k+1].punctBefore != "" && toks[k+1].punctBefore != "·" {
			break
		}
		if e := a.entityAt(w.start, w.stemEnd(), TypePerson); e != nil {
			found, at = e, a.mentionOf(e, w.start, w.stemEnd())
		} else if e := a.certainPersonAt(w); e != nil {
			found, at = e, span{Start: w.start, End: w.stemEnd()} // 양모 대표는
		}
	}
	return found, at
}

// certainPersonAt returns the unnamed person a word such as 양모 or 김모
// names, whose mention is the surname alone (addCertainPerson).
func (a *analysis) certainPersonAt(w token) *entity {
	if !strings.HasSuffix(w.stem(), "모") || syllables(w.stem()) != 2 {
		return nil
	}
	_, size := utf8.DecodeRuneInString(w.text)
	return a.entityAt(w.start, w.start+size, TypePerson)
}

// institutionalSubject reads the subjects Korean gives a body that
// speaks: X에서는 “…” (서울시에서는, 백악관에서는) and X 명의의 성명을 통해
// “…” (통일부 명의의).
func (a *analysis) institutionalSubject(toks []token, i int) *speakerRef {
	t := toks[i]
	switch {
	case t.stem() == "사이" && i > 0 && t.punctBefore == "" && (t.josa() == "에서는" || t.josa() == "에서도" || t.josa() == "에서"):
		// 네티즌들 사이에서는 “…”, 온라인 사이에서는 …평가가 나왔다: those
		// among whom the words go round (the word before has no particle
		// but the plural 들, or reads as one in 인: 온라인)
		p := toks[i-1]
		if j := p.josa(); j != "" && j != "들" && j != "인" || nonSpeakers[p.text] || p.script == scriptDigit || modifierEnding(p.text) && p.josa() == "" {
			return nil
		}
		start := a.phraseStart(toks, i-1)
		return &speakerRef{name: a.clean[start:p.end], mention: span{Start: start, End: p.end}, resolved: "group"}
	case t.josa() == "에서는" || t.josa() == "에서도" || t.josa() == "측은" || t.josa() == "측에서는" ||
		t.josa() == "에서" && (t.stem() == "채널" || t.stem() == "계정"):
		if e := a.entityAt(t.start, t.stemEnd(), ""); e != nil && (e.Type == TypeOrg || e.Type == TypeLocation) {
			return &speakerRef{ent: e, mention: a.mentionOf(e, t.start, t.stemEnd()), resolved: "subject"}
		}
		if genericBodies[t.stem()] && i > 0 && toks[i-1].josa() == "" && t.punctBefore == "" {
			p := toks[i-1]
			if e := a.entityAt(p.start, p.stemEnd(), TypeOrg); e != nil {
				return a.entityRef(e, a.mentionOf(e, p.start, p.stemEnd())) // 국민의힘 정당에서는
			}
			if (t.stem() == "채널" || t.stem() == "계정") && a.entityAt(p.start, p.end, "") == nil && !nonSpeakers[p.text] && !clauseEnd(p.text) && syllables(p.text) >= 2 {
				// 엠빅뉴스 채널에서 “…”: the channel by its name
				return &speakerRef{name: p.text, mention: span{Start: p.start, End: p.end}, resolved: "subject"}
			}
		}
		if (a.groupLike(t.stem()) || strings.HasSuffix(t.stem(), "뉴스")) && !nonSpeakers[t.stem()] {
			// (국내 뉴스에서도 “…”: the news as a body that speaks)
			start := a.phraseStart(toks, i)
			return &speakerRef{name: a.clean[start:t.stemEnd()], mention: span{Start: start, End: t.stemEnd()}, resolved: "group"}
		}
	case t.stem() == "명의" && i > 0 && a.noParticle(toks[i-1]):
		p := toks[i-1]
		p.wholeWord() // 대변인 명의의: 대변인, not 대변 + 인
		if e := a.entityAt(p.start, p.stemEnd(), ""); e != nil && e.Type != TypeDate {
			return &speakerRef{ent: e, mention: a.mentionOf(e, p.start, p.stemEnd()), resolved: "subject"}
		}
		start := a.phraseStart(toks, i-1)
		return &speakerRef{name: a.clean[start:p.stemEnd()], mention: span{Start: start, End: p.stemEnd()}, resolved: "subject"}
	}
	return nil
}

// verbModifier reports whether word t is a verb's modifier form read as a
// topic: 묘사하는 (묘사하 + 는), 있는, 되는: a verb stem before 는, which a
// speaker's noun is not.
func verbModifier(t token) bool {
	if t.josa() != "는" {
		return false
	}
	st := t.stem()
	for _, v := range []string{"하", "되", "있", "없", "않", "하려", "되려", "지려"} {
		if strings.HasSuffix(st, v) {
			return true
		}
	}
	// 소개할때는, 떠날때는: a verb in ㄹ before 때 written with it
	if prev, ok := strings.CutSuffix(st, "때"); ok && prev != "" {
		if hangul.EndsIn(prev, hangul.FinalRieul) {
			return true
		}
	}
	// 있다는, 바라봤다는, 한다는: a clause ending in 다 before 는 quotes
	// or reports; a noun in 다 (바다는) has no verb before the 다
	if prev, ok := strings.CutSuffix(st, "다"); ok && prev != "" {
		r, _ := utf8.DecodeLastRuneInString(prev)
		if hangul.EndsIn(prev, hangul.FinalSsangS) || strings.ContainsRune("있없한된는진", r) {
			return true // final ㅆ: 했다, 봤다, 있었다
		}
	}
	return false
}

// boundNouns are nouns that stand only after a modifier (울리는 데, 하는
// 것, 할 수): a word in 는 before one is a verb, not a topic.
var boundNouns = setOf("데", "것", "수", "바", "줄", "듯", "척", "만큼", "대로", "동안", "때문", "데에", "것을", "것이", "데도")

// doubtfulKoreanName reports whether w reads as a Korean name of other than
// three syllables, which without a title is too often an ordinary word.
func (a *analysis) doubtfulKoreanName(w string) bool { return a.koreanName(w) && syllables(w) != 3 }

// personNamed returns the person named by the word t (a speaker found
// without a title), creating it and its mention.
func (a *analysis) personNamed(t token) *entity {
	if e := a.entityAt(t.start, t.stemEnd(), TypePerson); e != nil {
		return e
	}
	for _, e := range a.ents.All() {
		if e.Type == TypePerson && (e.Name == t.stem() || len(e.Parts) > 1 && e.Parts[len(e.Parts)-1] == t.stem()) {
			a.ents.Add(e, span{Start: t.start, End: t.stemEnd()}, a.sentenceAt(t.start))
			return e
		}
	}
	e := &entity{Type: TypePerson, Name: t.stem(), Parts: []string{t.stem()}}
	a.ents.Append(e)
	a.ents.Add(e, span{Start: t.start, End: t.stemEnd()}, a.sentenceAt(t.start))
	return e
}

// groupLike reports whether a noun names people or a body that can speak:
// a plural (상인들), a title or group word, or an organization's name
// (…위원회, …협회).
func (a *analysis) groupLike(w string) bool {
	if syllables(w) < 2 {
		return false
	}
	if strings.HasSuffix(w, "들") || a.isGroup(w) {
		return true
	}
	if _, ok := a.x.lex.Title(w); ok {
		return true
	}
	_, _, ok := a.x.lex.OrgSuffix(w)
	return ok
}

// nonSpeakers are topic nouns that cannot say anything.
var nonSpeakers = setOf("것", "점", "이유", "문제", "내용", "결과", "사실", "경우", "이번", "이날", "당시", "때", "이", "그",
	"대해서", "대해", "관해서", "관해", "관련해서", "관련해", "위해서", "통해서", "때문", "가운데", "반면", "뒤", "후", "전",
	"자신들", "자신", "역시", "등", "이후에", "이전", "최근에", "당시에", "이에",
	"최근", "현재", "오늘", "이후", "앞서", "한편", "특히", "다만", "또", "이어", "올해", "지난해", "내년",
	"원인", "배경", "목적", "요지", "골자", "핵심", "주제", "제목", "명칭", "이름", "내용은", "사유")

// determiners stand before a noun phrase but are not part of its name.
var determiners = setOf("그", "이", "저", "해당", "이번", "한", "각", "모든", "여러", "일부", "당시", "이날", "또", "또한", "다만", "특히")

// phraseStart extends the noun at word i back over the words before it
// that have no particle (업계 관계자, 백남기 투쟁본부), at most two.
func (a *analysis) phraseStart(toks []token, i int) int {
	start := toks[i].start
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if toks[k].josa() != "" || toks[k+1].punctBefore != "" || clauseEnd(toks[k].text) || connectives[toks[k].text] || determiners[toks[k].text] {
			break
		}
		if timeWord(toks[k].text) {
			break // 지난 1월 법률 대리인이: a date is no part of the name
		}
		if _, ok := a.x.lex.IsJosa(toks[k].text); ok && toks[k].punctBefore != "" {
			break // (이하 "민변")의 대리인단: a particle after marks, no word of the name
		}
		start = toks[k].start
	}
	return start
}

// timeWord reports whether w names a time: a number of years, months,
// days or hours (1월, 26일, 2019년) or a word such as 지난달.
func timeWord(w string) bool {
	if relativeDays[w] {
		return true
	}
	n := strings.TrimRight(w, "0123456789")
	if n != "" {
		r, size := utf8.DecodeLastRuneInString(w)
		digits := w[:len(w)-size]
		return strings.ContainsRune("년월일시", r) && digits != "" && strings.Trim(digits, "0123456789") == ""
	}
	return false
}

// relativeDays name a time relative to the report.
var relativeDays = setOf("한때", "그간", "지난달", "지난해", "올해", "이달", "어제", "오늘", "지난주", "이번주", "작년", "올", "내년", "이날", "당일", "전날")

// maxClauseBytes bounds how far before a quote or a cue the subject is
// looked for, so that a sentence with thousands of quotes stays linear.
const maxClauseBytes = 600

// window moves lo forward so that [lo, hi) is at most maxClauseBytes long,
// starting after a space.
func (a *analysis) window(lo, hi int) int {
	if hi-lo <= maxClauseBytes {
		return lo
	}
	lo = hi - maxClauseBytes
	if i := strings.IndexByte(a.clean[lo:hi], ' '); i >= 0 {
		return lo + i + 1
	}
	return hi
}

// quotedTopic returns the quoted words that the particle word t marks as
// a topic (‘폴인’은: t is 은 right after the closing mark), or an empty
// span.
func (a *analysis) quotedTopic(t token) span {
	if t.text != "은" && t.text != "는" || t.punctBefore == "" {
		return span{}
	}
	ps := a.pairs
	i := sort.Search(len(ps), func(k int) bool { return ps[k].close >= t.start })
	if i == 0 {
		return span{}
	}
	p := ps[i-1]
	_, size := utf8.DecodeRuneInString(a.clean[p.close:])
	if p.close+size != t.start {
		return span{}
	}
	_, osize := utf8.DecodeRuneInString(a.clean[p.open:])
	in := span{Start: p.open + osize, End: p.close}
	if in.Empty() || strings.ContainsAny(a.clean[in.Start:in.End], "\n") || utf8.RuneCountInString(a.clean[in.Start:in.End]) > 20 {
		return span{}
	}
	return in
}

// quotedFrom reports whether offset off lies inside a pair of quotation
// marks that does not also hold lo: a word quoted in a window that starts
// outside the quote. Straight marks (") open and close alike, which
// counting marks cannot tell; the pairs found by findQuotes can. A window
// inside a quote (speech quoted in speech) reads the words of that quote.
func (a *analysis) quotedFrom(lo, off int) bool {
	ps := a.pairs
	i := sort.Search(len(ps), func(k int) bool { return ps[k].close > off })
	if i == len(ps) || ps[i].open >= off {
		return false
	}
	return !(ps[i].open < lo && lo <= ps[i].close)
}

// quoteDepthChange counts opening minus closing double quotation marks in
// punctuation between words.
func quoteDepthChange(p string) int {
	d := 0
	for _, r := range p {
		switch r {
		case '“', '「', '«':
			d++
		case '”', '」', '»':
			d--
		}
	}
	return d
}

// isGroup reports whether w names an unnamed group of sources: 전문가들,
// 관계자, 업계 관계자, 분석가들, 일각.
func (a *analysis) isGroup(w string) bool {
	if ti, ok := a.x.lex.Title(w); ok && ti.Kind == "group" {
		return true
	}
	if strings.HasSuffix(w, "들") {
		if ti, ok := a.x.lex.Title(strings.TrimSuffix(w, "들")); ok && ti.Kind != "honorific" {
			return true
		}
	}
	// a community by its field: 가톨릭계, 의료계, 법조계 (생태계 is a
	// common noun)
	if strings.HasSuffix(w, "계") && syllables(w) >= 3 && !a.x.lex.IsCommonNoun(w) && hangul.IsWord(w) {
		return true
	}
	// the people of a country or a city: 한국인들, 미국인들, 서울시민들
	for _, suf := range []string{"인들", "시민들", "국민들"} {
		if place, ok := strings.CutSuffix(w, suf); ok && place != "" {
			if e, ok := a.x.lex.Lookup(place); ok && e.Type == TypeLocation {
				return true
			}
		}
	}
	return false
}

// isCountry reports whether e is a country of the lexicon: a country that
// is the subject of a reporting verb speaks through its government (일본이
// “…”라고 선언했다), where a city or a region does not.
func isCountry(e *entity) bool {
	return e.Type == TypeLocation && e.Entry != nil && e.Entry.Kind == "country"
}

// shareOfGroup reads a topic that is a share of a group (지지자들 중의
// 59%는, 응답자 가운데 절반은): the group speaks. Word i is the group, the
// word after it 중/가운데, and a topic in 은/는 follows within two words.
func (a *analysis) shareOfGroup(toks []token, i int) *speakerRef {
	t := toks[i]
	if t.josa() != "" || i+2 >= len(toks) || !a.isGroup(t.stem()) {
		return nil
	}
	switch toks[i+1].text {
	case "중", "중의", "중에서", "가운데", "가운데서":
	default:
		return nil
	}
	for k := i + 2; k < len(toks) && k <= i+3; k++ {
		if j := toks[k].josa(); j == "은" || j == "는" || toks[k].text == "은" || toks[k].text == "는" {
			start := a.phraseStart(toks, i)
			return &speakerRef{name: a.clean[start:t.stemEnd()], mention: span{Start: start, End: t.stemEnd()}, resolved: "group"}
		}
	}
	return nil
}

// partitives name a part of a group the text spoke of before: 일부는,
// 대부분은, 상당수는.
var partitives = setOf("일부", "대부분", "대다수", "상당수", "다수", "몇몇", "절반")

// groupBefore finds the group a partitive at off takes its members from:
// the last group noun that is a subject or topic in the two sentences
// before, in the same paragraph (네티즌들은 … 반응을 보였다. 일부는 “…”),
// named by the group; the mention is the partitive.
func (a *analysis) groupBefore(part token) *speakerRef {
	off := part.start
	si := a.sentenceAt(off)
	for k := si - 1; k >= 0 && k >= si-2; k-- {
		ps := a.sents[k]
		if a.paragraphsBetween(ps.End, off) > 0 {
			break
		}
		toks := a.wordsIn(ps.Start, min(ps.End, ps.Start+maxClauseBytes))
		for i := len(toks) - 1; i >= 0; i-- {
			t := toks[i]
			if !subjectJosa[t.josa()] || !a.isGroup(t.stem()) {
				continue
			}
			start := a.phraseStart(toks, i)
			return &speakerRef{name: a.clean[start:t.stemEnd()], mention: span{Start: part.start, End: part.stemEnd()}, resolved: "group"}
		}
	}
	return nil
}

// mentionOf returns e's mention covering [start, end).
func (a *analysis) mentionOf(e *entity, start, end int) span {
	for _, m := range e.Mentions {
		if m.Start <= start && end <= m.End {
			return m.Span
		}
	}
	return span{Start: start, End: end}
}

// mentionIn returns the last mention of e inside [lo, hi): the name
// before a title (조 사이 in 조 사이 회장은), never the words around it. If
// e has none there, the span is empty.
func (a *analysis) mentionIn(e *entity, lo, hi int) span {
	var best span
	for _, m := range e.Mentions {
		if lo <= m.Start && m.End <= hi && m.Start >= best.Start {
			best = m.Span
		}
	}
	return best
}

// subjectMentions lists the mentions of people that are the subject or
// topic of their clause, in text order: the antecedents of 그는. It is
// computed once, after the entities stage.
func (a *analysis) subjectMentions() []mention {
	if a.antecedentsDone {
		return a.antecedents
	}
	a.antecedentsDone = true
	var out []mention
	for _, e := range a.ents.All() {
		if e.Type != TypePerson {
			continue
		}
		for _, m := range e.Mentions {
			// a name inside a quotation is not what 그는 refers to
			if a.subjectAt(m.End) && !inQuote(a.pairs, m.Start) {
				out = append(out, m)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	a.antecedents = out
	return out
}

// subjectAt reports whether the name ending at off is the subject or topic
// of its clause: a subject particle follows, directly (응우옌은) or after
// the person's title (이민호 연구원은, 트럼프 전 대통령은).
func (a *analysis) subjectAt(off int) bool {
	rest := a.josaAfter(off)
	if rest != "" {
		return subjectJosa[rest]
	}
	toks := a.wordsIn(off, min(len(a.clean), off+64))
	for i, t := range toks {
		if i > 2 || t.punctBefore != "" {
			return false
		}
		if _, _, ok := a.titleAt(toks, i); ok {
			return subjectJosa[t.josa()]
		}
		if !rolePrefixes[t.text] && a.entityOf(t, "") == nil {
			return false
		}
	}
	return false
}

// josaAfter returns the rest of the word that ends at or after off.
func (a *analysis) josaAfter(off int) string {
	end := off
	for end < len(a.clean) {
		c := a.clean[end]
		if c == ' ' || c == '\n' || c == ',' || c == '.' || c == '(' || c == ')' {
			break
		}
		end++
		if end-off > 12 {
			break
		}
	}
	return a.clean[off:end]
}

// antecedent returns the person a pronoun at off refers to: the latest
// subject mention of a person before it, within the last few sentences.
func (a *analysis) antecedent(off int, ms []mention) *speakerRef {
	i := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= off }) - 1
	if i >= 0 && a.sentenceAt(off)-ms[i].Sent <= 4 {
		if e := a.entityAt(ms[i].Start, ms[i].End, TypePerson); e != nil {
			return &speakerRef{ent: e}
		}
	}
	// no person was the subject of a sentence just before: the person
	// named last in this or the previous sentence, in any role (김원웅
	// 광복회장의 발언이 화제가 됐다. 그는 “…”)
	cur := a.sentenceAt(off)
	var best *entity
	bestAt := -1
	for _, e := range a.ents.All() {
		if e.Type != TypePerson {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start < off && m.Start > bestAt && cur-m.Sent <= 1 && !inQuote(a.pairs, m.Start) {
				best, bestAt = e, m.Start
			}
		}
	}
	if best == nil {
		return nil
	}
	return &speakerRef{ent: best}
}

// lineStart returns the offset of the start of the line holding off.
func (a *analysis) lineStart(off int) int {
	return strings.LastIndexByte(a.clean[:off], '\n') + 1
}
