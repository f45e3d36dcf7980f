package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"

	"github.com/kextract/kextract/extract/attribution"
)

// quote is a direct quotation while the stages run.
type quote struct {
	open, close int  // byte offsets of the marks
	inner       span // the quoted words, without the marks
	sent        int
	verb        string
	// ending is the quotative ending after the closing mark (라고, 고, 라며,
	// 며, ...), "" for the colon form.
	ending  string
	chained bool // the ending continues a chain (라며, 며, 면서)
	after   int  // offset just after the ending
	colon   bool
	// form is how the words after the quote tie it to speech.
	form attribution.Form
	// noun is the noun of speech an adnominal quote modifies (“…”라는
	// 입장을), with nounEnd the offset after it.
	noun    string
	nounEnd int
	// outer is the quote this one is quoted inside, or nil.
	outer *quote
	// headline is set for a quote after a name at the start of its line
	// (민경욱 "…"), the way headlines attribute words.
	headline bool
	// cited is the source cited in brackets after the quote (“…” (이장희,
	// 2009)), or the zero span.
	cited span
	// back is the sentence after the quote that reports it (“…” 김 장관은
	// 이같이 밝혔다: reportAfter), found with the verb; nil when none does.
	back    *backReport
	speaker *speakerRef
}

// markPair is a pair of quotation marks found in a paragraph.
type markPair struct {
	open, close int // byte offsets of the marks
	double      bool
	implied     bool // no closing mark: close is where the words end (attribution.ImpliedClose)
}

// findQuotePairs pairs quotation marks paragraph by paragraph
// (attribution.Pairs). A mark that does not close within its paragraph is
// reported and dropped, so it never swallows the rest of the article. Only
// top-level pairs are returned; quotes inside quotes belong to the outer
// quote.
func (a *analysis) findQuotePairs() []markPair {
	pairs, unclosed := attribution.Pairs(a.clean)
	implied := false
	for _, off := range unclosed {
		r, _ := utf8.DecodeRuneInString(a.clean[off:])
		if p, ok := attribution.ImpliedClose(a.clean, off); ok {
			a.warn("unclosed-quote", "quotation mark "+string(r)+" does not close in its paragraph; the quote is taken to end before its quotative ending", off)
			pairs = append(pairs, p)
			implied = true
			continue
		}
		a.warn("unclosed-quote", "quotation mark "+string(r)+" does not close in its paragraph; the quote is not emitted", off)
	}
	if implied {
		sort.Slice(pairs, func(i, j int) bool { return pairs[i].Open < pairs[j].Open })
	}
	out := make([]markPair, len(pairs))
	for i, p := range pairs {
		out[i] = markPair{p.Open, p.Close, p.Double, p.Implied}
	}
	return out
}

