package view

import "github.com/kextract/kextract/extract"

// DateLabel gives what a DATE or TIME resolved to: its full value, marked
// ≈ when approximate, the part the text names (start, mid, end), the days
// it covers, and why it is unresolved: "2016-W44 [2016-10-31 – 2016-11-06]",
// "≈ 2016-11-21", "2015 end [2015-11-01 – 2015-12-31]",
// "unresolved: no-document-date". It is "" for other entities.
func DateLabel(e extract.Entity) string {
	s := ""
	if e.Approximate && e.Value != "" {
		s = "≈ "
	}
	s += e.Value
	if e.Mod != "" && e.Value != "" {
		s += " " + e.Mod
	}
	if p := e.Period; p != nil {
		s += " [" + p.Start + " – " + p.End + "]"
	}
	if e.Unresolved != "" {
		if s != "" {
			s += " · "
		}
		s += "unresolved: " + e.Unresolved
	}
	return s
}
