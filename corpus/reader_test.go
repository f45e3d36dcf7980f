package corpus

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readAll drains a Source.
func readAll(t *testing.T, paths []string, opts ReaderOptions) []Record {
	t.Helper()
	src, err := Open(context.Background(), paths, opts)
	require.NoError(t, err)
	defer src.Close()
	var recs []Record
	for {
		rec, err := src.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
		recs = append(recs, rec)
		require.Less(t, len(recs), 100000, "runaway source")
	}
	if src.TotalBytes() >= 0 {
		assert.Equal(t, src.TotalBytes(), src.ReadBytes(), "all stored bytes consumed")
	}
	return recs
}

func writeFile(t *testing.T, path string, data []byte) string {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, data, 0o644))
	return path
}

func gzipped(t *testing.T, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	_, err := w.Write(data)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return b.Bytes()
}

func zstded(t *testing.T, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w, err := zstd.NewWriter(&b)
	require.NoError(t, err)
	_, err = w.Write(data)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return b.Bytes()
}

// brief is the comparable part of a record.
type brief struct {
	ID, Text, Date, Title, Source string
	Offset                        int64
	Size                          int
	Err                           string // substring expected in Err; "" = no error
}

func check(t *testing.T, want []brief, got []Record) {
	t.Helper()
	require.Len(t, got, len(want))
	for i, w := range want {
		g := got[i]
		if w.Err == "" {
			require.NoError(t, g.Err, "record %d", i)
		} else {
			require.Error(t, g.Err, "record %d", i)
			assert.Contains(t, g.Err.Error(), w.Err, "record %d", i)
		}
		assert.Equal(t, w.ID, g.ID, "record %d id", i)
		if w.Err == "" {
			assert.Equal(t, w.Text, g.Text, "record %d text", i)
			assert.Equal(t, w.Date, g.Date, "record %d date", i)
			assert.Equal(t, w.Title, g.Title, "record %d title", i)
		}
		if w.Source != "" {
			assert.Equal(t, w.Source, g.Source, "record %d source", i)
		}
		if w.Size != 0 {
			assert.Equal(t, w.Offset, g.Offset, "record %d offset", i)
			assert.Equal(t, w.Size, g.Size, "record %d size", i)
		}
	}
}

