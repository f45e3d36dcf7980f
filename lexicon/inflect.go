package lexicon

import "strings"

// haEndings are the forms a 하다 verb takes where a report goes on or
// ends: 일축했다 is also 일축했고, 일축했으며, 일축하며, 일축하면서, 일축했지만,
// 일축하였다, 일축하였고, 일축한다.
var haEndings = []string{"했고", "했으며", "했지만", "하며", "하면서", "하였다", "하였고", "하였으며", "한다", "한", "하는", "하던"}

// hiEndings are the same forms for a verb in 히다 (밝혔다: 밝혔고, 밝히며,
// 밝힌).
var hiEndings = []string{"혔고", "혔으며", "혔지만", "히며", "히면서", "힌다", "힌", "히는", "히던"}

// conjugations pair a past ending with the other forms of the verbs so
// conjugated.
var conjugations = []struct {
	past    string
	endings []string
}{{"했다", haEndings}, {"혔다", hiEndings}}

// inflectVerbs adds to the listed verb forms the other endings of each
// 하다 verb listed in its past form (X했다), with the same kind, unless a
// form is listed already; likewise for verbs in 히다 (X혔다). verbs.tsv
// then lists one form per verb where Korean conjugates it by rule.
func inflectVerbs(verbs map[string]string) map[string]string {
	add := map[string]string{}
	for form, kind := range verbs {
		for _, c := range conjugations {
			stem, ok := strings.CutSuffix(form, c.past)
			if !ok || stem == "" {
				continue
			}
			for _, e := range c.endings {
				if _, listed := verbs[stem+e]; !listed {
					add[stem+e] = kind
				}
			}
		}
	}
	for f, k := range add {
		verbs[f] = k
	}
	return verbs
}
