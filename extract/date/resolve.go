package date

import (
	"fmt"
	"time"
)

// Reason says why a date has no value, or only a partial one.
type Reason string

// Reasons.
const (
	// NoDocumentDate: the date is relative and no document date is known
	// (a year-less 6월 30일 keeps the partial value --06-30).
	NoDocumentDate Reason = "no-document-date"
	// ImpreciseDocumentDate: the document date lacks the month or day the
	// form needs (어제 against a document date of 2016).
	ImpreciseDocumentDate Reason = "document-date-imprecise"
	// Vague: the text gives no number (몇 년 전, 수일 전) or no hour (오후).
	Vague Reason = "vague"
	// Impossible: the text names a day that does not exist (2월 30일), or
	// one outside the years 1-9999.
	Impossible Reason = "impossible"
	// Duration: a length of time, not a date (두 달 동안).
	Duration Reason = "duration"
)

// Period is the span of days a value covers, both ends included, as
// YYYY-MM-DD.
type Period struct {
	Start, End string
}

// Mods of a Value: the part of the period the text names (초, 중순, 말).
const (
	ModStart = "start"
	ModMid   = "mid"
	ModEnd   = "end"
)

// Value is a resolved date.
type Value struct {
	// Value is the ISO 8601 value at the precision of the text: a day
	// 2016-10-15, a month 2016-12, a year 2016, a week 2016-W44, a
	// weekend 2016-W44-WE, a half or quarter 2016-H1, 2016-Q3, a date-time
	// 2016-11-07T15:00; partial (--06-30, T15:00) when the year or day is
	// unknown. Empty when unresolved.
	Value string
	// Period is set for values longer than a day.
	Period *Period
	// Mod is start, mid or end for 초, 중순, 말 (Value is then the
	// enclosing month, year or week and Period the part).
	Mod string
	// Approximate is set for 2주 후 (weeks are rounded to days) and 10여 년 전.
	Approximate bool
	// Reason says why Value is empty or partial.
	Reason Reason
	// Day is the resolved day, when HasDay: the focus for what follows.
	Day    time.Time
	HasDay bool
	// Year is the resolved year, or 0.
	Year int
}

// Context is what an expression is resolved against: the document date
// and the date in focus (the last day the text named, for 이날 and 전날;
// the last year, for 이듬해).
type Context struct {
	Doc       Anchor
	Focus     time.Time
	HasFocus  bool
	FocusYear int
}

// After returns the context for the expressions after e, which resolved
// to v: a day named outright (not 이날 or 전날, which refer back) becomes
// the focus, and its year the year in focus.
func (c Context) After(e Expr, v Value) Context {
	if e.Year.Mode == Focus || e.Month.Mode == Focus || e.Day.Mode == Focus {
		return c
	}
	if v.HasDay {
		c.Focus, c.HasFocus = v.Day, true
	}
	if v.Year != 0 {
		c.FocusYear = v.Year
	}
	return c
}

// Resolve resolves e against c.
func Resolve(e Expr, c Context) Value {
	v := resolve(e, c)
	if v.Value != "" && v.Value[0] != '-' && v.Value[0] != 'T' && (v.Year < 1 || v.Year > 9999) ||
		v.HasDay && !inYears(v.Day.Year()) ||
		v.Value != "" && v.Value[0] >= '0' && v.Value[0] <= '9' && (len(v.Value) < 4 || len(v.Value) > 4 && v.Value[4] != '-') ||
		v.Period != nil && (!fourDigitYear(v.Period.Start) || !fourDigitYear(v.Period.End)) {
		return Value{Reason: Impossible}
	}
	return v
}

// inYears reports whether y is a year ISO 8601 writes with four digits.
func inYears(y int) bool { return y >= 1 && y <= 9999 }

// fourDigitYear reports whether a YYYY-MM-DD string has a year of 1-9999.
func fourDigitYear(s string) bool { return len(s) == 10 && s[0] != '-' && s[:4] != "0000" }

