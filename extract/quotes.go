package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"
	"github.com/kextract/kextract/normalize"
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
	speaker *speakerRef
}

// markPair is a pair of quotation marks found in a paragraph.
type markPair struct {
	open, close int // byte offsets of the marks
	double      bool
}

// findQuotePairs pairs quotation marks paragraph by paragraph. A mark that
// does not close within its paragraph is reported and dropped, so it never
// swallows the rest of the article. Only top-level pairs are returned;
// quotes inside quotes belong to the outer quote.
func (a *analysis) findQuotePairs() []markPair {
	var out []markPair
	s := a.clean
	type open struct {
		pos  int
		mark rune
		qm   normalize.QuoteMark
	}
	var stack []open
	// opened counts the marks of each kind on the stack, so that a closing
	// mark with no opener is rejected without scanning the stack (which
	// would make a run of unmatched closers quadratic)
	opened := map[rune]int{}
	flush := func() {
		for _, o := range stack {
			a.warn("unclosed-quote", "quotation mark "+string(o.mark)+" does not close in its paragraph; the quote is not emitted", o.pos)
		}
		stack = stack[:0]
		clear(opened)
	}
	pop := func(k int) {
		for _, o := range stack[k:] {
			opened[o.mark]--
		}
		stack = stack[:k]
	}
	for i := 0; i < len(s); {
		if hangul.LetterBlockAt(s, i) {
			i += 3 // a letter, no quotation mark
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '\n' {
			flush()
			i += size
			continue
		}
		qm := normalize.Quote(r)
		switch qm.Class {
		case normalize.QuoteOpen:
			stack = append(stack, open{i, r, qm})
			opened[r]++
		case normalize.QuoteClose:
			// close the nearest matching opener, if there is one
			if opened[qm.Pair] == 0 {
				break
			}
			for k := len(stack) - 1; k >= 0; k-- {
				if stack[k].mark == qm.Pair {
					if k == 0 {
						out = append(out, markPair{stack[k].pos, i, qm.Double})
					}
					pop(k)
					break
				}
			}
		case normalize.QuoteEither:
			if r == '\'' && apostrophe(s, i) {
				break
			}
			if opened[r] == 0 {
				stack = append(stack, open{i, r, qm})
				opened[r]++
				break
			}
			for k := len(stack) - 1; k >= 0; k-- {
				if stack[k].mark == r {
					if k == 0 {
						out = append(out, markPair{stack[k].pos, i, qm.Double})
					}
					pop(k)
					break
				}
			}
		}
		i += size
	}
	flush()
	return out
}

// apostrophe reports whether the ' at i sits between two letters of a Latin
// word (don't, Moody's) and so is not a quotation mark.
func apostrophe(s string, i int) bool {
	if i == 0 || i+1 >= len(s) {
		return false
	}
	isLatin := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	return isLatin(s[i-1]) && isLatin(s[i+1])
}

// quotativeEndings follow a direct quotation in Korean reported speech,
// longest first. chained endings continue with another quote or clause.
var quotativeEndings = []struct {
	form    string
	chained bool
}{
	{"이라고", false}, {"라고", false}, {"이라며", true}, {"라며", true}, {"이라면서", true}, {"라면서", true},
	{"하고", false}, {"하며", true}, {"고", false}, {"며", true}, {"면서", true},
}

// findQuotes finds direct quotations that are speech: a quotation mark pair
// followed by a quotative ending (“…”라고 말했다, “…”라며) or introduced by
// a colon (김 대표: “…”). Terms and scare quotes (‘과잉 공급 상황’,
// “스타게이트”를) are not speech.
func (a *analysis) findQuotes() {
	a.pairs = a.findQuotePairs()
	for _, p := range a.pairs {
		if a.boilerplateAt(p.open) {
			continue
		}
		_, osz := utf8.DecodeRuneInString(a.clean[p.open:])
		inner := span{p.open + osz, p.close}
		inner = trimSpan(a.clean, inner)
		if inner.empty() {
			continue
		}
		_, csz := utf8.DecodeRuneInString(a.clean[p.close:])
		rest := a.clean[p.close+csz:]
		q := &quote{open: p.open, close: p.close, inner: inner, sent: a.sentenceAt(p.open)}
		for _, e := range quotativeEndings {
			if strings.HasPrefix(rest, e.form) && endsWord(rest[len(e.form):]) {
				q.ending, q.chained = e.form, e.chained
				q.after = p.close + csz + len(e.form)
				break
			}
		}
		if q.ending == "" {
			if !a.colonBefore(p.open) {
				continue
			}
			q.colon = true
			q.after = p.close + csz
		}
		if !p.double && !q.colon && !a.clauseLike(inner) {
			continue
		}
		if !q.colon && a.namingAfter(q.after) {
			continue // “내셔널메모리얼파크”라고 하는 …: a name, not speech
		}
		a.quotes = append(a.quotes, q)
	}
	a.assignVerbs()
}

// namingVerbs follow a quotative when the quotation is a name or term
// (“…”라고 하는 공원, “…”라고 불리는, “…”라고 부른다).
var namingVerbs = setOf("하는", "한", "하던", "불리는", "불린", "불린다", "불리며", "부르는", "부른다", "부르며",
	"일컫는", "일컫는다", "명명했다", "명명한", "이름붙인", "표현했다", "표현하는", "표현한", "칭했다", "칭하는")

// namingAfter reports whether the word after a quotative ending at off is
// a naming verb.
func (a *analysis) namingAfter(off int) bool {
	end := min(len(a.clean), off+40)
	for end > off && end < len(a.clean) && !utf8.RuneStart(a.clean[end]) {
		end--
	}
	toks := a.tokenize(off, end)
	return len(toks) > 0 && toks[0].punctBefore == "" && namingVerbs[toks[0].text]
}

// endsWord reports whether s starts at a word boundary.
func endsWord(s string) bool {
	if s == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	return !isWordRune(r)
}

// colonBefore reports whether the quote at open is introduced by a colon
// (김 대표: “…”).
func (a *analysis) colonBefore(open int) bool {
	s := strings.TrimRight(a.clean[max(0, open-8):open], " ")
	return strings.HasSuffix(s, ":")
}

// clauseLike reports whether quoted words read as a clause (they end with a
// verb ending or sentence punctuation) rather than a term.
func (a *analysis) clauseLike(sp span) bool {
	s := strings.TrimRight(a.clean[sp.start:sp.end], " ")
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '?', '!', '다', '요', '죠', '까', '네', '라', '자', '지':
		return utf8.RuneCountInString(s) > 6
	}
	return false
}

