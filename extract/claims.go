package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/extract/sentence"
)

// claim is an attributed claim while the stages run.
type claim struct {
	content span
	source  *speakerRef
	cue     string
	kind    string
	sent    int
}

// Claim kinds.
const (
	claimReported  = "reported"  // X는 …다고 분석했다
	claimAccording = "according" // X에 따르면 …
	claimHearsay   = "hearsay"   // …것으로 알려졌다 (no source named)
	claimOpinion   = "opinion"   // 일각에서는 … 견해도 있다
)

// quotativeClause are the endings of an indirect quotation (…다고, …라고).
var quotativeClause = []string{"다고", "라고", "냐고", "자고", "다며", "라며"}

// hearsayVerbs follow …것으로 or …으로 when the text names no source.
var hearsayVerbs = setOf("알려졌다", "전해졌다", "관측된다", "예상된다", "해석된다", "보인다", "풀이된다",
	"분석된다", "추정된다", "전망된다", "파악됐다", "알려졌으며", "전해졌으며", "예상되며", "관측되며",
	"알려진다", "전해진다", "점쳐진다", "예측된다", "평가된다", "확인됐다", "나타났다", "예상돼", "알려져")

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
}

// quoteWithin reports whether a quotation mark pair opens in [lo, hi).
func (a *analysis) quoteWithin(pairs []markPair, lo, hi int) bool {
	i := sort.Search(len(pairs), func(k int) bool { return pairs[k].open >= lo })
	return i < len(pairs) && pairs[i].open < hi
}

// claimsIn finds the claims of one sentence from its words outside quotes.
func (a *analysis) claimsIn(si int, toks []token) {
	for i, t := range toks {
		switch {
		case t.text == "따르면" || t.text == "의하면" || t.stem == "따르면":
			if i == 0 {
				continue
			}
			src := a.accordingSource(toks[:i])
			if i+1 >= len(toks) {
				continue
			}
			content := a.trimFinal(span{toks[i+1].start, a.sents[si].End})
			a.claims = append(a.claims, &claim{content: content, source: src, cue: t.text, kind: claimAccording, sent: si})
		case i > 0 && strings.HasSuffix(toks[i-1].text, "로") && hearsayVerbs[t.text]: // 것으로 알려졌다
			if a.hasClaimAt(si, toks[i-1].start) {
				continue
			}
			start := a.afterConnective(toks)
			a.claims = append(a.claims, &claim{content: span{start, t.end}, cue: t.text, kind: claimHearsay, sent: si})
		case i+1 < len(toks) && isExistVerb(toks[i+1].text) && opinionNouns[t.stem]:
			g := a.groupPlace(toks[:i])
			if g < 0 {
				continue
			}
			start := toks[g+1].start
			end := toks[i-1].end
			content := span{start, end}
			src := &speakerRef{name: toks[g].stem, mention: span{toks[g].start, toks[g].stemEnd}, resolved: "group"}
			a.claims = append(a.claims, &claim{content: content, source: src, cue: t.stem, kind: claimOpinion, sent: si})
		default:
			q := quotativeSuffix(t.text)
			if q == "" || i+1 >= len(toks) || strings.ContainsAny(t.punctBefore, "”\"」’'") || a.hasClaimAt(si, t.start) {
				continue
			}
			verb := a.reportVerbAt(toks, i+1)
			if verb == "" {
				continue
			}
			subj := a.subjectIndex(toks[:i])
			start := a.afterConnective(toks)
			if subj >= 0 {
				start = toks[subj+1].start
			}
			// keep the clause's own ending: 있다고 → 있다, 흐름이라고 → 흐름이라
			_, last := utf8.DecodeLastRuneInString(t.text)
			content := span{start, t.end - last}
			if content.empty() {
				continue
			}
			var src *speakerRef
			if subj >= 0 {
				src = a.subjectIn(toks[max(0, subj-4)].start, toks[subj].end, a.subjectMentions())
			}
			a.claims = append(a.claims, &claim{content: content, source: src, cue: verb, kind: claimReported, sent: si})
		}
	}
}

