package extract_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/kextract/kextract/extract"
)

// The pipe: one article in, one Document out. A quote's Speaker is nil when
// no speaker was found (about one quote in six on real articles), so check
// it before reading its fields.
func Example() {
	x, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	text := "“공급이 문제다”라고 말했다. 무어인사이트앤스트래티지(Moor Insights and Strategy)의 수석 애널리스트 앨빈 응우옌은 “수요는 여전히 많다”고 말했다."
	doc, err := x.Extract(context.Background(), extract.Input{ID: "a1", Text: text})
	if err != nil {
		log.Fatal(err)
	}
	for _, q := range doc.Quotes {
		if q.Speaker == nil {
			fmt.Printf("%q: no speaker found\n", q.Text)
			continue
		}
		fmt.Printf("%q said %s (%s, found as %s)\n", q.Text, q.Speaker.Name, q.Verb, q.Speaker.Resolved)
	}
	for _, e := range doc.Entities {
		fmt.Printf("%s %s %s english=%q role=%q affiliation=%q\n", e.ID, e.Type, e.Name, e.English, e.Role, e.Affiliation)
	}
	// Output:
	// "공급이 문제다": no speaker found
	// "수요는 여전히 많다" said 앨빈 응우옌 (말했다, found as subject)
	// e1 ORG 무어인사이트앤스트래티지 english="Moor Insights and Strategy" role="" affiliation=""
	// e2 PERSON 앨빈 응우옌 english="" role="수석 애널리스트" affiliation="e1"
}

// Amounts are exact, with the conversions the text gives and the rate
// they imply; WithTargetCurrency converts every money amount it has a rate
// for. Value is nil for a range (read Min and Max), and Converted is nil
// for amounts that are not money or have no rate: check both.
func ExampleWithTargetCurrency() {
	x, err := extract.New(extract.WithTargetCurrency("KRW"))
	if err != nil {
		log.Fatal(err)
	}
	doc, err := x.Extract(context.Background(), extract.Input{
		Text: "총 5,000억 달러(약 700조 원)가 투입되며 이 중 수십억 달러는 연구에 쓰인다. 유로존은 100억 유로를 냈고 성장률은 3.5%였다.",
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, a := range doc.Amounts {
		value := fmt.Sprint(a.Value)
		if a.Value == nil {
			value = fmt.Sprintf("[%v, %v)", a.Min, a.Max)
		}
		if a.Kind != extract.AmountMoney || a.Converted == nil {
			fmt.Println(a.Text, a.Kind, value, a.Unit, "(not converted)")
			continue
		}
		c := a.Converted
		conv := fmt.Sprint(c.Value)
		if c.Value == nil {
			conv = fmt.Sprintf("[%v, %v)", c.Min, c.Max)
		}
		fmt.Println(a.Text, a.Kind, value, a.Unit, "=", conv, c.Unit, "at", c.Rate, c.RateSource)
	}
	// Output:
	// 5,000억 달러(약 700조 원) money 500000000000 USD = 700000000000000 KRW at 1400 document
	// 수십억 달러 money [1000000000, 10000000000) USD = [1400000000000, 14000000000000) KRW at 1400 document
	// 100억 유로 money 10000000000 EUR (not converted)
	// 3.5% percent 3.5 % (not converted)
}

// Settings are the options as plain values, the way flags or a job
// description give them; Options checks them and names the flag of a bad
// one.
func ExampleSettings() {
	s := extract.Settings{To: "KRW", Rates: []string{"USD=1385.2"}, NoModel: true}
	x, err := s.New()
	if err != nil {
		log.Fatal(err)
	}
	doc, err := x.Extract(context.Background(), extract.Input{Text: "애플은 10억 달러를 투자한다."})
	if err != nil {
		log.Fatal(err)
	}
	for _, a := range doc.Amounts {
		if a.Converted != nil {
			fmt.Println(a.Text, a.Value, a.Unit, "=", a.Converted.Value, a.Converted.Unit)
		}
	}
	_, err = extract.Settings{Rates: []string{"USD=1385.2"}}.Options()
	fmt.Println(err)
	// Output:
	// 10억 달러 1000000000 USD = 1385200000000 KRW
	// --rate needs --to CURRENCY, the currency the rates convert to (such as --to KRW)
}

// WithTargetCurrency takes ISO 4217 codes only.
func ExampleWithTargetCurrency_invalid() {
	_, err := extract.New(extract.WithTargetCurrency("XYZ"))
	fmt.Println(err)
	// Output:
	// target currency: "XYZ" is not an ISO 4217 currency code (such as KRW, USD, EUR, JPY)
}

// Document.Entity finds the entity a speaker or an affiliation refers to,
// without building a map; it returns nil for an empty or unknown id.
func ExampleDocument_Entity() {
	x, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	text := "무어인사이트앤스트래티지의 수석 애널리스트 앨빈 응우옌은 “수요는 여전히 많다”고 말했다."
	doc, err := x.Extract(context.Background(), extract.Input{Text: text})
	if err != nil {
		log.Fatal(err)
	}
	for _, q := range doc.Quotes {
		if q.Speaker == nil {
			continue
		}
		person := doc.Entity(q.Speaker.Entity)
		if person == nil {
			fmt.Println(q.Speaker.Name, "(no entity)")
			continue
		}
		org := "none"
		if e := doc.Entity(person.Affiliation); e != nil {
			org = e.Name
		}
		fmt.Printf("%s, %s, affiliation %s\n", person.Name, person.Role, org)
	}
	// Output:
	// 앨빈 응우옌, 수석 애널리스트, affiliation 무어인사이트앤스트래티지
}

// The zero Extractor works with the defaults of New(); build one with New
// to set options, and share it.
func ExampleExtractor_zero() {
	var x extract.Extractor
	doc, err := x.Extract(context.Background(), extract.Input{Text: "MS는 오픈AI에 130억 달러를 투자했다."})
	if err != nil {
		log.Fatal(err)
	}
	for _, a := range doc.Amounts {
		fmt.Println(a.Text, a.Kind, a.Value, a.Unit)
	}
	// Output:
	// 130억 달러 money 13000000000 USD
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

// WithKindNouns keeps a bare noun for a kind of body, which an article's
// entities leave out, as an organization: the convention of sentence-level
// NER corpora such as KLUE.
func ExampleWithKindNouns() {
	text := "경찰은 사고 원인을 조사하고 있다고 밝혔다."
	for _, keep := range []bool{false, true} {
		x, err := extract.New(extract.WithKindNouns(keep))
		if err != nil {
			fmt.Println(err)
			return
		}
		doc, err := x.Extract(context.Background(), extract.Input{Text: text})
		if err != nil {
			fmt.Println(err)
			return
		}
		var orgs []string
		for _, e := range doc.Entities {
			if e.Type == extract.TypeOrg {
				orgs = append(orgs, e.Name)
			}
		}
		fmt.Println(keep, orgs)
	}
	// Output:
	// false []
	// true [경찰]
}
