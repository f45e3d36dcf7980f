package date

import (
	"strings"

	"github.com/kextract/kextract/internal/hangul"
)

// The start index: MayStart is asked of every word of a text, and most
// words start no expression, so what may start one is kept by its first
// syllable. A word's first syllable picks one small group, the start words
// and count words that begin with it, and the word is tested against that
// group alone instead of a map of every start word and a scan of every
// count word.

// startGroup is what may start an expression with one first syllable.
type startGroup struct {
	// words are the start words (startWords) with this first syllable.
	words []string
	// days and natives are the entries of dayCountList and nativeCountList
	// with this first syllable, in the lists' order (longest first).
	days, natives []countEntry
}

// startIndex maps a first syllable to its group.
type startIndex struct {
	// group holds, for each syllable, 1 + the index of its group in
	// groups, or 0 when no start or count word begins with it.
	group  [hangul.Last - hangul.First + 1]uint8
	groups []startGroup
}

// starts is the index of startWords, dayCountList and nativeCountList.
var starts = newStartIndex(startWords, dayCountList, nativeCountList)

// newStartIndex builds the index of the start words and count lists.
func newStartIndex(words map[string]bool, days, natives []countEntry) *startIndex {
	x := &startIndex{}
	at := func(w string) *startGroup {
		r, ok := hangul.SyllableAt(w, 0)
		if !ok {
			return nil // every start and count word begins with a syllable
		}
		k := &x.group[r-hangul.First]
		if *k == 0 {
			x.groups = append(x.groups, startGroup{})
			if len(x.groups) > 255 {
				panic("date: more than 255 first syllables of start words")
			}
			*k = uint8(len(x.groups))
		}
		return &x.groups[*k-1]
	}
	for w := range words {
		if g := at(w); g != nil {
			g.words = append(g.words, w)
		}
	}
	for _, e := range days {
		if g := at(e.word); g != nil {
			g.days = append(g.days, e)
		}
	}
	for _, e := range natives {
		if g := at(e.word); g != nil {
			g.natives = append(g.natives, e)
		}
	}
	return x
}

// of returns the group of the first syllable of w, nil when w does not
// begin with a syllable that starts a start or count word.
func (x *startIndex) of(w string) *startGroup {
	r, ok := hangul.SyllableAt(w, 0)
	if !ok {
		return nil
	}
	k := x.group[r-hangul.First]
	if k == 0 {
		return nil
	}
	return &x.groups[k-1]
}

// isStartWord reports whether w is one of the start words: startWords[w].
func (x *startIndex) isStartWord(w string) bool {
	g := x.of(w)
	return g != nil && g.has(w)
}

// has reports whether w is one of the group's start words.
func (g *startGroup) has(w string) bool {
	for _, s := range g.words {
		if s == w {
			return true
		}
	}
	return false
}

// nativeCountPrefix reads the count and counter at the start of w, a word
// that begins with a syllable of group g: the day count words (하루,
// 이틀), else the longest native numeral followed by a counter (두달,
// 수년). It is the syllable branch of countPrefix.
func (g *startGroup) nativeCountPrefix(w string) (n int, u Unit, about bool, size int, ok bool) {
	for _, c := range g.days {
		if strings.HasPrefix(w, c.word) {
			return c.n, c.unit, false, len(c.word), true
		}
	}
	best, bestN := 0, 0
	for _, c := range g.natives {
		if len(c.word) > best && len(c.word) < len(w) && strings.HasPrefix(w, c.word) {
			if _, _, ok := counterPrefix(w[len(c.word):]); ok {
				best, bestN = len(c.word), c.n
			}
		}
	}
	if best == 0 {
		return 0, 0, false, 0, false
	}
	return counterAfter(w, best, bestN)
}
