package ner

import (
	"unicode"

	"github.com/kextract/kextract/lexicon"
)

// Entity labels, in label-index order: label k has B index 1+2k and I index
// 2+2k; index 0 is O.
var entityLabels = [...]string{"PS", "LC", "OG", "DT", "TI", "QT"}

const (
	numLabels = 13 // O plus B and I for each of the 6 entity labels
	numFeats  = 32 // features per character
	// featureVersion changes whenever the features change, so that an old
	// model file is refused instead of silently tagging badly.
	featureVersion = 1
)

func isI(l uint8) bool { return l != 0 && l%2 == 0 }

// entityOf returns the entity index (0..5) of a B or I label.
func entityOf(l uint8) int { return int(l-1) / 2 }

// allowed reports whether label c may follow label p (p = numLabels means
// the start of the sequence): an I-X must follow B-X or I-X.
func allowed(p, c uint8) bool {
	if !isI(c) {
		return true
	}
	return p != numLabels && p != 0 && entityOf(p) == entityOf(c)
}

// Character classes.
const (
	clsEdge = iota // before the start / after the end
	clsSpace
	clsHangul
	clsJamo
	clsUpper
	clsLower
	clsDigit
	clsHanja
	clsPunct
	clsOther
)

func classOf(r rune) uint8 {
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

// Eojeol positions.
const (
	posSpace = iota
	posB
	posI
	posE
	posS
)

// Lexicon marks per character.
const (
	lexNone = iota
	lexBOrg
	lexIOrg
	lexBLoc
	lexILoc
)

// maxJosa is the longest particle sequence, in runes, looked for at the end
// of an eojeol.
const maxJosa = 6

// edge runes stand for the positions before the start and after the end.
const (
	runeBOS = -1
	runeEOS = -2
)

// state holds the per-call buffers of feature extraction and decoding. It
// is reused across calls (never shared between goroutines).
type state struct {
	runes []rune
	offs  []int // byte offset of each rune, plus len(text)
	class []uint8
	epos  []uint8
	lex   []uint8
	title []uint8 // bit 0: a title starts the next eojeol; bit 1: inside a title
	josa  []uint8 // 1: the rest of the eojeol after this rune is particles; 2: a particle rune
	feats []uint32
	emit  []int32
	score []int32
	out   []uint8
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// prepare fills the per-rune arrays for text.
func (st *state) prepare(text string, lex *lexicon.Lexicon) {
	st.runes = st.runes[:0]
	st.offs = st.offs[:0]
	for i, r := range text {
		st.runes = append(st.runes, r)
		st.offs = append(st.offs, i)
	}
	st.offs = append(st.offs, len(text))
	n := len(st.runes)
	st.class = grow(st.class, n)
	st.epos = grow(st.epos, n)
	st.lex = grow(st.lex, n)
	st.title = grow(st.title, n)
	st.josa = grow(st.josa, n)
	for i, r := range st.runes {
		st.class[i] = classOf(r)
	}
	// eojeol positions and particles
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
	// lexicon entities
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
	// titles: mark titles and the eojeol before a title that starts a word
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

// Feature hashing: FNV-1a style mixing of 64-bit values, then a
// multiplicative hash to the bucket.
const (
	hashSeed  = 0xcbf29ce484222325
	hashPrime = 0x100000001b3
	hashGold  = 0x9E3779B97F4A7C15
)

func mix(h uint64, x int64) uint64 { return (h ^ uint64(x)) * hashPrime }

func tmpl(t int) uint64 { return (hashSeed ^ uint64(t)) * hashGold }

// featurize writes numFeats bucket indices per rune into st.feats.
func (st *state) featurize(bits uint8) {
	n := len(st.runes)
	st.feats = grow(st.feats, n*numFeats)
	shift := 64 - uint(bits)
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
		es, ee        int    // current eojeol [es, ee)
		shape         uint64 // hash of the current eojeol's shape
		prevE, nextS  int    // previous eojeol end, next eojeol start
		pl1, pl2      int64  // previous eojeol's last chars
		nf1, nf2      int64  // next eojeol's first chars
		suf1, suf2    int64
		pre1, pre2    int64
		lenB          int64
		lastWordEnd   = -1
		lastWordStart = -1
	)
	for i := 0; i < n; i++ {
		if st.class[i] != clsSpace && (i == 0 || st.class[i-1] == clsSpace) {
			// a new eojeol
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
			shape = hashSeed
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
		f := st.feats[i*numFeats : (i+1)*numFeats]
		h := [numFeats]uint64{
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
			0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
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
			h[19] = tmpl(30)
			h[20], h[21], h[22], h[23], h[24], h[25], h[26], h[27] = tmpl(30), tmpl(30), tmpl(30), tmpl(30), tmpl(30), tmpl(30), tmpl(30), tmpl(30)
		}
		h[28] = mix(tmpl(31), int64(st.lex[i]))
		h[29] = mix(mix(tmpl(32), int64(st.lex[i])), c)
		h[30] = mix(mix(mix(tmpl(33), m1), p1), cls(i))
		h[31] = mix(mix(tmpl(34), int64(st.lex[i])), pos)
		for k := range f {
			f[k] = uint32((h[k] * hashGold) >> shift)
		}
	}
}
