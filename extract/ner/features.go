package ner

import (
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"
	"github.com/kextract/kextract/lexicon"
)

// Entity labels, in label-index order: label k has B index 1+2k and I index
// 2+2k; index 0 is O.
var entityLabels = [...]string{"PS", "LC", "OG", "DT", "TI", "QT"}

const (
	numLabels = 13 // O plus B and I for each of the 6 entity labels
	numFeats  = 25 // features per character
	// featureVersion changes whenever the features or the range of the
	// weights change, so that an old model file is refused instead of
	// silently tagging badly.
	featureVersion = 3
	// gazetteerVersion is the file version of a model with a gazetteer:
	// the same features, the gazetteer's marks added to the lexicon's.
	gazetteerVersion = 4
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

// given holds lexicon matches the caller already has for a chunk (see
// TagWith): list, with offsets base bytes past the chunk's. Without ok,
// prepare matches the chunk itself.
type given struct {
	ok   bool
	base int
	list []lexicon.Match
}

// prepare fills the per-rune arrays for text. The lexicon matches are g's
// when g.ok, else lex.Match(text).
func (st *state) prepare(text string, lex *lexicon.Lexicon, g given) {
	st.runes = st.runes[:0]
	st.offs = st.offs[:0]
	st.class = st.class[:0]
	// the runes as range gives them (invalid bytes one by one as
	// utf8.RuneError), Hangul syllables read without decoding
	for i := 0; i < len(text); {
		if r, ok := hangul.SyllableAt(text, i); ok {
			st.runes = append(st.runes, r)
			st.offs = append(st.offs, i)
			st.class = append(st.class, clsHangul)
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		st.runes = append(st.runes, r)
		st.offs = append(st.offs, i)
		st.class = append(st.class, classOf(r))
		i += size
	}
	st.offs = append(st.offs, len(text))
	n := len(st.runes)
	st.epos = grow(st.epos, n)
	st.lex = grow(st.lex, n)
	st.josa = grow(st.josa, n)
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
	matches, base := g.list, g.base
	if !g.ok {
		matches, base = lex.Match(text), 0
	}
	j := 0
	for _, m := range matches {
		for j < n && st.offs[j] < m.Start-base {
			j++
		}
		b, in := uint8(lexBOrg), uint8(lexIOrg)
		if m.Entry != nil && m.Entry.Type == lexicon.TypeLocation {
			b, in = lexBLoc, lexILoc
		}
		for k := j; k < n && st.offs[k] < m.End-base; k++ {
			if k == j {
				st.lex[k] = b
			} else {
				st.lex[k] = in
			}
		}
	}
}
