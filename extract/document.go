package extract

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/kextract/kextract/normalize"
)

// Schema is the identifier of the document format, written in every
// Document's "schema" field. The JSON Schema lives in schema/kextract-v1.json.
const Schema = "kextract/v1"

// Span is a piece of the input. Start and End are Unicode code point offsets
// into the original input (before normalization), half-open, and Text is
// exactly that slice of the input.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Document is what Extract returns for one input text.
type Document struct {
	Schema    string     `json:"schema"`
	ID        string     `json:"id,omitempty"`
	Date      string     `json:"date,omitempty"`
	Sentences []Sentence `json:"sentences"`
	Entities  []Entity   `json:"entities"`
	Amounts   []Amount   `json:"amounts"`
	// Rates are exchange rates: those implied by the document's own
	// conversions (5,000억 달러(약 700조 원) implies 1400 KRW per USD) and
	// those used for Converted values.
	Rates    []Rate    `json:"rates,omitempty"`
	Quotes   []Quote   `json:"quotes"`
	Claims   []Claim   `json:"claims"`
	Warnings []Warning `json:"warnings"`
}

// Sentence is a sentence, headline or boilerplate line.
type Sentence struct {
	Span
	// Kind is "body", "headline" or "boilerplate" (bylines, e-mail
	// addresses, copyright and photo-credit lines).
	Kind string `json:"kind"`
}

// Mention is one place an entity is named.
type Mention struct {
	Span
	Sentence int `json:"sentence"`
}

// Entity is a cluster of mentions of one person, organization, place, date
// or time.
type Entity struct {
	ID string `json:"id"`
	// Type is PERSON, ORG, LOCATION, DATE or TIME.
	Type string `json:"type"`
	// Name is the canonical name: the fullest form in the article, or the
	// lexicon's name for a known entity.
	Name    string   `json:"name"`
	English string   `json:"english,omitempty"`
	Aliases []string `json:"aliases,omitempty"`
	// Role is the title or role the article gives a person (수석 애널리스트,
	// 회장, 전 미국 대통령).
	Role string `json:"role,omitempty"`
	// Affiliation is the id of the organization a person belongs to.
	Affiliation string `json:"affiliation,omitempty"`
	// Value is the ISO 8601 value of a DATE or TIME, resolved against the
	// document date at the precision of the text: a day 2016-10-15, a month
	// 2016-12, a year 2016, a week 2016-W44, a weekend 2016-W44-WE, a half
	// or quarter 2016-H1, 2016-Q3, a date-time 2016-11-07T15:00; partial
	// (--06-30, T15:00) when the year or day is unknown; empty (and
	// Unresolved set) when the date cannot be resolved.
	Value string `json:"value,omitempty"`
	// Period is the first and last day a DATE's value covers when it is
	// longer than a day (a month, a week, 연말).
	Period *Period `json:"period,omitempty"`
	// Mod is start, mid or end when the text names a part of the value's
	// month, year or week (초, 중순, 말); Period is then that part.
	Mod string `json:"mod,omitempty"`
	// Approximate marks a value the text gives roughly (2주 후 as a day,
	// 10여년 전).
	Approximate bool `json:"approximate,omitempty"`
	// Unresolved says why Value is empty or partial: no-document-date,
	// document-date-imprecise, vague (몇 년 전), impossible (2월 30일) or
	// duration.
	Unresolved string    `json:"unresolved,omitempty"`
	Mentions   []Mention `json:"mentions"`
}

// Period is a span of days, both ends included, as YYYY-MM-DD.
type Period struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

// Amount is a number with a unit found in the text: money, a percentage, a
// quantity or a duration.
type Amount struct {
	Span
	// Kind is money, percent, quantity, duration or ordinal, or number
	// for a bare 억/조 figure outside a sentence about money (인구 1억).
	Kind string `json:"kind"`
	// Unit is an ISO 4217 code for money, % or %p for percentages, and the
	// unit or counter for quantities (MW, 명, 톤) and durations (year, month).
	Unit string `json:"unit"`
	// Value is set for an exact amount; Min and Max for a range (수십억 is
	// Min 1000000000, Max 10000000000) or a bound (1억 원 이상 sets Min).
	Value       *normalize.Decimal `json:"value,omitempty"`
	Min         *normalize.Decimal `json:"min,omitempty"`
	Max         *normalize.Decimal `json:"max,omitempty"`
	Approximate bool               `json:"approximate,omitempty"`
	// Qualifier is the bound word (이상, 초과, 이하, 미만, 최대, 최소), if any.
	Qualifier string `json:"qualifier,omitempty"`
	// Equivalents are parenthesised conversions written in the text.
	Equivalents []Equivalent `json:"equivalents,omitempty"`
	// Converted is set when a target currency was requested.
	Converted *Converted `json:"converted,omitempty"`
	Sentence  int        `json:"sentence"`
}

// Equivalent is a conversion the text itself gives: (약 700조 원).
type Equivalent struct {
	Value       normalize.Decimal `json:"value"`
	Unit        string            `json:"unit"`
	Approximate bool              `json:"approximate"`
}

