package normalize_test

import (
	"encoding/json"
	"fmt"

	"github.com/kextract/kextract/normalize"
)

func ExampleParseNumber() {
	for _, s := range []string{"1조 2,000억", "이천칠백사십오억", "스물다섯", "사분의삼", "6억9460여만"} {
		n, _ := normalize.ParseNumber(s)
		fmt.Println(s, n.Value, n.Approximate)
	}
	n, _ := normalize.ParseNumber("수십억")
	fmt.Println("수십억", n.Min, n.Max)
	// Output:
	// 1조 2,000억 1200000000000 false
	// 이천칠백사십오억 274500000000 false
	// 스물다섯 25 false
	// 사분의삼 0.75 false
	// 6억9460여만 694600000 true
	// 수십억 1000000000 10000000000
}

func ExampleParseAmount() {
	a, _ := normalize.ParseAmount("5,000억 달러(약 700조 원)")
	b, _ := json.Marshal(a)
	fmt.Println(string(b))
	// Output:
	// {"kind":"money","unit":"USD","value":500000000000,"equivalents":[{"value":700000000000000,"unit":"KRW","approximate":true}]}
}

func ExampleFindAmounts() {
	text := "MS는 130억 달러를 투자했고, 총 5,000억 달러(약 700조 원)가 4년간 투입된다. 올해 1월 수백 명이 모였다."
	for _, m := range normalize.FindAmounts(text) {
		fmt.Printf("%d-%d %s %s %s\n", m.Start, m.End, m.Text, m.Amount.Kind, m.Amount.Unit)
	}
	// Output:
	// 6-19 130억 달러 money USD
	// 41-72 5,000억 달러(약 700조 원) money USD
	// 76-83 4년간 duration year
	// 110-120 수백 명 quantity 명
}
