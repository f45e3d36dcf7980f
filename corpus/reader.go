package corpus

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/kextract/kextract/normalize"
	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

const (
	readBufSize = 64 << 10
	// zstdMaxWindow admits the windows of every standard level and of
	// "zstd --long" (128 MiB) while refusing absurd window claims.
	zstdMaxWindow = 128 << 20
	// sniffSize is how far auto-detection looks for the first non-blank byte.
	sniffSize = 4096
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// source implements Source over a list of inputs.
type source struct {
	ctx    context.Context
	opts   ReaderOptions
	inputs []input
	next   int   // index of the next input to open
	total  int64 // -1 when unknown
	read   atomic.Int64
	cur    *openFile
}

// openFile is the input being read.
type openFile struct {
	in      input
	closers []io.Closer
	br      *bufio.Reader // decompressed stream
	kind    kind
	line    int   // JSONL: number of lines read
	off     int64 // decompressed offset of the next byte
	buf     []byte
	done    bool
}

// countingReader counts stored bytes for ReadBytes.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

func (s *source) TotalBytes() int64 { return s.total }
func (s *source) ReadBytes() int64  { return s.read.Load() }

func (s *source) Close() error {
	if s.cur == nil {
		return nil
	}
	err := s.cur.close()
	s.cur = nil
	s.next = len(s.inputs)
	return err
}

func (s *source) Next() (Record, error) {
	for {
		if err := s.ctx.Err(); err != nil {
			return Record{}, fmt.Errorf("corpus: read: %w", err)
		}
		if s.cur == nil {
			if s.next >= len(s.inputs) {
				return Record{}, io.EOF
			}
			in := s.inputs[s.next]
			s.next++
			if in.err != nil {
				return Record{ID: in.id, Source: in.display, Err: in.err}, nil
			}
			of, err := s.open(in)
			if err != nil {
				return Record{ID: in.id, Source: in.display, Err: err}, nil
			}
			s.cur = of
		}
		rec, ok := s.cur.nextRecord(s.opts)
		if ok {
			return rec, nil
		}
		// Every record was read; a close error on a read-only file carries
		// nothing worth a record.
		_ = s.cur.close()
		s.cur = nil
	}
}

// open opens one input, detects compression and, in auto mode, the format.
func (s *source) open(in input) (*openFile, error) {
	of := &openFile{in: in, kind: in.kind}
	var r io.Reader
	switch {
	case in.r != nil:
		r = in.r
	case in.path == "":
		r = os.Stdin
	default:
		f, err := os.Open(in.path)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", in.display, err)
		}
		of.closers = append(of.closers, f)
		r = f
	}
	raw := bufio.NewReaderSize(countingReader{r: r, n: &s.read}, readBufSize)
	magic, _ := raw.Peek(4)
	var dec io.Reader = raw
	switch {
	case len(magic) >= 2 && magic[0] == 0x1f && magic[1] == 0x8b:
		zr, err := gzip.NewReader(raw)
		if err != nil {
			of.close()
			return nil, fmt.Errorf("%s: gzip: %w", in.display, err)
		}
		of.closers = append(of.closers, zr)
		dec = zr
	case bytes.Equal(magic, []byte{0x28, 0xb5, 0x2f, 0xfd}):
		zr, err := zstd.NewReader(raw, zstd.WithDecoderConcurrency(1),
			zstd.WithDecoderMaxWindow(zstdMaxWindow), zstd.WithDecoderLowmem(true))
		if err != nil {
			of.close()
			return nil, fmt.Errorf("%s: zstd: %w", in.display, err)
		}
		of.closers = append(of.closers, zstdCloser{zr})
		dec = zr
	}
	if dec == io.Reader(raw) {
		of.br = raw
	} else {
		of.br = bufio.NewReaderSize(dec, readBufSize)
	}
	if of.kind == kindAuto {
		of.kind = sniff(of.br)
	}
	return of, nil
}

type zstdCloser struct{ d *zstd.Decoder }

func (z zstdCloser) Close() error { z.d.Close(); return nil }

// sniff decides between JSONL and text from the first non-blank byte.
func sniff(br *bufio.Reader) kind {
	head, _ := br.Peek(sniffSize)
	head = bytes.TrimPrefix(head, utf8BOM)
	head = bytes.TrimLeft(head, " \t\r\n")
	if len(head) > 0 && head[0] == '{' {
		return kindJSONL
	}
	return kindText
}

func (of *openFile) close() error {
	var errs []error
	for i := len(of.closers) - 1; i >= 0; i-- {
		if err := of.closers[i].Close(); err != nil {
			errs = append(errs, err)
		}
	}
	of.closers = nil
	return errors.Join(errs...)
}

