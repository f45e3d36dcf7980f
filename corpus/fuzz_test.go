package corpus

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"testing"
	"unicode/utf8"
)

// FuzzJSONL checks the line reader on arbitrary input: no panic, offsets
// and sizes inside the input, texts valid UTF-8, records in input order.
func FuzzJSONL(f *testing.F) {
	for _, s := range []string{
		"{\"id\":\"a\",\"text\":\"가\"}\n",
		"{\"id\":1,\"text\":\"x\"}\r\n\n{\"text\":\"y\"}",
		"{\"id\":\n[]\nnull\n\"s\"\n{\"text\":5}\n",
		"\xef\xbb\xbf{\"text\":\"\xff\"}\n",
		"{\"text\":\"" + string(bytes.Repeat([]byte("a"), 100)) + "\"}\n",
		"\x1f\x8b\x08\x00",
		"\x28\xb5\x2f\xfd\x00",
	} {
		f.Add([]byte(s), uint8(64), false)
	}
	f.Fuzz(func(t *testing.T, data []byte, max uint8, lossy bool) {
		opts := ReaderOptions{MaxSize: int(max) + 1, Lossy: lossy, Format: FormatJSONL}
		src, err := OpenReader(context.Background(), bytes.NewReader(data), "f.jsonl", opts)
		if err != nil {
			t.Fatal(err)
		}
		defer src.Close()
		compressed := bytes.HasPrefix(data, []byte{0x1f, 0x8b}) || bytes.HasPrefix(data, []byte{0x28, 0xb5, 0x2f, 0xfd})
		prevEnd := int64(0)
		for n := 0; ; n++ {
			rec, err := src.Next()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatalf("Next: %v", err)
			}
			if n > len(data)+1 {
				t.Fatalf("more records (%d) than lines", n)
			}
			if rec.ID == "" && rec.Err == nil {
				t.Fatalf("record without id: %+v", rec)
			}
			if rec.Err == nil && !utf8.ValidString(rec.Text) {
				t.Fatalf("invalid UTF-8 text accepted: %q", rec.Text)
			}
			if rec.Offset < prevEnd || rec.Size < 0 {
				t.Fatalf("offset %d size %d after %d", rec.Offset, rec.Size, prevEnd)
			}
			prevEnd = rec.Offset + int64(rec.Size)
			if !compressed && prevEnd > int64(len(data)) {
				t.Fatalf("record [%d,%d) beyond input of %d bytes", rec.Offset, prevEnd, len(data))
			}
			if rec.Err == nil && rec.Size > opts.MaxSize {
				t.Fatalf("record of %d bytes accepted with max %d", rec.Size, opts.MaxSize)
			}
		}
	})
}

// FuzzText checks whole-file reading with sniffing: exactly one record, no
// panic, size bounded.
func FuzzText(f *testing.F) {
	for _, s := range []string{"본문", "", "\xef\xbb\xbf", "\xff\xfe", "  {\"text\":\"x\"}"} {
		f.Add([]byte(s), uint8(16))
	}
	f.Fuzz(func(t *testing.T, data []byte, max uint8) {
		opts := ReaderOptions{MaxSize: int(max) + 1, Format: FormatText}
		src, err := OpenReader(context.Background(), bytes.NewReader(data), "f.txt", opts)
		if err != nil {
			t.Fatal(err)
		}
		rec, err := src.Next()
		if err != nil {
			t.Fatal(err)
		}
		if rec.Err == nil && (len(rec.Text) > opts.MaxSize || !utf8.ValidString(rec.Text)) {
			t.Fatalf("bad text accepted: %q", rec.Text)
		}
		if _, err := src.Next(); !errors.Is(err, io.EOF) {
			t.Fatalf("want one record, got more (%v)", err)
		}
	})
}

// FuzzResume checks the reader of an earlier output: it returns exactly the
// complete lines, in order, and never panics on their content.
func FuzzResume(f *testing.F) {
	f.Add([]byte("{\"id\":\"a\"}\n{\"id\":1,\"error\":\"x\"}\n{\"id\":\"t\""))
	f.Add([]byte("\n\n{}\nnull\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p := &Prior{br: bufio.NewReader(bytes.NewReader(data))}
		var got []byte
		for {
			line, ok, err := p.next()
			if err != nil {
				t.Fatal(err)
			}
			if !ok {
				break
			}
			if len(line) == 0 || line[len(line)-1] != '\n' {
				t.Fatalf("incomplete line %q", line)
			}
			parseOutputLine(bytes.TrimSpace(line))
			got = append(got, line...)
		}
		if want := data[:bytes.LastIndexByte(data, '\n')+1]; !bytes.Equal(got, want) {
			t.Fatalf("read %q, want %q", got, want)
		}
	})
}
