package corpus_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/kextract/kextract/corpus"
)

// Run processes records on several workers and emits results in input
// order; unreadable records come out as error lines in their place.
func ExampleRun() {
	input := strings.NewReader(`{"id":"a","text":"삼성전자가 투자했다."}
{"id":"b","text":
{"id":"c","text":"정부가 발표했다."}
`)
	ctx := context.Background()
	src, err := corpus.OpenReader(ctx, input, "news.jsonl", corpus.ReaderOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer src.Close()

	work := func(ctx context.Context, rec corpus.Record) ([]byte, error) {
		return fmt.Appendf(nil, `{"id":%q,"runes":%d}`, rec.ID, len([]rune(rec.Text))), nil
	}
	emit := func(res corpus.Result) error {
		if res.Err != nil {
			fmt.Printf("%s\n", corpus.ErrorLine(res.Record, res.Err))
			return nil
		}
		fmt.Printf("%s\n", res.Output)
		return nil
	}
	stats, err := corpus.Run(ctx, src, 4, work, emit)
	if err != nil {
		fmt.Println(err)
	}
	fmt.Println(stats.Records, stats.Errors)
	// Output:
	// {"id":"a","runes":11}
	// {"id":"news.jsonl:2","error":"news.jsonl:2 (byte 50): invalid JSON: unexpected end of JSON input","source":"news.jsonl:2"}
	// {"id":"c","runes":9}
	// 3 1
}
