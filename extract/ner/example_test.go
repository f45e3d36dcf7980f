package ner_test

import (
	"fmt"

	"github.com/kextract/kextract/extract/ner"
)

func Example() {
	m, err := ner.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "문재인 대통령은 2019년 3월 1일 서울에서 연설했다."
	for _, s := range m.Tag(text) {
		fmt.Println(s.Label, text[s.Start:s.End])
	}
	// Output:
	// PS 문재인
	// DT 2019년 3월 1일
	// LC 서울
}
