package lexicon

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"slices"
	"strings"
	"unicode/utf8"
)

// FileKind names one of the lexicon file formats.
type FileKind string

// The lexicon file kinds.
const (
	KindOrgs        FileKind = "orgs"
	KindPlaces      FileKind = "places"
	KindTitles      FileKind = "titles"
	KindOrgSuffixes FileKind = "orgsuffixes"
	KindSurnames    FileKind = "surnames"
	KindJosa        FileKind = "josa"
	KindVerbs       FileKind = "verbs"
)

// headerPrefix starts the header comment that names a user file's kind.
const headerPrefix = "#kextract-lexicon:"

// maxFieldBytes bounds a single name, alias or title; longer ones are
// rejected so that matching cost stays bounded.
const maxFieldBytes = 256

// maxLineBytes bounds one line of a lexicon file.
const maxLineBytes = 1 << 20

// fileColumns is the maximum number of columns of each file kind.
var fileColumns = map[FileKind]int{
	KindOrgs:        4,
	KindPlaces:      4,
	KindTitles:      2,
	KindOrgSuffixes: 2,
	KindSurnames:    2,
	KindJosa:        2,
	KindVerbs:       2,
}

// orgKinds lists the allowed kinds of orgs.tsv and orgsuffixes.tsv.
var orgKinds = setOf("company", "government", "party", "agency", "university", "media",
	"international", "association", "military", "court", "sports", "religious", "research", "other")

var placeKinds = setOf("country", "continent", "region", "province", "city", "district", "landmark")

var titleKinds = setOf("position", "occupation", "honorific", "group", "political")

func setOf(s ...string) map[string]bool {
	m := make(map[string]bool, len(s))
	for _, x := range s {
		m[x] = true
	}
	return m
}

// KnownKinds reports the allowed values of the kind column for a file kind,
// or nil when the column is free text (josa, verbs, surnames).
func KnownKinds(k FileKind) []string {
	var m map[string]bool
	switch k {
	case KindOrgs, KindOrgSuffixes:
		m = orgKinds
	case KindPlaces:
		m = placeKinds
	case KindTitles:
		m = titleKinds
	default:
		return nil
	}
	out := make([]string, 0, len(m))
	for s := range m {
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

// ErrFormat is wrapped by every error about a malformed lexicon line.
var ErrFormat = errors.New("invalid lexicon line")

// Record is one parsed data line of a lexicon file.
type Record struct {
	File   string   // file name as given to the parser
	Line   int      // 1-based line number
	Fields []string // trimmed fields; never shorter than 1
}

// Field returns field i or "" when the line omitted it.
func (r Record) Field(i int) string {
	if i < len(r.Fields) {
		return r.Fields[i]
	}
	return ""
}

// List returns the '|'-separated items of field i, without empty items.
func (r Record) List(i int) []string {
	f := r.Field(i)
	if f == "" {
		return nil
	}
	parts := strings.Split(f, "|")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// ParseFile parses lexicon data of the given kind (or, when kind is "", the
// kind named by the file's header line or else by its base name) and checks
// every line: number of columns, non-empty first column, known kinds, field
// lengths. Errors name the file and line ("orgs.tsv:3: ...") and wrap
// [ErrFormat] or the reader's error.
func ParseFile(name string, r io.Reader, kind FileKind) (FileKind, []Record, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLineBytes)
	var recs []Record
	lineNo := 0
	seenData := false
	for sc.Scan() {
		lineNo++
		raw := sc.Bytes()
		if lineNo == 1 {
			raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf")) // BOM
		}
		line := strings.TrimRight(string(raw), "\r")
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			continue
		}
		if strings.HasPrefix(trimmed, "#") {
			if !seenData && strings.HasPrefix(trimmed, headerPrefix) {
				hk := FileKind(strings.TrimSpace(strings.TrimPrefix(trimmed, headerPrefix)))
				if _, ok := fileColumns[hk]; !ok {
					return "", nil, fmt.Errorf("%s:%d: unknown lexicon kind %q: %w", name, lineNo, hk, ErrFormat)
				}
				if kind != "" && kind != hk {
					return "", nil, fmt.Errorf("%s:%d: header says %q but file is %q: %w", name, lineNo, hk, kind, ErrFormat)
				}
				kind = hk
			}
			continue
		}
		if !seenData {
			seenData = true
			if kind == "" {
				kind = kindFromName(name)
				if kind == "" {
					return "", nil, fmt.Errorf("%s:%d: no %q header line and unknown file name: %w", name, lineNo, headerPrefix+" orgs", ErrFormat)
				}
			}
		}
		rec, err := parseLine(name, lineNo, line, kind)
		if err != nil {
			return "", nil, err
		}
		recs = append(recs, rec)
	}
	if err := sc.Err(); err != nil {
		return "", nil, fmt.Errorf("%s:%d: %w", name, lineNo+1, err)
	}
	if kind == "" {
		kind = kindFromName(name)
	}
	return kind, recs, nil
}

// kindFromName maps "dir/orgs.tsv" to KindOrgs, or returns "".
func kindFromName(name string) FileKind {
	base := path.Base(strings.ReplaceAll(name, "\\", "/"))
	base = strings.TrimSuffix(base, path.Ext(base))
	if _, ok := fileColumns[FileKind(base)]; ok {
		return FileKind(base)
	}
	return ""
}

func parseLine(name string, lineNo int, line string, kind FileKind) (Record, error) {
	bad := func(format string, a ...any) (Record, error) {
		return Record{}, fmt.Errorf("%s:%d: %s: %w", name, lineNo, fmt.Sprintf(format, a...), ErrFormat)
	}
	if !utf8.ValidString(line) {
		return bad("invalid UTF-8")
	}
	fields := strings.Split(line, "\t")
	for len(fields) > 1 && strings.TrimSpace(fields[len(fields)-1]) == "" {
		fields = fields[:len(fields)-1]
	}
	maxCols := fileColumns[kind]
	if len(fields) > maxCols {
		return bad("%d fields, %s allows at most %d", len(fields), kind, maxCols)
	}
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	rec := Record{File: name, Line: lineNo, Fields: fields}
	if fields[0] == "" {
		return bad("empty first field")
	}
	if strings.Contains(fields[0], "|") {
		return bad("first field %q contains '|'", fields[0])
	}
	check := func(s string) error {
		if len(s) > maxFieldBytes {
			return fmt.Errorf("%s:%d: %q longer than %d bytes: %w", name, lineNo, s[:32], maxFieldBytes, ErrFormat)
		}
		return nil
	}
	if err := check(fields[0]); err != nil {
		return Record{}, err
	}
	var kinds map[string]bool
	kindCol := 1
	switch kind {
	case KindOrgs, KindPlaces:
		kindCol = 3
		if err := check(rec.Field(1)); err != nil {
			return Record{}, err
		}
		for _, a := range rec.List(2) {
			if err := check(a); err != nil {
				return Record{}, err
			}
		}
		if kind == KindOrgs {
			kinds = orgKinds
		} else {
			kinds = placeKinds
		}
	case KindOrgSuffixes:
		kinds = orgKinds
	case KindTitles:
		kinds = titleKinds
	}
	if k := rec.Field(kindCol); kinds != nil && k != "" && !kinds[k] {
		return bad("unknown %s kind %q", kind, k)
	}
	return rec, nil
}
