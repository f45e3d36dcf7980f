package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMessages pins the exit code and the message of every way the command
// line can fail, and of a few that succeed: each message says what
// happened and names the flag or command that changes it.
func TestMessages(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(file, []byte("MS는 130억 달러를 투자했다."), 0o644))
	cp949 := "\xc7\xd1\xb1\xb9 \xc0\xba\xc7\xe0\xc0\xba \xb1\xdd\xb8\xae\xb8\xa6 \xb5\xbf\xb0\xe1\xc7\xdf\xb4\xd9." // 한국 은행은 금리를 동결했다.
	for _, tc := range []struct {
		name    string
		stdin   string
		args    []string
		code    int
		want    []string // in stderr
		notWant []string
		stdout  string // in stdout
	}{
		{name: "good stdin", stdin: "MS는 130억 달러를 투자했다.", args: []string{"--compact"}, code: exitOK, stdout: `"value":13000000000`},
		{name: "good file", args: []string{file, "--compact"}, code: exitOK, stdout: `"schema":"kextract/v1"`},
		{name: "help", args: []string{"--help"}, code: exitOK, stdout: "Commands:"},
		{name: "help command", args: []string{"help", "batch"}, code: exitOK, want: []string{"Usage: kextract batch", "--out FILE", "-j N"}},
		{name: "version", args: []string{"version"}, code: exitOK, stdout: "kextract dev"},
		{name: "lower-case currency", stdin: "10억 달러", args: []string{"--to", "krw", "--rate", "usd=1385.2", "--compact"}, code: exitOK, stdout: `"value":1385200000000`},
		{name: "lossy", stdin: "가\xff나", args: []string{"--encoding", "utf-8", "--lossy", "--compact"}, code: exitOK, stdout: "invalid-utf8"},
		{name: "html title from record", stdin: `{"id":"a1","title":"오픈AI 투자","text":"MS는 130억 달러를 투자했다."}` + "\n", args: []string{"html", "--jsonl"}, code: exitOK, stdout: "<title>오픈AI 투자</title>"},
		{name: "html --title wins", stdin: `{"title":"오픈AI 투자","text":"MS는 투자했다."}` + "\n", args: []string{"html", "--jsonl", "--title", "다른 제목"}, code: exitOK, stdout: "<title>다른 제목</title>"},
		{name: "html title flag", stdin: "MS는 투자했다.", args: []string{"html", "--title", "제목"}, code: exitOK, stdout: `<h2 class="doc-title">제목</h2>`},
		{name: "html two records", stdin: "{\"text\":\"a\"}\n{\"text\":\"b\"}\n", args: []string{"html", "--jsonl"}, code: exitFailure, want: []string{"more than one JSONL record", "kextract batch"}},
		{name: "html no record", args: []string{"html", "--jsonl"}, code: exitFailure, want: []string{"no JSONL record"}},
		{name: "cp949 auto", stdin: cp949, args: []string{"--compact"}, code: exitOK, stdout: "decoded-cp949"},

		{name: "unknown command", args: []string{"frobnicate"}, code: exitUsage,
			want: []string{`unknown command "frobnicate"`, "kextract --help", "batch", "./frobnicate"}},
		{name: "directory", args: []string{dir}, code: exitFailure,
			want: []string{dir + " is a directory", "kextract batch " + dir}, notWant: []string{"read " + dir + ": read"}},
		{name: "normalize directory", args: []string{"normalize", dir}, code: exitFailure, want: []string{"is a directory"}, notWant: []string{"read " + dir + ": read"}},
		{name: "normalize invalid", stdin: "\xff\xfe", args: []string{"normalize", "--encoding", "utf-8"}, code: exitFailure, want: []string{"--lossy"}},
		{name: "html directory", args: []string{"html", dir}, code: exitFailure, want: []string{"is a directory"}},
		{name: "no such file", args: []string{filepath.Join(dir, "none.txt")}, code: exitFailure,
			want: []string{"no such file", "none.txt"}},
		{name: "over max-size", stdin: strings.Repeat("가", 100), args: []string{"--max-size", "10"}, code: exitFailure,
			want: []string{"over the --max-size limit of 10 bytes", "raise --max-size"}, notWant: []string{"11"}},
		{name: "at max-size", stdin: "가가가a", args: []string{"--max-size", "10", "--compact"}, code: exitOK, stdout: `"schema"`},
		{name: "one byte over max-size", stdin: "가가가ab", args: []string{"--max-size", "10"}, code: exitFailure, want: []string{"--max-size limit of 10 bytes"}},
		{name: "html over max-size", stdin: strings.Repeat("가", 100), args: []string{"html", "--max-size", "10"}, code: exitFailure,
			want: []string{"--max-size limit of 10 bytes"}},
		{name: "negative max-size", args: []string{"--max-size", "-1"}, code: exitUsage, want: []string{"--max-size -1", "0 for no limit"}},
		{name: "invalid utf-8", stdin: "\xff\xfe\xfd\x00\x81", args: []string{"--encoding", "utf-8"}, code: exitFailure,
			want: []string{"byte offset 0", "--lossy", "--encoding cp949"}, notWant: []string{"lossy decoding"}},
		{name: "cp949 read as utf-8", stdin: cp949, args: []string{"--encoding", "utf-8"}, code: exitFailure,
			want: []string{"--encoding cp949", "--lossy"}, notWant: []string{"not EUC-KR/CP949 either"}},
		{name: "neither encoding", stdin: "\xff\xfe\xfd\x00\x81", code: exitFailure, want: []string{"neither UTF-8 nor EUC-KR/CP949", "--lossy"}},
		{name: "html invalid", stdin: "\xff\xfe\xfd\x00\x81", args: []string{"html", "--encoding", "utf-8"}, code: exitFailure, want: []string{"--lossy"}},
		{name: "unknown encoding", args: []string{"--encoding", "latin1"}, code: exitUsage, want: []string{"--encoding", "latin1", "utf-8, cp949 or utf-16"}},
		{name: "to not ISO", args: []string{"--to", "XYZ"}, code: exitUsage, want: []string{`--to "XYZ" is not an ISO 4217 currency code`, "KRW"}},
		{name: "to a word", args: []string{"--to", "dollars"}, code: exitUsage, want: []string{"ISO 4217"}},
		{name: "amounts to not ISO", args: []string{"amounts", "--to", "XXX", "1달러"}, code: exitUsage, want: []string{"--to", "ISO 4217"}},
		{name: "rate without to", args: []string{"--rate", "USD=1385.2"}, code: exitUsage, want: []string{"--rate needs --to CURRENCY"}},
		{name: "rate malformed", args: []string{"--to", "KRW", "--rate", "USD1385"}, code: exitUsage, want: []string{"--rate", "CUR=VALUE"}},
		{name: "rate not ISO", args: []string{"--to", "KRW", "--rate", "XYZ=2"}, code: exitUsage, want: []string{"--rate", `"XYZ" is not an ISO 4217`}},
		{name: "rate not a number", args: []string{"--to", "KRW", "--rate", "USD=abc"}, code: exitUsage, want: []string{"USD=abc", "positive number"}},
		{name: "unknown flag", args: []string{"--no-such-flag"}, code: exitUsage, want: []string{"unknown flag --no-such-flag", "kextract help extract"}, notWant: []string{"Usage:"}},
		{name: "bad flag value", args: []string{"--max-size", "lots"}, code: exitUsage, want: []string{"--max-size", "lots"}},
		{name: "two inputs", args: []string{file, file}, code: exitUsage, want: []string{"at most one input file", "kextract batch"}},
		{name: "eval nothing", args: []string{"eval"}, code: exitUsage, want: []string{"amounts, sentences, quotes, ner"}},
		{name: "eval unknown", args: []string{"eval", "nonsense"}, code: exitUsage, want: []string{`unknown evaluation "nonsense"`, "quotes", "ner"}},
		{name: "train nothing", args: []string{"train"}, code: exitUsage, want: []string{"kextract train ner --train FILE"}},
		{name: "train unknown", args: []string{"train", "pos"}, code: exitUsage, want: []string{`unknown model "pos"`, "ner"}},
		{name: "train no data", args: []string{"train", "ner", "--out", filepath.Join(dir, "m.bin")}, code: exitUsage, want: []string{"--train FILE"}},
		{name: "train no out", args: []string{"train", "ner", "--train", file}, code: exitUsage, want: []string{"--out FILE"}},
		{name: "batch no workers", args: []string{"batch", "-j", "0", file}, code: exitUsage, want: []string{"-j"}},
		{name: "batch resume", args: []string{"batch", "--resume", file}, code: exitUsage, want: []string{"--resume needs --out FILE"}},
		{name: "serve argument", args: []string{"serve", "extra"}, code: exitUsage, want: []string{`unexpected argument "extra"`}},
		{name: "serve concurrency", args: []string{"serve", "--concurrency", "0"}, code: exitUsage, want: []string{"--concurrency"}},
		{name: "serve max-body", args: []string{"serve", "--max-body", "0"}, code: exitUsage, want: []string{"--max-body"}},
		{name: "serve max-memory", args: []string{"serve", "--max-memory", "-5"}, code: exitUsage, want: []string{"--max-memory"}},
		{name: "serve budget too small", args: []string{"serve", "--max-memory", "1000000"}, code: exitUsage, want: []string{"--max-memory 1000000 cannot hold one document", "raise --max-memory"}},
		{name: "serve to", args: []string{"serve", "--to", "XYZ"}, code: exitUsage, want: []string{"--to", "ISO 4217"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := kx(t, tc.stdin, tc.args...)
			assert.Equal(t, tc.code, code, "stderr: %s", errOut)
			for _, w := range tc.want {
				assert.Contains(t, errOut, w)
			}
			for _, w := range tc.notWant {
				assert.NotContains(t, errOut, w)
			}
			if tc.stdout != "" {
				assert.Contains(t, out, tc.stdout)
			}
			if tc.code != exitOK {
				assert.True(t, strings.HasPrefix(errOut, "kextract"), "a failure says it comes from kextract: %q", errOut)
			}
		})
	}
}

