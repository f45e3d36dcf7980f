package ner

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/klue"
)

// A Gazetteer is a typed list of names: for each form, how often it was
// seen as a person, a location and an organization. A model trained with
// one marks, for every rune, the longest form that covers it (starting at
// the start of an eojeol or after a character that is not a letter or a
// digit) with the form's most frequent type; the marks are features, so
// context still decides, as with the lexicon's matches.
//
// The shipped model's gazetteer is the entity forms of the KLUE NER train
// split (konne-train-forms.tsv, CC BY-SA 4.0), kept inside the model file.
type Gazetteer struct {
	// index maps each form, and each prefix of a form ending at a rune
	// boundary, to 1 + the form's index in counts, or to 0 for a prefix
	// that is not itself a form.
	index  map[string]int32
	forms  []string
	counts [][gazClasses]uint32
	// maxRunes is the length of the longest form, in runes.
	maxRunes int
}

// gazClasses are the types a gazetteer counts, in the order of their
// marks: PS, LC, OG (entity indices 0, 1, 2).
const gazClasses = 3

// Gazetteer marks per rune: 0 none, then B and I for each class.
const numGazMarks = 1 + 2*gazClasses

// maxGazRunes bounds the length of a form, in runes.
const maxGazRunes = 40

// GazetteerEntry is one form seen Count times with Label (PS, LC or OG).
type GazetteerEntry struct {
	Form  string
	Label string
	Count int
}

// NewGazetteer builds a gazetteer from entries. Entries of other labels, empty
// or over-long forms and non-positive counts are left out; counts of the same
// form and label add up.
func NewGazetteer(entries []GazetteerEntry) *Gazetteer {
	g := &Gazetteer{index: make(map[string]int32)}
	for _, e := range entries {
		k := gazClass(e.Label)
		n := utf8.RuneCountInString(e.Form)
		if k < 0 || e.Count <= 0 || n == 0 || n > maxGazRunes || strings.ContainsAny(e.Form, "\n\r") {
			continue
		}
		g.add(e.Form, k, uint32(min(e.Count, 1<<30)))
	}
	return g
}

func (g *Gazetteer) add(form string, k int, c uint32) {
	if i, ok := g.index[form]; ok && i > 0 {
		g.counts[i-1][k] += c
		return
	}
	g.forms = append(g.forms, form)
	var cs [gazClasses]uint32
	cs[k] = c
	g.counts = append(g.counts, cs)
	g.index[form] = int32(len(g.forms))
	n := 0
	for i := range form {
		if i > 0 {
			if _, ok := g.index[form[:i]]; !ok {
				g.index[form[:i]] = 0
			}
		}
		n++
	}
	g.maxRunes = max(g.maxRunes, n)
}

// gazClass maps a KLUE label (PS, LC, OG) or a fine label by its prefix
// (PS_NAME, LCP_COUNTRY, LCG_RIVER, OGG_POLITICS) to a class, or -1.
func gazClass(label string) int {
	switch {
	case label == "PS" || strings.HasPrefix(label, "PS_"):
		return 0
	case label == "LC" || strings.HasPrefix(label, "LC_") || strings.HasPrefix(label, "LCP") || strings.HasPrefix(label, "LCG"):
		return 1
	case label == "OG" || strings.HasPrefix(label, "OG_") || strings.HasPrefix(label, "OGG"):
		return 2
	}
	return -1
}

// ReadGazetteer reads form<TAB>label[<TAB>count] lines (a missing count is
// 1), such as konne-train-forms.tsv. A first line whose label column is
// "label" is a header. Labels are PS, LC and OG or fine labels with those
// prefixes; lines of other labels are skipped.
func ReadGazetteer(r io.Reader) (*Gazetteer, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	var entries []GazetteerEntry
	for line := 1; sc.Scan(); line++ {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 2 || len(f) > 3 {
			return nil, fmt.Errorf("ner: gazetteer line %d: want form<TAB>label[<TAB>count], got %d fields", line, len(f))
		}
		if line == 1 && f[1] == "label" {
			continue
		}
		c := 1
		if len(f) == 3 {
			var err error
			if c, err = strconv.Atoi(f[2]); err != nil || c < 0 {
				return nil, fmt.Errorf("ner: gazetteer line %d: bad count %q", line, f[2])
			}
		}
		entries = append(entries, GazetteerEntry{Form: f[0], Label: f[1], Count: c})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: gazetteer: %w", err)
	}
	return NewGazetteer(entries), nil
}

// Len returns the number of forms.
func (g *Gazetteer) Len() int {
	if g == nil {
		return 0
	}
	return len(g.forms)
}

