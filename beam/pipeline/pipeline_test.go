package pipeline_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kextract/kextract/beam/pipeline"
	"github.com/kextract/kextract/corpus"
)

// TestMain runs the pipelines on prism, Beam's local runner, unless
// --runner says otherwise.
func TestMain(m *testing.M) {
	ptest.MainWithDefault(m, "prism")
}

// wikinewsDev is the shared evaluation file, beside the checkout.
const wikinewsDev = "../../../shared/data/wikinews/dev.jsonl"

// buildKextract builds the kextract command of the main module (the
// parent directory of this module) into a temporary directory.
func buildKextract(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "kextract")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/kextract")
	cmd.Dir = "../.."
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "go build ./cmd/kextract: %s", out)
	return bin
}

// runBatch runs kextract batch over inputs and returns its output lines.
func runBatch(t *testing.T, bin string, flags, inputs []string) []string {
	t.Helper()
	args := append([]string{"batch", "-q", "-j", "2"}, flags...)
	cmd := exec.Command(bin, append(args, inputs...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 3 {
		err = nil // some records failed: their error lines are in the output
	}
	require.NoError(t, err, "kextract batch: %s", stderr.String())
	return splitLines(stdout.String())
}

func splitLines(s string) []string {
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	if len(lines) == 1 && lines[0] == "" {
		return nil
	}
	return lines
}

// readShards returns the lines of every complete shard file under prefix.
func readShards(t *testing.T, prefix string) []string {
	t.Helper()
	files, err := filepath.Glob(prefix + "-*-of-*.jsonl")
	require.NoError(t, err)
	var lines []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		lines = append(lines, splitLines(string(b))...)
	}
	tmp, err := filepath.Glob(prefix + "-*.tmp-*")
	require.NoError(t, err)
	require.Empty(t, tmp, "temporary shard files left behind")
	return lines
}

// line is an output line with the fields the tests look at.
type line struct {
	ID     string `json:"id"`
	Error  string `json:"error"`
	Source string `json:"source"`
}

func parseLine(t *testing.T, s string) line {
	t.Helper()
	var l line
	require.NoError(t, json.Unmarshal([]byte(s), &l), "output line %q", s)
	return l
}

// sortByID sorts output lines by record id, then by content.
func sortByID(t *testing.T, lines []string) []string {
	t.Helper()
	type keyed struct{ id, line string }
	ks := make([]keyed, len(lines))
	for i, l := range lines {
		ks[i] = keyed{parseLine(t, l).ID, l}
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		if c := strings.Compare(a.id, b.id); c != 0 {
			return c
		}
		return strings.Compare(a.line, b.line)
	})
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = k.line
	}
	return out
}

func countErrors(t *testing.T, lines []string) int {
	t.Helper()
	n := 0
	for _, l := range lines {
		if parseLine(t, l).Error != "" {
			n++
		}
	}
	return n
}

// jsonlBytes is what the reader counts for uncompressed JSONL files: the
// size of every non-blank line, without its newline.
func jsonlBytes(t *testing.T, paths ...string) int64 {
	t.Helper()
	var n int64
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		for _, l := range strings.Split(string(b), "\n") {
			if strings.TrimSpace(l) != "" {
				n += int64(len(l))
			}
		}
	}
	return n
}

func toAny(lines []string) []any {
	out := make([]any, len(lines))
	for i, l := range lines {
		out[i] = l
	}
	return out
}

// run builds and runs the pipeline with o writing under dir, checks its
// in-pipeline output against want with passert, and returns the lines of
// the document and dead-letter shards and the counters.
func run(t *testing.T, o pipeline.Options, dir string, want []string) (docs, errs []string, m map[string]int64) {
	t.Helper()
	o.Output = filepath.Join(dir, "out")
	o.DeadLetter = filepath.Join(dir, "dead")
	p, s := beam.NewPipelineWithRoot()
	res, err := pipeline.Build(s, o)
	require.NoError(t, err)
	passert.Equals(s, beam.Flatten(s, res.Documents, res.Errors), toAny(want)...)
	pr, err := ptest.RunWithMetrics(p)
	require.NoError(t, err)
	return readShards(t, o.Output), readShards(t, o.DeadLetter), pipeline.Counters(pr)
}

