package extract

import "strings"

// Tropical storms have names that read like people's or places' (태풍
// 매미, 루사, 볼라벤): a name written right after the word for the storm,
// or in a list in brackets after it (태풍(덴빈, 볼라벤, 산바)), and its
// Latin spelling in brackets after it (덴빈(TEMBIN)), name the storm, which
// is no person, place or organization anywhere in the article.

// stormWords are the words for a tropical storm.
var stormWords = []string{"태풍", "허리케인", "사이클론", "열대폭풍"}

// stormNames returns the names written after a storm word in text, or nil:
// words that are no common noun and no name of the lexicon.
func (a *analysis) stormNames(text string) map[string]bool {
	var out map[string]bool
	add := func(name string) {
		if out == nil {
			out = map[string]bool{}
		}
		out[name] = true
	}
	for _, w := range stormWords {
		for i := 0; ; {
			k := strings.Index(text[i:], w)
			if k < 0 {
				break
			}
			i += k + len(w)
			rest := strings.TrimLeft(text[i:], " ")
			list := strings.HasPrefix(rest, "(")
			for {
				rest = strings.TrimLeft(rest, " ([‘'\"“「")
				n := hangulPrefixMax(rest, maxStormBytes)
				if n == 0 || n > maxStormBytes {
					break // no name, or a run of syllables too long for one
				}
				name := rest[:n]
				if stem, _ := a.x.lex.StripJosa(name); stem != "" {
					name = stem
				}
				rest = strings.TrimLeft(rest[n:], "’'\"”」")
				if syllables(name) < 2 {
					break
				}
				if _, known := a.x.lex.Lookup(name); !known && !a.x.lex.IsCommonNoun(name) {
					add(name) // not 태풍 피해, 태풍 제주 상륙
				}
				if g, ok := strings.CutPrefix(rest, "("); ok {
					if m := latinPrefix(g); m > 0 && m < len(g) && (g[m] == ')' || g[m] == ',') {
						add(g[:m])
					}
				}
				if !list || !strings.HasPrefix(rest, ",") {
					break
				}
				rest = rest[1:]
			}
		}
	}
	return out
}

// latinPrefix returns the length of the Latin letters that open s.
func latinPrefix(s string) int {
	n := 0
	for n < len(s) && (s[n] >= 'A' && s[n] <= 'Z' || s[n] >= 'a' && s[n] <= 'z') {
		n++
	}
	return n
}

// maxStormBytes bounds a storm's name with its particle: eight syllables.
const maxStormBytes = 8 * 3
