package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEmbassies checks that a country and the kind of its mission are one
// name, an organization that acts or a place where things happen, and that
// the country inside it is no mention of its own.
func TestEmbassies(t *testing.T) {
	tests := []struct{ in, name, typ string }{
		{"시민들은 일본대사관 앞에서 집회를 열었다.", "일본대사관", TypeLocation},
		{"주한 미국대사관은 성명을 냈다.", "미국대사관", TypeOrg},
		{"주한 일본 대사관 앞 소녀상은 그대로다.", "일본대사관", TypeLocation},
		{"중국총영사관은 입장을 밝혔다.", "중국총영사관", TypeOrg},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			doc := extractText(t, tt.in)
			checkSpans(t, tt.in, doc)
			e := entityNamed(doc, tt.name)
			require.NotNil(t, e, "%+v", doc.Entities)
			assert.Equal(t, tt.typ, e.Type)
			for _, o := range doc.Entities {
				if o.Type == TypeLocation && o.Name != tt.name {
					assert.NotContains(t, tt.name, o.Name, "the country inside the embassy's name")
				}
			}
		})
	}
}
