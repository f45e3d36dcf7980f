// Command gazetteer generates kextract's word lists lexicon/data/nouns.txt
// (common nouns), lexicon/data/names.txt (person-name words),
// lexicon/data/verbstems.txt and lexicon/data/verbforms.txt (verb and
// adjective stems, and their fused inflected forms) from mecab-ko-dic, as
// packaged for Go in github.com/ikawaha/kagome-dict-ko.
//
// It is a separate module so that the kextract module does not depend on the
// dictionary (about 40 MB). Run it from lexicon/ with go generate, or:
//
//	cd tools/gazetteer && go run . -out ../../lexicon/data
//
// Selection rules (select.go):
//
//   - nouns.txt and names.txt keep only surfaces of 2 to 5 Hangul syllables.
//
//   - nouns.txt: surfaces with an NNG (common noun) entry and no NNP entry
//     whose semantic class is 인명 (person). Kept are the nouns whose cost
//     was trained (differs from the dictionary's default NNG cost), cheapest
//     first, then default-cost nouns that carry a semantic class or are a
//     part of other compound entries (most used first), up to -max-nouns.
//     Default-cost nouns with neither (155,904 of them, mostly rare words) are
//     left out: on KLUE NER they were as often person words as entity words.
//
//   - names.txt: surfaces with an NNP entry of class 인명, except those that
//     the dictionary also analyses otherwise with a cost below the default
//     NNG cost (frequent common words such as 이번, 현재, 대통령). Ranked by
//     shape, since the 인명 costs carry no frequency information: single
//     words that are not a Korean surname plus given name (도널드, 바이든),
//     then surname-initial words whose other syllables look foreign (오바마;
//     a syllable model trained on the dictionary's own names), then Korean
//     full names, most typical first, then runs of several names written
//     without spaces; up to -max-names.
//
//   - verbstems.txt: surfaces of VV and VA entries (not inflected), 1 to 4
//     syllables. verbforms.txt: inflected entries of one VV or VA stem and
//     one EC or ETM ending (된, 걸쳐, 나설), 1 to 4 syllables; forms that are
//     a stem and an ending written one after the other (받아) are left to
//     the lexicon's rules (predicates.go).
//
// All files are written sorted (byte order), deduplicated, one word a line,
// after a '#' header naming the source and licence. MECAB_LICENSE.md is
// written next to them.
package main

import (
	"bufio"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

//go:embed MECAB_NOTICE.txt
var mecabNotice string

func main() {
	out := flag.String("out", "../../lexicon/data", "output directory")
	maxNouns := flag.Int("max-nouns", 60000, "maximum number of common nouns")
	maxNames := flag.Int("max-names", 135000, "maximum number of name words")
	surnames := flag.String("surnames", "", "surname TSV (default: OUT/surnames.tsv)")
	stats := flag.Bool("v", false, "print selection statistics")
	ranks := flag.String("ranks", "", "also write every candidate with its tier and rank to this TSV file")
	flag.Parse()
	if err := run(*out, *surnames, *ranks, *maxNouns, *maxNames, *stats); err != nil {
		fmt.Fprintln(os.Stderr, "gazetteer:", err)
		os.Exit(1)
	}
}

func run(out, surnamePath, ranksPath string, maxNouns, maxNames int, verbose bool) error {
	if surnamePath == "" {
		surnamePath = filepath.Join(out, "surnames.tsv")
	}
	sn, err := readSurnames(surnamePath)
	if err != nil {
		return err
	}
	ents, err := loadEntries()
	if err != nil {
		return err
	}
	sel := selectWords(ents, sn, maxNouns, maxNames)
	if verbose {
		fmt.Fprintf(os.Stderr, "%d dictionary entries\n%s", len(ents), sel.stats)
	}
	if ranksPath != "" {
		var b strings.Builder
		b.WriteString("list\tword\ttier\trank\n")
		for _, r := range sel.nounRanks {
			fmt.Fprintf(&b, "noun\t%s\t%d\t%d\n", r.s, r.tier, r.rank)
		}
		for _, r := range sel.nameRanks {
			fmt.Fprintf(&b, "name\t%s\t%d\t%d\n", r.s, r.tier, r.rank)
		}
		if err := writeFile(ranksPath, b.String()); err != nil {
			return err
		}
	}
	if err := writeList(filepath.Join(out, "nouns.txt"), nounsHeader, sel.nouns); err != nil {
		return err
	}
	if err := writeList(filepath.Join(out, "names.txt"), namesHeader, sel.names); err != nil {
		return err
	}
	pred := selectPredicates(ents)
	if verbose {
		fmt.Fprintf(os.Stderr, "verbstems.txt: %d stems, verbforms.txt: %d fused forms\n", len(pred.stems), len(pred.forms))
	}
	if err := writeList(filepath.Join(out, "verbstems.txt"), stemsHeader, pred.stems); err != nil {
		return err
	}
	if err := writeList(filepath.Join(out, "verbforms.txt"), formsHeader, pred.forms); err != nil {
		return err
	}
	return writeFile(filepath.Join(out, "MECAB_LICENSE.md"), licenseDoc())
}

// readSurnames reads the first column of a surnames.tsv file.
func readSurnames(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("surnames: %w", err)
	}
	defer f.Close()
	return parseSurnames(f)
}