// findQuotes finds direct quotations that are speech or writing: a pair of
// quotation marks whose following words tie it to speech (attribution.Read:
// “…”라고 말했다, “…”라며, “…있”다며, “…”라는 입장을 밝혔다, “…”을
// 촉구했다), one introduced by a colon (김 대표: “…”), a quoted sentence
// standing alone, or one listed before another quotation (“…”, “…”라고).
// Terms, titles and scare quotes (‘과잉 공급 상황’을, “스타게이트”의) are
// not speech.
func (a *analysis) findQuotes() {
	a.pairs = a.findQuotePairs()
	var listed []*quote // quotes that are speech if the next one is
	for _, p := range a.pairs {
		if a.boilerplateAt(p.open) {
			continue
		}
		ap := attribution.Pair{Open: p.open, Close: p.close, Double: p.double, Implied: p.implied}
		is, ie := ap.Inner(a.clean)
		inner := span{Start: is, End: ie}
		if inner.Empty() {
			continue
		}
		r := attribution.Read(a.clean, ap)
		q := &quote{open: p.open, close: p.close, inner: inner, sent: a.sentenceAt(p.open), after: r.After, ending: r.Ending, form: r.Form}
		text := a.clean[is:ie]
		clause := attribution.ClauseLike(text)
		words := attribution.Words(text)
		colon := a.colonBefore(p.open)
		speech := false
		switch r.Form {
		case attribution.Quotative, attribution.Chained, attribution.Adnominal:
			speech = clause || p.double && words >= 2 ||
				(p.double || words >= 3) && r.Form == attribution.Quotative && a.speechVerbAt(r.After) || // “픽션”이라고 일축했다, ‘담대하고 역사적인 조치’라고 극찬했다
				p.double && r.Form == attribution.Chained && answerWord(text) || // “아니다”라며
				words >= 3 && r.Form == attribution.Adnominal && r.Noun != "" // ‘대통령 암살로 정국은 안갯속’이라는 자막을
			q.chained = r.Form == attribution.Chained
		case attribution.Object:
			speech = p.double && (clause || words >= 3)
		case attribution.Sayings:
			speech = clause
		case attribution.Continued:
			speech = words >= 3 && (p.double || words >= 5 || a.reportedBy(p.open)) // 김 대표의 입장문에 따르면, ‘…자료를 조사’했고
		case attribution.Standalone:
			speech = p.double && clause && words >= 2 || colon && (clause || words >= 2)
		case attribution.Listed:
			if p.double && (clause || words >= 2 || sayingWord(text)) || clause {
				q.chained = true
				listed = append(listed, q)
			}
			continue
		default:
			speech = colon && (clause || words >= 2)
		}
		if cs, ce, ok := attribution.Citation(a.clean, ap); ok && (r.Form == attribution.NotSpeech || r.Form == attribution.Standalone) && (clause || words >= 3) {
			speech, q.cited = true, span{Start: cs, End: ce} // “…” (이장희, 2009): a cited source
		}
		if p.double && (r.Form == attribution.NotSpeech || r.Form == attribution.Standalone) && a.headlineSpeaker(p.open, a.endsLine(ap)) {
			// 민경욱 "선거 재개표 위해 후원해달라": a headline gives the
			// speaker's name before the words
			speech, q.headline = true, true
		}
		if !speech || a.answerOrLawText(p.open) {
			continue
		}
		if colon && r.Form == attribution.NotSpeech || colon && r.Form == attribution.Standalone {
			q.colon = true
		}
		if r.Form == attribution.Adnominal {
			q.noun, q.nounEnd = r.Noun, r.NounEnd
		}
		// a listed quote just before this one, with only a comma between,
		// is speech of the same chain
		// (“…”, “…”, “…” 등으로: each listed one links to the one after it)
		next := q
		for len(listed) > 0 {
			l := listed[len(listed)-1]
			if l.sent != next.sent || !a.onlyLinkBetween(l, next) {
				break
			}
			listed = listed[:len(listed)-1]
			a.quotes = append(a.quotes, l)
			next = l
		}
		listed = listed[:0]
		a.quotes = append(a.quotes, q)
		a.nestedQuotes(q)
	}
	sort.Slice(a.quotes, func(i, j int) bool { return a.quotes[i].open < a.quotes[j].open })
	a.assignVerbs()
}

// answerWord reports whether quoted text is one predicate that ends a
// sentence (아니다, 없다, 모르겠어요, 그렇냐): an answer, said, unlike a term.
func answerWord(text string) bool {
	text = strings.TrimRight(text, " .?!")
	if strings.ContainsAny(text, " \t\n") || utf8.RuneCountInString(text) < 2 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text)
	return strings.ContainsRune("다요냐까죠", r)
}

// colonBefore reports whether the quote at open is introduced by a colon
// (김 대표: “…”).
func (a *analysis) colonBefore(open int) bool {
	s := strings.TrimRight(a.clean[max(0, open-8):open], " ")
	return strings.HasSuffix(s, ":")
}

