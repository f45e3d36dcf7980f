package entity

import (
	"slices"
	"strings"

	"github.com/kextract/kextract/internal/hangul"
)

// placeSuffixes are the words Korean writes after a place's own name for
// the kind of place it is (후쿠시마현, 크림반도, 성주군, 광주광역시): in one
// article the name with and without them is one place.
var placeSuffixes = []string{"특별자치도", "특별자치시", "특별시", "광역시", "자치구", "반도", "제도", "현", "시", "군", "도", "주", "성", "섬"}

// linkPlaceForms merges places an article names in two forms of one name:
// written with and without spaces (광화문 광장, 광화문광장), and with and
// without the word for the kind of place (후쿠시마, 후쿠시마현). The short
// form must be two syllables or more and fit one place only; the entity kept
// is the lexicon's, else the one of the fuller name. Two places of the
// lexicon stay apart when they are of two kinds (a city and its state).
func (s *Set) linkPlaceForms(text string) {
	var places []*Entity
	for _, e := range s.list {
		if e.Type == Location && len(e.Mentions) > 0 {
			places = append(places, e)
		}
	}
	if len(places) < 2 {
		return
	}
	formsOf := make(map[*Entity][]string, len(places))
	for _, e := range places {
		formsOf[e] = forms(text, e)
	}
	for _, p := range places {
		if p.Type == "" {
			continue
		}
		var target *Entity
		for _, e := range places {
			if e == p || e.Type == "" || !placeFormOf(formsOf[p], formsOf[e]) {
				continue
			}
			if target != nil && target != e {
				target = nil // two places fit: leave both
				break
			}
			target = e
		}
		if target == nil {
			continue
		}
		if p.Entry != nil && target.Entry == nil {
			p, target = target, p
		} else if p.Entry != nil && target.Entry != nil && p.Entry != target.Entry && p.Entry.Kind != target.Entry.Kind {
			// two places the lexicon tells apart: 뉴욕 the city and 뉴욕주
			// the state (of one kind, 후쿠시마 and 후쿠시마현 are one)
			continue
		}
		s.Merge(target, p)
		formsOf[target] = forms(text, target)
	}
}

// placeFormOf reports whether one of the forms shorts is one of fulls, or
// one of fulls without its place suffix; forms have no spaces.
func placeFormOf(shorts, fulls []string) bool {
	for _, s := range shorts {
		if syllables(s) < 2 || !hangul.IsWord(s) {
			continue
		}
		for _, f := range fulls {
			if f == s {
				return true
			}
			if rest, ok := strings.CutPrefix(f, s); ok && slices.Contains(placeSuffixes, rest) {
				return true
			}
		}
	}
	return false
}
