package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/extract"
	"github.com/kextract/kextract/extract/ner"
	"github.com/kextract/kextract/internal/klue"
	"github.com/kextract/kextract/lexicon"
)

// readKLUE reads and concatenates KLUE NER files.
func readKLUE(files []string) ([]klue.Sentence, error) {
	var all []klue.Sentence
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		sents, err := klue.Read(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		all = append(all, sents...)
	}
	return all, nil
}

// scoreModel tags every sentence with m and scores it.
func scoreModel(m *ner.Model, sents []klue.Sentence) (*klue.Scorer, [][]klue.Span) {
	sc := new(klue.Scorer)
	preds := make([][]klue.Span, len(sents))
	for i, s := range sents {
		preds[i] = ner.RuneSpans(s.Text, m.Tag(s.Text))
		sc.Add(s.Domain, s.Spans, preds[i])
	}
	return sc, preds
}

// docLabel maps a kextract entity type to its KLUE label.
func docLabel(typ string) (string, bool) {
	switch typ {
	case "PERSON":
		return "PS", true
	case "ORG":
		return "OG", true
	case "LOCATION":
		return "LC", true
	case "DATE":
		return "DT", true
	case "TIME":
		return "TI", true
	}
	return "", false
}

// docSpans returns the KLUE spans of a document: entity mentions and
// amounts (as QT), in code points, in KLUE's conventions.
func docSpans(d *extract.Document, text string, lex *lexicon.Lexicon) []klue.Span {
	var out, places []klue.Span
	runes := []rune(text)
	for _, e := range d.Entities {
		l, ok := docLabel(e.Type)
		if !ok {
			continue
		}
		for _, m := range e.Mentions {
			if (l == "LC" || l == "OG") && inDerivedWord(runes, m.End, l, lex) {
				continue // 한국인, 국회의원: KLUE marks no name inside a derived word
			}
			sp := klue.Span{Start: m.Start, End: m.End, Label: l}
			if l == "PS" && surnameReference(m.Text, e.Name) {
				sp.End = sp.Start + 1 // KLUE's convention for 김 대표, 김씨, A씨: the surname or letter
			} else if n := familyNameReference(m.Text, e.Name); l == "PS" && n > 0 {
				sp.End = sp.Start + n // 코미 전 국장: KLUE marks the name, 코미
			}
			if l == "LC" && countryInitial(m.Text) {
				sp.Label = "OG" // KLUE's convention for 한미, 남북: the state acting
			}
			if sp.Label == "LC" {
				places = append(places, sp)
				continue
			}
			out = append(out, sp)
		}
	}
	out = append(out, placeChains(places, []rune(text))...)
	for _, a := range d.Amounts {
		out = append(out, amountSpans(a)...)
	}
	return out
}

// surnameReference reports whether a person's mention is a surname or a
// letter with the honorific or title that makes it a reference (김 대표,
// 김씨, B씨, 김 모 씨, 김모): kextract's mention is the whole reference, KLUE
// marks the surname or letter alone. A mention that is the person's name
// (조 사이, 톰 행크스) is a name, unless all it adds are honorifics.
func surnameReference(text, name string) bool {
	r := []rune(text)
	if len(r) < 2 || !(r[0] >= 0xAC00 && r[0] <= 0xD7A3 || r[0] >= 'A' && r[0] <= 'Z') {
		return false
	}
	if r[1] != ' ' && !strings.ContainsRune("씨군양모", r[1]) {
		return false
	}
	if text != name {
		return true
	}
	for _, w := range strings.Fields(string(r[1:])) {
		switch w {
		case "씨", "모", "모씨", "군", "양":
		default:
			return false
		}
	}
	return true
}

// familyNameReference returns the length in runes of the name word that
// begins a person's mention which is one word of the person's name of two
// or more words and a title after it (코미 전 국장 of 제임스 코미), else 0.
func familyNameReference(text, name string) int {
	words, parts := strings.Fields(text), strings.Fields(name)
	if len(words) < 2 || len(parts) < 2 || !slices.Contains(parts, words[0]) || slices.Contains(parts, words[1]) {
		return 0
	}
	return utf8.RuneCountInString(words[0])
}

