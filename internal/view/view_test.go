package view

import (
	"bytes"
	"context"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kextract/kextract/extract"
	"github.com/kextract/kextract/normalize"
)

// seedDoc extracts the seed article once for the tests that need it.
var seedOnce = sync.OnceValues(func() (seed, error) {
	raw, err := os.ReadFile("../../testdata/article.txt")
	if err != nil {
		return seed{}, err
	}
	x, err := extract.New()
	if err != nil {
		return seed{}, err
	}
	text := string(raw)
	doc, err := x.Extract(context.Background(), extract.Input{Text: text})
	return seed{text, doc}, err
})

type seed struct {
	text string
	doc  *extract.Document
}

func seedDoc() (string, *extract.Document, error) {
	s, err := seedOnce()
	return s.text, s.doc, err
}

// render renders a page and returns it without the page's own script (the
// embedded view.js), so that checks see only what came from the input.
func render(t testing.TB, text string, doc *extract.Document) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, Render(&b, text, doc, Options{}))
	out := b.String()
	own := "<script>" + js + "</script>"
	require.Equal(t, 1, strings.Count(out, own), "the page's script appears once, unchanged")
	return strings.Replace(out, own, "<script></script>", 1)
}

// span returns the Span of the first occurrence of sub in text, in code
// points.
func span(t testing.TB, text, sub string) extract.Span {
	t.Helper()
	i := strings.Index(text, sub)
	require.GreaterOrEqual(t, i, 0, "%q not in text", sub)
	start := len([]rune(text[:i]))
	return extract.Span{Start: start, End: start + len([]rune(sub)), Text: sub}
}

// liveScripts returns the contents of <script> elements that are not the
// page's own (the page has exactly two JSON blocks and one script).
var scriptRE = regexp.MustCompile(`(?is)<script[^>]*>`)

func TestRenderEscapes(t *testing.T) {
	cases := []struct {
		name, text, sub string
	}{
		{"script tag", `그는 "<script>alert(1)</script>" 라고 말했다 & 떠났다`, `<script>alert(1)</script>`},
		{"close script", `기사 </script><script>alert(2)</script> 끝`, `</script><script>alert(2)</script>`},
		{"quotes and amp", `A&B "x" 'y' <b>굵게</b> &amp;`, `"x" 'y' <b>굵게</b>`},
		{"comment", `<!-- 주석 --> <img src=x onerror=alert(3)>`, `<img src=x onerror=alert(3)>`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			sp := span(t, tc.text, tc.sub)
			doc := &extract.Document{
				Entities: []extract.Entity{{ID: "e1", Type: "PERSON", Name: `<i>"이름"</i>`, Role: "</script>",
					Mentions: []extract.Mention{{Span: sp}}}},
				Quotes: []extract.Quote{{Span: sp, Verb: "<말했다>", Speaker: &extract.Speaker{
					Name: `</script><script>alert(9)</script>`, Mention: &sp, Resolved: `"><x>`}}},
				Claims: []extract.Claim{{Span: sp, Cue: "<cue>", Kind: "reported"}},
			}
			out := render(t, tc.text, doc)
			// only the page's own three script elements
			assert.Len(t, scriptRE.FindAllString(out, -1), 3, "script elements")
			assert.NotContains(t, out, "alert(1)</script>")
			assert.NotContains(t, out, "<script>alert")
			assert.NotContains(t, out, "<img")
			assert.NotContains(t, out, "<b>굵게")
			assert.NotContains(t, out, "<i>")
			// the text is still shown, escaped
			assert.Contains(t, out, strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(tc.sub))
			// and the embedded JSON blocks cannot be closed from the text
			for _, blk := range regexp.MustCompile(`(?s)<script type="application/json" id="kx-[a-z]+">(.*?)</script>`).FindAllStringSubmatch(out, -1) {
				assert.NotContains(t, blk[1], "<")
			}
		})
	}
}

