package date

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The property tests compare the calendar arithmetic with Go's time
// package, stepping a day at a time, over random days of 1896-2104 (leap
// and non-leap centuries, month ends, 29 February, weeks that cross years)
// and the boundary days of every month of a few years.

func randomDay(r *rand.Rand) time.Time {
	return day(1896, 1, 1).AddDate(0, 0, r.IntN(76000))
}

// testDays are random days plus the first and last days of every month of
// 2015-2017 and 1900, 2000 and 2100 (leap rules of centuries).
func testDays(n int) []time.Time {
	r := rand.New(rand.NewPCG(20, 16))
	var out []time.Time
	for range n {
		out = append(out, randomDay(r))
	}
	for _, y := range []int{1900, 2000, 2015, 2016, 2017, 2100} {
		for m := 1; m <= 12; m++ {
			out = append(out, day(y, m, 1), day(y, m+1, 0), day(y, m, 15))
		}
	}
	return out
}

func TestPropertyValidAndLastDay(t *testing.T) {
	for _, d := range testDays(300) {
		y, m := d.Year(), int(d.Month())
		n := 0
		for c := day(y, m, 1); int(c.Month()) == m; c = c.AddDate(0, 0, 1) {
			n++
		}
		require.Equal(t, n, lastDay(y, m), "%d-%02d", y, m)
		for dd := 1; dd <= 31; dd++ {
			require.Equal(t, dd <= n, valid(y, m, dd), "%d-%02d-%02d", y, m, dd)
		}
		require.False(t, valid(y, 0, 1))
		require.False(t, valid(y, 13, 1))
	}
}

func TestPropertyNearestDayOfMonth(t *testing.T) {
	for _, ref := range testDays(400) {
		for _, d := range []int{1, 15, 28, 29, 30, 31} {
			for _, dir := range []int{-1, 0, 1} {
				got, ok := nearestDayOfMonth(ref, d, dir)
				require.True(t, ok)
				require.Equal(t, bruteDayOfMonth(ref, d, dir), got, "%s day %d dir %d", dayValue(ref), d, dir)
			}
		}
	}
	_, ok := nearestDayOfMonth(day(2016, 1, 1), 32, -1)
	assert.False(t, ok)
}

// bruteDayOfMonth steps from ref a day at a time.
func bruteDayOfMonth(ref time.Time, d, dir int) time.Time {
	if dir == 0 {
		for k := 0; ; k++ {
			if b := ref.AddDate(0, 0, -k); b.Day() == d {
				return b
			}
			if a := ref.AddDate(0, 0, k); a.Day() == d {
				return a
			}
		}
	}
	for k := 1; ; k++ {
		if c := ref.AddDate(0, 0, dir*k); c.Day() == d {
			return c
		}
	}
}

func TestPropertyNearestMonthDay(t *testing.T) {
	for _, ref := range testDays(150) {
		for _, md := range [][2]int{{2, 29}, {1, 1}, {12, 31}, {3, 15}} {
			for _, dir := range []int{-1, 1} {
				got, ok := nearestMonthDay(ref, md[0], md[1], dir)
				require.True(t, ok)
				var want time.Time
				for k := 1; ; k++ {
					if c := ref.AddDate(0, 0, dir*k); int(c.Month()) == md[0] && c.Day() == md[1] {
						want = c
						break
					}
				}
				require.Equal(t, want, got, "%s %v dir %d", dayValue(ref), md, dir)
			}
		}
	}
}

func TestPropertyWeeks(t *testing.T) {
	for _, ref := range testDays(500) {
		mon := monday(ref)
		require.Equal(t, time.Monday, mon.Weekday())
		y1, w1 := ref.ISOWeek()
		y2, w2 := mon.ISOWeek()
		require.Equal(t, [2]int{y1, w1}, [2]int{y2, w2}, dayValue(ref))
		require.Less(t, ref.Sub(mon), 7*24*time.Hour)
		require.Equal(t, int(ref.Weekday()+6)%7+1, isoWeekday(ref))
		for wd := 1; wd <= 7; wd++ {
			for _, dir := range []int{-1, 0, 1} {
				got := nearestWeekday(ref, wd, dir)
				require.Equal(t, wd, isoWeekday(got))
				var want time.Time
				if dir == 0 {
					for k := 0; ; k++ {
						if b := ref.AddDate(0, 0, -k); isoWeekday(b) == wd {
							want = b
							break
						}
						if a := ref.AddDate(0, 0, k); isoWeekday(a) == wd {
							want = a
							break
						}
					}
				} else {
					for k := 1; ; k++ {
						if c := ref.AddDate(0, 0, dir*k); isoWeekday(c) == wd {
							want = c
							break
						}
					}
				}
				require.Equal(t, want, got, "%s weekday %d dir %d", dayValue(ref), wd, dir)
			}
		}
	}
	// weeks that cross years
	assert.Equal(t, "2020-W53", weekValue(day(2021, 1, 1)))
	assert.Equal(t, "2020-W01", weekValue(day(2019, 12, 30)))
	assert.Equal(t, "2016-W52", weekValue(day(2017, 1, 1)))
}

func TestPropertyMonths(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	for _, ref := range testDays(300) {
		n := r.IntN(400) - 200
		y, m := addMonths(ref.Year(), int(ref.Month()), n)
		want := ref.AddDate(0, 0, 1-ref.Day()) // the first of the month
		step := 1
		if n < 0 {
			step = -1
		}
		for k := 0; k != n; k += step {
			if step > 0 {
				want = want.AddDate(0, 0, lastDay(want.Year(), int(want.Month())))
			} else {
				want = want.AddDate(0, 0, -1)
				want = want.AddDate(0, 0, 1-want.Day())
			}
		}
		require.Equal(t, [2]int{want.Year(), int(want.Month())}, [2]int{y, m}, "%s %+d months", dayValue(ref), n)
	}
}

// TestPropertyShifts resolves N일 전/후, N주 뒤, N개월 전 and N년 후
// against random document dates and compares with time.AddDate.
func TestPropertyShifts(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, ref := range testDays(300) {
		doc := Context{Doc: Anchor{ref.Year(), int(ref.Month()), ref.Day()}}
		n := r.IntN(999) + 1
		dir := []int{-1, 1}[r.IntN(2)]
		for _, u := range []Unit{Days, Weeks, Months, Years} {
			v := Resolve(Expr{Shift: Shift{N: n, Unit: u, Dir: dir}}, doc)
			var want string
			switch u {
			case Days:
				want = dayValue(ref.AddDate(0, 0, dir*n))
			case Weeks:
				want = dayValue(ref.AddDate(0, 0, 7*dir*n))
			case Months:
				want = ref.AddDate(0, 0, 1-ref.Day()).AddDate(0, dir*n, 0).Format("2006-01")
			case Years:
				want = ref.AddDate(dir*n, 0, 0).Format("2006")
			}
			require.Equal(t, want, v.Value, "%s %d %s × %d", dayValue(ref), n, u, dir)
		}
	}
}
