package extract

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// backReferringAdverbs point back at the words just quoted, in the sentence
// that reports them after the quote has ended its own: “…습니다.” 김 장관은
// 이날 기자회견에서 이같이 밝혔다. 이와 같이 is two words (이와 + 같이).
var backReferringAdverbs = setOf("이같이", "이와같이", "이처럼", "이렇게")

// forwardToo are the adverbs of backReferringAdverbs that point forward as
// often (그는 이렇게 말했다. “…”): they report the quote before them only
// when no quote follows.
var forwardToo = setOf("이렇게", "이처럼")

// maxQuoteSentences bounds the quoted sentences, one after another, that
// one report after them may cover (“…” “…” 그는 이같이 말했다).
const maxQuoteSentences = 3

// backReport is a sentence that reports the quotes before it.
type backReport struct {
	sent   int    // the reporting sentence
	adverb int    // offset of the adverb; the speaker is named before it
	verb   string // the reporting verb as written
}

// reportAfter returns the sentence after quote q that reports it with an
// adverb pointing back (“…” 김 장관은 이날 이같이 밝혔다; “…”[7] 이와 같이
// 밝히고 있다): q has no quotative ending and ends its sentence, only
// quoted sentences stand between it and the report, which opens its
// paragraph or the next one, and the adverb is followed by a reporting
// verb.
func (a *analysis) reportAfter(q *quote) (backReport, bool) {
	if end := a.sentEnd(q.sent); q.ending != "" || q.colon || q.noun != "" || q.outer != nil || q.after > end || !onlyClosers(a.clean[q.after:end]) {
		return backReport{}, false
	}
	for s := q.sent + 1; s < len(a.sents) && s <= q.sent+maxQuoteSentences; s++ {
		ns := a.sents[s]
		if a.paragraphsBetween(a.sents[s-1].End, ns.Start) > 1 {
			return backReport{}, false
		}
		if a.quoteSentence(s) {
			continue // “…” “…” 그는 이같이 말했다: the report covers both
		}
		r, ok := a.backReportIn(s)
		return r, ok
	}
	return backReport{}, false
}

// backReportIn reads sentence s as a report of the words before it: an
// adverb of backReferringAdverbs followed by a reporting verb.
func (a *analysis) backReportIn(s int) (backReport, bool) {
	ns := a.sents[s]
	toks := a.wordsIn(ns.Start, min(ns.End, ns.Start+maxClauseBytes))
	for k, t := range toks {
		adverb := t
		switch {
		case backReferringAdverbs[t.text]:
		case t.text == "이와" && k+1 < len(toks) && toks[k+1].text == "같이" && toks[k+1].punctBefore == "":
			k++
		default:
			continue
		}
		if strings.ContainsAny(adverb.punctBefore, "“\"‘'「『«(") {
			return backReport{}, false // the adverb in brackets or in a quote: another clause
		}
		v := a.reportVerbAt(toks, k+1)
		if v == "" && !forwardToo[adverb.text] && k+1 < len(toks) {
			// 이같이 and 이와 같이 point back at words: the predicate after
			// them reports them (이와 같이 밝히고 있다)
			v = a.verbAfter(toks[k+1].start, ns.End)
		}
		if v == "" {
			return backReport{}, false
		}
		if forwardToo[adverb.text] && s+1 < len(a.sents) && a.quoteSentence(s+1) {
			return backReport{}, false // 그는 이렇게 말했다. “…”: the words that follow
		}
		return backReport{sent: s, adverb: adverb.start, verb: v}, true
	}
	return backReport{}, false
}

// quoteSentence reports whether sentence s is a quotation and nothing
// else: it opens with a quote that ends it.
func (a *analysis) quoteSentence(s int) bool {
	ns := a.sents[s]
	i := sort.Search(len(a.quotes), func(k int) bool { return a.quotes[k].open >= ns.Start })
	if i >= len(a.quotes) || a.quotes[i].open >= ns.End || strings.TrimSpace(a.clean[ns.Start:a.quotes[i].open]) != "" {
		return false
	}
	q := a.quotes[i]
	return q.ending == "" && q.after <= ns.End && onlyClosers(a.clean[q.after:ns.End])
}

// onlyClosers reports whether s holds nothing but what may close a
// sentence after a quote: spaces, final punctuation, closing brackets
// and marks, and footnote references ([7]).
func onlyClosers(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '[':
			j := i + 1
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j == i+1 || j >= len(s) || s[j] != ']' {
				return false
			}
			i = j + 1
			continue
		case strings.ContainsRune(" \t\n.!?…)]”’\"'」』»", r):
		default:
			return false
		}
		i += size
	}
	return true
}

// backReporter is the speaker of quote q named in the sentence that
// reports it after it (q.back, found by assignVerbs): the subject before
// the adverb.
func (a *analysis) backReporter(q *quote, antecedents []mention) *speakerRef {
	if q.back == nil {
		return nil
	}
	sp := a.subjectIn(a.sents[q.back.sent].Start, q.back.adverb, antecedents)
	if sp != nil && sp.resolved == "subject" {
		sp.resolved = "next-sentence"
	}
	return sp
}
