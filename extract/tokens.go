package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"
)

// token is a word of the clean text: a maximal run of letters and digits
// (a Korean eojeol without its punctuation), with the particle (josa) that
// ends it split off.
//
// A word is held for every word of the text while the stages run (about a
// million for 10 MB), so it is kept small: 56 bytes. The stem and the
// particle are the two parts of text, split at stemLen.
type token struct {
	start, end int    // bytes of the whole word in the clean text
	text       string // the whole word
	// punctBefore holds the punctuation between the previous word and this
	// one, without spaces (e.g. "(" or "”").
	punctBefore string
	// stemLen is the length of the stem: text[:stemLen] is the word
	// without its particle, text[stemLen:] the particle.
	stemLen int32
	script  script
	// spaceBefore is true when whitespace (not punctuation) separates this
	// word from the previous one, or it starts the text.
	spaceBefore bool
	titleState  uint8
}

// stem returns the word without its particle.
func (t token) stem() string { return t.text[:t.stemLen] }

// josa returns the particle that ends the word, or "".
func (t token) josa() string { return t.text[t.stemLen:] }

// stemEnd returns the end of the stem in the clean text.
func (t token) stemEnd() int { return t.start + int(t.stemLen) }

// wholeWord makes the whole word the stem: no particle (문재인 is not
// 문재 + 인).
func (t *token) wholeWord() { t.stemLen = int32(len(t.text)) }

// setStem makes the first n bytes of the word its stem, the rest its
// particle.
func (t *token) setStem(n int) { t.stemLen = int32(n) }

// titleState values: whether wordTitle has been asked of the word, and its
// answer.
const (
	titleUnknown = iota
	titleNone
	titleFound
)

type script uint8

const (
	scriptHangul script = iota + 1
	scriptLatin
	scriptDigit
	scriptHanja
	scriptMixed
)

// isWordRune reports whether r belongs inside a word.
func isWordRune(r rune) bool {
	switch {
	case r < 0x80:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	case 0xAC00 <= r && r <= 0xD7A3: // Hangul syllables, most of the text
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// sentenceWords returns the words of sentence i, tokenized once and shared
// by the stages. Callers must not modify the slice.
func (a *analysis) sentenceWords(i int) []token {
	if a.words == nil {
		a.words = make([][]token, len(a.sents))
	}
	if a.words[i] == nil {
		// the sentences' words share large blocks (a word and a space are
		// about 10 bytes of Korean; a block fits the rest of the text, or
		// 4096 words): fewer, fuller allocations than one per sentence
		lo, hi := a.sents[i].Start, a.sents[i].End
		if cap(a.wordBlock)-len(a.wordBlock) < (hi-lo)/6+1 {
			a.wordBlock = make([]token, 0, max(min((len(a.clean)-lo)/10, 4096), (hi-lo)/6+1))
		}
		start := len(a.wordBlock)
		a.wordBlock = a.tokenizeInto(a.wordBlock, lo, hi)
		a.words[i] = a.wordBlock[start:len(a.wordBlock):len(a.wordBlock)]
	}
	return a.words[i]
}

// lastWordStage is the last stage that reads sentenceWords; the words are
// released after it, before the document is built (they are a tenth of a
// word each of the text, about 100 bytes a word: 110 MB for 10 MB of text).
// A later call of sentenceWords tokenizes again.
const lastWordStage = "claim sources"

// releaseWords drops the cached words of every sentence.
func (a *analysis) releaseWords() {
	a.words, a.wordBlock = nil, nil
}

// wordsIn returns the words of clean[lo:hi] as tokenize(lo, hi) would,
// taken from the cached words of the sentences it covers instead of
// tokenizing again: the speaker and quote rules read small windows before
// and after each quote. A word cut by lo or hi is left out (tokenize would
// return the piece inside). The words are a copy the caller may modify.
// After the words are released it tokenizes.
func (a *analysis) wordsIn(lo, hi int) []token {
	if a.words == nil || lo >= hi || len(a.sents) == 0 {
		return a.tokenize(lo, hi)
	}
	var out []token
	prev := lo
	for si := a.sentenceAt(lo); si < len(a.sents) && a.sents[si].Start < hi; si++ {
		toks := a.sentenceWords(si)
		k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= lo })
		first := true // the first word taken from this sentence
		for ; k < len(toks) && toks[k].end <= hi; k++ {
			t := toks[k]
			if first || len(out) == 0 {
				// its punctuation before is counted from the window's
				// start or the previous word, as tokenize counts it
				between := a.clean[prev:t.start]
				t.spaceBefore = len(out) == 0 || hasSpace(between)
				t.punctBefore = stripSpaces(between)
				first = false
			}
			if out == nil {
				out = make([]token, 0, (hi-lo)/10+1)
			}
			out = append(out, t)
			prev = t.end
		}
	}
	return out
}

// tokenize splits s[lo:hi] into words. Offsets are into s; an empty or
// reversed window (a quote's ending read past its sentence's end) has none.
func (a *analysis) tokenize(lo, hi int) []token {
	if lo >= hi {
		return nil
	}
	return a.tokenizeInto(make([]token, 0, (hi-lo)/10+1), lo, hi)
}

