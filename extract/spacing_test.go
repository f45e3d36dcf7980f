package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAddSpaced(t *testing.T) {
	x := testExtractorNoModel(t)
	tests := []struct {
		text, name string
		want       []string // the mentions added, in order
	}{
		{"해군잠수함사령부가 창설됐다. 잠수함 사령부의 인력은 우수하다.", "잠수함사령부", []string{"잠수함 사령부"}},
		{"국제올림픽위원회는 밝혔다. 국제 올림픽 위원회(IOC)는 봅슬레이를", "국제올림픽위원회", []string{"국제 올림픽 위원회"}},
		{"크림 반도는 러시아의 땅이라고 말했다. 크림반도에서", "크림반도", []string{"크림 반도"}},
		// a name spaced as in the entity's name is no variant; a one-syllable
		// word or a letter around it breaks it
		{"크림반도는 넓다", "크림반도", nil},
		{"크 림반도는 넓다", "크림반도", nil},
		{"남크림 반도는 넓다", "크림반도", nil},
		{"크림 반도인들", "크림반도", nil},
		// four syllables are enough; three are too few to be looked for
		{"서울 대학은", "서울대학", []string{"서울 대학"}},
		{"서울 대는", "서울대", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			a := &analysis{x: x, clean: tt.text}
			e := &entity{Type: TypeOrg, Name: tt.name}
			a.ents.Append(e)
			a.addSpaced(e, tt.name, 0)
			var got []string
			for _, m := range e.Mentions {
				got = append(got, tt.text[m.Start:m.End])
			}
			assert.Equal(t, tt.want, got)
		})
	}

	// a mention of another entity keeps its words
	text := "크림 반도 공화국은 선언했다. 크림반도는"
	a := &analysis{x: x, clean: text}
	e := &entity{Type: TypeLocation, Name: "크림반도"}
	other := &entity{Type: TypeOrg, Name: "크림 반도 공화국"}
	a.ents.Append(e, other)
	a.ents.Add(other, span{Start: 0, End: len("크림 반도 공화국")}, 0)
	a.addSpaced(e, e.Name, 0)
	assert.Empty(t, e.Mentions)
}

func TestAddSpacedWidensOwnMention(t *testing.T) {
	x := testExtractorNoModel(t)
	// 위원회 read earlier as a short form of the same organization: the
	// spaced name takes its place; 위원회장 (a word of its own) stays
	text := "국제 올림픽 위원회(IOC)는 밝혔다."
	a := &analysis{x: x, clean: text}
	e := &entity{Type: TypeOrg, Name: "국제올림픽위원회"}
	a.ents.Append(e)
	short := len("국제 올림픽 ")
	a.ents.Add(e, span{Start: short, End: short + len("위원회")}, 0)
	a.addSpaced(e, e.Name, 0)
	var got []string
	for _, m := range e.Mentions {
		got = append(got, text[m.Start:m.End])
	}
	assert.Equal(t, []string{"국제 올림픽 위원회"}, got)

	text = "국제 올림픽 위원회장은 밝혔다."
	a = &analysis{x: x, clean: text}
	e = &entity{Type: TypeOrg, Name: "국제올림픽위원회"}
	a.ents.Append(e)
	a.ents.Add(e, span{Start: short, End: short + len("위원회장")}, 0)
	a.addSpaced(e, e.Name, 0)
	assert.Len(t, e.Mentions, 1)
	assert.Equal(t, "위원회장", text[e.Mentions[0].Start:e.Mentions[0].End])
}

// TestSpacelessOffsets checks that every byte of the spaceless view maps
// back to the same byte of the clean text, with spaces at the start, the
// end, in runs and between syllables.
func TestSpacelessOffsets(t *testing.T) {
	for _, clean := range []string{"", " ", "가", " 국제 올림픽  위원회 ", "크림반도", "a b  c   ", "  서울 대"} {
		a := &analysis{clean: clean}
		sp := a.spacelessText()
		var want []int
		for i := 0; i < len(clean); i++ {
			if clean[i] != ' ' {
				want = append(want, i)
			}
		}
		assert.Equal(t, len(want), len(sp.text), clean)
		for i := range sp.text {
			assert.Equal(t, want[i], sp.clean(i), "%q at %d", clean, i)
			assert.Equal(t, clean[want[i]], sp.text[i], "%q at %d", clean, i)
		}
	}
}
