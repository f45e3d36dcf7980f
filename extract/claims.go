package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/extract/attribution"
	"github.com/kextract/kextract/extract/sentence"
	"github.com/kextract/kextract/internal/hangul"
)

// claim is an attributed claim while the stages run.
type claim struct {
	content span
	source  *speakerRef
	cue     string
	kind    string
	sent    int
	// carry is set on a claim whose source is the report before it (이에
	// 따르면): claimSourcesBefore gives it that report's source.
	carry bool
}

// Claim kinds.
const (
	claimReported  = "reported"  // X는 …다고 분석했다
	claimAccording = "according" // X에 따르면 …
	claimHearsay   = "hearsay"   // …것으로 알려졌다 (no source named)
	claimOpinion   = "opinion"   // 일각에서는 … 견해도 있다
)

// quotativeClause are the endings of an indirect quotation (…다고, …라고).
var quotativeClause = []string{"다고", "라고", "냐고", "자고", "다며", "라며", "다면서", "라면서"}

// hearsayVerbs follow …것으로 or …으로 when the text names no source: what
// is known, said, expected or read into events (알려졌다, 전해졌다,
// 예상된다, 해석된다). What the writer finds or infers from facts
// (…것으로 나타났다, 보인다, 추정된다, 확인됐다) is no one's claim and is
// not listed.
var hearsayVerbs = setOf("알려졌다", "전해졌다", "관측된다", "예상된다", "해석된다", "풀이된다",
	"분석된다", "전망된다", "알려졌으며", "전해졌으며", "예상되며", "관측되며",
	"알려진다", "전해진다", "점쳐진다", "예측된다", "평가된다", "예상돼", "알려져",
	"알려진", "전해진", "알려졌고", "전해졌고")

// opinionNouns head a group's view: 일각에서는 … 견해도 있다.
var opinionNouns = setOf("견해", "분석", "지적", "관측", "전망", "우려", "목소리", "평가", "의견", "주장", "시각", "해석", "전망도", "비판")

// groupPlaces are where unnamed groups speak from: 일각에서는, 업계에서는.
var groupPlaces = setOf("일각", "업계", "시장", "증권가", "정치권", "정가", "금융권", "재계", "학계", "안팎", "관가", "외신", "월가", "여권", "야권")

// findClaims finds indirect speech, according-to reports, hearsay and the
// opinions of unnamed groups, outside direct quotations.
func (a *analysis) findClaims() {
	pairs := a.pairs
	var scratch []token // the words outside quotes, reused sentence to sentence
	for si, s := range a.sents {
		if s.Kind != sentence.Body {
			continue
		}
		toks := a.sentenceWords(si)
		outside := toks
		if inQuote(pairs, s.Start) || a.quoteWithin(pairs, s.Start, s.End) {
			outside = scratch[:0]
			for _, t := range toks {
				if !inQuote(pairs, t.start) {
					outside = append(outside, t)
				}
			}
			scratch = outside
		}
		a.claimsIn(si, outside)
	}
	a.dropQuotedClaims()
	// a content start moved past its end (a claim inside another's
	// clause) leaves no claim
	kept := a.claims[:0]
	for _, c := range a.claims {
		if c.content.Start < c.content.End {
			kept = append(kept, c)
		}
	}
	clear(a.claims[len(kept):])
	a.claims = kept
}

// dropQuotedClaims keeps the claims out of direct quotes of speech: a
// claim's content starts after the last quote it holds (…는 “…”라고 말한
// 것으로 전해졌다, …가 “…”고 말했다고 전했다: the quote reports those words,
// with its speaker), and a claim with less than two words left is dropped.
func (a *analysis) dropQuotedClaims() {
	if len(a.quotes) == 0 {
		return
	}
	kept := a.claims[:0]
	for _, c := range a.claims {
		start, speech := c.content.Start, false
		i := sort.Search(len(a.quotes), func(k int) bool { return a.quotes[k].open >= c.content.Start })
		if i > 0 && a.quotes[i-1].close >= c.content.Start && a.quotes[i-1].close < c.content.End {
			// the content starts inside a quote opened in a sentence before
			// (…중요하다”고 지적한 것으로 알려졌다)
			c.content.Start = a.nextWordStart(a.quotes[i-1].after)
		}
		for i < len(a.quotes) && a.quotes[i].close < c.content.End {
			q := a.quotes[i]
			i++
			if q.open < c.content.Start {
				continue // inside the words already passed (a nested quote)
			}
			if q.form == attribution.Adnominal && len(strings.Fields(a.clean[c.content.Start:q.open])) >= 3 {
				// …현충원을 참배하고, 방명록에 ‘…’라는 글을 남긴 것으로
				// 알려졌다: the quote is the object of a clause that goes on
				continue
			}
			// the words after the quote may still be a claim of their own
			// (“…”라며 …다고 밝혔다): keep them if they are a clause
			c.content.Start = a.nextWordStart(q.after)
			if len(strings.Fields(a.clean[q.inner.Start:q.inner.End])) >= 3 {
				speech = true
			}
		}
		if c.content.Start >= c.content.End {
			continue // the quotes took all of it
		}
		if a.afterClosingMark(c.content.Start) {
			// the content starts on the ending of a quotation (…”고
			// 덧붙이며, …’를 차지한다면서): it starts at the next word
			if sp := strings.IndexAny(a.clean[c.content.Start:c.content.End], " \n"); sp >= 0 {
				c.content.Start = a.nextWordStart(c.content.Start + sp)
			} else {
				continue
			}
		}
		if c.content.Empty() || c.content.Start >= c.content.End {
			continue
		}
		words := strings.Fields(a.clean[c.content.Start:c.content.End])
		if c.kind == claimHearsay && len(words) > 1 && words[len(words)-1] == c.cue {
			words = words[:len(words)-1] // …말한 것으로 알려졌다: the content holds the cue
			if strings.HasSuffix(words[len(words)-1], "것으로") {
				words = words[:len(words)-1]
			}
		}
		if len(words) < 2 && (c.content.Start != start || a.quoteBefore(c) || !a.oneWordClaim(c, words)) {
			continue // …”라고 말한 것으로 전해졌다: the quote with its speaker says it all
		}
		if c.kind == claimAccording && speech {
			continue // …에 따르면 재판부는 “…”며 …: the quote reports it, with its speaker
		}
		if len(words) == 2 && (c.content.Start != start || a.quoteBefore(c)) {
			continue // “…”가 세워졌다는 발언을 했다: the tail of a quote, which has its speaker
		}
		kept = append(kept, c)
	}
	clear(a.claims[len(kept):])
	a.claims = kept
}

// oneWordClaim reports whether the one word of claim c's content is a
// clause of its own: a quotative form that is no reporting verb, its
// subject named just before it (변호인단은 항소하겠다고 밝혔다).
func (a *analysis) oneWordClaim(c *claim, words []string) bool {
	w := words[0]
	if c.source == nil || c.source.mention.End > c.content.Start || quotativeSuffix(w) == "" {
		return false
	}
	if kind, ok := a.x.lex.Verb(strings.TrimSuffix(w, "고")); ok && reportingKind(kind) {
		return false // …다고 MBC가 밝혔다고 전했다: a report of a report
	}
	return len(strings.Fields(a.clean[c.source.mention.End:c.content.Start])) <= 1
}

// quoteBefore reports whether a direct quote of claim c's sentence closes
// before its content (X는 “…”라며 …했다고 밝혔다).
func (a *analysis) quoteBefore(c *claim) bool {
	i := sort.Search(len(a.quotes), func(k int) bool { return a.quotes[k].close >= c.content.Start })
	return i > 0 && a.quotes[i-1].open >= a.sents[c.sent].Start
}

// afterClosingMark reports whether off follows a closing quotation mark:
// ” ’ 」 』 », or a straight mark written against the word before it
// (…상태"라고), not one opening a quote after a space.
func (a *analysis) afterClosingMark(off int) bool {
	r, size := utf8.DecodeLastRuneInString(a.clean[:off])
	switch r {
	case '”', '’', '」', '』', '»':
		return true
	case '"', '\'':
		p, _ := utf8.DecodeLastRuneInString(a.clean[:off-size])
		return p != utf8.RuneError && isWordRune(p) || strings.ContainsRune(".?!", p)
	}
	return false
}

// nextWordStart returns the offset of the first word at or after off.
func (a *analysis) nextWordStart(off int) int {
	for off < len(a.clean) {
		r, size := utf8.DecodeRuneInString(a.clean[off:])
		if isWordRune(r) {
			break
		}
		off += size
	}
	return off
}

// quoteWithin reports whether a quotation mark pair opens in [lo, hi).
func (a *analysis) quoteWithin(pairs []markPair, lo, hi int) bool {
	i := sort.Search(len(pairs), func(k int) bool { return pairs[k].open >= lo })
	return i < len(pairs) && pairs[i].open < hi
}