func resolve(e Expr, c Context) Value {
	switch {
	case e.Duration:
		return Value{Reason: Duration}
	case e.Vague:
		return Value{Reason: Vague}
	case e.Shift.Unit != NoUnit:
		return shift(e, c)
	case e.Week.Mode != None:
		return week(e, c)
	case e.Weekday.Mode != None:
		if r := need(c, 3); r != "" {
			return Value{Reason: r}
		}
		doc := c.Doc.time()
		var t time.Time
		switch e.Weekday.Mode {
		case Past:
			t = nearestWeekday(doc, e.Weekday.N, -1)
		case Future:
			t = nearestWeekday(doc, e.Weekday.N, 1)
		case This, Abs:
			t = monday(doc).AddDate(0, 0, e.Weekday.N-1)
		default:
			t = nearestWeekday(doc, e.Weekday.N, 0)
		}
		return dayOf(t, e)
	case e.Day.Mode != None || e.LastDay:
		return dayExpr(e, c)
	case e.Month.Mode != None:
		return monthExpr(e, c)
	case e.Year.Mode != None:
		return yearExpr(e, c)
	case e.Clock:
		// a time alone is on the day in focus (or the document's)
		t, r := focusDay(c)
		if r != "" {
			return Value{Value: clockValue(e.Hour, e.Minute), Reason: r}
		}
		return dayOf(t, e)
	case e.DayPart:
		// 오후 alone: that part of the day in focus, a day's value
		t, r := focusDay(c)
		if r != "" {
			return Value{Reason: Vague}
		}
		return dayOf(t, e)
	}
	return Value{Reason: Vague}
}

// need says why c cannot resolve a form that needs the document date at
// precision prec (1 year, 2 month, 3 day), or "".
func need(c Context, prec int) Reason {
	switch {
	case !c.Doc.Known():
		return NoDocumentDate
	case prec >= 2 && c.Doc.Month == 0, prec >= 3 && c.Doc.Day == 0:
		return ImpreciseDocumentDate
	}
	return ""
}

// focusDay is the day in focus, or the document date.
func focusDay(c Context) (time.Time, Reason) {
	if c.HasFocus {
		return c.Focus, ""
	}
	if r := need(c, 3); r != "" {
		return time.Time{}, r
	}
	return c.Doc.time(), ""
}

// dayOf is the value of day t, with e's clock time if any.
func dayOf(t time.Time, e Expr) Value {
	v := Value{Value: dayValue(t), Day: t, HasDay: true, Year: t.Year()}
	if e.Clock {
		at := t.Add(time.Duration(e.Hour)*time.Hour + time.Duration(e.Minute)*time.Minute)
		v.Value = at.Format("2006-01-02T15:04")
	}
	return v
}

func clockValue(h, m int) string {
	if h == 24 {
		h = 0
	}
	return fmt.Sprintf("T%02d:%02d", h, m)
}

// shift resolves 3년 전, 두 달 뒤, 2주 후, 사흘 전.
func shift(e Expr, c Context) Value {
	s := e.Shift
	n := s.N * s.Dir
	switch s.Unit {
	case Days, Weeks:
		if r := need(c, 3); r != "" {
			return Value{Reason: r}
		}
		days := n
		if s.Unit == Weeks {
			days = 7 * n
		}
		v := dayOf(c.Doc.time().AddDate(0, 0, days), e)
		v.Approximate = s.Unit == Weeks || s.About
		return v
	case Months:
		if r := need(c, 2); r != "" {
			return Value{Reason: r}
		}
		y, m := addMonths(c.Doc.Year, c.Doc.Month, n)
		v := monthValue(y, m, NoPart)
		v.Approximate = s.About
		return v
	}
	if r := need(c, 1); r != "" {
		return Value{Reason: r}
	}
	v := yearValue(c.Doc.Year+n, NoPart)
	v.Approximate = s.About
	return v
}

