package extract

import "sort"

// ownedSpeech are the nouns of one act of speech that someone gives: a
// sentence that speaks of the speech (해당 발언은, 강론의 말미에 나온 “…”)
// refers to the one whose speech an earlier sentence named.
var ownedSpeech = setOf("발언", "강론", "설교", "연설", "강연", "담화", "회견", "기자회견", "인터뷰", "축사", "성명", "성명서")

// ownerLookback is how many sentences before a quote the act of speech it
// belongs to may be named; ownerWords bounds the words read of each of them
// (the last ones), and ownerReach the bytes read around the quote, so that
// the sieve costs the same in a sentence of a megabyte.
const (
	ownerLookback = 3
	ownerWords    = 120
	ownerReach    = 300
)

// earlierSpeechOwner returns the speaker of a quote whose sentence speaks of
// an act of speech (“…”는 것이 강론의 주요 내용이었다, “…”라는 발언이
// 문제가 됐다) that a sentence shortly before gave to someone (박 신부가
// 강론에서 한 … 발언을 문제삼고 있다): the person or body named just before
// that noun. It comes before the sieves that carry the previous speaker or
// sentence subject on, since the noun says whose words they are; nil when
// the sentence names no such act or no owner is found.
func (a *analysis) earlierSpeechOwner(q *quote) *speakerRef {
	if !a.speaksOfSpeech(q) {
		return nil
	}
	for s := q.sent - 1; s >= 0 && s >= q.sent-ownerLookback; s-- {
		toks := a.sentenceWords(s)
		for k := len(toks) - 1; k > 0 && k >= len(toks)-ownerWords; k-- {
			if !ownedSpeech[toks[k].stem()] || a.quotedAt(toks[k].start) {
				continue
			}
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				if a.quotedAt(toks[j].start) {
					break
				}
				if ref := a.namedAt(toks, j); ref != nil {
					ref.resolved = "owner"
					return ref
				}
			}
		}
	}
	return nil
}

// speaksOfSpeech reports whether the words of q's sentence near it and
// outside its quotes name an act of speech.
func (a *analysis) speaksOfSpeech(q *quote) bool {
	s := a.sents[q.sent]
	near := append(a.wordsIn(max(s.Start, q.open-ownerReach), q.open), a.wordsIn(q.after, min(s.End, q.after+ownerReach))...)
	for _, t := range near {
		if ownedSpeech[t.stem()] && !a.quotedAt(t.start) {
			return true
		}
	}
	return false
}

// quotedAt reports whether offset off lies inside a quote's marks (the
// quotes are in text order and do not overlap).
func (a *analysis) quotedAt(off int) bool {
	i := sort.Search(len(a.quotes), func(i int) bool { return a.quotes[i].open > off }) - 1
	return i >= 0 && off < a.quotes[i].close
}
