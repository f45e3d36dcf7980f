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

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/kextract/kextract/beam/pipeline"
)

const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
	exitPartial = 3
)

func main() {
	var f pipeline.Flags
	f.Register(flag.CommandLine)
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: kextract-beam --input PATTERN --output PREFIX [flags] [Beam pipeline flags]")
		flag.PrintDefaults()
	}
	flag.Parse()
	// On a worker, Init runs the SDK harness and does not return.
	beam.Init()
	os.Exit(run(context.Background(), &f, os.Stderr))
}

func run(ctx context.Context, f *pipeline.Flags, stderr io.Writer) int {
	o, err := f.Options()
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
		return exitOK // the runner gives no metrics (an asynchronous submission)
	}
	m := pipeline.Counters(res)
	fmt.Fprintf(stderr, "kextract-beam: %d records, %d errors, %d bytes\n",
		m[pipeline.MetricRecords], m[pipeline.MetricErrors], m[pipeline.MetricBytes])
	if m[pipeline.MetricErrors] > 0 {
		fmt.Fprintf(stderr, "kextract-beam: %d of %d records failed (see %s-*)\n",
			m[pipeline.MetricErrors], m[pipeline.MetricRecords], o.DeadLetter)
		return exitPartial
	}
	return exitOK
}
