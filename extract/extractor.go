package extract

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/kextract/kextract/extract/date"
	"github.com/kextract/kextract/extract/ner"
	"github.com/kextract/kextract/lexicon"
	"github.com/kextract/kextract/normalize"
)

// DefaultMaxSize is the largest input Extract accepts by default (10 MB).
const DefaultMaxSize = 10 << 20

// ErrTooLarge is wrapped by the error for an input over the size limit.
var ErrTooLarge = errors.New("input too large")

// ErrInvalidDate is wrapped by the error for a document date (Input.Date,
// WithDate) that is not a date: 2020/01/01, 2025-02-30, garbage.
var ErrInvalidDate = date.ErrInvalid

// Input is one document to extract from.
type Input struct {
	// ID is copied to the Document.
	ID string
	// Text is the document, as UTF-8.
	Text string
	// Raw, when not nil, is the document as bytes in any supported encoding
	// (see WithEncoding); it is decoded and replaces Text.
	Raw []byte
	// Date is the document's publication date (YYYY-MM-DD, YYYY-MM, YYYY
	// or an RFC 3339 date-time), used to resolve relative dates (지난 15일,
	// 이날, 지난해). It overrides WithDate. Extract returns an error
	// wrapping ErrInvalidDate for anything else.
	Date string
	// Warnings are the notes of a decoding the caller did (normalize.Decode,
	// as the batch reader does for Text); they open the Document's warnings.
	Warnings []normalize.Warning
}

// Extractor finds entities, amounts, quotes and claims in Korean news text.
// It is built once with New and is safe for concurrent use. The zero
// Extractor (and a nil *Extractor) works as one built by New with no
// options, at the cost of building that default on every call: build one
// with New to set options or to avoid the cost.
type Extractor struct {
	cfg   config
	lex   *lexicon.Lexicon
	model *ner.Model // nil when the model is off
}

// New returns an Extractor with the embedded lexicon and the given options.
func New(opts ...Option) (*Extractor, error) {
	cfg := defaultConfig()
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	lexOpts := make([]lexicon.Option, 0, len(cfg.lexiconFiles))
	for _, f := range cfg.lexiconFiles {
		lexOpts = append(lexOpts, lexicon.WithFile(f))
	}
	if cfg.model && cfg.nerModel == nil {
		// The model's weights are decoded on another core while the
		// lexicon is built (ner.Default waits for lexicon.Default only at
		// its end); both are built once, and the call below waits for it.
		go ner.Default()
	}
	lex := cfg.lexicon
	if lex == nil {
		var err error
		if len(lexOpts) == 0 {
			lex, err = lexicon.Default()
		} else {
			lex, err = lexicon.New(lexOpts...)
		}
		if err != nil {
			return nil, fmt.Errorf("extract: load lexicon: %w", err)
		}
	}
	x := &Extractor{cfg: cfg, lex: lex}
	switch {
	case cfg.nerModel != nil:
		x.model = cfg.nerModel
	case cfg.model:
		// The weights take longer than the lexicon: meanwhile this core
		// indexes the word lists the first extraction would otherwise.
		lexicon.PrepareWordLists()
		m, err := ner.Default()
		if err != nil {
			return nil, fmt.Errorf("extract: load NER model: %w", err)
		}
		x.model = m
	}
	return x, nil
}

// ready returns x, or for the zero (or nil) Extractor, which New did not
// build, a default one; x itself is never modified, so the zero value is as
// safe for concurrent use as one from New.
func (x *Extractor) ready() (*Extractor, error) {
	if x != nil && x.lex != nil {
		return x, nil
	}
	d, err := New()
	if err != nil {
		return nil, fmt.Errorf("extract: zero Extractor: %w", err)
	}
	return d, nil
}

// Lexicon returns the lexicon the extractor uses (the embedded one for the
// zero Extractor; nil only if it cannot be loaded).
func (x *Extractor) Lexicon() *lexicon.Lexicon {
	x, err := x.ready()
	if err != nil {
		return nil
	}
	return x.lex
}

// Extract runs the whole pipeline over one document. It returns an error for
// input it cannot read (bad encoding, over the size limit) and when ctx is
// done before it finishes; it never panics on any input.
func (x *Extractor) Extract(ctx context.Context, in Input) (doc *Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("extract %q: internal error: %v", in.ID, r)
		}
	}()
	if x, err = x.ready(); err != nil {
		return nil, err
	}
	if x.cfg.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, x.cfg.timeout)
		defer cancel()
	}
	size := len(in.Text)
	if in.Raw != nil {
		size = len(in.Raw)
	}
	if x.cfg.maxSize > 0 && size > x.cfg.maxSize {
		return nil, fmt.Errorf("document %d bytes > limit %d: %w", size, x.cfg.maxSize, ErrTooLarge)
	}
	var text *normalize.Text
	if in.Raw != nil {
		text, err = normalize.Bytes(in.Raw, x.cfg.decode...)
		if err != nil {
			return nil, err
		}
		in.Raw = nil // decoded: the bytes need not stay live
	} else {
		var ok bool
		if text, ok = normalize.StringValid(in.Text); !ok {
			text, err = normalize.Bytes([]byte(in.Text), x.cfg.decode...)
			if err != nil {
				return nil, err
			}
		}
	}
	docDate := strings.TrimSpace(in.Date)
	if docDate == "" {
		docDate = x.cfg.date
	}
	anchor, err := date.Parse(docDate)
	if err != nil {
		return nil, fmt.Errorf("extract %q: %w", in.ID, err)
	}
	a := &analysis{
		ctx:   ctx,
		x:     x,
		text:  text,
		clean: text.Clean,
		date:  anchor,
	}
	for _, w := range in.Warnings {
		a.warn(w.Code, w.Message, -1)
	}
	for _, w := range text.Warnings {
		a.warn(w.Code, w.Message, -1)
	}
	for _, st := range stages {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("extract %q: stage %s: %w", in.ID, st.name, err)
		}
		st.run(a)
		if st.name == lastWordStage {
			a.releaseWords()
		}
	}
	d := a.document()
	a.fillDates(d)
	d.ID = in.ID
	d.Date = docDate
	return d, nil
}

// stage is one step of the pipeline. Stages run in order over the shared
// analysis; each owns its own results.
type stage struct {
	name string
	run  func(*analysis)
}

var stages = []stage{
	{"sentences", (*analysis).splitSentences},
	{"lexicon", (*analysis).matchLexicon},
	{"model", (*analysis).tagModel},
	{"amounts", (*analysis).findAmounts},
	{"dates", (*analysis).findDates},
	{"entities", (*analysis).findEntities},
	{"timeline", (*analysis).resolveDates},
	{"quotes", (*analysis).findQuotes},
	{"claims", (*analysis).findClaims},
	{"attribution", (*analysis).resolveSpeakers},
	{"claim sources", (*analysis).claimSourcesBefore},
	{"conversion", (*analysis).convertAmounts},
}
