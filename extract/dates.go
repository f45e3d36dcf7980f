package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/kextract/kextract/extract/sentence"
	"github.com/kextract/kextract/internal/hangul"
)

// docDate is the document's date, when known, for resolving 올해, 지난해
// and bare months.
type docDate struct {
	year, month, day int
	known            bool
}

func parseDocDate(s string) docDate {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			d := docDate{year: t.Year(), known: true}
			if len(s) >= 7 {
				d.month = int(t.Month())
			}
			if len(s) >= 10 {
				d.day = t.Day()
			}
			return d
		}
	}
	// a timestamp such as 2025-04-07T09:00:00Z
	if len(s) > 10 {
		return parseDocDate(s[:10])
	}
	return docDate{}
}

// relativeYears are words naming a year relative to the document's.
var relativeYears = map[string]int{
	"올해": 0, "올": 0, "금년": 0, "이번해": 0, "지난해": -1, "작년": -1, "전년": -1, "재작년": -2,
	"내년": 1, "이듬해": 1, "내후년": 2, "명년": 1,
}

// dateStartSyllables begin the words a date or time can start with: the
// relative years and the parts of the day of readDate (오전, 오후, 저녁,
// 밤, 새벽, 아침). Dates also start with a digit.
var dateStartSyllables = func() *hangul.Set {
	s := "오저밤새아"
	for w := range relativeYears {
		s += w
	}
	return hangul.NewSet(s)
}()

// mayStartDate is readDate's quick test of the first word.
func mayStartDate(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	r, ok := hangul.SyllableAt(w, 0)
	return ok && dateStartSyllables.Has(r)
}

// yearParts name a part of a year: 2025-H1, 2025-Q3.
var yearParts = map[string]string{
	"상반기": "H1", "하반기": "H2", "1분기": "Q1", "2분기": "Q2", "3분기": "Q3", "4분기": "Q4",
	"연초": "", "연말": "", "초": "", "말": "", "중순": "", "상순": "", "하순": "",
}

// dateExpr is a date being read word by word.
type dateExpr struct {
	start, end int
	year       int
	yearKnown  bool
	month, day int
	part       string
	hour, min  int
	isTime     bool
	words      int
}

// findDates finds dates and times (2025년 4월 7일, 올해 1월, 지난해, 6월
// 30일, 내년 상반기, 오후 3시) and resolves them against the document date.
func (a *analysis) findDates() {
	byValue := map[string]*entity{}
	for si, s := range a.sents {
		if s.Kind == sentence.Boilerplate {
			continue
		}
		toks := a.sentenceWords(si)
		for i := 0; i < len(toks); {
			d, n := a.readDate(toks, i)
			if n == 0 {
				i++
				continue
			}
			i += n
			value, typ := a.dateValue(d)
			if value == "" {
				continue
			}
			key := typ + value
			if strings.Contains(value, "X") {
				key += a.clean[d.start:d.end] // 올해 and 지난해 differ though both are XXXX
			}
			e := byValue[key]
			if e == nil {
				e = &entity{typ: typ, name: a.clean[d.start:d.end], value: value}
				byValue[key] = e
				a.dates = append(a.dates, e)
			}
			e.addDateMention(span{d.start, d.end}, si)
		}
	}
}

