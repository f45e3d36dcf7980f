package hangul

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFinalAndVowel(t *testing.T) {
	tests := []struct {
		r     rune
		final Final
		vowel Vowel
	}{
		{'가', NoFinal, VowelA},
		{'맡', 25, VowelA},
		{'은', FinalNieun, 18},
		{'할', FinalRieul, VowelA},
		{'음', FinalMieum, 18},
		{'했', FinalSsangS, VowelAe},
		{'놓', 27, VowelO},
		{'워', NoFinal, VowelWo},
		{'힣', 27, 20},
	}
	for _, tt := range tests {
		f, ok := FinalOf(tt.r)
		assert.True(t, ok, "%c", tt.r)
		assert.Equal(t, tt.final, f, "%c", tt.r)
		v, ok := VowelOf(tt.r)
		assert.True(t, ok, "%c", tt.r)
		assert.Equal(t, tt.vowel, v, "%c", tt.r)
	}
	for _, r := range []rune{'a', 'ㄱ', '漢', First - 1, Last + 1} {
		_, ok := FinalOf(r)
		assert.False(t, ok, "%U", r)
		_, ok = VowelOf(r)
		assert.False(t, ok, "%U", r)
	}
}

func TestEndsIn(t *testing.T) {
	assert.True(t, EndsIn("맡은", FinalNieun))
	assert.True(t, EndsIn("추진할", FinalRieul))
	assert.True(t, EndsIn("바다", NoFinal))
	assert.False(t, EndsIn("바다", FinalNieun))
	assert.False(t, EndsIn("", NoFinal), "no syllable, no final")
	assert.False(t, EndsIn("KAI", NoFinal))
}

func TestIsWord(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"선관위", true},
		{"가", true},
		{"", false},
		{"KAI", false},
		{"한국 공사", false}, // a space is not a syllable
		{"ㄱ나", false},    // a compatibility jamo is not a syllable
		{"한국(", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, IsWord(tt.in), "%q", tt.in)
	}
}
