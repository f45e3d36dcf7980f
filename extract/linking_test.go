package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAbbreviates(t *testing.T) {
	tests := []struct {
		short, full string
		want        bool
	}{
		{"인수위", "대한민국제18대대통령직인수위원회", true},
		{"선관위", "중앙선거관리위원회", true},
		{"국토부", "국토교통부", true},
		{"공정위", "공정거래위원회", true},
		{"국방부", "국토교통부", false},     // 방 is not in the full name
		{"위원회", "중앙선거관리위원회", false}, // starts inside the name
		{"교통", "국토교통부", false},      // ends far from the end
		{"국토교통부", "국토교통부", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, abbreviates(tt.short, tt.full), "%s / %s", tt.short, tt.full)
	}
}

// TestLinkShortForms checks that the people and organizations an article
// names again by a shorter form are one entity each, named in full.
func TestLinkShortForms(t *testing.T) {
	tests := []struct {
		name, in     string
		typ, entity  string
		wantMentions []string
	}{
		{"surname and title", "한국농어촌공사 한광석 천수만사업단장은 물이 부족하다고 말했다. 한 단장은 대책을 요구했다.",
			TypePerson, "한광석", []string{"한광석", "한"}},
		{"abbreviation", "중앙선거관리위원회는 19일 보도자료를 냈다. 선관위는 의혹을 부인했다.",
			TypeOrg, "중앙선거관리위원회", []string{"중앙선거관리위원회", "선관위"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := extractText(t, tt.in)
			checkSpans(t, tt.in, doc)
			var found *Entity
			for i, e := range doc.Entities {
				if e.Type == tt.typ && e.Name == tt.entity {
					found = &doc.Entities[i]
				}
			}
			require.NotNil(t, found, "%+v", doc.Entities)
			var got []string
			for _, m := range found.Mentions {
				got = append(got, m.Text)
			}
			assert.Equal(t, tt.wantMentions, got)
		})
	}
}
