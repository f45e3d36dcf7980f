package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// hostileCases build inputs of about n bytes that stress one part of the
// pipeline. Cost must be linear: MB/s roughly constant across sizes.
var hostileCases = []struct {
	name  string
	build func(t testing.TB, n int) string
}{
	{"long-line", func(t testing.TB, n int) string { return seedLine(t, n) }},
	{"unbalanced-quotes", func(_ testing.TB, n int) string { return repeatTo("“가 ", n) }},
	{"unmatched-closers", func(_ testing.TB, n int) string {
		return repeatTo("‘", n/2) + repeatTo("”", n/2)
	}},
	{"nested-brackets", func(_ testing.TB, n int) string {
		return repeatTo("(가", n/2) + repeatTo("나)", n/2)
	}},
	{"giant-numbers", func(_ testing.TB, n int) string {
		return repeatTo("9", n/2) + repeatTo("억", n/6) + " 달러"
	}},
	{"short-sentences", func(_ testing.TB, n int) string { return repeatTo("그는 1억 원을 썼다. ", n) }},
	{"many-dates", func(_ testing.TB, n int) string { return repeatTo("그는 2월 3일 오후 3시에 왔다. ", n) }},
	{"words-without-spaces", func(_ testing.TB, n int) string {
		return repeatTo("태풍덴빈수리했다", n/2) + " 태풍 " + repeatTo("가", n/2)
	}},
	{"surname-references", func(_ testing.TB, n int) string { return repeatTo("김 의원은 ", n) }},
	{"one-name-repeated", func(_ testing.TB, n int) string { return repeatTo("하성용 ", n) }},
	{"bracketed-abbreviations", func(_ testing.TB, n int) string {
		return repeatTo("한국항공우주산업(", n/2) + repeatTo("KAI)", n/2)
	}},
	{"hanja-initials", func(_ testing.TB, n int) string { return repeatTo("韓美", n) }},
	{"digits-and-units", func(_ testing.TB, n int) string {
		return repeatTo("1", n/2) + repeatTo("만", n/2) + "명"
	}},
	{"quotes-one-sentence", func(_ testing.TB, n int) string {
		return "김 대표는 " + repeatTo("“가나”, ", n) + "라고 말했다."
	}},
}

// repeatTo repeats s until the result is at least n bytes.
func repeatTo(s string, n int) string {
	return strings.Repeat(s, max(1, (n+len(s)-1)/len(s)))
}

// BenchmarkHostile measures the pipeline on hostile inputs at 1x, 10x and
// 100x of a base size (10 kB); run with -benchtime 1x and compare MB/s.
func BenchmarkHostile(b *testing.B) {
	x, err := New(WithMaxSize(0))
	if err != nil {
		b.Fatal(err)
	}
	const base = 10_000
	ctx := context.Background()
	for _, c := range hostileCases {
		b.Run(c.name, func(b *testing.B) {
			for _, mult := range []int{1, 10, 100} {
				text := c.build(b, base*mult)
				b.Run(fmt.Sprintf("%dx", mult), func(b *testing.B) {
					b.SetBytes(int64(len(text)))
					b.ReportAllocs()
					for b.Loop() {
						doc, err := x.Extract(ctx, Input{Text: text})
						if err != nil {
							b.Fatal(err)
						}
						if _, err := Marshal(doc); err != nil {
							b.Fatal(err)
						}
					}
				})
			}
		})
	}
}
