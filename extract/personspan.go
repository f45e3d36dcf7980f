package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"
)

// The tagger's person spans are checked against what Korean writes next to
// a name: a plural, a name of the lexicon, a language or a people, and a
// last word that belongs to the title after it.

// formerOrCurrent are the words for "former" and "current" before a title,
// which are also surnames (전, 현).
var formerOrCurrent = setOf("전", "현", "前")

// pluralAfter reports whether the plural suffix 들 follows the span's end
// in the same word (해커들이): a proper name takes no plural, so the word
// is a common noun.
func (a *analysis) pluralAfter(end int) bool {
	return strings.HasPrefix(a.clean[end:], "들")
}

// listedNonPerson reports whether text is an organization of the lexicon
// or a country, continent, region or province (베트남 in 베트남인들이),
// which the tagger took for a person. Cities stay possible: a king or a
// person may share a city's name (세종).
func (a *analysis) listedNonPerson(text string) bool {
	e, ok := a.x.lex.Lookup(text)
	if !ok {
		return false
	}
	if e.Type == TypeOrg {
		return true
	}
	if e.Type != TypeLocation {
		return false
	}
	switch e.Kind {
	case "country", "continent", "region", "province":
		return true
	}
	return false
}

// languageOrPeople reports whether text is a language or a people named by
// a place and 어 or 족 (이탈리아어, 쿠르드족): 어 after a place the lexicon
// knows, 족 after any word of two syllables or more.
func (a *analysis) languageOrPeople(text string) bool {
	if strings.Contains(text, " ") {
		return false
	}
	if stem, ok := strings.CutSuffix(text, "족"); ok && syllables(stem) >= 2 {
		return true
	}
	stem, ok := strings.CutSuffix(text, "어")
	if !ok || syllables(stem) < 2 {
		return false
	}
	e, ok := a.x.lex.Lookup(stem)
	return ok && e.Type == TypeLocation
}

// maxTitleBytes bounds the rest of an eojeol read as part of a title:
// eight syllables.
const maxTitleBytes = 8 * 3

// titleTail returns the span's end without a last word that belongs to the
// title after it: 전 or 현 before a title (안철수 전 의원), or a word the
// span cut that, with the rest of its eojeol, is a title (이광재 강원|도지사
// is 이광재 and 강원도지사).
func (a *analysis) titleTail(start, end int, text string) (int, string) {
	i := strings.LastIndexByte(text, ' ')
	if i <= 0 {
		return end, text
	}
	last := text[i+1:]
	cut := false
	switch {
	case last == "전" || last == "현" || last == "前":
		cut = a.titleNext(start, end)
	case end < len(a.clean):
		if n := hangulPrefixMax(a.clean[end:], maxTitleBytes); n > 0 && n <= maxTitleBytes {
			stem, _ := a.x.lex.StripJosa(last + a.clean[end:end+n])
			_, cut = a.anyTitle(stem)
		}
	}
	if !cut {
		return end, text
	}
	text = strings.TrimRight(text[:i], " ")
	return start + len(text), text
}

// lawRateOrNote reports whether the tagger's organization is a law (X법,
// X법률: 중대재해법, 산업안전보건법), a rate (X율, X률: BIS비율, 교부세율)
// or a banknote (오천원권): one word that Korean forms with these suffixes
// names no body.
func lawRateOrNote(text string) bool {
	if strings.Contains(text, " ") || syllables(text) < 3 {
		return false
	}
	for _, suf := range []string{"법", "법률", "율", "률", "원권"} {
		if strings.HasSuffix(text, suf) {
			return true
		}
	}
	return false
}