// assignVerbs finds the reporting verb closing each quote's chain: the first
// reporting verb after the quote in its sentence; quotes chained with 라며
// or 며 share the verb of the quote that closes the chain.
func (a *analysis) assignVerbs() {
	for i := len(a.quotes) - 1; i >= 0; i-- {
		q := a.quotes[i]
		if q.chained && i+1 < len(a.quotes) && a.quotes[i+1].sent == q.sent && a.onlyLinkBetween(q, a.quotes[i+1]) {
			q.verb = a.quotes[i+1].verb
			continue
		}
		switch {
		case q.form == attribution.Standalone || q.colon && q.ending == "":
			q.verb = ""
		case q.noun != "":
			q.verb = a.nounVerb(q)
		default:
			q.verb = a.verbAfter(q.after, a.sentEnd(q.sent))
		}
		if q.verb == "" && i+1 < len(a.quotes) && a.quotes[i+1].sent == q.sent && a.onlyLinkBetween(q, a.quotes[i+1]) {
			// “…”고, “…”를 차지한다면서, “…”이라고 주장하였다: no verb
			// before the next quote, whose verb reports them all
			q.verb = a.quotes[i+1].verb
		}
		if q.verb == "" {
			if r, ok := a.reportAfter(q); ok {
				q.verb = r.verb // “…” 김 장관은 이같이 밝혔다
				q.back = &r
			}
		}
	}
}

// nestedQuotes finds the speech quoted inside the quote q (그는 “그들은
// ‘죽은 애는 죽은 애고’라고 협박했다”고 전했다): a pair of marks inside it
// that reads as a clause and is tied to speech by a quotative ending. They
// are kept apart from the top-level quotes until the speakers are found.
func (a *analysis) nestedQuotes(q *quote) {
	inner := a.clean[q.inner.Start:q.inner.End]
	pairs, _ := attribution.Pairs(inner)
	for _, np := range pairs {
		np.Open += q.inner.Start
		np.Close += q.inner.Start
		is, ie := np.Inner(a.clean)
		if is >= ie || !attribution.ClauseLike(a.clean[is:ie]) {
			continue
		}
		r := attribution.Read(a.clean, np)
		if r.Form != attribution.Quotative && r.Form != attribution.Chained && r.Form != attribution.Adnominal || r.After > q.inner.End {
			continue
		}
		n := &quote{open: np.Open, close: np.Close, inner: span{Start: is, End: ie}, sent: q.sent, after: r.After, ending: r.Ending,
			form: r.Form, noun: r.Noun, nounEnd: r.NounEnd, outer: q}
		if n.noun != "" {
			n.verb = a.nounVerb(n)
		} else {
			n.verb = a.verbAfter(n.after, q.inner.End)
		}
		a.nested = append(a.nested, n)
	}
}

// headlineSpeaker reports whether the quote opening at open follows only a
// name at the start of its line (선관위 "고발", '갓갓' 문형욱, "…"): one to
// three words without particles, the last a person or an organization, or
// a word that reads as a name.
func (a *analysis) headlineSpeaker(open int, endsLine bool) bool {
	lo := a.lineStart(open)
	if open-lo > 60 {
		return false
	}
	toks := a.headlineWords(open)
	if endsLine && len(toks) >= 2 && len(toks) <= 4 {
		// 미국 백악관 청원 사이트 "…" on a line of its own: a headline's
		// speaker, named or not, when no word has a particle
		for _, t := range toks {
			if t.josa() != "" && a.entityAt(t.start, t.end, "") == nil || t.script != scriptHangul && t.script != scriptLatin {
				return false
			}
		}
		return true
	}
	if len(toks) == 0 || len(toks) > 3 {
		return false
	}
	for _, t := range toks {
		if t.josa() != "" && a.entityAt(t.start, t.end, "") == nil {
			return false
		}
	}
	last := toks[len(toks)-1]
	if e := a.entityAt(last.start, last.end, ""); e != nil {
		return e.Type == TypePerson || e.Type == TypeOrg
	}
	return a.koreanName(last.text) && syllables(last.text) == 3 && a.nameLike(last.text)
}

