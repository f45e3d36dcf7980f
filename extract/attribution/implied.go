package attribution

import (
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/normalize"
)

// maxImplied bounds how far past an unclosed mark ImpliedClose looks, in
// bytes.
const maxImplied = 900

// ImpliedClose finds where the words of a double quotation mark that never
// closes in its paragraph end, when the writer left out the closing mark
// but the quotative ending and a verb of speech show it ("국회의원들은 …
// 거치지 않았다라고 장관이 말했다, 관계자는 "…없다고 이야기하였다): the first
// word ending in 다 with 라고 or 고 attached, followed within four words by
// a verb of speech, before any other quotation mark and within the
// paragraph. The pair
// closes before the ending (Implied set), and the quoted words must be
// three or more. A mark with no such ending is no quotation: ok is false.
func ImpliedClose(s string, open int) (p Pair, ok bool) {
	if open < 0 || open >= len(s) {
		return Pair{}, false
	}
	r, size := utf8.DecodeRuneInString(s[open:])
	if q := normalize.Quote(r); q.Class == normalize.NotQuote || !q.Double {
		return Pair{}, false
	}
	end := min(len(s), open+size+maxImplied)
	words := 0
	for i := open + size; i < end; {
		c, n := utf8.DecodeRuneInString(s[i:])
		if c == '\n' || normalize.Quote(c).Class != normalize.NotQuote {
			return Pair{}, false
		}
		if c == ' ' {
			i += n
			continue
		}
		w, wEnd := wordAt(s, i)
		if w == "" {
			i += n
			continue
		}
		words++
		if cut, ok := quotativeCut(w); ok && words >= 3 && wEnd < len(s) && s[wEnd] == ' ' {
			if speechVerbWithin(s, wEnd, 4) {
				return Pair{Open: open, Close: i + cut, Double: true, Implied: true}, true
			}
		}
		i = wEnd
	}
	return Pair{}, false
}

// speechVerbWithin reports whether one of the n words after off is a verb
// of speech, with at most its subject and adverbs before it (…라고 장관이
// 인터뷰에서 말했다), in the same sentence.
func speechVerbWithin(s string, off, n int) bool {
	for k := 0; k < n; k++ {
		w, end := NextWord(s, off)
		if w == "" {
			return false
		}
		if speechVerbStem(w) {
			return true
		}
		if strings.HasSuffix(w, "다") || end < len(s) && (s[end] == '.' || s[end] == ',') {
			return false
		}
		off = end
	}
	return false
}

// quotativeCut returns where the quotative ending of w starts when w is a
// sentence in 다 with 라고 or 고 attached (않았다라고, 없다고).
func quotativeCut(w string) (int, bool) {
	for _, e := range []string{"다라고", "다고"} {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w) > utf8.RuneCountInString(e) {
			return len(w) - len(e) + len("다"), true
		}
	}
	return 0, false
}

// speechVerbStems start the verbs of speech that close a quotation whose
// mark is missing.
var speechVerbStems = []string{"말했", "말하였", "밝혔", "밝히", "전했", "이야기했", "이야기하였", "설명했", "주장했", "강조했", "덧붙였", "답했", "말한", "지적했", "언급했"}

func speechVerbStem(w string) bool {
	for _, p := range speechVerbStems {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
