package date

// Mode says how a calendar field of an Expr is given.
type Mode uint8

// Modes of a Field.
const (
	// None: the text does not give the field.
	None Mode = iota
	// Abs: the number as written (2016년, 3월, 15일, 일요일).
	Abs
	// Rel: an offset N from the document date (지난해 -1, 다음 달 +1,
	// 어제 -1, 지난주 -1).
	Rel
	// Focus: an offset N from the date in focus (이날 0, 전날 -1, 이듬해
	// +1).
	Focus
	// Past: the nearest such day, month or weekday before the document
	// date (지난 15일, 지난 2월, 지난 일요일).
	Past
	// Future: the nearest after it (오는 20일, 오는 3월, 다음 일요일).
	Future
	// This: the one in the document date's month or week (이번 15일, 이번
	// 일요일).
	This
	// Near: the nearest either way (a bare 15일 or 일요일 in loose reading).
	Near
)

// Field is one calendar field of an expression: its mode and number (the
// year, month, day or ISO weekday for Abs, Past, Future, This and Near;
// the offset for Rel and Focus).
type Field struct {
	Mode Mode
	N    int
}

// Unit is a unit of time counted by a shift or a duration.
type Unit uint8

// Units of Shift.
const (
	NoUnit Unit = iota
	Days
	Weeks
	Months
	Years
)

// String is the unit's name as amounts write it (day, week, month, year).
func (u Unit) String() string {
	return [...]string{"", "day", "week", "month", "year"}[u]
}

// Shift is a count of units before or after the document date: 3년 전,
// 두 달 뒤, 2주 후.
type Shift struct {
	N    int
	Unit Unit
	// Dir is -1 for 전 (before) and +1 for 후 or 뒤 (after).
	Dir int
	// About is set by 여 (10여 년 전): at least N.
	About bool
}

// Part is a part of a year, month or week.
type Part uint8

// Parts.
const (
	NoPart Part = iota
	H1          // 상반기
	H2          // 하반기
	Q1          // 1분기
	Q2
	Q3
	Q4
	Early   // 초, 연초, 상순, 월초, 주초
	Mid     // 중순, 중반
	Late    // 말, 연말, 하순, 월말
	Weekend // 주말
	Whole   // 연중, 연내: the whole year
)

// Expr is what the text of one date or time says, before resolution.
type Expr struct {
	// Start and End are the offsets of the expression, taken from the
	// words it was read from.
	Start, End int
	// DateEnd and TimeStart split an expression holding both a date and a
	// clock time (이날 오후 3시) into its two parts; both are 0 otherwise.
	DateEnd, TimeStart int

	Year, Month, Week, Day Field
	// Weekday is an ISO weekday, 1 Monday … 7 Sunday, when N > 0.
	Weekday Field
	// LastDay is set by 말일, the month's last day.
	LastDay bool
	Part    Part
	Shift   Shift

	// Clock is set when the text gives an hour (오후 3시, 15시 30분):
	// Hour 0-24 and Minute 0-59.
	Clock        bool
	Hour, Minute int
	// DayPart is set by 오전, 오후, 새벽, 아침, 낮, 저녁, 밤 without an hour.
	DayPart bool

	// Duration marks a length of time rather than a date (두 달 동안,
	// 3년간, 지난 3년, 3년 만에): not a date at all; Shift holds the count.
	Duration bool
	// Vague marks counts that are not numbers (몇 년 전, 수일 전).
	Vague bool
}

// HasDate reports whether the expression names a date (anything but a
// clock time alone).
func (e Expr) HasDate() bool {
	return e.Year.Mode != None || e.Month.Mode != None || e.Week.Mode != None ||
		e.Day.Mode != None || e.Weekday.Mode != None || e.Part != NoPart || e.Shift.Unit != NoUnit
}

// DateOnly is the expression without its clock time.
func (e Expr) DateOnly() Expr {
	if e.DateEnd > 0 {
		e.End = e.DateEnd
	}
	e.DateEnd, e.TimeStart = 0, 0
	e.Clock, e.DayPart, e.Hour, e.Minute = false, false, 0, 0
	return e
}

// TimeOnly is the clock part of an expression that holds both, keeping the
// date it is joined to: 오후 3시 of 이날 오후 3시 is still on 이날.
func (e Expr) TimeOnly() Expr {
	if e.DateEnd > 0 {
		e.Start = e.TimeStart
	}
	e.DateEnd, e.TimeStart = 0, 0
	return e
}