// claimsIn finds the claims of one sentence from its words outside quotes.
func (a *analysis) claimsIn(si int, toks []token) {
	for i := 1; i < len(toks); i++ {
		if (toks[i].text == "따르면" || toks[i].text == "의하면") && lawName(toks[i-1].stem()) {
			return // 정보통신망법에 따르면 …라고 한다: what a law provides, no one's claim
		}
	}
	for i, t := range toks {
		switch {
		case t.text == "따르면" || t.text == "의하면" || t.stem() == "따르면":
			if i == 0 {
				continue
			}
			src := a.accordingSource(toks[:i])
			if i+1 >= len(toks) {
				continue
			}
			content := a.trimFinal(span{Start: toks[i+1].start, End: a.sents[si].End})
			c := &claim{content: content, source: src, cue: t.text, kind: claimAccording, sent: si}
			if w := toks[i-1]; w.josa() == "에" && (pronouns[w.stem()] || w.stem() == "이" || src != nil && src.ent == nil && reportNouns[src.name] ||
				i >= 2 && (toks[i-2].text == "이" || toks[i-2].text == "그" || toks[i-2].text == "해당") && src != nil && src.ent == nil && src.name == w.stem()) {
				// 이에 따르면, 이들에 따르면, 보도자료에 따르면, 이 개편안에
				// 따르면: the body of the report before
				c.source, c.carry = nil, true
			}
			a.claims = append(a.claims, c)
		case i > 0 && (strings.HasSuffix(toks[i-1].text, "로") || strings.HasSuffix(toks[i-1].text, "로도")) && hearsayVerbs[t.text]: // 것으로(도) 알려졌다
			if a.hasClaimAt(si, toks[i-1].start) {
				continue
			}
			start := a.afterConnective(toks)
			if a.claimWithin(si, start, toks[i-1].start) {
				continue // …할 것이라고 언급한 것으로 전해졌다: the inner report is the claim
			}
			a.claims = append(a.claims, &claim{content: span{Start: start, End: t.end}, cue: t.text, kind: claimHearsay, sent: si})
		case i+1 < len(toks) && opinionNouns[t.stem()] && isExistVerb(toks[i+1].text) && a.groupPlace(toks[:i]) >= 0:
			g := a.groupPlace(toks[:i])
			start := toks[g+1].start
			end := toks[i-1].end
			if a.hasClaimAt(si, start) {
				continue // 학계는 …어렵다고 보는 시각이 많다: the report is the claim
			}
			content := span{Start: start, End: end}
			src := &speakerRef{name: toks[g].stem(), mention: span{Start: toks[g].start, End: toks[g].stemEnd()}, resolved: "group"}
			a.claims = append(a.claims, &claim{content: content, source: src, cue: t.stem(), kind: claimOpinion, sent: si})
		case i > 0 && strings.HasSuffix(toks[i-1].text, "것으로") && a.reportsAfterGeoseuro(toks, i) && !a.hasClaimAt(si, toks[i-1].start):
			// …할 것으로 예측했다, …않는 것으로 밝혔다, …할 것으로 알렸다:
			// a report of the subject
			a.reportedClaim(si, toks, i-1, t.text, toks[i-1].end)
			if passiveReport(t.text) {
				a.hearsayOf(si, toks, a.claims[len(a.claims)-1]) // …것으로 보도되었다
			}
		case i > 0 && a.statedNoun(toks, i) && !a.hasClaimAt(si, toks[i-1].start):
			// …이어나갈 뜻을 밝혔다, …저촉됨을 밝힌, …범죄자라는 말을 해
			cue := toks[i].text
			if restatedAdverbs[cue] && i+1 < len(toks) {
				cue = toks[i+1].text // 반대 입장을 다시 밝혔다
			}
			a.reportedClaim(si, toks, i-1, cue, toks[i-1].end)
		case i > 1 && a.contentAt(toks, i, si) >= 0:
			// …이겨내자는 내용의 메시지를 올렸다, …실마리라는 점을 지적한
			// 바 있다: what the subject's words say
			k := a.contentObject(toks, i)
			end := toks[k].end
			if w := toks[k+1].text; w == "내용의" || w == "취지의" || w == "골자의" {
				end = toks[k+1].stemEnd() // the clause with what it fills: …조작된다는 내용
			}
			a.reportedClaim(si, toks, k, toks[i].text, end)
		case i > 1 && opinionObject(toks, i) != "" && !a.hasClaimAt(si, toks[i-2].start):
			// …조작했다는 주장을 하였다: the subject voices the view;
			// …의례적이라는 평가를 받고 있다: a view of it, no one named
			how := opinionObject(toks, i)
			a.reportedClaim(si, toks, i-2, toks[i-1].stem(), toks[i-2].end)
			if how == "received" {
				a.hearsayOf(si, toks, a.claims[len(a.claims)-1])
			}
		case i > 0 && i+1 < len(toks) && a.reportedHearsay(toks, i) > 0 && !a.hasClaimAt(si, toks[i-1].start):
			// …요청했다는 내용이 5일 알려졌다, …별세했다는 부고가 전해졌다:
			// what is known or passed on, no one named
			cue := toks[a.reportedHearsay(toks, i)].text
			a.claims = append(a.claims, &claim{content: span{Start: a.clauseStart(si, toks), End: toks[i-1].end}, cue: cue, kind: claimHearsay, sent: si})
		case i > 0 && a.opinionAfterQuotative(toks, i) && !a.hasClaimAt(si, toks[i-1].start):
			// …다는 주장이 있다, …냐는 관측이 제기되고 있다, …다는 설명이다,
			// …라는 것이다
			cue, josa := viewWord(t)
			if cue == "것" {
				cue = t.text
			}
			if t.stem() == "것" && framingTopic(toks[:i-1]) {
				continue // 문제는 …해야 한다는 것이다: the writer says what the matter is
			}
			a.reportedClaim(si, toks, i-1, cue, toks[i-1].end) // the clause with its ending: 부적절하다는
			if c := a.claims[len(a.claims)-1]; t.stem() == "것" {
				// …했다는 것이다 restates the report before it: a subject in
				// the sentence is the clause's own (네이버가 …보였다는
				// 것이다), the source is the last report's, if any
				c.source = nil
				c.content.Start = a.clauseStart(si, toks)
			} else if copulaJosa[josa] && newsNouns[cue] {
				// …미뤘다는 정보다, …했다는 후문이다: news passed on, no one
				// named; a subject before it is its clause's own
				a.hearsayOf(si, toks, c)
			} else if !copulaJosa[josa] {
				// …했다는 주장도 나왔다, …아니냐는 우려가 생기고 있다: the view
				// is the subject of the verb that voices it, and a subject
				// before it is its clause's own (코레일이 …가중하고 있다는);
				// only where it is voiced names who holds it (재계에선,
				// 여러 사람들 사이에서는)
				if c.source != nil && (!placeJosa[a.josaAfter(c.source.mention.End)] || a.placeNamed(c.source)) {
					c.source = nil
					c.content.Start = a.clauseStart(si, toks)
				}
				if c.source == nil {
					if sp, k := a.amongSource(toks[:i-1]); sp != nil {
						c.source, c.content.Start = sp, toks[k+1].start
					}
				}
				if c.source == nil {
					c.kind = claimOpinion // a view voiced, no one named
				}
			}
		default:
			q := quotativeSuffix(t.text)
			if q == "" || i+1 >= len(toks) || strings.ContainsAny(t.punctBefore, "”\"」’'") || a.hasClaimAt(si, t.start) {
				continue
			}
			if thinkingModifiers[toks[i+1].text] {
				continue // …높다고 생각하는 것으로 나타났다, …침해됐다고 느끼는 독자도: who thinks so is found, not reported
			}
			vi := a.claimVerbAt(toks, i+1)
			if vi < 0 || inferencePassive(toks[vi].text) {
				continue // …다고 생각된다, …라고 보인다: the writer's inference
			}
			if hearsayHada[toks[vi].text] && a.reportVerbAt(toks, i) != "" {
				continue // …다고 밝혔다고 한다: the inner report is the claim
			}
			if naming(toks, i, vi) {
				continue // 이 현상을 언더독 효과라고 하는데: a name given, no claim
			}
			verb := a.reportVerbAt(toks, vi)
			if verb == "" {
				verb = toks[vi].text
			}
			// the clause with its quotative ending (있다고, 흐름이라며): the
			// ending belongs to the reported words, the verb does not
			a.reportedClaim(si, toks, i, verb, t.end)
			c := a.claims[len(a.claims)-1]
			lo := i + 1
			for j := i + 1; j < vi; j++ {
				if quotativeSuffix(toks[j].text) != "" {
					lo = j + 1 // …것이라며 민주당이 …말라고 성토했다: 민주당이 is the inner clause's subject
				}
			}
			if c.source == nil && thinkingVerbs[toks[vi].text] && a.subjectBetween(toks, lo, vi) == nil {
				// …받아야 한다고 생각한다: the writer's (or the quoted
				// speaker's) own view, no one reported
				a.claims = a.claims[:len(a.claims)-1]
				continue
			}
			// …다고 주민들이 전했다, …확인됐다고 통일부는 덧붙였다: the
			// subject between the clause and the verb reports it, and a
			// subject before the clause is the clause's own
			if sp := a.subjectBetween(toks, lo, vi); sp != nil {
				c.source = sp
				c.content.Start = a.clauseStart(si, toks)
			}
			if passiveReport(toks[vi].text) {
				a.hearsayOf(si, toks, c) // …다고 전해진다, …라고 보도되었다
			} else if hearsayHada[toks[vi].text] && !a.namedTopic(c.source) {
				a.hearsayOf(si, toks, c) // …계획이라고 한다: it is said
			}
		}
	}
}

// framingNouns name what a copula sentence is about when the writer
// frames a point: 문제는 …라는 것이다, 주목할 것은 …라는 것이다.
var framingNouns = setOf("것", "문제", "부분", "점", "핵심", "요지", "골자", "이유", "까닭", "특징", "차이", "결론", "요점", "관건", "대목")

// framingTopic reports whether the sentence that toks open has a framing
// noun as its first topic, among its first words (문제는, 주목할 만한
// 것은, 여기서 주목하게 될 부분은,): …라는 것이다 then states the
// writer's point, not a report.
func framingTopic(toks []token) bool {
	for k, t := range toks {
		if k > 7 {
			return false
		}
		switch t.josa() {
		case "은", "는":
			return framingNouns[t.stem()]
		}
	}
	return false
}

