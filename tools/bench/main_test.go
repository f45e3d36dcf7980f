package main

import (
	"bytes"
	"encoding/json"
	"fmt"

	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type got struct {
	text string
	ok   bool
}

func collect(t testing.TB, in, field string, maxLine int) []got {
	t.Helper()
	var out []got
	err := eachText(strings.NewReader(in), field, maxLine, func(text string, ok bool) {
		out = append(out, got{text, ok})
	})
	require.NoError(t, err)
	return out
}

func TestEachText(t *testing.T) {
	long := `{"text":"` + strings.Repeat("가", 100) + `"}`
	tests := []struct {
		name    string
		in      string
		field   string
		maxLine int
		want    []got
	}{
		{"empty", "", "text", 1 << 10, nil},
		{"one", `{"id":"a","text":"안녕"}`, "text", 1 << 10, []got{{"안녕", true}}},
		{"two with newline", "{\"text\":\"a\"}\n{\"text\":\"b\"}\n", "text", 1 << 10, []got{{"a", true}, {"b", true}}},
		{"crlf and blank lines", "{\"text\":\"a\"}\r\n\r\n  \n{\"text\":\"b\"}", "text", 1 << 10, []got{{"a", true}, {"b", true}}},
		{"other field", `{"id":"x","body":"본문"}`, "body", 1 << 10, []got{{"본문", true}}},
		{"missing field", `{"id":"x"}`, "text", 1 << 10, []got{{"", false}}},
		{"not a string", `{"text":12}`, "text", 1 << 10, []got{{"", false}}},
		{"malformed", "{\"text\":\n{\"text\":\"ok\"}", "text", 1 << 10, []got{{"", false}, {"ok", true}}},
		{"not an object", `["text"]`, "text", 1 << 10, []got{{"", false}}},
		{"escapes", `{"text":"\u00e9\n\"q\""}`, "text", 1 << 10, []got{{"é\n\"q\"", true}}},
		{"too long skipped", long + "\n" + `{"text":"b"}`, "text", 64, []got{{"", false}, {"b", true}}},
		{"too long at EOF", long, "text", 64, []got{{"", false}}},
		{"long line over the buffer", `{"text":"` + strings.Repeat("x", 200<<10) + `"}` + "\n{\"text\":\"b\"}", "text", 1 << 20,
			[]got{{strings.Repeat("x", 200<<10), true}, {"b", true}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, collect(t, tc.in, tc.field, tc.maxLine))
		})
	}
}

func TestParseMode(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		wantErr bool
	}{
		{"normal", "normal", false},
		{"search", "search", false},
		{"extended", "extend", false},
		{"extend", "extend", false},
		{"fast", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			m, err := parseMode(tc.in)
			if tc.wantErr {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, m.String())
		})
	}
}

func TestRunUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"help", []string{"-help"}, 0},
		{"bad flag", []string{"-nope"}, 2},
		{"bad mode", []string{"-mode", "fast"}, 2},
		{"missing file", []string{"/nonexistent/corpus.jsonl"}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			assert.Equal(t, tc.code, run(tc.args, strings.NewReader(""), &out, &errb), errb.String())
		})
	}
}

func TestRunCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the kagome dictionary")
	}
	in := "{\"id\":\"1\",\"text\":\"마이크로소프트는 오픈AI에 130억 달러를 투자했다.\"}\n" +
		"not json\n" +
		"{\"id\":\"2\",\"text\":\"그는 수요는 여전히 많다고 말했다.\"}\n"
	var out, errb bytes.Buffer
	require.Equal(t, 0, run([]string{"-pos", "-"}, strings.NewReader(in), &out, &errb), errb.String())
	var res Result
	require.NoError(t, json.Unmarshal(out.Bytes(), &res))
	assert.Equal(t, 2, res.Records)
	assert.Equal(t, 1, res.Errors)
	assert.Greater(t, res.Tokens, int64(10))
	assert.Greater(t, res.DictLoadS, 0.0)
	assert.Greater(t, res.PeakHeapMB, 0.0)
	assert.True(t, res.POS)
}

func FuzzEachText(f *testing.F) {
	f.Add([]byte(`{"text":"안녕하세요"}`+"\n"+`{"text":1}`), 32)
	f.Add([]byte("\n\r\n{\"text\":\"\\ud800\"}"), 4)
	f.Add([]byte{0xff, '\n', '{'}, 1)
	f.Fuzz(func(t *testing.T, data []byte, maxLine int) {
		if maxLine < 0 {
			maxLine = -maxLine
		}
		maxLine %= 1 << 12
		lines := bytes.Count(data, []byte{'\n'}) + 1
		calls := 0
		err := eachText(bytes.NewReader(data), "text", maxLine, func(text string, ok bool) {
			calls++
			if !ok && text != "" {
				t.Fatalf("not ok with text %q", text)
			}
			if ok && !utf8.ValidString(text) {
				t.Fatalf("invalid UTF-8 %q", text)
			}
			// an invalid byte becomes U+FFFD: at most 3 bytes of text per input byte
			if len(text) > 3*len(data) {
				t.Fatalf("text of %d bytes from %d bytes of input", len(text), len(data))
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		if calls > lines {
			t.Fatalf("%d calls for %d lines", calls, lines)
		}
	})
}

// Example shows the JSONL reader the benchmark is built on.
func Example() {
	in := "{\"id\":\"a\",\"text\":\"첫 기사\"}\n\n{\"id\":\"b\"}\n{\"id\":\"c\",\"text\":\"셋째 기사\"}\n"
	_ = eachText(strings.NewReader(in), "text", 1<<20, func(text string, ok bool) {
		fmt.Printf("%q %v\n", text, ok)
	})
	// Output:
	// "첫 기사" true
	// "" false
	// "셋째 기사" true
}
