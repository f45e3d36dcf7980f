package klue_test

import (
	"fmt"
	"strings"

	"github.com/kextract/kextract/internal/klue"
)

func Example() {
	data := "## klue-ner-v1_dev_00000_wikitree\t<서울:LC> 시민\n서\tB-LC\n울\tI-LC\n \tO\n시\tO\n민\tO\n"
	sents, err := klue.Read(strings.NewReader(data))
	if err != nil {
		fmt.Println(err)
		return
	}
	s := sents[0]
	fmt.Println(s.Domain, s.Text, s.Spans)
	var sc klue.Scorer
	sc.Add(s.Domain, s.Spans, []klue.Span{{Start: 0, End: 2, Label: "LC"}})
	fmt.Printf("%.2f\n", sc.Micro("wikitree", false))
	// Output:
	// wikitree 서울 시민 [{0 2 LC}]
	// 1.00
}
