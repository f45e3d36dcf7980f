// Package pipeline is kextract as an Apache Beam pipeline: it reads
// articles from files matched by a pattern in any Beam filesystem, runs the
// extractor on every record in a DoFn, and writes the documents to sharded
// JSONL files and the records that failed to sharded dead-letter files.
//
// Reading goes through corpus.OpenReader, the reader of kextract batch, one
// file at a time, so record ids, sources, byte offsets, compression
// detection and error records are those of kextract batch; the records are
// then reshuffled so that extraction spreads over all workers whatever the
// number of files. Extraction goes through corpus.Run with the batch work
// function, one record at a time, so errors, panics and timeouts become the
// same error records as in kextract batch. The union of the documents and
// the error records, sorted, is therefore exactly what kextract batch
// writes for the same input and options.
package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"path/filepath"
	"reflect"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/kextract/kextract/corpus"
	"github.com/kextract/kextract/extract"
)

// Metric names, in the namespace MetricNamespace.
const (
	MetricNamespace = "kextract"
	// MetricRecords counts the records read, failed ones included.
	MetricRecords = "records"
	// MetricErrors counts the records sent to the dead-letter output.
	MetricErrors = "errors"
	// MetricBytes sums the sizes of the records read, in bytes (a JSONL
	// line without its newline, or a whole text file).
	MetricBytes = "bytes"
	// MetricDocuments counts the documents extracted.
	MetricDocuments = "documents"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*Article)(nil)).Elem())
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(Article), func(string), error](&readFn{})
	register.DoFn4x1[context.Context, Article, func(string), func(string), error](&extractFn{})
	register.DoFn1x2[string, int, string](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Emitter1[Article]()
	register.Emitter1[string]()
	register.Iter1[string]()
}

// Article is one record read from the input, as it travels between the
// read and the extract steps.
type Article struct {
	ID, Text, Date, Title string
	// Source is "file:line" (or the file for a text record).
	Source string
	// Offset is the record's byte offset in its (decompressed) file.
	Offset int64
	// Size is the record's size in bytes.
	Size int64
}

func articleOf(r corpus.Record) Article {
	return Article{ID: r.ID, Text: r.Text, Date: r.Date, Title: r.Title,
		Source: r.Source, Offset: r.Offset, Size: int64(r.Size)}
}

func (a Article) record() corpus.Record {
	return corpus.Record{ID: a.ID, Text: a.Text, Date: a.Date, Title: a.Title,
		Source: a.Source, Offset: a.Offset, Size: int(a.Size)}
}

// Result holds the two outputs of Build.
type Result struct {
	// Documents are the extracted documents, one compact JSON object per
	// element (without newline).
	Documents beam.PCollection
	// Errors are the error records, {"id","error","source"} as kextract
	// batch writes them.
	Errors beam.PCollection
}

// Build adds the kextract pipeline to s: read o.Input, extract, write the
// documents under o.Output and the error records under o.DeadLetter. It
// checks the options, and builds the extractor once (without the model) so
// that a bad lexicon or rate fails here rather than on the workers.
func Build(s beam.Scope, o Options) (Result, error) {
	o, err := o.normalized()
	if err != nil {
		return Result{}, fmt.Errorf("pipeline: %w", err)
	}
	check := o.Extract
	check.NoModel = true
	if _, err := check.New(); err != nil {
		return Result{}, fmt.Errorf("pipeline: %w", err)
	}
	res := Extract(s, o, fileio.MatchFiles(s.Scope("match"), o.Input, fileio.MatchEmptyDisallow()))
	WriteSharded(s.Scope("documents"), o.Output, o.Shards, res.Documents)
	WriteSharded(s.Scope("dead-letter"), o.DeadLetter, o.Shards, res.Errors)
	return res, nil
}

