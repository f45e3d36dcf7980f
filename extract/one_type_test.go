package extract

import (
	"strings"
	"testing"

	"github.com/kextract/kextract/lexicon"
	"github.com/stretchr/testify/assert"
)

// TestOneTypePerName checks that a name read as two types in one article
// ends as one entity: the one whose role or lexicon entry shows its type,
// else the one with more mentions; two lexicon entities stay apart.
func TestOneTypePerName(t *testing.T) {
	const text = "하마스는 성명을 냈다. 하마스 대원들이 모였다. 하마스가 말했다."
	at := func(n int) span {
		i := 0
		for k := 0; k < n; k++ {
			i += strings.Index(text[i:], "하마스") + len("하마스")
		}
		j := i + strings.Index(text[i:], "하마스")
		return span{Start: j, End: j + len("하마스")}
	}
	tests := []struct {
		name     string
		build    func(a *analysis) (x, y *entity)
		wantType string // the type of the one entity left; "" for two
	}{
		{"more mentions win", func(a *analysis) (*entity, *entity) {
			x := &entity{Type: TypeLocation, Name: "하마스"}
			y := &entity{Type: TypeOrg, Name: "하마스"}
			a.ents.Add(x, at(0), 0)
			a.ents.Add(y, at(1), 1)
			a.ents.Add(y, at(2), 2)
			return x, y
		}, TypeOrg},
		{"a role shows the type", func(a *analysis) (*entity, *entity) {
			x := &entity{Type: TypeOrg, Name: "하마스"}
			y := &entity{Type: TypePerson, Name: "하마스", Role: "대변인"}
			a.ents.Add(x, at(0), 0)
			a.ents.Add(x, at(1), 1)
			a.ents.Add(y, at(2), 2)
			return x, y
		}, TypePerson},
		{"two lexicon entries stay apart", func(a *analysis) (*entity, *entity) {
			x := &entity{Type: TypeOrg, Name: "하마스", Entry: &lexicon.Entry{ID: "org:x"}}
			y := &entity{Type: TypeLocation, Name: "하마스", Entry: &lexicon.Entry{ID: "place:y"}}
			a.ents.Add(x, at(0), 0)
			a.ents.Add(y, at(1), 1)
			return x, y
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &analysis{x: testExtractor(t), clean: text}
			x, y := tt.build(a)
			a.ents.Append(x, y)
			n := len(x.Mentions) + len(y.Mentions)
			a.oneTypePerName()
			var left []*entity
			for _, e := range a.ents.All() {
				if len(e.Mentions) > 0 {
					left = append(left, e)
				}
			}
			if tt.wantType == "" {
				assert.Len(t, left, 2)
				return
			}
			if assert.Len(t, left, 1) {
				assert.Equal(t, tt.wantType, left[0].Type)
				assert.Len(t, left[0].Mentions, n, "every mention kept")
			}
		})
	}
}
