package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"
)

// Kind tells what a sentence is in a news article.
type Kind string

// The kinds of sentence Split reports.
const (
	// Body is ordinary article text.
	Body Kind = "body"
	// Headline is a title or subhead: a short line that is one unit
	// without final sentence punctuation.
	Headline Kind = "headline"
	// Boilerplate is a byline, a photo credit, a copyright notice, an
	// e-mail address, a promotion line or similar non-content.
	Boilerplate Kind = "boilerplate"
)

// Sentence is one sentence of a text: the byte range [Start, End) of the
// input, without leading or trailing whitespace, and its Kind.
type Sentence struct {
	Start, End int
	Kind       Kind
}

// headlineMaxRunes is the longest line (in runes) that can be a headline.
const headlineMaxRunes = 60

// Split splits normalized text (NFC, '\n' line ends) into sentences.
//
// Sentences are returned in order; they never overlap, never contain a
// newline and never start or end with whitespace. Empty lines produce
// nothing. Split never panics and runs in time linear in len(text).
func Split(text string) []Sentence {
	var out []Sentence
	var sc scratch
	for ls := 0; ls <= len(text); {
		le := len(text)
		nl := strings.IndexByte(text[ls:], '\n')
		if nl >= 0 {
			le = ls + nl
		}
		out = splitLine(text, ls, le, out, &sc)
		if nl < 0 {
			break
		}
		ls = le + 1
	}
	return out
}

// scratch holds buffers reused from line to line.
type scratch struct {
	stack []openQuote
	ivs   []interval
}

// splitLine appends the sentences of text[ls:le] (one line) to out.
func splitLine(text string, ls, le int, out []Sentence, sc *scratch) []Sentence {
	a, b := trimSpace(text, ls, le)
	if a >= b {
		return out
	}
	first := len(out)
	// A dateline byline "(서울=연합뉴스) 홍길동 기자 = ..." in front of body
	// text is a sentence of its own.
	if p := bylinePrefixEnd(text[a:b]); p > 0 {
		e := a + p
		if n := skipSpace(text, e, b); n < b {
			out = append(out, Sentence{Start: a, End: e, Kind: Boilerplate})
			first = len(out)
			a = n
		}
	}
	sc.ivs = protectedIntervals(text, a, b, sc)
	out = scanLine(text, a, b, sc.ivs, out)
	classify(text, a, b, out[first:])
	return out
}

// scanLine finds the sentence boundaries in text[a:b], a trimmed line whose
// quotations and parentheses that close on the line are ivs.
func scanLine(text string, a, b int, ivs []interval, out []Sentence) []Sentence {
	sentStart := a
	iv := 0
	emit := func(e int) int {
		end := trimRight(text, sentStart, e)
		if end > sentStart {
			out = append(out, Sentence{Start: sentStart, End: end})
		}
		sentStart = skipSpace(text, e, b)
		for iv < len(ivs) && ivs[iv].open < sentStart {
			iv++
		}
		return sentStart
	}
	// finish ends the sentence at e, taking along a short parenthetical
	// note that follows it ("...하다. (6회 우승)").
	finish := func(e int) int {
		n := skipSpace(text, e, b)
		if after := noteEnd(text, n, b); after > 0 && (after == b || isSpaceAt(text, after)) {
			e = after
		}
		return emit(e)
	}
	i := a
	for i < b {
		if iv < len(ivs) && i == ivs[iv].open {
			open, c := ivs[iv].open, ivs[iv].close
			iv++
			_, csize := utf8.DecodeRuneInString(text[c:])
			i = c + csize
			// Does final punctuation stand just before the closing mark?
			k := c
			for k > open {
				r, size := utf8.DecodeLastRuneInString(text[:k])
				if !isCloser(r) {
					break
				}
				k -= size
			}
			te := k
			ts := te
			for ts > open {
				r, size := utf8.DecodeLastRuneInString(text[:ts])
				if !isTerminal(r) {
					break
				}
				ts -= size
			}
			switch {
			case ts < te && ts > open:
				e := absorbAfter(text, i, b, ivs, iv)
				if decide(text, sentStart, ts, te, e, b) {
					i = finish(e)
				}
			case open == sentStart && text[open] == '(' && i < b && isSpaceAt(text, i) && endsInformally(text, open, k):
				// A bracketed informal sentence: "(정말 아닙니다ㅋㅋ) 그리고".
				i = finish(i)
			}
			continue
		}
		if i+3 <= b && hangul.LetterBlockAt(text, i) {
			i += 3 // most of the text: no space, mark or terminal
			continue
		}
		r, size := decodeAt(text, i)
		if isSpace(r) && i > sentStart && informalEnd(text, sentStart, i, b) {
			i = finish(i)
			continue
		}
		if !isTerminal(r) {
			i += size
			continue
		}
		ts := i
		te := i + size
		for te < b {
			r2, s2 := utf8.DecodeRuneInString(text[te:])
			if !isTerminal(r2) {
				break
			}
			te += s2
		}
		e := absorbAfter(text, te, b, ivs, iv)
		if decide(text, sentStart, ts, te, e, b) {
			i = finish(e)
			continue
		}
		i = te
	}
	if sentStart < b {
		emit(b)
	}
	return out
}

