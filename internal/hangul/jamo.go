package hangul

import "unicode/utf8"

// Final is the final consonant (jongseong) of a syllable, numbered as in
// Unicode's composition of the syllables: 0 for none, 1 for ㄱ … 27 for ㅎ.
type Final int

// The finals the grammar rules ask about.
const (
	NoFinal     Final = 0  // the syllable ends in its vowel: 가, 는
	FinalNieun  Final = 4  // ㄴ: the past modifier, 맡은, 지낸
	FinalRieul  Final = 8  // ㄹ: the future modifier, 추진할
	FinalMieum  Final = 16 // ㅁ: a clause made a noun, 됨, 했음
	FinalSsangS Final = 20 // ㅆ: the past tense, 했, 봤
)

// Vowel is the vowel (jungseong) of a syllable, numbered as in Unicode's
// composition of the syllables: 0 for ㅏ … 20 for ㅣ.
type Vowel int

// The vowels the grammar rules ask about.
const (
	VowelA   Vowel = 0  // ㅏ
	VowelAe  Vowel = 1  // ㅐ
	VowelEo  Vowel = 4  // ㅓ
	VowelYeo Vowel = 6  // ㅕ
	VowelO   Vowel = 8  // ㅗ
	VowelWa  Vowel = 9  // ㅘ
	VowelWo  Vowel = 14 // ㅝ
)

// IsSyllable reports whether r is a precomposed Hangul syllable.
func IsSyllable(r rune) bool { return r >= First && r <= Last }

// IsWord reports whether s is one or more Hangul syllables and nothing
// else.
func IsWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !IsSyllable(r) {
			return false
		}
	}
	return true
}

// FinalOf returns the final consonant of syllable r, and false when r is no
// Hangul syllable.
func FinalOf(r rune) (Final, bool) {
	if !IsSyllable(r) {
		return NoFinal, false
	}
	return Final((r - First) % 28), true
}

// VowelOf returns the vowel of syllable r, and false when r is no Hangul
// syllable.
func VowelOf(r rune) (Vowel, bool) {
	if !IsSyllable(r) {
		return 0, false
	}
	return Vowel((r - First) / 28 % 21), true
}

// LastFinal returns the final consonant of the last rune of s, and false
// when s does not end in a Hangul syllable.
func LastFinal(s string) (Final, bool) {
	r, _ := utf8.DecodeLastRuneInString(s)
	return FinalOf(r)
}

// EndsIn reports whether s ends in a Hangul syllable whose final is f
// (NoFinal: a syllable that ends in its vowel).
func EndsIn(s string, f Final) bool {
	g, ok := LastFinal(s)
	return ok && g == f
}
