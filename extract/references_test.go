package extract

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A surname with its title or honorific is one mention, the whole
// reference, of the person named in full before; the speaker and the
// entity keep the full name, never the reference.
func TestSurnameReferenceIsWholeMention(t *testing.T) {
	tests := []struct {
		text     string
		name     string   // the person's entity name
		mentions []string // its mentions, in order
	}{
		{"김한길 민주당 대표가 기자회견을 열었다. 김 대표는 예산을 걸겠다고 말했다.", "김한길", []string{"김한길", "김 대표"}},
		// a family name alone before a title is a reference too; inside the
		// full name it is not
		{"제임스 코미 국장이 증언했다. 코미 전 국장은 답하지 않았다.", "제임스 코미", []string{"제임스 코미", "코미 전 국장"}},
		{"제임스 코미 국장이 증언했다. 제임스 코미 전 국장은 답하지 않았다.", "제임스 코미", []string{"제임스 코미", "제임스 코미"}},
		{"제임스 코미 국장이 증언했다. 코미는 답하지 않았다.", "제임스 코미", []string{"제임스 코미", "코미"}},
		{"김은경 씨는 가게를 열었다. 김씨는 손님을 도왔다.", "김은경", []string{"김은경", "김씨"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			doc := extractText(t, tc.text)
			checkSpans(t, tc.text, doc)
			var got []string
			for _, e := range doc.Entities {
				if e.Type == TypePerson && e.Name == tc.name {
					for _, m := range e.Mentions {
						got = append(got, m.Text)
					}
				}
			}
			assert.Equal(t, tc.mentions, got)
		})
	}
}

// The speaker named by a reference is the person, under the full name.
func TestSurnameReferenceSpeaker(t *testing.T) {
	text := "김한길 민주당 대표가 기자회견을 열었다. 김 대표는 \"예산을 걸겠다\"고 말했다."
	doc := extractText(t, text)
	require.Len(t, doc.Quotes, 1)
	require.NotNil(t, doc.Quotes[0].Speaker)
	assert.Equal(t, "김한길", doc.Quotes[0].Speaker.Name)
}

// A bare noun for a kind of body (경찰, 법원) that names no body of the
// article is no entity by default, and an organization with
// WithKindNouns(true); the source it names keeps the noun.
func TestKindNouns(t *testing.T) {
	text := "경찰은 사고 원인을 조사하고 있다고 밝혔다. 법원은 영장을 발부했다."
	orgs := func(doc *Document) []string {
		var out []string
		for _, e := range doc.Entities {
			if e.Type == TypeOrg {
				out = append(out, e.Name)
			}
		}
		return out
	}
	doc := extractText(t, text)
	checkSpans(t, text, doc)
	assert.Empty(t, orgs(doc))
	for _, c := range doc.Claims {
		if c.Source != nil {
			assert.Empty(t, c.Source.Entity, "a source with no entity has no id")
		}
	}

	x := shared(t, "kind-nouns", WithKindNouns(true))
	doc, err := x.Extract(context.Background(), Input{Text: text})
	require.NoError(t, err)
	assert.Equal(t, []string{"경찰", "법원"}, orgs(doc))
}

// A bare noun joined to the body the article names is a mention of it.
func TestKindNounOfNamedBody(t *testing.T) {
	text := "광주 북부경찰서는 1일 수사에 나섰다. 경찰은 유서를 찾지 못했다."
	doc := extractText(t, text)
	var found bool
	for _, e := range doc.Entities {
		if e.Type == TypeOrg && e.Name == "광주 북부경찰서" {
			found = true
			assert.Len(t, e.Mentions, 2)
		}
		assert.NotEqual(t, "경찰", e.Name)
	}
	assert.True(t, found)
}
