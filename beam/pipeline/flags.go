package pipeline

import (
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/kextract/kextract/extract"
)

// multiFlag is a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string { return strings.Join(*m, ",") }

func (m *multiFlag) Set(v string) error {
	*m = append(*m, v)
	return nil
}

// Flags are the command-line flags of kextract-beam: --input, --output,
// --errors, --shards and kextract batch's record and extractor flags, with
// the same names and defaults. Beam registers its own flags (--runner,
// --endpoint, --project, ...) on the same flag set.
type Flags struct {
	o        Options
	lexicons multiFlag
	rates    multiFlag
}

// Register defines the flags on fs.
func (f *Flags) Register(fs *flag.FlagSet) {
	o := &f.o
	fs.StringVar(&o.Input, "input", "", "input file `PATTERN` (local, gs://, s3://): JSONL (.jsonl, .ndjson) or text (.txt), gzip or zstd")
	fs.StringVar(&o.Output, "output", "", "output `PREFIX`: documents go to PREFIX-SSSSS-of-NNNNN.jsonl")
	fs.StringVar(&o.DeadLetter, "errors", "", "dead-letter `PREFIX` for the error records (default: the output prefix + \"-errors\")")
	fs.IntVar(&o.Shards, "shards", DefaultShards, "number of output `FILES` (and of dead-letter files)")
	fs.StringVar(&o.Format, "format", "auto", "input `FORMAT`: auto, jsonl or text")
	fs.DurationVar(&o.Timeout, "timeout", DefaultTimeout, "time budget per document (0: none)")
	fs.StringVar(&o.Fields.ID, "id-field", "id", "JSONL `FIELD` holding the record id")
	fs.StringVar(&o.Fields.Text, "text-field", "text", "JSONL `FIELD` holding the article text")
	fs.StringVar(&o.Fields.Date, "date-field", "date", "JSONL `FIELD` holding the publication date")
	fs.StringVar(&o.Fields.Title, "title-field", "title", "JSONL `FIELD` holding the title")
	fs.Var(&f.lexicons, "lexicon", "user lexicon `FILE` adding to or overriding the built-in one (repeatable; read at submission and shipped with the job)")
	fs.Var(&f.rates, "rate", "exchange rate `CUR=VALUE`: one CUR is VALUE of the --to currency (repeatable)")
	c := &o.Extract
	fs.StringVar(&c.To, "to", "", "convert money amounts to this ISO 4217 `CURRENCY` (e.g. KRW)")
	fs.StringVar(&c.Date, "date", "", "document `DATE` (YYYY-MM-DD) for relative dates when the record has none")
	fs.StringVar(&c.Encoding, "encoding", "auto", "input `ENCODING`: auto, utf-8, cp949 (EUC-KR) or utf-16")
	fs.BoolVar(&c.Lossy, "lossy", false, "replace invalid input bytes with U+FFFD instead of failing")
	fs.IntVar(&c.MaxSize, "max-size", extract.DefaultMaxSize, "largest record in `BYTES` (0: no limit)")
	fs.BoolVar(&c.NoModel, "no-model", false, "turn the statistical NER model off")
	fs.BoolVar(&c.KindNouns, "kind-nouns", false, "keep bare nouns of kinds of bodies (경찰, 법원, 정부) as organizations, as KLUE marks them")
}

// Options returns the pipeline options the parsed flags describe, with
// the lexicon files read (so that they ship with the job).
func (f *Flags) Options() (Options, error) {
	o := f.o
	if o.Input == "" || o.Output == "" {
		return Options{}, errors.New("--input and --output are required")
	}
	if o.Shards < 1 {
		return Options{}, fmt.Errorf("--shards %d: want at least 1", o.Shards)
	}
	switch c := &o.Extract; {
	case c.MaxSize < 0:
		return Options{}, fmt.Errorf("--max-size %d: give a size in bytes, or 0 for no limit", c.MaxSize)
	case c.MaxSize == 0:
		c.MaxSize = -1 // no limit, as kextract batch --max-size 0
	}
	lex, err := ReadLexicons(f.lexicons)
	if err != nil {
		return Options{}, err
	}
	o.Extract.Lexicons = lex
	o.Extract.Rates = append([]string(nil), f.rates...)
	return o.normalized()
}