// Extract reads the files of files (a PCollection of fileio.FileMetadata),
// and extracts their records; it does not write anything. o must have
// passed Build's checks; Input, Output and DeadLetter are not used.
func Extract(s beam.Scope, o Options, files beam.PCollection) Result {
	s = s.Scope("kextract")
	// Compression is left to the corpus reader, which detects gzip and
	// zstd from the bytes, as kextract batch does.
	readable := fileio.ReadMatches(s, files, fileio.ReadUncompressed())
	arts, readErrs := beam.ParDo2(s, &readFn{
		Fields: o.Fields, Format: o.Format, MaxSize: o.Extract.Limit(), Lossy: o.Extract.Lossy,
	}, readable)
	arts = beam.Reshuffle(s, arts)
	docs, extractErrs := beam.ParDo2(s, &extractFn{Config: o.Extract, Timeout: o.Timeout}, arts)
	return Result{Documents: docs, Errors: beam.Flatten(s, readErrs, extractErrs)}
}

// counters are a DoFn's metrics, made in Setup.
type counters struct {
	records, errors, bytes, documents beam.Counter
}

func newCounters() counters {
	return counters{
		records:   beam.NewCounter(MetricNamespace, MetricRecords),
		errors:    beam.NewCounter(MetricNamespace, MetricErrors),
		bytes:     beam.NewCounter(MetricNamespace, MetricBytes),
		documents: beam.NewCounter(MetricNamespace, MetricDocuments),
	}
}

// readFn reads the records of one file with the corpus reader.
type readFn struct {
	Fields  corpus.Fields `json:"fields"`
	Format  string        `json:"format"`
	MaxSize int           `json:"max_size"`
	Lossy   bool          `json:"lossy"`

	m counters
}

func (f *readFn) Setup(context.Context) error {
	f.m = newCounters()
	return nil
}

// ProcessElement emits the file's records, and error lines for those that
// could not be read. Only a cancelled context fails the bundle.
func (f *readFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(Article), dead func(string)) error {
	path := file.Metadata.Path
	rc, err := file.Open(ctx)
	if err != nil {
		// as kextract batch reports a file it cannot open
		f.deadLetter(ctx, dead, corpus.Record{ID: filepath.ToSlash(path), Source: path}, fmt.Errorf("%s: %w", path, err))
		return nil
	}
	defer rc.Close()
	src, err := corpus.OpenReader(ctx, rc, path, corpus.ReaderOptions{
		Fields: f.Fields, MaxSize: f.MaxSize, Format: f.Format, Lossy: f.Lossy,
	})
	if err != nil {
		return fmt.Errorf("kextract read %s: %w", path, err)
	}
	defer src.Close()
	for {
		rec, err := src.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("kextract read %s: %w", path, err)
		}
		f.m.records.Inc(ctx, 1)
		f.m.bytes.Inc(ctx, int64(rec.Size))
		if rec.Err != nil {
			f.deadLetter(ctx, dead, rec, nil)
			continue
		}
		emit(articleOf(rec))
	}
}

func (f *readFn) deadLetter(ctx context.Context, dead func(string), rec corpus.Record, err error) {
	f.m.errors.Inc(ctx, 1)
	dead(string(corpus.ErrorLine(rec, err)))
}

// extractFn runs the extractor on one record. The extractor (lexicon and
// model) is built once per DoFn instance in Setup; only Config is
// serialized with the DoFn.
type extractFn struct {
	Config  Config        `json:"config"`
	Timeout time.Duration `json:"timeout"`

	x *extract.Extractor
	m counters
}

func (f *extractFn) Setup(context.Context) error {
	x, err := f.Config.New()
	if err != nil {
		return fmt.Errorf("kextract setup: %w", err)
	}
	f.x = x
	f.m = newCounters()
	return nil
}

