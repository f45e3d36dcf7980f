package date

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// ErrInvalid is wrapped by the error for a document date that is not a
// date: a wrong layout (2020/01/01) or an impossible day (2025-02-30).
var ErrInvalid = errors.New("invalid date")

// Anchor is a document date, the date relative dates are resolved
// against. Its precision is that of the text it was parsed from: Month and
// Day are 0 when not given.
type Anchor struct {
	Year, Month, Day int
}

// Known reports whether the anchor holds a date.
func (a Anchor) Known() bool { return a.Year != 0 }

// time returns the anchor's day; it must have day precision.
func (a Anchor) time() time.Time { return day(a.Year, a.Month, a.Day) }

// String is the anchor in ISO 8601 at its precision, or "".
func (a Anchor) String() string {
	switch {
	case a.Day != 0:
		return fmt.Sprintf("%04d-%02d-%02d", a.Year, a.Month, a.Day)
	case a.Month != 0:
		return fmt.Sprintf("%04d-%02d", a.Year, a.Month)
	case a.Year != 0:
		return fmt.Sprintf("%04d", a.Year)
	}
	return ""
}

// dateTimeLayouts are the RFC 3339 date-times (and the common variants
// without a zone or seconds, or with a space for the T) that Parse accepts;
// the date as written is kept, whatever the zone.
var dateTimeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
}

// Parse reads a document date: YYYY-MM-DD, YYYY-MM or YYYY (years 1000 to
// 9999), or an RFC 3339 date-time (2016-11-07T09:30:00+09:00), whose date
// is taken as written. Surrounding spaces are ignored; the empty string is
// the zero Anchor and no error. Anything else, including impossible days
// such as 2025-02-30 and months such as 2025-13, is an error wrapping
// ErrInvalid.
func Parse(s string) (Anchor, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Anchor{}, nil
	}
	for _, l := range []struct {
		layout string
		prec   int
	}{{"2006-01-02", 3}, {"2006-01", 2}, {"2006", 1}} {
		if len(s) != len(l.layout) {
			continue
		}
		t, err := time.Parse(l.layout, s)
		if err != nil {
			return Anchor{}, invalid(s, err)
		}
		return anchorOf(t, l.prec)
	}
	for _, layout := range dateTimeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return anchorOf(t, 3)
		}
	}
	return Anchor{}, invalid(s, nil)
}

func anchorOf(t time.Time, prec int) (Anchor, error) {
	if t.Year() < 1000 {
		return Anchor{}, fmt.Errorf("date %q: year before 1000: %w", t.Format("2006"), ErrInvalid)
	}
	a := Anchor{Year: t.Year()}
	if prec >= 2 {
		a.Month = int(t.Month())
	}
	if prec >= 3 {
		a.Day = t.Day()
	}
	return a, nil
}

func invalid(s string, err error) error {
	const want = "want YYYY-MM-DD, YYYY-MM, YYYY or an RFC 3339 date-time"
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	if err != nil {
		var pe *time.ParseError
		if errors.As(err, &pe) && pe.Message != "" {
			return fmt.Errorf("date %q%s (%s): %w", s, pe.Message, want, ErrInvalid)
		}
	}
	return fmt.Errorf("date %q: %s: %w", s, want, ErrInvalid)
}
