package ner

import (
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/lexicon"
)

// This file keeps a straightforward copy of the tagger as it was before the
// speed-ups (feature version 1): every feature hashed and looked up one by
// one, emission scores summed weight by weight, Viterbi with explicit back
// pointers, the lexicon matched per chunk. The tests check that the
// optimised code gives exactly the same output.

// refState holds the buffers of the reference implementation.
type refState struct {
	runes []rune
	offs  []int
	class []uint8
	epos  []uint8
	lex   []uint8
	title []uint8
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
	st.title = make([]uint8, n)
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
	j = 0
	for _, t := range lex.TitlesIn(text) {
		for j < n && st.offs[j] < t.Start {
			j++
		}
		k := j
		for ; k < n && st.offs[k] < t.End; k++ {
			st.title[k] |= 2
		}
		if j < n && (st.epos[j] == posB || st.epos[j] == posS) {
			p := j - 1
			for p >= 0 && st.class[p] == clsSpace && j-p < 8 {
				p--
			}
			if p >= 0 && p < j-1 {
				for ; p >= 0 && st.class[p] != clsSpace; p-- {
					st.title[p] |= 1
				}
			}
		}
	}
}

const (
	refHashSeed  = 0xcbf29ce484222325
	refHashPrime = 0x100000001b3
	refHashGold  = 0x9E3779B97F4A7C15
	refNumFeats  = 32
)

func refMix(h uint64, x int64) uint64 { return (h ^ uint64(x)) * refHashPrime }

func refTmpl(t int) uint64 { return (refHashSeed ^ uint64(t)) * refHashGold }

// featurize writes refNumFeats bucket indices per rune, in template order.
func (st *refState) featurize(bits uint8) {
	n := len(st.runes)
	st.feats = make([]uint32, n*refNumFeats)
	shift := 64 - uint(bits)
	mix, tmpl := refMix, refTmpl
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
	var (
		es, ee        int
		shape         uint64
		prevE, nextS  int
		pl1, pl2      int64
		nf1, nf2      int64
		suf1, suf2    int64
		pre1, pre2    int64
		lenB          int64
		lastWordEnd   = -1
		lastWordStart = -1
	)
	for i := 0; i < n; i++ {
		if st.class[i] != clsSpace && (i == 0 || st.class[i-1] == clsSpace) {
			if lastWordEnd >= 0 {
				prevE = lastWordEnd
				pl1, pl2 = at(prevE-1), at(prevE-2)
				if prevE-2 < lastWordStart {
					pl2 = runeBOS
				}
			} else {
				prevE, pl1, pl2 = -1, runeBOS, runeBOS
			}
			es, ee = i, i
			shape = refHashSeed
			for ee < n && st.class[ee] != clsSpace {
				if ee-es < 8 {
					r := st.runes[ee]
					switch st.class[ee] {
					case clsDigit:
						r = '0'
					case clsUpper:
						r = 'A'
					case clsLower:
						r = 'a'
					case clsHanja:
						r = '漢'
					}
					shape = mix(shape, int64(r))
				}
				ee++
			}
			suf1, suf2 = at(ee-1), at(ee-2)
			if ee-2 < es {
				suf2 = runeBOS
			}
			pre1, pre2 = at(es), at(es+1)
			if es+1 >= ee {
				pre2 = runeEOS
			}
			lenB = int64(min(ee-es, 8))
			nextS = ee
			for nextS < n && st.class[nextS] == clsSpace {
				nextS++
			}
			nf1, nf2 = at(nextS), at(nextS+1)
			if nextS+1 < n && st.class[nextS+1] == clsSpace {
				nf2 = runeEOS
			}
			lastWordStart, lastWordEnd = es, ee
		}
		inWord := st.class[i] != clsSpace
		pos := int64(st.epos[i])
		c := at(i)
		m2, m1, p1, p2 := at(i-2), at(i-1), at(i+1), at(i+2)
		f := st.feats[i*refNumFeats : (i+1)*refNumFeats]
		h := [refNumFeats]uint64{
			tmpl(0),
			mix(tmpl(1), m2),
			mix(tmpl(2), m1),
			mix(tmpl(3), c),
			mix(tmpl(4), p1),
			mix(tmpl(5), p2),
			mix(mix(tmpl(6), m2), m1),
			mix(mix(tmpl(7), m1), c),
			mix(mix(tmpl(8), c), p1),
			mix(mix(tmpl(9), p1), p2),
			mix(mix(mix(tmpl(10), m2), m1), c),
			mix(mix(mix(tmpl(11), m1), c), p1),
			mix(mix(mix(tmpl(12), c), p1), p2),
			mix(tmpl(13), cls(i)),
			mix(mix(mix(tmpl(14), cls(i-1)), cls(i)), cls(i+1)),
			mix(tmpl(15), pos),
			mix(mix(tmpl(16), pos), c),
		}
		if inWord {
			h[17] = mix(mix(tmpl(17), pos), suf1)
			h[18] = mix(mix(mix(tmpl(18), pos), suf2), suf1)
			h[19] = mix(mix(mix(tmpl(19), pos), pre1), pre2)
			h[20] = mix(mix(tmpl(20), pos), int64(st.josa[i]))
			h[21] = mix(mix(tmpl(21), c), int64(st.josa[i]))
			h[22] = mix(mix(tmpl(22), int64(i-es)), int64(ee-i))
			h[23] = mix(mix(tmpl(23), pos), lenB)
			h[24] = mix(mix(tmpl(24), pos), int64(shape))
			h[25] = mix(mix(mix(tmpl(25), pos), nf1), nf2)
			h[26] = mix(mix(mix(tmpl(26), pos), pl2), pl1)
			h[27] = mix(mix(tmpl(27), pos), int64(st.title[i]))
		} else {
			h[17] = mix(mix(mix(tmpl(28), pl1), nf1), cls(i+1))
			h[18] = mix(tmpl(29), int64(st.title[i]))
			for k := 19; k <= 27; k++ {
				h[k] = tmpl(30)
			}
		}
		h[28] = mix(tmpl(31), int64(st.lex[i]))
		h[29] = mix(mix(tmpl(32), int64(st.lex[i])), c)
		h[30] = mix(mix(mix(tmpl(33), m1), p1), cls(i))
		h[31] = mix(mix(tmpl(34), int64(st.lex[i])), pos)
		for k := range f {
			f[k] = uint32((h[k] * refHashGold) >> shift)
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
