package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// outputLines splits JSONL output and decodes every line; a line that is
// not a JSON object fails the test.
func outputLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	out = strings.TrimSuffix(out, "\n")
	if out == "" {
		return nil
	}
	var recs []map[string]any
	for i, l := range strings.Split(out, "\n") {
		var v map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &v), "line %d: %.200s", i+1, l)
		recs = append(recs, v)
	}
	return recs
}

// TestBatchManyRecordsWithMalformed runs 100,000 tiny records, 1% of them
// malformed: one output line per record in order, and every malformed line
// is an error line that names its source line.
func TestBatchManyRecordsWithMalformed(t *testing.T) {
	if testing.Short() {
		t.Skip("100,000 records skipped with -short")
	}
	const n = 100_000
	dir := t.TempDir()
	var sb strings.Builder
	for i := range n {
		if i%100 == 37 {
			fmt.Fprintf(&sb, `{"id":"r%d","text":"MS는 %d억 달러를`+"\n", i, i) // unterminated
			continue
		}
		fmt.Fprintf(&sb, `{"id":"r%d","text":"MS는 %d억 달러를 투자했다."}`+"\n", i, i%1000+1)
	}
	in := filepath.Join(dir, "in.jsonl")
	require.NoError(t, os.WriteFile(in, []byte(sb.String()), 0o644))
	out := filepath.Join(dir, "out.jsonl")
	start := time.Now()
	code, _, errOut := kx(t, "", "batch", in, "--out", out, "-j", "2", "-q")
	elapsed := time.Since(start)
	require.Equal(t, exitPartial, code, errOut)
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	recs := outputLines(t, string(b))
	require.Len(t, recs, n)
	errs := 0
	for i, v := range recs {
		if i%100 == 37 {
			errs++
			require.Contains(t, v, "error", "line %d", i+1)
			require.Equal(t, fmt.Sprintf("%s:%d", in, i+1), v["source"], "line %d", i+1)
			continue
		}
		require.NotContains(t, v, "error", "line %d", i+1)
		require.Equal(t, fmt.Sprint("r", i), v["id"])
	}
	assert.Equal(t, n/100, errs)
	t.Logf("%d records (%d malformed) in %v: %.0f records/s", n, errs, elapsed.Round(time.Millisecond),
		float64(n)/elapsed.Seconds())
}

// TestJSONLDeepNesting sends records whose text, or another field, is a
// deeply nested object: an error line or a correct document, never a crash.
func TestJSONLDeepNesting(t *testing.T) {
	nest := func(depth int) string {
		return strings.Repeat(`{"a":`, depth) + "1" + strings.Repeat("}", depth)
	}
	tests := []struct {
		name    string
		line    string
		wantErr string // substring of the error line; "" for a document
	}{
		{"1000 deep in text", `{"id":"t","text":` + nest(1000) + `}`, "want a string"},
		{"1000 deep in another field", `{"id":"o","text":"MS는 1억 달러를 투자했다.","meta":` + nest(1000) + `}`, ""},
		{"20000 deep in text", `{"id":"d","text":` + nest(20_000) + `}`, "invalid JSON"},
		{"20000 deep in another field", `{"id":"e","text":"가","meta":` + nest(20_000) + `}`, "invalid JSON"},
		{"1000 nested arrays", `{"id":"a","text":` + strings.Repeat("[", 1000) + strings.Repeat("]", 1000) + `}`, "want a string"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := kx(t, tt.line+"\n", "--jsonl")
			recs := outputLines(t, out)
			require.Len(t, recs, 1, errOut)
			if tt.wantErr == "" {
				assert.Equal(t, exitOK, code, errOut)
				assert.NotContains(t, recs[0], "error")
				assert.Equal(t, "kextract/v1", recs[0]["schema"])
				return
			}
			assert.Equal(t, exitPartial, code, errOut)
			assert.Contains(t, recs[0]["error"], tt.wantErr)
			assert.Equal(t, "stdin:1", recs[0]["source"])
		})
	}
}

