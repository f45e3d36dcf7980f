package pipeline

import (
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/kextract/kextract/corpus"
	"github.com/kextract/kextract/extract"
)

// DefaultTimeout is the time budget of one document, as in kextract batch.
const DefaultTimeout = 30 * time.Second

// DefaultShards is the number of output files when Options.Shards is 0.
const DefaultShards = 4

// LexiconFile is a user lexicon shipped with the job: its content is read
// when the pipeline is built, on the machine that submits it, and travels
// inside the serialized DoFn, so workers need no copy of the file.
type LexiconFile = extract.LexiconSource

// ReadLexicons reads the named lexicon files for Config.Lexicons.
func ReadLexicons(paths []string) ([]LexiconFile, error) {
	var out []LexiconFile
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
		out = append(out, LexiconFile{Name: p, Data: b})
	}
	return out, nil
}

// Config holds the extractor options of kextract batch in a form that
// serializes with a DoFn: extract.Settings, which kextract's flags fill
// too. The zero value is the default extractor.
type Config = extract.Settings

// Options configures Build.
type Options struct {
	// Input is a file pattern in any filesystem Beam knows: a local path or
	// glob, or gs://, s3:// when the binary links those filesystems.
	Input string
	// Output is the prefix of the sharded output files:
	// PREFIX-00000-of-00004.jsonl and so on.
	Output string
	// DeadLetter is the prefix of the error-record files; empty means
	// Output + "-errors".
	DeadLetter string
	// Shards is the number of output (and dead-letter) files; 0 means
	// DefaultShards. A shard that receives no record is not written.
	Shards int
	// Fields names the JSONL fields, as kextract batch's --id-field etc.
	Fields corpus.Fields
	// Format is the input format: auto (empty), jsonl or text.
	Format string
	// Timeout is the time budget of one document, as kextract batch's
	// --timeout (whose default is DefaultTimeout); 0 means none.
	Timeout time.Duration
	// Extract configures the extractor.
	Extract Config
}

func (o Options) normalized() (Options, error) {
	if o.Input == "" {
		return o, errors.New("no input pattern")
	}
	if o.Output == "" {
		return o, errors.New("no output prefix")
	}
	if o.DeadLetter == "" {
		o.DeadLetter = o.Output + "-errors"
	}
	if o.Shards == 0 {
		o.Shards = DefaultShards
	}
	if o.Shards < 0 {
		return o, fmt.Errorf("shards %d: want at least 1", o.Shards)
	}
	switch o.Format {
	case "":
		o.Format = corpus.FormatAuto
	case corpus.FormatAuto, corpus.FormatJSONL, corpus.FormatText:
	default:
		return o, fmt.Errorf("unknown format %q (want auto, jsonl or text)", o.Format)
	}
	if o.Timeout < 0 {
		return o, fmt.Errorf("timeout %v: want 0 (none) or more", o.Timeout)
	}
	o.Fields = o.Fields.WithDefaults()
	return o, nil
}