func parseSurnames(r io.Reader) (map[string]bool, error) {
	m := map[string]bool{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		s, _, _ := strings.Cut(line, "\t")
		if s = strings.TrimSpace(s); s != "" {
			m[s] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("surnames: %w", err)
	}
	if len(m) == 0 {
		return nil, errors.New("surnames: no surname found")
	}
	return m, nil
}

const nounsHeader = `# kextract lexicon: nouns.txt — one common noun (NNG) per line, sorted; not also a person name.
# GENERATED by tools/gazetteer (go generate ./lexicon) — do not edit by hand.
# Source: mecab-ko-dic 2.1.1-20180720 via github.com/ikawaha/kagome-dict-ko v0.2.1.
# Licence: Apache License 2.0 (mecab-ko-dic); see MECAB_LICENSE.md.
`

const namesHeader = `# kextract lexicon: names.txt — one person-name word (NNP, class 인명) per line, sorted.
# GENERATED by tools/gazetteer (go generate ./lexicon) — do not edit by hand.
# Source: mecab-ko-dic 2.1.1-20180720 via github.com/ikawaha/kagome-dict-ko v0.2.1.
# Licence: Apache License 2.0 (mecab-ko-dic); see MECAB_LICENSE.md.
`

func writeList(path, header string, words []string) error {
	var b strings.Builder
	b.WriteString(header)
	for _, w := range words {
		b.WriteString(w)
		b.WriteByte('\n')
	}
	return writeFile(path, b.String())
}

func writeFile(path, content string) error {
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

func licenseDoc() string {
	return `# mecab-ko-dic attribution

` + "`nouns.txt`" + `, ` + "`names.txt`" + `, ` + "`verbstems.txt`" + ` and ` + "`verbforms.txt`" + ` in this directory are derived from **mecab-ko-dic**
(version 2.1.1-20180720, https://bitbucket.org/eunjeon/mecab-ko-dic), read through its Go
packaging **kagome-dict-ko** v0.2.1 (github.com/ikawaha/kagome-dict-ko, MIT, Copyright (c) 2020
ikawaha). They were generated by ` + "`tools/gazetteer`" + `: only surface forms were kept (common
nouns and proper nouns of the person class, filtered to 2–5 Hangul syllables and capped in
number; verb and adjective stems, and their forms fused with one connective or adnominal
ending, of 1–4 syllables); costs and all other features were dropped.

mecab-ko-dic is distributed under the Apache License, Version 2.0. Its notice, as shipped in
kagome-dict-ko (NOTICE.txt), follows unchanged.

` + "```text\n" + strings.TrimRight(mecabNotice, "\n") + "\n```\n"
}