// TestBatchHostileDirectory batches a directory holding a dangling symlink,
// a FIFO, a symlink loop and good files: every file is accounted for, none
// blocks, exit 3.
func TestBatchHostileDirectory(t *testing.T) {
	dir := t.TempDir()
	root := filepath.Join(dir, "in")
	require.NoError(t, os.MkdirAll(filepath.Join(root, "sub"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(root, "a.txt"), []byte("MS는 1억 달러를 투자했다."), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(root, "sub", "b.jsonl"),
		[]byte(`{"id":"b1","text":"가"}`+"\n"+`{"id":"b2","text":"나"}`+"\n"), 0o644))
	require.NoError(t, os.Symlink(filepath.Join(dir, "nowhere.txt"), filepath.Join(root, "dangling.txt")))
	require.NoError(t, os.Symlink("..", filepath.Join(root, "sub", "loop")))
	require.NoError(t, os.Symlink(root, filepath.Join(root, "self")))
	fifo := filepath.Join(root, "fifo.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Logf("no FIFO: %v", err)
		fifo = ""
	}
	out := filepath.Join(dir, "out.jsonl")
	done := make(chan struct{})
	var code int
	var errOut string
	go func() {
		defer close(done)
		code, _, errOut = kx(t, "", "batch", root, "--out", out, "-j", "2", "-q")
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("batch over the directory did not finish (blocked on the FIFO?)")
	}
	require.Equal(t, exitPartial, code, errOut)
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	recs := outputLines(t, string(b))
	byID := map[string]map[string]any{}
	for _, v := range recs {
		id := fmt.Sprint(v["id"])
		require.NotContains(t, byID, id, "record %s twice", id)
		byID[id] = v
	}
	want := []string{"a.txt", "b1", "b2", "dangling.txt"}
	if fifo != "" {
		want = append(want, "fifo.txt")
	}
	assert.Len(t, recs, len(want), "%s", b)
	for _, id := range want {
		require.Contains(t, byID, id)
	}
	assert.NotContains(t, byID["a.txt"], "error")
	assert.Contains(t, byID["dangling.txt"]["error"], "no such file")
	if fifo != "" {
		assert.Contains(t, byID["fifo.txt"]["error"], "not a regular file")
	}
}

// TestBatchTruncatedGzip cuts a gzip stream in the middle: the records
// before the cut, then one error line, exit 3.
func TestBatchTruncatedGzip(t *testing.T) {
	dir := t.TempDir()
	var plain bytes.Buffer
	const n = 2000
	for i := range n {
		fmt.Fprintf(&plain, `{"id":"g%d","text":"MS는 %d억 달러를 투자했다. %s"}`+"\n", i, i+1, strings.Repeat("가나다라마", i%7))
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, err := zw.Write(plain.Bytes())
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	in := filepath.Join(dir, "in.jsonl.gz")
	require.NoError(t, os.WriteFile(in, gz.Bytes()[:gz.Len()/2], 0o644))
	code, out, errOut := kx(t, "", "batch", in, "-j", "2", "-q")
	require.Equal(t, exitPartial, code, errOut)
	recs := outputLines(t, out)
	require.Greater(t, len(recs), 1)
	require.Less(t, len(recs), n)
	for i, v := range recs[:len(recs)-1] {
		require.NotContains(t, v, "error", "line %d", i+1)
		require.Equal(t, fmt.Sprint("g", i), v["id"])
	}
	last := recs[len(recs)-1]
	assert.Contains(t, last["error"], "unexpected EOF")
	assert.Contains(t, last["source"], in)
	t.Logf("truncated gzip: %d records then an error line", len(recs)-1)
}

// TestBatchUnwritableDestination writes under a path whose parent is a
// regular file (it fails even as root): a clear error, exit 1, nothing at
// the destination.
func TestBatchUnwritableDestination(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	require.NoError(t, os.WriteFile(in, []byte(`{"id":"a","text":"가"}`+"\n"), 0o644))
	parent := filepath.Join(dir, "afile")
	require.NoError(t, os.WriteFile(parent, []byte("x"), 0o644))
	dest := filepath.Join(parent, "out.jsonl")
	for _, extra := range [][]string{nil, {"--resume"}} {
		args := append([]string{"batch", in, "--out", dest, "-q"}, extra...)
		code, out, errOut := kx(t, "", args...)
		assert.Equal(t, exitFailure, code, errOut)
		assert.Empty(t, out)
		assert.Contains(t, errOut, dest)
		assert.Contains(t, errOut, "not a directory")
		_, err := os.Lstat(dest)
		assert.True(t, os.IsNotExist(err) || strings.Contains(fmt.Sprint(err), "not a directory"), "%v", err)
	}
}

// TestBatchDeviceDestination writes to a character device like /dev/full.
// It uses a private device node in the temporary directory (major 1, minor
// 7 is /dev/full on Linux), never /dev/full itself: an atomic writer that
// renames over its destination would replace the system's device.
func TestBatchDeviceDestination(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	require.NoError(t, os.WriteFile(in, []byte(`{"id":"a","text":"가"}`+"\n"), 0o644))
	dev := filepath.Join(dir, "full")
	if err := syscall.Mknod(dev, syscall.S_IFCHR|0o666, int(1<<8|7)); err != nil {
		t.Skipf("cannot create a device node here: %v", err)
	}
	code, _, errOut := kx(t, "", "batch", in, "--out", dev, "-q")
	fi, err := os.Lstat(dev)
	require.NoError(t, err)
	require.NotZero(t, fi.Mode()&os.ModeCharDevice, "the device node was replaced by a regular file")
	assert.Equal(t, exitFailure, code, errOut)
	assert.NotEmpty(t, errOut)
	assert.NotContains(t, errOut, "panic")
}

// TestBatchInterruptAndResume runs the real binary, interrupts it with
// SIGINT while it writes, and finishes with --resume: every record once.
func TestBatchInterruptAndResume(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary; skipped with -short")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go not on PATH")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "kextract")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	build := exec.CommandContext(ctx, goBin, "build", "-o", bin, ".")
	if b, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, b)
	}
	article := []rune(seed(t))[:1200]
	const n = 3000
	var sb strings.Builder
	for i := range n {
		rec, err := json.Marshal(map[string]string{"id": fmt.Sprint("a", i), "text": string(article)})
		require.NoError(t, err)
		sb.Write(rec)
		sb.WriteByte('\n')
	}
	in := filepath.Join(dir, "in.jsonl")
	require.NoError(t, os.WriteFile(in, []byte(sb.String()), 0o644))
	out := filepath.Join(dir, "out.jsonl")

	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, "batch", in, "--out", out, "-j", "2")
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	// Wait until the temporary output has grown, then interrupt.
	grown := false
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		tmps, _ := filepath.Glob(filepath.Join(dir, ".out.jsonl.tmp-*"))
		if len(tmps) > 0 {
			if fi, err := os.Stat(tmps[0]); err == nil && fi.Size() > 0 {
				grown = true
				break
			}
		}
	}
	require.True(t, grown, "the output never grew")
	require.NoError(t, cmd.Process.Signal(os.Interrupt))
	err = cmd.Wait()
	var exitErr *exec.ExitError
	require.ErrorAs(t, err, &exitErr, "stderr: %s", stderr.String())
	assert.Equal(t, exitFailure, exitErr.ExitCode())
	assert.Contains(t, stderr.String(), "--resume --out "+out)
	b, err := os.ReadFile(out)
	require.NoError(t, err, "the interrupted run keeps what it finished")
	kept := len(outputLines(t, string(b)))
	require.Less(t, kept, n, "the run finished before the interrupt: make the corpus larger")

	resume := exec.CommandContext(ctx, bin, "batch", in, "--out", out, "-j", "2", "--resume", "-q")
	msg, err := resume.CombinedOutput()
	require.NoError(t, err, "%s", msg)
	b, err = os.ReadFile(out)
	require.NoError(t, err)
	recs := outputLines(t, string(b))
	require.Len(t, recs, n)
	seen := map[string]int{}
	for i, v := range recs {
		require.NotContains(t, v, "error")
		id := fmt.Sprint(v["id"])
		seen[id]++
		assert.Equal(t, fmt.Sprint("a", i), id, "resume keeps input order")
	}
	for i := range n {
		require.Equal(t, 1, seen[fmt.Sprint("a", i)], "record a%d", i)
	}
	t.Logf("interrupted after %d of %d records; resume completed the rest", kept, n)
}