// Entries returns the forms with their counts, one entry per form and
// label, in the order the forms were added.
func (g *Gazetteer) Entries() []GazetteerEntry {
	var out []GazetteerEntry
	for i, f := range g.forms {
		for k, c := range g.counts[i] {
			if c > 0 {
				out = append(out, GazetteerEntry{Form: f, Label: entityLabels[k], Count: int(c)})
			}
		}
	}
	return out
}

// gazCounts holds, per form, counts to take off a gazetteer's.
type gazCounts map[string][gazClasses]uint32

// goldForms returns the counts of the entity forms of sents, by their
// gold labels.
func goldForms(sents ...klue.Sentence) gazCounts {
	out := gazCounts{}
	for _, s := range sents {
		var runes []rune
		for _, sp := range s.Spans {
			k := gazClass(sp.Label)
			if k < 0 {
				continue
			}
			if runes == nil {
				runes = []rune(s.Text)
			}
			if sp.Start < 0 || sp.End > len(runes) || sp.Start >= sp.End {
				continue
			}
			f := string(runes[sp.Start:sp.End])
			c := out[f]
			c[k]++
			out[f] = c
		}
	}
	return out
}

// Without returns a copy of g with the entity forms of sents taken off
// (see subtract): the gazetteer as it would be had those sentences not
// been counted. Cross-validation uses it so that a held-out fold's names
// are not in the gazetteer just because the fold was counted.
func (g *Gazetteer) Without(sents []klue.Sentence) *Gazetteer {
	minus := goldForms(sents...)
	out := &Gazetteer{index: make(map[string]int32)}
	for i, f := range g.forms {
		c := subtract(g.counts[i], minus[f])
		for k, n := range c {
			if n > 0 {
				out.add(f, k, n)
			}
		}
	}
	return out
}

// subtract takes m off c: each class's own count first, then what is left
// of m from the largest other counts (another annotation may have typed
// the same occurrences differently).
func subtract(c, m [gazClasses]uint32) [gazClasses]uint32 {
	rest := uint32(0)
	for k := range c {
		d := min(c[k], m[k])
		c[k] -= d
		rest += m[k] - d
	}
	for rest > 0 {
		big := 0
		for k := range c {
			if c[k] > c[big] {
				big = k
			}
		}
		if c[big] == 0 {
			break
		}
		d := min(c[big], rest)
		c[big] -= d
		rest -= d
	}
	return c
}

// gazStart reports whether a form may start at a rune of class cls after
// a rune of class prev: at the start of an eojeol or after punctuation.
func gazStart(prev, cls uint8) bool {
	if cls == clsSpace || cls == clsPunct {
		return false
	}
	switch prev {
	case clsHangul, clsJamo, clsUpper, clsLower, clsDigit, clsHanja, clsOther:
		return false
	}
	return true
}

// mark adds the gazetteer marks to st.lex for text (prepared in st):
// leftmost-longest matches of the forms, each with its most frequent class
// (counts less minus).
func (g *Gazetteer) mark(st *state, text string, minus gazCounts) {
	n := len(st.runes)
	for i := 0; i < n; {
		prev := uint8(clsEdge)
		if i > 0 {
			prev = st.class[i-1]
		}
		if !gazStart(prev, st.class[i]) {
			i++
			continue
		}
		best, bestClass := -1, 0
		for j := i + 1; j <= n && j-i <= g.maxRunes; j++ {
			v, ok := g.index[text[st.offs[i]:st.offs[j]]]
			if !ok {
				break
			}
			if v == 0 || j-i == 1 && st.class[i] != clsHanja {
				continue
			}
			c := g.counts[v-1]
			if minus != nil {
				if m, ok := minus[g.forms[v-1]]; ok {
					c = subtract(c, m)
				}
			}
			k := 0
			for x := 1; x < gazClasses; x++ {
				if c[x] > c[k] {
					k = x
				}
			}
			if c[k] > 0 {
				best, bestClass = j, k
			}
		}
		if best < 0 {
			i++
			continue
		}
		st.lex[i] += (lexILoc + 1) * uint8(1+2*bestClass)
		for k := i + 1; k < best; k++ {
			st.lex[k] += (lexILoc + 1) * uint8(2+2*bestClass)
		}
		i = best
	}
}

// sortedForms returns the forms in byte order, for a stable file.
func (g *Gazetteer) sortedForms() []int {
	idx := make([]int, len(g.forms))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return g.forms[idx[a]] < g.forms[idx[b]] })
	return idx
}
