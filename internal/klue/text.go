package klue

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// ReadText parses a file of unlabelled sentences, one per line as
// id<TAB>text (the KLUE train text of ../shared/data/klue-ner). Blank lines
// are skipped; a line without a tab is an error naming the line.
func ReadText(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	var out []Sentence
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		id, text, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("line %d: want id<TAB>text, got %q", n, clip(line))
		}
		out = append(out, Sentence{ID: id, Text: text, Domain: domainOf(id)})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("klue: %w", err)
	}
	return out, nil
}