func trimSpan(s string, sp span) span {
	for sp.start < sp.end && (s[sp.start] == ' ' || s[sp.start] == '\n') {
		sp.start++
	}
	for sp.end > sp.start && (s[sp.end-1] == ' ' || s[sp.end-1] == '\n') {
		sp.end--
	}
	return sp
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
		q.verb = a.verbAfter(q.after, a.sentEnd(q.sent))
	}
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

// verbAfter returns the first reporting verb in clean[from:to] that is
// outside quotes, as written (without punctuation).
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
	toks := a.tokenize(from, to)
	for i, t := range toks {
		if strings.ContainsAny(t.punctBefore, "“\"「«") {
			break // the next quote starts; its verb is not ours
		}
		if i+1 < len(toks) && toks[i+1].punctBefore == "" {
			if kind, ok := a.x.lex.Verb(t.text + " " + toks[i+1].text); ok && reportingKind(kind) {
				return t.text + " " + toks[i+1].text
			}
		}
		if kind, ok := a.x.lex.Verb(t.text); ok && reportingKind(kind) {
			return t.text
		}
	}
	// no listed verb: the first predicate after the quote
	for _, t := range toks {
		if strings.HasSuffix(t.text, "다") || modifierEnding(t.text) && syllables(t.text) >= 2 && !notNames[t.text] {
			return t.text
		}
	}
	return ""
}

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
