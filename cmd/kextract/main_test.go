package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kextract/kextract/extract"
)

// kx runs the command line in-process and returns the exit code and
// outputs.
func kx(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func seed(t *testing.T) string {
	t.Helper()
	raw, err := os.ReadFile("../../testdata/article.txt")
	require.NoError(t, err)
	return string(raw)
}

func TestHelpAndUsage(t *testing.T) {
	code, out, _ := kx(t, "", "--help")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "Commands:")
	for _, c := range commands() {
		code, _, errOut := kx(t, "", c.name, "--help")
		assert.Equal(t, exitOK, code, c.name)
		assert.Contains(t, errOut, "Usage:", c.name)
	}
	code, _, errOut := kx(t, "", "--no-such-flag")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "no-such-flag")
	code, _, _ = kx(t, "", "--to", "dollars")
	assert.Equal(t, exitUsage, code)
	code, _, _ = kx(t, "", "eval", "nonsense")
	assert.Equal(t, exitUsage, code)
}

func TestExtractMatchesLibrary(t *testing.T) {
	text := seed(t)
	code, out, errOut := kx(t, text, "--compact")
	require.Equal(t, exitOK, code, errOut)
	x, err := extract.New()
	require.NoError(t, err)
	doc, err := x.Extract(context.Background(), extract.Input{Text: text})
	require.NoError(t, err)
	want, err := extract.Marshal(doc)
	require.NoError(t, err)
	assert.Equal(t, string(want), out)

	code, indented, _ := kx(t, text)
	require.Equal(t, exitOK, code)
	var a, b any
	require.NoError(t, json.Unmarshal([]byte(indented), &a))
	require.NoError(t, json.Unmarshal(want, &b))
	assert.Equal(t, b, a)
}

func TestExtractErrors(t *testing.T) {
	code, _, errOut := kx(t, "\xff\xfe\xfd\x00\x81", "--encoding", "utf-8")
	assert.Equal(t, exitFailure, code)
	assert.Contains(t, errOut, "byte offset 0")
	code, out, _ := kx(t, "가\xff나", "--encoding", "utf-8", "--lossy", "--compact")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "invalid-utf8")
	code, _, errOut = kx(t, "", "/no/such/file.txt")
	assert.Equal(t, exitFailure, code)
	assert.Contains(t, errOut, "no such file")
	code, _, errOut = kx(t, strings.Repeat("가", 100), "--max-size", "10")
	assert.Equal(t, exitFailure, code)
	assert.Contains(t, errOut, "over the --max-size limit of 10 bytes")
}

func TestJSONLFilterKeepsEveryRecord(t *testing.T) {
	in := `{"id":"a","text":"MS는 130억 달러를 투자했다."}
{"id":"b","text":
{"doc":"c","body":"x"}
{"id":7,"text":"오픈AI는 미국 기업이다.","date":"2025-04-07"}
`
	code, out, errOut := kx(t, in, "--jsonl")
	assert.Equal(t, exitPartial, code, errOut)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 4)
	var ids []string
	var errs int
	for _, l := range lines {
		var v map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &v), l)
		ids = append(ids, fmt.Sprint(v["id"]))
		if _, ok := v["error"]; ok {
			errs++
		}
	}
	assert.Equal(t, "a", ids[0])
	assert.Equal(t, "7", ids[3])
	assert.Equal(t, 2, errs)

	code, out, _ = kx(t, `{"doc":"c","body":"MS는 투자했다."}`+"\n", "--jsonl", "--id-field", "doc", "--text-field", "body")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, `"id":"c"`)
}

// TestBatchOrderAndCompleteness runs the same corpus with one and eight
// workers: the outputs are identical, in input order, one line per record,
// and malformed records are error lines in their place.
func TestBatchOrderAndCompleteness(t *testing.T) {
	dir := t.TempDir()
	text := seed(t)
	var sb strings.Builder
	n := 60
	for i := range n {
		switch {
		case i%17 == 5:
			sb.WriteString(`{"id":"bad` + fmt.Sprint(i) + `","text":` + "\n") // malformed
		default:
			cut := (i * 97) % (len([]rune(text)) - 200)
			rec, _ := json.Marshal(map[string]string{"id": fmt.Sprint("r", i), "text": string([]rune(text)[cut : cut+200])})
			sb.Write(rec)
			sb.WriteByte('\n')
		}
	}
	in := filepath.Join(dir, "in.jsonl")
	require.NoError(t, os.WriteFile(in, []byte(sb.String()), 0o644))
	var outs []string
	for _, j := range []string{"1", "8"} {
		out := filepath.Join(dir, "out"+j+".jsonl")
		code, _, errOut := kx(t, "", "batch", in, "--out", out, "-j", j, "-q")
		assert.Equal(t, exitPartial, code, errOut)
		b, err := os.ReadFile(out)
		require.NoError(t, err)
		outs = append(outs, string(b))
		lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
		require.Len(t, lines, n)
		for i, l := range lines {
			var v map[string]any
			require.NoError(t, json.Unmarshal([]byte(l), &v))
			if i%17 == 5 {
				assert.Contains(t, v, "error")
			} else {
				assert.Equal(t, fmt.Sprint("r", i), v["id"])
			}
		}
	}
	assert.Equal(t, outs[0], outs[1])
}

