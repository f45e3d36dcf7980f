package pipeline

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/kextract/kextract/corpus"
	"github.com/kextract/kextract/extract"
	"github.com/kextract/kextract/lexicon"
)

// DefaultTimeout is the time budget of one document, as in kextract batch.
const DefaultTimeout = 30 * time.Second

// DefaultShards is the number of output files when Options.Shards is 0.
const DefaultShards = 4

// LexiconFile is a user lexicon shipped with the job: its content is read
// when the pipeline is built, on the machine that submits it, and travels
// inside the serialized DoFn, so workers need no copy of the file.
type LexiconFile struct {
	// Name is the file's path on the submitting machine, used in messages.
	Name string `json:"name"`
	// Data is the file's content.
	Data []byte `json:"data"`
}

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
// serializes with a DoFn. The zero value is the default extractor.
type Config struct {
	// Lexicons are user lexicons added on top of the embedded one, in order.
	Lexicons []LexiconFile `json:"lexicons,omitempty"`
	// Rates are exchange rates "CUR=VALUE" (one CUR is VALUE of To).
	Rates []string `json:"rates,omitempty"`
	// To converts money amounts to this ISO 4217 currency.
	To string `json:"to,omitempty"`
	// Date is the document date (YYYY-MM-DD) when the record has none.
	Date string `json:"date,omitempty"`
	// Encoding is auto (empty), utf-8 or cp949.
	Encoding string `json:"encoding,omitempty"`
	// Lossy replaces invalid bytes with U+FFFD instead of failing.
	Lossy bool `json:"lossy,omitempty"`
	// MaxSize is the largest record in bytes; 0 means the default, 10 MB.
	MaxSize int `json:"max_size,omitempty"`
	// NoModel turns the statistical NER model off.
	NoModel bool `json:"no_model,omitempty"`
}

func (c Config) maxSize() int {
	if c.MaxSize <= 0 {
		return extract.DefaultMaxSize
	}
	return c.MaxSize
}

func (c Config) encoding() string {
	if c.Encoding == "" {
		return "auto"
	}
	return c.Encoding
}

// ExtractOptions returns the extract options that kextract batch builds
// from the same flags.
func (c Config) ExtractOptions() ([]extract.Option, error) {
	opts := []extract.Option{
		extract.WithEncoding(c.encoding()),
		extract.WithLossy(c.Lossy),
		extract.WithMaxSize(c.maxSize()),
		extract.WithModel(!c.NoModel),
		extract.WithDate(c.Date),
	}
	if len(c.Lexicons) > 0 {
		lopts := make([]lexicon.Option, 0, len(c.Lexicons))
		for _, l := range c.Lexicons {
			lopts = append(lopts, lexicon.WithReader(l.Name, bytes.NewReader(l.Data)))
		}
		lex, err := lexicon.New(lopts...)
		if err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
		opts = append(opts, extract.WithLexicon(lex))
	}
	if c.To != "" {
		opts = append(opts, extract.WithTargetCurrency(c.To))
	}
	for _, r := range c.Rates {
		cur, val, ok := strings.Cut(r, "=")
		if !ok {
			return nil, fmt.Errorf("--rate %q: want CUR=VALUE, e.g. USD=1385.2", r)
		}
		opts = append(opts, extract.WithRate(cur, val))
	}
	if len(c.Rates) > 0 && c.To == "" {
		return nil, errors.New("--rate needs --to CURRENCY")
	}
	return opts, nil
}

// NewExtractor builds the extractor the configuration describes.
func (c Config) NewExtractor() (*extract.Extractor, error) {
	opts, err := c.ExtractOptions()
	if err != nil {
		return nil, err
	}
	x, err := extract.New(opts...)
	if err != nil {
		return nil, fmt.Errorf("extractor: %w", err)
	}
	return x, nil
}

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
	if o.Extract.MaxSize < 0 {
		return o, fmt.Errorf("max size %d: want at least 0", o.Extract.MaxSize)
	}
	o.Fields = o.Fields.WithDefaults()
	return o, nil
}
