// Package klue reads the KLUE NER data format (character-level BIO tags) and
// scores predicted entity spans against gold spans.
//
// A KLUE NER file holds sentences separated by blank lines. Each sentence
// starts with a header line "## ID<TAB>sentence with <span:TAG> marks" and
// continues with one "char<TAB>BIO-tag" line per character, spaces
// included. Other lines starting with "##" are comments.
package klue

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// labels are the KLUE NER entity labels.
var labels = [...]string{"PS", "LC", "OG", "DT", "TI", "QT"}

// Labels returns the KLUE NER entity labels: PS (person), LC (location),
// OG (organization), DT (date), TI (time) and QT (quantity).
func Labels() []string { return labels[:len(labels):len(labels)] }

// Span is a labelled entity in a sentence. Start and End are rune offsets
// into the sentence text, half-open.
type Span struct {
	Start, End int
	Label      string
}

// Sentence is one annotated sentence.
type Sentence struct {
	ID string
	// Text is the concatenation of the sentence's characters.
	Text string
	// Domain is the source of the sentence: the last "_"- or "-"-separated part of
	// the ID ("wikitree" for news, "nsmc" for movie reviews), or "".
	Domain string
	Spans  []Span
}

// maxLine bounds one input line.
const maxLine = 1 << 20

// Read parses a KLUE NER file. Character lines before any header start an
// unnamed sentence; a character line without a tab or with an unknown tag is
// an error naming the line. An I- tag without a preceding B- of the same
// label starts a new span.
func Read(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	var (
		out    []Sentence
		cur    *Sentence
		text   strings.Builder
		n      int // runes in text
		open   = -1
		lineNo int
	)
	closeSpan := func() {
		if open >= 0 {
			cur.Spans[open].End = n
			open = -1
		}
	}
	finish := func() {
		if cur == nil {
			return
		}
		closeSpan()
		cur.Text = text.String()
		if cur.Text != "" || cur.ID != "" {
			out = append(out, *cur)
		}
		cur = nil
		text.Reset()
		n = 0
	}
	for sc.Scan() {
		lineNo++
		line := strings.TrimSuffix(sc.Text(), "\r")
		if line == "" {
			finish()
			continue
		}
		if strings.HasPrefix(line, "##") {
			rest := strings.TrimSpace(line[2:])
			id, _, hasTab := strings.Cut(rest, "\t")
			if hasTab && id != "" && !strings.ContainsAny(id, " ") {
				finish()
				cur = &Sentence{ID: id, Domain: domainOf(id)}
			}
			continue
		}
		tab := strings.LastIndexByte(line, '\t')
		if tab < 0 {
			return nil, fmt.Errorf("klue: line %d: no tab in %q", lineNo, clip(line))
		}
		ch, tag := line[:tab], strings.TrimSpace(line[tab+1:])
		if ch == "" {
			ch = " " // a lone tab: the character was a space lost in editing
		}
		if !utf8.ValidString(ch) {
			return nil, fmt.Errorf("klue: line %d: invalid UTF-8", lineNo)
		}
		if cur == nil {
			cur = &Sentence{}
		}
		prefix, label, err := parseTag(tag)
		if err != nil {
			return nil, fmt.Errorf("klue: line %d: %w", lineNo, err)
		}
		switch {
		case prefix == 'O':
			closeSpan()
		case prefix == 'B' || open < 0 || cur.Spans[open].Label != label:
			closeSpan()
			cur.Spans = append(cur.Spans, Span{Start: n, Label: label})
			open = len(cur.Spans) - 1
		}
		text.WriteString(ch)
		n += utf8.RuneCountInString(ch)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("klue: line %d: %w", lineNo+1, err)
	}
	finish()
	return out, nil
}

func parseTag(tag string) (prefix byte, label string, err error) {
	if tag == "O" {
		return 'O', "", nil
	}
	if len(tag) < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-' {
		return 0, "", fmt.Errorf("bad tag %q", clip(tag))
	}
	label = tag[2:]
	for _, l := range labels {
		if l == label {
			return tag[0], l, nil
		}
	}
	return 0, "", fmt.Errorf("unknown label %q", clip(label))
}

func domainOf(id string) string {
	if i := strings.LastIndexAny(id, "_-"); i >= 0 {
		return id[i+1:]
	}
	return ""
}

func clip(s string) string {
	if len(s) > 40 {
		s = s[:40]
		for len(s) > 0 && !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
		return s + "…"
	}
	return s
}