// Converted is a money amount converted to the requested currency.
type Converted struct {
	Value *normalize.Decimal `json:"value,omitempty"`
	Min   *normalize.Decimal `json:"min,omitempty"`
	Max   *normalize.Decimal `json:"max,omitempty"`
	Unit  string             `json:"unit"`
	// Rate is the number of Unit per one unit of the amount's currency.
	Rate normalize.Decimal `json:"rate"`
	// RateSource is "given" (supplied by the caller), "document" (implied by
	// the document's own conversions) or "identity".
	RateSource string `json:"rate_source"`
}

// Rate is an exchange rate: one From is Rate To.
type Rate struct {
	From   string            `json:"from"`
	To     string            `json:"to"`
	Rate   normalize.Decimal `json:"rate"`
	Source string            `json:"source"`
}

// Speaker is who said a quote or is the source of a claim.
type Speaker struct {
	// Name is the canonical name of the entity (앨빈 응우옌, never 그는), or
	// the group as written (전문가들, 업계 관계자) when no entity fits.
	Name string `json:"name"`
	// Entity is the id of the speaker's entity, when there is one.
	Entity string `json:"entity,omitempty"`
	// Mention is the text that names the speaker for this quote or claim: the
	// subject, the pronoun, or the earlier mention it was resolved through.
	Mention *Span `json:"mention,omitempty"`
	// Resolved says which sieve found the speaker: subject, surname, title
	// (a title held by one person), pronoun, previous (the previous quote's
	// speaker), previous-sentence (the subject of the sentence before),
	// next-sentence (the subject of the sentence after that reports the
	// words with 이같이: “…” 김 장관은 이같이 밝혔다),
	// headline, owner (X의 트윗 after an adnominal quote, or the one whose
	// act of speech a sentence before named: 박 신부가 강론에서 한 발언 …
	// “…”는 것이 강론의 주요 내용이었다), colon, according
	// (에 따르면), group.
	Resolved string `json:"resolved"`
}

// Quote is a direct quotation attributed to a speaker.
type Quote struct {
	// Span covers the quoted words without the quotation marks.
	Span
	Speaker *Speaker `json:"speaker"`
	// Verb is the reporting verb as written (말했다, 지적했다).
	Verb     string `json:"verb"`
	Sentence int    `json:"sentence"`
}

// Claim is indirect speech: content attributed to a source, or reported
// with no source named (…것으로 알려졌다).
type Claim struct {
	// Span covers the claimed content.
	Span
	Source *Speaker `json:"source"`
	// Cue is the word that marks the attribution (분석했다, 따르면, 알려졌다).
	Cue string `json:"cue"`
	// Kind is reported, according, hearsay or opinion.
	Kind     string `json:"kind"`
	Sentence int    `json:"sentence"`
}

// Warning is a note about the input or the extraction that did not stop it.
type Warning struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	// Offset is a code point offset into the input, when the warning is about
	// a place in it.
	Offset *int `json:"offset,omitempty"`
}

// ErrorRecord is what batch output holds in place of a record that failed.
type ErrorRecord struct {
	ID     string `json:"id"`
	Error  string `json:"error"`
	Source string `json:"source,omitempty"`
}

// Encode writes d as JSON followed by a newline, indented with two spaces
// when indent is true. Numbers are written exactly and HTML characters are
// not escaped.
func Encode(w io.Writer, v any, indent bool) error {
	if d, ok := v.(*Document); ok && d != nil {
		// in pieces: a 10 MB document's JSON is some 70 MB
		return encodeStream(w, d, indent)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(v)
}

// Marshal returns the compact JSON encoding of v followed by a newline.
func Marshal(v any) ([]byte, error) {
	if d, ok := v.(*Document); ok && d != nil {
		return append(appendDocument(nil, d), '\n'), nil
	}
	var buf bytes.Buffer
	if err := Encode(&buf, v, false); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// spans calls fn for every Span in the document, so that offsets are mapped
// in exactly one place.
func (d *Document) spans(fn func(*Span)) {
	// a speaker's mention may be shared by several quotes: map it once
	seen := map[*Span]bool{}
	once := func(s *Span) {
		if !seen[s] {
			seen[s] = true
			fn(s)
		}
	}
	for i := range d.Sentences {
		fn(&d.Sentences[i].Span)
	}
	for i := range d.Entities {
		for j := range d.Entities[i].Mentions {
			fn(&d.Entities[i].Mentions[j].Span)
		}
	}
	for i := range d.Amounts {
		fn(&d.Amounts[i].Span)
	}
	for i := range d.Quotes {
		fn(&d.Quotes[i].Span)
		if s := d.Quotes[i].Speaker; s != nil && s.Mention != nil {
			once(s.Mention)
		}
	}
	for i := range d.Claims {
		fn(&d.Claims[i].Span)
		if s := d.Claims[i].Source; s != nil && s.Mention != nil {
			once(s.Mention)
		}
	}
}
