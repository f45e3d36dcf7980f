package lexicon

import (
	_ "embed"
	"strings"

	"github.com/kextract/kextract/internal/hangul"
)

// The index of the word lists: for data/nouns.txt, data/names.txt,
// data/verbstems.txt and data/verbforms.txt, the
// line ranges of each first syllable (sortedLines.bucket), computed at
// generation time into data/words.idx, so that the first look-up of a
// process does not scan the 1.8 MB of the lists for them (about a
// millisecond and a half). It is written with data/default.lexc (go
// generate -run TestCompiledUpToDate ./lexicon), and TestCompiledUpToDate
// fails when it is not what the lists give now.
//
// At run time each range is checked against the text (it starts a line
// beginning with its syllable, ends a line, and the lines around it begin
// with other syllables), which a list edited without regenerating fails as
// soon as an offset moves; the list is then scanned as before.

//go:embed data/words.idx
var compiledWordIndex string

// wordIndexMagic starts data/words.idx; the byte after it is the format
// version.
const (
	wordIndexMagic   = "kextract-words\n"
	wordIndexVersion = 1
)

// wordLists are the lists indexed in data/words.idx, in its order.
func wordLists() []string { return []string{nounsTxt, namesTxt, verbStemsTxt, verbFormsTxt} }

// encodeWordIndex writes the bucket index of each list: whether the list
// has one (newSortedLines found it sorted by first syllable), then its
// non-empty buckets as syllable gap, start and length.
func encodeWordIndex(lists []string) []byte {
	e := &encoder{b: []byte(wordIndexMagic)}
	e.b = append(e.b, wordIndexVersion)
	e.uint(len(lists))
	for _, data := range lists {
		s := newSortedLines(data)
		if s.bucket == nil {
			e.uint(0)
			continue
		}
		n := 0
		for _, b := range s.bucket {
			if b[0] != b[1] {
				n++
			}
		}
		e.uint(n + 1)
		prev := -1
		for k, b := range s.bucket {
			if b[0] != b[1] {
				e.uint(k - prev)
				e.uint(int(b[0]))
				e.uint(int(b[1] - b[0]))
				prev = k
			}
		}
	}
	return e.b
}

// indexedLines returns list i of data/words.idx, data, with its buckets
// from the index when they fit the text, else as newSortedLines makes it.
func indexedLines(data string, i int) sortedLines {
	if s, ok := decodeWordIndex(compiledWordIndex, data, i); ok {
		return s
	}
	return newSortedLines(data)
}

// decodeWordIndex reads list i of index idx for the text data, and reports
// whether its buckets fit the text.
func decodeWordIndex(idx, data string, i int) (sortedLines, bool) {
	d := &decoder{s: idx}
	if d.bytes(len(wordIndexMagic)) != wordIndexMagic || d.byte() != wordIndexVersion {
		return sortedLines{}, false
	}
	lists := d.uint()
	if i >= lists {
		return sortedLines{}, false
	}
	body := skipHeader(data)
	s := sortedLines{body: body}
	for l := 0; l <= i && d.err == nil; l++ {
		n := d.len(1)
		if l == i {
			if n == 0 {
				return s, d.err == nil // no buckets: the list was not sorted
			}
			if len(body) >= 1<<32 {
				return sortedLines{}, false
			}
			s.bucket = make([][2]uint32, hangul.Last-hangul.First+1)
		}
		k := -1
		for range n - 1 {
			k += d.uint()
			lo := d.uint()
			hi := lo + d.uint()
			if l < i {
				continue
			}
			if k >= len(s.bucket) || !bucketFits(body, rune(hangul.First+k), lo, hi) {
				return sortedLines{}, false
			}
			s.bucket[k] = [2]uint32{uint32(lo), uint32(hi)}
		}
	}
	return s, d.err == nil
}

// bucketFits reports whether [lo, hi) of body can be the lines beginning
// with syllable r: it starts a line beginning with r and ends the last such
// line, and the lines before and after it begin otherwise.
func bucketFits(body string, r rune, lo, hi int) bool {
	if lo < 0 || lo >= hi || hi > len(body) || lo > 0 && body[lo-1] != '\n' || hi < len(body) && body[hi] != '\n' {
		return false
	}
	startsWith := func(i int) bool { // the line at i begins with r
		got, ok := hangul.SyllableAt(body, i)
		return ok && got == r
	}
	if !startsWith(lo) || !startsWith(lo+strings.LastIndexByte(body[lo:hi], '\n')+1) {
		return false
	}
	if lo > 0 && startsWith(strings.LastIndexByte(body[:lo-1], '\n')+1) {
		return false
	}
	return hi+1 >= len(body) || !startsWith(hi+1)
}