// absorbAfter returns the end of the closing marks, citation markers like
// "[2]" and emoticon jamo that follow final punctuation ending at i.
func absorbAfter(text string, i, b int, ivs []interval, iv int) int {
	for i < b {
		if j := noteEnd(text, i, b); j > 0 {
			return j // `한다."(요한 3:13)`
		}
		if j := citationEnd(text, i, b); j > 0 {
			i = j
			continue
		}
		if iv < len(ivs) && ivs[iv].open == i {
			return i
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isCloser(r), isJamo(r), r == '~', r == '^':
			i += size
		default:
			return i
		}
	}
	return i
}

// citationEnd returns the end of a citation mark like "[2]" or "[참고 3]"
// starting at i, or 0.
func citationEnd(text string, i, b int) int {
	if i >= b || text[i] != '[' {
		return 0
	}
	digit := false
	for j := i + 1; j < b && j-i <= 24; j++ {
		switch c := text[j]; {
		case c == ']':
			if digit {
				return j + 1
			}
			return 0
		case c == '[' || c == '\n':
			return 0
		case c >= '0' && c <= '9':
			digit = true
		}
	}
	return 0
}

// noteMaxBytes is the longest parenthetical note taken along by the
// sentence it follows.
const noteMaxBytes = 60

// noteEnd returns the end of a short parenthesis without final
// punctuation starting at i, like "(6회 우승)" or "(사진=연합뉴스)", or 0.
func noteEnd(text string, i, b int) int {
	if i >= b || text[i] != '(' {
		return 0
	}
	for j := i + 1; j < b && j-i <= noteMaxBytes; {
		r, size := utf8.DecodeRuneInString(text[j:])
		switch {
		case r == ')':
			return j + 1
		case r == '(' || isTerminal(r):
			return 0
		}
		j += size
	}
	return 0
}

func isSpaceAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isSpace(r)
}

// decide reports whether the final punctuation text[ts:te], with what it
// absorbed up to e, ends the sentence that began at sentStart. b is the end
// of the line.
func decide(text string, sentStart, ts, te, e, b int) bool {
	if e >= b || ts <= sentStart {
		return false // the line end closes the sentence anyway
	}
	run := text[ts:te]
	r, _ := utf8.DecodeRuneInString(text[e:])
	if !isSpace(r) {
		// CJK full stops need no space after them.
		return e == te && strings.ContainsAny(run, "。！？")
	}
	n := skipSpace(text, e, b)
	if n >= b {
		return false
	}
	nr, _ := utf8.DecodeRuneInString(text[n:])
	if isContinuation(nextWord(text, n, b)) || decorationWord(text, n, b) {
		return false
	}
	if unicode.IsLower(nr) {
		return false // "etc. and", "... a clause"
	}
	p, _ := utf8.DecodeLastRuneInString(text[:ts])
	if strings.ContainsAny(run, "!?！？。") {
		return true
	}
	dots := strings.Count(run, ".")
	if dots >= 2 || strings.ContainsAny(run, "…·‥⋯・") {
		// An ellipsis ends a sentence only after a final verb ending.
		return isFinalSyllable(p)
	}
	switch {
	case hangul.IsSyllable(p):
		return true
	case p >= '0' && p <= '9':
		if nr >= '0' && nr <= '9' {
			return false // dates "2024. 3. 15."
		}
		tok := tokenStart(text, sentStart, ts)
		if tok == sentStart && ts-tok <= 3 && allDigits(text[tok:ts]) {
			return false // list marker "1."
		}
		if isDateDot(text, sentStart, tok, ts) {
			return false // "2012. 12. 28. 강남구에서"
		}
		return true
	case isASCIILetter(p):
		return !isAbbreviation(text, sentStart, ts)
	}
	return true
}

// isDateDot reports whether the number text[tok:ts] before a period is the
// month or day of a dotted date "2012. 12. 28." or "2012.12.28.".
func isDateDot(text string, sentStart, tok, ts int) bool {
	num := text[tok:ts]
	if i := strings.LastIndexByte(num, '.'); i >= 0 {
		// "2012.12.28": the whole token is the date.
		return len(num) >= 8 && allDigits(num[i+1:]) && allDigits(strings.ReplaceAll(num, ".", ""))
	}
	if len(num) > 2 || !allDigits(num) {
		return false
	}
	// The token before must be "NN." or "NNNN.".
	j := tok
	for j > sentStart && isSpace(rune(text[j-1])) {
		j--
	}
	if j == tok || j == sentStart || text[j-1] != '.' {
		return false
	}
	prev := text[tokenStart(text, sentStart, j-1) : j-1]
	return allDigits(prev) && len(prev) <= 4
}

