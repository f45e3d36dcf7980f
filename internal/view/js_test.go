package view

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kextract/kextract/extract"
	"github.com/kextract/kextract/normalize"
)

// TestJSRendererMatchesGo runs the embedded view.js under Node and checks
// that it renders the same article and panel markup as the Go renderer, so
// the service page (rendered by the script) and kextract html (rendered in
// Go) agree.
func TestJSRendererMatchesGo(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not on PATH: skipping the JS/Go renderer comparison")
	}
	docs := map[string]struct {
		text string
		doc  *extract.Document
	}{}
	if text, doc, err := seedDoc(); err == nil {
		docs["seed"] = struct {
			text string
			doc  *extract.Document
		}{text, doc}
	}
	hostile := `😀 "<script>alert(1)</script>" & 'x' 𝕏 끝`
	sp := span(t, hostile, `<script>alert(1)</script>`)
	sp2 := span(t, hostile, `alert(1)</script>" & 'x' 𝕏`)
	docs["hostile"] = struct {
		text string
		doc  *extract.Document
	}{hostile, &extract.Document{
		Entities: []extract.Entity{{ID: "e1", Type: "PERSON", Name: `<b>`, Affiliation: "constructor", Mentions: []extract.Mention{{Span: span(t, hostile, "𝕏")}}},
			{ID: "__proto__", Type: "WEIRD", Name: "x", English: "<X>", Affiliation: "e1", Value: "--01"},
			{ID: "e3", Type: "DATE", Name: "지난해 말", Value: "2015", Mod: "end", Approximate: true, Period: &extract.Period{Start: "2015-11-01", End: "2015-12-31"},
				Mentions: []extract.Mention{{Span: span(t, hostile, "끝")}}},
			{ID: "e4", Type: "DATE", Name: "<올해>", Unresolved: "no-document-date"},
			{ID: "e5", Type: "DATE", Name: "2월", Value: "--02", Unresolved: "no-document-date"}},
		Quotes: []extract.Quote{{Span: sp, Verb: `"`, Speaker: &extract.Speaker{Name: "</script>", Mention: ptr(span(t, hostile, "끝")), Resolved: "pronoun"}},
			{Span: span(t, hostile, "'x'")}},
		Amounts: []extract.Amount{{Span: span(t, hostile, "끝"), Kind: "money", Unit: "KRW", Approximate: true,
			Min: ptr(normalize.MustDecimal("1000")), Max: ptr(normalize.MustDecimal("20000.5")),
			Converted: &extract.Converted{Min: ptr(normalize.MustDecimal("1")), Unit: "USD", Rate: normalize.MustDecimal("0.0007"), RateSource: "given"}}},
		Claims: []extract.Claim{{Span: sp2, Cue: "&", Kind: "hearsay"}},
	}}
	dir := t.TempDir()
	script := filepath.Join(dir, "view.js")
	require.NoError(t, os.WriteFile(script, []byte(js), 0o600))
	for name, d := range docs {
		t.Run(name, func(t *testing.T) {
			docJSON, err := extract.Marshal(d.doc)
			require.NoError(t, err)
			textFile, docFile := filepath.Join(dir, name+".txt"), filepath.Join(dir, name+".json")
			require.NoError(t, os.WriteFile(textFile, []byte(d.text), 0o600))
			require.NoError(t, os.WriteFile(docFile, docJSON, 0o600))
			prog := `require(process.argv[1]); const fs = require('fs'); const v = globalThis.kextractView;
const text = fs.readFileSync(process.argv[2], 'utf8'); const doc = v.parseDoc(fs.readFileSync(process.argv[3], 'utf8'));
process.stdout.write(v.article(text, doc) + '\n' + v.panel(doc));`
			out, err := exec.Command(node, "-e", prog, script, textFile, docFile).CombinedOutput()
			require.NoError(t, err, "%s", out)
			assert.Equal(t, Article(d.text, d.doc)+"\n"+Panel(d.doc), string(out))
		})
	}
}
