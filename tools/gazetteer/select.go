package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

const (
	minSyllables = 2
	maxSyllables = 5
	personClass  = "인명"
)

// isHangulWord reports whether s is 2 to 5 precomposed Hangul syllables.
func isHangulWord(s string) bool {
	n := 0
	for _, r := range s {
		if r < 0xAC00 || r > 0xD7A3 {
			return false
		}
		n++
	}
	return n >= minSyllables && n <= maxSyllables
}

// word gathers what the dictionary says about one surface.
type word struct {
	nng      bool
	nngCost  int  // lowest NNG cost
	nngClass bool // an NNG entry has a semantic class
	person   bool // an NNP entry of class 인명
	parts    int  // times the surface is an NNG part of another entry's expression
	split    bool // every 인명 entry is a pre-analysed run of several names
	other    int  // lowest cost of an entry that is not a proper noun (NNP)
}

type selection struct {
	nouns, names         []string // the words kept, sorted
	nounRanks, nameRanks []ranked // every candidate, best first
	stats                string
}

// selectWords applies the rules of the package comment.
func selectWords(ents []entry, surnames map[string]bool, maxNouns, maxNames int) selection {
	words := map[string]*word{}
	get := func(s string) *word {
		w := words[s]
		if w == nil {
			w = &word{nngCost: 1 << 30, other: 1 << 30}
			words[s] = w
		}
		return w
	}
	nngCosts := map[int]int{}
	for _, e := range ents {
		if e.expr != "*" && e.expr != "" {
			for _, part := range strings.Split(e.expr, "+") {
				f := strings.Split(part, "/")
				if len(f) >= 2 && f[1] == "NNG" && f[0] != e.surface && isHangulWord(f[0]) {
					get(f[0]).parts++
				}
			}
		}
		if !isHangulWord(e.surface) {
			continue
		}
		if e.pos != "NNP" {
			w := get(e.surface)
			w.other = min(w.other, int(e.cost))
		}
		switch {
		case e.pos == "NNG":
			w := get(e.surface)
			w.nng = true
			w.nngCost = min(w.nngCost, int(e.cost))
			w.nngClass = w.nngClass || e.meaning != "*"
			nngCosts[int(e.cost)]++
		case e.pos == "NNP" && e.meaning == personClass:
			w := get(e.surface)
			// Pre-analysed runs of 4+ syllables are several names written
			// without a space (스티븐밸런타인); shorter ones are one name
			// split by the dictionary (마크롱 = 마크+롱).
			run := e.typ == "Preanalysis" && utf8.RuneCountInString(e.surface) >= 4
			w.split = run && (w.split || !w.person)
			w.person = true
		}
	}
	defNoun := mode(nngCosts)
	fm := newForeignModel(words, surnames)
	droppedNouns, droppedNames := 0, 0

	var nouns, names []ranked
	for s, w := range words {
		if w.nng && !w.person {
			switch {
			case w.nngCost != defNoun:
				nouns = append(nouns, ranked{s: s, tier: 0, rank: w.nngCost})
			case w.nngClass || w.parts > 0:
				nouns = append(nouns, ranked{s: s, tier: 1, rank: -w.parts})
			default:
				droppedNouns++
			}
		}
		// A name word that the dictionary also analyses as something else
		// (a noun, a verb form, an adverb) with a cost below the default
		// noun cost is a frequent common word first: 이번, 현재, 다시.
		if w.person && w.other < defNoun {
			droppedNames++
			continue
		}
		if w.person {
			names = append(names, rankName(s, w, surnames, fm))
		}
	}
	byRank := func(a, b ranked) int {
		return cmp.Or(cmp.Compare(a.tier, b.tier), cmp.Compare(a.rank, b.rank), strings.Compare(a.s, b.s))
	}
	slices.SortFunc(nouns, byRank)
	slices.SortFunc(names, byRank)
	var st strings.Builder
	take := func(label string, rs []ranked, n int) []string {
		tiers := [4]int{}
		kept := [4]int{}
		for i, r := range rs {
			tiers[r.tier]++
			if i < n {
				kept[r.tier]++
			}
		}
		fmt.Fprintf(&st, "%s: %d candidates; per tier (candidates/kept):", label, len(rs))
		for i := range tiers {
			fmt.Fprintf(&st, " %d/%d", tiers[i], kept[i])
		}
		st.WriteByte('\n')
		rs = rs[:min(n, len(rs))]
		out := make([]string, len(rs))
		for i, r := range rs {
			out[i] = r.s
		}
		slices.Sort(out)
		return out
	}
	fmt.Fprintf(&st, "default NNG cost %d; left out: %d untrained nouns without class or use in compounds, %d name words that are frequent common words\n",
		defNoun, droppedNouns, droppedNames)
	return selection{
		nouns:     take("nouns", nouns, maxNouns),
		names:     take("names", names, maxNames),
		nounRanks: nouns,
		nameRanks: names,
		stats:     st.String(),
	}
}