// week resolves 지난주, 이번 주 화요일, 다음 주 초, 지난 주말, 주말.
func week(e Expr, c Context) Value {
	if r := need(c, 3); r != "" {
		return Value{Reason: r}
	}
	doc := c.Doc.time()
	mon := monday(doc).AddDate(0, 0, 7*e.Week.N)
	if e.Week.Mode == Near && isoWeekday(doc) <= 3 {
		mon = monday(doc).AddDate(0, 0, -7) // 주말 early in the week: the one just past
	}
	if e.Weekday.Mode != None {
		return dayOf(mon.AddDate(0, 0, e.Weekday.N-1), e)
	}
	w := weekValue(mon)
	v := Value{Value: w, Period: period(mon, mon.AddDate(0, 0, 6)), Year: mon.Year()}
	switch e.Part {
	case Weekend:
		v.Value = w + "-WE"
		v.Period = period(mon.AddDate(0, 0, 5), mon.AddDate(0, 0, 6))
	case Early:
		v.Mod, v.Period = ModStart, period(mon, mon.AddDate(0, 0, 1))
	case Mid:
		v.Mod, v.Period = ModMid, period(mon.AddDate(0, 0, 2), mon.AddDate(0, 0, 3))
	case Late:
		v.Mod, v.Period = ModEnd, period(mon.AddDate(0, 0, 4), mon.AddDate(0, 0, 6))
	}
	return v
}

func period(a, b time.Time) *Period { return &Period{Start: dayValue(a), End: dayValue(b)} }

// year resolves the year field; ok is false with the reason when it
// cannot be.
func year(e Expr, c Context) (int, Reason) {
	switch e.Year.Mode {
	case Abs:
		return e.Year.N, ""
	case Rel:
		if r := need(c, 1); r != "" {
			return 0, r
		}
		return c.Doc.Year + e.Year.N, ""
	case Focus:
		switch {
		case c.FocusYear != 0:
			return c.FocusYear + e.Year.N, ""
		case c.HasFocus:
			return c.Focus.Year() + e.Year.N, ""
		}
		if r := need(c, 1); r != "" {
			return 0, r
		}
		return c.Doc.Year + e.Year.N, ""
	}
	// no year written: the document's
	if r := need(c, 1); r != "" {
		return 0, r
	}
	return c.Doc.Year, ""
}

// month resolves the year and month fields.
func month(e Expr, c Context) (int, int, Reason) {
	m := e.Month.N
	switch e.Month.Mode {
	case Past, Future:
		if r := need(c, 2); r != "" {
			return 0, 0, r
		}
		dir := -1
		if e.Month.Mode == Future {
			dir = 1
		}
		return nearestMonth(c.Doc.Year, c.Doc.Month, m, dir), m, ""
	case Rel:
		if r := need(c, 2); r != "" {
			return 0, 0, r
		}
		y, mm := addMonths(c.Doc.Year, c.Doc.Month, m)
		return y, mm, ""
	case Focus:
		t, r := focusDay(c)
		if r != "" {
			if r2 := need(c, 2); r2 != "" {
				return 0, 0, r
			}
			return c.Doc.Year, c.Doc.Month, ""
		}
		y, mm := addMonths(t.Year(), int(t.Month()), m)
		return y, mm, ""
	}
	y, r := year(e, c)
	return y, m, r
}

// dayExpr resolves forms naming a day.
func dayExpr(e Expr, c Context) Value {
	d := e.Day.N
	switch e.Day.Mode {
	case Rel:
		if r := need(c, 3); r != "" {
			return Value{Reason: r}
		}
		return dayOf(c.Doc.time().AddDate(0, 0, d), e)
	case Focus:
		t, r := focusDay(c)
		if r != "" {
			return Value{Reason: r}
		}
		return dayOf(t.AddDate(0, 0, d), e)
	case Past, Future, Near, This:
		if r := need(c, 3); r != "" {
			return Value{Reason: r}
		}
		doc := c.Doc.time()
		var t time.Time
		ok := true
		switch e.Day.Mode {
		case Past:
			t, ok = nearestDayOfMonth(doc, d, -1)
		case Future:
			t, ok = nearestDayOfMonth(doc, d, 1)
		case Near:
			t, ok = nearestDayOfMonth(doc, d, 0)
		default:
			if ok = valid(doc.Year(), int(doc.Month()), d); ok {
				t = day(doc.Year(), int(doc.Month()), d)
			}
		}
		if !ok {
			return Value{Reason: Impossible}
		}
		return dayOf(t, e)
	}
	// a day in a month: 15일 of 3월, 지난달, 지난 2월
	if e.Month.Mode == Past || e.Month.Mode == Future {
		if r := need(c, 3); r != "" {
			return Value{Reason: r}
		}
		dir := -1
		if e.Month.Mode == Future {
			dir = 1
		}
		if e.LastDay {
			y := nearestMonth(c.Doc.Year, c.Doc.Month, e.Month.N, dir)
			return dayOf(day(y, e.Month.N, lastDay(y, e.Month.N)), e)
		}
		t, ok := nearestMonthDay(c.Doc.time(), e.Month.N, d, dir)
		if !ok {
			return Value{Reason: Impossible}
		}
		return dayOf(t, e)
	}
	y, m, r := month(e, c)
	if r != "" {
		if e.Month.Mode == Abs && e.Year.Mode != Abs && !e.LastDay && valid(2000, m, d) {
			return Value{Value: fmt.Sprintf("--%02d-%02d", m, d), Reason: r}
		}
		return Value{Reason: r}
	}
	if e.LastDay {
		d = lastDay(y, m)
	}
	if !valid(y, m, d) {
		return Value{Reason: Impossible}
	}
	return dayOf(day(y, m, d), e)
}

