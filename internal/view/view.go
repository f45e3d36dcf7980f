// Package view renders an extraction as one self-contained HTML page: the
// article with entities, quotes, amounts and claims marked, and a side
// panel listing them. Render writes the page for kextract html (rendered in
// Go, no script needed to read it); Page is the service's page (GET /),
// where the embedded script posts pasted text to /v1/extract and renders
// the result with the same markup and styles.
//
// Everything taken from the article or the document is HTML-escaped, and
// the document embedded in the page is JSON with <, > and & escaped, so no
// input can open a tag or leave the script block.
package view

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"html"
	"html/template"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/extract"
	"github.com/kextract/kextract/normalize"
)

//go:embed assets/view.css
var css string

//go:embed assets/view.js
var js string

//go:embed assets/page.html
var pageHTML string

var pageTmpl = template.Must(template.New("page").Parse(pageHTML))

// Options configure a rendered page.
type Options struct {
	// Title is the article's title (a JSONL record's title, kextract html
	// --title): the page title, also shown above the article. Empty means
	// the page title is the document's first sentence, or "kextract".
	Title string
}

// pageData fills assets/page.html.
type pageData struct {
	Title   string
	Heading string
	CSS     template.CSS
	JS      template.JS
	Service bool
	Article template.HTML
	Panel   template.HTML
	DocJSON template.JS
	Text    template.JS
}

// Render writes a self-contained HTML page (inline CSS and script, no
// external assets) showing doc over text, the input it was extracted from:
// Document offsets are code point offsets into text. Spans whose text does
// not match the input at their offsets are not marked.
func Render(w io.Writer, text string, doc *extract.Document, opts Options) error {
	if doc == nil {
		doc = &extract.Document{}
	}
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	docJSON, err := jsonForScript(doc)
	if err != nil {
		return fmt.Errorf("view: encode document: %w", err)
	}
	textJSON, err := jsonForScript(text)
	if err != nil {
		return fmt.Errorf("view: encode text: %w", err)
	}
	title := opts.Title
	if title == "" {
		title = defaultTitle(doc)
	}
	d := pageData{
		Title:   title,
		Heading: strings.TrimSpace(opts.Title),
		CSS:     template.CSS(css), //nolint:gosec // embedded constant
		JS:      template.JS(js),   //nolint:gosec // embedded constant
		Article: template.HTML(Article(text, doc)),
		Panel:   template.HTML(Panel(doc)),
		DocJSON: template.JS(docJSON),
		Text:    template.JS(textJSON),
	}
	if err := pageTmpl.Execute(w, d); err != nil {
		return fmt.Errorf("view: render: %w", err)
	}
	return nil
}

// Page returns the service's page: a text area, an "추출 / Extract" button
// that posts the text to /v1/extract, and the view of the result, rendered
// by the embedded script.
func Page() []byte {
	var b bytes.Buffer
	// the template and its data are constants: Execute cannot fail
	_ = pageTmpl.Execute(&b, pageData{
		Title:   "kextract",
		CSS:     template.CSS(css), //nolint:gosec // embedded constant
		JS:      template.JS(js),   //nolint:gosec // embedded constant
		Service: true,
		DocJSON: "null",
		Text:    "null",
	})
	return b.Bytes()
}

// Handler serves Page to GET and HEAD requests.
func Handler() http.Handler {
	page := Page()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Content-Security-Policy", "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src data:; frame-ancestors 'none'")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Content-Length", strconv.Itoa(len(page)))
		if r.Method == http.MethodHead {
			return
		}
		_, _ = w.Write(page)
	})
}

// jsonForScript encodes v as JSON safe inside a <script> element: <, > and
// & are written as \u003c, \u003e and \u0026 (and U+2028/2029 escaped).
func jsonForScript(v any) (string, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(v); err != nil {
		return "", err
	}
	return strings.TrimSpace(b.String()), nil
}

func defaultTitle(doc *extract.Document) string {
	for _, s := range doc.Sentences {
		if t := strings.TrimSpace(s.Text); t != "" {
			r := []rune(t)
			if len(r) > 80 {
				return string(r[:80]) + "…"
			}
			return t
		}
	}
	return "kextract"
}

// attr returns ` name="value"` with value escaped.
func attr(name, value string) string {
	return " " + name + `="` + html.EscapeString(value) + `"`
}

// at is the key of a span used to link a quote to its speaker's mention.
func at(s extract.Span) string { return strconv.Itoa(s.Start) + ":" + strconv.Itoa(s.End) }

// spanOK reports whether s lies in text and its Text is the text there.
func spanOK(text []rune, s extract.Span) bool {
	return s.Start >= 0 && s.Start < s.End && s.End <= len(text) && string(text[s.Start:s.End]) == s.Text
}

