package attribution

import (
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"

	"github.com/kextract/kextract/normalize"
)

// Pair is a pair of quotation marks of one paragraph: the marks' byte
// offsets in the text and whether they are the marks of a main quotation
// (“ ” " 「 」 « ») rather than of a quotation inside one (‘ ’ ' 『 』).
type Pair struct {
	Open, Close int
	Double      bool
	// Implied is set for a quotation whose closing mark is missing (see
	// ImpliedClose): Close is then where the words end, before their
	// quotative ending, and no mark stands there.
	Implied bool
}

// Inner returns the byte range of the quoted words, without the marks and
// the spaces next to them.
func (p Pair) Inner(s string) (start, end int) {
	_, osz := utf8.DecodeRuneInString(s[p.Open:])
	start, end = p.Open+osz, p.Close
	for start < end && (s[start] == ' ' || s[start] == '\n') {
		start++
	}
	for end > start && (s[end-1] == ' ' || s[end-1] == '\n') {
		end--
	}
	return start, end
}

// After returns the byte offset just after the closing mark (Close for an
// implied one).
func (p Pair) After(s string) int {
	if p.Implied {
		return p.Close
	}
	_, csz := utf8.DecodeRuneInString(s[p.Close:])
	return p.Close + csz
}

// Pairs pairs the quotation marks of s paragraph by paragraph (a paragraph
// ends at a newline) and returns the top-level pairs in text order, and the
// offsets of the opening marks that do not close in their paragraph. A
// quotation inside a quotation belongs to the outer one; inside a mark that
// never closes, it is a quotation of its own.
//
// Korean news mixes its marks: a quotation opened with “ may close with "
// (or the other way round), and a writer sometimes types “ where ” is meant
// (“…맞다“며). A double mark is therefore read by where it stands: one that
// follows a letter and is followed by a space, punctuation or the rest of a
// word (“…”고, “…있”다며) closes the open double quotation, whichever
// double mark opened it; one after a space or at the start of a paragraph
// opens one. Single marks pair only with single marks. The scan is linear
// in the length of s, whatever the marks.
func Pairs(s string) (pairs []Pair, unclosed []int) {
	type open struct {
		pos    int
		double bool
		mark   rune
	}
	var stack []open
	doubles := 0 // double marks on the stack
	singles := map[rune]int{}
	// inner holds the pairs closed directly inside the outermost open
	// mark: they are its part if it closes, and top-level quotations of
	// their own if it never does (“…없다고 이야기하였다. 그러면서, "…"라고)
	var inner []Pair
	flush := func() {
		for _, o := range stack {
			unclosed = append(unclosed, o.pos)
		}
		if len(stack) > 0 {
			pairs = append(pairs, inner...)
		}
		inner = inner[:0]
		stack = stack[:0]
		doubles = 0
		clear(singles)
	}
	// closeAt pops the stack down to the innermost opener accepted by ok,
	// recording a pair when it was the outermost.
	closeAt := func(i int, ok func(open) bool) bool {
		for k := len(stack) - 1; k >= 0; k-- {
			if !ok(stack[k]) {
				continue
			}
			switch k {
			case 0:
				pairs = append(pairs, Pair{Open: stack[0].pos, Close: i, Double: stack[0].double})
				inner = inner[:0]
			case 1:
				inner = append(inner, Pair{Open: stack[1].pos, Close: i, Double: stack[1].double})
			}
			for _, o := range stack[k:] {
				if o.double {
					doubles--
				} else {
					singles[o.mark]--
				}
			}
			stack = stack[:k]
			return true
		}
		return false
	}
	isDouble := func(o open) bool { return o.double }
	for i := 0; i < len(s); {
		if !markLead[s[i]] {
			i++ // most bytes: no mark and no line end starts here
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '\n' {
			flush()
			i += size
			continue
		}
		qm := normalize.Quote(r)
		if qm.Class == normalize.NotQuote {
			i += size
			continue
		}
		if qm.Double {
			closing := false
			switch {
			case doubles == 0:
				// nothing to close: a closing mark with no opener is
				// dropped, any other double mark opens
				if qm.Class == normalize.QuoteClose && !opensHere(s, i, size) {
					i += size
					continue
				}
			case qm.Class == normalize.QuoteClose:
				closing = true
			case qm.Class == normalize.QuoteEither:
				closing = !opensHere(s, i, size) || closesHere(s, i, size)
			case qm.Class == normalize.QuoteOpen:
				// “ typed for ”: it follows a letter and a quotative
				// ending or a space follows
				closing = closesHere(s, i, size) && !opensHere(s, i, size)
			}
			if closing {
				closeAt(i, isDouble)
			} else {
				stack = append(stack, open{i, true, r})
				doubles++
			}
			i += size
			continue
		}
		// single marks pair with single marks: ’ closes ‘ or ', ' closes '
		// or ‘, 』 closes 『
		switch qm.Class {
		case normalize.QuoteOpen:
			stack = append(stack, open{i, false, r})
			singles[r]++
		case normalize.QuoteClose:
			if singles[qm.Pair] > 0 || r == '’' && singles['\''] > 0 {
				closeAt(i, func(o open) bool { return o.mark == qm.Pair || r == '’' && o.mark == '\'' })
			}
		case normalize.QuoteEither:
			if apostrophe(s, i) {
				break
			}
			if singles['\''] > 0 || singles['‘'] > 0 && !opensHere(s, i, size) {
				closeAt(i, func(o open) bool { return o.mark == '\'' || o.mark == '‘' })
				break
			}
			stack = append(stack, open{i, false, r})
			singles[r]++
		}
		i += size
	}
	flush()
	return pairs, unclosed
}

// opensHere reports whether the mark at i (size bytes) stands where a
// quotation opens: at the start of the text or after a space or an opening
// bracket, and before a letter or another mark.
func opensHere(s string, i, size int) bool {
	before := ' '
	if i > 0 {
		before, _ = utf8.DecodeLastRuneInString(s[:i])
	}
	after := ' '
	if i+size < len(s) {
		after, _ = utf8.DecodeRuneInString(s[i+size:])
	}
	if unicode.IsSpace(after) {
		return false
	}
	return unicode.IsSpace(before) || before == '(' || before == '[' || before == ':' || before == ',' ||
		before == '·' || normalize.Quote(before).Class == normalize.QuoteOpen
}

// closesHere reports whether the mark at i stands where a quotation
// closes: after a letter, a digit or final punctuation, and before a space,
// punctuation or the end of the text or of a word (“…있”다며).
func closesHere(s string, i, size int) bool {
	if i == 0 {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	if unicode.IsSpace(before) || before == '(' || normalize.Quote(before).Class == normalize.QuoteOpen ||
		before == '"' && (i == 1 || opensHere(s, i-1, 1)) {
		return false // “ right after an opening mark opens a quotation inside it
	}
	if i+size >= len(s) {
		return true
	}
	after, _ := utf8.DecodeRuneInString(s[i+size:])
	return unicode.IsSpace(after) || unicode.IsPunct(after) || hangul.IsSyllable(after)
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

// markLead holds the bytes that may start a quotation mark known to
// normalize.Quote or a line end: '"', '\”, '\n', and the lead bytes of
// “ ” ‘ ’ (E2), 「 」 『 』 (E3) and « » (C2). No other byte, and no UTF-8
// continuation byte, can start one, so Pairs steps over them one by one.
var markLead = func() (t [256]bool) {
	for _, b := range []byte{'"', '\'', '\n', 0xC2, 0xE2, 0xE3} {
		t[b] = true
	}
	return t
}()