// helpOf returns the --help text of every command, by name ("" is the
// top-level help).
func helpOf(t *testing.T) map[string]string {
	t.Helper()
	helps := map[string]string{}
	code, out, _ := kx(t, "", "--help")
	require.Equal(t, exitOK, code)
	helps[""] = out
	for _, c := range commands() {
		code, _, errOut := kx(t, "", c.name, "--help")
		require.Equal(t, exitOK, code, c.name)
		helps[c.name] = errOut
	}
	return helps
}

// TestHelpLists checks every --help: flags are written --name (one dash
// only for one-letter flags) with an upper-case placeholder, every
// subcommand is listed, and every flag the README names exists.
func TestHelpLists(t *testing.T) {
	helps := helpOf(t)
	for _, c := range commands() {
		assert.Contains(t, helps[""], "  "+c.name+" ", "top-level help lists %s", c.name)
	}
	for _, e := range evaluations() {
		assert.Contains(t, helps["eval"], e, "eval help lists %s", e)
	}
	assert.Contains(t, helps["train"], "train ner")
	flagLine := regexp.MustCompile(`^  (-{1,2})([a-z][a-z0-9-]*)( (\S+))?$`)
	all := map[string]bool{}
	for name, h := range helps {
		if name == "" {
			continue
		}
		n := 0
		for _, l := range strings.Split(h, "\n") {
			if !strings.HasPrefix(l, "  -") {
				continue
			}
			m := flagLine.FindStringSubmatch(l)
			require.NotNil(t, m, "%s: flag line %q", name, l)
			n++
			all[m[2]] = true
			if len(m[2]) == 1 {
				assert.Equal(t, "-", m[1], l)
			} else {
				assert.Equal(t, "--", m[1], "%s: %q", name, l)
			}
			if ph := m[4]; ph != "" {
				assert.Equal(t, strings.ToUpper(ph), ph, "%s: placeholder of %q", name, l)
				assert.NotContains(t, []string{"VALUE", "INT", "STRING"}, ph, "%s: %q", name, l)
			}
		}
		if name != "version" {
			assert.Positive(t, n, "%s lists its flags", name)
		}
	}
	raw, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	// the distributed-use section gives the flags of other programs
	// (kextract-beam, Beam's runners, Hadoop), not kextract's
	readme := string(raw)
	if i := strings.Index(readme, "### Distributed use"); i >= 0 {
		if j := strings.Index(readme[i+4:], "\n### "); j >= 0 {
			readme = readme[:i] + readme[i+4+j:]
		}
	}
	for _, m := range regexp.MustCompile("(?:^|[\\s`(\\[])--([a-z][a-z0-9-]+)").FindAllStringSubmatch(readme, -1) {
		assert.True(t, m[1] == "help" || all[m[1]], "the README names --%s, which no --help lists", m[1])
	}
}
