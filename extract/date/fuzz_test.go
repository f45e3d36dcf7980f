package date

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// FuzzRead reads every expression of random text, strictly and loosely,
// against several document dates, and checks that each lies within the
// words read, that its parts are in order, and that every value and period
// is a possible date in the form its precision says.
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		"정부는 지난 15일 발표했다.", "오는 20일 회의가 열린다.", "이날 오후 3시 발표했다.", "지난 일요일",
		"3년 전 시작됐다.", "두 달 뒤 끝난다.", "2주 후", "연말까지", "지난해 말", "2월 30일", "지난 31일",
		"다음 주 초", "이번 주말", "밤 12시", "10여년 전", "몇 년 전", "9999년 후", "9999일 뒤", "다음 날",
		"올 8월 중순", "지난 상반기", "2016년 2월 29일", "내년 2월 29일 오전 12시 30분", "15일 5시", "주말",
	} {
		f.Add(s, uint8(0))
	}
	anchors := []string{"2016-11-07", "2016-02-29", "2017-01-01", "2020-12-31", "2016-11", "2016", "", "9999-12-31", "1000-01-01"}
	f.Fuzz(func(t *testing.T, text string, which uint8) {
		if len(text) > 2000 {
			return
		}
		doc, err := Parse(anchors[int(which)%len(anchors)])
		if err != nil {
			t.Fatal(err)
		}
		ws := testWords(text)
		for _, how := range []Reading{Strict, Loose} {
			c := Context{Doc: doc}
			for i := 0; i < len(ws); {
				e, n := Read(ws, i, how)
				if n == 0 {
					i++
					continue
				}
				if n < 0 || i+n > len(ws) {
					t.Fatalf("%q: read %d words at %d of %d", text, n, i, len(ws))
				}
				if e.Start != ws[i].Start || e.End > ws[i+n-1].End || e.End <= e.Start {
					t.Fatalf("%q: span [%d,%d) outside words [%d,%d)", text, e.Start, e.End, ws[i].Start, ws[i+n-1].End)
				}
				if e.DateEnd > 0 && !(e.Start < e.DateEnd && e.DateEnd <= e.TimeStart && e.TimeStart < e.End) {
					t.Fatalf("%q: date and time parts out of order: %+v", text, e)
				}
				i += n
				v := Resolve(e, c)
				c = c.After(e, v)
				if err := checkValue(v); err != nil {
					t.Fatalf("%q: %v", text, err)
				}
				if v.Value == "" && v.Reason == "" {
					t.Fatalf("%q: no value and no reason", text)
				}
			}
		}
	})
}

var (
	reYear     = regexp.MustCompile(`^\d{4}$`)
	reMonth    = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	reDay      = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	reDateTime = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$`)
	reWeek     = regexp.MustCompile(`^(\d{4})-W(\d{2})(-WE)?$`)
	rePart     = regexp.MustCompile(`^\d{4}-(H[12]|Q[1-4])$`)
	rePartial  = regexp.MustCompile(`^--(\d{2})(-(\d{2}))?$|^T([01]\d|2[0-3]):[0-5]\d$`)
)

// checkValue reports a value or period that is not a possible date.
func checkValue(v Value) error {
	s := v.Value
	switch {
	case s == "":
	case reYear.MatchString(s), rePart.MatchString(s):
	case reMonth.MatchString(s):
		if m, _ := strconv.Atoi(s[5:]); m < 1 || m > 12 {
			return fmt.Errorf("impossible month %s", s)
		}
	case reDay.MatchString(s):
		if _, err := time.Parse("2006-01-02", s); err != nil {
			return fmt.Errorf("impossible day %s: %w", s, err)
		}
	case reDateTime.MatchString(s):
		if _, err := time.Parse("2006-01-02T15:04", s); err != nil {
			return fmt.Errorf("impossible date-time %s: %w", s, err)
		}
	case reWeek.MatchString(s):
		m := reWeek.FindStringSubmatch(s)
		y, _ := strconv.Atoi(m[1])
		w, _ := strconv.Atoi(m[2])
		// the week exists when its Thursday is in year y
		thu := day(y, 1, 4)
		thu = monday(thu).AddDate(0, 0, 7*(w-1)+3)
		if w < 1 || thu.Year() != y {
			return fmt.Errorf("impossible week %s", s)
		}
	case rePartial.MatchString(s):
		if strings.HasPrefix(s, "--") {
			m := rePartial.FindStringSubmatch(s)
			mo, _ := strconv.Atoi(m[1])
			d := 1
			if m[3] != "" {
				d, _ = strconv.Atoi(m[3])
			}
			if !valid(2000, mo, d) {
				return fmt.Errorf("impossible partial date %s", s)
			}
		}
	default:
		return fmt.Errorf("value %q in no known form", s)
	}
	if p := v.Period; p != nil {
		a, err1 := time.Parse("2006-01-02", p.Start)
		b, err2 := time.Parse("2006-01-02", p.End)
		if err1 != nil || err2 != nil || b.Before(a) {
			return fmt.Errorf("bad period %+v", *p)
		}
	}
	return nil
}
