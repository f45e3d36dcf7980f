package sentence

import "testing"

// The quick test of endsInformally passes every syllable that ends a verb
// ending isVerbEnding accepts, whatever the syllable before it.
func TestMayEndSentenceCoversVerbEndings(t *testing.T) {
	for s2 := rune(0xAC00); s2 <= 0xD7A3; s2++ {
		if mayEndSentence(s2) {
			continue
		}
		for s1 := rune(0xAC00); s1 <= 0xD7A3; s1++ {
			if isVerbEnding(s1, s2) {
				t.Fatalf("isVerbEnding(%q, %q) but mayEndSentence(%q) is false", s1, s2, s2)
			}
		}
	}
}