// ProcessElement emits the document of a, or its error line. The record
// goes through corpus.Run, so that a failure, a panic or the time budget
// gives the error record kextract batch gives.
func (f *extractFn) ProcessElement(ctx context.Context, a Article, emit func(string), dead func(string)) error {
	src := &oneRecord{rec: a.record()}
	var opts []corpus.RunOption
	if f.Timeout > 0 {
		opts = append(opts, corpus.WithTimeout(f.Timeout))
	}
	_, err := corpus.Run(ctx, src, 1, f.work, func(res corpus.Result) error {
		if res.Err != nil {
			f.m.errors.Inc(ctx, 1)
			dead(string(corpus.ErrorLine(res.Record, res.Err)))
			return nil
		}
		f.m.documents.Inc(ctx, 1)
		emit(string(bytes.TrimSuffix(res.Output, []byte{'\n'})))
		return nil
	}, opts...)
	if err != nil {
		return fmt.Errorf("kextract extract %s: %w", a.ID, err)
	}
	return nil
}

// work is kextract batch's work function: one compact JSON document.
func (f *extractFn) work(ctx context.Context, r corpus.Record) ([]byte, error) {
	doc, err := f.x.Extract(ctx, extract.Input{ID: r.ID, Text: r.Text, Date: r.Date})
	if err != nil {
		return nil, err
	}
	return extract.Marshal(doc)
}

// oneRecord is a corpus.Source of a single record.
type oneRecord struct {
	rec  corpus.Record
	done bool
}

func (o *oneRecord) Next() (corpus.Record, error) {
	if o.done {
		return corpus.Record{}, io.EOF
	}
	o.done = true
	return o.rec, nil
}

func (o *oneRecord) Close() error      { return nil }
func (o *oneRecord) TotalBytes() int64 { return -1 }
func (o *oneRecord) ReadBytes() int64  { return 0 }

// ShardName is the name of shard i of n under prefix:
// PREFIX-00001-of-00004.jsonl.
func ShardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// WriteSharded writes the lines of col (a PCollection of strings) to n
// files named by ShardName, a line's shard chosen by a hash of its
// content. Each shard is written to a temporary file and renamed when
// complete, so a retried bundle never leaves a partial file; a shard that
// receives no line is not written.
func WriteSharded(s beam.Scope, prefix string, n int, col beam.PCollection) {
	s = s.Scope("kextract.WriteSharded")
	filesystem.ValidateScheme(prefix)
	keyed := beam.ParDo(s, &shardFn{Shards: n}, col)
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Shards: n}, beam.GroupByKey(s, keyed))
}

// shardFn keys a line by its shard.
type shardFn struct {
	Shards int `json:"shards"`
}

func (f *shardFn) ProcessElement(line string) (int, string) {
	h := fnv.New32a()
	_, _ = io.WriteString(h, line)
	return int(h.Sum32() % uint32(max(f.Shards, 1))), line
}

// writeShardFn writes the lines of one shard.
type writeShardFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := ShardName(f.Prefix, shard, f.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return fmt.Errorf("kextract write %s: %w", name, err)
	}
	defer fs.Close()
	var suffix [8]byte
	_, _ = rand.Read(suffix[:])
	tmp := name + ".tmp-" + hex.EncodeToString(suffix[:])
	w, err := fs.OpenWrite(ctx, tmp)
	if err != nil {
		return fmt.Errorf("kextract write %s: %w", tmp, err)
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	var line string
	for lines(&line) {
		// bufio errors are sticky: the first one comes back from Flush
		_, _ = bw.WriteString(line)
		_ = bw.WriteByte('\n')
	}
	err = bw.Flush()
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("kextract write %s: %w", tmp, err)
	}
	if err := filesystem.Rename(ctx, fs, tmp, name); err != nil {
		return fmt.Errorf("kextract write %s: %w", name, err)
	}
	return nil
}

// Counters returns the pipeline's counters in MetricNamespace by name,
// summed over steps: MetricRecords, MetricErrors, MetricBytes and
// MetricDocuments.
func Counters(pr beam.PipelineResult) map[string]int64 {
	m := map[string]int64{}
	for _, c := range pr.Metrics().AllMetrics().Counters() {
		if c.Namespace() == MetricNamespace {
			m[c.Name()] += c.Result()
		}
	}
	return m
}