// ranked is a candidate word with its sort key (tier, then rank).
type ranked struct {
	s          string
	tier, rank int
}

// rankName orders person-name words. The 인명 costs of mecab-ko-dic carry no
// frequency information (they depend on the first syllable and the length),
// so names are ranked by shape: single name words that are not a Korean
// surname plus given name come first (tier 0: 도널드, 바이든, 굿윈), then
// surname-initial words whose other syllables are more likely in foreign
// names than in Korean given names (tier 1: 오바마, 마크롱), then Korean full
// names, most typical first (tier 2: 김영순), then runs of several names
// written without spaces, which rarely match a word of spaced text (tier 3:
// 스티븐밸런타인).
func rankName(s string, w *word, surnames map[string]bool, fm *foreignModel) ranked {
	n := utf8.RuneCountInString(s)
	sl := surnameLen(s, surnames)
	switch {
	case w.split:
		return ranked{s: s, tier: 3, rank: n}
	case sl == 0:
		return ranked{s: s, tier: 0, rank: n}
	}
	sc := fm.score(s, sl)
	if sc > 0 {
		return ranked{s: s, tier: 1, rank: -sc}
	}
	return ranked{s: s, tier: 2, rank: sc}
}

// foreignModel is a naive Bayes syllable model telling transliterated
// foreign names from Korean given names, trained on the dictionary's own
// name list: syllables of names that do not start with a Korean surname are
// "foreign", the given-name syllables of surname + two-syllable names are
// "Korean".
type foreignModel struct {
	foreign, korean map[rune]int
	nf, nk, vocab   int
}

func newForeignModel(words map[string]*word, surnames map[string]bool) *foreignModel {
	m := &foreignModel{foreign: map[rune]int{}, korean: map[rune]int{}}
	for s, w := range words {
		if !w.person || w.split {
			continue
		}
		rs := []rune(s)
		switch sl := surnameLen(s, surnames); {
		case sl == 0:
			for _, r := range rs {
				m.foreign[r]++
				m.nf++
			}
		case len(rs)-sl == 2:
			for _, r := range rs[sl:] {
				m.korean[r]++
				m.nk++
			}
		}
	}
	seen := map[rune]bool{}
	for r := range m.foreign {
		seen[r] = true
	}
	for r := range m.korean {
		seen[r] = true
	}
	m.vocab = len(seen)
	return m
}

// score is the log-likelihood ratio (foreign over Korean) of the syllables
// after the surname, in thousandths.
func (m *foreignModel) score(s string, surnameLen int) int {
	rs := []rune(s)
	if surnameLen >= len(rs) || m.nf == 0 || m.nk == 0 {
		return 0
	}
	var sum float64
	for _, r := range rs[surnameLen:] {
		pf := float64(m.foreign[r]+1) / float64(m.nf+m.vocab)
		pk := float64(m.korean[r]+1) / float64(m.nk+m.vocab)
		sum += math.Log(pf / pk)
	}
	return int(math.Round(sum * 1000))
}

// mode returns the most frequent key of counts (smallest on ties).
func mode(counts map[int]int) int {
	best, bestN := 0, -1
	for k, n := range counts {
		if n > bestN || (n == bestN && k < best) {
			best, bestN = k, n
		}
	}
	return best
}

// surnameLen returns the length in syllables of the surname when s has the
// shape of a Korean full name, a surname (one or two syllables) followed by
// a one- or two-syllable given name, and 0 otherwise.
func surnameLen(s string, surnames map[string]bool) int {
	rs := []rune(s)
	for sl := 1; sl <= 2 && sl < len(rs); sl++ {
		if g := len(rs) - sl; g >= 1 && g <= 2 && surnames[string(rs[:sl])] {
			return sl
		}
	}
	return 0
}