// inDerivedWord reports whether a place or body mention ending at end
// begins a word derived from it: a people or product of a place
// (한국인들이, 후쿠시마산), residents (유성구민), a title of a body
// (국회의원, 통일부장관). kextract gives the place or body inside as its
// mention; KLUE marks no name inside such a word.
func inDerivedWord(text []rune, end int, label string, lex *lexicon.Lexicon) bool {
	k := end
	for k < len(text) && unicode.IsLetter(text[k]) {
		k++
	}
	if k == end || end <= 0 || !unicode.IsLetter(text[end-1]) {
		return false
	}
	rest := string(text[end:k])
	if label == "LC" {
		for _, suffix := range []string{"인", "산", "민"} {
			if r, ok := strings.CutPrefix(rest, suffix); ok {
				r = strings.TrimPrefix(r, "들")
				return r == "" || lex.IsJosaSequence(r)
			}
		}
		return false
	}
	stem, _ := lex.StripJosa(rest)
	_, ok := lex.Title(stem)
	return ok
}

// countryInitial reports whether a mention is one syllable standing for a
// country (한 and 미 of 한미 양국, 남 of 남측): kextract gives it as a
// mention of the country, a place; KLUE marks it as an organization, the
// state that acts.
func countryInitial(text string) bool {
	r := []rune(text)
	return len(r) == 1 && strings.ContainsRune("남북한미중일러", r[0])
}

// placeChains joins places written one after another with a space into
// one LC span: kextract gives each place of an address or a dateline (경북
// 성주군, 서울 서초구 서초동) as an entity of its own, one per real place;
// KLUE marks the chain as one location.
func placeChains(places []klue.Span, text []rune) []klue.Span {
	sort.Slice(places, func(i, j int) bool { return places[i].Start < places[j].Start })
	var out []klue.Span
	for _, p := range places {
		if n := len(out); n > 0 && p.Start == out[n-1].End+1 && p.Start-1 < len(text) && text[p.Start-1] == ' ' {
			out[n-1].End = p.End
			continue
		}
		out = append(out, p)
	}
	return out
}

// KLUE marks the number and its unit as QT, without qualifiers (약, 이상,
// 정도, the 한화 of a conversion), with a parenthesised conversion as a QT of its own, and durations
// (4년간) as DT, or TI within a day (3시간). amountSpans maps an amount to those conventions;
// kextract's own spans keep the qualifiers because they change the value.
var (
	leadingQualifiers  = []string{"한화 ", "원화 ", "약 ", "대략 ", "무려 ", "최대 ", "최소 ", "총 ", "약"}
	trailingQualifiers = []string{"정도", "가량", "안팎", "안밖", "남짓", "내외", "가까이", "언저리", "이상", "이하", "초과", "미만", "쯤", "여"}
)

func amountSpans(a extract.Amount) []klue.Span {
	if a.Kind == "duration" {
		label := "DT"
		switch a.Unit {
		case "hour", "minute", "second":
			label = "TI" // 3시간, 30분간: KLUE marks durations within a day as times
		}
		r := []rune(a.Text)
		s, e := trimQualifiers(r, 0, len(r))
		return []klue.Span{{Start: a.Start + s, End: a.Start + e, Label: label}}
	}
	r := []rune(a.Text)
	var out []klue.Span
	main := r
	if i := indexRune(r, '('); i > 0 {
		main = r[:i]
		if j := indexRune(r, ')'); j > i+1 {
			s, e := trimQualifiers(r, i+1, j)
			out = append(out, klue.Span{Start: a.Start + s, End: a.Start + e, Label: "QT"})
		}
	}
	s, e := trimQualifiers(r, 0, len(main))
	if a.Approximate && a.Unit != "대" && e > s+1 && r[e-1] == '대' {
		e-- // 1천300원대, 1%대: "in the range of", outside KLUE's QT
	}
	return append([]klue.Span{{Start: a.Start + s, End: a.Start + e, Label: "QT"}}, out...)
}

