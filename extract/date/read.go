package date

import (
	"strings"
	"unicode/utf8"
)

// Word is one word of the text as Read sees it: an eojeol with the particle
// that ends it split off (Stem), and its offsets in the caller's units.
type Word struct {
	// Text is the whole word; Stem is the word without its particle (the
	// same as Text when there is none).
	Text, Stem string
	// Start and End delimit Text, StemEnd ends Stem: byte offsets into
	// the caller's text (a few bytes may be cut off the end of a word).
	Start, End, StemEnd int
	// Spaced is true when only whitespace separates the word from the one
	// before it (no punctuation).
	Spaced bool
}

// Reading says how freely Read takes forms that are dates only in context.
type Reading uint8

// Readings.
const (
	// Strict reads only forms that are dates wherever they stand: a bare
	// 15일 or 일요일 is left alone.
	Strict Reading = iota
	// Loose also reads a bare day of the month (15일), weekday, weekend,
	// year part (연말), part of a day (오후) and hour (5시): for text already
	// known to be a date or time, such as a tagger's span.
	Loose
)

// maxWords bounds the words of one expression.
const maxWords = 8

// Window is the most words Read looks at from its first: a caller may pass
// it words[i:i+Window] alone.
const Window = maxWords + 2

// Read reads the date or time that starts at words[i] and returns it and
// the number of words it covers, 0 when there is none. A duration (두 달
// 동안) is returned with Duration set. Read looks at no more than a few
// words from i, so reading every word of a text is linear.
func Read(words []Word, i int, how Reading) (Expr, int) {
	if i < 0 || i >= len(words) || !MayStart(words[i]) {
		return Expr{}, 0
	}
	r := reader{w: words, i: i, k: i, loose: how == Loose}
	if !r.read() || r.k == i {
		return Expr{}, 0
	}
	return r.e, r.k - i
}

// startWords are the words an expression may begin with, whole or as a
// stem (the start index, starts, holds them by first syllable).
// Expressions also begin with a digit or a count word (두달, 이틀째, 수년).
var startWords = func() map[string]bool {
	words := map[string]bool{}
	for _, m := range []map[string]Field{yearWords, monthWords, weekWords, dayWords} {
		for w := range m {
			words[w] = true
		}
	}
	for w := range prefixes {
		words[w] = true
	}
	for w := range standaloneParts {
		words[w] = true
	}
	for w := range weekdays {
		words[w] = true
	}
	for w := range nativeCounts {
		words[w] = true
	}
	for w := range dayParts {
		words[w] = true
	}
	for w := range holidays {
		words[w] = true
	}
	for w := range demonstratives {
		words[w] = true
	}
	return words
}()

// MayStart is Read's quick test of the first word: false when no
// expression can start with w. The word is tested against the start and
// count words of its first syllable only (see startIndex).
func MayStart(w Word) bool {
	if w.Text == "" {
		return false
	}
	if w.Text[0] >= '0' && w.Text[0] <= '9' {
		return true
	}
	g := starts.of(w.Text)
	if g == nil {
		return false
	}
	if g.has(w.Text) || starts.isStartWord(w.Stem) {
		return true
	}
	_, _, _, _, ok := g.nativeCountPrefix(w.Text)
	return ok
}

// reader is the state of one Read.
type reader struct {
	w     []Word
	i, k  int // first word, next word
	e     Expr
	loose bool
	// ended is set once a word was taken with a particle: the phrase ends.
	ended bool
	pre   Mode // the prefix (지난, 오는, 이번, 다음) not yet used
}

// more reports whether word k may continue the expression.
func (r *reader) more() bool {
	return !r.ended && r.k < len(r.w) && r.k-r.i < maxWords && (r.k == r.i || r.w[r.k].Spaced)
}

// forms returns the next word's whole text and stem.
func (r *reader) forms() (string, string) {
	w := r.w[r.k]
	return w.Text, w.Stem
}

// take adds word k, whole or as its stem (then ending the expression).
func (r *reader) take(whole bool) { r.takeCut(whole, 0) }

