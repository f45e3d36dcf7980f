package view

import (
	"cmp"
	"html"
	"slices"
	"strconv"
	"strings"

	"github.com/kextract/kextract/extract"
)

// maxSnippet is the longest quote or claim text shown in the panel, in
// code points.
const maxSnippet = 60

func snippet(s string) string {
	r := []rune(s)
	if len(r) > maxSnippet {
		return string(r[:maxSnippet]) + "…"
	}
	return s
}

// esc escapes text for HTML.
func esc(s string) string { return html.EscapeString(s) }

// Panel returns the side panel as HTML (an <aside> element): a legend, the
// main speaker, and lists of entities, quotes grouped by speaker, amounts
// and claims, each linking to its place in the article.
func Panel(doc *extract.Document) string {
	var b strings.Builder
	b.WriteString(`<aside id="kx-panel" class="panel">`)
	b.WriteString(legend)
	b.WriteString(`<div id="kx-detail" class="detail" aria-live="polite">인용·금액·주장을 누르면 자세히 보입니다 · Click a quote, amount or claim for details.</div>`)

	names := map[string]string{}
	for _, e := range doc.Entities {
		if _, ok := names[e.ID]; !ok {
			names[e.ID] = e.Name
		}
	}

	// quotes by speaker
	sp := Speakers(doc)
	b.WriteString(`<section class="quotes"><h2>인용 · Quotes <span class="n">` + strconv.Itoa(len(doc.Quotes)) + `</span></h2>`)
	if len(sp) > 0 && sp[0].Name != "" {
		b.WriteString(speakerBanner(sp[0].Name, sp[0].Count, len(doc.Quotes)))
	}
	bySpeaker := map[string][]int{}
	for i, q := range doc.Quotes {
		qn := ""
		if q.Speaker != nil {
			qn = q.Speaker.Name
		}
		bySpeaker[qn] = append(bySpeaker[qn], i)
	}
	for _, s := range sp {
		name := s.Name
		if name == "" {
			name = "화자 미상 · unknown"
		}
		b.WriteString(`<details open class="speaker"><summary>` + esc(name) + ` <span class="n">` + strconv.Itoa(s.Count) + `</span></summary><ol>`)
		for _, i := range bySpeaker[s.Name] {
			q := doc.Quotes[i]
			b.WriteString(`<li><a href="#q` + strconv.Itoa(i) + `" data-goto="q` + strconv.Itoa(i) + `">“` + esc(snippet(q.Text)) + `”</a> <span class="verb">` + esc(q.Verb) + `</span></li>`)
		}
		b.WriteString(`</ol></details>`)
	}
	b.WriteString(`</section>`)

	// entities
	ents := slices.Clone(doc.Entities)
	slices.SortStableFunc(ents, func(a, b extract.Entity) int {
		return cmp.Compare(typeRank(a.Type), typeRank(b.Type))
	})
	b.WriteString(`<section class="entities"><h2>개체 · Entities <span class="n">` + strconv.Itoa(len(ents)) + `</span></h2>`)
	b.WriteString(`<table><thead><tr><th>유형 · Type</th><th>이름 · Name</th><th title="mentions">#</th><th>역할 · Role</th></tr></thead><tbody>`)
	for _, e := range ents {
		role := e.Role
		if aff := names[e.Affiliation]; aff != "" {
			if role != "" {
				role += ", "
			}
			role += aff
		} else if e.Affiliation != "" {
			if role != "" {
				role += ", "
			}
			role += e.Affiliation
		}
		name := e.Name
		if d := DateLabel(e); d != "" {
			name += " (" + d + ")"
		}
		b.WriteString(`<tr data-ent="` + esc(e.ID) + `"><td><span class="tag tag-` + typeClass(e.Type) + `">` + esc(typeLabel(e.Type)) + `</span></td><td>` +
			esc(name) + english(e.English) + `</td><td class="num">` + strconv.Itoa(len(e.Mentions)) + `</td><td>` + esc(role) + `</td></tr>`)
	}
	b.WriteString(`</tbody></table></section>`)

	// amounts
	b.WriteString(`<section class="amounts"><h2>금액·수치 · Amounts <span class="n">` + strconv.Itoa(len(doc.Amounts)) + `</span></h2><ul>`)
	for i, a := range doc.Amounts {
		b.WriteString(`<li><a href="#a` + strconv.Itoa(i) + `" data-goto="a` + strconv.Itoa(i) + `">` + esc(a.Text) + `</a> → <span class="val">` + esc(AmountLabel(a)) + `</span></li>`)
	}
	b.WriteString(`</ul></section>`)

	// claims
	b.WriteString(`<section class="claims"><h2>주장 · Claims <span class="n">` + strconv.Itoa(len(doc.Claims)) + `</span></h2><ul>`)
	for i, c := range doc.Claims {
		src := "출처 없음 · no source"
		if c.Source != nil {
			src = c.Source.Name
		}
		b.WriteString(`<li><a href="#c` + strconv.Itoa(i) + `" data-goto="c` + strconv.Itoa(i) + `"><b>` + esc(src) + `</b> · <span class="cue">` + esc(c.Cue) + `</span> · ` + esc(c.Kind) + `</a><br><span class="snip">` + esc(snippet(c.Text)) + `</span></li>`)
	}
	b.WriteString(`</ul></section></aside>`)
	return b.String()
}

// legend explains the marks; it is constant markup.
const legend = `<section class="legend"><h2>범례 · Legend</h2><ul>` +
	`<li><span class="ent ent-PERSON">인물 PERSON</span></li>` +
	`<li><span class="ent ent-ORG">기관 ORG</span></li>` +
	`<li><span class="ent ent-LOCATION">장소 LOCATION</span></li>` +
	`<li><span class="ent ent-DATE">날짜·시간 DATE/TIME</span></li>` +
	`<li><span class="qt-sample">인용 quote</span></li>` +
	`<li><span class="amt">금액 amount</span></li>` +
	`<li><span class="clm">주장 claim</span></li>` +
	`</ul></section>`

// english returns the English name as a second line of the name cell.
func english(s string) string {
	if s == "" {
		return ""
	}
	return `<br><small class="en">` + esc(s) + `</small>`
}

func typeRank(t string) int {
	switch t {
	case "PERSON":
		return 0
	case "ORG":
		return 1
	case "LOCATION":
		return 2
	case "DATE":
		return 3
	case "TIME":
		return 4
	}
	return 5
}

func typeLabel(t string) string {
	if n, ok := typeNames[t]; ok {
		return n + " " + t
	}
	return t
}