func TestJSONL(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		data string
		opts ReaderOptions
		want []brief
	}{
		{
			name: "default fields, numeric and missing ids, blank lines",
			data: "{\"id\":\"a\",\"text\":\"가나\",\"date\":\"2024-01-02\",\"title\":\"T\"}\n" +
				"\n   \n" +
				"{\"id\":42,\"text\":\"x\"}\r\n" +
				"{\"text\":\"no id\"}",
			want: []brief{
				{ID: "a", Text: "가나", Date: "2024-01-02", Title: "T", Offset: 0, Size: 58},
				{ID: "F:2", Source: "F:2", Err: "F:2 (byte 59): blank line"},
				{ID: "F:3", Source: "F:3", Err: "F:3 (byte 60): blank line", Offset: 60, Size: 3},
				{ID: "42", Text: "x", Offset: 64, Size: 21},
				{ID: "F:5", Text: "no id", Source: "F:5", Offset: 86, Size: 16},
			},
		},
		{
			name: "custom fields",
			opts: ReaderOptions{Fields: Fields{ID: "doc", Text: "body", Date: "published", Title: "headline"}},
			data: `{"doc":"d1","body":"본문","published":"2020","headline":"H","text":"ignored"}` + "\n" +
				`{"doc":-1.5e3,"body":"b","published":20200101}` + "\n",
			want: []brief{
				{ID: "d1", Text: "본문", Date: "2020", Title: "H"},
				{ID: "-1.5e3", Text: "b", Date: "20200101"},
			},
		},
		{
			name: "malformed lines do not stop the file",
			data: "{\"id\":\"a\",\"text\":\"ok\"}\n" +
				"{\"id\":\"b\",\"text\":\n" +
				"[1,2]\n" +
				"null\n" +
				"{\"id\":\"c\"}\n" +
				"{\"id\":\"d\",\"text\":5}\n" +
				"{\"id\":{},\"text\":\"x\"}\n" +
				"{\"id\":\"f\",\"text\":null}\n" +
				"{\"id\":\"e\",\"text\":\"ok2\"}\n",
			want: []brief{
				{ID: "a", Text: "ok"},
				{ID: "F:2", Err: "F:2 (byte 23): invalid JSON"},
				{ID: "F:3", Err: "F:3 (byte 41): invalid JSON"},
				{ID: "F:4", Err: "not an object"},
				{ID: "c", Err: `missing field "text"`},
				{ID: "d", Err: `field "text": want a string`},
				{ID: "F:7", Err: `field "id"`},
				{ID: "f", Err: `field "text" is null: null text`},
				{ID: "e", Text: "ok2"},
			},
		},
		{
			name: "line over MaxSize is skipped as an error record",
			opts: ReaderOptions{MaxSize: 40},
			data: "{\"id\":\"a\",\"text\":\"short\"}\n" +
				"{\"id\":\"b\",\"text\":\"" + strings.Repeat("가", 100000) + "\"}\n" +
				"{\"id\":\"c\",\"text\":\"after\"}\n",
			want: []brief{
				{ID: "a", Text: "short"},
				{ID: "F:2", Err: "record too large: 300020 bytes > max 40", Offset: 26, Size: 300020},
				{ID: "c", Text: "after"},
			},
		},
		{
			name: "line exactly MaxSize is accepted",
			opts: ReaderOptions{MaxSize: 25},
			data: "{\"id\":\"a\",\"text\":\"short\"}\n{\"id\":\"a\",\"text\":\"shortX\"}",
			want: []brief{
				{ID: "a", Text: "short", Size: 25},
				{ID: "F:2", Err: "record too large: 26 bytes > max 25"},
			},
		},
		{
			name: "invalid UTF-8",
			data: "{\"id\":\"a\",\"text\":\"bad \xff byte\"}\n{\"id\":\"b\",\"text\":\"\xef\xbb\xbfok\"}\n",
			want: []brief{
				{ID: "a", Err: "invalid UTF-8"},
				{ID: "b", Text: "\ufeffok"},
			},
		},
		{
			name: "invalid UTF-8, lossy",
			opts: ReaderOptions{Lossy: true},
			data: "{\"id\":\"a\",\"text\":\"bad \xff byte\"}\n",
			want: []brief{{ID: "a", Text: "bad \ufffd byte"}},
		},
		{
			name: "byte order mark",
			data: "\xef\xbb\xbf{\"id\":\"a\",\"text\":\"t\"}\n",
			want: []brief{{ID: "a", Text: "t"}},
		},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := writeFile(t, filepath.Join(dir, string(rune('a'+i))+".jsonl"), []byte(tc.data))
			want := make([]brief, len(tc.want))
			for j, w := range tc.want {
				w.ID = strings.ReplaceAll(w.ID, "F:", path+":")
				w.Source = strings.ReplaceAll(w.Source, "F:", path+":")
				w.Err = strings.ReplaceAll(w.Err, "F:", path+":")
				want[j] = w
			}
			check(t, want, readAll(t, []string{path}, tc.opts))
		})
	}
}

func TestOffsetsPointAtRecords(t *testing.T) {
	data := "{\"id\":\"a\",\"text\":\"x\"}\n\n{\"id\":\"b\",\"text\":\"yy\"}\r\n{\"id\":\"c\",\"text\":\"zzz\"}"
	path := writeFile(t, filepath.Join(t.TempDir(), "o.jsonl"), []byte(data))
	for _, r := range readAll(t, []string{path}, ReaderOptions{}) {
		if errors.Is(r.Err, ErrBlankLine) {
			assert.Equal(t, int64(22), r.Offset)
			continue
		}
		require.NoError(t, r.Err)
		raw := strings.TrimSuffix(data[r.Offset:r.Offset+int64(r.Size)], "\r")
		assert.Contains(t, raw, `"id":"`+r.ID+`"`)
		assert.True(t, strings.HasPrefix(raw, "{") && strings.HasSuffix(raw, "}"), raw)
	}
}