// readDate reads a date or time starting at word i; n is the number of
// words read (0 when there is none).
func (a *analysis) readDate(toks []token, i int) (dateExpr, int) {
	var d dateExpr
	if !mayStartDate(toks[i].stem) {
		return d, 0
	}
	k := i
	next := func() bool {
		return k < len(toks) && (k == i || toks[k].punctBefore == "" && toks[k].spaceBefore)
	}
	take := func(t token, whole bool) {
		if d.words == 0 {
			d.start = t.start
		}
		if whole {
			d.end = t.end
		} else {
			d.end = t.stemEnd
		}
		d.words++
		k++
	}
	// relative year word
	if next() {
		if off, ok := relativeYears[toks[k].stem]; ok {
			d.year, d.yearKnown = off, false
			d.part = "rel"
			take(toks[k], false)
		}
	}
	if next() {
		if y, ok := numberWith(toks[k].stem, "년"); ok && y >= 1000 && y <= 2999 {
			d.year, d.yearKnown, d.part = y, true, ""
			take(toks[k], false)
		}
	}
	if next() {
		if m, ok := numberWith(toks[k].stem, "월"); ok && m >= 1 && m <= 12 {
			d.month = m
			take(toks[k], false)
			if next() {
				if day, ok := numberWith(toks[k].stem, "일"); ok && day >= 1 && day <= 31 {
					d.day = day
					take(toks[k], false)
				}
			}
		}
	}
	if d.words > 0 && next() {
		if p, ok := yearParts[toks[k].stem]; ok && d.month == 0 {
			if p != "" {
				d.part = p
			}
			take(toks[k], false)
		}
	}
	// times: 오전/오후 N시 (M분)
	if next() && d.month == 0 {
		w := toks[k].stem
		pm := w == "오후" || w == "저녁" || w == "밤"
		if pm || w == "오전" || w == "새벽" || w == "아침" {
			if k+1 < len(toks) && toks[k+1].punctBefore == "" {
				if h, ok := numberWith(toks[k+1].stem, "시"); ok && h >= 0 && h <= 12 {
					take(toks[k], false)
					take(toks[k], false)
					if pm && h < 12 {
						h += 12
					}
					d.hour, d.isTime = h, true
					if next() {
						if m, ok := numberWith(toks[k].stem, "분"); ok && m < 60 {
							d.min = m
							take(toks[k], false)
						}
					}
				}
			}
		}
	}
	if d.words == 0 {
		return d, 0
	}
	return d, k - i
}

// numberWith parses "12월" as 12 when w is digits followed by unit.
func numberWith(w, unit string) (int, bool) {
	if !strings.HasSuffix(w, unit) {
		return 0, false
	}
	digits := strings.TrimSuffix(w, unit)
	if digits == "" || len(digits) > 4 {
		return 0, false
	}
	n, err := strconv.Atoi(digits)
	if err != nil {
		return 0, false
	}
	return n, true
}

// dateValue is the ISO 8601 value of a date expression (partial when the
// text is partial) and its type.
func (a *analysis) dateValue(d dateExpr) (string, string) {
	year := ""
	switch {
	case d.yearKnown:
		year = fmt.Sprintf("%04d", d.year)
	case d.part == "rel" || d.part == "H1" || d.part == "H2" || strings.HasPrefix(d.part, "Q"):
		if a.date.known {
			year = fmt.Sprintf("%04d", a.date.year+d.year)
		}
	case d.month > 0 && a.date.known:
		year = fmt.Sprintf("%04d", a.date.year)
	}
	if d.isTime {
		t := fmt.Sprintf("T%02d:%02d", d.hour, d.min)
		return t, TypeTime
	}
	switch {
	case d.month > 0 && d.day > 0:
		if year == "" {
			return fmt.Sprintf("--%02d-%02d", d.month, d.day), TypeDate
		}
		return fmt.Sprintf("%s-%02d-%02d", year, d.month, d.day), TypeDate
	case d.month > 0:
		if year == "" {
			return fmt.Sprintf("--%02d", d.month), TypeDate
		}
		return fmt.Sprintf("%s-%02d", year, d.month), TypeDate
	case d.part == "H1" || d.part == "H2" || strings.HasPrefix(d.part, "Q"):
		if year == "" {
			return "XXXX-" + d.part, TypeDate
		}
		return year + "-" + d.part, TypeDate
	case year != "":
		return year, TypeDate
	case d.part == "rel":
		return "XXXX", TypeDate // a year relative to an unknown date
	}
	return "", ""
}
