package main

import (
	"errors"
	"fmt"
	"strings"

	ko "github.com/ikawaha/kagome-dict-ko"
	"github.com/ikawaha/kagome-dict/dict"
)

// entry is one morpheme of the dictionary.
type entry struct {
	surface string
	cost    int16  // connection (occurrence) cost: lower is more frequent
	pos     string // "NNG", "NNP", "VV+EC", ...
	meaning string // semantic class: "인명", "지명", "행위", "*", ...
	typ     string // "*", "Compound", "Inflect" or "Preanalysis"
	expr    string // "소속/NNG/*+원/NNG/*" for compounds, else "*"
}

// maxKeyBytes bounds the depth of the trie walk.
const maxKeyBytes = 256

// loadEntries lists every morpheme of mecab-ko-dic with its surface. The
// surfaces are only stored in the index's double-array trie, so the trie is
// walked; every key found is checked with a normal lookup.
func loadEntries() ([]entry, error) {
	d := ko.Dict()
	if d == nil {
		return nil, errors.New("kagome-dict-ko: no dictionary")
	}
	return walk(d)
}

func walk(d *dict.Dict) ([]entry, error) {
	da := d.Index.Da
	var out []entry
	var errs []error
	var rec func(p int, key []byte)
	rec = func(p int, key []byte) {
		if len(key) > maxKeyBytes {
			errs = append(errs, fmt.Errorf("key longer than %d bytes: %q", maxKeyBytes, key))
			return
		}
		base := int(da[p].Base)
		for c := 0; c < 256; c++ {
			q := base + c
			if q <= 0 || q >= len(da) || int(da[q].Check) != p {
				continue
			}
			if c != 0 { // inner node: one more byte of the key
				rec(q, append(key, byte(c)))
				continue
			}
			if da[q].Base > 0 { // terminator cells hold -id
				continue
			}
			id := int(-da[q].Base)
			if got, ok := da.Find(string(key)); !ok || got != id {
				errs = append(errs, fmt.Errorf("trie walk: key %q: id %d, lookup %d", key, id, got))
				continue
			}
			last := id + int(d.Index.Dup[int32(id)])
			for i := id; i <= last; i++ {
				e, err := makeEntry(d, string(key), i)
				if err != nil {
					errs = append(errs, err)
					continue
				}
				out = append(out, e)
			}
		}
	}
	rec(0, nil)
	if len(errs) > 0 {
		return nil, fmt.Errorf("%d problems reading the dictionary, first: %w", len(errs), errs[0])
	}
	if len(out) != len(d.Morphs) {
		return nil, fmt.Errorf("trie walk found %d morphemes, dictionary has %d", len(out), len(d.Morphs))
	}
	return out, nil
}

func makeEntry(d *dict.Dict, surface string, i int) (entry, error) {
	if i < 0 || i >= len(d.Morphs) || i >= len(d.POSTable.POSs) || i >= len(d.Contents) {
		return entry{}, fmt.Errorf("morpheme id %d out of range", i)
	}
	var pos []string
	for _, p := range d.POSTable.POSs[i] {
		if int(p) >= len(d.POSTable.NameList) {
			return entry{}, fmt.Errorf("morpheme %d: POS id %d out of range", i, p)
		}
		pos = append(pos, d.POSTable.NameList[p])
	}
	c := d.Contents[i]
	field := func(k int) string {
		if k < len(c) {
			return c[k]
		}
		return "*"
	}
	// Contents columns (without the POS): meaning, final consonant, reading,
	// type, first POS, last POS, expression.
	return entry{
		surface: surface,
		cost:    d.Morphs[i].Weight,
		pos:     strings.Join(pos, ","),
		meaning: field(0),
		typ:     field(3),
		expr:    field(6),
	}, nil
}
