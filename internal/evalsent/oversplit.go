package evalsent

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"strings"

	"github.com/kextract/kextract/extract/sentence"
)

// klueTag matches an entity tag "<text:TAG>" in a KLUE NER sentence line.
var klueTag = regexp.MustCompile(`<([^<>:]+):[A-Z]{2}>`)

// OverSplit reads a KLUE NER file and splits every news sentence (ids ending
// in "wikitree"), each of which is a single sentence. It returns how many
// news sentences there were, how many Split cut into more than one
// sentence, and up to maxExamples of those.
func OverSplit(path string, maxExamples int) (total, split int, examples []string, err error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, 0, nil, fmt.Errorf("evalsent: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "## ") {
			continue
		}
		id, tagged, ok := strings.Cut(line[3:], "\t")
		if !ok || !strings.HasSuffix(id, "wikitree") {
			continue
		}
		text := strings.TrimSpace(klueTag.ReplaceAllString(tagged, "$1"))
		if text == "" {
			continue
		}
		total++
		if got := sentence.Split(text); len(got) > 1 {
			split++
			if len(examples) < maxExamples {
				parts := make([]string, len(got))
				for i, s := range got {
					parts[i] = text[s.Start:s.End]
				}
				examples = append(examples, strings.Join(parts, " ⏎ "))
			}
		}
	}
	if err := sc.Err(); err != nil {
		return total, split, examples, fmt.Errorf("evalsent: read %s: %w", path, err)
	}
	return total, split, examples, nil
}
