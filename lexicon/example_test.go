package lexicon_test

import (
	"fmt"
	"strings"

	"github.com/kextract/kextract/lexicon"
)

func ExampleLexicon_Match() {
	orgs := "#kextract-lexicon: orgs\n" +
		"마이크로소프트\tMicrosoft\tMS|마소\tcompany\n" +
		"오픈AI\tOpenAI\t\tcompany\n"
	places := "#kextract-lexicon: places\n미국\tUnited States\t美|US\tcountry\n"
	josa := "#kextract-lexicon: josa\n는\ttopic\n가\tsubject\n과\tconjunctive\n와\tconjunctive\n의\tgenitive\n에\tlocative\n"
	l, err := lexicon.New(lexicon.WithoutDefaults(),
		lexicon.WithReader("orgs", strings.NewReader(orgs)),
		lexicon.WithReader("places", strings.NewReader(places)),
		lexicon.WithReader("josa", strings.NewReader(josa)))
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "오픈AI는 MS가 美와 미국과의 협력을 OpenAI에 맡겼다고 밝혔다."
	for _, m := range l.Match(text) {
		fmt.Printf("%d-%d %s -> %s (josa %q)\n", m.Start, m.End, m.Surface, m.Entry.ID, m.Josa)
	}
	// Output:
	// 0-8 오픈AI -> ORG:오픈AI (josa "는")
	// 12-14 MS -> ORG:마이크로소프트 (josa "가")
	// 18-21 美 -> LOCATION:미국 (josa "와")
	// 25-31 미국 -> LOCATION:미국 (josa "과의")
	// 48-54 OpenAI -> ORG:오픈AI (josa "에")
}

func ExampleLexicon_StripJosa() {
	josa := "#kextract-lexicon: josa\n에서\tlocative\n는\ttopic\n"
	l, err := lexicon.New(lexicon.WithoutDefaults(), lexicon.WithReader("josa", strings.NewReader(josa)))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(l.StripJosa("오픈AI에서는"))
	// Output: 오픈AI 에서는
}
