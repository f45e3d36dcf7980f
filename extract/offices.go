package extract

import (
	"strings"

	"github.com/kextract/kextract/extract/attribution"
)

// officeHeads maps the last syllable of an office's name to the titles of
// those who head it: a word in 부 right before 장관 is the ministry (이민부
// 장관, 국방부 차관), one in 청 before 청장 the agency, one in 처 before 처장
// the office, and none of them a person's name.
var officeHeads = map[string][]string{
	"부": {"장관", "차관", "대변인"},
	"청": {"청장", "차장"},
	"처": {"처장", "차장", "장관"}, // 국민안전처 장관
}

// officeBeforeHead reports whether the word that ends at end is the name
// of an office and the word right after it the title of its head.
func (a *analysis) officeBeforeHead(end int) bool {
	if end <= 0 || end >= len(a.clean) || a.clean[end] != ' ' {
		return false
	}
	word := a.clean[:end]
	if i := strings.LastIndexAny(word, " \n\t"); i >= 0 {
		word = word[i+1:]
	}
	if syllables(word) < 2 {
		return false
	}
	next, _ := attribution.NextWord(a.clean, end)
	for last, heads := range officeHeads {
		if !strings.HasSuffix(word, last) {
			continue
		}
		for _, h := range heads {
			if strings.HasPrefix(next, h) && titleJosa[next[len(h):]] {
				return true
			}
		}
	}
	return false
}