// isAbbreviation reports whether the Latin word ending at ts (before a
// period) is an abbreviation or an initial.
func isAbbreviation(text string, sentStart, ts int) bool {
	w := ts
	for w > sentStart && isASCIILetter(rune(text[w-1])) {
		w--
	}
	word := text[w:ts]
	if len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z' {
		return true // "J. K. Rowling", "U.S."
	}
	if len(word) <= 5 {
		if _, ok := abbreviations[strings.ToLower(word)]; ok {
			return true
		}
	}
	// "e.g.", "a.m.", "Ph.D.": short segments joined by periods.
	return w > sentStart && text[w-1] == '.' && len(word) <= 3
}

// abbreviations are Latin abbreviations that end with a period but not a
// sentence.
var abbreviations = map[string]struct{}{
	"mr": {}, "mrs": {}, "ms": {}, "dr": {}, "prof": {}, "st": {}, "jr": {},
	"sr": {}, "vs": {}, "etc": {}, "inc": {}, "co": {}, "corp": {}, "ltd": {},
	"no": {}, "nos": {}, "vol": {}, "fig": {}, "gen": {}, "gov": {}, "sen": {},
	"rep": {}, "lt": {}, "col": {}, "capt": {}, "mt": {}, "ft": {}, "jan": {},
	"feb": {}, "mar": {}, "apr": {}, "jun": {}, "jul": {}, "aug": {},
	"sep": {}, "sept": {}, "oct": {}, "nov": {}, "dec": {}, "approx": {},
	"est": {}, "dept": {}, "univ": {}, "p": {}, "pp": {}, "ed": {}, "eds": {},
	"al": {}, "cf": {}, "ca": {}, "op": {}, "assn": {}, "bros": {},
}

// continuations are words that continue a clause after quoted speech or an
// exclamation: "이게 뭐지?? 하고 검색을 해봅니다".
var continuations = map[string]struct{}{
	"하고": {}, "하며": {}, "하면서": {}, "하는": {}, "하자": {}, "하니": {},
	"하니까": {}, "하더니": {}, "하던": {}, "하길래": {}, "하곤": {},
	"라고": {}, "라며": {}, "라는": {}, "라면서": {}, "란": {},
	"이라고": {}, "이라며": {}, "이라는": {}, "고": {}, "며": {}, "는": {},
	"하고는": {}, "싶어": {}, "싶은": {}, "싶었다": {},
}

func isContinuation(w string) bool {
	_, ok := continuations[w]
	return ok
}

// nextWord returns the word starting at n, without trailing punctuation.
func nextWord(text string, n, b int) string {
	j := n
	for j < b && j-n < 16 {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !hangul.IsSyllable(r) {
			break
		}
		j += size
	}
	return text[n:j]
}

// isFinalSyllable reports whether r is the last syllable of a typical
// sentence-final verb ending (했다, 해요, 하죠, 할까, 하네).
func isFinalSyllable(r rune) bool {
	switch r {
	case '다', '요', '죠', '까', '네':
		return true
	}
	return false
}

// tokenStart returns the start of the whitespace-separated token ending at i.
func tokenStart(text string, sentStart, i int) int {
	for i > sentStart {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if isSpace(r) {
			break
		}
		i -= size
	}
	return i
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isTerminal(r rune) bool {
	switch r {
	case '.', '!', '?', '。', '…', '‥', '⋯', '·', '・', '！', '？', '｡':
		return true
	}
	return false
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\r' || r == '\v' || r == '\f' || r == '\n'
	}
	if r >= 0x3001 && r != 0xFEFF {
		return false // Hangul, CJK and most text
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

func isJamo(r rune) bool { return r >= 0x3131 && r <= 0x318E }

func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

func skipSpace(text string, i, b int) int {
	for i < b {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isSpace(r) {
			break
		}
		i += size
	}
	return i
}

func trimRight(text string, a, e int) int {
	for e > a {
		r, size := utf8.DecodeLastRuneInString(text[:e])
		if !isSpace(r) {
			break
		}
		e -= size
	}
	return e
}

func trimSpace(text string, a, b int) (int, int) {
	a = skipSpace(text, a, b)
	return a, trimRight(text, a, b)
}

// decodeAt decodes the rune at text[i:], with a fast path for the three-byte
// sequences of Hangul. Invalid bytes decode as utf8.RuneError of size 1.
func decodeAt(text string, i int) (rune, int) {
	c0 := text[i]
	if c0 < utf8.RuneSelf {
		return rune(c0), 1
	}
	if c0&0xF0 == 0xE0 && i+2 < len(text) {
		c1, c2 := text[i+1], text[i+2]
		if c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			r := rune(c0&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
			if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				return r, 3
			}
		}
	}
	return utf8.DecodeRuneInString(text[i:])
}
