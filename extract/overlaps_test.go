package extract

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNoNestedMentions checks that a name inside a longer name of another
// entity is not a mention of its own, and that of two readings that cross
// the longer one stays.
func TestNoNestedMentions(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	tests := []struct {
		name, text string
		want       []string // entity names, each with one mention
		not        []string // names that must not be entities
	}{
		{"a team's name before a player's", "한화 이글스 정우람 선수가 세이브왕을 챙겼다.",
			[]string{"한화 이글스", "정우람"}, []string{"이글스 정우람"}},
		{"a family name inside a daughter's name", "도널드 트럼프 대통령의 딸 이방카 트럼프가 백악관에 들어갔다.",
			[]string{"도널드 트럼프", "이방카 트럼프"}, nil},
		{"a noun and its particle is no name", "민주노총 본사에 경찰이 진입했다. 경찰이 국회의원의 연행을 막았다.",
			nil, []string{"경찰이"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := x.Extract(context.Background(), Input{Text: tt.text})
			require.NoError(t, err)
			byName := map[string]Entity{}
			for _, e := range doc.Entities {
				byName[e.Name] = e
			}
			for _, n := range tt.want {
				e, ok := byName[n]
				if assert.True(t, ok, "no entity %q in %v", n, names(doc.Entities)) {
					assert.Len(t, e.Mentions, 1, "mentions of %q", n)
				}
			}
			for _, n := range tt.not {
				assert.NotContains(t, byName, n)
			}
			checkDocument(t, tt.text, doc)
		})
	}
}

func names(es []Entity) []string {
	out := make([]string, 0, len(es))
	for _, e := range es {
		out = append(out, e.Name)
	}
	return out
}