// Article returns the article text as HTML (an <article> element) with the
// document's marks: entity mentions (class "ent ent-TYPE"), quotes ("qt",
// labelled with the speaker), amounts ("amt", with the exact value in the
// title), claims ("clm") and speaker mentions that are not entity mentions
// ("sm"). Overlapping spans nest; crossing spans are split.
func Article(text string, doc *extract.Document) string {
	rs := []rune(text)
	var marks []mark
	mentions := map[string]bool{}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		for _, m := range e.Mentions {
			if !spanOK(rs, m.Span) {
				continue
			}
			mentions[at(m.Span)] = true
			a := attr("class", "ent ent-"+typeClass(e.Type)) + attr("data-ent", e.ID) + attr("data-at", at(m.Span)) +
				attr("title", entityTitle(e))
			marks = append(marks, mark{start: m.Start, end: m.End, kind: kindEntity, order: len(marks), attrs: a, cont: a})
		}
	}
	speakerMarks := map[string]bool{}
	addSpeaker := func(sp *extract.Speaker) {
		if sp == nil || sp.Mention == nil || !spanOK(rs, *sp.Mention) {
			return
		}
		k := at(*sp.Mention)
		if mentions[k] || speakerMarks[k] {
			return
		}
		speakerMarks[k] = true
		a := attr("class", "sm") + attr("data-at", k) + attr("title", "화자 언급 · speaker mention: "+sp.Name)
		marks = append(marks, mark{start: sp.Mention.Start, end: sp.Mention.End, kind: kindSpeaker, order: len(marks), attrs: a, cont: a})
	}
	for i, q := range doc.Quotes {
		if !spanOK(rs, q.Span) {
			continue
		}
		addSpeaker(q.Speaker)
		name, res, spk := speakerInfo(q.Speaker)
		base := attr("data-q", strconv.Itoa(i)) + attr("data-spk", spk) + attr("data-res", res) + attr("data-verb", q.Verb)
		first := attr("class", "qt") + attr("id", "q"+strconv.Itoa(i)) + base + attr("data-who", name) +
			attr("title", quoteTitle(q))
		cont := attr("class", "qt cont") + base + attr("title", quoteTitle(q))
		marks = append(marks, mark{start: q.Start, end: q.End, kind: kindQuote, order: len(marks), attrs: first, cont: cont})
	}
	for i, a := range doc.Amounts {
		if !spanOK(rs, a.Span) {
			continue
		}
		label := AmountLabel(a)
		base := attr("class", "amt amt-"+a.Kind) + attr("data-a", strconv.Itoa(i)) + attr("data-val", label) +
			attr("title", a.Text+" = "+label)
		marks = append(marks, mark{start: a.Start, end: a.End, kind: kindAmount, order: len(marks), attrs: base + attr("id", "a"+strconv.Itoa(i)), cont: base})
	}
	for i, c := range doc.Claims {
		if !spanOK(rs, c.Span) {
			continue
		}
		addSpeaker(c.Source)
		name, res, spk := speakerInfo(c.Source)
		base := attr("data-c", strconv.Itoa(i)) + attr("data-spk", spk) + attr("data-res", res) +
			attr("title", claimTitle(c, name))
		marks = append(marks, mark{start: c.Start, end: c.End, kind: kindClaim, order: len(marks),
			attrs: attr("class", "clm") + attr("id", "c"+strconv.Itoa(i)) + base, cont: attr("class", "clm cont") + base})
	}
	var b strings.Builder
	b.Grow(len(text) * 2)
	b.WriteString(`<article id="kx-text" class="text" lang="ko">`)
	layout(&b, rs, marks)
	b.WriteString(`</article>`)
	return b.String()
}

// typeClass maps an entity type to its CSS class suffix.
func typeClass(t string) string {
	switch t {
	case "PERSON", "ORG", "LOCATION", "DATE", "TIME":
		return t
	}
	return "OTHER"
}

// typeNames are the Korean names of the entity types.
var typeNames = map[string]string{
	"PERSON": "인물", "ORG": "기관", "LOCATION": "장소", "DATE": "날짜", "TIME": "시간",
}

func entityTitle(e *extract.Entity) string {
	s := e.Type + " · " + e.Name
	if e.English != "" {
		s += " (" + e.English + ")"
	}
	if e.Role != "" {
		s += " · " + e.Role
	}
	if d := DateLabel(*e); d != "" {
		s += " · " + d
	}
	return s
}