func TestCompressed(t *testing.T) {
	dir := t.TempDir()
	jsonl := []byte("{\"id\":\"a\",\"text\":\"기사 하나\"}\n{\"id\":\"b\",\"text\":\"기사 둘\"}\n")
	text := []byte("본문입니다.\n둘째 줄.")
	big := bytes.Repeat([]byte("{\"id\":\"x\",\"text\":\"반복되는 본문\"}\n"), 20000)
	gz := gzipped(t, jsonl)
	tests := []struct {
		name  string
		file  string
		data  []byte
		opts  ReaderOptions
		want  []brief
		count int
	}{
		{name: "gzip jsonl", file: "a.jsonl.gz", data: gz,
			want: []brief{{ID: "a", Text: "기사 하나"}, {ID: "b", Text: "기사 둘"}}},
		{name: "zstd jsonl", file: "b.jsonl.zst", data: zstded(t, jsonl),
			want: []brief{{ID: "a", Text: "기사 하나"}, {ID: "b", Text: "기사 둘"}}},
		{name: "magic, not name: gzip named .jsonl", file: "c.jsonl", data: gz,
			want: []brief{{ID: "a", Text: "기사 하나"}, {ID: "b", Text: "기사 둘"}}},
		{name: "gzip text", file: "d.txt.gz", data: gzipped(t, text),
			want: []brief{{ID: "DIR/d.txt.gz", Text: string(text)}}},
		{name: "zstd text", file: "e.txt.zst", data: zstded(t, text),
			want: []brief{{ID: "DIR/e.txt.zst", Text: string(text)}}},
		{name: "concatenated gzip members", file: "f.jsonl.gz", data: append(append([]byte{}, gz...), gz...), count: 4},
		{name: "large zstd", file: "g.jsonl.zst", data: zstded(t, big), count: 20000},
		{name: "truncated gzip", file: "h.jsonl.gz", data: gzipped(t, big)[:2000],
			want: []brief{{ID: "x", Text: "반복되는 본문"}}},
		{name: "truncated zstd", file: "i.jsonl.zst", data: zstded(t, big)[:200]},
		{name: "gzip header only", file: "j.jsonl.gz", data: gz[:5],
			want: []brief{{ID: "DIR/j.jsonl.gz", Err: "gzip"}}},
		{name: "truncated gzip text", file: "k.txt.gz", data: gzipped(t, text)[:20],
			want: []brief{{ID: "DIR/k.txt.gz", Err: "read error"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := writeFile(t, filepath.Join(dir, tc.file), tc.data)
			recs := readAll(t, []string{path}, tc.opts)
			if tc.count > 0 {
				require.Len(t, recs, tc.count)
				for _, r := range recs {
					require.NoError(t, r.Err)
				}
				return
			}
			if strings.HasPrefix(tc.name, "truncated") && strings.Contains(tc.file, "jsonl") {
				// Whatever was decoded before the break is returned, then
				// exactly one error record naming the file.
				require.NotEmpty(t, recs)
				last := recs[len(recs)-1]
				require.Error(t, last.Err)
				assert.Contains(t, last.Err.Error(), path)
				for _, r := range recs[:len(recs)-1] {
					require.NoError(t, r.Err)
				}
				return
			}
			for i := range tc.want {
				tc.want[i].ID = strings.ReplaceAll(tc.want[i].ID, "DIR/", path[:len(path)-len(tc.file)])
			}
			check(t, tc.want, recs)
		})
	}
}

func TestDirectoryTree(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "b", "2.txt"), []byte("둘"))
	writeFile(t, filepath.Join(dir, "b", "1.txt"), []byte("하나"))
	writeFile(t, filepath.Join(dir, "a.jsonl"), []byte("{\"id\":\"j1\",\"text\":\"t1\"}\n{\"id\":\"j2\",\"text\":\"t2\"}\n"))
	writeFile(t, filepath.Join(dir, "c.ndjson.gz"), gzipped(t, []byte("{\"id\":\"n1\",\"text\":\"t3\"}\n")))
	writeFile(t, filepath.Join(dir, "notes.md"), []byte("skipped"))
	writeFile(t, filepath.Join(dir, "UPPER.TXT"), []byte("upper"))
	writeFile(t, filepath.Join(dir, "bad.txt"), []byte("bad \xff"))
	writeFile(t, filepath.Join(dir, "empty.txt"), nil)
	// A directory named like a file is walked, not read.
	writeFile(t, filepath.Join(dir, "d.txt", "inner.txt"), []byte("안"))
	// A symlink loop and a link to a directory are not followed.
	require.NoError(t, os.Symlink(".", filepath.Join(dir, "b", "loop")))
	require.NoError(t, os.Symlink(filepath.Join(dir, "b"), filepath.Join(dir, "e.txt")))
	// A link to a file is read; a dangling link is an error record.
	require.NoError(t, os.Symlink(filepath.Join(dir, "b", "1.txt"), filepath.Join(dir, "f.txt")))
	require.NoError(t, os.Symlink(filepath.Join(dir, "missing"), filepath.Join(dir, "g.txt")))

	want := []brief{
		{ID: "UPPER.TXT", Text: "upper"},
		{ID: "j1", Text: "t1"},
		{ID: "j2", Text: "t2"},
		{ID: "b/1.txt", Text: "하나", Source: filepath.Join(dir, "b", "1.txt")},
		{ID: "b/2.txt", Text: "둘"},
		{ID: "bad.txt", Err: "invalid UTF-8"},
		{ID: "n1", Text: "t3"},
		{ID: "d.txt/inner.txt", Text: "안"},
		{ID: "empty.txt", Text: ""},
		{ID: "f.txt", Text: "하나"},
		{ID: "g.txt", Err: "no such file"},
	}
	check(t, want, readAll(t, []string{dir}, ReaderOptions{}))

	t.Run("symlink to a directory named as argument is followed", func(t *testing.T) {
		link := filepath.Join(t.TempDir(), "link")
		require.NoError(t, os.Symlink(filepath.Join(dir, "b"), link))
		check(t, []brief{{ID: "1.txt", Text: "하나"}, {ID: "2.txt", Text: "둘"}},
			readAll(t, []string{link}, ReaderOptions{}))
	})

	t.Run("unreadable file", func(t *testing.T) {
		p := writeFile(t, filepath.Join(t.TempDir(), "secret.txt"), []byte("x"))
		require.NoError(t, os.Chmod(p, 0))
		if f, err := os.Open(p); err == nil {
			f.Close()
			t.Skip("running as root: chmod 000 does not make a file unreadable (dangling link covers the read error)")
		}
		recs := readAll(t, []string{filepath.Dir(p)}, ReaderOptions{})
		require.Len(t, recs, 1)
		assert.ErrorIs(t, recs[0].Err, os.ErrPermission)
	})
}