// lawName reports whether w names a law or a rule (정보통신망법,
// 표시광고법, 시행령, 조례): X에 따르면 then cites what it provides.
func lawName(w string) bool {
	if syllables(w) >= 2 && strings.HasSuffix(w, "법") {
		return true
	}
	for _, s := range []string{"법률", "조례", "시행령", "시행규칙"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// namingVerbs begin the verbs of calling something by a name: 부르다,
// 불리다, 칭하다, 일컫다, and 이름이 붙다.
var namingVerbs = []string{"부르", "불러", "불렀", "부른", "불리", "불려", "불렸", "칭하", "칭했", "칭한", "일컫", "일컬", "이름"}

// naming reports whether the clause in (이)라고 at word i, reported by the
// verb at word vi, gives a name rather than a claim: a noun phrase alone
// in 라고 after an object (이를 디페이스 해킹 공격이라고 하는데, 이 현상을
// 언더독 효과라고 한다), or any clause before a verb of naming (…라고
// 불렸지만, …라고 이름이 붙었으며).
func naming(toks []token, i, vi int) bool {
	w := toks[i].text
	if !strings.HasSuffix(w, "라고") {
		return false
	}
	if hasAnyPrefix(toks[vi].text, namingVerbs) {
		return true
	}
	if strings.HasSuffix(w, "것이라고") || strings.HasSuffix(w, "거라고") || strings.HasSuffix(w, "때문이라고") {
		return false // …추진할 것이라고 했다: a bound noun ends a clause, no name
	}
	if !strings.HasPrefix(toks[vi].text, "하") && !strings.HasPrefix(toks[vi].text, "한") && !strings.HasPrefix(toks[vi].text, "했") {
		return false
	}
	// the words before the name, back to the object: nouns with no
	// particle, or 의 (일종의)
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := toks[k]
		switch {
		case t.josa() == "을" || t.josa() == "를":
			return k < i-1 || !clauseEnd(t.stem())
		case t.josa() == "" || t.josa() == "의":
			if clauseEnd(t.text) || modifierEnding(t.text) || futureModifier(t.text) || verbModifier(t) || t.punctBefore != "" {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// futureModifier reports whether w ends in the future modifier ㄹ of a
// verb (추진할, 만들): a clause goes on, no noun phrase.
func futureModifier(w string) bool {
	return syllables(w) >= 2 && hangul.EndsIn(w, hangul.FinalRieul)
}

// reportedClaim records the claim of sentence si whose content ends at
// end (a clean offset inside word qi, the word that ends the clause), with
// the clause's subject as its source: the first word before qi that the
// speaker rules read as a subject (김 대표는, 연구자들은, 시는).
func (a *analysis) reportedClaim(si int, toks []token, qi int, cue string, end int) {
	start := a.afterConnective(toks)
	var src *speakerRef
	subj := a.subjectIndex(toks[:qi])
	if subj >= 0 && hedges[toks[subj].stem()] {
		subj = -1 // …라고 보기는 어렵다고: a verb made a noun, no subject
	}
	if subj < 0 {
		subj = a.unknownTopic(toks[:qi])
	} else if j := toks[subj].josa(); j == "이" || j == "가" {
		if k := a.unknownTopic(toks[:subj]); k >= 0 {
			subj = k // 장관 알마즈벡 아브또브는 국회의원들이 …다고 밝혔다: the topic reports
		}
	}
	if b := a.outletOpening(toks[:qi]); b >= 0 && !opinionNouns[cue] && !claimNouns[cue] && (subj < 0 || subj > b && !topicJosa[toks[subj].josa()]) {
		subj = b // 블룸버그통신에서 한국이 …라고 하였다: the body in 에서 reports
	}
	if subj >= 0 {
		if k := a.laterTopic(toks, subj, qi); k >= 0 {
			subj = k // 러시아는 …나섰고, 두 정상은 …하자고 했다
		}
		start = toks[subj+1].start
		if b := a.bracketedSubject(toks, subj); b >= 0 {
			src = a.nounSource(toks, b)
		} else if a.appositiveName(toks, subj) && a.entityAt(toks[subj].start, toks[subj].stemEnd(), "") == nil {
			t := toks[subj]
			src = &speakerRef{name: t.stem(), mention: span{Start: t.start, End: t.stemEnd()}, resolved: "subject"}
		} else {
			src = a.subjectIn(toks[max(0, subj-6)].start, toks[subj].end, a.subjectMentions())
			if src != nil && src.ent == nil && src.mention.End <= toks[subj].start && a.clauseBefore(toks, src.mention.End, subj) {
				src = nil // 가장 많은 …감당해야 하는 산업계는: a word before the subject, no name of it
			}
		}
		if k, first := a.openingTopic(toks[:qi]); src == nil && k == subj {
			// an opening topic no other rule names: the whole phrase
			t := toks[k]
			src = &speakerRef{name: a.clean[toks[first].start:t.stemEnd()], mention: span{Start: toks[first].start, End: t.stemEnd()}, resolved: "subject"}
		}
		if t := toks[subj]; src == nil || src.ent == nil && strings.HasPrefix(src.name, "및 ") {
			// the noun phrase of the subject, over a coordination in 및
			ps := a.coordinatedStart(toks, subj)
			src = &speakerRef{name: a.clean[ps:t.stemEnd()], mention: span{Start: ps, End: t.stemEnd()}, resolved: "subject"}
		}
		if src.ent == nil {
			if sp := a.nameBeforeTitle(toks, subj, src); sp != nil {
				src = sp // 민주당 알 그린 하원의원은: the person, not the title
			}
		}
	}
	start = a.skipQuoteEnding(toks, start, qi)
	content := span{Start: start, End: end}
	if content.Empty() {
		content = span{Start: toks[qi].start, End: end}
	}
	a.claims = append(a.claims, &claim{content: content, source: src, cue: cue, kind: claimReported, sent: si})
}

// topicJosa mark a clause's topic, the one who reports.
var topicJosa = setOf("은", "는", "측은", "에서는", "께서는")

// laterTopic returns the index of a topic after a clause boundary between
// the subject at word subj and the clause ending at word qi, the subject
// of the last of the joined clauses (재판부는 …인정했으며, 변호인단은
// 항소하겠다고 밝혔다; 경찰측은 …입장인 반면, 유족측은 …입장이다): a word
// marked 은/는 that the subject rules accept, after a comma that follows a
// report of the first subject (인정했으며, …하겠다고 나섰고) or 반면; -1 if
// none.
func (a *analysis) laterTopic(toks []token, subj, qi int) int {
	// a few clauses back, a few words each: the cost stays linear in a
	// sentence of thousands of joined clauses
	boundaries := 0
	for m := qi - 1; m > subj+1 && m >= qi-60 && boundaries < 4; m-- {
		if !strings.Contains(toks[m].punctBefore, ",") {
			continue
		}
		boundaries++
		// the clause before the comma is the first subject's own report
		// (…인정했으며, …제공하겠다고 나섰고) or stands against the next
		// (…입장인 반면); a clause that only describes (…힘들었고, 시민들은
		// …) goes on with the reported words
		p := toks[m-1].text
		contrast := p == "반면" // a clause in 지만 or 는데 may still be the first subject's (A는 …않았지만, B는 …다고 말했다)
		reported := clauseEnd(p) && !modifierEnding(p) && (a.reportVerbAt(toks, m-1) != "" || m >= 2 && quotativeSuffix(toks[m-2].text) != "")
		if !contrast && !reported {
			continue
		}
		// the last topic of the words after the report (…인정했으며, 이
		// 의원은 얼어붙었고, 변호인단은 항소하겠다고)
		last := -1
		for lo, n := m, 0; lo < qi && n < 4; n++ {
			k := a.subjectIndex(toks[lo:qi])
			if k < 0 {
				break
			}
			if topicJosa[toks[lo+k].josa()] {
				last = lo + k
			}
			lo += k + 1
		}
		if last >= 0 {
			return last
		}
	}
	return -1
}

// unknownTopic returns the index of the first topic of a reported clause's
// sentence when it names a body or a person the other subject rules do not
// know (아니메 뉴스 네트워크는, 알약을 개발한 이스트시큐리티에서는,
// 남아프리카 공화국 및 남아프리카 공동체는): a word marked 은/는 or 에서는
// among the first words, of two syllables or more, no date, number,
// pronoun or verb form, that is no common noun or whose phrase opens with
// a name; -1 if none.
func (a *analysis) unknownTopic(toks []token) int {
	for k, t := range toks {
		if k > 8 {
			return -1
		}
		switch t.josa() {
		case "은", "는", "에서는", "께서는":
		case "도", "들도":
			// 보수 성향 유튜버들도: people in the plural, marked 도
			if !strings.HasSuffix(t.text, "들도") {
				continue
			}
		default:
			continue
		}
		st := t.stem()
		if st == "사이" || hedges[st] {
			return -1 // 네티즌 사이에서는: among whom, which amongSource reads; 보기는: a verb made a noun
		}
		if quoteDepthChange(t.punctBefore) != 0 || nonSpeakers[st] || pronouns[st] || verbModifier(t) ||
			strings.ContainsAny(st, "0123456789") || syllables(st) < 2 && t.script == scriptHangul || clauseEnd(st) && !a.koreanName(st) {
			return -1
		}
		if e := a.entityAt(t.start, t.stemEnd(), ""); e != nil && (e.Type == TypeDate || e.Type == TypeTime) {
			return -1
		}
		if k+1 < len(toks) && toks[k+1].punctBefore == "" && boundNouns[toks[k+1].stem()] {
			return -1 // 경종을 울리는 데: a verb before a bound noun
		}
		if !a.thingLike(st) || a.speakerNoun(st) {
			return k
		}
		// the head of a body's name after a name: 아니메 뉴스 네트워크,
		// 남아프리카 공동체 (not 풍력 발전소)
		if ps := a.phraseStart(toks, k); ps < t.start && a.bodyHead(st) {
			for _, w := range a.wordsIn(ps, t.start) {
				if hangul.IsWord(w.text) && syllables(w.text) >= 2 && !a.thingLike(w.text) {
					return k
				}
			}
		}
		return -1
	}
	return -1
}

// nameBeforeTitle returns the person named right before the title that
// source sp names alone at word subj (알 그린 하원의원은, 고이즈미 준이치로
// 전 일본 총리가: the name words before it, over 전/현 and the country or
// body of the title), when no entity holds them; nil if none.
func (a *analysis) nameBeforeTitle(toks []token, subj int, sp *speakerRef) *speakerRef {
	ti, n, ok := a.titleAt(toks, subj)
	if !ok || !personTitle(ti) || sp.mention.End != toks[subj].stemEnd() || len(strings.Fields(sp.name)) > n {
		return nil
	}
	k := subj - n
	skipped := 0
	for k >= 0 && skipped < 3 && toks[k].josa() == "" && toks[k+1].punctBefore == "" {
		w := toks[k].text
		if w == "전" || w == "현" || w == "前" || w == "신임" {
			k, skipped = k-1, skipped+1
			continue
		}
		if e := a.entityAt(toks[k].start, toks[k].end, ""); e != nil && (e.Type == TypeLocation || e.Type == TypeOrg) && skipped == 0 || skipped == 1 && e != nil && e.Type == TypeLocation {
			k, skipped = k-1, skipped+1
			continue
		}
		break
	}
	last := k
	var person *entity
	for k >= 0 && last-k < 3 && !phraseEndJosa[toks[k].josa()] && toks[k+1].punctBefore == "" {
		e := a.entityAt(toks[k].start, toks[k].end, "")
		if e != nil && e.Type == TypePerson {
			person = e // 고이즈미 준이치로: the person the text names
		} else if e != nil || !a.nameWordBeforeTitle(toks[k].text) {
			break
		}
		k--
	}
	if k == last {
		return nil
	}
	lo, hi := toks[k+1].start, toks[last].end
	if person != nil {
		return &speakerRef{ent: person, mention: a.mentionOf(person, lo, hi), resolved: "subject"}
	}
	return &speakerRef{name: a.clean[lo:hi], mention: span{Start: lo, End: hi}, resolved: "subject"}
}

// phraseEndJosa are the particles that end a phrase for certain; others the
// particle rules may read into a name (준이치로: 로).
var phraseEndJosa = setOf("은", "는", "을", "를", "의", "에", "에서", "에서는", "와", "과", "께서")

// nameWordBeforeTitle reports whether w, right before a title, can be a
// word of the holder's name: a name word, or a Hangul word of one to five
// syllables that is no common noun, title or known entity (그린, 알).
func (a *analysis) nameWordBeforeTitle(w string) bool {
	if a.nameLike(w) || a.x.lex.IsNameWord(w) {
		return true
	}
	if !hangul.IsWord(w) || syllables(w) > 5 || a.thingLike(w) || connectives[w] || determiners[w] || timeWord(w) {
		return false
	}
	if _, ok := a.x.lex.Title(w); ok {
		return false
	}
	_, ok := a.x.lex.Lookup(w)
	return !ok
}

// coordinatedStart returns where the noun phrase ending at word i starts,
// over a coordination in 및 (남아프리카 공화국 및 남아프리카 공동체).
func (a *analysis) coordinatedStart(toks []token, i int) int {
	ps := a.phraseStart(toks, i)
	for k := i - 1; k >= 1; k-- {
		if toks[k].start < ps {
			break
		}
		if toks[k].text == "및" && toks[k].punctBefore == "" && toks[k+1].punctBefore == "" && !modifierEnding(toks[k-1].text) {
			return a.phraseStart(toks, k-1)
		}
	}
	return ps
}

// bodyHeads end the name of a body: 네트워크, 공동체, 연합, 센터.
var bodyHeads = setOf("네트워크", "공동체", "연합", "연맹", "센터", "포럼", "학회", "협의회", "조합", "본부", "공사", "공단", "위원회",
	"연구소", "연구원", "재단", "협회", "방송", "방송사", "신문", "신문사", "통신", "통신사", "매체", "그룹", "정당", "단체", "법인")

// bodyHead reports whether noun w can end the name of a body.
func (a *analysis) bodyHead(w string) bool {
	if bodyHeads[w] {
		return true
	}
	_, _, ok := a.x.lex.OrgSuffix(w)
	return ok
}

// thingLike reports whether w is a common noun or a compound of one (풍력,
// 발전소 = 발전+소, 성범죄 = 성+범죄): no name of a body or a person.
func (a *analysis) thingLike(w string) bool {
	if a.x.lex.IsCommonNoun(w) {
		return true
	}
	if !compoundWord(w) {
		return false
	}
	n := 0
	for i := range w {
		if i == 0 || !utf8.RuneStart(w[i]) {
			continue
		}
		n++
		head, rest := w[:i], w[i:]
		if a.x.lex.IsCommonNoun(head) && (syllables(rest) == 1 || a.x.lex.IsCommonNoun(rest)) ||
			n == 1 && syllables(rest) >= 2 && a.x.lex.IsCommonNoun(rest) {
			return true
		}
	}
	return false
}

// skipQuoteEnding moves a content start that falls on the ending of a
// direct quote (the words inside quotes are not among toks: X는 “…”라며
// …할 것이라고 했다) to the word after it, up to word qi.
func (a *analysis) skipQuoteEnding(toks []token, start, qi int) int {
	r, _ := utf8.DecodeLastRuneInString(a.clean[:start])
	if !strings.ContainsRune("”\"’'」』»", r) {
		return start // not right after a closing mark (‘…’ 주제의 간담회)
	}
	for k := 0; k < qi; k++ {
		if toks[k].start == start {
			return toks[k+1].start
		}
	}
	return start
}

// subjectBetween returns the subject among words [lo, hi) between a
// reported clause and its verb (…다고 주민들이 전했다, …다고 NHK 월드가
// 전했다, …다고 워싱턴포스트(WP)는 전했다): a subject the speaker rules
// resolve, else the noun phrase marked 은/는/이/가 right before the verb.
func (a *analysis) subjectBetween(toks []token, lo, hi int) *speakerRef {
	if lo >= hi {
		return nil
	}
	if sp := a.subjectIn(toks[lo].start, toks[hi-1].end, a.subjectMentions()); sp != nil {
		if sp.ent == nil && (opinionNouns[sp.name] || claimNouns[sp.name]) {
			return nil // …적다고 보는 시각이 많다: the view, no one who holds it
		}
		if b := strings.IndexByte(sp.name, '('); sp.ent == nil && b > 0 {
			sp.name = strings.TrimSpace(sp.name[:b]) // 워싱턴포스트(WP)는
			sp.mention.End = sp.mention.Start + len(sp.name)
		}
		return sp
	}
	k := hi - 1
	if b := a.bracketedSubject(toks, k); b >= lo {
		return a.nounSource(toks, b)
	}
	t := toks[k]
	switch t.josa() {
	case "은", "는", "이", "가":
	default:
		return nil
	}
	if nonSpeakers[t.stem()] || pronouns[t.stem()] || verbModifier(t) || syllables(t.stem()) < 2 && t.script == scriptHangul && !bodyWords[t.stem()] ||
		opinionNouns[t.stem()] || claimNouns[t.stem()] || hedges[t.text] || // …적다고 보는 시각이 많다: the view, no one who holds it

		strings.ContainsAny(t.stem(), "0123456789") || t.punctBefore != "" && !strings.HasPrefix(t.punctBefore, ")") {
		return nil
	}
	ps, end := max(a.phraseStart(toks, k), toks[lo].start), t.stemEnd()
	if b := strings.IndexByte(a.clean[ps:end], '('); b > 0 {
		end = ps + b // 워싱턴포스트(WP)는: the name before its bracket
	}
	name := strings.TrimSpace(a.clean[ps:end])
	return &speakerRef{name: name, mention: span{Start: ps, End: ps + len(name)}, resolved: "subject"}
}

// clauseStart returns where the content of the claim being added to
// sentence si starts when it runs from the start of its clause: after a
// leading connective, or after the last claim of the sentence
// (…다고 밝혔고, …다고 B는 덧붙였다).
func (a *analysis) clauseStart(si int, toks []token) int {
	start := a.afterConnective(toks)
	for i := len(a.claims) - 2; i >= 0 && a.claims[i].sent == si; i-- {
		if e := a.claims[i].content.End; e > start {
			start = a.nextWordStart(e)
		}
	}
	return start
}

// nounSource is the source named by word k without a particle: its entity,
// or the noun phrase it ends.
func (a *analysis) nounSource(toks []token, k int) *speakerRef {
	t := toks[k]
	if e := a.entityAt(t.start, t.end, ""); e != nil {
		return &speakerRef{ent: e, mention: a.mentionOf(e, t.start, t.end), resolved: "subject"}
	}
	ps := a.phraseStart(toks, k)
	return &speakerRef{name: a.clean[ps:t.end], mention: span{Start: ps, End: t.end}, resolved: "subject"}
}

// inferenceVerbs follow 것으로 when the writer infers or finds, which is no
// one's claim (…것으로 보인다, 나타났다, 추정된다).
var inferenceVerbs = setOf("보인다", "보이며", "보여", "보이고", "나타났다", "나타나", "나타났으며", "추정된다", "추정되며",
	"확인됐다", "확인되었다", "파악됐다", "파악되었다", "드러났다", "밝혀졌다", "조사됐다", "집계됐다", "분석됐다", "예상되고")

// reportsAfterGeoseuro reports whether word i, after …것으로, is a verb by
// which someone reports (밝혔다, 알렸다, 예측하고 있다), not one by which the
// writer infers (보인다) or a hearsay verb (알려졌다, which the hearsay rule
// reads).
func (a *analysis) reportsAfterGeoseuro(toks []token, i int) bool {
	w := toks[i].text
	if inferenceVerbs[w] || hearsayVerbs[w] || inferencePassive(w) {
		return false
	}
	return a.reportVerbAt(toks, i) != "" || predicateWord(w) && !a.x.lex.IsCommonNoun(w) && !strings.HasPrefix(w, "되")
}

// passiveReportStems begin the passive forms of verbs of reporting
// (보도되었다, 전해진다, 지적됐다): what is reported without the text
// naming who reports it.
var passiveReportStems = passiveForms("보도", "보고", "신고", "인식", "분석", "지적", "발표", "전망", "관측", "해석", "풀이",
	"평가", "예상", "예측", "거론", "언급", "제기", "주장", "전해", "알려", "점쳐")

// inferenceStems begin the forms of verbs by which the writer infers or
// finds (생각된다, 추정됐다, 보이는데, 나타났으나): no one's claim.
var inferenceStems = append(passiveForms("생각", "추정", "추측", "조사", "확인", "파악", "집계", "우려", "판단", "여겨", "밝혀"),
	"보인", "보이", "보여", "보였", "나타나", "나타났", "나타난", "드러나", "드러났", "드러난")

// passiveForms returns the beginnings of the passive forms of the verbs
// made of each root with 되다 (보도되, 보도돼, 보도됐) or, for a root that
// ends in the vowel 지다 takes (전해, 알려), with 지다 (전해지, 전해져,
// 전해졌, 전해진).
func passiveForms(roots ...string) []string {
	var out []string
	for _, r := range roots {
		if strings.HasSuffix(r, "해") || strings.HasSuffix(r, "려") || strings.HasSuffix(r, "쳐") || strings.HasSuffix(r, "겨") {
			out = append(out, r+"지", r+"져", r+"졌", r+"진")
			continue
		}
		out = append(out, r+"되", r+"돼", r+"됐", r+"된")
	}
	return out
}

// passiveReport reports whether w is a passive form of a verb of
// reporting (보도되었다, 알려졌다).
func passiveReport(w string) bool { return hasAnyPrefix(w, passiveReportStems) }

// inferencePassive reports whether w is a form of a verb by which the
// writer infers (생각된다, 보이는데).
func inferencePassive(w string) bool { return hasAnyPrefix(w, inferenceStems) }

func hasAnyPrefix(w string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// thinkingVerbs are the present forms of verbs of thinking: with no
// subject, …라고 생각한다 is the writer's view.
var thinkingVerbs = setOf("생각한다", "생각합니다", "느낀다", "느낍니다", "본다", "봅니다", "믿는다", "믿습니다", "생각한다.")

// thinkingModifiers are verbs of thinking in a modifier form: a clause
// before them says what the people they describe think (…다고 생각하는
// 소비자, …다고 느끼는 독자), as a survey or the writer finds.
var thinkingModifiers = setOf("생각하는", "생각한", "느끼는", "느낀", "여기는", "여긴", "믿는", "믿은")

// hearsayHada are the plain present forms of 하다 after a quotative
// clause: …라고 한다 says that it is said, unless a named topic says it.
var hearsayHada = setOf("한다", "합니다", "한답니다", "한다.")

// outletOpening returns the index of an organization marked 에서 (에서는,
// 에서도) among the first words of a sentence, the body whose report the
// sentence gives (블룸버그통신에서 한국이 …라고 하였다); -1 if none.
func (a *analysis) outletOpening(toks []token) int {
	for k, t := range toks {
		if k > 2 {
			break
		}
		switch t.josa() {
		case "에서", "에서는", "에서도":
			if e := a.entityAt(t.start, t.stemEnd(), TypeOrg); e != nil {
				return k
			}
			return -1
		case "":
			continue
		}
		return -1
	}
	return -1
}

// clauseBefore reports whether a word between offset off and word subj
// carries a particle or ends a clause: what stands before off is no part
// of the subject's name (가장 많은 …을 감당해야 하는 산업계는), unlike a
// phrase (여러 사람들 사이에서는).
func (a *analysis) clauseBefore(toks []token, off, subj int) bool {
	for k := subj - 1; k >= 0 && toks[k].end > off; k-- {
		if toks[k].josa() != "" || clauseEnd(toks[k].text) {
			return true
		}
	}
	return false
}

// namedTopic reports whether source sp is a person or an organization
// the text names, marked as the topic (문종현 이사는 …라고 한다).
func (a *analysis) namedTopic(sp *speakerRef) bool {
	if sp == nil || sp.ent == nil || sp.ent.Type != TypePerson && sp.ent.Type != TypeOrg || sp.mention.Empty() {
		return false
	}
	// the particle after the mention, or after the title that follows it
	for _, w := range a.wordsIn(sp.mention.Start, min(len(a.clean), sp.mention.End+40)) {
		if j := w.josa(); j != "" {
			return j == "은" || j == "는" || j == "께서는"
		}
	}
	return false
}

// hearsayOf makes claim c, reported by a passive verb, hearsay: no
// source, and the content from the start of its clause, since a subject
// before it is the clause's own (사람들은 …많다고 전해진다).
func (a *analysis) hearsayOf(si int, toks []token, c *claim) {
	c.source = nil
	c.kind = claimHearsay
	c.content.Start = a.clauseStart(si, toks)
}

// statedNouns are what a subject states of its own intent or view, with a
// clause modifying them: …할 뜻을 밝혔다, …하겠다는 입장을 밝혔다.
var statedNouns = setOf("뜻", "입장", "의사", "방침", "의지", "계획", "의향", "견해", "생각", "우려", "유감", "사의", "말", "발언")

// restatedAdverbs stand between a stance and 밝혔다: 다시, 거듭, 재차.
var restatedAdverbs = setOf("다시", "거듭", "재차", "공식", "분명히", "확실히")

// stanceNouns name a stance before 입장, 뜻 or 의사 (반대 입장을 밝혔다).
var stanceNouns = setOf("반대", "찬성", "불참", "참여", "사퇴", "유보", "중립", "거부", "수용", "지지", "유감", "사과")

// demandVerbs begin the verbs by which a subject asks for or resolves what
// a clause in …할 것을 says: 촉구했다, 당부했다, 결의했다.
var demandVerbs = []string{"촉구", "당부", "요구", "요청", "결의", "지시", "주문", "호소", "다짐", "약속", "권고", "제안", "건의", "명령", "강조"}

// statedNoun reports whether word i is a verb that states (밝혔다, 전했다,
// 표명했다, a light verb such as 해 or 한) after a noun of intent or speech
// modified by a clause (이어나갈 뜻을, 범죄자라는 말을), or after a clause
// made a noun by 음/ㅁ (저촉됨을, 없었음을).
func (a *analysis) statedNoun(toks []token, i int) bool {
	n := toks[i-1]
	if n.josa() != "을" && n.josa() != "를" || toks[i].punctBefore != "" {
		return false
	}
	if n.stem() == "것" {
		// …예방할 것을 당부했다, …돌입할 것을 결의했다: what is asked or
		// resolved, in a clause with the future modifier ㄹ
		if i < 2 || toks[i-1].punctBefore != "" || !hasAnyPrefix(toks[i].text, demandVerbs) {
			return false
		}
		return hangul.EndsIn(toks[i-2].text, hangul.FinalRieul) && syllables(toks[i-2].text) >= 2
	}
	if statedNouns[n.stem()] {
		if i >= 2 && stanceNouns[toks[i-2].text] && toks[i-1].punctBefore == "" &&
			(strings.HasPrefix(toks[i].text, "밝") || restatedAdverbs[toks[i].text] && i+1 < len(toks) && strings.HasPrefix(toks[i+1].text, "밝")) {
			return true // …사면에 대하여 반대 입장을 (다시) 밝혔다: a stance named by a noun
		}
		if i < 2 || !(modifierEnding(toks[i-2].text) || adnominalEnding(toks[i-2].text) != "") || toks[i-1].punctBefore != "" {
			return false
		}
		if (n.stem() == "말" || n.stem() == "발언") && adnominalEnding(toks[i-2].text) == "" {
			return false // 인종차별적인 발언을 했다: what kind of words, not what they said
		}
	} else {
		// a clause made a noun: 됨, 했음, 있음, 없음
		if syllables(n.stem()) < 2 || !hangul.EndsIn(n.stem(), hangul.FinalMieum) || a.x.lex.IsCommonNoun(n.stem()) {
			return false
		}
	}
	w := toks[i].text
	return lightVerb(w) || strings.HasPrefix(w, "표명") || strings.HasPrefix(w, "표시") || strings.HasPrefix(w, "내비") || a.reportVerbAt(toks, i) != ""
}

// claimVerbAt returns the index of the predicate that reports the clause
// ending before word i: the next word, or the first predicate after a
// subject or a few adverbials that stand between (…다고 주민들이 전했다,
// …라고 통일부는 덧붙였다, …예정이라고 6일 밝혔다, …신청했다고
// 보도자료를 통해 밝혔다); after a clause in 며 (…초석이라며 법인 설립
// 계획 취소를 주장해왔다) its object may stand between too. -1 when no
// predicate follows in the sentence.
func (a *analysis) claimVerbAt(toks []token, i int) int {
	reach := 4
	if strings.HasSuffix(toks[i-1].text, "며") {
		reach = 8
	}
	for k := i; k < len(toks) && k < i+reach; k++ {
		t := toks[k]
		if k > i && strings.ContainsAny(t.punctBefore, ".") {
			return -1
		}
		if hedges[t.text] {
			return -1 // …다고 할 수 있다, …다고 보기 어렵다: the writer's hedge
		}
		if a.reportVerbAt(toks, k) != "" || predicateWord(t.text) && !a.x.lex.IsCommonNoun(t.text) || passiveReport(t.text) {
			if quotativeSuffix(t.text) != "" && k+1 < len(toks) && !hearsayHada[toks[k+1].text] {
				continue // …라며 …한다고 주장했다: the report verb is further
			}
			return k
		}
		if strings.Contains(t.punctBefore, ",") && !strings.HasSuffix(toks[i-1].text, "며") {
			return -1
		}
	}
	return -1
}

// hedges follow a clause in 다고 when the writer weighs it rather than
// reports it: …다고 할 수 있다, …다고 보기 어렵다, …다고 해도.
var hedges = setOf("할", "있다", "없다", "어렵다", "힘들다", "보기", "볼", "해도", "하더라도", "하면", "한다면", "하니", "쉽다",
	"단정하기", "말하기", "하기는", "하긴", "보기는", "보기도", "보기엔", "보기에는", "단정하기는", "단정하기도")

// predicateWord reports whether w ends like a verb that reports: a final
// or connective ending (했다, 하였다, 밝히며, 밝혀, 주장하면서, 했지만) or
// a modifier (밝힌, 주장한).
func predicateWord(w string) bool {
	if !hangul.IsWord(w) || syllables(w) < 2 {
		return false
	}
	for _, e := range []string{"다", "며", "면서", "지만", "고", "해", "혀", "여", "서", "한", "힌", "린", "는데", "으나"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// copulaJosa make a noun the predicate: …다는 설명이다, …라는 것이다.
var copulaJosa = setOf("이다", "이었다", "입니다", "이고", "이며", "이라는", "이었다는", "이라고", "이다.", "다", "인", "이기", "이었고", "이었으며")

// opinionAfterQuotative reports whether word i is a noun of opinion after
// a clause ending in a quotative modifier (…다는/라는/냐는), either the
// subject of a verb that says it is voiced (주장이 있다, 관측이 제기되고
// 있다, 우려가 고개를 들고 있다) or the predicate (설명이다, 주장이다,
// …라는 것이다).
func (a *analysis) opinionAfterQuotative(toks []token, i int) bool {
	t := toks[i]
	if adnominalEnding(toks[i-1].text) == "" && !questionHaneun(toks, i-1) || t.punctBefore != "" {
		return false
	}
	stem, josa := viewWord(t)
	if stem == "것" {
		return copulaJosa[josa]
	}
	if !opinionNouns[stem] && !claimNouns[stem] {
		return false
	}
	if copulaJosa[josa] {
		// …당연하다는 입장인 12%: a share of survey answers, no claim
		return !(josa == "인" && i+1 < len(toks) && isDigitByte(toks[i+1].text[0]))
	}
	if i+1 >= len(toks) {
		return false
	}
	if v := toks[i+1].text; isExistVerb(v) || voicedVerbs[v] {
		return true
	}
	// an adverb between: …다는 지적이 잇따라 나오고 있다, …다는 반응도
	// 많이 나오고 있다, …다는 의견이 지속적으로 제시되어 왔다
	return i+2 < len(toks) && toks[i+2].punctBefore == "" && voicedAdverb(toks[i+1].text) &&
		(isExistVerb(toks[i+2].text) || voicedVerbs[toks[i+2].text])
}

// questionHaneun reports whether word k is 하는 after a clause in a
// question ending (…않았을까 하는 우려, …아닌가 하는 의견): a view put as a
// question.
func questionHaneun(toks []token, k int) bool {
	if k < 1 || toks[k].text != "하는" || toks[k].punctBefore != "" {
		return false
	}
	p := toks[k-1].text
	return syllables(p) >= 2 && (strings.HasSuffix(p, "까") || strings.HasSuffix(p, "는가") || strings.HasSuffix(p, "닌가") || strings.HasSuffix(p, "을지"))
}

// voicedAdverbs say how often or how long a view is voiced: 잇따라, 많이,
// 계속, 다시 (…다는 지적이 잇따라 나오고 있다).
var voicedAdverbs = setOf("잇따라", "많이", "계속", "다시", "또", "또다시", "여전히", "꾸준히", "곳곳에서", "일부에서", "점점", "더욱",
	"이미", "벌써", "연일", "거듭", "줄곧", "이어", "속속", "일제히", "줄줄이", "끊임없이", "계속해서")

// voicedAdverb reports whether w is an adverb of how a view is voiced: one
// of voicedAdverbs, or a form in 적으로 or 부터 (지속적으로, 예전부터).
func voicedAdverb(w string) bool {
	return voicedAdverbs[w] || syllables(w) >= 3 && (strings.HasSuffix(w, "적으로") || strings.HasSuffix(w, "부터"))
}

// viewWord returns the noun and particle of word t read as a view noun:
// after a noun that ends in a vowel the copula is 다 alone (…다는 정보다,
// …라는 얘기다), which the particle rules read as 보다 or 기다.
func viewWord(t token) (string, string) {
	if n, ok := strings.CutSuffix(t.text, "다"); ok && (opinionNouns[n] || claimNouns[n]) {
		if hangul.EndsIn(n, hangul.NoFinal) {
			return n, "다"
		}
	}
	return t.stem(), t.josa()
}

// voicedObjects are the nouns of a view that a clause in a quotative
// modifier fills, as the object of a verb that voices or receives it
// (…다는 주장을 폈다, …라는 평가를 받았다).
var voicedObjects = setOf("주장", "평가", "지적", "비판", "비난", "경고", "예측", "전망", "분석", "해석", "평", "혹평", "호평",
	"얘기", "이야기", "우스갯소리", "의혹", "의견", "반응", "견해", "관측", "우려", "의심", "오해", "질타", "반론", "설명")

// contentNouns are what a quotative clause fills before a verb of
// reporting: …라는 점을 지적했다, …다는 내용을 설명하고 있다.
var contentNouns = setOf("점", "내용", "사실", "취지", "요지", "골자")

// contentObject returns the index of the clause in a quotative modifier
// whose words the object before verb i reports: …다는 내용의 N을 V
// (…이겨내자는 내용의 페이스북 메시지를 올렸다, …경솔했다는 취지의 발언을
// 하면서), or …라는 점을/내용을 with a verb of reporting (…실마리라는 점을
// 지적한, …이뤄졌다는 점을 논증하고 있다); -1 if none.
func (a *analysis) contentObject(toks []token, i int) int {
	if toks[i].punctBefore != "" {
		return -1
	}
	// the object: the noun before the verb, or the one before a verb in
	// 해 (동영상을 제작해 올리고)
	o := i - 1
	if o > 0 && toks[o].josa() == "" && strings.HasSuffix(toks[o].text, "해") && toks[o-1].josa() != "" {
		o--
	}
	n := toks[o]
	if n.josa() != "을" && n.josa() != "를" || n.punctBefore != "" || !predicateWord(toks[i].text) {
		return -1 // (the cheap tests first: most words follow no object)
	}
	if contentNouns[n.stem()] && o >= 1 && adnominalEnding(toks[o-1].text) != "" && toks[o-1].punctBefore == "" {
		if a.reportVerbAt(toks, i) == "" {
			return -1 // …했다는 사실을 알게 됐다: what one learns, no report
		}
		return o - 1
	}
	// …다는 내용의 [N…]을: up to two words of the object's name
	for k := o - 1; k >= 1 && k >= o-3; k-- {
		if t := toks[k]; (t.text == "내용의" || t.text == "취지의" || t.text == "골자의") && adnominalEnding(toks[k-1].text) != "" {
			return k - 1
		}
		if toks[k].josa() != "" && k < o {
			return -1
		}
	}
	return -1
}

// contentAt is contentObject when no claim starts at the content yet, else
// -1.
func (a *analysis) contentAt(toks []token, i, si int) int {
	k := a.contentObject(toks, i)
	if k < 0 || a.hasClaimAt(si, toks[k].start) {
		return -1
	}
	return k
}

// receivedViews are the views one receives from others: 평가를 받다,
// 지적을 받다, 평을 듣다.
var receivedViews = setOf("평가", "지적", "비판", "비난", "평", "혹평", "호평", "질타")

// opinionObject reports how word i voices the view in the noun before it
// (toks[i-1], marked 을/를/도) that a clause in a quotative modifier
// (toks[i-2]: …다는, …라는) fills: "voiced" when the subject voices it
// (주장을 하였다, 주장을 폈다, 반응을 보였다, 의혹을 제기했다),
// "received" when the subject is what it is about (평가를 받고 있다,
// 지적을 받았다, 평을 들었다), else "".
func opinionObject(toks []token, i int) string {
	n := toks[i-1]
	switch n.josa() {
	case "을", "를", "도":
	default:
		return ""
	}
	if !voicedObjects[n.stem()] || adnominalEnding(toks[i-2].text) == "" || n.punctBefore != "" || toks[i].punctBefore != "" {
		return ""
	}
	w := toks[i].text
	switch {
	case strings.HasPrefix(w, "받") || strings.HasPrefix(w, "들었") || strings.HasPrefix(w, "듣"):
		if !receivedViews[n.stem()] {
			return "" // …했다는 의혹을 받고 있다: a suspicion, no view voiced
		}
		return "received"
	case w == "한" || w == "한다" || w == "합니다" || strings.HasPrefix(w, "하") && syllables(w) >= 2 || strings.HasPrefix(w, "했"),
		hasAnyPrefix(w, []string{"폈", "펴", "펼", "내놓", "내놨", "제기", "보였", "보이", "보여", "드러내", "드러냈"}):
		return "voiced"
	}
	return ""
}

// reportedHearsay returns the index of the hearsay verb (알려졌다,
// 전해졌다, 보도됐다) whose subject is word i, a noun after a clause in a
// quotative modifier (…다는, …라는), with at most one word between
// (…했다는 내용이 5일 알려졌다); 0 if there is none.
func (a *analysis) reportedHearsay(toks []token, i int) int {
	t := toks[i]
	switch t.josa() {
	case "이", "가", "도":
	default:
		return 0
	}
	if adnominalEnding(toks[i-1].text) == "" || t.punctBefore != "" || !hangul.IsWord(t.stem()) {
		return 0
	}
	for k := i + 1; k < len(toks) && k <= i+2; k++ {
		if toks[k].punctBefore != "" {
			return 0
		}
		if w := toks[k].text; hearsayVerbs[w] || passiveReport(w) && !strings.HasPrefix(w, "제기") && !strings.HasPrefix(w, "주장") {
			return k
		}
	}
	return 0
}

// placeJosa mark where a view is voiced: 재계에선, 일부에서는.
var placeJosa = setOf("에서는", "에선", "에서도", "에서")

// placeNamed reports whether source sp names a place (필리핀에서는 …다는
// 의견도 존재한다: where a view is held, not who holds it).
func (a *analysis) placeNamed(sp *speakerRef) bool {
	if sp.ent != nil {
		return sp.ent.Type == TypeLocation
	}
	e := a.entityAt(sp.mention.Start, sp.mention.End, "")
	return e != nil && e.Type == TypeLocation
}

// amongSource returns the people among whom a view is voiced, X
// 사이에서는 (네티즌 사이에서는, 여러 사람들 사이에서는), and the index of
// the word 사이; nil when the words have none.
func (a *analysis) amongSource(toks []token) (*speakerRef, int) {
	for k := 1; k+1 < len(toks); k++ {
		if t := toks[k]; t.stem() == "사이" && placeJosa[t.josa()] && toks[k-1].josa() == "" && t.punctBefore == "" {
			ps := a.phraseStart(toks, k-1)
			return &speakerRef{name: a.clean[ps:toks[k-1].end], mention: span{Start: ps, End: toks[k-1].end}, resolved: "group"}, k
		}
	}
	return nil, -1
}

// adnominalEnding returns the quotative modifier ending of w (…없다는 →
// 다는, …처사라는 → 라는), or "".
func adnominalEnding(w string) string {
	if strings.HasSuffix(w, "란") {
		// 것이라는 and 거라는 contracted: …발표할 것이란 보도, …될 거란 우려
		if strings.HasSuffix(w, "것이란") || strings.HasSuffix(w, "거란") && syllables(w) >= 2 {
			return "란"
		}
		return ""
	}
	if !strings.HasSuffix(w, "는") && !strings.HasSuffix(w, "던") {
		return "" // every such ending ends so: most words are done here
	}
	for _, e := range []string{"다는", "라는", "냐는", "자는", "다던"} {
		if strings.HasSuffix(w, e) && len(w) > len(e) {
			return e
		}
	}
	return ""
}

// claimNouns name a claim when a quotative modifier precedes them, besides
// the nouns of opinion: 설, 설명, 입장, 예측, 얘기.
var claimNouns = setOf("설", "설명", "입장", "예측", "얘기", "이야기", "소식", "관측", "전언", "소문", "말", "해석", "풀이", "경고", "예상", "요구", "비난", "반론", "지적도", "주장도",
	"정보", "보도", "루머", "여론", "반응", "목소리", "논란", "의혹", "증언", "후문")

// newsNouns name news passed on rather than a view held: …다는
// 정보다, …라는 후문이다 names no source.
var newsNouns = setOf("정보", "소식", "소문", "루머", "전언", "후문", "보도")

// voicedVerbs say that a view is voiced or spreads (…다는 우려가 고개를
// 들고 있다, 제기됐다, 잇따르고 있다).
var voicedVerbs = setOf("제기됐다", "제기되었다", "제기되고", "제기되어", "나오고", "나왔다", "나온다", "일고", "인다", "일었다",
	"제시되어", "제시된", "제시됐다", "제시되었다", "나오기도", "쏟아졌다", "쏟아지고", "터져나왔다", "이어졌다", "이어지고",
	"고개를", "생기고", "커지고", "확산되고", "잇따르고", "잇따랐다", "많았다", "많다", "있었다", "있다", "있어", "있지만",
	"팽배하다", "우세하다", "지배적이다", "흘러나오고",
	"들어왔다", "들려왔다", "돌았다", "돌았는데", "돌고", "파다했다", "파다하다", "거세지고", "높아지고", "쏟아져")

// claimWithin reports whether a claim of sentence si lies within [lo, hi).
func (a *analysis) claimWithin(si, lo, hi int) bool {
	for i := len(a.claims) - 1; i >= 0 && a.claims[i].sent == si; i-- {
		if c := a.claims[i]; c.content.Start >= lo && c.content.End <= hi {
			return true
		}
	}
	return false
}

// hasClaimAt reports whether a claim of sentence si already covers off.
func (a *analysis) hasClaimAt(si, off int) bool {
	// claims are added sentence by sentence: only the last ones can match
	for i := len(a.claims) - 1; i >= 0 && a.claims[i].sent == si; i-- {
		if c := a.claims[i]; c.content.Start <= off && off < c.content.End {
			return true
		}
	}
	return false
}

// trimFinal drops the sentence's final punctuation from a span.
func (a *analysis) trimFinal(sp span) span {
	for sp.End > sp.Start && strings.ContainsRune(".!? ", rune(a.clean[sp.End-1])) {
		sp.End--
	}
	return sp
}

// afterConnective returns where a sentence's content starts, after a
// leading connective such as 하지만, 다만, 한편 and its comma.
func (a *analysis) afterConnective(toks []token) int {
	if len(toks) == 0 {
		return 0
	}
	if len(toks) > 1 && connectives[toks[0].text] {
		return toks[1].start
	}
	return toks[0].start
}

var connectives = setOf("하지만", "그러나", "다만", "한편", "또", "또한", "특히", "이어", "반면", "게다가", "그러면서", "아울러", "따라서", "결국",
	"그러자", "그리고", "이에", "이어서", "그래서", "그런데", "더불어", "그러므로", "즉", "오히려", "물론",
	"이후", "앞서", "여기서", "이때", "이제", "그동안", "있어") // (있어 of 이 발언에 있어: a postposition)

// isExistVerb reports whether w says a view exists or is voiced: 있다,
// 나온다, 제기된다, 많다.
func isExistVerb(w string) bool {
	w = strings.TrimRight(w, ".")
	switch w {
	case "많다", "적지", "커지고", "높다", "존재한다", "존재하고", "존재했다":
		return true
	}
	// forms of 있다, 나오다, 제기되다 and 제시되다: 있었지만, 나오는, 제기돼
	for _, v := range []string{"있", "나오", "나온", "나왔", "제기", "제시"} {
		if strings.HasPrefix(w, v) {
			return true
		}
	}
	return false
}

// groupPlace returns the index of a word like 일각에서는 or 업계에선 that
// introduces an unnamed group's view, or -1.
func (a *analysis) groupPlace(toks []token) int {
	for i, t := range toks {
		if !groupPlaces[t.stem()] {
			continue
		}
		switch t.josa() {
		case "에서는", "에선", "에서도", "에서", "은", "는":
			return i
		}
	}
	return -1
}

// quotativeSuffix returns the indirect-quotation ending of w (…있다고 →
// 다고), or "".
func quotativeSuffix(w string) string {
	w = strings.TrimSuffix(w, "도") // …속한다고도 주장했다
	if !strings.HasSuffix(w, "고") && !strings.HasSuffix(w, "며") && !strings.HasSuffix(w, "서") {
		return "" // every quotative ending ends so
	}
	for _, q := range quotativeClause {
		if strings.HasSuffix(w, q) && len(w) > len(q) {
			return q
		}
	}
	return ""
}

// reportVerbAt returns the reporting verb starting at word i (one or two
// words: 분석했다, 보고 있다, 경고한 바 있다), or "".
func (a *analysis) reportVerbAt(toks []token, i int) string {
	if i >= len(toks) {
		return ""
	}
	// the words of a form of two or three stand apart by spaces only
	n := 1
	for n < 3 && i+n < len(toks) && toks[i+n].punctBefore == "" && toks[i+n].spaceBefore {
		n++
	}
	for ; n >= 2; n-- {
		if !hangul.LetterBlockAt(toks[i+n-1].text, 0) {
			continue // verb forms end in Hangul: no look-up, no string built
		}
		form := a.spacedForm(toks[i : i+n])
		if kind, ok := a.x.lex.Verb(form); ok && reportingKind(kind) {
			return form
		}
	}
	if kind, ok := a.x.lex.Verb(toks[i].text); ok && reportingKind(kind) {
		return toks[i].text
	}
	return ""
}

// spacedForm returns the words joined by single spaces: a slice of the
// text when one space stands between them (most often), else a new string.
func (a *analysis) spacedForm(ws []token) string {
	one := true
	for k := 1; k < len(ws) && one; k++ {
		one = ws[k].start == ws[k-1].end+1 && a.clean[ws[k-1].end] == ' '
	}
	if one {
		return a.clean[ws[0].start:ws[len(ws)-1].end]
	}
	var b strings.Builder
	for k, w := range ws {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
	}
	return b.String()
}

// subjectIndex returns the index of the clause's subject among toks: the
// first word marked 은/는 (or 께서, 에서는, 측은) that names an entity, a
// person through their title (조 사이 회장은), a pronoun, a group or any
// noun a body can be (시는, 연구팀은), or a word marked 이/가 that names a
// person, an organization or a group (주민들이); -1 if none.
func (a *analysis) subjectIndex(toks []token) int {
	for i, t := range toks {
		if quoteDepthChange(t.punctBefore) != 0 {
			continue
		}
		if a.bracketedSubject(toks, i) >= 0 {
			return i
		}
		switch t.josa() {
		case "도":
			// 여러 국제학자들도 …라는 주장이다, 산림청도 …다고 밝혔다
			if a.entityAt(t.start, t.end, "") != nil {
				continue // 곽상도, 코레일공항철도: 도 ends the name
			}
			if e := a.entityAt(t.start, t.stemEnd(), ""); e != nil && (e.Type == TypePerson || e.Type == TypeOrg) || a.isGroup(t.stem()) {
				return i
			}
		case "은", "는", "께서", "에서는", "측은":
			if a.entityAt(t.start, t.stemEnd(), "") != nil || a.personTitled(toks, i) != nil || pronouns[t.stem()] || a.isGroup(t.stem()) {
				return i
			}
			if e, _ := a.honoredEntity(t); e != nil && e.Type == TypePerson {
				return i // 김영오씨는
			}
			if e, _ := a.roleHolder(toks, i); e != nil {
				return i // 발렌티나 마트비옌코 러시아 상원의장은
			}
			if (hangul.IsWord(t.stem()) && syllables(t.stem()) >= 1 && a.speakerNoun(t.stem())) && !nonSpeakers[t.stem()] && !verbModifier(t) {
				return i
			}
			if a.appositiveName(toks, i) {
				return i
			}
		case "이", "가":
			if a.entityAt(t.start, t.end, "") != nil || strings.ContainsAny(t.stem(), "0123456789") {
				continue // 조 사이 회장은: 이 ends the name, it is no particle; 16억원이: an amount
			}
			if e := a.entityAt(t.start, t.stemEnd(), ""); e != nil && (e.Type == TypePerson || e.Type == TypeOrg) || a.groupLike(t.stem()) {
				return i
			}
		}
	}
	if k, _ := a.openingTopic(toks); k >= 0 {
		return k
	}
	return -1
}

// openingTopic returns the index of the topic that opens the sentence, the
// way a report names its source first (국과수는 …다고 결론내렸다, 아니메
// 뉴스 네트워크는 …, 벨라는 …): the first word marked 은/는 or 에서는, with
// no particle on the words before it but a connective, a date or a time,
// that is a noun of two syllables or more and no date, time, pronoun or
// verb form; and the index of the first word of its phrase. -1 if none.
func (a *analysis) openingTopic(toks []token) (int, int) {
	first := 0
	for i, t := range toks {
		if i > 6 {
			break
		}
		if i == first && (connectives[t.text] || continuations[t.text]) {
			first = i + 1
			continue
		}
		if e := a.entityAt(t.start, t.end, ""); e != nil && (e.Type == TypeDate || e.Type == TypeTime) && t.josa() == "" {
			first = i + 1
			continue
		}
		switch t.josa() {
		case "은", "는", "에서는":
		case "":
			continue
		default:
			return -1, -1
		}
		if quoteDepthChange(t.punctBefore) != 0 || nonSpeakers[t.stem()] || pronouns[t.stem()] || verbModifier(t) ||
			clauseEnd(t.stem()) && !a.koreanName(t.stem()) || strings.ContainsAny(t.stem(), "0123456789") ||
			syllables(t.stem()) < 2 && t.script == scriptHangul {
			return -1, -1
		}
		if a.entityAt(t.start, t.stemEnd(), "") == nil && a.x.lex.IsCommonNoun(t.stem()) && !a.speakerNoun(t.stem()) {
			return -1, -1 // 진원지는, 바이러스는: a thing the report is about
		}
		if e := a.entityAt(t.start, t.stemEnd(), ""); e != nil && (e.Type == TypeDate || e.Type == TypeTime) {
			return -1, -1
		}
		return i, first
	}
	return -1, -1
}

// orgClassNouns name a kind of organization; a word after one of them is
// the organization's name (설문조사 전문기관 두잇서베이는, 일본 방송사
// NHK는).
var orgClassNouns = []string{"기관", "업체", "단체", "기업", "회사", "방송", "방송사", "신문", "신문사", "매체", "언론", "통신",
	"통신사", "연구소", "연구원", "재단", "협회", "정당", "사이트", "포털", "그룹", "구단", "제조사", "법인"}

// appositiveName reports whether word i, marked 은/는, is a name in
// apposition to a noun of the kind of organization before it.
func (a *analysis) appositiveName(toks []token, i int) bool {
	if i == 0 || toks[i].punctBefore != "" || toks[i-1].josa() != "" || syllables(toks[i].stem()) < 2 ||
		nonSpeakers[toks[i].stem()] || verbModifier(toks[i]) {
		return false
	}
	if _, _, ok := a.titleAt(toks, i); ok {
		return false // 산업연구원 연구위원은: a title after the organization
	}
	prev := toks[i-1].stem()
	for _, n := range orgClassNouns {
		if strings.HasSuffix(prev, n) {
			return true
		}
	}
	return false
}

// bracketedSubject returns the index of the word before a bracketed alias
// or note whose particle stands alone (농업협동조합(농협)은, 소방방재청(청장
// 박연수)은), when word i is that particle; else -1.
func (a *analysis) bracketedSubject(toks []token, i int) int {
	t := toks[i]
	if t.stem() != t.text || (t.text != "은" && t.text != "는" && t.text != "이" && t.text != "가") || !strings.HasPrefix(t.punctBefore, ")") {
		return -1
	}
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if strings.Contains(toks[k].punctBefore, "(") {
			if toks[k-1].josa() == "" || a.entityAt(toks[k-1].start, toks[k-1].end, "") != nil {
				return k - 1
			}
			return -1
		}
	}
	return -1
}

// speakerNoun reports whether a topic noun can be one that speaks: a
// title, a group or organization word, a plural, or a short form of a
// body (시는, 당국은, 경찰은).
func (a *analysis) speakerNoun(w string) bool {
	if a.groupLike(w) || bodyWords[w] {
		return true
	}
	_, ok := a.x.lex.Title(w)
	return ok
}

// bodyWords are nouns that stand for a body that speaks, as the subject of
// a report: 시는 (the city), 정부는, 경찰은.
var bodyWords = setOf("시", "도", "군", "구", "정부", "경찰", "검찰", "당국", "법원", "재판부", "군당국", "청와대", "국회", "여당",
	"야당", "노조", "회사", "학교", "업계", "연구팀", "연구진", "대학", "병원", "위원회", "측", "당", "본부", "사측", "노측",
	"주최측", "유족", "유가족", "정보당국", "안보당국", "전력당국", "방역당국", "보건당국", "소방당국", "교육당국", "해경", "군",
	"산업계", "재계", "학계", "정계", "정치계", "의료계", "법조계", "종교계", "교육계", "문화계", "연예계", "체육계", "언론계",
	"금융계", "노동계", "시민단체", "환경단체", "야권", "여권", "정치권", "업계",
	// people who act together or for others: 변호인단은, 양측은, 두 정상은
	"변호인", "변호인단", "변호사", "변호사단", "변호인측", "선수단", "의료진", "대표단", "조사단", "기자단", "원정대", "양측", "양국",
	"양당", "정상", "정상들", "노사", "위원", "위원단",
	// the powers of the world as one actor: 미국 정부 등 서방은
	"서방", "서방국가", "서방국가들", "국제사회", "강대국들")

// personTitled returns the person named right before the title at word i
// (조 사이 회장은, 트럼프 전 대통령은), or nil.
func (a *analysis) personTitled(toks []token, i int) *entity {
	ti, n, ok := a.titleAt(toks, i)
	if !ok || !personTitle(ti) {
		return nil
	}
	for k := i - n; k >= 0 && k >= i-n-3; k-- {
		if e := a.entityAt(toks[k].start, toks[k].stemEnd(), TypePerson); e != nil {
			return e
		}
		if toks[k].josa() != "" {
			return nil
		}
	}
	return nil
}

// accordingSource returns the source of X에 따르면: the first person or
// organization in the phrase (TD 코웬이 발표한 자료에 따르면), else the noun
// before 에 (업계에 따르면).
func (a *analysis) accordingSource(toks []token) *speakerRef {
	start := 0
	for i := len(toks) - 1; i >= 0; i-- {
		if i > 0 && toks[i].punctBefore == "," && isDigitByte(toks[i].text[0]) && isDigitByte(toks[i-1].text[len(toks[i-1].text)-1]) {
			continue // 1,000명: a comma inside a number
		}
		if toks[i].punctBefore == "," || strings.ContainsAny(toks[i].punctBefore, ".") {
			start = i
			break
		}
	}
	last := toks[len(toks)-1]
	if last.stem() == "바" && last.josa() == "에" && len(toks) >= 3 && modifierEnding(toks[len(toks)-2].text) {
		// 언론에 보도되는 바에 따르면: who reports it, marked 에 or 에서
		if w := toks[len(toks)-3]; w.josa() == "에" || w.josa() == "에서" {
			ps := a.phraseStart(toks, len(toks)-3)
			return &speakerRef{name: a.clean[ps:w.stemEnd()], mention: span{Start: ps, End: w.stemEnd()}, resolved: "according"}
		}
	}
	if last.josa() == "에" && a.isGroup(last.stem()) && a.entityAt(last.start, last.stemEnd(), "") == nil {
		// a body's people: KAI 내부 관계자에 의하면, 양강도 소식통에 따르면
		ps := a.phraseStart(toks, len(toks)-1)
		return &speakerRef{name: a.clean[ps:last.stemEnd()], mention: span{Start: ps, End: last.stemEnd()}, resolved: "according"}
	}
	if reportNouns[last.stem()] || reportNouns[strings.TrimSuffix(last.text, "에")] { // 결과에: 과에 is no particle here
		if ref := a.relativeSubject(toks[start:]); ref != nil {
			return ref
		}
	}
	for i := start; i < len(toks); i++ {
		t := toks[i]
		if e := a.entityAt(t.start, t.stemEnd(), ""); e != nil && (e.Type == TypeOrg || e.Type == TypePerson) {
			return &speakerRef{ent: e, mention: a.mentionOf(e, t.start, t.stemEnd()), resolved: "according"}
		}
	}
	if last.josa() == "에" {
		return &speakerRef{name: last.stem(), mention: span{Start: last.start, End: last.stemEnd()}, resolved: "according"}
	}
	return nil
}

// claimSourcesBefore gives a reported claim that still names no source
// (…예정이라고 덧붙였다, …나왔다고 설명했다: no subject in its sentence, no
// report just before it) the subject of one of the two sentences before
// it in the paragraph, when that subject is named, a group, or the topic
// that opens its sentence (해양수산부는 …지시했다. 다만 …나왔다고
// 설명했다). It runs after the speakers, whose carry-over comes first.
func (a *analysis) claimSourcesBefore() {
	defer a.shortFormSources()
	var antecedents []mention
	for ci, c := range a.claims {
		if c.carry {
			c.source = a.lastReportSource(ci)
		}
		if c.source != nil || c.kind != claimReported && !c.carry || c.cue == "것이다" {
			continue
		}
		if antecedents == nil {
			antecedents = a.subjectMentions()
		}
		for si := c.sent - 1; si >= 0 && si >= c.sent-2; si-- {
			ps := a.sents[si]
			if ps.Kind != sentence.Body || a.paragraphsBetween(ps.Start, c.content.Start) > 0 && !c.carry {
				break // a claim that points back (이 개편안에 따르면) may look past a paragraph
			}
			sp := a.subjectIn(ps.Start, ps.End, antecedents)
			if sp == nil {
				continue
			}
			if sp.ent != nil || sp.resolved == "group" || a.opensWithTopic(ps, sp) {
				sp.resolved = "previous-sentence"
				c.source = sp
			}
			break
		}
		if c.source == nil && ci > 0 {
			// a run of reports with no subject (…밝혔다. 이와 함께 …
			// 지원하겠다고 밝혔다. 또한 …예정이라고 밝혔다): the source of
			// the report before, within two sentences of the paragraph
			p := a.claims[ci-1]
			gap := a.breaksBetween(p.content.Start, c.content.Start)
			if p.source != nil && p.kind == claimReported && c.sent-p.sent <= 2 && (gap == 0 || gap == 1 && c.sent-p.sent == 1 && a.goesOn(c.sent)) {
				cp := *p.source
				cp.resolved = "previous"
				c.source = &cp
			}
		}
	}
}

// shortFormSources links a claim source named by a short form of an
// organization the article named before (노조 for 철도노조) to that
// organization: the one organization whose name, alias or mention is the
// form or ends with it. The forms are indexed once, so that the cost stays
// linear in the claims and the mentions.
func (a *analysis) shortFormSources() {
	var byForm map[string]*entity
	for _, c := range a.claims {
		sp := c.source
		if sp == nil || sp.ent != nil || sp.name == "" || strings.Contains(sp.name, " ") || !hangul.IsWord(sp.name) || syllables(sp.name) < 2 {
			continue
		}
		if byForm == nil {
			byForm = a.orgForms()
		}
		if e := byForm[sp.name]; e != nil && e.Mentions[0].Start < sp.mention.Start {
			cp := *sp
			cp.ent, cp.name = e, ""
			c.source = &cp
		}
	}
}

// orgForms maps every name, alias and mention form of the article's
// organizations, and every ending of one, to its organization; nil where
// two organizations share a form.
func (a *analysis) orgForms() map[string]*entity {
	out := map[string]*entity{}
	seen := map[string]bool{}
	for _, e := range a.ents.All() {
		if e.Type != TypeOrg || len(e.Mentions) == 0 {
			continue
		}
		clear(seen)
		add := func(n string) {
			if seen[n] || len(n) > 120 {
				return
			}
			seen[n] = true
			for i := range n {
				if !utf8.RuneStart(n[i]) {
					continue
				}
				f := n[i:]
				if old, ok := out[f]; ok && old != e {
					out[f] = nil
					continue
				}
				out[f] = e
			}
		}
		add(e.Name)
		for _, n := range e.AliasList() {
			add(n)
		}
		for _, m := range e.Mentions {
			add(a.clean[m.Start:m.End])
		}
	}
	return out
}

// breaksBetween counts the paragraph breaks between offsets x < y: runs
// of line ends, a blank line between paragraphs counting once.
func (a *analysis) breaksBetween(x, y int) int {
	n := 0
	for i := x; i < y; i++ {
		if a.clean[i] == '\n' && (i == x || a.clean[i-1] != '\n') {
			n++
		}
	}
	return n
}

// goesOn reports whether sentence si opens with a word that goes on with
// what the sentence before said (또한, 이와 함께, 아울러, 이어).
func (a *analysis) goesOn(si int) bool {
	ws := a.wordsIn(a.sents[si].Start, min(a.sents[si].End, a.sents[si].Start+40))
	if len(ws) == 0 {
		return false
	}
	if ws[0].text == "이와" && len(ws) > 1 && ws[1].text == "함께" {
		return true
	}
	switch ws[0].text {
	case "또한", "또", "아울러", "이어", "이어서", "그러면서", "덧붙여", "더불어", "나아가":
		return true
	}
	return false
}

// reportNouns name what a body publishes: X가 발표한 자료에 따르면.
var reportNouns = setOf("결과", "자료", "보고서", "연구", "조사", "발표", "분석", "통계", "보도", "설문조사", "조사결과", "연구결과",
	"집계", "보도자료", "발표문", "논문", "여론조사", "성명", "공지", "설명", "주장", "계획", "발표자료", "통보")

// relativeSubject returns the subject of the clause that modifies the noun
// before 에 따르면 (대한상공회의소가 …조사한 결과에, "리얼미터"가 …발표한
// 결과에, 캐논 기관이 …바탕으로 한 연구에): the word marked 이/가 followed,
// later in the phrase, by a verb in a modifier ending; nil if none.
func (a *analysis) relativeSubject(toks []token) *speakerRef {
	for k := 0; k+2 < len(toks); k++ {
		t := toks[k]
		stemEnd, first := t.stemEnd(), k
		switch {
		case (t.text == "이" || t.text == "가") && k > 0 && strings.ContainsAny(t.punctBefore, "”\"’'」"):
			// "리얼미터"가: the particle after a quoted name (the words in
			// quotes are not among toks)
			lo, hi := toks[k-1].end, t.start
			for lo < hi && strings.ContainsRune(" “\"‘'「", rune(a.clean[lo])) || lo < hi && !isWordRuneAt(a.clean, lo) {
				_, size := utf8.DecodeRuneInString(a.clean[lo:])
				lo += size
			}
			for hi > lo && !isWordRuneBefore(a.clean, hi) {
				_, size := utf8.DecodeLastRuneInString(a.clean[:hi])
				hi -= size
			}
			if hi-lo < 2 || strings.ContainsAny(a.clean[lo:hi], "\"“”") {
				continue
			}
			if e := a.entityAt(lo, hi, ""); e != nil && (e.Type == TypeOrg || e.Type == TypePerson) {
				return &speakerRef{ent: e, mention: a.mentionOf(e, lo, hi), resolved: "according"}
			}
			return &speakerRef{name: a.clean[lo:hi], mention: span{Start: lo, End: hi}, resolved: "according"}
		case t.josa() == "이" || t.josa() == "가":
			if a.entityAt(t.start, t.end, "") != nil {
				continue // 이 or 가 ends the name
			}
		default:
			continue
		}
		name := toks[first]
		if first == k && (nonSpeakers[t.stem()] || pronouns[t.stem()] || strings.ContainsAny(t.stem(), "0123456789") ||
			syllables(t.stem()) < 2 && t.script == scriptHangul) {
			continue
		}
		modified := false
		for j := k + 1; j < len(toks)-1 && !modified; j++ {
			modified = toks[j].josa() == "" && modifierEnding(toks[j].text)
		}
		if !modified {
			continue
		}
		if e := a.entityAt(name.start, stemEnd, ""); e != nil && (e.Type == TypeOrg || e.Type == TypePerson) {
			return &speakerRef{ent: e, mention: a.mentionOf(e, name.start, stemEnd), resolved: "according"}
		}
		ps := name.start
		if first == k {
			ps = a.phraseStart(toks, k)
		}
		return &speakerRef{name: a.clean[ps:stemEnd], mention: span{Start: ps, End: stemEnd}, resolved: "according"}
	}
	return nil
}

// isWordRuneAt reports whether the rune starting at s[i] is a word rune.
func isWordRuneAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

// isWordRuneBefore reports whether the rune ending at s[i] is a word rune.
func isWordRuneBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isWordRune(r)
}

func isDigitByte(b byte) bool { return '0' <= b && b <= '9' }

// lastReportSource returns the source of the last claim or the speaker of
// the last quote before claim ci, in its sentence or the one before, in the
// same or the previous paragraph (…라고 밝혔다. 이에 따르면 …); nil if none.
func (a *analysis) lastReportSource(ci int) *speakerRef {
	c := a.claims[ci]
	var best *speakerRef
	bestOff := -1
	for k := ci - 1; k >= 0 && c.sent-a.claims[k].sent <= 1; k-- {
		if p := a.claims[k]; p.source != nil {
			best, bestOff = p.source, p.content.Start
			break
		}
	}
	i := sort.Search(len(a.quotes), func(k int) bool { return a.quotes[k].open >= c.content.Start })
	for k := i - 1; k >= 0 && c.sent-a.quotes[k].sent <= 1; k-- {
		if q := a.quotes[k]; q.speaker != nil {
			if q.open > bestOff {
				best, bestOff = q.speaker, q.open
			}
			break
		}
	}
	if best == nil || a.paragraphsBetween(bestOff, c.content.Start) > 1 {
		return nil
	}
	cp := *best
	cp.resolved = "previous"
	return &cp
}
