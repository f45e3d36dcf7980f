package extract_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/kextract/kextract/extract"
)

// The pipe: one article in, one JSON document out.
func Example() {
	x, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	text := "무어인사이트앤스트래티지(Moor Insights and Strategy)의 수석 애널리스트 앨빈 응우옌은 “수요는 여전히 많다”고 말했다."
	doc, err := x.Extract(context.Background(), extract.Input{ID: "a1", Text: text})
	if err != nil {
		log.Fatal(err)
	}
	for _, q := range doc.Quotes {
		fmt.Printf("%q said %s (%s, found as %s)\n", q.Text, q.Speaker.Name, q.Verb, q.Speaker.Resolved)
	}
	for _, e := range doc.Entities {
		fmt.Printf("%s %s %s english=%q role=%q affiliation=%q\n", e.ID, e.Type, e.Name, e.English, e.Role, e.Affiliation)
	}
	// Output:
	// "수요는 여전히 많다" said 앨빈 응우옌 (말했다, found as subject)
	// e1 ORG 무어인사이트앤스트래티지 english="Moor Insights and Strategy" role="" affiliation=""
	// e2 PERSON 앨빈 응우옌 english="" role="수석 애널리스트" affiliation="e1"
}

// Amounts are exact, with the conversions the text gives and the rate
// they imply; WithTargetCurrency converts every money amount.
func ExampleWithTargetCurrency() {
	x, err := extract.New(extract.WithTargetCurrency("KRW"))
	if err != nil {
		log.Fatal(err)
	}
	doc, err := x.Extract(context.Background(), extract.Input{
		Text: "총 5,000억 달러(약 700조 원)가 투입되며 이 중 10억 달러는 연구에 쓰인다.",
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, a := range doc.Amounts {
		fmt.Println(a.Text, a.Value, a.Unit, "=", a.Converted.Value, a.Converted.Unit, "at", a.Converted.Rate, a.Converted.RateSource)
	}
	// Output:
	// 5,000억 달러(약 700조 원) 500000000000 USD = 700000000000000 KRW at 1400 document
	// 10억 달러 1000000000 USD = 1400000000000 KRW at 1400 document
}

// A service or batch job builds one Extractor and shares it between
// goroutines; Encode writes the document's JSON.
func ExampleEncode() {
	x, err := extract.New(extract.WithDate("2025-04-07"))
	if err != nil {
		log.Fatal(err)
	}
	doc, err := x.Extract(context.Background(), extract.Input{ID: "n1", Text: "한국은행은 올해 1월 기준금리를 3.5%로 동결했다."})
	if err != nil {
		log.Fatal(err)
	}
	doc.Sentences = nil // keep the example short
	if err := extract.Encode(os.Stdout, doc, false); err != nil {
		log.Fatal(err)
	}
	// Output:
	// {"schema":"kextract/v1","id":"n1","date":"2025-04-07","sentences":null,"entities":[{"id":"e1","type":"ORG","name":"한국은행","english":"Bank of Korea","aliases":["한은","BOK"],"mentions":[{"start":0,"end":4,"text":"한국은행","sentence":0}]},{"id":"e2","type":"DATE","name":"올해 1월","value":"2025-01","period":{"start":"2025-01-01","end":"2025-01-31"},"mentions":[{"start":6,"end":11,"text":"올해 1월","sentence":0}]}],"amounts":[{"start":18,"end":22,"text":"3.5%","kind":"percent","unit":"%","value":3.5,"sentence":0}],"quotes":[],"claims":[],"warnings":[]}
}
