package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"
)

// ShortFormOf reports whether one of the forms shorts (names written
// without spaces) is a short form of one of the forms fulls: a Hangul word
// of two syllables or more that is the end of the full form (three or
// more: 안전처 for 국민안전처) or abbreviates it (see Abbreviates).
func ShortFormOf(shorts, fulls []string) bool {
	for _, short := range shorts {
		ns := utf8.RuneCountInString(short)
		if ns < 2 || !hangul.IsWord(short) {
			continue
		}
		for _, full := range fulls {
			if utf8.RuneCountInString(full) <= ns {
				continue
			}
			if strings.HasSuffix(full, short) && ns >= 3 || Abbreviates(short, full) {
				return true
			}
		}
	}
	return false
}

// Abbreviates reports whether short keeps syllables of full in order,
// skipping some (선관위 for 중앙선거관리위원회, 국토부 for 국토교통부), its
// last syllable among full's last four; or is the piece of full that stops
// at the start of 위원회 (인수위 for 대통령직인수위원회). A piece of the
// name that is a word of its own (교통 in 국토교통부) is no abbreviation.
func Abbreviates(short, full string) bool {
	s, f := []rune(short), []rune(full)
	if len(s) < 2 || len(s) >= len(f) {
		return false
	}
	j := 0
	first, last := -1, -1
	for i := 0; i < len(f) && j < len(s); i++ {
		if f[i] == s[j] {
			if j == 0 {
				first = i
			}
			last = i
			j++
		}
	}
	if j < len(s) || last < len(f)-4 {
		return false
	}
	if i := strings.Index(full, short); i >= 0 {
		// a piece of the name is no abbreviation (교통 in 국토교통부, 위원회),
		// unless it stops at the start of 위원회 (인수위, 비대위)
		_, size := utf8.DecodeLastRuneInString(short)
		return strings.HasPrefix(full[i+len(short)-size:], "위원")
	}
	return first >= 0
}

// InOrderFrom reports whether the syllables of short are syllables of full
// in order, from its first one (조평통 of 조국평화통일위원회): how Korean
// abbreviates a name it gives in brackets.
func InOrderFrom(short, full string) bool {
	s, f := []rune(short), []rune(full)
	if len(s) < 2 || len(s) >= len(f) || s[0] != f[0] {
		return false
	}
	j := 0
	for i := 0; i < len(f) && j < len(s); i++ {
		if f[i] == s[j] {
			j++
		}
	}
	return j == len(s)
}

// LatinAbbreviation reports whether x is 2 to 8 capital letters or digits,
// a letter first (KAI, PIF, G20).
func LatinAbbreviation(x string) bool {
	if len(x) < 2 || len(x) > 8 || x[0] < 'A' || x[0] > 'Z' {
		return false
	}
	for i := 0; i < len(x); i++ {
		if c := x[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