// TestBatchSymlinksOutside walks a directory holding links to a file and to
// a directory outside it, and a link to a file inside it: by default only
// the inside link is read, the outside file link is an error line that
// quotes nothing of its target, and the outside directory is not entered;
// --follow-symlinks reads both.
func TestBatchSymlinksOutside(t *testing.T) {
	dir := t.TempDir()
	root := filepath.Join(dir, "in")
	outside := filepath.Join(dir, "secret")
	require.NoError(t, os.MkdirAll(root, 0o755))
	require.NoError(t, os.MkdirAll(outside, 0o755))
	const secret = "Zsecret-content 비밀"
	require.NoError(t, os.WriteFile(filepath.Join(outside, "passwd.txt"), []byte(secret), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(outside, "x.jsonl"), []byte(`{"id":"x1","text":"`+secret+`"}`+"\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(root, "a.txt"), []byte("MS는 1억 달러를 투자했다."), 0o644))
	require.NoError(t, os.Symlink(filepath.Join(outside, "passwd.txt"), filepath.Join(root, "passwd.txt")))
	require.NoError(t, os.Symlink(filepath.Join(outside, "x.jsonl"), filepath.Join(root, "y.jsonl")))
	require.NoError(t, os.Symlink(outside, filepath.Join(root, "etc")))
	require.NoError(t, os.Symlink("a.txt", filepath.Join(root, "b.txt")))

	tests := []struct {
		name   string
		args   []string
		code   int
		ok     []string // ids with a document
		errs   []string // ids with an error line
		leaked bool     // the secret may appear in the output
	}{
		{"default", nil, exitPartial, []string{"a.txt", "b.txt"}, []string{"passwd.txt", "y.jsonl"}, false},
		{"--follow-symlinks", []string{"--follow-symlinks"}, exitOK,
			[]string{"a.txt", "b.txt", "etc/passwd.txt", "x1", "passwd.txt", "x1"}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := kx(t, "", append([]string{"batch", root, "-q"}, tt.args...)...)
			require.Equal(t, tt.code, code, errOut)
			if !tt.leaked {
				assert.NotContains(t, out, "Zsecret")
				assert.NotContains(t, out, `'Z'`)
				assert.NotContains(t, errOut, "Zsecret")
			}
			var ok, errs []string
			for _, v := range outputLines(t, out) {
				id := fmt.Sprint(v["id"])
				if e, bad := v["error"]; bad {
					errs = append(errs, id)
					assert.Contains(t, e, "outside the directory")
				} else {
					ok = append(ok, id)
				}
			}
			assert.ElementsMatch(t, tt.ok, ok)
			assert.ElementsMatch(t, tt.errs, errs)
		})
	}
}
