package extract

import "strings"

// Words that look like a Korean full name by their syllables (한다고 has the
// surname 한, 정말로 the surname 정) but are a clause's last word or an
// adverb: no name stands there.

// sentenceAdverbs are adverbs that open a clause and modify all of it.
var sentenceAdverbs = setOf("정말로", "정말", "심지어", "과연", "아마", "아마도", "만약", "만일", "비록", "설령", "설사",
	"도대체", "오히려", "마침내", "드디어", "결국", "특히", "게다가", "더구나", "더군다나", "더욱이", "하물며", "당연히", "분명히",
	"실제로", "사실", "사실상", "이미", "아직", "여전히", "그러나", "하지만", "그런데", "그래서", "따라서", "그러므로",
	"또한", "한편", "반면", "다만", "물론", "역시", "이어", "앞서", "이후", "최근", "현재", "당시")

// clauseEnds are the endings of a predicate that closes a quoted or
// connected clause: 한다고, 했다며, 하지만, 하면서, 하는데, 하도록.
var clauseEnds = []string{"다고", "라고", "다며", "라며", "면서", "지만", "는데", "도록", "다는", "라는"}

// closesClause reports whether w, a word of three syllables or more, ends a
// clause.
func closesClause(w string) bool {
	if syllables(w) < 3 {
		return false
	}
	for _, e := range clauseEnds {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// notAName reports whether w, a word before a noun, is an adverb or ends a
// clause (…해야 한다고 정부를, 심지어 정부가), so that it names nobody.
func notAName(w string) bool {
	return sentenceAdverbs[w] || closesClause(w)
}
