// Package evalamounts scores normalize.ParseAmount against test tables.
//
// A table is a TSV file with a header and the columns input, kind, value,
// min, max, unit and optionally equivalent. Values are exact decimals; an
// empty cell means "not set". The equivalent column is empty, the word
// "approximate" (the amount itself is approximate), or one or more
// conversions "VALUE UNIT [approximate]" separated by ";". Rows of kind
// "date" expect ParseAmount to report ErrNotAmount with Amount.Date equal to
// the value column.
package evalamounts

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kextract/kextract/normalize"
)

// Row is one expected parse.
type Row struct {
	Input, Kind, Value, Min, Max, Unit, Equivalent string
	HasEquivalent                                  bool
}

// Run reads each TSV file, parses every row's input with
// normalize.ParseAmount, prints each mismatch and a final line per file such
// as "numbers-money.tsv: 149/149 matched", and returns the totals.
func Run(w io.Writer, paths ...string) (matched, total int, err error) {
	for _, path := range paths {
		rows, err := ReadFile(path)
		if err != nil {
			return matched, total, err
		}
		m := 0
		for _, r := range rows {
			if msg := Check(r); msg != "" {
				fmt.Fprintf(w, "%s: %q: %s\n", filepath.Base(path), r.Input, msg)
				continue
			}
			m++
		}
		fmt.Fprintf(w, "%s: %d/%d matched\n", filepath.Base(path), m, len(rows))
		matched += m
		total += len(rows)
	}
	return matched, total, nil
}

// ReadFile reads a table.
func ReadFile(path string) ([]Row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("evalamounts: %w", err)
	}
	defer f.Close()
	rows, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("evalamounts: %s: %w", path, err)
	}
	return rows, nil
}

// Read reads a table from r: a header line, then one row per line.
func Read(r io.Reader) ([]Row, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var rows []Row
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 || strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) < 6 {
			return nil, fmt.Errorf("line %d: %d columns, want at least 6", line, len(f))
		}
		row := Row{Input: f[0], Kind: f[1], Value: f[2], Min: f[3], Max: f[4], Unit: f[5]}
		if len(f) > 6 {
			row.Equivalent, row.HasEquivalent = f[6], true
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return rows, nil
}

// Check parses one row and returns "" when it matches, else what differs.
func Check(r Row) string {
	a, err := normalize.ParseAmount(r.Input)
	if r.Kind == "date" {
		if !errors.Is(err, normalize.ErrNotAmount) || a.Kind != "date" || a.Date != r.Value {
			return fmt.Sprintf("want date %s, got kind %q date %q err %v", r.Value, a.Kind, a.Date, err)
		}
		return ""
	}
	if err != nil {
		return fmt.Sprintf("error: %v", err)
	}
	var diffs []string
	if a.Kind != r.Kind {
		diffs = append(diffs, fmt.Sprintf("kind %q, want %q", a.Kind, r.Kind))
	}
	if a.Unit != r.Unit {
		diffs = append(diffs, fmt.Sprintf("unit %q, want %q", a.Unit, r.Unit))
	}
	for _, c := range []struct {
		name string
		got  *normalize.Decimal
		want string
	}{{"value", a.Value, r.Value}, {"min", a.Min, r.Min}, {"max", a.Max, r.Max}} {
		if d := cmpDecimal(c.got, c.want); d != "" {
			diffs = append(diffs, c.name+" "+d)
		}
	}
	if d := checkEquivalent(a, r); d != "" {
		diffs = append(diffs, d)
	}
	return strings.Join(diffs, "; ")
}

// cmpDecimal compares an optional value with a table cell.
func cmpDecimal(got *normalize.Decimal, want string) string {
	switch {
	case want == "" && got == nil:
		return ""
	case want == "":
		return fmt.Sprintf("%s, want none", got)
	case got == nil:
		return "none, want " + want
	}
	w, err := normalize.ParseDecimal(want)
	if err != nil {
		return fmt.Sprintf("bad expected value %q: %v", want, err)
	}
	if !got.Equal(w) {
		return fmt.Sprintf("%s, want %s", got, want)
	}
	return ""
}

// checkEquivalent compares the approximate flag and the conversions.
func checkEquivalent(a normalize.Amount, r Row) string {
	wantApprox := false
	var want []normalize.Equivalent
	for _, part := range strings.Split(r.Equivalent, ";") {
		f := strings.Fields(part)
		switch {
		case len(f) == 0:
		case len(f) == 1 && f[0] == "approximate":
			wantApprox = true
		case len(f) >= 2:
			v, err := normalize.ParseDecimal(f[0])
			if err != nil {
				return fmt.Sprintf("bad expected equivalent %q", part)
			}
			want = append(want, normalize.Equivalent{Value: v, Unit: f[1], Approximate: len(f) > 2 && f[2] == "approximate"})
		default:
			return fmt.Sprintf("bad expected equivalent %q", part)
		}
	}
	var diffs []string
	if a.Approximate != wantApprox {
		diffs = append(diffs, fmt.Sprintf("approximate %v, want %v", a.Approximate, wantApprox))
	}
	if len(a.Equivalents) != len(want) {
		return strings.Join(append(diffs, fmt.Sprintf("%d equivalents, want %d", len(a.Equivalents), len(want))), "; ")
	}
	for i, e := range want {
		g := a.Equivalents[i]
		if !g.Value.Equal(e.Value) || g.Unit != e.Unit || g.Approximate != e.Approximate {
			diffs = append(diffs, fmt.Sprintf("equivalent %s %s %v, want %s %s %v", g.Value, g.Unit, g.Approximate, e.Value, e.Unit, e.Approximate))
		}
	}
	return strings.Join(diffs, "; ")
}