// takeCut adds word k without its last cut bytes (경, 께, 쯤 after a day or
// hour are left out of the span, as qualifiers are left out of amounts),
// which then ends the expression.
func (r *reader) takeCut(whole bool, cut int) {
	w := r.w[r.k]
	if r.k == r.i {
		r.e.Start = w.Start
	}
	r.e.End = w.End
	if !whole && w.Stem != w.Text && w.Stem != "" {
		r.e.End = w.StemEnd
		r.ended = true
	}
	if cut > 0 && r.e.End-cut > w.Start {
		r.e.End -= cut
		r.ended = true
	}
	r.k++
}

// lookup finds the next word in m, whole or as its stem.
func lookup[V any](r *reader, m map[string]V) (v V, whole, ok bool) {
	if !r.more() {
		return v, false, false
	}
	text, stem := r.forms()
	if v, ok = m[text]; ok {
		return v, true, true
	}
	if stem != text && stem != "" {
		if v, ok = m[stem]; ok {
			return v, false, true
		}
	}
	return v, false, false
}

// numberUnit reads the next word (whole, or its stem) as digits followed
// by unit: 15일, 2016년. about is set by 여 between them (10여년); cut is
// the length of 경, 께 or 쯤 after the unit, to leave out of the span.
func (r *reader) numberUnit(unit string) (n int, whole, about bool, cut int, ok bool) {
	if !r.more() {
		return 0, false, false, 0, false
	}
	text, stem := r.forms()
	if n, about, cut, ok = digitsUnit(text, unit); ok {
		return n, true, about, cut, true
	}
	if stem != text && stem != "" {
		if n, about, cut, ok = digitsUnit(stem, unit); ok {
			return n, false, about, cut, true
		}
	}
	return 0, false, false, 0, false
}

// digitsUnit parses w as 1-4 digits, an optional 여, and unit, with 경,
// 께 or 쯤 after it (18일경).
func digitsUnit(w, unit string) (n int, about bool, cut int, ok bool) {
	w, cut = cutApprox(w)
	rest, ok := strings.CutSuffix(w, unit)
	if !ok {
		return 0, false, 0, false
	}
	rest, about = strings.CutSuffix(rest, "여")
	n, ok = digits(rest)
	return n, about, cut, ok
}

// cutApprox removes 경, 께 or 쯤 (about) from the end of w and says how many
// bytes it removed.
func cutApprox(w string) (string, int) {
	for _, approx := range []string{"경", "께", "쯤"} {
		if b, ok := strings.CutSuffix(w, approx); ok {
			return b, len(approx)
		}
	}
	return w, 0
}

