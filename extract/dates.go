package extract

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/kextract/kextract/extract/date"
	"github.com/kextract/kextract/extract/sentence"
	"github.com/kextract/kextract/normalize"
)

// timeline is the dates stages' state: the expressions the rules read,
// and each date entity's resolved value once the timeline stage ran.
type timeline struct {
	// exprs are the rules' expressions by mention span (clean bytes).
	exprs map[span]date.Expr
	// values are the final date entities' values.
	values map[*entity]date.Value
}

// parseDocDate is the document date of s, or no date when s is not one
// (Extract checks it first).
func parseDocDate(s string) date.Anchor {
	d, _ := date.Parse(s)
	return d
}

// dateWords appends to buf[:0] the words toks as the date reader reads
// them.
func dateWords(buf []date.Word, toks []token) []date.Word {
	ws := buf[:0]
	for i := range toks {
		ws = append(ws, dateWord(toks, i))
	}
	return ws
}

// moreDateWords extends ws, the first words of toks as the date reader
// reads them, to the first n words (or all of toks).
func moreDateWords(ws []date.Word, toks []token, n int) []date.Word {
	for i := len(ws); i < min(n, len(toks)); i++ {
		ws = append(ws, dateWord(toks, i))
	}
	return ws
}

// dateWord is toks[i] as the date reader reads it, the first of toks.
func dateWord(toks []token, i int) date.Word {
	t := &toks[i]
	return date.Word{Text: t.text, Stem: t.stem(), Start: t.start, End: t.end, StemEnd: t.stemEnd(),
		Spaced: i == 0 || t.spaceBefore && t.punctBefore == ""}
}

// findDates finds the dates and times the rules read (2025년 4월 7일, 지난
// 15일, 이날 오후 3시, 3년 전, 내년 상반기) and resolves them in text order, so
// that the tagger's dates can take their values. A shift (3년 전, 두 달
// 뒤) is a date: the count it holds is no longer an amount. A date and the
// clock time after it are two mentions (이날, 오후 3시), the time's value on
// the date's day.
func (a *analysis) findDates() {
	a.timeline.exprs = map[span]date.Expr{}
	byKey := map[dateKey]*entity{}
	c := date.Context{Doc: a.date}
	// the window's words live in wbuf (on the stack) unless a sentence has
	// more words
	var wbuf [128]date.Word
	window := wbuf[:0]
	var shifts []span // in text order
	defer func() { a.amounts = dropAmountsInside(a.amounts, shifts) }()
	for si, s := range a.sents {
		if s.Kind == sentence.Boilerplate {
			continue
		}
		toks := a.sentenceWords(si)
		// window holds the sentence's first words as the reader reads
		// them, converted as far as a reading may look (date.Window words
		// from its first): most words start no date, and are tested
		// before they are converted
		window = window[:0]
		for i := 0; i < len(toks); {
			if !date.MayStart(dateWord(toks, i)) {
				i++
				continue
			}
			window = moreDateWords(window, toks, i+date.Window)
			e, n := date.Read(window, i, date.Strict)
			if n == 0 {
				i++
				continue
			}
			i += n
			if e.Duration {
				continue // 두 달 동안, 3년간: an amount, if anything
			}
			if e.Shift.Unit != date.NoUnit {
				shifts = append(shifts, span{Start: e.Start, End: e.End})
			}
			parts := []date.Expr{e}
			if e.DateEnd > 0 {
				parts = []date.Expr{e.DateOnly(), e.TimeOnly()}
			}
			for _, p := range parts {
				typ := TypeDate
				if !p.HasDate() || p.Clock && len(parts) > 1 {
					typ = TypeTime
				}
				v := date.Resolve(p, c)
				c = c.After(p, v)
				sp := span{Start: p.Start, End: p.End}
				a.timeline.exprs[sp] = p
				key := dateKey{typ: typ, value: v.Value}
				if v.Value == "" || v.Reason != "" {
					key.text = a.clean[p.Start:p.End]
				}
				ent := byKey[key]
				if ent == nil {
					ent = &entity{Type: typ, Name: a.clean[p.Start:p.End], Value: v.Value}
					byKey[key] = ent
					a.dates = append(a.dates, ent)
				}
				ent.AddDateMention(sp, si)
			}
		}
	}
}

