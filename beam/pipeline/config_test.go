package pipeline_test

import (
	"flag"
	"io"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kextract/kextract/beam/pipeline"
	"github.com/kextract/kextract/corpus"
)

func parseFlags(t *testing.T, args ...string) (pipeline.Options, error) {
	t.Helper()
	fs := flag.NewFlagSet("kextract-beam", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var f pipeline.Flags
	f.Register(fs)
	require.NoError(t, fs.Parse(args))
	return f.Options()
}

func TestFlags(t *testing.T) {
	o, err := parseFlags(t, "--input", "in/*.jsonl", "--output", "out/kx")
	require.NoError(t, err)
	assert.Equal(t, pipeline.Options{
		Input: "in/*.jsonl", Output: "out/kx", DeadLetter: "out/kx-errors",
		Shards: pipeline.DefaultShards, Format: "auto", Timeout: pipeline.DefaultTimeout,
		Fields:  corpus.Fields{ID: "id", Text: "text", Date: "date", Title: "title"},
		Extract: pipeline.Config{Encoding: "auto", MaxSize: 10 << 20},
	}, o, "the defaults are kextract batch's")

	o, err = parseFlags(t, "--input", "gs://b/news-*.jsonl.gz", "--output", "gs://b/kx", "--errors", "gs://b/dead",
		"--shards", "16", "--format", "jsonl", "--timeout", "5s",
		"--id-field", "doc_id", "--text-field", "body", "--date-field", "published", "--title-field", "headline",
		"--lexicon", "../testdata/orgs-extra.tsv", "--rate", "USD=1385.2", "--rate", "EUR=1500", "--to", "KRW",
		"--date", "2024-01-01", "--encoding", "cp949", "--lossy", "--max-size", "5000", "--no-model")
	require.NoError(t, err)
	assert.Equal(t, pipeline.Options{
		Input: "gs://b/news-*.jsonl.gz", Output: "gs://b/kx", DeadLetter: "gs://b/dead",
		Shards: 16, Format: "jsonl", Timeout: 5 * time.Second,
		Fields: corpus.Fields{ID: "doc_id", Text: "body", Date: "published", Title: "headline"},
		Extract: pipeline.Config{
			Lexicons: mustLexicons(t, "../testdata/orgs-extra.tsv"),
			Rates:    []string{"USD=1385.2", "EUR=1500"}, To: "KRW", Date: "2024-01-01",
			Encoding: "cp949", Lossy: true, MaxSize: 5000, NoModel: true,
		},
	}, o)
}

// TestFlagsMaxSize checks that --max-size 0 means no limit, as in
// kextract batch.
func TestFlagsMaxSize(t *testing.T) {
	o, err := parseFlags(t, "--input", "i", "--output", "o", "--max-size", "0")
	require.NoError(t, err)
	assert.Equal(t, 0, o.Extract.Limit(), "no limit")
	o, err = parseFlags(t, "--input", "i", "--output", "o")
	require.NoError(t, err)
	assert.Equal(t, 10<<20, o.Extract.Limit(), "the default")
}

func TestFlagsErrors(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"no input", []string{"--output", "o"}, "--input and --output are required"},
		{"no output", []string{"--input", "i"}, "--input and --output are required"},
		{"zero shards", []string{"--input", "i", "--output", "o", "--shards", "0"}, "--shards 0"},
		{"missing lexicon", []string{"--input", "i", "--output", "o", "--lexicon", "../testdata/none.tsv"}, "none.tsv"},
		{"bad format", []string{"--input", "i", "--output", "o", "--format", "xml"}, `unknown format "xml"`},
		{"negative timeout", []string{"--input", "i", "--output", "o", "--timeout", "-1s"}, "timeout -1s"},
		{"negative max size", []string{"--input", "i", "--output", "o", "--max-size", "-1"}, "--max-size -1"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := parseFlags(t, c.args...)
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.want)
		})
	}
}

// TestBuildErrors checks that Build rejects bad options when the pipeline
// is built, before anything runs.
func TestBuildErrors(t *testing.T) {
	ok := pipeline.Options{Input: "../testdata/articles.jsonl", Output: t.TempDir() + "/out"}
	for _, c := range []struct {
		name string
		edit func(*pipeline.Options)
		want string
	}{
		{"no input", func(o *pipeline.Options) { o.Input = "" }, "no input pattern"},
		{"no output", func(o *pipeline.Options) { o.Output = "" }, "no output prefix"},
		{"negative shards", func(o *pipeline.Options) { o.Shards = -1 }, "shards -1"},
		{"rate without --to", func(o *pipeline.Options) { o.Extract.Rates = []string{"USD=1385"} }, "--rate needs --to"},
		{"rate without value", func(o *pipeline.Options) {
			o.Extract.To, o.Extract.Rates = "KRW", []string{"USD"}
		}, `--rate "USD": want CUR=VALUE`},
		{"rate not a number", func(o *pipeline.Options) {
			o.Extract.To, o.Extract.Rates = "KRW", []string{"USD=abc"}
		}, "want a positive number"},
		{"bad currency", func(o *pipeline.Options) { o.Extract.To = "WON!" }, "ISO 4217"},
		{"bad encoding", func(o *pipeline.Options) { o.Extract.Encoding = "latin-9" }, "latin-9"},
	} {
		t.Run(c.name, func(t *testing.T) {
			o := ok
			c.edit(&o)
			_, s := beam.NewPipelineWithRoot()
			_, err := pipeline.Build(s, o)
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.want)
		})
	}
}

func TestShardName(t *testing.T) {
	for _, c := range []struct {
		prefix string
		i, n   int
		want   string
	}{
		{"out/kx", 0, 4, "out/kx-00000-of-00004.jsonl"},
		{"gs://b/kx", 11, 128, "gs://b/kx-00011-of-00128.jsonl"},
	} {
		assert.Equal(t, c.want, pipeline.ShardName(c.prefix, c.i, c.n))
	}
}
