package ner

import (
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/lexicon"
)

// This file keeps a straightforward implementation of the tagger (feature
// version 2): every feature hashed and looked up on its own, the context of
// each rune found by plain scanning, emission scores summed weight by
// weight, Viterbi with explicit back pointers, the lexicon matched per
// chunk. The tests check that the optimised code gives exactly the same
// output.

// refState holds the buffers of the reference implementation.
type refState struct {
	runes []rune
	offs  []int
	class []uint8
	epos  []uint8
	lex   []uint8
	josa  []uint8
	feats []uint32
	emit  []int32
}

func refClassOf(r rune) uint8 {
	switch {
	case r >= 0xAC00 && r <= 0xD7A3:
		return clsHangul
	case r >= 'a' && r <= 'z':
		return clsLower
	case r >= 'A' && r <= 'Z':
		return clsUpper
	case r >= '0' && r <= '9':
		return clsDigit
	case unicode.IsSpace(r):
		return clsSpace
	case r >= 0x1100 && r <= 0x11FF || r >= 0x3130 && r <= 0x318F:
		return clsJamo
	case unicode.Is(unicode.Han, r):
		return clsHanja
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		return clsPunct
	case unicode.IsUpper(r):
		return clsUpper
	case unicode.IsLetter(r):
		return clsLower
	case unicode.IsDigit(r):
		return clsDigit
	}
	return clsOther
}

func (st *refState) prepare(text string, lex *lexicon.Lexicon) {
	st.runes, st.offs = nil, nil
	for i, r := range text {
		st.runes = append(st.runes, r)
		st.offs = append(st.offs, i)
	}
	st.offs = append(st.offs, len(text))
	n := len(st.runes)
	st.class = make([]uint8, n)
	st.epos = make([]uint8, n)
	st.lex = make([]uint8, n)
	st.josa = make([]uint8, n)
	for i, r := range st.runes {
		st.class[i] = refClassOf(r)
	}
	for s := 0; s < n; {
		if st.class[s] == clsSpace {
			st.epos[s] = posSpace
			s++
			continue
		}
		e := s
		for e < n && st.class[e] != clsSpace {
			e++
		}
		if e-s == 1 {
			st.epos[s] = posS
		} else {
			st.epos[s] = posB
			for k := s + 1; k < e-1; k++ {
				st.epos[k] = posI
			}
			st.epos[e-1] = posE
		}
		if lex != nil {
			for i := max(s, e-maxJosa-1); i < e-1; i++ {
				if lex.IsJosaSequence(text[st.offs[i+1]:st.offs[e]]) {
					st.josa[i] = 1
					for k := i + 1; k < e; k++ {
						st.josa[k] = 2
					}
					break
				}
			}
		}
		s = e
	}
	if lex == nil {
		return
	}
	j := 0
	for _, m := range lex.Match(text) {
		for j < n && st.offs[j] < m.Start {
			j++
		}
		b, in := uint8(lexBOrg), uint8(lexIOrg)
		if m.Entry != nil && m.Entry.Type == lexicon.TypeLocation {
			b, in = lexBLoc, lexILoc
		}
		for k := j; k < n && st.offs[k] < m.End; k++ {
			if k == j {
				st.lex[k] = b
			} else {
				st.lex[k] = in
			}
		}
	}
}

const (
	refHashSeed  = 0xcbf29ce484222325
	refHashPrime = 0x100000001b3
	refHashGold  = 0x9E3779B97F4A7C15
	refNumFeats  = 25
)

func refMix(h uint64, x int64) uint64 { return (h ^ uint64(x)) * refHashPrime }

func refTmpl(t int) uint64 { return (refHashSeed ^ uint64(t)) * refHashGold }

// features returns the refNumFeats feature hashes of rune i.
func (st *refState) features(i int) []uint64 {
	mix, tmpl := refMix, refTmpl
	n := len(st.runes)
	at := func(i int) int64 {
		if i < 0 {
			return runeBOS
		}
		if i >= n {
			return runeEOS
		}
		return int64(st.runes[i])
	}
	cls := func(i int) int64 {
		if i < 0 || i >= n {
			return clsEdge
		}
		return int64(st.class[i])
	}
	space := func(i int) bool { return st.class[i] == clsSpace }
	c, m2, m1, p1, p2 := at(i), at(i-2), at(i-1), at(i+1), at(i+2)
	pos, lex := int64(st.epos[i]), int64(st.lex[i])
	h := []uint64{
		tmpl(0),
		mix(tmpl(1), m2),
		mix(tmpl(2), m1),
		mix(tmpl(3), c),
		mix(tmpl(4), p1),
		mix(mix(tmpl(6), m2), m1),
		mix(mix(tmpl(7), m1), c),
		mix(mix(tmpl(8), c), p1),
		mix(mix(tmpl(9), p1), p2),
		mix(mix(mix(tmpl(11), m1), c), p1),
		mix(mix(mix(tmpl(12), c), p1), p2),
		mix(tmpl(13), cls(i)),
		mix(mix(mix(tmpl(14), cls(i-1)), cls(i)), cls(i+1)),
		mix(tmpl(15), pos),
		mix(tmpl(31), lex),
		mix(mix(tmpl(32), lex), c),
		mix(mix(mix(tmpl(33), m1), p1), cls(i)),
		mix(mix(tmpl(34), lex), pos),
	}
	if space(i) {
		for len(h) < refNumFeats {
			h = append(h, tmpl(30))
		}
		return h
	}
	// the eojeol [es, ee)
	es, ee := i, i
	for es > 0 && !space(es-1) {
		es--
	}
	for ee < n && !space(ee) {
		ee++
	}
	// the first two runes of the next eojeol, EOS for a space
	ns := ee
	for ns < n && space(ns) {
		ns++
	}
	nf1, nf2 := at(ns), at(ns+1)
	if ns+1 < n && space(ns+1) {
		nf2 = runeEOS
	}
	// the last two runes of the previous eojeol [ps, pe), BOS when none
	pl1, pl2 := int64(runeBOS), int64(runeBOS)
	pe := es
	for pe > 0 && space(pe-1) {
		pe--
	}
	if pe > 0 {
		ps := pe - 1
		for ps > 0 && !space(ps-1) {
			ps--
		}
		pl1 = at(pe - 1)
		if pe-2 >= ps {
			pl2 = at(pe - 2)
		}
	}
	josa := int64(st.josa[i])
	return append(h,
		mix(mix(tmpl(17), pos), at(ee-1)),
		mix(mix(tmpl(20), pos), josa),
		mix(mix(tmpl(21), c), josa),
		mix(mix(tmpl(22), int64(min(i-es, 7))), int64(min(ee-i, 8))),
		mix(mix(tmpl(23), pos), int64(min(ee-es, 8))),
		mix(mix(mix(tmpl(25), pos), nf1), nf2),
		mix(mix(mix(tmpl(26), pos), pl2), pl1),
	)
}

