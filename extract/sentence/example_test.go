package sentence_test

import (
	"fmt"

	"github.com/kextract/kextract/extract/sentence"
)

func ExampleSplit() {
	text := "시장 재편 신호?···기업 직접 구축 나설 수도\n" +
		"그는 “수요가 많다. 공급이 부족하다”고 말했다. 금리는 3.5%다.\n" +
		"홍길동 기자 hong@example.com"
	for _, s := range sentence.Split(text) {
		fmt.Printf("%s: %s\n", s.Kind, text[s.Start:s.End])
	}
	// Output:
	// headline: 시장 재편 신호?···기업 직접 구축 나설 수도
	// body: 그는 “수요가 많다. 공급이 부족하다”고 말했다.
	// body: 금리는 3.5%다.
	// boilerplate: 홍길동 기자 hong@example.com
}