// headlineWords returns the words of the headline part before the quote
// at open: the words of its line after the last ?, ! or comma (사전투표
// 조작된다? 선관위 "고발": 선관위).
func (a *analysis) headlineWords(open int) []token {
	toks := a.wordsIn(a.lineStart(open), open)
	for k := len(toks) - 1; k > 0; k-- {
		if strings.ContainsAny(toks[k].punctBefore, "?!,") {
			return toks[k:]
		}
	}
	return toks
}

// endsLine reports whether nothing but spaces follows the pair's closing
// mark on its line.
func (a *analysis) endsLine(p attribution.Pair) bool {
	rest := a.clean[p.After(a.clean):]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	return strings.TrimSpace(rest) == ""
}

// answerOrLawText reports whether the quote opening at open is the answer
// of a survey (응답자의 79.4%가 ‘…’고 답했다) or the words of a law (헌법
// 제3조는 “…”고 돼 있다): the clause before it names a share or an
// article of law. Such quotes are not anyone's speech.
func (a *analysis) answerOrLawText(open int) bool {
	lo := a.sents[a.sentenceAt(open)].Start
	if i := sort.Search(len(a.pairs), func(k int) bool { return a.pairs[k].open >= open }); i > 0 {
		lo = max(lo, a.pairs[i-1].close+1) // only the words since the last quote
	}
	toks := a.wordsIn(max(lo, open-120), open)
	if len(toks) > 4 {
		toks = toks[len(toks)-4:]
	}
	for _, t := range toks {
		if strings.Contains(t.punctBefore, "%") || strings.HasPrefix(t.stem(), "응답자") || t.stem() == "설문" || t.stem() == "헌법" ||
			t.stem() == "조항" || t.stem() == "조문" || lawArticle(t.stem()) {
			return true
		}
	}
	return false
}

// lawArticle reports whether w names an article of law: 제3조, 제66조, 2항,
// 제9조의2.
func lawArticle(w string) bool {
	w = strings.TrimPrefix(w, "제")
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	rest := w[i:]
	if r, ok := strings.CutPrefix(rest, "조의"); ok && r != "" && strings.Trim(r, "0123456789") == "" {
		rest = "조" // 제9조의2: an article inserted after 제9조
	}
	return i > 0 && (rest == "조" || rest == "항")
}

// lightVerbs make a verb of a noun of speech: “…”는 발언을 했다.
var lightVerbs = setOf("했다", "하였다", "한", "해", "했고", "했으며", "하며", "하면서", "했지만", "해왔다", "했습니다",
	"하기도", "했다고", "하였고", "하였으며", "하고", "하는", "했던", "하였습니다", "해서", "해도")

// nounVerb returns the verb of an adnominal quote: the noun with its light
// verb (발언을 했다), or the first reporting verb after the noun (“…”라는
// 입장을 밝혔다).
func (a *analysis) nounVerb(q *quote) string {
	next, nextEnd := attribution.NextWord(a.clean, q.nounEnd)
	if lightVerb(next) || a.supportVerb(q.noun, next) {
		return q.noun + " " + next // 발언을 했다, 반응을 보였다, 지적이 나왔고
	}
	if a.clean[q.nounEnd:min(len(a.clean), q.nounEnd+1)] == " " && a.verbAfterNoun(next, nextEnd) {
		return next // “…”는 수상소감을 남겨, “…” 안내를 낸 후
	}
	end := a.sentEnd(q.sent)
	if q.outer != nil {
		end = q.outer.inner.End
	}
	if v := a.verbAfter(q.nounEnd, end); v != "" {
		return v
	}
	return q.noun
}