// featurize writes refNumFeats bucket indices per rune.
func (st *refState) featurize(bits uint8) {
	n := len(st.runes)
	st.feats = make([]uint32, 0, n*refNumFeats)
	for i := range n {
		h := st.features(i)
		if len(h) != refNumFeats {
			panic("reference: wrong number of features")
		}
		for _, x := range h {
			st.feats = append(st.feats, uint32((x*refHashGold)>>(64-uint(bits))))
		}
	}
}

// emit sums the weights of the features of every rune, one by one.
func (st *refState) sumWeights(m *Model) {
	n := len(st.runes)
	st.emit = make([]int32, n*numLabels)
	for i := 0; i < n; i++ {
		for _, b := range st.feats[i*refNumFeats : (i+1)*refNumFeats] {
			for l := range numLabels {
				st.emit[i*numLabels+l] += m.weight(int(b)*numLabels + l)
			}
		}
	}
}

// refViterbi is the decoder with explicit back pointers: for each label
// the first previous label with the strictly best score wins.
func refViterbi(emit []int32, n int, trans *[numLabels + 1][numLabels]int32) []uint8 {
	score := make([]int32, n*numLabels)
	back := make([]uint8, n*numLabels)
	out := make([]uint8, n)
	if n == 0 {
		return out
	}
	for c := uint8(0); c < numLabels; c++ {
		if allowed(numLabels, c) {
			score[c] = emit[c] + trans[numLabels][c]
		} else {
			score[c] = negInf
		}
	}
	for i := 1; i < n; i++ {
		for c := uint8(0); c < numLabels; c++ {
			best, arg := int32(0), uint8(0)
			found := false
			for p := uint8(0); p < numLabels; p++ {
				if !allowed(p, c) {
					continue
				}
				if s := score[(i-1)*numLabels+int(p)] + trans[p][c]; !found || s > best {
					best, arg, found = s, p, true
				}
			}
			score[i*numLabels+int(c)] = best + emit[i*numLabels+int(c)]
			back[i*numLabels+int(c)] = arg
		}
	}
	arg := uint8(0)
	for c := uint8(1); c < numLabels; c++ {
		if score[(n-1)*numLabels+int(c)] > score[(n-1)*numLabels+int(arg)] {
			arg = c
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = back[i*numLabels+int(arg)]
	}
	return out
}

// refTag tags text as Tag did before the speed-ups.
func refTag(m *Model, text string) []Span {
	var out []Span
	var st refState
	for start := 0; start < len(text); {
		end := refChunkEnd(text, start)
		if end > start {
			chunk := text[start:end]
			st.prepare(chunk, m.lex)
			st.featurize(m.bits)
			st.sumWeights(m)
			labels := refViterbi(st.emit, len(st.runes), &m.trans)
			for i := 0; i < len(labels); {
				l := labels[i]
				if l == 0 {
					i++
					continue
				}
				j := i + 1
				for j < len(labels) && isI(labels[j]) && entityOf(labels[j]) == entityOf(l) {
					j++
				}
				out = append(out, Span{Start: start + st.offs[i], End: start + st.offs[j], Label: entityLabels[entityOf(l)]})
				i = j
			}
		}
		start = end
		for start < len(text) && (text[start] == '\n' || text[start] == '\r') {
			start++
		}
	}
	return out
}

// refChunkEnd returns the end of the chunk starting at start: the end of
// the line, or a space near maxChunk runes.
func refChunkEnd(text string, start int) int {
	n, lastSpace := 0, -1
	for i := start; i < len(text); {
		c := text[i]
		if c == '\n' || c == '\r' {
			return i
		}
		if n >= 400 {
			if lastSpace > start {
				return lastSpace
			}
			return i
		}
		if c == ' ' || c == '\t' {
			lastSpace = i
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
		n++
	}
	return len(text)
}