func TestTextFiles(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, filepath.Join(dir, "art.txt"), []byte("\xef\xbb\xbf첫 줄\n둘째 줄\n"))
	big := writeFile(t, filepath.Join(dir, "big.txt"), bytes.Repeat([]byte("가"), 1000))
	noext := writeFile(t, filepath.Join(dir, "noext"), []byte("  {\"id\":\"s\",\"text\":\"sniffed\"}\n"))
	plain := writeFile(t, filepath.Join(dir, "plain"), []byte("그냥 글"))
	tests := []struct {
		name  string
		paths []string
		opts  ReaderOptions
		want  []brief
	}{
		{"one file, BOM kept as kextract FILE keeps it", []string{p}, ReaderOptions{},
			[]brief{{ID: filepath.ToSlash(p), Text: "\ufeff첫 줄\n둘째 줄\n", Source: p, Size: 22}}},
		{"too large", []string{big}, ReaderOptions{MaxSize: 100},
			[]brief{{ID: filepath.ToSlash(big), Err: "record too large: 3000 bytes > max 100"}}},
		{"sniffed JSONL", []string{noext}, ReaderOptions{},
			[]brief{{ID: "s", Text: "sniffed"}}},
		{"sniffed text", []string{plain}, ReaderOptions{},
			[]brief{{ID: filepath.ToSlash(plain), Text: "그냥 글"}}},
		{"forced text", []string{noext}, ReaderOptions{Format: FormatText},
			[]brief{{ID: filepath.ToSlash(noext), Text: "  {\"id\":\"s\",\"text\":\"sniffed\"}\n"}}},
		{"forced jsonl", []string{plain}, ReaderOptions{Format: FormatJSONL},
			[]brief{{ID: plain + ":1", Err: "invalid JSON"}}},
		{"argument order", []string{plain, p, plain}, ReaderOptions{},
			[]brief{{ID: filepath.ToSlash(plain), Text: "그냥 글"}, {ID: filepath.ToSlash(p), Text: "\ufeff첫 줄\n둘째 줄\n"},
				{ID: filepath.ToSlash(plain), Text: "그냥 글"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			check(t, tc.want, readAll(t, tc.paths, tc.opts))
		})
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	_, err := Open(ctx, []string{filepath.Join(t.TempDir(), "nope.jsonl")}, ReaderOptions{})
	require.ErrorIs(t, err, os.ErrNotExist)
	_, err = Open(ctx, nil, ReaderOptions{Format: "xml"})
	require.Error(t, err)
	_, err = Open(ctx, nil, ReaderOptions{MaxSize: -1})
	require.Error(t, err)

	cctx, cancel := context.WithCancel(ctx)
	p := writeFile(t, filepath.Join(t.TempDir(), "a.jsonl"), []byte("{\"text\":\"a\"}\n{\"text\":\"b\"}\n"))
	src, err := Open(cctx, []string{p}, ReaderOptions{})
	require.NoError(t, err)
	_, err = src.Next()
	require.NoError(t, err)
	cancel()
	_, err = src.Next()
	require.ErrorIs(t, err, context.Canceled)
	require.NoError(t, src.Close())
}

// TestMaxSizeOnceDecoded: MaxSize bounds the text once decoded from UTF-16
// or EUC-KR, which grow in UTF-8, for whole files and JSONL lines alike.
func TestMaxSizeOnceDecoded(t *testing.T) {
	utf16 := []byte("\xfe\xff\xac\x00\xac\x00\xac\x00\xac\x00") // BOM + 가가가가: 10 bytes, 15 once decoded
	// {"t":"가가가가"} in EUC-KR: 16 bytes, 20 once decoded
	tests := []struct {
		name   string
		data   []byte
		format string
		max    int
		tooBig bool
	}{
		{"utf-16 text over once decoded", utf16, FormatText, 12, true},
		{"utf-16 text within", utf16, FormatText, 15, false},
		{"euc-kr jsonl line over once decoded", []byte("{\"t\":\"\xb0\xa1\xb0\xa1\xb0\xa1\xb0\xa1\"}"), FormatJSONL, 18, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := OpenReader(context.Background(), bytes.NewReader(tt.data), "f", ReaderOptions{MaxSize: tt.max, Format: tt.format, Fields: Fields{Text: "t"}})
			require.NoError(t, err)
			rec, err := src.Next()
			require.NoError(t, err)
			if tt.tooBig {
				require.ErrorIs(t, rec.Err, ErrTooLarge)
				assert.Contains(t, rec.Err.Error(), "once decoded")
				return
			}
			require.NoError(t, rec.Err)
			assert.Equal(t, "\ufeff가가가가", rec.Text)
		})
	}
}

// TestEmptyIDIsWhereTheRecordIs: an id of "" is treated as a missing one,
// so that every record can be told apart in the output.
func TestEmptyIDIsWhereTheRecordIs(t *testing.T) {
	src, err := OpenReader(context.Background(), strings.NewReader("{\"id\":\"\",\"text\":\"가\"}\n"), "f.jsonl", ReaderOptions{})
	require.NoError(t, err)
	rec, err := src.Next()
	require.NoError(t, err)
	require.NoError(t, rec.Err)
	assert.Equal(t, "f.jsonl:1", rec.ID)
}