func indexRune(r []rune, c rune) int {
	for i, x := range r {
		if x == c {
			return i
		}
	}
	return -1
}

// trimQualifiers narrows r[s:e] past qualifier words at either end.
func trimQualifiers(r []rune, s, e int) (int, int) {
	for _, q := range leadingQualifiers { // in order: 한화 약 2180만 원
		if q := []rune(q); e-s > len(q) && string(r[s:s+len(q)]) == string(q) {
			s += len(q)
		}
	}
	for _, q := range trailingQualifiers {
		if q := []rune(q); e-s > len(q) && string(r[e-len(q):e]) == string(q) {
			e -= len(q)
			break
		}
	}
	for e > s && r[e-1] == ' ' {
		e--
	}
	for s < e && r[s] == ' ' {
		s++
	}
	return s, e
}

// scoreExtractor runs the full extractor over every sentence and scores it.
// It returns the spans it predicted for each sentence too.
func scoreExtractor(x *extract.Extractor, sents []klue.Sentence) (*klue.Scorer, [][]klue.Span, error) {
	sc := new(klue.Scorer)
	preds := make([][]klue.Span, len(sents))
	for i, s := range sents {
		d, err := x.Extract(context.Background(), extract.Input{ID: s.ID, Text: s.Text})
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", s.ID, err)
		}
		preds[i] = docSpans(d, s.Text, x.Lexicon())
		sc.Add(s.Domain, s.Spans, preds[i])
	}
	return sc, preds, nil
}

// runEvalNER scores the NER model alone and the full extractor (without
// and with the model) on KLUE NER files and prints the tables, then the
// first misses news sentences that the whole extractor gets wrong.
func runEvalNER(files []string, shared, modelFile string, misses int, stdout, stderr io.Writer) int {
	if len(files) == 0 {
		files = []string{filepath.Join(shared, "data/klue-ner/klue-ner-v1.1_dev.even.tsv")}
	}
	sents, err := readKLUE(files)
	if err != nil {
		fmt.Fprintln(stderr, "kextract eval ner:", err)
		return exitFailure
	}
	chars := 0
	for _, s := range sents {
		chars += len(s.Text)
	}
	fmt.Fprintf(stdout, "%d sentences, %d bytes\n\n", len(sents), chars)

	m, err := loadModel(modelFile)
	if err != nil {
		fmt.Fprintln(stderr, "kextract eval ner: model:", err)
		return exitFailure
	}
	t0 := time.Now()
	sc, modelPreds := scoreModel(m, sents)
	el := time.Since(t0)
	fmt.Fprintf(stdout, "== (a) NER model alone (%.2fs, %.2f MB/s)\n", el.Seconds(), float64(chars)/1e6/el.Seconds())
	sc.Table(stdout)

	for _, run := range []struct {
		name  string
		model bool
	}{{"(b) extractor without model", false}, {"(c) extractor with model", true}} {
		opts := []extract.Option{extract.WithModel(run.model), extract.WithKindNouns(true)} // KLUE marks 경찰, 법원 as OG
		if run.model {
			opts = append(opts, extract.WithNERModel(m))
		}
		x, err := extract.New(opts...)
		if err != nil {
			fmt.Fprintln(stderr, "kextract eval ner:", err)
			return exitFailure
		}
		t0 := time.Now()
		sc, preds, err := scoreExtractor(x, sents)
		if err != nil {
			fmt.Fprintln(stderr, "kextract eval ner:", err)
			return exitFailure
		}
		fmt.Fprintf(stdout, "\n== %s (%.2fs)\n", run.name, time.Since(t0).Seconds())
		sc.Table(stdout)
		if run.model && misses > 0 {
			printNERMisses(stdout, sents, preds, modelPreds, misses)
		}
	}
	return exitOK
}

// loadModel reads the model file name, or returns the built-in model when
// name is empty.
func loadModel(name string) (*ner.Model, error) {
	if name == "" {
		return ner.Default()
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := ner.Load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return m, nil
}
