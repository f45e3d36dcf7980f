package extract

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/kextract/kextract/extract/date"
	"github.com/kextract/kextract/extract/ner"
	"github.com/kextract/kextract/lexicon"
	"github.com/kextract/kextract/normalize"
)

// Settings are the extractor's options as plain values that serialize
// (JSON), the way a command line or a job description gives them: the
// flags of kextract (--lexicon, --rate, --to, --date, --encoding, --lossy,
// --max-size, --no-model, --ner-model) and of kextract-beam, whose workers receive them
// with the job. The zero value is the default extractor. Errors name each
// setting by its flag.
type Settings struct {
	// Lexicons are user lexicons added on top of the embedded one, in order.
	Lexicons []LexiconSource `json:"lexicons,omitempty"`
	// Rates are exchange rates "CUR=VALUE": one CUR is VALUE of To.
	Rates []string `json:"rates,omitempty"`
	// To converts money amounts to this ISO 4217 currency.
	To string `json:"to,omitempty"`
	// Date is the document date (YYYY-MM-DD, YYYY-MM, YYYY) when the input
	// has none.
	Date string `json:"date,omitempty"`
	// Encoding is auto (empty), utf-8, cp949 or utf-16.
	Encoding string `json:"encoding,omitempty"`
	// Lossy replaces invalid bytes with U+FFFD instead of failing.
	Lossy bool `json:"lossy,omitempty"`
	// MaxSize is the largest document in bytes: 0 means DefaultMaxSize, a
	// negative value no limit (the flag --max-size 0).
	MaxSize int `json:"max_size,omitempty"`
	// NoModel turns the statistical NER model off.
	NoModel bool `json:"no_model,omitempty"`
	// KindNouns keeps bare nouns of kinds of bodies (경찰, 법원) as
	// organizations (WithKindNouns).
	KindNouns bool `json:"kind_nouns,omitempty"`
	// Model is a NER model file (kextract train ner) to use instead of the
	// embedded model (WithNERModel); nil means the embedded one. NoModel
	// wins over it.
	Model *ModelSource `json:"model,omitempty"`
}

// ModelSource is a NER model file, or its content carried with the
// settings, as LexiconSource is for a lexicon.
type ModelSource struct {
	// Name is the file's path, also used in messages.
	Name string `json:"name"`
	// Data is the file's content; nil means read the file Name.
	Data []byte `json:"data,omitempty"`
}

// nerModel loads the model of s.Model, or returns nil when there is none.
func (s Settings) nerModel() (*ner.Model, error) {
	if s.Model == nil || s.NoModel {
		return nil, nil
	}
	data := s.Model.Data
	if data == nil {
		var err error
		if data, err = os.ReadFile(s.Model.Name); err != nil {
			return nil, fmt.Errorf("--ner-model: %w", err)
		}
	}
	m, err := ner.Load(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("--ner-model %s: %w", s.Model.Name, err)
	}
	return m, nil
}

// LexiconSource is a user lexicon: a file, read when the options are
// built, or its content, carried with the settings (a job shipped to other
// machines carries the content, so they need no copy of the file).
type LexiconSource struct {
	// Name is the file's path, also used in messages.
	Name string `json:"name"`
	// Data is the file's content; nil means read the file Name.
	Data []byte `json:"data,omitempty"`
}

// Limit returns the largest document in bytes that the settings allow, as
// WithMaxSize takes it (0: no limit).
func (s Settings) Limit() int {
	switch {
	case s.MaxSize == 0:
		return DefaultMaxSize
	case s.MaxSize < 0:
		return 0
	}
	return s.MaxSize
}

// EncodingName returns the input encoding, "auto" when none is set.
func (s Settings) EncodingName() string {
	if s.Encoding == "" {
		return "auto"
	}
	return s.Encoding
}

// Options checks the settings and returns the options of New that they
// describe. A bad value is an error naming its flag (--date: …, --rate
// "USD": want CUR=VALUE, …).
func (s Settings) Options() ([]Option, error) {
	if _, err := date.Parse(strings.TrimSpace(s.Date)); err != nil {
		return nil, fmt.Errorf("--date: %w", err)
	}
	if _, err := normalize.ParseEncoding(s.EncodingName()); err != nil {
		return nil, fmt.Errorf("--encoding: %w", err)
	}
	opts := []Option{
		WithEncoding(s.EncodingName()),
		WithLossy(s.Lossy),
		WithMaxSize(s.Limit()),
		WithModel(!s.NoModel),
		WithKindNouns(s.KindNouns),
		WithDate(s.Date),
	}
	if m, err := s.nerModel(); err != nil {
		return nil, err
	} else if m != nil {
		opts = append(opts, WithNERModel(m))
	}
	if lex, err := s.lexicon(); err != nil {
		return nil, err
	} else if lex != nil {
		opts = append(opts, WithLexicon(lex))
	}
	if s.To != "" {
		if _, err := isoCurrency(s.To); err != nil {
			return nil, fmt.Errorf("--to %w", err)
		}
		opts = append(opts, WithTargetCurrency(s.To))
	}
	for _, r := range s.Rates {
		cur, val, ok := strings.Cut(r, "=")
		if !ok {
			return nil, fmt.Errorf("--rate %q: want CUR=VALUE, e.g. USD=1385.2", r)
		}
		if _, err := isoCurrency(cur); err != nil {
			return nil, fmt.Errorf("--rate %q: %w", r, err)
		}
		if d, err := normalize.ParseDecimal(val); err != nil || d.Sign() <= 0 {
			return nil, fmt.Errorf("--rate %q: want a positive number after =", r)
		}
		opts = append(opts, WithRate(cur, val))
	}
	if len(s.Rates) > 0 && s.To == "" {
		return nil, errors.New("--rate needs --to CURRENCY, the currency the rates convert to (such as --to KRW)")
	}
	return opts, nil
}

// lexicon builds the lexicon of the user sources, in order, on top of the
// embedded one, or returns nil when there are none.
func (s Settings) lexicon() (*lexicon.Lexicon, error) {
	if len(s.Lexicons) == 0 {
		return nil, nil
	}
	lopts := make([]lexicon.Option, 0, len(s.Lexicons))
	for _, l := range s.Lexicons {
		if l.Data == nil {
			lopts = append(lopts, lexicon.WithFile(l.Name))
		} else {
			lopts = append(lopts, lexicon.WithReader(l.Name, bytes.NewReader(l.Data)))
		}
	}
	lex, err := lexicon.New(lopts...)
	if err != nil {
		return nil, fmt.Errorf("--lexicon: %w", err)
	}
	return lex, nil
}

// New builds the extractor the settings describe.
func (s Settings) New() (*Extractor, error) {
	opts, err := s.Options()
	if err != nil {
		return nil, err
	}
	return New(opts...)
}