// TestMatchesBatch runs the pipeline on prism and requires its documents
// and error records, sorted by id, to equal kextract batch's output for the
// same input and options.
func TestMatchesBatch(t *testing.T) {
	bin := buildKextract(t)
	gz := filepath.Join(t.TempDir(), "articles.jsonl.gz")
	writeGzip(t, "../testdata/articles.jsonl", gz)
	all, err := filepath.Glob("../testdata/*.jsonl")
	require.NoError(t, err)

	type tc struct {
		name   string
		inputs []string // what kextract batch is given
		flags  []string // kextract batch's flags
		opts   pipeline.Options
	}
	cases := []tc{
		{name: "articles", inputs: []string{"../testdata/articles.jsonl"},
			opts: pipeline.Options{Input: "../testdata/articles.jsonl"}},
		{name: "malformed records", inputs: []string{"../testdata/malformed.jsonl"},
			flags: []string{"--max-size", "5000"},
			opts:  pipeline.Options{Input: "../testdata/malformed.jsonl", Extract: pipeline.Config{MaxSize: 5000}}},
		{name: "time budget exceeded", inputs: []string{"../testdata/articles.jsonl"},
			// an expired budget fails every record in the extract step
			flags: []string{"--timeout", "1ns"},
			opts:  pipeline.Options{Input: "../testdata/articles.jsonl", Timeout: 1}},
		{name: "field names", inputs: []string{"../testdata/fields.jsonl"},
			flags: []string{"--id-field", "doc_id", "--text-field", "body", "--date-field", "published", "--title-field", "headline"},
			opts: pipeline.Options{Input: "../testdata/fields.jsonl",
				Fields: corpus.Fields{ID: "doc_id", Text: "body", Date: "published", Title: "headline"}}},
		{name: "text file", inputs: []string{"../testdata/note.txt"},
			opts: pipeline.Options{Input: "../testdata/note.txt"}},
		{name: "gzip", inputs: []string{gz}, opts: pipeline.Options{Input: gz}},
		{name: "glob with extractor options", inputs: all,
			flags: []string{"--lexicon", "../testdata/orgs-extra.tsv", "--to", "KRW", "--rate", "USD=1385.2",
				"--date", "2024-01-01", "--no-model", "--max-size", "5000", "--timeout", "1m"},
			opts: pipeline.Options{Input: "../testdata/*.jsonl", Shards: 2, Timeout: 60e9, Extract: pipeline.Config{
				Lexicons: mustLexicons(t, "../testdata/orgs-extra.tsv"), To: "KRW", Rates: []string{"USD=1385.2"},
				Date: "2024-01-01", NoModel: true, MaxSize: 5000}}},
	}
	if _, err := os.Stat(wikinewsDev); err == nil {
		cases = append(cases, tc{name: "wikinews dev", inputs: []string{wikinewsDev},
			opts: pipeline.Options{Input: wikinewsDev}})
	} else {
		t.Logf("skipping the Wikinews dev case: %s not found (the shared data sits beside the checkout)", wikinewsDev)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want := runBatch(t, bin, c.flags, c.inputs)
			require.NotEmpty(t, want)
			if c.opts.Timeout == 0 {
				c.opts.Timeout = pipeline.DefaultTimeout
			}
			docs, errs, m := run(t, c.opts, t.TempDir(), want)
			got := append(append([]string{}, docs...), errs...)
			require.Equal(t, sortByID(t, want), sortByID(t, got))
			nerr := countErrors(t, want)
			assert.Equal(t, nerr, countErrors(t, errs), "every error record is in the dead-letter files")
			assert.Zero(t, countErrors(t, docs), "no error record among the documents")
			assert.Equal(t, int64(len(want)), m[pipeline.MetricRecords])
			assert.Equal(t, int64(nerr), m[pipeline.MetricErrors])
			assert.Equal(t, int64(len(want)-nerr), m[pipeline.MetricDocuments])
		})
	}
}

func mustLexicons(t *testing.T, paths ...string) []pipeline.LexiconFile {
	t.Helper()
	l, err := pipeline.ReadLexicons(paths)
	require.NoError(t, err)
	return l
}

func writeGzip(t *testing.T, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	require.NoError(t, err)
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, err = zw.Write(b)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	require.NoError(t, os.WriteFile(dst, buf.Bytes(), 0o644))
}

// TestDeadLetter checks that every malformed record reaches the
// dead-letter files as kextract batch's error record, that the good records
// around them are extracted, and the counters.
func TestDeadLetter(t *testing.T) {
	const in = "../testdata/malformed.jsonl"
	bin := buildKextract(t)
	want := runBatch(t, bin, []string{"--max-size", "5000"}, []string{in})
	var wantErrs, wantDocs []string
	for _, l := range want {
		if parseLine(t, l).Error != "" {
			wantErrs = append(wantErrs, l)
		} else {
			wantDocs = append(wantDocs, l)
		}
	}
	docs, errs, m := run(t, pipeline.Options{Input: in, Shards: 3, Timeout: pipeline.DefaultTimeout,
		Extract: pipeline.Config{MaxSize: 5000}}, t.TempDir(), want)
	require.Equal(t, sortByID(t, wantErrs), sortByID(t, errs))
	require.Equal(t, sortByID(t, wantDocs), sortByID(t, docs))

	byID := map[string]line{}
	for _, e := range errs {
		l := parseLine(t, e)
		byID[l.ID] = l
	}
	src := "../testdata/malformed.jsonl:"
	for _, w := range []struct{ id, source, err string }{
		{src + "2", src + "2", "(byte 101): invalid JSON"},
		{src + "3", src + "3", "invalid JSON: invalid character"},
		{"m4", src + "4", `missing field "text"`},
		{"m5", src + "5", `field "text": want a string, got 42`},
		{src + "6", src + "6", "invalid JSON: json: cannot unmarshal array"},
		{src + "8", src + "8", `field "id": want a string`},
		{"m9", src + "9", `field "text": invalid UTF-8`},
		{src + "10", src + "10", "record too large: 12025 bytes > max 5000"},
	} {
		t.Run(w.id, func(t *testing.T) {
			l, ok := byID[w.id]
			require.True(t, ok, "no error record for %s among %v", w.id, errs)
			assert.Equal(t, w.source, l.Source)
			assert.Contains(t, l.Error, w.err)
		})
	}
	assert.Len(t, errs, 8)
	assert.Len(t, docs, 3)
	assert.Equal(t, map[string]int64{
		pipeline.MetricRecords:   11,
		pipeline.MetricErrors:    8,
		pipeline.MetricDocuments: 3,
		pipeline.MetricBytes:     jsonlBytes(t, in),
	}, m)
}
