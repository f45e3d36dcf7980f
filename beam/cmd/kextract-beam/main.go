// Command kextract-beam runs kextract as an Apache Beam pipeline: it reads
// the JSONL or text files matched by --input, extracts every record, and
// writes the documents to sharded JSONL files under --output and the
// records that failed, as kextract batch's error records, under --errors.
//
// It runs on Beam's local prism runner by default and on any portable
// runner (Dataflow, Flink, Spark) with Beam's usual flags:
//
//	kextract-beam --input 'news/*.jsonl' --output out/kx
//	kextract-beam --runner=dataflow --project=P --region=R \
//	    --staging_location=gs://B/staging --input 'gs://B/news/*.jsonl' --output gs://B/kx
//
// Exit codes: 0 every record extracted, 3 some records failed (see the
// dead-letter files), 1 the pipeline failed, 2 usage error.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/kextract/kextract/beam/pipeline"
	"github.com/kextract/kextract/extract"
)

const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
	exitPartial = 3
)

// multiFlag is a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string { return strings.Join(*m, ",") }

func (m *multiFlag) Set(v string) error {
	*m = append(*m, v)
	return nil
}

// flags are the command's own flags; Beam registers its own (--runner,
// --endpoint, --project, ...) on the same flag set.
type flags struct {
	input, output, errors, format string
	shards                        int
	lexicons, rates               multiFlag
	cfg                           pipeline.Config
	fields                        struct{ id, text, date, title string }
	opts                          pipeline.Options
}

func (f *flags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.input, "input", "", "input file `PATTERN` (local, gs://, s3://): JSONL (.jsonl, .ndjson) or text (.txt), gzip or zstd")
	fs.StringVar(&f.output, "output", "", "output `PREFIX`: documents go to PREFIX-SSSSS-of-NNNNN.jsonl")
	fs.StringVar(&f.errors, "errors", "", "dead-letter `PREFIX` for the error records (default: the output prefix + \"-errors\")")
	fs.IntVar(&f.shards, "shards", pipeline.DefaultShards, "number of output `FILES` (and of dead-letter files)")
	fs.StringVar(&f.format, "format", "auto", "input `FORMAT`: auto, jsonl or text")
	fs.DurationVar(&f.opts.Timeout, "timeout", pipeline.DefaultTimeout, "time budget per document (0: none)")
	fs.StringVar(&f.fields.id, "id-field", "id", "JSONL `FIELD` holding the record id")
	fs.StringVar(&f.fields.text, "text-field", "text", "JSONL `FIELD` holding the article text")
	fs.StringVar(&f.fields.date, "date-field", "date", "JSONL `FIELD` holding the publication date")
	fs.StringVar(&f.fields.title, "title-field", "title", "JSONL `FIELD` holding the title")
	fs.Var(&f.lexicons, "lexicon", "user lexicon `FILE` adding to or overriding the built-in one (repeatable; read here and shipped with the job)")
	fs.Var(&f.rates, "rate", "exchange rate `CUR=VALUE`: one CUR is VALUE of the --to currency (repeatable)")
	fs.StringVar(&f.cfg.To, "to", "", "convert money amounts to this ISO 4217 `CURRENCY` (e.g. KRW)")
	fs.StringVar(&f.cfg.Date, "date", "", "document `DATE` (YYYY-MM-DD) for relative dates when the record has none")
	fs.StringVar(&f.cfg.Encoding, "encoding", "auto", "input `ENCODING`: auto, utf-8 or cp949 (EUC-KR)")
	fs.BoolVar(&f.cfg.Lossy, "lossy", false, "replace invalid input bytes with U+FFFD instead of failing")
	fs.IntVar(&f.cfg.MaxSize, "max-size", extract.DefaultMaxSize, "largest record in `BYTES`")
	fs.BoolVar(&f.cfg.NoModel, "no-model", false, "turn the statistical NER model off")
}

// options turns the parsed flags into pipeline options, reading the
// lexicon files.
func (f *flags) options() (pipeline.Options, error) {
	if f.input == "" || f.output == "" {
		return pipeline.Options{}, fmt.Errorf("--input and --output are required")
	}
	lex, err := pipeline.ReadLexicons(f.lexicons)
	if err != nil {
		return pipeline.Options{}, err
	}
	o := f.opts
	o.Input, o.Output, o.DeadLetter = f.input, f.output, f.errors
	o.Shards, o.Format = f.shards, f.format
	if o.Shards < 1 {
		return pipeline.Options{}, fmt.Errorf("--shards %d: want at least 1", o.Shards)
	}
	o.Fields.ID, o.Fields.Text, o.Fields.Date, o.Fields.Title = f.fields.id, f.fields.text, f.fields.date, f.fields.title
	o.Extract = f.cfg
	o.Extract.Lexicons = lex
	o.Extract.Rates = f.rates
	return o, nil
}

func main() {
	var f flags
	f.register(flag.CommandLine)
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: kextract-beam --input PATTERN --output PREFIX [flags] [Beam pipeline flags]")
		flag.PrintDefaults()
	}
	flag.Parse()
	// On a worker, Init runs the SDK harness and does not return.
	beam.Init()
	os.Exit(run(context.Background(), &f, os.Stderr))
}

func run(ctx context.Context, f *flags, stderr io.Writer) int {
	o, err := f.options()
	if err != nil {
		fmt.Fprintln(stderr, "kextract-beam:", err)
		return exitUsage
	}
	p, s := beam.NewPipelineWithRoot()
	if _, err := pipeline.Build(s, o); err != nil {
		fmt.Fprintln(stderr, "kextract-beam:", err)
		return exitUsage
	}
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		fmt.Fprintln(stderr, "kextract-beam:", err)
		return exitFailure
	}
	if res == nil {
		return exitOK
	}
	counts := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Key.Namespace == pipeline.MetricNamespace {
			counts[c.Key.Name] += c.Result()
		}
	}
	fmt.Fprintf(stderr, "kextract-beam: %d records, %d errors, %d bytes\n",
		counts[pipeline.MetricRecords], counts[pipeline.MetricErrors], counts[pipeline.MetricBytes])
	if counts[pipeline.MetricErrors] > 0 {
		fmt.Fprintf(stderr, "kextract-beam: %d of %d records failed (see %s-*)\n",
			counts[pipeline.MetricErrors], counts[pipeline.MetricRecords], deadLetter(o))
		return exitPartial
	}
	return exitOK
}

func deadLetter(o pipeline.Options) string {
	if o.DeadLetter != "" {
		return o.DeadLetter
	}
	return o.Output + "-errors"
}
