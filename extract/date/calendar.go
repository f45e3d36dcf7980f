package date

import (
	"fmt"
	"time"
)

// The calendar arithmetic of resolution, on days at midnight UTC.

// day is the time of y-m-d; out-of-range parts normalize as time.Date
// does, so callers check with valid first where the text gave the parts.
func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// valid reports whether y-m-d is a day of the calendar (1 ≤ m ≤ 12 and d
// within the month, 29 February in leap years only).
func valid(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := day(y, m, d)
	return t.Year() == y && int(t.Month()) == m && t.Day() == d
}

// lastDay is the number of days of month m of year y.
func lastDay(y, m int) int { return day(y, m+1, 0).Day() }

// addMonths moves the month y-m by n months.
func addMonths(y, m, n int) (int, int) {
	t := day(y, m+n, 1)
	return t.Year(), int(t.Month())
}

// nearestDayOfMonth is the nearest day numbered d (1-31) strictly before t
// (dir < 0), strictly after it (dir > 0), or either way (dir == 0; t itself
// when its day is d, the earlier of two at the same distance). Months
// without a day d are skipped (지난 31일 on 5 March is 31 January).
func nearestDayOfMonth(t time.Time, d, dir int) (time.Time, bool) {
	if d < 1 || d > 31 {
		return time.Time{}, false
	}
	if dir == 0 {
		if t.Day() == d {
			return t, true
		}
		before, ok1 := nearestDayOfMonth(t, d, -1)
		after, ok2 := nearestDayOfMonth(t, d, 1)
		switch {
		case !ok1:
			return after, ok2
		case !ok2:
			return before, true
		case after.Sub(t) < t.Sub(before):
			return after, true
		}
		return before, true
	}
	y, m := t.Year(), int(t.Month())
	step := 1
	if dir < 0 {
		step = -1
	}
	// a day 29-31 exists in at least one month of any three in a row
	for k := 0; k <= 3; k++ {
		yy, mm := addMonths(y, m, step*k)
		if !valid(yy, mm, d) {
			continue
		}
		c := day(yy, mm, d)
		if dir < 0 && c.Before(t) || dir > 0 && c.After(t) {
			return c, true
		}
	}
	return time.Time{}, false
}

// nearestMonth is the nearest month numbered m strictly before the month
// y-cur (dir < 0) or strictly after it (dir > 0); dir == 0 is year y.
func nearestMonth(y, cur, m, dir int) int {
	switch {
	case dir < 0 && m >= cur:
		return y - 1
	case dir > 0 && m <= cur:
		return y + 1
	}
	return y
}

// nearestMonthDay is the nearest day m-d strictly before t (dir < 0) or
// strictly after it (dir > 0): 지난 2월 15일, 오는 3월 1일. A 29 February
// is looked for up to 8 years away.
func nearestMonthDay(t time.Time, m, d, dir int) (time.Time, bool) {
	step := 1
	if dir < 0 {
		step = -1
	}
	for k := 0; k <= 8; k++ {
		y := t.Year() + step*k
		if !valid(y, m, d) {
			continue
		}
		c := day(y, m, d)
		if dir < 0 && c.Before(t) || dir > 0 && c.After(t) {
			return c, true
		}
	}
	return time.Time{}, false
}

// isoWeekday is t's weekday numbered as ISO 8601 does: 1 Monday … 7 Sunday.
func isoWeekday(t time.Time) int {
	if w := int(t.Weekday()); w != 0 {
		return w
	}
	return 7
}

// monday is the Monday of t's ISO week.
func monday(t time.Time) time.Time { return t.AddDate(0, 0, 1-isoWeekday(t)) }

// nearestWeekday is the nearest day of ISO weekday wd strictly before t
// (dir < 0), strictly after it (dir > 0), or either way (dir == 0: t when
// it is that weekday; the earlier of two three and four days away is the
// nearer).
func nearestWeekday(t time.Time, wd, dir int) time.Time {
	diff := wd - isoWeekday(t) // -6 … 6
	switch {
	case dir < 0:
		if diff >= 0 {
			diff -= 7
		}
	case dir > 0:
		if diff <= 0 {
			diff += 7
		}
	default:
		if diff > 3 {
			diff -= 7
		} else if diff < -3 {
			diff += 7
		}
	}
	return t.AddDate(0, 0, diff)
}

// weekValue is the ISO 8601 week of t: 2016-W44.
func weekValue(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// dayValue is t as YYYY-MM-DD.
func dayValue(t time.Time) string { return t.Format("2006-01-02") }