// dropAmountsInside removes from hits (sorted) the amounts inside one of
// spans (sorted, disjoint): the count of a shift (두 달 of 두 달 뒤) is part
// of the date. It is one pass over both.
func dropAmountsInside(hits []amountHit, spans []span) []amountHit {
	if len(spans) == 0 {
		return hits
	}
	kept := hits[:0]
	j := 0
	for _, h := range hits {
		for j < len(spans) && spans[j].End <= h.m.Start {
			j++
		}
		if j < len(spans) && spans[j].Start <= h.m.Start && h.m.End <= spans[j].End {
			continue
		}
		kept = append(kept, h)
	}
	return kept
}

// mergeAmounts merges two lists of amounts sorted by start.
func mergeAmounts(x, y []amountHit) []amountHit {
	if len(y) == 0 {
		return x
	}
	out := make([]amountHit, 0, len(x)+len(y))
	for len(x) > 0 && len(y) > 0 {
		if x[0].m.Start <= y[0].m.Start {
			out, x = append(out, x[0]), x[1:]
		} else {
			out, y = append(out, y[0]), y[1:]
		}
	}
	return append(append(out, x...), y...)
}

// dateItem is one date or time mention on the timeline.
type dateItem struct {
	e    *entity
	m    mention
	expr date.Expr
	read bool // expr holds a reading of the mention
}

// resolveDates resolves every date and time mention, the rules' and the
// tagger's, in text order against the document date and the date in focus;
// gathers the mentions with one value into one entity; turns the tagger's
// durations (두 달 동안) into amounts; and warns once when dates could not
// be resolved for want of a document date.
func (a *analysis) resolveDates() {
	n := 0
	for _, e := range a.dates {
		n += len(e.Mentions)
	}
	items := make([]dateItem, 0, n)
	for _, e := range a.dates {
		for _, m := range e.Mentions {
			items = append(items, dateItem{e: e, m: m})
		}
	}
	slices.SortStableFunc(items, func(x, y dateItem) int { return x.m.Start - y.m.Start })
	c := date.Context{Doc: a.date}
	var prev struct {
		v   date.Value
		end int
	}
	groups := map[dateKey]*entity{}
	a.timeline.values = make(map[*entity]date.Value, len(a.dates))
	var out []*entity
	unresolved := 0
	var shifts []span     // the shifts' spans, in text order
	var added []amountHit // the durations read in the tagger's dates
	for _, it := range items {
		it = a.readMention(it)
		var v date.Value
		if h, ok := a.termInMonths(it); ok {
			added = append(added, h) // 징역 8월: eight months, no date
			continue
		}
		switch {
		case it.read && it.expr.Duration:
			if h, ok := a.durationAmount(it); ok {
				if h != nil {
					added = append(added, *h)
				}
				continue
			}
			v = date.Value{Reason: date.Duration}
		case it.read:
			if it.expr.Shift.Unit != date.NoUnit {
				shifts = append(shifts, it.m.Span) // the tagger's amounts too
			}
			cc := c
			if it.e.Type == TypeTime && !it.expr.HasDate() && prev.v.HasDay && strings.TrimSpace(a.clean[prev.end:it.m.Start]) == "" {
				// 전날 오후 3시 as two mentions: the time is on that day
				cc.Focus, cc.HasFocus = prev.v.Day, true
			}
			v = date.Resolve(it.expr, cc)
			c = c.After(it.expr, v)
		default:
			// a tagger's date the reader cannot read keeps the value of
			// the rules' date it replaced, if any
			v = date.Value{Value: it.e.Value}
			if v.Value == "" {
				v.Reason = date.Vague
			}
		}
		if it.m.Start >= prev.end {
			prev.v, prev.end = v, it.m.End
		}
		if v.Reason == date.NoDocumentDate || v.Reason == date.ImpreciseDocumentDate {
			unresolved++
		}
		key := dateKey{typ: it.e.Type, value: v.Value, mod: v.Mod, approx: v.Approximate}
		if v.Value == "" || v.Reason != "" {
			key.text, key.reason = a.clean[it.m.Start:it.m.End], string(v.Reason)
		}
		g := groups[key]
		if g == nil {
			g = &entity{Type: it.e.Type, Name: a.clean[it.m.Start:it.m.End], Value: v.Value}
			groups[key] = g
			out = append(out, g)
			a.timeline.values[g] = v
		}
		g.AddDateMention(it.m.Span, it.m.Sent)
	}
	a.dates = out
	a.amounts = mergeAmounts(dropAmountsInside(a.amounts, shifts), added)
	if unresolved > 0 {
		if !a.date.Known() {
			a.warn("no-document-date", fmt.Sprintf("%d relative dates left unresolved: no document date (give --date, the record's date or WithDate)", unresolved), -1)
		} else {
			a.warn("imprecise-document-date", fmt.Sprintf("%d relative dates left unresolved: the document date %s has no month or day", unresolved, a.date), -1)
		}
	}
}

