package view

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/kextract/kextract/extract"
)

var tagRE = regexp.MustCompile(`<(/?)([a-z][a-z0-9]*)[^>]*>`)

// FuzzArticle renders arbitrary text with spans at arbitrary offsets
// (including crossing, nested, out of range and mismatched ones) and checks
// the invariants: no panic, tags balanced and well nested, the text comes
// back intact once tags are stripped and entities unescaped, and nothing
// from the input opens a tag.
func FuzzArticle(f *testing.F) {
	f.Add("오픈AI는 “수요는 많다”고 말했다 <script>", 0, 4, 6, 12, 3, 9, 5, 20)
	f.Add("😀👍🏽 130억 달러 & <b>", 1, 3, 0, 9, 4, 8, -1, 100)
	f.Add("", 0, 0, 0, 0, 0, 0, 0, 0)
	f.Fuzz(func(t *testing.T, text string, a0, a1, b0, b1, c0, c1, d0, d1 int) {
		text = strings.ToValidUTF8(text, "\uFFFD")
		rs := []rune(text)
		mk := func(s, e int) extract.Span {
			sp := extract.Span{Start: s, End: e}
			if s >= 0 && s < e && e <= len(rs) {
				sp.Text = string(rs[s:e])
			}
			return sp
		}
		ms := mk(d0, d1)
		doc := &extract.Document{
			Entities: []extract.Entity{{ID: "e1", Type: "PERSON", Name: text, Mentions: []extract.Mention{{Span: mk(a0, a1)}, {Span: mk(c0, c1)}}}},
			Quotes:   []extract.Quote{{Span: mk(b0, b1), Verb: text, Speaker: &extract.Speaker{Name: text, Mention: &ms, Resolved: text}}},
			Amounts:  []extract.Amount{{Span: mk(c0, c1), Kind: text, Unit: text}},
			Claims:   []extract.Claim{{Span: mk(a0, b1), Cue: text, Source: &extract.Speaker{Name: "<x>", Mention: &ms}}},
		}
		out := Article(text, doc) + Panel(doc)
		require.True(t, utf8.ValidString(out))
		var stack []string
		for _, m := range tagRE.FindAllStringSubmatch(out, -1) {
			name := m[2]
			switch name {
			case "br":
				continue
			case "span", "article", "aside", "section", "h2", "ul", "ol", "li", "a", "b", "p", "div", "details",
				"summary", "table", "thead", "tbody", "tr", "th", "td", "small":
			default:
				t.Fatalf("unexpected tag %q in %q", m[0], out)
			}
			if m[1] == "" {
				stack = append(stack, name)
				continue
			}
			require.NotEmpty(t, stack, "close without open")
			require.Equal(t, stack[len(stack)-1], name, "badly nested")
			stack = stack[:len(stack)-1]
		}
		require.Empty(t, stack, "unclosed tags")
		art := Article(text, doc)
		art = strings.TrimSuffix(strings.TrimPrefix(art, `<article id="kx-text" class="text" lang="ko">`), `</article>`)
		require.Equal(t, text, htmlUnescape(tagRE.ReplaceAllString(art, "")))
	})
}
