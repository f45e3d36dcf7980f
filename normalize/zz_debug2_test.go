package normalize

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

func TestZZWiki(t *testing.T) {
	f, err := os.Open("/work/shared/data/wikinews/dev.jsonl")
	if err != nil {
		t.Skip()
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	out, _ := os.Create("/tmp/dbg/wiki.txt")
	defer out.Close()
	for sc.Scan() {
		var d struct{ Text string }
		json.Unmarshal(sc.Bytes(), &d)
		for _, m := range FindAmounts(d.Text) {
			b, _ := json.Marshal(m.Amount)
			lo := max(0, m.Start-20)
			for lo > 0 && (d.Text[lo]&0xC0) == 0x80 {
				lo--
			}
			hi := min(len(d.Text), m.End+15)
			for hi < len(d.Text) && (d.Text[hi]&0xC0) == 0x80 {
				hi++
			}
			fmt.Fprintf(out, "%q\t%s\t%q\n", m.Text, b, d.Text[lo:hi])
		}
	}
}
