package sentence

import (
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"
)

// A bracket kind is a pair of opening and closing marks.
type bracket uint8

const (
	noBracket bracket = iota
	curlyDouble
	curlySingle
	corner
	whiteCorner
	guillemet
	paren
	square
	angle
	doubleAngle
	singleAngle
	lenticular
	tortoise
	widerParen
	brace
	numBrackets
)

// maxDepth bounds the nesting the matcher follows; deeper openers are
// treated as unmatched. It keeps matching linear on hostile input.
const maxDepth = 64

type openQuote struct {
	kind bracket
	pos  int
}

// interval is a quotation or parenthesis that opens at byte open and closes
// at byte close (the position of the closing mark) on the same line.
type interval struct {
	open, close int
}

func openerOf(r rune) bracket {
	switch r {
	case '“':
		return curlyDouble
	case '‘':
		return curlySingle
	case '「':
		return corner
	case '『':
		return whiteCorner
	case '«':
		return guillemet
	case '(':
		return paren
	case '[':
		return square
	case '<':
		return angle
	case '《':
		return doubleAngle
	case '〈':
		return singleAngle
	case '【':
		return lenticular
	case '〔':
		return tortoise
	case '（':
		return widerParen
	case '{':
		return brace
	}
	return noBracket
}

func closerOf(r rune) bracket {
	switch r {
	case '”':
		return curlyDouble
	case '’':
		return curlySingle
	case '」':
		return corner
	case '』':
		return whiteCorner
	case '»':
		return guillemet
	case ')':
		return paren
	case ']':
		return square
	case '>':
		return angle
	case '》':
		return doubleAngle
	case '〉':
		return singleAngle
	case '】':
		return lenticular
	case '〕':
		return tortoise
	case '）':
		return widerParen
	case '}':
		return brace
	}
	return noBracket
}

// isCloser reports whether r can close a quotation or a parenthesis.
func isCloser(r rune) bool {
	return r == '"' || r == '\'' || closerOf(r) != noBracket
}

// protectedIntervals returns the outermost quotations and parentheses of
// text[a:b] that close on the line and contain final punctuation or a
// space, sorted and disjoint. Sentences are not split inside them. A mark that does not
// close protects nothing, so an unclosed quote cannot swallow the line.
func protectedIntervals(text string, a, b int, sc *scratch) []interval {
	stack := sc.stack[:0]
	ivs := sc.ivs[:0]
	var count [numBrackets]int
	lastTerm, lastSpace := -1, -1
	closeAt := func(k bracket, pos int) {
		// count[k] > 0: pop down to the opener of kind k. Openers above it
		// never close; each entry is popped once, so this is linear.
		for len(stack) > 0 {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			count[top.kind]--
			if top.kind == k {
				if lastTerm > top.pos || lastSpace > top.pos {
					for len(ivs) > 0 && ivs[len(ivs)-1].open > top.pos {
						ivs = ivs[:len(ivs)-1]
					}
					ivs = append(ivs, interval{open: top.pos, close: pos})
				}
				return
			}
		}
	}
	push := func(k bracket, pos int) {
		if len(stack) < maxDepth {
			stack = append(stack, openQuote{kind: k, pos: pos})
			count[k]++
		}
	}
	var prev rune
	for i := a; i < b; {
		if i+3 <= b && hangul.LetterBlockAt(text, i) {
			// a letter, and the run of letters after it: no bracket or
			// quote to look at
			for i += 3; i+3 <= b && hangul.LetterBlockAt(text, i); i += 3 {
			}
			prev = 0xAC00
			continue
		}
		r, size := decodeAt(text, i)
		switch {
		case r == ' ':
			lastSpace = i
		case r < utf8.RuneSelf && r != '"' && r != '\'' && r != '(' && r != ')' &&
			r != '[' && r != ']' && r != '<' && r != '>' && r != '{' && r != '}' &&
			r != '.' && r != '!' && r != '?':
			// fast path for plain ASCII
		case isTerminal(r):
			lastTerm = i
		case isSpace(r):
			lastSpace = i
		case r == '"':
			// Straight and curly double quotes mix in Korean news
			// ("...다”), so they pair with each other.
			if count[curlyDouble] > 0 {
				closeAt(curlyDouble, i)
			} else {
				push(curlyDouble, i)
			}
		case r == '\'' || r == '’':
			next, _ := utf8.DecodeRuneInString(text[i+size:])
			if i+size < b && isASCIIAlnum(prev) && isASCIIAlnum(next) {
				break // an apostrophe: don't, it’s
			}
			if count[curlySingle] > 0 {
				closeAt(curlySingle, i)
			} else if r == '\'' {
				push(curlySingle, i)
			}
		case r == '<' && (i+1 >= b || text[i+1] == ' '), r == '>' && prev == ' ':
			// a comparison "a < b", not a bracket
		default:
			if k := openerOf(r); k != noBracket {
				push(k, i)
			} else if k := closerOf(r); k != noBracket && count[k] > 0 {
				closeAt(k, i)
			}
		}
		prev = r
		i += size
	}
	sc.stack = stack
	return ivs
}

func isASCIIAlnum(r rune) bool {
	return isASCIILetter(r) || r >= '0' && r <= '9'
}