// resolvedNames explain Speaker.Resolved.
var resolvedNames = map[string]string{
	"subject":   "주어 · subject of the reporting verb",
	"pronoun":   "대명사 · pronoun resolved to an earlier mention",
	"surname":   "성 · surname resolved to the full name",
	"previous":  "앞 인용의 화자 · speaker of the previous quote",
	"colon":     "콜론 · name before a colon",
	"according": "에 따르면 · according to",
	"group":     "집단 · group named as written",
	"title":     "직함 · title held by one person",
	"headline":  "제목 · name before a headline's quote",
	"owner":     "발언의 주인 · owner of the words (X의 트윗)",
	"citation":  "출전 · source cited after the quote",

	"previous-sentence": "앞 문장의 주어 · subject of the sentence before",
	"next-sentence":     "뒤 문장의 주어 · subject of the sentence after (이같이 밝혔다)",
}

// ResolvedText explains how a speaker was resolved (Speaker.Resolved).
func ResolvedText(r string) string {
	if s, ok := resolvedNames[r]; ok {
		return s
	}
	return r
}

func speakerInfo(sp *extract.Speaker) (name, resolved, mention string) {
	if sp == nil {
		return "", "", ""
	}
	if sp.Mention != nil {
		mention = at(*sp.Mention)
	}
	return sp.Name, sp.Resolved, mention
}

func quoteTitle(q extract.Quote) string {
	if q.Speaker == nil {
		return "인용 · quote: 화자 미상 (unknown speaker)"
	}
	s := "인용 · quote: " + q.Speaker.Name + " (" + q.Verb + ") · " + ResolvedText(q.Speaker.Resolved)
	if q.Speaker.Mention != nil {
		s += " · “" + q.Speaker.Mention.Text + "”"
	}
	return s
}

func claimTitle(c extract.Claim, name string) string {
	if name == "" {
		name = "출처 없음 (no source)"
	}
	return "주장 · claim: " + name + " · 단서 cue: " + c.Cue + " · " + c.Kind
}

// AmountLabel formats an amount's exact value and unit: "13,000,000,000
// USD", "1,000,000,000–10,000,000,000 USD" for a range, "≥ 100,000,000
// KRW" for a lower bound, with the written equivalents ("= ≈
// 700,000,000,000,000 KRW") and the converted value ("→ … KRW @ 1,400")
// when present.
func AmountLabel(a extract.Amount) string {
	var b strings.Builder
	if a.Approximate {
		b.WriteString("≈ ")
	}
	b.WriteString(rangeText(a.Value, a.Min, a.Max))
	if a.Unit != "" {
		b.WriteString(" " + a.Unit)
	}
	for _, e := range a.Equivalents {
		b.WriteString(" = ")
		if e.Approximate {
			b.WriteString("≈ ")
		}
		b.WriteString(Group(e.Value.String()) + " " + e.Unit)
	}
	if c := a.Converted; c != nil {
		b.WriteString(" → " + rangeText(c.Value, c.Min, c.Max) + " " + c.Unit + " @ " + Group(c.Rate.String()))
		if c.RateSource != "" {
			b.WriteString(" (" + c.RateSource + ")")
		}
	}
	return b.String()
}

func rangeText(v, lo, hi *normalize.Decimal) string {
	switch {
	case v != nil:
		return Group(v.String())
	case lo != nil && hi != nil:
		return Group(lo.String()) + "–" + Group(hi.String())
	case lo != nil:
		return "≥ " + Group(lo.String())
	case hi != nil:
		return "≤ " + Group(hi.String())
	}
	return "?"
}

// Group puts thousands separators into the integer part of a plain
// decimal: Group("-1234567.891") is "-1,234,567.891". Anything else is
// returned unchanged.
func Group(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	if intPart == "" || strings.Trim(intPart, "0123456789") != "" {
		return sign + s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/3 + 1)
	b.WriteString(sign)
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if hasFrac {
		b.WriteString("." + frac)
	}
	return b.String()
}

// SpeakerCount is one speaker and the number of quotes attributed to them.
type SpeakerCount struct {
	Name  string
	Count int
}

// Speakers returns the speakers of doc's quotes with their quote counts,
// most quotes first (ties in order of first quote); quotes with no speaker
// count under "".
func Speakers(doc *extract.Document) []SpeakerCount {
	var out []SpeakerCount
	idx := map[string]int{}
	for _, q := range doc.Quotes {
		name := ""
		if q.Speaker != nil {
			name = q.Speaker.Name
		}
		i, ok := idx[name]
		if !ok {
			i = len(out)
			idx[name] = i
			out = append(out, SpeakerCount{Name: name})
		}
		out[i].Count++
	}
	slices.SortStableFunc(out, func(a, b SpeakerCount) int { return b.Count - a.Count })
	return out
}
