package extract

import (
	"context"
	"fmt"
	"sort"

	"github.com/kextract/kextract/extract/date"
	"github.com/kextract/kextract/extract/ner"
	"github.com/kextract/kextract/extract/sentence"
	"github.com/kextract/kextract/lexicon"
	"github.com/kextract/kextract/normalize"
)

// analysis is the state shared by the stages of one Extract call.
type analysis struct {
	ctx   context.Context
	x     *Extractor
	text  *normalize.Text
	clean string
	date  date.Anchor

	sents []sentence.Sentence
	words [][]token // per sentence, see sentenceWords
	// index serves the speaker rules' look-ups by name (nameIndex).
	index *entityIndex
	// spaced is the text without its spaces, built on first use
	// (spacelessText).
	spaced *spaceless
	// wordBlock is the block the next sentence's words are cut from.
	wordBlock []token
	matches   []lexicon.Match
	// modelSpans are the statistical tagger's spans (byte offsets).
	modelSpans []ner.Span
	// verbNouns are the words the text writes with a form of 하다 or 되다
	// (see verbalNoun), found on first use.
	verbNouns map[string]bool
	verbDone  bool
	amounts   []amountHit
	// modelAmounts are the tagger's amounts until they are merged.
	modelAmounts []amountHit
	dates        []*entity
	timeline     timeline
	// ents are the people, organizations and places, with the index of
	// their mentions.
	ents entitySet
	// starts indexes ents by first character while people are found.
	starts *nameStarts
	// refs are the surname references to widen (widenReferences).
	refs []reference
	// antecedents caches subjectMentions once the entities are final.
	antecedents     []mention
	antecedentsDone bool
	quotes          []*quote
	nested          []*quote   // speech quoted inside quotes, until speakers are found
	pairs           []markPair // all quotation mark pairs, speech or not
	claims          []*claim
	rates           []Rate

	warnings     []Warning
	moreWarnings int // warnings left out past maxWarnings
}

// maxWarnings bounds the warnings of one document; the rest are counted in
// a final "more-warnings" warning, so that hostile input (100,000 unclosed
// quotes) cannot blow up the output.
const maxWarnings = 100

// warn records a warning; off is a clean byte offset or -1.
func (a *analysis) warn(code, msg string, off int) {
	if len(a.warnings) >= maxWarnings {
		a.moreWarnings++
		return
	}
	w := Warning{Code: code, Message: msg}
	if off >= 0 {
		o := a.text.OrigOffset(off)
		w.Offset = &o
	}
	a.warnings = append(a.warnings, w)
}

// sentenceAt returns the index of the sentence holding clean offset off, or
// the index of the next sentence when off falls between sentences.
func (a *analysis) sentenceAt(off int) int {
	i := sort.Search(len(a.sents), func(k int) bool { return a.sents[k].End > off })
	if i >= len(a.sents) {
		return len(a.sents) - 1
	}
	return i
}

// boilerplateAt reports whether off lies in a boilerplate sentence.
func (a *analysis) boilerplateAt(off int) bool {
	i := a.sentenceAt(off)
	return i >= 0 && a.sents[i].Start <= off && a.sents[i].Kind == sentence.Boilerplate
}

func (a *analysis) splitSentences() {
	a.sents = sentence.Split(a.clean)
}

// document builds the Document and maps every span to the original input.
func (a *analysis) document() *Document {
	d := &Document{
		Schema:    Schema,
		Sentences: make([]Sentence, 0, len(a.sents)),
		Entities:  []Entity{},
		Amounts:   []Amount{},
		Quotes:    []Quote{},
		Claims:    []Claim{},
		Rates:     a.rates,
		Warnings:  a.warnings,
	}
	if a.moreWarnings > 0 {
		d.Warnings = append(d.Warnings, Warning{
			Code:    "more-warnings",
			Message: fmt.Sprintf("%d more warnings left out", a.moreWarnings),
		})
	}
	if d.Warnings == nil {
		d.Warnings = []Warning{}
	}
	for _, s := range a.sents {
		d.Sentences = append(d.Sentences, Sentence{Span: Span{Start: s.Start, End: s.End}, Kind: string(s.Kind)})
	}
	d.Entities = a.entityList()
	for _, am := range a.amounts {
		d.Amounts = append(d.Amounts, am.toAmount(a))
	}
	for _, q := range a.quotes {
		d.Quotes = append(d.Quotes, Quote{
			Span:     Span{Start: q.inner.Start, End: q.inner.End},
			Speaker:  a.toSpeaker(q.speaker),
			Verb:     q.verb,
			Sentence: q.sent,
		})
	}
	for _, c := range a.claims {
		d.Claims = append(d.Claims, Claim{
			Span:     Span{Start: c.content.Start, End: c.content.End},
			Source:   a.toSpeaker(c.source),
			Cue:      c.cue,
			Kind:     c.kind,
			Sentence: c.sent,
		})
	}
	d.spans(func(s *Span) {
		s.Start, s.End, s.Text = a.text.Span(s.Start, s.End)
	})
	return d
}
