package lexicon

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"
)

// Verb and adjective stems and their fused inflected forms, generated from
// mecab-ko-dic by tools/gazetteer like nouns.txt and names.txt.
var (
	//go:embed data/verbstems.txt
	verbStemsTxt string
	//go:embed data/verbforms.txt
	verbFormsTxt string
)

var (
	verbStems = sync.OnceValue(func() sortedLines { return indexedLines(verbStemsTxt, 2) })
	verbForms = sync.OnceValue(func() sortedLines { return indexedLines(verbFormsTxt, 3) })
)

// VerbForm says how a word was read as an inflected verb or adjective
// (see Lexicon.VerbFormOf).
type VerbForm uint8

const (
	// NoVerbForm: the word is not read as a verb or adjective form.
	NoVerbForm VerbForm = iota
	// ListedVerbForm: the dictionary lists the word as a stem fused with a
	// connective or adnominal ending (된, 낸, 걸쳐, 나설, 내린, 이러한).
	ListedVerbForm
	// RegularVerbForm: a listed stem and an ending written after it, as
	// the stem's last sound allows (받아, 붙잡아, 오가자, 받은, 나서며).
	RegularVerbForm
	// NounVerbForm: a common noun and a form of 하다, 되다 or 시키다
	// (이용해, 제기되자, 발전시킨).
	NounVerbForm
)

// anyStemEndings follow any stem: 가고, 받고, 오가자, 받는, 받던.
var anyStemEndings = []string{"고", "게", "지", "는", "던", "도록", "거나", "다가", "자", "자마자", "는데", "지만", "더니", "고자"}

// consonantEndings follow a stem that ends in a consonant (받은, 받을,
// 받으며); after a vowel they fuse with it (간, 갈, 가며: listed forms or
// vowelEndings).
var consonantEndings = []string{"은", "을", "으며", "으면", "으면서", "으니", "으나", "으러", "으려고", "으려면"}

// vowelEndings follow a stem that ends in a vowel: 나서며, 오가면서.
var vowelEndings = []string{"며", "면", "면서", "니", "나", "러", "려고", "려면"}

// infinitiveEndings are the endings in 아/어 (받아, 먹어서, 잡아도), which
// follow a stem ending in a consonant: 아 after ㅏ or ㅗ, 어 after other
// vowels (after a vowel the two fuse: 가, 걸쳐, listed forms).
var infinitiveEndings = []string{"", "서", "도", "야"}

// lightVerbStarts begin the forms of 하다, 되다 and 시키다 that make a
// verb of a noun (이용해, 이용한, 제기되자, 발전시켜).
var lightVerbStarts = []string{"하", "해", "한", "할", "되", "돼", "된", "될", "시키", "시켜", "시킨", "시킬"}

// VerbFormOf reports whether w, a bare word of Hangul syllables, is an
// inflected verb or adjective in a form that ends a clause or modifies the
// noun after it (받아, 나설, 내린, 제기되자), and how it was read. Such a word
// before a title or a name is no part of a person's name: 1표를 받아
// 국가주석으로, 세단에서 내린 케리 장관은. Forms whose sentence-final or
// past endings (받았다) end a sentence are not looked for. Given names can
// read the same way (지은, 나은), so callers weigh the answer against what
// else they know of the word.
func (l *Lexicon) VerbFormOf(w string) VerbForm {
	w = strings.TrimSpace(w)
	if w == "" || len(w) > maxListedWordBytes+3 {
		return NoVerbForm
	}
	if verbForms().contains(w) {
		return ListedVerbForm
	}
	if regularVerbForm(w) {
		return RegularVerbForm
	}
	// a noun and a light verb: the noun has two syllables or more
	for i, n := 0, 0; i < len(w); n++ {
		_, size := utf8.DecodeRuneInString(w[i:])
		i += size
		if n+1 < 2 || i >= len(w) {
			continue
		}
		rest := w[i:]
		if !hasAnyPrefix(rest, lightVerbStarts) || !l.IsCommonNoun(w[:i]) {
			continue
		}
		if verbForms().contains(rest) || regularVerbForm(rest) {
			return NounVerbForm
		}
	}
	return NoVerbForm
}

// regularVerbForm reports whether w is a listed stem and an ending that
// the stem's last sound allows.
func regularVerbForm(w string) bool {
	for _, e := range anyStemEndings {
		if stem, ok := strings.CutSuffix(w, e); ok && stem != "" && verbStems().contains(stem) {
			return true
		}
	}
	for _, e := range consonantEndings {
		if stem, ok := strings.CutSuffix(w, e); ok && endsInConsonant(stem) && verbStems().contains(stem) {
			return true
		}
	}
	for _, e := range vowelEndings {
		if stem, ok := strings.CutSuffix(w, e); ok && endsInVowel(stem) && verbStems().contains(stem) {
			return true
		}
	}
	for _, tail := range infinitiveEndings {
		for _, v := range []string{"아", "어"} {
			stem, ok := strings.CutSuffix(w, v+tail)
			if !ok || !endsInConsonant(stem) || brightVowel(stem) != (v == "아") {
				continue
			}
			if verbStems().contains(stem) {
				return true
			}
		}
	}
	return false
}

func endsInConsonant(s string) bool {
	f, ok := hangul.LastFinal(s)
	return ok && f != hangul.NoFinal
}

func endsInVowel(s string) bool { return hangul.EndsIn(s, hangul.NoFinal) }

// brightVowel reports whether the last syllable of s has the vowel ㅏ or
// ㅗ, after which the infinitive ending is 아 (받아, 놓아), not 어 (먹어).
func brightVowel(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	v, ok := hangul.VowelOf(r)
	return ok && (v == hangul.VowelA || v == hangul.VowelO)
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