// supportVerb reports whether the word next after the noun of speech noun
// makes one predicate with it, the noun its subject: a view that came out
// (지적이 나왔고, 비판이 이어졌다).
func (a *analysis) supportVerb(noun, next string) bool {
	_, josa := a.x.lex.StripJosa(noun)
	return (josa == "이" || josa == "가" || josa == "도") && hasAnyPrefix(next, []string{"나왔", "나오", "나온", "이어졌", "잇따랐", "쏟아졌"})
}

// verbAfterNoun reports whether the word w right after a noun of speech
// is the verb that takes it, in a form that predicate does not know: a
// connective in 아/어 (남겨, 씌워, 내놔) or a modifier before 후/뒤 (낸 후).
func (a *analysis) verbAfterNoun(w string, end int) bool {
	if !hangul.IsWord(w) || a.x.lex.IsCommonNoun(w) {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(w); syllables(w) >= 2 && connectiveVowel(r) {
		return true
	}
	if modifierEnding(w) || syllables(w) == 1 && hangul.EndsIn(w, hangul.FinalNieun) {
		n, _ := attribution.NextWord(a.clean, end)
		return n == "후" || n == "뒤" || n == "후에" || n == "뒤에" || n == "직후"
	}
	return false
}

// connectiveVowel reports whether syllable r ends a verb in the connective
// 아/어 (남겨, 씌워, 내놔, 보내): no final consonant, and the vowel ㅏ, ㅐ,
// ㅓ, ㅕ, ㅘ or ㅝ.
func connectiveVowel(r rune) bool {
	if f, ok := hangul.FinalOf(r); !ok || f != hangul.NoFinal {
		return false
	}
	switch v, _ := hangul.VowelOf(r); v {
	case hangul.VowelA, hangul.VowelAe, hangul.VowelEo, hangul.VowelYeo, hangul.VowelWa, hangul.VowelWo:
		return true
	}
	return false
}

// onlyLinkBetween reports whether nothing but spaces (and a subject, as in
// “…”라며 그는 “…”) separates two quotes of a chain.
func (a *analysis) onlyLinkBetween(q, next *quote) bool {
	between := strings.TrimSpace(a.clean[q.after:next.open])
	return utf8.RuneCountInString(between) <= 12 && !strings.ContainsAny(between, ".!?")
}

func (a *analysis) sentEnd(i int) int {
	if i < 0 || i >= len(a.sents) {
		return len(a.clean)
	}
	return a.sents[i].End
}

// verbAfter returns the verb that reports the quote, in clean[from:to]
// outside quotes, as written: the first predicate after the quotative
// ending (“…”며 반발하고 나섰다, “…”고 신고했고), a listed reporting verb of
// one or two words (말하기도 했다), a noun of speech with its light verb
// (평가를 하였다, 판결을 내렸다), or a modifier form that reports (“…”라고
// 말한 뒤). Objects, adverbs and modifiers of nouns (불편한 시각을) are
// passed over.
func (a *analysis) verbAfter(from, to int) string {
	if to-from > maxClauseBytes {
		to = from + maxClauseBytes
		for to > from && !utf8.RuneStart(a.clean[to]) {
			to--
		}
	}
	if from >= to {
		return ""
	}
	toks := a.wordsIn(from, to)
	for i, t := range toks {
		if strings.ContainsAny(t.punctBefore, "“\"「«") && a.quoteOpensBetween(wordsEnd(toks, i, from), t.start) {
			break // the next quote starts; its verb is not ours
		}
		if i+1 < len(toks) && toks[i+1].punctBefore == "" {
			if kind, ok := a.x.lex.Verb(t.text + " " + toks[i+1].text); ok && reportingKind(kind) {
				return t.text + " " + toks[i+1].text
			}
		}
		if kind, ok := a.x.lex.Verb(t.text); ok && reportingKind(kind) {
			return a.withObject(toks, i)
		}
		if quotativeSuffix(t.text) != "" && !strings.HasSuffix(t.text, "며") {
			continue // …며 …있다고 알려왔다: an indirect clause, its verb follows
		}
		if strings.HasSuffix(t.text, "기도") && i+1 < len(toks) && toks[i+1].punctBefore == "" && formOfHada(toks[i+1].text) {
			return t.text + " " + toks[i+1].text // 밝히기도 하였다, 주장하기도 한다
		}
		if i == 0 && t.punctBefore == "" && strings.HasSuffix(strings.TrimRight(a.clean[:from], " "), "고") && a.verbModifierForm(t.text) {
			return a.withObject(toks, i) // “…”고 시작하는 이 칼럼은, “…”고 본 위원
		}
		if a.predicate(toks, i) {
			if v := a.reportAhead(toks, i); v != "" {
				return v // “…”면서 복구에 집중하고 있다고 말했다: both are what he said
			}
			if i > 0 && t.punctBefore == "" && auxiliaryAfter(toks[i-1].text, t.text) {
				return toks[i-1].text + " " + t.text // 숨기지 않았다, 주장하게 되었다
			}
			if k := modifiedBy(toks, i); k >= 0 {
				return toks[k].text // 방안을 내놓은 것이다, 내비쳤기 때문이었다
			}
			return a.withObject(toks, i)
		}
	}
	return ""
}

// quoteOpensBetween reports whether a pair of marks that is speech, or
// holds more than a few words, opens in clean[lo:hi]. A term in marks
// (“…”라면서 “재팬 패싱”의 재림이 될 수 있다고 했다) is a word of the clause,
// and the verb after it is still the quote's; a closing mark is not looked
// at.
func (a *analysis) quoteOpensBetween(lo, hi int) bool {
	i := sort.Search(len(a.quotes), func(k int) bool { return a.quotes[k].open >= lo })
	if i < len(a.quotes) && a.quotes[i].open < hi {
		return true
	}
	k := sort.Search(len(a.pairs), func(k int) bool { return a.pairs[k].open >= lo })
	if k >= len(a.pairs) || a.pairs[k].open >= hi {
		return false
	}
	p := a.pairs[k]
	_, size := utf8.DecodeRuneInString(a.clean[p.open:])
	if p.implied || p.open+size > p.close {
		return true
	}
	inner := a.clean[p.open+size : p.close]
	return utf8.RuneCountInString(inner) > maxTermRunes || strings.Count(inner, " ") >= 2 || attribution.ClauseLike(inner)
}

// maxTermRunes bounds a term in marks that a reporting clause may hold.
const maxTermRunes = 24

// wordsEnd returns the end of the word before word i, or from for the
// first.
func wordsEnd(toks []token, i, from int) int {
	if i == 0 {
		return from
	}
	return toks[i-1].end
}

// boundPredicates end a sentence on a bound noun and the copula: the
// verb before them, in the form that modifies the noun, carries the report
// (“…”고 방안을 내놓은 것이다, “…”라며 가능성을 내비쳤기 때문이었다).
var boundPredicates = setOf("것이다", "것이었다", "것입니다", "셈이다", "때문이다", "때문이었다", "때문입니다")

// modifiedBy returns the index of the verb that the predicate at word i
// only completes: the modifier before a bound noun and the copula
// (내놓은 것이다), the 기 form before 때문이다 (내비쳤기 때문이었다), or the
// modifier of a noun whose existence the sentence states (“…”라며
// 독과점을 걱정하는 사람도 있었다); -1 when there is none.
func modifiedBy(toks []token, i int) int {
	w := toks[i].text
	switch {
	case boundPredicates[w]:
		k := i - 1
		if k >= 0 && toks[i].punctBefore == "" && hangul.IsWord(toks[k].text) && syllables(toks[k].text) >= 2 &&
			(strings.HasPrefix(w, "때문") && strings.HasSuffix(toks[k].text, "기") || !strings.HasPrefix(w, "때문") && modifierEnding(toks[k].text)) {
			return k
		}
	case w == "있다" || w == "있었다":
		if i >= 2 && toks[i].punctBefore == "" && toks[i-1].punctBefore == "" && toks[i-1].josa() == "도" &&
			hangul.IsWord(toks[i-2].text) && syllables(toks[i-2].text) >= 2 && strings.HasSuffix(toks[i-2].text, "는") {
			return i - 2
		}
	}
	return -1
}

// withObject returns the verb at word i, with the noun before it when the
// verb is a light verb that makes a verb of it (발언을 했다, 판결을 내렸다,
// 반응을 보였다).
func (a *analysis) withObject(toks []token, i int) string {
	t := toks[i]
	if i > 0 && (toks[i-1].josa() == "을" || toks[i-1].josa() == "를") && t.punctBefore == "" && lightVerb(t.text) {
		if strings.HasPrefix(t.text, "보") && !attribution.SpeechNoun(toks[i-1].text) {
			return t.text // 물러서는 자세를 보였다: an attitude shown, not words
		}
		return toks[i-1].text + " " + t.text
	}
	return t.text
}

// verbModifierForm reports whether w is a verb in the form that modifies
// the noun after it (시작하는, 인정한, 본): right after the quotative 고 it
// is the verb of the report (“…”고 인정한 감사원 고위 인사). After 며 the
// words open a clause of their own (“…”며 불편한 심기를 숨기지 않았다).
func (a *analysis) verbModifierForm(w string) bool {
	if w == "한" || w == "본" {
		return true
	}
	if w == "하는" || !hangul.IsWord(w) || syllables(w) < 2 || a.x.lex.IsCommonNoun(w) {
		// (“…”라고 하는 데 이어: 라고 하는 links the quote to what follows)
		return false
	}
	for _, e := range []string{"는", "던", "한", "된", "힌", "린", "낸", "본"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// reportedBy reports whether the sentence of the mark at off gives the
// source of what follows before it (X에 따르면, X에 의하면): words quoted
// after it are the source's.
func (a *analysis) reportedBy(off int) bool {
	si := a.sentenceAt(off)
	if si < 0 || si >= len(a.sents) {
		return false
	}
	before := a.clean[a.sents[si].Start:off]
	return strings.Contains(before, "에 따르면") || strings.Contains(before, "에 의하면")
}

// sayingWord reports whether the one quoted word ends like a sentence
// (“인과응보다”, “왜요?”): a saying, listed before others, not a term.
func sayingWord(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return utf8.RuneCountInString(w) >= 3 && (r == '다' || r == '요' || r == '?' || r == '!')
}

// reportAhead returns the reporting verb of an indirect report that
// follows the connective predicate at word i in the same clause (“…”면서
// 복구에 집중하고 있다고 말했다): the quote and the reported clause are said
// together, and the verb of both is the one that reports them. It returns
// "" when word i ends its sentence or no such report follows.
func (a *analysis) reportAhead(toks []token, i int) string {
	w := toks[i].text
	if strings.HasSuffix(w, "다") || !hasAnySuffix(w, "고", "며", "면서", "여", "서") {
		return ""
	}
	for k := i; k+1 < len(toks) && k < i+6; k++ {
		if strings.ContainsAny(toks[k+1].punctBefore, "“\"「«.") {
			return ""
		}
		if quotativeSuffix(toks[k].text) == "" || strings.HasSuffix(toks[k].text, "며") {
			continue
		}
		if kind, ok := a.x.lex.Verb(toks[k+1].text); ok && kind == "speech" {
			return toks[k+1].text
		}
		return ""
	}
	return ""
}

// hasAnySuffix reports whether w ends with one of the suffixes.
func hasAnySuffix(w string, suffixes ...string) bool {
	for _, e := range suffixes {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// auxiliaryAfter reports whether w is an auxiliary verb that takes the verb
// before it in the form prev has: V-지 않다/못하다 (숨기지 않았다) and V-게
// 되다 (주장하게 되었다). The verb of the report is then prev, with w.
func auxiliaryAfter(prev, w string) bool {
	if !hangul.IsWord(prev) || syllables(prev) < 2 {
		return false
	}
	switch {
	case strings.HasSuffix(prev, "지"):
		return hasAnyPrefix(w, []string{"않", "못했", "못하"})
	case strings.HasSuffix(prev, "고") && strings.HasPrefix(prev, "하"):
		return strings.HasPrefix(w, "있") // 하고 있다, 하고 있지만: 하고 is no quotative here
	case strings.HasSuffix(prev, "게"):
		return hasAnyPrefix(w, []string{"되었", "됐", "된다", "되고", "되며"})
	}
	return false
}

// formOfHada reports whether w is a form of the verb 하다 (한다, 했다,
// 하였다, 합니다, 하고).
func formOfHada(w string) bool {
	return hasAnyPrefix(w, []string{"하", "한", "했", "합", "할", "해"})
}

// lightVerb reports whether w is a form of 하다, 내리다 or 보이다, verbs that
// make a verb of the noun before them.
func lightVerb(w string) bool {
	if lightVerbs[w] {
		return true
	}
	for _, p := range []string{"하였", "했", "내렸", "내린", "보였", "보인"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// predicate reports whether word i is a verb that closes a report: a final
// or connective verb form (했다, 하였으며, 반발하고, 반대해, 신고했고,
// 구제신청을 하자), not a noun with its particle (해경은, 이러한 주장을) and
// not a modifier of a noun unless a report goes on after it (말한 뒤, 역제안을
// 한 바, 말을 한 것으로).
func (a *analysis) predicate(toks []token, i int) bool {
	t := toks[i]
	w := t.text
	if !hangul.IsWord(w) || syllables(w) < 2 && w != "해" && w != "한" {
		return false
	}
	if strings.HasSuffix(w, "지만") && syllables(w) >= 3 && !a.x.lex.IsCommonNoun(strings.TrimSuffix(w, "만")) {
		return true // 했지만: 만 ends a connective here, not a noun (이미지만)
	}
	if caseJosa[t.josa()] {
		return false
	}
	if modifierEnding(w) || w == "한" {
		if i+1 < len(toks) {
			switch toks[i+1].stem() {
			case "것", "바", "뒤", "후", "데", "가운데", "적", "다음", "직후":
				return true
			}
		}
		return false
	}
	for _, e := range []string{"다", "며", "면서", "고", "서", "해", "여", "하자", "지만", "는데", "으나", "니까", "도록"} {
		if strings.HasSuffix(w, e) {
			return !a.x.lex.IsCommonNoun(w)
		}
	}
	return false
}

// caseJosa are particles of case: a word that ends in one is a noun phrase,
// not a verb.
var caseJosa = setOf("은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "로", "으로", "와", "과", "도", "만", "까지",
	"부터", "에는", "에서는", "으로는", "로는", "처럼", "보다", "이나", "나", "께", "한테", "에도", "이라도", "마저", "조차")

// reportingKind reports whether a verbs.tsv kind introduces a quotation
// (not hearsay such as 알려졌다 or 따르면).
func reportingKind(kind string) bool {
	return kind != "hearsay" && kind != "according"
}

// inQuote reports whether clean offset off lies inside a quotation found by
// findQuotePairs (speech or not).
func inQuote(pairs []markPair, off int) bool {
	i := sort.Search(len(pairs), func(k int) bool { return pairs[k].open > off }) - 1
	return i >= 0 && off <= pairs[i].close
}

// speechVerbAt reports whether the word at off is a verb of speech
// (말했다, 답했다, 일축했다): words quoted before it with a quotative ending
// were said, however short.
func (a *analysis) speechVerbAt(off int) bool {
	toks := a.wordsIn(off, min(len(a.clean), off+60))
	if len(toks) == 0 || toks[0].punctBefore != "" {
		return false
	}
	form := a.reportVerbAt(toks, 0)
	kind, _ := a.x.lex.Verb(form)
	return form != "" && kind == "speech"
}