// nextRecord returns the next record of the file; ok is false at its end.
func (of *openFile) nextRecord(o ReaderOptions) (Record, bool) {
	if of.done {
		return Record{}, false
	}
	if of.kind == kindText {
		of.done = true
		return of.readText(o), true
	}
	start := of.off
	line, n, err := readLine(of.br, o.MaxSize, of.buf[:0])
	of.buf = line
	of.off += int64(n)
	if n == 0 && err != nil {
		of.done = true
		if errors.Is(err, io.EOF) {
			return Record{}, false
		}
		of.line++
		return of.errRecord(start, 0, fmt.Errorf("read error: %w", err)), true
	}
	of.line++
	size := n
	if err == nil {
		size-- // the newline
	}
	if err != nil && !errors.Is(err, io.EOF) {
		// The stream broke inside this line (truncated gzip, I/O
		// error): the partial line is reported, the file abandoned.
		of.done = true
		return of.errRecord(start, size, fmt.Errorf("read error: %w", err)), true
	}
	if errors.Is(err, io.EOF) {
		of.done = true
	}
	if size > o.MaxSize {
		return of.errRecord(start, size, fmt.Errorf("%w: %d bytes > max %d", ErrTooLarge, size, o.MaxSize)), true
	}
	body := line[:size]
	if of.line == 1 {
		body = bytes.TrimPrefix(body, utf8BOM)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		// a blank line is a record that failed: the output keeps one
		// line per input line
		return of.errRecord(start, size, ErrBlankLine), true
	}
	rec := of.decodeJSONL(body, start, size, o)
	if cap(of.buf) > 1<<20 {
		of.buf = nil // after a long line: do not hold its buffer for the rest
	}
	return rec, true
}

// readLine reads one line into buf, keeping at most max+1 bytes of it (the
// rest is consumed and counted but not stored). n is the number of bytes
// consumed, newline included.
func readLine(br *bufio.Reader, max int, buf []byte) (line []byte, n int, err error) {
	for {
		frag, e := br.ReadSlice('\n')
		n += len(frag)
		if room := max + 1 - len(buf); room > 0 {
			buf = append(buf, frag[:min(room, len(frag))]...)
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		return buf, n, e
	}
}

func (of *openFile) where() string {
	return fmt.Sprintf("%s:%d", of.in.display, of.line)
}

func (of *openFile) errRecord(off int64, size int, err error) Record {
	src := of.where()
	return Record{
		ID:     src,
		Source: src,
		Offset: off,
		Size:   size,
		Err:    fmt.Errorf("%s (byte %d): %w", src, off, err),
	}
}

// decodeJSONL turns one JSON line into a Record.
func (of *openFile) decodeJSONL(body []byte, off int64, size int, o ReaderOptions) Record {
	body, lineWarns, _, utf8OK := decodeLine(body, o)
	if len(body) > o.MaxSize {
		// a legacy encoding grows in UTF-8 (two bytes of EUC-KR or UTF-16
		// are three): the bound holds for the decoded line too
		return of.errRecord(off, size, fmt.Errorf("%w: %d bytes once decoded > max %d", ErrTooLarge, len(body), o.MaxSize))
	}
	var m map[string]json.RawMessage
	if validJSON(body) {
		m, _ = topFields(body)
	}
	if m == nil {
		// not an object, an escaped member name, or invalid: encoding/json
		// decides, and words the error
		if err := json.Unmarshal(body, &m); err != nil {
			return of.errRecord(off, size, fmt.Errorf("invalid JSON: %w", err))
		}
	}
	if m == nil {
		return of.errRecord(off, size, errors.New("invalid JSON: not an object"))
	}
	rec := Record{Source: of.where(), Offset: off, Size: size}
	id, err := jsonText(m[o.Fields.ID], true, o.Lossy, utf8OK)
	if err != nil {
		rec.ID = rec.Source
		rec.Err = fmt.Errorf("%s (byte %d): field %q: %w", rec.Source, off, o.Fields.ID, err)
		return rec
	}
	rec.ID = id
	if _, ok := m[o.Fields.ID]; !ok || isNull(m[o.Fields.ID]) || id == "" {
		rec.ID = rec.Source // missing, null or "": where the record is
	}
	raw, ok := m[o.Fields.Text]
	if !ok {
		rec.Err = fmt.Errorf("%s (byte %d): missing field %q", rec.Source, off, o.Fields.Text)
		return rec
	}
	if isNull(raw) {
		rec.Err = fmt.Errorf("%s (byte %d): field %q is null: %w", rec.Source, off, o.Fields.Text, ErrNullText)
		return rec
	}
	fields := []struct {
		name string
		dst  *string
		num  bool
	}{
		{o.Fields.Text, &rec.Text, false},
		{o.Fields.Date, &rec.Date, true},
		{o.Fields.Title, &rec.Title, true},
	}
	for _, f := range fields {
		v, err := jsonText(m[f.name], f.num, o.Lossy, utf8OK)
		if err != nil {
			rec.Err = fmt.Errorf("%s (byte %d): field %q: %w", rec.Source, off, f.name, err)
			return rec
		}
		*f.dst = v
	}
	var warns []normalize.Warning
	rec.Text, warns = decodeText(rec.Text, o)
	rec.Warnings = append(lineWarns, warns...)
	return rec
}

func isNull(raw json.RawMessage) bool { return string(raw) == "null" }

// jsonText decodes a JSON string (or, if allowNumber, a number, kept as its
// literal text). Absent and null give "". Invalid UTF-8 inside the string is
// an error unless lossy; utf8OK tells that raw is known to be valid UTF-8.
func jsonText(raw json.RawMessage, allowNumber, lossy, utf8OK bool) (string, error) {
	if len(raw) == 0 || isNull(raw) {
		return "", nil
	}
	switch c := raw[0]; {
	case c == '"':
		if s, ok := unquoteJSON(raw, utf8OK); ok {
			return s, nil
		}
		if !lossy && !utf8.Valid(raw) {
			return "", ErrInvalidUTF8
		}
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf("invalid string: %w", err)
		}
		return s, nil
	case allowNumber && (c == '-' || (c >= '0' && c <= '9')):
		return string(raw), nil
	}
	return "", fmt.Errorf("want a string, got %.20s", raw)
}

