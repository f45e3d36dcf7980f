package date

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"
)

// The start index must answer as the plain tests it replaced: a map of
// every start word and a scan of every count word. refMayStart and
// refCountPrefix are those tests.

// refStartSyllables and refCountSyllables are the first syllables of the
// start words and count words, and of the count words alone.
var refStartSyllables, refCountSyllables = func() (*hangul.Set, *hangul.Set) {
	var all, counts strings.Builder
	for w := range startWords {
		r, _ := utf8.DecodeRuneInString(w)
		all.WriteRune(r)
	}
	for _, l := range [][]countEntry{dayCountList, nativeCountList} {
		for _, e := range l {
			r, _ := utf8.DecodeRuneInString(e.word)
			all.WriteRune(r)
			counts.WriteRune(r)
		}
	}
	return hangul.NewSet(all.String()), hangul.NewSet(counts.String())
}()

// refMayStart is MayStart as a map and a scan.
func refMayStart(w Word) bool {
	if w.Text == "" {
		return false
	}
	if w.Text[0] >= '0' && w.Text[0] <= '9' {
		return true
	}
	r, ok := hangul.SyllableAt(w.Text, 0)
	if !ok || !refStartSyllables.Has(r) {
		return false
	}
	if startWords[w.Text] || startWords[w.Stem] {
		return true
	}
	_, _, _, _, ok = refCountPrefix(w.Text)
	return ok
}

// refCountPrefix is countPrefix as a scan of every count word.
func refCountPrefix(w string) (n int, u Unit, about bool, size int, ok bool) {
	if w == "" {
		return 0, 0, false, 0, false
	}
	if w[0] >= '0' && w[0] <= '9' {
		i := 0
		for i < len(w) && i < 5 && w[i] >= '0' && w[i] <= '9' {
			i++
		}
		if i > 4 {
			return 0, 0, false, 0, false
		}
		n, _ = digits(w[:i])
		return counterAfter(w, i, n)
	}
	r, isSyl := hangul.SyllableAt(w, 0)
	if !isSyl || !refCountSyllables.Has(r) {
		return 0, 0, false, 0, false
	}
	for _, c := range dayCountList {
		if strings.HasPrefix(w, c.word) {
			return c.n, c.unit, false, len(c.word), true
		}
	}
	best, bestN := 0, 0
	for _, c := range nativeCountList {
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

// checkStarts compares MayStart and countPrefix with the references for
// the word text with the stem stem.
func checkStarts(t *testing.T, text, stem string) {
	t.Helper()
	w := Word{Text: text, Stem: stem}
	if got, want := MayStart(w), refMayStart(w); got != want {
		t.Errorf("MayStart(%q, stem %q) = %v, the reference %v", text, stem, got, want)
	}
	type res struct {
		n     int
		u     Unit
		about bool
		size  int
		ok    bool
	}
	var got, want res
	got.n, got.u, got.about, got.size, got.ok = countPrefix(text)
	want.n, want.u, want.about, want.size, want.ok = refCountPrefix(text)
	if got != want {
		t.Errorf("countPrefix(%q) = %+v, the reference %+v", text, got, want)
	}
}

// startTestWords are every start and count word, alone, with a counter
// and a particle after it, and cut short.
func startTestWords() []string {
	var ws []string
	add := func(w string) {
		ws = append(ws, w)
		for _, c := range counterList {
			ws = append(ws, w+c.word, w+c.word+"전", w+"여"+c.word, w+c.word+"째")
		}
		for _, p := range testParticles {
			ws = append(ws, w+p)
		}
		for i := 1; i < len(w); i++ {
			ws = append(ws, w[:i])
		}
	}
	for w := range startWords {
		add(w)
	}
	for _, l := range [][]countEntry{dayCountList, nativeCountList, counterList} {
		for _, e := range l {
			add(e.word)
		}
	}
	return append(ws, "", "3년", "12345년", "이", "수", "한다", "이에", "그는", "가", "A", "１", "\xed\xa0\x80")
}

// TestStartIndexAgrees checks the start index against the map and the scan
// on every start and count word and forms made of them.
func TestStartIndexAgrees(t *testing.T) {
	for _, w := range startTestWords() {
		checkStarts(t, w, w)
		for _, p := range testParticles {
			if st, ok := strings.CutSuffix(w, p); ok {
				checkStarts(t, w, st)
			}
		}
		checkStarts(t, w, "")
		checkStarts(t, "가"+w, w)
	}
}

// FuzzStartIndex checks the start index against the map and the scan on
// any word and stem.
func FuzzStartIndex(f *testing.F) {
	for _, w := range startTestWords() {
		f.Add(w, w)
	}
	f.Fuzz(func(t *testing.T, text, stem string) {
		checkStarts(t, text, stem)
	})
}
