package view

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kextract/kextract/extract"
)

func TestSpeakerBanner(t *testing.T) {
	for _, tc := range []struct {
		count, total int
		main         bool
	}{
		{10, 16, true}, {8, 16, true}, {7, 16, false}, {2, 8, false}, {2, 4, true},
		{2, 3, true}, {1, 1, false}, {1, 2, false}, {3, 3, true},
	} {
		t.Run(fmt.Sprintf("%d of %d", tc.count, tc.total), func(t *testing.T) {
			assert.Equal(t, tc.main, isMainSpeaker(tc.count, tc.total))
			b := speakerBanner("김 <x>", tc.count, tc.total)
			assert.Contains(t, b, fmt.Sprintf("%d/%d", tc.count, tc.total))
			assert.Contains(t, b, "김 &lt;x&gt;")
			if tc.main {
				assert.Contains(t, b, "Main speaker")
				assert.Contains(t, b, "at least half of the quotes")
			} else {
				assert.Contains(t, b, "Most quoted")
				assert.NotContains(t, b, "Main speaker:")
				assert.Contains(t, b, "nobody has half of the quotes")
			}
		})
	}
}

// TestPageTitle: the page's <title> is the given title, else the first
// sentence.
func TestPageTitle(t *testing.T) {
	text := "첫 문장이다. 둘째 문장이다."
	doc := &extract.Document{Sentences: []extract.Sentence{
		{Span: extract.Span{Start: 0, End: 7, Text: "첫 문장이다."}, Kind: "body"},
	}}
	for _, tc := range []struct{ title, want string }{
		{"", "<title>첫 문장이다.</title>"},
		{"기사 제목 <b>", "<title>기사 제목 &lt;b&gt;</title>"},
		{"기사 제목", `<h2 class="doc-title">기사 제목</h2>`},
	} {
		var b bytes.Buffer
		require.NoError(t, Render(&b, text, doc, Options{Title: tc.title}))
		assert.Contains(t, b.String(), tc.want)
		if tc.title == "" {
			assert.NotContains(t, b.String(), `class="doc-title"`)
		}
	}
}