// titleWithInitials reports whether text is a person's title, alone or
// after a body's Latin initials (검찰총장, ITU사무총장).
func (a *analysis) titleWithInitials(text string) bool {
	rest := strings.TrimLeft(text, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	if rest == "" {
		return false
	}
	ti, ok := a.x.lex.Title(rest)
	return ok && personTitle(ti) && ti.Kind != "occupation"
}

// thingSuffixes end words that Korean forms for things, not people: a
// disease (렙토스피라증, 원숭이두창), a constellation (천칭자리), a vessel
// or rocket in 호 (누리호, 세월호; a Korean name in 호 such as 김민호 is
// kept by thingName).
var thingSuffixes = []string{"증", "두창", "바이러스", "자리", "호"}

// thingName reports whether the tagger's person span names a thing: one
// word of three syllables or more in a suffix of things that does not read
// as a Korean name, or several words whose last is a common noun (크리스퍼
// 시스템, 드라이브 코스, 가스터빈실 좌현).
func (a *analysis) thingName(text string) bool {
	if stem, josa := a.x.lex.StripJosa(text); josa != "" && stem != "" {
		text = stem // 누리호는: the tagger's span may hold the particle
	}
	if i := strings.LastIndexByte(text, ' '); i >= 0 {
		last := text[i+1:]
		return loanNouns[last] || a.x.lex.IsCommonNoun(last)
	}
	if syllables(text) < 3 || a.koreanName(text) || a.x.lex.IsNameWord(text) {
		return false
	}
	for _, suf := range thingSuffixes {
		if strings.HasSuffix(text, suf) {
			return true
		}
	}
	return false
}

// verbEndings are forms of 하다 and 되다 that make a verb of the noun they
// are written onto (수리하고 있다, 수리했다, 수리된): a word the article
// uses so is a verbal noun, and no name, since a name takes no 하다. The
// particle 하고 ("and") and 한테 ("to") are not among them.
var verbEndings = []string{"했다", "했고", "했으며", "했던", "했지만", "한다", "하는", "하며", "하여", "하기", "하면서", "하지", "해야", "해서", "하고 있", "된다", "됐다", "되었다", "되는", "되어", "된"}

// verbEndingStarts are the first syllables of verbEndings.
var verbEndingStarts = func() *hangul.Set {
	var b strings.Builder
	for _, v := range verbEndings {
		r, _ := utf8.DecodeRuneInString(v)
		b.WriteRune(r)
	}
	return hangul.NewSet(b.String())
}()

// verbalNoun reports whether the article writes the one-word text as the
// noun of a verb in 하다 or 되다 somewhere (see verbEndings). The nouns are
// gathered in one pass over the text, on first use, so that the test is
// linear in the document however many spans ask.
func (a *analysis) verbalNoun(text string) bool {
	if !a.verbDone {
		a.verbDone = true
		a.verbNouns = verbalNouns(a.clean)
	}
	return a.verbNouns[text]
}

// verbalNouns returns the Hangul words of text written right before one of
// verbEndings.
func verbalNouns(text string) map[string]bool {
	var out map[string]bool
	for i := 0; i < len(text); {
		n := hangulPrefix(text[i:])
		if n == 0 {
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
			continue
		}
		word := text[i : i+n]
		// every split of the word into a noun of two to eight syllables and
		// a verb ending (a bound that keeps a hostile run of syllables linear)
		for k := 6; k < len(word) && k <= 8*3; k += 3 {
			if r, _ := hangul.SyllableAt(text, i+k); !verbEndingStarts.Has(r) {
				continue // most splits: no ending starts there, no comparisons
			}
			rest := text[i+k:]
			for _, v := range verbEndings {
				if strings.HasPrefix(rest, v) {
					if out == nil {
						out = map[string]bool{}
					}
					out[word[:k]] = true
					break
				}
			}
		}
		i += n
	}
	return out
}

// cutEtc cuts the 등 ("and others") written onto the last word of a
// tagger's person span (조스 스톤등 각국의 유명인사들): a name ends before it.
// A last word of fewer than two syllables before 등 is left alone. It
// returns the new end and text.
func cutEtc(start, end int, text string) (int, string) {
	last := text[strings.LastIndexByte(text, ' ')+1:]
	stem, ok := strings.CutSuffix(last, "등")
	if !ok || syllables(stem) < 2 || !hangul.IsWord(stem) {
		return end, text
	}
	text = strings.TrimSuffix(text, "등")
	return start + len(text), text
}