func TestArticleAstral(t *testing.T) {
	text := "😀👍🏽 오픈AI는 \U0001F4B0130억 달러를 𝕏에서 말했다"
	doc := &extract.Document{
		Entities: []extract.Entity{{ID: "e1", Type: "ORG", Name: "오픈AI", Mentions: []extract.Mention{{Span: span(t, text, "오픈AI")}}},
			{ID: "e2", Type: "ORG", Name: "X", Mentions: []extract.Mention{{Span: span(t, text, "𝕏")}}}},
		Amounts: []extract.Amount{{Span: span(t, text, "130억 달러"), Kind: "money", Unit: "USD", Value: ptr(normalize.MustDecimal("13000000000"))}},
	}
	require.Equal(t, 4, doc.Entities[0].Mentions[0].Start, "code points, not UTF-16 or bytes")
	got := Article(text, doc)
	assert.Contains(t, got, `😀👍🏽 <span class="ent ent-ORG" data-ent="e1" data-at="4:8"`)
	assert.Contains(t, got, `>오픈AI</span>는 💰<span class="amt amt-money"`)
	assert.Contains(t, got, `title="130억 달러 = 13,000,000,000 USD" id="a0">130억 달러</span>를 <span class="ent ent-ORG" data-ent="e2" data-at="20:21"`)
	assert.Contains(t, got, `>𝕏</span>에서`)
}

func ptr[T any](v T) *T { return &v }

func TestLayoutNesting(t *testing.T) {
	text := []rune("0123456789")
	m := func(s, e, kind int, name string) mark {
		return mark{start: s, end: e, kind: kind, attrs: ` id="` + name + `"`, cont: ` class="` + name + `"`}
	}
	cases := []struct {
		name  string
		marks []mark
		want  string
	}{
		{"none", nil, "0123456789"},
		{"nested", []mark{m(2, 5, kindEntity, "e"), m(0, 8, kindClaim, "c")},
			`<span id="c">01<span id="e">234</span>567</span>89`},
		{"same range: claim outside quote outside entity", []mark{m(1, 3, kindEntity, "e"), m(1, 3, kindQuote, "q"), m(1, 3, kindClaim, "c")},
			`0<span id="c"><span id="q"><span id="e">12</span></span></span>3456789`},
		{"crossing is split", []mark{m(0, 5, kindClaim, "a"), m(3, 8, kindQuote, "b")},
			`<span id="a">012<span id="b">34</span></span><span class="b">567</span>89`},
		{"out of range and empty skipped", []mark{m(-1, 3, kindEntity, "x"), m(4, 4, kindEntity, "y"), m(8, 11, kindEntity, "z")},
			"0123456789"},
		{"adjacent", []mark{m(0, 2, kindEntity, "a"), m(2, 4, kindEntity, "b")},
			`<span id="a">01</span><span id="b">23</span>456789`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			layout(&b, text, tc.marks)
			assert.Equal(t, tc.want, b.String())
		})
	}
}

func TestLayoutDepthBound(t *testing.T) {
	text := []rune(strings.Repeat("가", 100))
	var marks []mark
	for i := range 50 {
		marks = append(marks, mark{start: i, end: 100 - i, kind: kindEntity, attrs: ` a`, cont: ` c`})
	}
	var b strings.Builder
	layout(&b, text, marks)
	assert.Equal(t, MaxDepth, strings.Count(b.String(), "<span"))
	assert.Equal(t, MaxDepth, strings.Count(b.String(), "</span>"))
}

func TestAmountLabel(t *testing.T) {
	d := func(s string) *normalize.Decimal { return ptr(normalize.MustDecimal(s)) }
	cases := []struct {
		name string
		a    extract.Amount
		want string
	}{
		{"exact", extract.Amount{Unit: "USD", Value: d("13000000000")}, "13,000,000,000 USD"},
		{"range", extract.Amount{Unit: "USD", Min: d("1000000000"), Max: d("10000000000")}, "1,000,000,000–10,000,000,000 USD"},
		{"bound", extract.Amount{Unit: "KRW", Min: d("100000000"), Qualifier: "이상"}, "≥ 100,000,000 KRW"},
		{"upper", extract.Amount{Unit: "명", Max: d("30")}, "≤ 30 명"},
		{"approx with equivalent", extract.Amount{Unit: "USD", Value: d("500000000000"), Equivalents: []extract.Equivalent{
			{Value: normalize.MustDecimal("700000000000000"), Unit: "KRW", Approximate: true}}},
			"500,000,000,000 USD = ≈ 700,000,000,000,000 KRW"},
		{"converted", extract.Amount{Unit: "USD", Value: d("1.5"), Approximate: true, Converted: &extract.Converted{
			Value: d("2077.8"), Unit: "KRW", Rate: normalize.MustDecimal("1385.2"), RateSource: "given"}},
			"≈ 1.5 USD → 2,077.8 KRW @ 1,385.2 (given)"},
		{"percent", extract.Amount{Unit: "%", Value: d("-0.25")}, "-0.25 %"},
		{"nothing", extract.Amount{}, "?"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, AmountLabel(tc.a))
		})
	}
}

