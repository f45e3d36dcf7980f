package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// eachText reads JSONL from r and calls fn with the string value of field
// for every non-blank line. A line that is not a JSON object with that
// string field, or is longer than maxLine bytes, is reported with ok false
// (and skipped without being held in memory). Only read errors are
// returned.
func eachText(r io.Reader, field string, maxLine int, fn func(text string, ok bool)) error {
	br := bufio.NewReaderSize(r, 64<<10)
	var line []byte
	tooLong := false
	lineNo := 0
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > maxLine+1 { // +1: the newline
				tooLong, line = true, line[:0]
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("read line %d: %w", lineNo+1, err)
		}
		if len(chunk) > 0 || tooLong {
			lineNo++
			if tooLong {
				fn("", false)
			} else if text, ok, blank := textField(line, field); !blank {
				fn(text, ok)
			}
		}
		line, tooLong = line[:0], false
		if err != nil { // io.EOF
			return nil
		}
	}
}

// textField decodes one JSONL line and returns its string field. blank is
// true for a line of white space only.
func textField(line []byte, field string) (text string, ok, blank bool) {
	line = bytes.TrimSpace(line)
	if len(line) == 0 {
		return "", false, true
	}
	var rec map[string]json.RawMessage
	if err := json.Unmarshal(line, &rec); err != nil {
		return "", false, false
	}
	raw, found := rec[field]
	if !found {
		return "", false, false
	}
	if err := json.Unmarshal(raw, &text); err != nil {
		return "", false, false
	}
	return text, true, false
}
