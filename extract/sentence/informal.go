package sentence

import (
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"
)

// Informal text (blogs, speech) often ends sentences without punctuation:
// "음식도 맛있었어요 다만, ...", "쫀득쫀득하다ㅎㅎ 보통 ...". informalEnd
// splits at a space only after a word that ends in an unmistakable final
// verb ending or in laughter jamo or emoji, and never before a word that
// continues the clause ("했다 하더라도", "하다 보니"). News sentences end
// with periods, and none of these endings occurs inside a news sentence
// without one.

// informalEnd reports whether the space at i ends the sentence that began at
// sentStart in the line ending at b.
func informalEnd(text string, sentStart, i, b int) bool {
	if !endsInformally(text, sentStart, i) {
		return false
	}
	n := skipSpace(text, i, b)
	return n < b && !isInformalContinuation(text[n:min(b, n+24)]) && !decorationWord(text, n, b)
}

// decorationWord reports whether the word at n is only laughter jamo or
// emoji ("ㅋㅋㅋ", "🙂"); it belongs to the sentence before it. Words
// longer than maxDecoration bytes are not looked at, to bound the cost.
func decorationWord(text string, n, b int) bool {
	const maxDecoration = 64
	j := n
	for j < b {
		if j-n > maxDecoration {
			return false
		}
		r, size := decodeAt(text, j)
		if isSpace(r) {
			break
		}
		if !isLaughter(r) && !isEmoji(r) && r != '~' && r != '^' {
			return false
		}
		j += size
	}
	return j > n
}

// endsInformally reports whether the word ending at i ends in a final verb
// ending, laughter or emoji.
func endsInformally(text string, sentStart, i int) bool {
	if i-3 >= sentStart {
		// most words end in a syllable that ends no sentence: reject them
		// before looking for laughter, emoji or tildes
		if r, ok := hangul.SyllableAt(text, i-3); ok && !mayEndSentence(r) {
			return false
		}
	}
	k := i
	decorated := false // laughter or emoji after the word
	for k > sentStart {
		r, size := utf8.DecodeLastRuneInString(text[:k])
		if !isLaughter(r) && !isEmoji(r) {
			break
		}
		decorated = true
		k -= size
	}
	tildes := false
	if !decorated {
		for k > sentStart && (text[k-1] == '~' || text[k-1] == '^') {
			tildes = true
			k--
		}
	}
	if decorated && k > sentStart && isSpace(rune(text[k-1])) {
		// A word of laughter or emoji after the sentence: "하지만요 ㅋㅋㅋ".
		k = trimRight(text, sentStart, k)
		if k > sentStart {
			r, _ := utf8.DecodeLastRuneInString(text[:k])
			return hangul.IsSyllable(r) || isTerminal(r) || isCloser(r)
		}
	}
	if k <= sentStart {
		return false
	}
	s2, size := utf8.DecodeLastRuneInString(text[:k])
	if !hangul.IsSyllable(s2) {
		return false
	}
	if decorated {
		return true // "맛있었어요ㅎㅎ 그리고", "패키지😊 다음"
	}
	var s1 rune
	if k-size > sentStart {
		s1, _ = utf8.DecodeLastRuneInString(text[:k-size])
	}
	if tildes {
		return isFinalSyllable(s2)
	}
	return isVerbEnding(s1, s2)
}

// mayEndSentence reports whether syllable r is the last of a verb ending
// that isVerbEnding accepts.
func mayEndSentence(r rune) bool {
	switch r {
	case '다', '요', '죠', '쥬', '용', '당', '유', '음', '임', '먼', '랑':
		return true
	}
	return false
}

// isVerbEnding reports whether a word ending in the syllables s1 s2 ends in
// a sentence-final verb ending: 했다, 한다, 있다, 좋다, 합니다, 해요, 하죠.
func isVerbEnding(s1, s2 rune) bool {
	if !hangul.IsSyllable(s1) {
		return false
	}
	switch s2 {
	case '다':
		switch final(s1) {
		case hangul.FinalSsangS, jongBieup: // 했다 있다 겁다 쉽다
			return true
		}
		// 한다 된다 간다 ...; not 아만다, 판다, 혼다.
		return strings.ContainsRune("니하이좋많같싶않렇없한된는간온본준진친", s1)
	case '요':
		return strings.ContainsRune("어아여워와해에예세네데게래대걸구지까든봐줘돼셔져군", s1)
	case '죠', '쥬':
		return true
	case '용':
		return strings.ContainsRune("어아해에예세네게", s1)
	case '당':
		return s1 == '니' // 했답니당
	case '유':
		return strings.ContainsRune("아어해여세", s1) // 않아유
	case '음':
		return final(s1) == hangul.FinalSsangS // 있음, 했음, 가보겠음 (not 처음, 마음)
	case '임':
		return s1 == '것' || s1 == '문' // 것임, 때문임
	case '먼':
		return s1 == '구' // 안되는구먼
	case '랑':
		return s1 == '걸' // 먹었걸랑
	}
	return false
}

// jongBieup is the final ㅂ of a syllable (겁, 쉽).
const jongBieup hangul.Final = 17

// final returns the final consonant of syllable r.
func final(r rune) hangul.Final {
	f, _ := hangul.FinalOf(r)
	return f
}

// informalContinuations begin a word that continues the clause after a
// verb form: "했다 하더라도", "하다 보니", "좋다 싶으면", "있다 없다".
var informalContinuations = []string{
	"하더라", "하여도", "해도", "해서", "하니", "하는", "하고", "하며", "하면", "하자",
	"하던", "하여", "한들", "한다", "할", "했", "싶", "보니", "보면", "보다", "못해",
	"못한", "치더", "치고", "라고", "라는", "라며", "라면", "면서", "는데", "하기",
	"해야", "없다", "아니", "하드라", "하겠", "합",
}

// informalContinuationWords are whole words that continue a clause.
var informalContinuationWords = []string{"고", "는", "며", "면", "안", "해", "하", "등", "및", "또는", "식"}

func isInformalContinuation(next string) bool {
	for _, c := range informalContinuations {
		if strings.HasPrefix(next, c) {
			return true
		}
	}
	for _, c := range informalContinuationWords {
		if strings.HasPrefix(next, c) {
			rest := next[len(c):]
			if rest == "" {
				return true
			}
			r, _ := utf8.DecodeRuneInString(rest)
			if !hangul.IsSyllable(r) {
				return true
			}
		}
	}
	return false
}

// isLaughter reports whether r is a Hangul jamo used for laughter or tears
// (ㅋㅋ, ㅎㅎ, ㅠㅠ, ㅜ).
func isLaughter(r rune) bool { return isJamo(r) }

func isEmoji(r rune) bool {
	return r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF ||
		r == 0xFE0F || r == 0x200D
}