// readText reads a whole file as one record.
func (of *openFile) readText(o ReaderOptions) Record {
	rec := Record{ID: of.in.id, Source: of.in.display}
	data, err := io.ReadAll(io.LimitReader(of.br, int64(o.MaxSize)+1))
	if err != nil {
		rec.Size = len(data)
		rec.Err = fmt.Errorf("%s: read error: %w", of.in.display, err)
		return rec
	}
	if len(data) > o.MaxSize {
		// Count the rest without holding it.
		rest, err := io.Copy(io.Discard, of.br)
		total := int64(len(data)) + rest
		rec.Size = int(min(total, int64(^uint(0)>>1)))
		if err != nil {
			rec.Err = fmt.Errorf("%s: %w: more than %d bytes (read error: %w)", of.in.display, ErrTooLarge, o.MaxSize, err)
			return rec
		}
		rec.Err = fmt.Errorf("%s: %w: %d bytes > max %d", of.in.display, ErrTooLarge, total, o.MaxSize)
		return rec
	}
	rec.Size = len(data)
	// the decoding of `kextract FILE`: a byte order mark stays a character
	// so that offsets agree with it
	text, warns, err := normalize.Decode(data, o.decodeOptions()...)
	if err != nil {
		rec.Err = fmt.Errorf("%s: %w", of.in.display, err)
		return rec
	}
	if len(text) > o.MaxSize {
		// the bound holds for the decoded text too (see decodeJSONL)
		rec.Err = fmt.Errorf("%s: %w: %d bytes once decoded > max %d", of.in.display, ErrTooLarge, len(text), o.MaxSize)
		return rec
	}
	rec.Text, rec.Warnings = text, warns
	return rec
}

func (o ReaderOptions) decodeOptions() []normalize.DecodeOption {
	return []normalize.DecodeOption{normalize.WithEncoding(o.Encoding), normalize.WithLossy(o.Lossy)}
}

// decodeLine decodes a JSONL line that is not plain UTF-8, or any line when
// the encoding is set: JSON itself is read from UTF-8. ok is false when it
// cannot be decoded; the JSON reader then reports the bad bytes. utf8OK
// tells that the line returned was checked to be valid UTF-8 (the fields
// need not be checked again).
func decodeLine(body []byte, o ReaderOptions) (out []byte, warns []normalize.Warning, ok, utf8OK bool) {
	if o.Encoding == normalize.EncodingAuto && utf8.Valid(body) {
		return body, nil, true, true
	}
	if o.Encoding == normalize.EncodingUTF8 {
		return body, nil, true, false
	}
	s, warns, err := normalize.Decode(body, o.decodeOptions()...)
	if err != nil || len(warns) > 0 && warns[0].Code == "invalid-utf8" {
		// not another encoding: jsonText reports (or, lossy, replaces) the
		// bad bytes of the field that holds them
		return body, nil, err == nil, false
	}
	return []byte(s), warns, true, false
}

// decodeText gives the text of a JSON string the decoding of a file's text:
// CRLF and CR line ends read as LF, with the same warning.
func decodeText(s string, o ReaderOptions) (string, []normalize.Warning) {
	if strings.IndexByte(s, '\r') < 0 {
		return s, nil
	}
	t, warns, err := normalize.Decode([]byte(s), normalize.WithEncoding(normalize.EncodingUTF8), normalize.WithLossy(true))
	if err != nil {
		return s, nil
	}
	return t, warns
}