// digits parses 1-4 ASCII digits.
func digits(s string) (int, bool) {
	if s == "" || len(s) > 4 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// save and restore let a reading be undone.
type mark struct {
	k     int
	e     Expr
	ended bool
	pre   Mode
}

func (r *reader) save() mark     { return mark{r.k, r.e, r.ended, r.pre} }
func (r *reader) restore(m mark) { r.k, r.e, r.ended, r.pre = m.k, m.e, m.ended, m.pre }

// read reads the whole expression; false when there is none.
func (r *reader) read() bool {
	if p, ok := prefixes[r.w[r.k].Text]; ok && r.k+1 < len(r.w) && r.w[r.k+1].Spaced {
		r.pre = p
		r.take(true)
	}
	start := r.save()
	if r.count() {
		return true
	}
	r.restore(start)
	r.year()
	switch {
	case r.loose && r.pre == None && r.holiday():
	case r.month():
		r.day()
		r.monthPart()
	case r.e.Year.Mode == None && r.week():
		r.weekday(Abs)
		r.weekPart()
	case r.e.Year.Mode == None && r.dayWord():
	case r.e.Year.Mode == None && r.pre != None && r.weekday(r.pre):
	case r.e.Year.Mode == None && r.pre == None && r.loose && r.weekday(Near):
	case r.e.Year.Mode == None && r.bareDay():
	case r.e.Year.Mode == None && r.standalonePart():
	default:
		if r.e.Year.Mode != None || r.pre != None && r.prefixedYearPart() {
			r.yearPart()
		}
	}
	if !r.e.HasDate() {
		r.restore(start)
		if r.k != r.i { // a prefix alone is no date
			return false
		}
	}
	if r.e.Year.Mode == Rel && r.e.Month.Mode == None && r.e.Part == NoPart && r.w[r.i].Text == "올" {
		return false // 올 is 올해 only before a month or part (올 3월, 올 상반기)
	}
	dateEnd, timeAt := r.e.End, r.k
	if r.clock() && r.e.HasDate() {
		r.e.DateEnd, r.e.TimeStart = dateEnd, r.w[timeAt].Start
	}
	return r.e.HasDate() || r.e.Clock || r.e.DayPart
}

// year reads 2016년, 올해, 지난해, 지난 해, 그 해.
func (r *reader) year() bool {
	if f, whole, ok := lookup(r, yearWords); ok {
		r.e.Year = f
		r.take(whole)
		return true
	}
	if n, whole, _, cut, ok := r.numberUnit("년"); ok && n >= 1000 {
		r.e.Year = Field{Abs, n}
		r.pre = None
		r.takeCut(whole, cut)
		return true
	}
	return r.spaced(Years, func(f Field) { r.e.Year = f })
}

// spaced reads the two-word forms: a prefix or demonstrative and a unit
// word (지난 달, 다음 주, 같은 날, 그 해).
func (r *reader) spaced(u Unit, set func(Field)) bool {
	if !r.more() {
		return false
	}
	m := r.save()
	var f Field
	switch {
	case r.pre == Past:
		f = Field{Rel, -1}
	case r.pre == Future:
		f = Field{Rel, 1}
	case r.pre == This:
		f = Field{Rel, 0}
	default:
		text, _ := r.forms()
		if !demonstratives[text] || r.k+1 >= len(r.w) || !r.w[r.k+1].Spaced {
			return false
		}
		if text == "이" && u != Days {
			return false // 이 달, 이 주 are rare and 이 is often a numeral
		}
		r.take(true)
		f = Field{Focus, 0}
	}
	if got, whole, ok := lookup(r, spacedUnits); ok && got == u {
		if u == Days && f.Mode == Rel {
			if f.N != 1 {
				r.restore(m)
				return false // 지난 날 is the past, not a day
			}
			f.Mode = Focus // 다음 날 is the day after the one in focus
		}
		r.take(whole)
		set(f)
		r.pre = None
		return true
	}
	r.restore(m)
	return false
}

// holiday reads (loose) 광복절, 올해 성탄절: that day of the year.
func (r *reader) holiday() bool {
	md, whole, ok := lookup(r, holidays)
	if !ok {
		return false
	}
	r.e.Month, r.e.Day = Field{Abs, md[0]}, Field{Abs, md[1]}
	r.take(whole)
	return true
}

// month reads 3월 (지난 3월, 오는 3월), 지난달, 이달, 다음 달.
func (r *reader) month() bool {
	if n, whole, _, cut, ok := r.numberUnit("월"); ok && n >= 1 && n <= 12 {
		mode := Abs
		if r.e.Year.Mode == None && r.pre != None {
			mode = r.pre
		}
		r.e.Month = Field{mode, n}
		r.pre = None
		r.takeCut(whole, cut)
		return true
	}
	if r.e.Year.Mode != None {
		return false
	}
	if f, whole, ok := lookup(r, monthWords); ok {
		r.e.Month = f
		r.take(whole)
		return true
	}
	return r.spaced(Months, func(f Field) { r.e.Month = f })
}

// day reads the day after a month: 15일, 말일.
func (r *reader) day() bool {
	if n, whole, _, cut, ok := r.numberUnit("일"); ok && n >= 1 && n <= 31 {
		if r.nextIsShift() {
			return false
		}
		r.e.Day = Field{Abs, n}
		r.takeCut(whole, cut)
		return true
	}
	if _, whole, ok := lookup(r, lastDayWords); ok {
		r.e.LastDay = true
		r.take(whole)
		return true
	}
	return false
}

// nextIsShift reports whether the word after the next is 전, 후 or 뒤 (15일
// 전 is fifteen days before, not the 15th).
func (r *reader) nextIsShift() bool {
	k := r.k + 1
	if k >= len(r.w) || !r.w[k].Spaced {
		return false
	}
	_, ok := shiftWords[r.w[k].Stem]
	return ok || durationWords[r.w[k].Stem]
}

// bareDay reads a day of the month without a month: 지난 15일, 오는 20일,
// and (loose) 15일.
func (r *reader) bareDay() bool {
	mode := r.pre
	if mode == None {
		if !r.loose {
			return false
		}
		mode = Near
	}
	n, whole, _, cut, ok := r.numberUnit("일")
	if !ok || n < 1 || n > 31 || r.nextIsShift() {
		return false
	}
	r.e.Day = Field{mode, n}
	r.pre = None
	r.takeCut(whole, cut)
	return true
}

// dayWord reads 오늘, 어제, 이날, 전날, 다음 날, 같은 날.
func (r *reader) dayWord() bool {
	if f, whole, ok := lookup(r, dayWords); ok {
		r.e.Day = f
		r.take(whole)
		return true
	}
	return r.spaced(Days, func(f Field) { r.e.Day = f })
}

// week reads 지난주, 이번 주, 다음 주, and 지난 주말.
func (r *reader) week() bool {
	if f, whole, ok := lookup(r, weekWords); ok {
		r.e.Week = f
		r.take(whole)
		return true
	}
	if r.pre != None {
		if _, whole, ok := lookup(r, weekendWords); ok {
			n := 0
			switch r.pre {
			case Past:
				n = -1
			case Future:
				n = 1
			}
			r.e.Week = Field{Rel, n}
			r.e.Part = Weekend
			r.pre = None
			r.take(whole)
			return true
		}
	}
	return r.spaced(Weeks, func(f Field) { r.e.Week = f })
}

// weekday reads 일요일 with the given mode.
func (r *reader) weekday(mode Mode) bool {
	if r.e.Part == Weekend {
		return false
	}
	if wd, whole, ok := lookup(r, weekdays); ok {
		r.e.Weekday = Field{mode, wd}
		r.pre = None
		r.take(whole)
		return true
	}
	return false
}

// part reads a part word of m after what was read.
func (r *reader) part(m map[string]Part) bool {
	if r.e.Part != NoPart {
		return false
	}
	if p, whole, ok := lookup(r, m); ok {
		r.e.Part = p
		r.take(whole)
		return true
	}
	return false
}

func (r *reader) yearPart() bool { return r.part(yearParts) }

func (r *reader) monthPart() bool {
	if r.e.Day.Mode != None || r.e.LastDay {
		return false
	}
	return r.part(monthParts)
}

func (r *reader) weekPart() bool {
	if r.e.Weekday.Mode != None {
		return false
	}
	return r.part(weekParts)
}

// prefixedYearPart reads 지난 상반기, 오는 4분기, 이번 하반기: the nearest such
// part before or after the document date's, or the document year's.
func (r *reader) prefixedYearPart() bool {
	p, whole, ok := lookup(r, yearParts)
	if !ok || p < H1 || p > Q4 {
		return false
	}
	switch r.pre {
	case This:
		r.e.Year = Field{Rel, 0}
	default:
		r.e.Year = Field{r.pre, 0}
	}
	r.e.Part = p
	r.pre = None
	r.take(whole)
	return true
}

// standalonePart reads (loose) 연말, 상반기, 월말, 주말 alone: the
// document's year, month or week (주말: the nearest weekend).
func (r *reader) standalonePart() bool {
	if !r.loose || r.pre != None {
		return false
	}
	sp, whole, ok := lookup(r, standaloneParts)
	if !ok {
		return false
	}
	switch sp.unit {
	case Years:
		r.e.Year = Field{Rel, 0}
	case Months:
		r.e.Month = Field{Rel, 0}
	case Weeks:
		r.e.Week = Field{Rel, 0}
		if sp.part == Weekend {
			r.e.Week = Field{Near, 0}
		}
	}
	r.e.Part = sp.part
	r.take(whole)
	return true
}

// count reads a shift (3년 전, 두 달 뒤, 2주 후, 이틀 전) or a duration
// (3년간, 두 달 동안, 지난 3년, 3년 만에).
func (r *reader) count() bool {
	if !r.more() {
		return false
	}
	var s Shift
	text, stem := r.forms()
	w := text
	whole := true
	n, u, about, ok := countWord(w)
	if ok && stem != text && stem != "" && !countRestOK(w[countLen(w):]) {
		// 하루에, 4년을: the count is the stem's
		w, whole = stem, false
		n, u, about, ok = countWord(w)
	}
	rest := ""
	if ok {
		rest = w[countLen(w):]
		r.take(whole)
	} else if c, about2, ok2 := numeralWord(text); ok2 && r.k+1 < len(r.w) && r.w[r.k+1].Spaced {
		// 두 달, 몇 년, 10여 년: a numeral word and a counter word
		about = about2
		r.take(true)
		text, stem = r.forms()
		w, whole = text, true
		u, rest, ok = counterPrefix(w)
		if !ok && stem != text {
			w, whole = stem, false
			u, rest, ok = counterPrefix(w)
		}
		if !ok || u == Days && !about2 {
			return false // 두 일 is no Korean (이틀 is); 10여 일 is
		}
		n = c
		r.take(whole)
	} else {
		return false
	}
	s.N, s.Unit, s.About = n, u, about
	if n < 0 {
		r.e.Vague = true
	}
	// what follows the count: 전/후/뒤, a duration word, or nothing
	switch {
	case rest != "":
		if d, ok := shiftWords[rest]; ok {
			s.Dir = d
		} else if durationWords[rest] {
			r.e.Duration = true
		} else {
			return false // 3년생, 2주년
		}
	default:
		if d, whole, ok := lookup(r, shiftWords); ok {
			s.Dir = d
			r.take(whole)
		} else if _, whole, ok := lookup(r, durationWords); ok {
			r.e.Duration = true
			r.take(whole)
		} else {
			// a bare count: a day of the month or a year when it reads as
			// one, a duration otherwise (2주, 6개월, 두 달, 임기 3년)
			if u == Days && countIsDigits(r.w[r.i:r.k]) || u == Years && n >= 1000 {
				return false
			}
			r.e.Duration = true
		}
	}
	if r.pre == Past && s.Dir == 0 {
		r.e.Duration = true // 지난 3년: the past three years
	}
	if r.pre != None && s.Dir != 0 {
		return false // 지난 3년 전 is no form
	}
	if s.Dir != 0 && u == Years && n >= 1000 {
		return false
	}
	r.pre = None
	r.e.Shift = s
	return true
}

// numeralWord reads a word that counts before a separate counter word: a
// native numeral (두, 석, 몇) or digits with 여 (10여).
func numeralWord(w string) (n int, about, ok bool) {
	if c, ok := nativeCounts[w]; ok {
		return c, false, true
	}
	if d, cut := strings.CutSuffix(w, "여"); cut {
		if n, ok := digits(d); ok {
			return n, true, true
		}
	}
	return 0, false, false
}

// countRestOK reports whether rest may follow a count in its word: nothing,
// 전, 후, 뒤 or a duration word.
func countRestOK(rest string) bool {
	_, shift := shiftWords[rest]
	return rest == "" || shift || durationWords[rest]
}

// countIsDigits reports whether the count words read are digits (15일),
// not a native count (하루).
func countIsDigits(ws []Word) bool {
	for _, w := range ws {
		if w.Text != "" && w.Text[0] >= '0' && w.Text[0] <= '9' {
			return true
		}
	}
	return false
}

// countWord reads a word made of a count and a counter: 3년, 10여년,
// 6개월, 두달, 하루, 수년; the text after the counter is left for the
// caller (see countLen).
func countWord(w string) (n int, u Unit, about, ok bool) {
	n, u, about, _, ok = countPrefix(w)
	return n, u, about, ok
}

// countLen is the length of the count and counter at the start of w.
func countLen(w string) int {
	_, _, _, size, _ := countPrefix(w)
	return size
}

// countPrefix reads the count and counter at the start of w and returns
// their length.
func countPrefix(w string) (n int, u Unit, about bool, size int, ok bool) {
	if w == "" {
		return 0, 0, false, 0, false
	}
	if w[0] >= '0' && w[0] <= '9' {
		i := 0
		for i < len(w) && i < 5 && w[i] >= '0' && w[i] <= '9' {
			i++
		}
		if i > 4 {
			return 0, 0, false, 0, false
		}
		n, _ = digits(w[:i])
		return counterAfter(w, i, n)
	}
	g := starts.of(w)
	if g == nil {
		return 0, 0, false, 0, false
	}
	return g.nativeCountPrefix(w)
}

// counterAfter reads an optional 여 and the counter at w[i:].
func counterAfter(w string, i, n int) (int, Unit, bool, int, bool) {
	rest := w[i:]
	about := false
	if r, ok := strings.CutPrefix(rest, "여"); ok {
		rest, about = r, true
	}
	u, after, ok := counterPrefix(rest)
	if !ok {
		return 0, 0, false, 0, false
	}
	return n, u, about, len(w) - len(after), true
}

// counterPrefix reads the counter at the start of w (the longest of
// 개월, 주일, 년, ...) and returns what follows it.
func counterPrefix(w string) (Unit, string, bool) {
	for _, c := range counterList { // longest first
		if strings.HasPrefix(w, c.word) {
			return c.unit, w[len(c.word):], true
		}
	}
	return NoUnit, w, false
}

// clock reads a time of day after the date: 오후 3시, 오전 10시 30분, 3시반,
// and (loose) 15시 or 오후 alone.
func (r *reader) clock() bool {
	if !r.more() {
		return false
	}
	m := r.save()
	if pm, whole, ok := lookup(r, dayParts); ok {
		part := r.w[r.k].Text
		if whole {
			r.take(true)
			if r.hour(part, pm) {
				return true
			}
			r.restore(m)
		}
		if r.loose {
			r.take(whole)
			r.e.DayPart = true
			return true
		}
		return false
	}
	if r.loose && r.hour("", false) {
		return true
	}
	r.restore(m)
	return false
}

// hour reads N시 (N시반, N시 M분, N시 반, N시경) after the part of day.
func (r *reader) hour(part string, pm bool) bool {
	if !r.more() {
		return false
	}
	text, stem := r.forms()
	whole := true
	h, min, rest, cut, ok := clockWord(text)
	if !ok && stem != text && stem != "" {
		whole = false
		h, min, rest, cut, ok = clockWord(stem)
	}
	if !ok {
		return false
	}
	if part != "" {
		if h > 12 {
			return false
		}
		switch {
		case part == "밤" && h == 12:
			h = 24 // midnight at the end of the day
		case part == "밤" && h <= 5, part == "새벽" && h == 12:
			// 밤 1시 is early morning; 새벽 12시 is midnight
			if h == 12 {
				h = 0
			}
		case pm && h < 12 && h > 0:
			h += 12
		case !pm && h == 12:
			h = 0 // 오전 12시 is midnight
		}
	} else if h > 24 {
		return false
	}
	r.takeCut(whole, cut)
	if rest == "" && r.more() {
		tx, st := r.forms()
		if tx == "반" || st == "반" {
			min = 30
			r.take(tx == "반")
		} else if mm, wh, ok := r.minuteWord(); ok {
			min = mm
			r.take(wh)
		}
	}
	r.e.Clock, r.e.Hour, r.e.Minute = true, h, min
	return true
}

// clockWord reads N시, N시반, N시M분, with 경, 께 or 쯤 after them: the hour,
// the minutes, the text after 시 (not "" when the word holds more than the
// hour) and the length of the 경, 께 or 쯤 to leave out of the span.
func clockWord(w string) (h, min int, rest string, cut int, ok bool) {
	h, rest, ok = hourPrefix(w)
	if !ok {
		return 0, 0, "", 0, false
	}
	body, cut := cutApprox(rest)
	switch {
	case body == "":
	case body == "반":
		min = 30
	default:
		m, ok := minutes(body)
		if !ok {
			return 0, 0, "", 0, false
		}
		min = m
	}
	return h, min, rest, cut, true
}

func (r *reader) minuteWord() (int, bool, bool) {
	text, stem := r.forms()
	if m, ok := minutes(text); ok {
		return m, true, true
	}
	if stem != text {
		if m, ok := minutes(stem); ok {
			return m, false, true
		}
	}
	return 0, false, false
}

// hourPrefix reads N시 at the start of w and returns what follows.
func hourPrefix(w string) (int, string, bool) {
	i := strings.Index(w, "시")
	if i <= 0 || i > 2 {
		return 0, "", false
	}
	h, ok := digits(w[:i])
	if !ok {
		return 0, "", false
	}
	rest := w[i+len("시"):]
	if strings.HasPrefix(rest, "간") { // 3시간 is a duration
		return 0, "", false
	}
	return h, rest, true
}

// minutes reads M분 (0-59).
func minutes(w string) (int, bool) {
	d, ok := strings.CutSuffix(w, "분")
	if !ok || utf8.RuneCountInString(d) > 2 {
		return 0, false
	}
	m, ok := digits(d)
	return m, ok && m < 60
}