func TestGroup(t *testing.T) {
	for in, want := range map[string]string{
		"0": "0", "999": "999", "1000": "1,000", "-1234567.891": "-1,234,567.891", "12345678901234567890": "12,345,678,901,234,567,890",
		"abc": "abc", "": "", "1e5": "1e5",
	} {
		assert.Equal(t, want, Group(in), in)
	}
}

func TestRenderSeed(t *testing.T) {
	text, doc, err := seedDoc()
	if os.IsNotExist(err) {
		t.Skip("seed article not present: ", err)
	}
	require.NoError(t, err)
	out := render(t, text, doc)
	require.Len(t, doc.Quotes, 16)
	assert.Len(t, regexp.MustCompile(`<span class="qt" id="q\d+"`).FindAllString(out, -1), 16, "16 quote elements")
	sp := Speakers(doc)
	require.NotEmpty(t, sp)
	assert.Equal(t, "앨빈 응우옌", sp[0].Name)
	assert.Contains(t, out, `주요 화자 · Main speaker: <b>앨빈 응우옌</b>`)
	assert.Contains(t, out, `data-who="앨빈 응우옌"`)
	// every quote's speaker mention is marked so hovering can highlight it
	for _, q := range doc.Quotes {
		if q.Speaker != nil && q.Speaker.Mention != nil {
			assert.Contains(t, out, `data-at="`+at(*q.Speaker.Mention)+`"`)
		}
	}
	// the article text survives: strip the tags and unescape
	art := regexp.MustCompile(`(?s)<article[^>]*>(.*)</article>`).FindStringSubmatch(out)
	require.Len(t, art, 2)
	plain := regexp.MustCompile(`<[^>]+>`).ReplaceAllString(art[1], "")
	assert.Equal(t, text, htmlUnescape(plain))
	assert.Equal(t, strings.Count(art[1], "<span"), strings.Count(art[1], "</span>"))
	assert.Contains(t, out, "13,000,000,000 USD")
}

func htmlUnescape(s string) string {
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&#34;", `"`, "&#39;", "'", "&amp;", "&").Replace(s)
}

func TestRenderNilAndInvalid(t *testing.T) {
	out := render(t, "a\xffb", nil)
	assert.Contains(t, out, "a\uFFFDb")
	page := strings.Replace(string(Page()), js, "", 1)
	assert.Contains(t, page, `id="kx-form"`)
	assert.Contains(t, page, "추출 / Extract")
	assert.NotContains(t, page, "<article")
}

func BenchmarkRender(b *testing.B) {
	text, doc, err := seedDoc()
	if err != nil {
		b.Skip("seed article not present: ", err)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		var out bytes.Buffer
		if err := Render(&out, text, doc, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderLarge renders a 1.2 MB text with 30,000 marks, many of them
// crossing, to show the cost stays linear.
func BenchmarkRenderLarge(b *testing.B) {
	unit := "오픈AI는 “수요는 많다”고 말했다 130억 달러. "
	n := len([]rune(unit))
	reps := 10000
	text := strings.Repeat(unit, reps)
	rs := []rune(text)
	doc := &extract.Document{Entities: []extract.Entity{{ID: "e1", Type: "ORG", Name: "오픈AI"}}}
	for i := range reps {
		o := i * n
		sp := func(s, e int) extract.Span {
			return extract.Span{Start: o + s, End: o + e, Text: string(rs[o+s : o+e])}
		}
		doc.Entities[0].Mentions = append(doc.Entities[0].Mentions, extract.Mention{Span: sp(0, 4)})
		doc.Quotes = append(doc.Quotes, extract.Quote{Span: sp(7, 12), Speaker: &extract.Speaker{Name: "오픈AI", Mention: ptr(sp(0, 4))}})
		doc.Claims = append(doc.Claims, extract.Claim{Span: sp(2, 10)}) // crosses the quote
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		var out bytes.Buffer
		if err := Render(&out, text, doc, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