// dateKey gathers the mentions of one date entity: the type and value,
// and, for a date without a value or with a reason, the words themselves.
type dateKey struct {
	typ, value, mod string
	approx          bool
	text, reason    string
}

// readMention gives the mention its expression: the rules' own, or a
// reading of the tagger's span (loose: the tagger says it is a date).
func (a *analysis) readMention(it dateItem) dateItem {
	if e, ok := a.timeline.exprs[it.m.Span]; ok {
		it.expr, it.read = e, true
		return it
	}
	if it.m.Sent < 0 || it.m.Sent >= len(a.sents) {
		return it
	}
	toks := a.sentenceWords(it.m.Sent)
	k := sort.Search(len(toks), func(i int) bool { return toks[i].start >= it.m.Start })
	if k >= len(toks) || toks[k].start != it.m.Start {
		return it
	}
	// the words of the span only: the tagger bounds the date
	j := sort.Search(len(toks), func(i int) bool { return toks[i].start >= it.m.End })
	words := dateWords(nil, toks[k:j])
	k = 0
	e, n := date.Read(words, k, date.Loose)
	if n == 0 || e.Start != it.m.Start {
		return it
	}
	if e.End > it.m.End && !e.Duration {
		return it // the reading runs past the tagger's span: not the same date
	}
	it.expr, it.read = e, true
	return it
}

// termWords are the sentences and penalties a court gives for a term:
// after them N월 counts months (징역 8월, 금고 10월, 자격정지 6월), as the
// law writes the term, not a month of the year.
var termWords = []string{"징역", "금고", "구류", "자격정지", "실형", "징역형", "금고형"}

// termInMonths reads the date mention it as the months of a term after a
// word of termWords (징역 10월에 집행유예 2년): a duration amount.
func (a *analysis) termInMonths(it dateItem) (amountHit, bool) {
	text := a.clean[it.m.Start:it.m.End]
	n, ok := strings.CutSuffix(text, "월")
	if !ok || n == "" || len(n) > 2 || strings.Trim(n, "0123456789") != "" {
		return amountHit{}, false
	}
	window := a.clean[max(0, it.m.Start-len("자격정지 ")):it.m.Start]
	before := strings.TrimRight(window, " ")
	if before == window || !hasAnySuffix(before, termWords...) {
		return amountHit{}, false // a space between, and one of the words before it
	}
	k, _ := strconv.Atoi(n)
	if k <= 0 {
		return amountHit{}, false
	}
	v := normalize.NewDecimal(int64(k))
	return amountHit{
		m: normalize.AmountMatch{Start: it.m.Start, End: it.m.End, Text: text,
			Amount: normalize.Amount{Kind: "duration", Unit: "month", Value: &v}},
		sent: it.m.Sent,
	}, true
}

// durationAmount reads a tagger's date that is a length of time (두 달
// 동안, 지난 3년) as a duration amount over the same span: nil when an
// amount is there already; false when the count is vague (몇 년 동안).
func (a *analysis) durationAmount(it dateItem) (*amountHit, bool) {
	s := it.expr.Shift
	if s.N <= 0 || s.Unit == date.NoUnit {
		return nil, false
	}
	i := sort.Search(len(a.amounts), func(k int) bool { return a.amounts[k].m.End > it.m.Start })
	if i < len(a.amounts) && a.amounts[i].m.Start < it.m.End {
		return nil, true // an amount is there already
	}
	v := normalize.NewDecimal(int64(s.N))
	return &amountHit{
		m: normalize.AmountMatch{Start: it.m.Start, End: it.m.End, Text: a.clean[it.m.Start:it.m.End],
			Amount: normalize.Amount{Kind: "duration", Unit: s.Unit.String(), Value: &v, Approximate: s.About}},
		sent: it.m.Sent,
	}, true
}

// fillDates copies to the document's date entities what their values say
// beyond the value: the period, the part named, approximation, and why a
// date is unresolved.
func (a *analysis) fillDates(d *Document) {
	byID := map[string]date.Value{}
	for e, v := range a.timeline.values {
		if e.ID != "" {
			byID[e.ID] = v
		}
	}
	for i := range d.Entities {
		v, ok := byID[d.Entities[i].ID]
		if !ok {
			continue
		}
		ent := &d.Entities[i]
		if v.Period != nil {
			ent.Period = &Period{Start: v.Period.Start, End: v.Period.End}
		}
		ent.Mod = v.Mod
		ent.Approximate = v.Approximate
		ent.Unresolved = string(v.Reason)
	}
}
