package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestVerbFormOf(t *testing.T) {
	l, err := Default()
	require.NoError(t, err)
	tests := []struct {
		word string
		want VerbForm
	}{
		// stems fused with their ending, as the dictionary lists them
		{"된", ListedVerbForm},
		{"낸", ListedVerbForm},
		{"걸쳐", ListedVerbForm},
		{"나설", ListedVerbForm},
		{"내린", ListedVerbForm},
		{"이러한", ListedVerbForm},
		// a stem and an ending written after it, as its last sound allows
		{"받아", RegularVerbForm},
		{"붙잡아", RegularVerbForm},
		{"오가자", RegularVerbForm},
		{"받은", RegularVerbForm},
		{"먹어서", RegularVerbForm},
		{"받는", RegularVerbForm},
		// a noun and a light verb
		{"사용해", NounVerbForm},
		{"참석한", NounVerbForm},
		{"제기되자", NounVerbForm},
		{"발전시킨", NounVerbForm},
		// no verb forms: names, nouns, a stem alone, endings against the
		// stem's sound
		{"치프라스", NoVerbForm},
		{"케리", NoVerbForm},
		{"대통령", NoVerbForm},
		{"받", NoVerbForm},
		{"받어", NoVerbForm}, // 받 takes 아
		{"먹아", NoVerbForm}, // 먹 takes 어
		{"가은", NoVerbForm}, // 은 follows a consonant; 가 + ㄴ is 간
		{"받며", NoVerbForm}, // 며 follows a vowel; 받 takes 으며
		{"하은", NoVerbForm},
		{"", NoVerbForm},
		{"이용해이용해이용해", NoVerbForm},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, l.VerbFormOf(tt.word), tt.word)
	}
}

func FuzzVerbFormOf(f *testing.F) {
	for _, s := range []string{"받아", "이용해", "제기되자", "", "\xff", "가나다라마바사"} {
		f.Add(s)
	}
	l, err := Default()
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, s string) {
		_ = l.VerbFormOf(s) // must not panic
	})
}
