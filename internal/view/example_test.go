package view_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/kextract/kextract/extract"
	"github.com/kextract/kextract/internal/view"
)

// Render writes one self-contained page for an extraction; Article is the
// marked-up text on its own.
func Example() {
	x, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	text := "수석 애널리스트 앨빈 응우옌은 “수요는 여전히 많다”고 말했다."
	doc, err := x.Extract(context.Background(), extract.Input{Text: text})
	if err != nil {
		log.Fatal(err)
	}
	var page strings.Builder
	if err := view.Render(&page, text, doc, view.Options{Title: "예시"}); err != nil {
		log.Fatal(err)
	}
	fmt.Println(strings.Contains(page.String(), `<span class="qt" id="q0"`))
	for _, s := range view.Speakers(doc) {
		fmt.Println(s.Name, s.Count)
	}
	_ = os.Stdout.Sync()
	// Output:
	// true
	// 앨빈 응우옌 1
}

// AmountLabel gives the exact value of an amount, its range or bound, and
// the conversions written in the text.
func ExampleAmountLabel() {
	x, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	doc, err := x.Extract(context.Background(), extract.Input{Text: "총 5,000억 달러(약 700조 원)가 투입된다."})
	if err != nil {
		log.Fatal(err)
	}
	for _, a := range doc.Amounts {
		fmt.Println(a.Text, "→", view.AmountLabel(a))
	}
	// Output:
	// 5,000억 달러(약 700조 원) → 500,000,000,000 USD = ≈ 700,000,000,000,000 KRW
}
