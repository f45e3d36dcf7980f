package sentence

import (
	"strings"
	"unicode/utf8"
)

// boilerplateMaxLine is the longest line (in bytes) that is labelled
// boilerplate as a whole when it contains a boilerplate marker; in a longer
// line only short sentences (at most boilerplateMaxSentence bytes) that
// contain a marker are. Credits, bylines and notices are short; this keeps
// classification cheap on long paragraphs.
const (
	boilerplateMaxLine     = 400
	boilerplateMaxSentence = 160
)

// bylineMaxRunes is the longest line that can be a "홍길동 기자" byline.
const bylineMaxRunes = 40

// classify sets the Kind of sents, the sentences of the line text[a:b].
func classify(text string, a, b int, sents []Sentence) {
	if b-a <= boilerplateMaxLine && isBoilerplate(text[a:b]) {
		for i := range sents {
			sents[i].Kind = Boilerplate
		}
		return
	}
	for i := range sents {
		sents[i].Kind = Body
		if b-a > boilerplateMaxLine && sents[i].End-sents[i].Start <= boilerplateMaxSentence &&
			isBoilerplate(text[sents[i].Start:sents[i].End]) {
			sents[i].Kind = Boilerplate
		}
	}
	if len(sents) == 1 && isHeadline(text[sents[0].Start:sents[0].End]) {
		sents[0].Kind = Headline
	}
}

// isHeadline reports whether a line of one sentence is a title or subhead:
// short and not ended by a period.
func isHeadline(s string) bool {
	if utf8.RuneCountInString(s) > headlineMaxRunes {
		return false
	}
	e := len(s)
	for e > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:e])
		if !isCloser(r) {
			break
		}
		e -= size
	}
	s = s[:e]
	if strings.HasSuffix(s, "。") {
		return false
	}
	// A single period (not an ellipsis) ends a sentence of body text.
	return !strings.HasSuffix(s, ".") || strings.HasSuffix(s, "..")
}

var boilerplatePrefixes = []string{"▶", "☞", "Source:", "Source :", "출처:", "출처 :"}

// Phrases that mark a line as boilerplate wherever they occur in it,
// grouped by their first rune for markersAt.
var (
	markers0  = []string{"Read More from This Article"}
	markers1  = []string{"All rights reserved"}
	markers2  = []string{"Copyright", "COPYRIGHT"}
	markers3  = []string{"copyright"}
	markers4  = []string{"[사진]"}
	markers5  = []string{"ⓒ"}
	markers6  = []string{"©"}
	markers7  = []string{"사진=", "사진 =", "사진제공", "사진 제공"}
	markers8  = []string{"기자 =", "기자="}
	markers9  = []string{"특파원 =", "특파원="}
	markers10 = []string{"무단 전재", "무단전재"}
	markers11 = []string{"재배포 금지", "재배포금지"}
	markers12 = []string{"그래픽="}
)

// markersAt returns the boilerplate phrases that start with r.
func markersAt(r rune) []string {
	switch r {
	case 'R':
		return markers0
	case 'A':
		return markers1
	case 'C':
		return markers2
	case 'c':
		return markers3
	case '[':
		return markers4
	case 'ⓒ':
		return markers5
	case '©':
		return markers6
	case '사':
		return markers7
	case '기':
		return markers8
	case '특':
		return markers9
	case '무':
		return markers10
	case '재':
		return markers11
	case '그':
		return markers12
	}
	return nil
}

// isBoilerplate reports whether s is or contains non-content: an e-mail
// address, a copyright notice, a photo credit, a byline, a promotion.
func isBoilerplate(s string) bool {
	for _, m := range boilerplatePrefixes {
		if strings.HasPrefix(s, m) {
			return true
		}
	}
	for i := 0; i < len(s); {
		r, size := decodeAt(s, i)
		for _, m := range markersAt(r) {
			if strings.HasPrefix(s[i:], m) {
				return true
			}
		}
		i += size
	}
	if i := strings.Index(s, "[email"); i >= 0 && strings.Contains(s[i:], "protected]") {
		return true // Cloudflare-obfuscated address
	}
	if containsEmail(s) {
		return true
	}
	return isByline(s)
}

// isByline reports whether s is a short "홍길동 기자" or "(서울=연합뉴스)"
// line.
func isByline(s string) bool {
	if len(s) > utf8.UTFMax*bylineMaxRunes || utf8.RuneCountInString(s) > bylineMaxRunes {
		return false
	}
	t := strings.TrimRight(s, " =)]>.")
	if strings.HasSuffix(t, "기자") || strings.HasSuffix(t, "특파원") ||
		strings.HasSuffix(t, "객원기자") {
		return true
	}
	// A dateline alone: "(서울=연합뉴스)", "[워싱턴=뉴시스]".
	if strings.HasPrefix(s, "(") || strings.HasPrefix(s, "[") {
		end := strings.IndexAny(s, ")]")
		return end > 0 && strings.Contains(s[:end], "=")
	}
	return false
}

// bylinePrefixEnd returns the end of a leading dateline byline ending in
// "기자 =" ("(서울=연합뉴스) 홍길동 기자 = 정부는 ...") or 0 when there is none.
func bylinePrefixEnd(s string) int {
	const window = 120 // bytes: a dateline and a name or two
	w := s
	if len(w) > window {
		w = w[:window]
	}
	if strings.IndexByte(w, '=') < 0 {
		return 0 // most lines: no byline
	}
	for _, m := range []string{"기자 =", "기자=", "특파원 =", "특파원="} {
		if i := strings.Index(w, m); i >= 0 {
			return i + len(m)
		}
	}
	return 0
}

// containsEmail reports whether s contains an address like name@host.tld.
func containsEmail(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '@' || i == 0 || !isLocalChar(s[i-1]) {
			continue
		}
		// host: labels of [A-Za-z0-9-] separated by dots, last label of
		// letters, at least two labels.
		j := i + 1
		labels, lastAlpha, labelLen := 0, true, 0
	host:
		for ; j < len(s); j++ {
			c := s[j]
			switch {
			case isASCIIAlnum(rune(c)) || c == '-':
				if labelLen == 0 {
					lastAlpha = true
				}
				labelLen++
				if !isASCIILetter(rune(c)) {
					lastAlpha = false
				}
				continue
			case c == '.' && labelLen > 0 && j+1 < len(s) && isASCIIAlnum(rune(s[j+1])):
				labels++
				labelLen = 0
				continue
			}
			break host
		}
		if labels >= 1 && labelLen >= 2 && lastAlpha {
			return true
		}
		i = j - 1
	}
	return false
}

func isLocalChar(c byte) bool {
	return isASCIIAlnum(rune(c)) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}