// tokenizeInto appends the words of s[lo:hi] to out.
func (a *analysis) tokenizeInto(out []token, lo, hi int) []token {
	s := a.clean
	i := lo
	punctStart := lo
	for i < hi {
		// a word starts at a syllable (most do: no decoding) or at another
		// word rune
		if _, ok := hangul.SyllableAt(s, i); !ok {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isWordRune(r) {
				i += size
				continue
			}
		}
		start := i
		sc := script(0)
		for i < hi {
			if _, ok := hangul.SyllableAt(s, i); ok && i+3 <= hi {
				sc = mergeScript(sc, scriptHangul)
				i += 3
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isWordRune(r) {
				break
			}
			sc = mergeScript(sc, runeScript(r))
			i += size
		}
		t := token{start: start, end: i, text: s[start:i], script: sc}
		between := s[punctStart:start]
		t.spaceBefore = start == lo || hasSpace(between)
		t.punctBefore = stripSpaces(between)
		t.wholeWord()
		if sc == scriptHangul || sc == scriptMixed {
			stem, josa := a.x.lex.StripJosa(t.text)
			if stem != "" && josa != "" {
				t.setStem(len(stem)) // stem is a prefix of the word
				if a.nameBeforeParticle(stem, josa) {
					t.setStem(len(stem) + 3) // 벨라는 is 벨라 + 는, not 벨 + 라는
				}
			}
			// the plural suffix belongs to the noun: 전문가들은 → 전문가들 + 은
			if strings.HasPrefix(t.josa(), "들") {
				t.setStem(int(t.stemLen) + len("들"))
			}
		}
		out = append(out, t)
		punctStart = i
	}
	return out
}

// nameBeforeParticle reports whether the first syllable of josa, split off
// a stem of one syllable, ends a name instead: 벨라는, 사라가, 미나의. A
// one-syllable word is rarely what a quotative particle follows, and a name
// word of the dictionary (벨라, 사라) that ends in 라, 이, 나, 도 or 아 takes
// the rest as its particle. 이라는 after a quote is the copula and 라는.
func (a *analysis) nameBeforeParticle(stem, josa string) bool {
	if len(stem) != 3 || stem == "이" || len(josa) <= 3 || !nameSyllableJosa[josa[:3]] {
		return false
	}
	return a.x.lex.IsJosaSequence(josa[3:]) && a.x.lex.IsNameWord(stem+josa[:3])
}

func runeScript(r rune) script {
	switch {
	case r >= 0xAC00 && r <= 0xD7A3, r >= 0x3131 && r <= 0x318E:
		return scriptHangul
	case r < 0x80 && unicode.IsLetter(r):
		return scriptLatin
	case unicode.IsDigit(r):
		return scriptDigit
	case unicode.Is(unicode.Han, r):
		return scriptHanja
	}
	return scriptMixed
}

func mergeScript(a, b script) script {
	switch {
	case a == 0:
		return b
	case a == b:
		return a
	}
	return scriptMixed
}

func hasSpace(s string) bool {
	for _, r := range s {
		if unicode.IsSpace(r) {
			return true
		}
	}
	return false
}

func stripSpaces(s string) string {
	// most often the punctuation is one run ("", " ", "“", " (", "” "): a
	// slice of s, no copy
	lo, hi := 0, len(s)
	for lo < hi && isSpaceByte(s[lo]) {
		lo++
	}
	for hi > lo && isSpaceByte(s[hi-1]) {
		hi--
	}
	s = s[lo:hi]
	inner := false
	for i := 0; i < len(s) && !inner; i++ {
		inner = isSpaceByte(s[i])
	}
	if !inner {
		return s
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && s[i] != '\n' && s[i] != '\t' {
			out = append(out, s[i])
		}
	}
	return string(out)
}

// isSpaceByte reports whether b is a space, a newline or a tab.
func isSpaceByte(b byte) bool { return b == ' ' || b == '\n' || b == '\t' }

// syllables counts the runes of s.
func syllables(s string) int { return utf8.RuneCountInString(s) }

// maxCompoundBytes bounds the words that the readers of compounds (a title
// at the end of a word, a body at its start, a common noun in it) take
// apart: 24 Hangul syllables, past the longest title or name of a body. A
// longer "word" is no compound of Korean but a run without spaces, and
// reading each of its suffixes would cost time quadratic in its length.
const maxCompoundBytes = 24 * 3

// compoundWord reports whether w is short enough to be read as a compound.
func compoundWord(w string) bool { return len(w) <= maxCompoundBytes }

// hangulPrefix returns the length in bytes of the Hangul syllables that
// open s.
func hangulPrefix(s string) int { return hangulPrefixMax(s, len(s)) }

// hangulPrefixMax is hangulPrefix counted up to one syllable past max
// bytes, so that a caller that wants a short word reads no long run.
func hangulPrefixMax(s string, max int) int {
	n := 0
	for n < len(s) && n <= max {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !hangul.IsSyllable(r) {
			break
		}
		n += size
	}
	return n
}