func TestBatchResume(t *testing.T) {
	dir := t.TempDir()
	var sb strings.Builder
	for i := range 10 {
		fmt.Fprintf(&sb, `{"id":"d%d","text":"MS는 %d억 달러를 투자했다."}`+"\n", i, i+1)
	}
	in := filepath.Join(dir, "in.jsonl")
	require.NoError(t, os.WriteFile(in, []byte(sb.String()), 0o644))
	out := filepath.Join(dir, "out.jsonl")
	// a previous run that stopped after 4 records and a half-written line
	first := strings.Split(sb.String(), "\n")[:4]
	var prev strings.Builder
	for _, l := range first {
		var r struct{ ID, Text string }
		require.NoError(t, json.Unmarshal([]byte(l), &r))
		fmt.Fprintf(&prev, `{"schema":"kextract/v1","id":%q}`+"\n", r.ID)
	}
	prev.WriteString(`{"schema":"kextract/v1","id":"d4","sen`)
	require.NoError(t, os.WriteFile(out, []byte(prev.String()), 0o644))
	code, _, errOut := kx(t, "", "batch", in, "--out", out, "--resume", "-q")
	require.Equal(t, exitOK, code, errOut)
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	require.Len(t, lines, 10)
	seen := map[string]int{}
	for _, l := range lines {
		var v map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &v))
		seen[fmt.Sprint(v["id"])]++
	}
	for i := range 10 {
		assert.Equal(t, 1, seen[fmt.Sprint("d", i)])
	}
}

func TestNormalizeAndAmounts(t *testing.T) {
	code, out, _ := kx(t, "ＭＳ는\u00a0５,０００억 달러\r\n", "normalize")
	assert.Equal(t, exitOK, code)
	assert.Equal(t, "MS는 5,000억 달러\n", out)

	code, out, _ = kx(t, "", "amounts", "--compact", "5,000억 달러(약 700조 원)")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, `"value":500000000000`)
	assert.Contains(t, out, `"value":700000000000000`)
	assert.Contains(t, out, `"rate":1400`)

	code, out, _ = kx(t, "", "amounts", "--compact", "--to", "KRW", "--rate", "USD=1385.2", "10억 달러")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, `"value":1385200000000`)
}

func TestFlagsAfterArguments(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(in, []byte("MS는 투자했다."), 0o644))
	code, out, errOut := kx(t, "", in, "--compact")
	require.Equal(t, exitOK, code, errOut)
	assert.Equal(t, 1, strings.Count(out, "\n"))
}

// readmeCommands returns the indented command lines of the README's
// section titled heading, comments dropped.
func readmeCommands(t *testing.T, readme, heading string) []string {
	t.Helper()
	i := strings.Index(readme, "\n## "+heading+"\n")
	require.GreaterOrEqual(t, i, 0, "README has a section %q", heading)
	body := readme[i+len(heading)+5:]
	if j := strings.Index(body, "\n## "); j >= 0 {
		body = body[:j]
	}
	var cmds []string
	for _, l := range strings.Split(body, "\n") {
		if !strings.HasPrefix(l, "    ") {
			continue
		}
		cmd, _, _ := strings.Cut(strings.TrimSpace(l), " # ")
		cmds = append(cmds, strings.TrimSpace(cmd))
	}
	return cmds
}

// TestREADMEInstall runs the README's install lines and its "Set up and
// run" commands as written, in one shell from the repository root, with
// GOBIN pointing into a temporary directory put first on PATH, so that the
// test installs nothing on the machine. `go test ./...` itself is left to
// .ci/run, which runs it.
func TestREADMEInstall(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and installs the command: skipped with -short")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go not on PATH")
	}
	raw, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	readme := string(raw)
	install := readmeCommands(t, readme, "Install")
	require.Len(t, install, 3, "the install is three lines")
	assert.True(t, strings.HasPrefix(install[0], "go install ./cmd/kextract"), install[0])
	assert.Contains(t, install[1], "PATH")
	assert.Contains(t, readme[:strings.Index(readme, "## Set up and run")], "not yet published")
	run := readmeCommands(t, readme, "Set up and run")
	require.Contains(t, run, "go test ./...")
	var script []string
	script = append(script, "set -e")
	for _, c := range append(install, run...) {
		if c == "go test ./..." {
			continue
		}
		script = append(script, c+" > \"$OUT/$((N=N+1)).out\"")
	}
	bin, out := t.TempDir(), t.TempDir()
	cmd := exec.Command("sh", "-c", strings.Join(script, "\n"))
	cmd.Dir = "../.."
	cmd.Env = append(os.Environ(), "GOBIN="+bin, "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"), "OUT="+out, "N=0")
	msg, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s\n%s", strings.Join(script, "\n"), msg)
	_, err = os.Stat(filepath.Join(bin, "kextract"))
	require.NoError(t, err, "go install put kextract in GOBIN")
	outs, err := filepath.Glob(filepath.Join(out, "*.out"))
	require.NoError(t, err)
	require.Len(t, outs, len(script)-1)
	for _, f := range outs {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		if len(b) > 0 && b[0] == '{' {
			var v map[string]any
			require.NoError(t, json.Unmarshal(b, &v), f)
			assert.Equal(t, "kextract/v1", v["schema"], f)
		}
	}
}
