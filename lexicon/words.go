package lexicon

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/kextract/kextract/internal/hangul"
)

// Word lists generated from mecab-ko-dic by tools/gazetteer (see gen.go and
// data/MECAB_LICENSE.md): one word a line, sorted, '#' comment lines.
var (
	//go:embed data/nouns.txt
	nounsTxt string
	//go:embed data/names.txt
	namesTxt string
)

// Word lists, ready on first use. A list is the embedded text itself,
// searched in place (see sortedLines), with the line ranges of each first
// syllable read from data/words.idx (see wordindex.go; without it, or when
// it does not fit the text, the first use scans the text for them, about
// a millisecond); nothing is parsed or copied.
var (
	commonNouns = sync.OnceValue(func() sortedLines { return indexedLines(nounsTxt, 0) })
	nameWords   = sync.OnceValue(func() sortedLines { return indexedLines(namesTxt, 1) })
)

// PrepareWordLists indexes the embedded word lists of IsCommonNoun,
// IsNameWord and VerbFormOf now rather than at their first use (together
// about two milliseconds without data/words.idx): for a caller with a core to spare, as
// extract.New has while the tagger's weights are decoded on the other.
// Later calls do nothing.
func PrepareWordLists() {
	commonNouns()
	nameWords()
	verbStems()
	verbForms()
}

// maxListedWordBytes is the longest word the lists can hold: five Hangul
// syllables of three UTF-8 bytes each.
const maxListedWordBytes = 5 * 3

// sortedLines is a word list held as text: after a header of '#' comment
// and blank lines, one word a line in strictly increasing byte order (as
// tools/gazetteer writes it and TestWordFiles checks). Lookups binary-search
// the text by byte offset. On text that breaks the order a lookup may miss a
// word but still ends, in O(log n) steps, without panicking.
type sortedLines struct {
	body string
	// bucket[r-hangul.First] is the byte range [lo, hi) of body holding the
	// lines that begin with syllable r (lo == hi: none), so that a look-up
	// searches a few lines, not the whole list. Nil when body is not sorted
	// by first syllable, and then the whole body is searched.
	bucket [][2]uint32
}

// newSortedLines skips the header of data and indexes the lines by their
// first syllable (one pass over the text, about a millisecond).
func newSortedLines(data string) sortedLines {
	data = skipHeader(data)
	s := sortedLines{body: data}
	if len(data) < 1<<32 {
		s.bucket = syllableBuckets(data)
	}
	return s
}

// skipHeader returns data without its header of '#' comment and blank
// lines.
func skipHeader(data string) string {
	for len(data) > 0 {
		line, rest, _ := strings.Cut(data, "\n")
		if t := strings.TrimSpace(line); t != "" && t[0] != '#' {
			break
		}
		data = rest
	}
	return data
}

// syllableBuckets returns, for each Hangul syllable, the byte range of the
// lines of body that begin with it, or nil when those lines are not
// contiguous (a list out of order).
func syllableBuckets(body string) [][2]uint32 {
	b := make([][2]uint32, hangul.Last-hangul.First+1)
	prev := rune(-1)
	for i := 0; i < len(body); {
		end := len(body)
		if k := strings.IndexByte(body[i:], '\n'); k >= 0 {
			end = i + k
		}
		if r, ok := hangul.SyllableAt(body, i); ok {
			k := r - hangul.First
			switch {
			case r == prev:
				b[k][1] = uint32(end)
			case b[k] != [2]uint32{}:
				return nil // the syllable's lines are split: not sorted
			default:
				b[k] = [2]uint32{uint32(i), uint32(end)}
			}
			prev = r
		} else if _, ok := hangul.SyllableAt(strings.TrimSpace(body[i:end]), 0); ok {
			return nil // a line with leading space: search it all
		}
		i = end + 1
	}
	return b
}

// contains reports whether w is one of the lines (spaces and a carriage
// return at the ends of a line are ignored).
func (s sortedLines) contains(w string) bool {
	if w == "" || len(w) > maxListedWordBytes {
		return false
	}
	body := s.body
	lo, hi := 0, len(body) // the line starts still possible lie in [lo, hi)
	if r, ok := hangul.SyllableAt(w, 0); ok && s.bucket != nil {
		rng := s.bucket[r-hangul.First]
		if rng[0] == rng[1] {
			return false
		}
		body = body[:rng[1]] // the range's last line ends at rng[1]
		lo, hi = int(rng[0]), int(rng[1])
	}
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := lo + strings.LastIndexByte(body[lo:mid], '\n') + 1
		end := len(body)
		if i := strings.IndexByte(body[start:], '\n'); i >= 0 {
			end = start + i
		}
		switch c := strings.Compare(strings.TrimSpace(body[start:end]), w); {
		case c == 0:
			return true
		case c < 0:
			lo = end + 1
		default:
			hi = start
		}
	}
	return false
}

// listedElsewhere reports whether w is a title or an entity name of l.
func (l *Lexicon) listedElsewhere(w string) bool {
	if l == nil {
		return false
	}
	if _, ok := l.Title(w); ok {
		return true
	}
	_, ok := l.Lookup(w)
	return ok
}

// IsCommonNoun reports whether w (a bare word: no particles, surrounding
// spaces ignored) is a Korean common noun of 2–5 syllables that mecab-ko-dic
// does not also list as a person name (사퇴, 일가, 무소속, 기간), and is not
// a title or entity name of l. The list keeps the nouns whose dictionary cost
// was trained on a corpus, plus those with a semantic class or used in
// compounds: about 45,000 words. A word before a title that IsCommonNoun
// accepts is very unlikely to be a name ("무소속 김영순 후보").
//
// The list is the embedded text, searched in place (no load time), and
// shared by all lexicons. A nil *Lexicon consults the list alone.
func (l *Lexicon) IsCommonNoun(w string) bool {
	w = strings.TrimSpace(w)
	return commonNouns().contains(w) && !l.listedElsewhere(w)
}

// IsNameWord reports whether w (a bare word, surrounding spaces ignored) is
// one that mecab-ko-dic lists as a person name of 2–5 syllables: a
// transliterated foreign name or name part (바이든, 오바마, 마크롱, 도널드) or
// a Korean full name (김영순), and is not a title or entity name of l (the
// dictionary also marks some place names as person names: 프랑스). Words that
// the dictionary sees more often as common words (이번, 사이, 대통령) are not
// in the list. The list holds about 135,000 words; Korean full names are
// only partly covered, so absence proves nothing.
//
// The list is the embedded text, searched in place, and shared by all
// lexicons. A nil *Lexicon consults the list alone.
func (l *Lexicon) IsNameWord(w string) bool {
	w = strings.TrimSpace(w)
	return nameWords().contains(w) && !l.listedElsewhere(w)
}