// hasClaimAt reports whether a claim of sentence si already covers off.
func (a *analysis) hasClaimAt(si, off int) bool {
	// claims are added sentence by sentence: only the last ones can match
	for i := len(a.claims) - 1; i >= 0 && a.claims[i].sent == si; i-- {
		if c := a.claims[i]; c.content.start <= off && off < c.content.end {
			return true
		}
	}
	return false
}

// trimFinal drops the sentence's final punctuation from a span.
func (a *analysis) trimFinal(sp span) span {
	for sp.end > sp.start && strings.ContainsRune(".!? ", rune(a.clean[sp.end-1])) {
		sp.end--
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

var connectives = setOf("하지만", "그러나", "다만", "한편", "또", "또한", "특히", "이어", "반면", "게다가", "그러면서", "아울러", "따라서", "결국")

// isExistVerb reports whether w says a view exists or is voiced: 있다,
// 나온다, 제기된다, 많다.
func isExistVerb(w string) bool {
	switch strings.TrimRight(w, ".") {
	case "있다", "나온다", "나오고", "제기된다", "제기되고", "많다", "적지", "있어", "있으며", "나왔다", "커지고", "높다":
		return true
	}
	return false
}

// groupPlace returns the index of a word like 일각에서는 or 업계에선 that
// introduces an unnamed group's view, or -1.
func (a *analysis) groupPlace(toks []token) int {
	for i, t := range toks {
		if !groupPlaces[t.stem] {
			continue
		}
		switch t.josa {
		case "에서는", "에선", "에서도", "에서", "은", "는":
			return i
		}
	}
	return -1
}

// quotativeSuffix returns the indirect-quotation ending of w (…있다고 →
// 다고), or "".
func quotativeSuffix(w string) string {
	if !strings.HasSuffix(w, "고") && !strings.HasSuffix(w, "며") {
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
	for n := 3; n >= 1; n-- {
		if i+n > len(toks) {
			continue
		}
		words := make([]string, n)
		for k := 0; k < n; k++ {
			words[k] = toks[i+k].text
		}
		form := strings.Join(words, " ")
		if kind, ok := a.x.lex.Verb(form); ok && kind != "hearsay" && kind != "according" {
			return form
		}
	}
	return ""
}

// subjectIndex returns the index of the clause's subject among toks: the
// first word marked 은/는 (or 께서) that names an entity, a person through
// their title (조 사이 회장은), a pronoun or a group; -1 if none.
func (a *analysis) subjectIndex(toks []token) int {
	for i, t := range toks {
		if t.josa != "은" && t.josa != "는" && t.josa != "께서" {
			continue
		}
		if a.entityAt(t.start, t.stemEnd, "") != nil || a.personTitled(toks, i) != nil || pronouns[t.stem] || a.isGroup(t.stem) {
			return i
		}
	}
	return -1
}

// personTitled returns the person named right before the title at word i
// (조 사이 회장은, 트럼프 전 대통령은), or nil.
func (a *analysis) personTitled(toks []token, i int) *entity {
	ti, n, ok := a.titleAt(toks, i)
	if !ok || !personTitle(ti) {
		return nil
	}
	for k := i - n; k >= 0 && k >= i-n-3; k-- {
		if e := a.entityAt(toks[k].start, toks[k].stemEnd, TypePerson); e != nil {
			return e
		}
		if toks[k].josa != "" {
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
		if toks[i].punctBefore == "," || strings.ContainsAny(toks[i].punctBefore, ".") {
			start = i
			break
		}
	}
	for i := start; i < len(toks); i++ {
		t := toks[i]
		if e := a.entityAt(t.start, t.stemEnd, ""); e != nil && (e.typ == TypeOrg || e.typ == TypePerson) {
			return &speakerRef{ent: e, mention: a.mentionOf(e, t.start, t.stemEnd), resolved: "according"}
		}
	}
	last := toks[len(toks)-1]
	if last.josa == "에" {
		return &speakerRef{name: last.stem, mention: span{last.start, last.stemEnd}, resolved: "according"}
	}
	return nil
}