// monthExpr resolves forms naming a month: 3월, 지난달, 다음 달 말.
func monthExpr(e Expr, c Context) Value {
	y, m, r := month(e, c)
	if r != "" {
		if e.Month.Mode == Abs && e.Year.Mode != Abs {
			return Value{Value: fmt.Sprintf("--%02d", m), Reason: r}
		}
		return Value{Reason: r}
	}
	return monthValue(y, m, e.Part)
}

// monthValue is month y-m, or its 초 (1-10), 중순 (11-20) or 말 (21-).
func monthValue(y, m int, p Part) Value {
	first, last := day(y, m, 1), day(y, m, lastDay(y, m))
	v := Value{Value: fmt.Sprintf("%04d-%02d", y, m), Period: period(first, last), Year: y}
	switch p {
	case Early:
		v.Mod, v.Period = ModStart, period(first, day(y, m, 10))
	case Mid:
		v.Mod, v.Period = ModMid, period(day(y, m, 11), day(y, m, 20))
	case Late:
		v.Mod, v.Period = ModEnd, period(day(y, m, 21), last)
	}
	return v
}

// partMonths are the first and last months of the halves and quarters.
var partMonths = map[Part][2]int{H1: {1, 6}, H2: {7, 12}, Q1: {1, 3}, Q2: {4, 6}, Q3: {7, 9}, Q4: {10, 12}}

// yearExpr resolves forms naming a year or a part of one.
func yearExpr(e Expr, c Context) Value {
	if e.Year.Mode == Past || e.Year.Mode == Future {
		// 지난 상반기, 오는 4분기: the nearest such part before or after
		if r := need(c, 2); r != "" {
			return Value{Reason: r}
		}
		pm := partMonths[e.Part]
		y := c.Doc.Year
		switch {
		case e.Year.Mode == Past && pm[1] >= c.Doc.Month:
			y--
		case e.Year.Mode == Future && pm[0] <= c.Doc.Month:
			y++
		}
		return yearValue(y, e.Part)
	}
	y, r := year(e, c)
	if r != "" {
		return Value{Reason: r}
	}
	return yearValue(y, e.Part)
}

// yearValue is year y or a part of it. Parts of a year by convention: 초
// January-February, 중반 May-August, 말 November-December.
func yearValue(y int, p Part) Value {
	v := Value{Value: fmt.Sprintf("%04d", y), Period: period(day(y, 1, 1), day(y, 12, 31)), Year: y}
	if pm, ok := partMonths[p]; ok {
		name := map[Part]string{H1: "H1", H2: "H2", Q1: "Q1", Q2: "Q2", Q3: "Q3", Q4: "Q4"}[p]
		v.Value += "-" + name
		v.Period = period(day(y, pm[0], 1), day(y, pm[1], lastDay(y, pm[1])))
		return v
	}
	switch p {
	case Early:
		v.Mod, v.Period = ModStart, period(day(y, 1, 1), day(y, 2, lastDay(y, 2)))
	case Mid:
		v.Mod, v.Period = ModMid, period(day(y, 5, 1), day(y, 8, 31))
	case Late:
		v.Mod, v.Period = ModEnd, period(day(y, 11, 1), day(y, 12, 31))
	}
	return v
}
