package extract

import (
	"fmt"
	"strings"
	"time"

	"golang.org/x/text/currency"

	"github.com/kextract/kextract/extract/date"
	"github.com/kextract/kextract/extract/ner"
	"github.com/kextract/kextract/lexicon"
	"github.com/kextract/kextract/normalize"
)

// Option configures an Extractor.
type Option func(*config) error

type config struct {
	lexicon      *lexicon.Lexicon
	lexiconFiles []string
	decode       []normalize.DecodeOption
	date         string
	maxSize      int
	timeout      time.Duration
	target       string
	rates        map[string]normalize.Decimal
	model        bool
	nerModel     *ner.Model // the model to use instead of the embedded one
	kindNouns    bool
}

func defaultConfig() config {
	return config{maxSize: DefaultMaxSize, model: true}
}

// WithLexicon uses lex instead of the embedded lexicon.
func WithLexicon(lex *lexicon.Lexicon) Option {
	return func(c *config) error {
		c.lexicon = lex
		return nil
	}
}

// WithLexiconFile adds a user lexicon file (see package lexicon for the
// format) on top of the embedded one; its entries add to or override the
// embedded entries.
func WithLexiconFile(path string) Option {
	return func(c *config) error {
		c.lexiconFiles = append(c.lexiconFiles, path)
		return nil
	}
}

// WithEncoding sets how Input.Raw (and invalid UTF-8 in Input.Text) is
// decoded: "auto" (the default: UTF-8, or CP949 when the input is not UTF-8
// but decodes cleanly as CP949), "utf-8" or "cp949".
func WithEncoding(name string) Option {
	return func(c *config) error {
		e, err := normalize.ParseEncoding(name)
		if err != nil {
			return err
		}
		c.decode = append(c.decode, normalize.WithEncoding(e))
		return nil
	}
}

// WithLossy replaces invalid input bytes by U+FFFD, with a warning, instead
// of failing.
func WithLossy(on bool) Option {
	return func(c *config) error {
		c.decode = append(c.decode, normalize.WithLossy(on))
		return nil
	}
}

// WithDate sets the default document date (YYYY-MM-DD, or YYYY-MM, YYYY,
// or an RFC 3339 date-time) used to resolve relative dates when the Input
// has none. An impossible date (2025-02-30) is an error wrapping
// ErrInvalidDate.
func WithDate(d string) Option {
	return func(c *config) error {
		d = strings.TrimSpace(d)
		if _, err := date.Parse(d); err != nil {
			return err
		}
		c.date = d
		return nil
	}
}

// WithMaxSize sets the largest document, in bytes, that Extract accepts
// (default 10 MB; 0 means no limit).
func WithMaxSize(n int) Option {
	return func(c *config) error {
		if n < 0 {
			return fmt.Errorf("max size %d: must not be negative", n)
		}
		c.maxSize = n
		return nil
	}
}

// WithTimeout bounds the time Extract spends on one document.
func WithTimeout(d time.Duration) Option {
	return func(c *config) error {
		c.timeout = d
		return nil
	}
}

// WithTargetCurrency adds to every money amount its value in code (an ISO
// 4217 currency code such as KRW or usd), using the rates given with
// WithRate or, for currencies without one, the rate the document itself
// implies. A code ISO 4217 does not list (XYZ, dollars) is an error.
func WithTargetCurrency(code string) Option {
	return func(c *config) error {
		cur, err := isoCurrency(code)
		if err != nil {
			return fmt.Errorf("target currency: %w", err)
		}
		c.target = cur
		return nil
	}
}

// isoCurrency returns code, upper-cased, when it is an ISO 4217 currency
// code (golang.org/x/text/currency knows the list); XXX, "no currency", is
// refused too.
func isoCurrency(code string) (string, error) {
	code = strings.TrimSpace(code)
	u, err := currency.ParseISO(code)
	if err != nil || u == (currency.Unit{}) {
		return "", fmt.Errorf("%q is not an ISO 4217 currency code (such as KRW, USD, EUR, JPY)", code)
	}
	return u.String(), nil
}

// WithRate sets an exchange rate: one unit of code (an ISO 4217 currency
// code) is worth value units of the target currency (WithRate("USD",
// "1385.2") with target KRW).
func WithRate(code, value string) Option {
	return func(c *config) error {
		cur, err := isoCurrency(code)
		if err != nil {
			return fmt.Errorf("rate %s=%s: %w", code, value, err)
		}
		d, err := normalize.ParseDecimal(value)
		if err != nil || d.Sign() <= 0 {
			return fmt.Errorf("rate %s=%s: want a positive number", code, value)
		}
		if c.rates == nil {
			c.rates = map[string]normalize.Decimal{}
		}
		c.rates[cur] = d
		return nil
	}
}

// WithKindNouns keeps a bare noun for a kind of body (경찰 "the police",
// 법원 "a court", 정부, 소방당국) that the article links to no named body as an
// organization of its own, as sentence-level NER corpora such as KLUE mark
// it. Off by default: such a noun names whichever body the context means,
// and an article's entities are the bodies it names.
func WithKindNouns(keep bool) Option {
	return func(c *config) error {
		c.kindNouns = keep
		return nil
	}
}

// WithModel turns the statistical NER model on or off (on by default when a
// model is built in).
func WithModel(on bool) Option {
	return func(c *config) error {
		c.model = on
		return nil
	}
}

// WithNERModel turns the statistical NER model on with m instead of the
// embedded one: a model trained by "kextract train ner" (read with
// ner.Load), for instance with a gazetteer. Nil means the embedded model.
func WithNERModel(m *ner.Model) Option {
	return func(c *config) error {
		c.model = true
		c.nerModel = m
		return nil
	}
}
