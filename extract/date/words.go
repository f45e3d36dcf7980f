package date

import (
	"slices"
	"strings"
)

// The words of Korean dates: general Korean, not any text's.

// prefixes come before a day, month, weekday, week or year part.
var prefixes = map[string]Mode{
	"지난": Past, "지지난": Past, "오는": Future, "다가오는": Future, "이번": This, "금번": This, "다음": Future,
}

// yearWords name a year relative to the document date, or (Focus) to the
// year in focus.
var yearWords = map[string]Field{
	"올해": {Rel, 0}, "금년": {Rel, 0}, "이번해": {Rel, 0}, "올": {Rel, 0}, "금년도": {Rel, 0},
	"지난해": {Rel, -1}, "작년": {Rel, -1}, "재작년": {Rel, -2}, "지지난해": {Rel, -2},
	"내년": {Rel, 1}, "명년": {Rel, 1}, "내후년": {Rel, 2}, "다음해": {Rel, 1},
	"이듬해": {Focus, 1}, "그해": {Focus, 0}, "전년": {Focus, -1}, "같은해": {Focus, 0},
}

// monthWords name a month relative to the document date or the focus.
var monthWords = map[string]Field{
	"이달": {Rel, 0}, "이번달": {Rel, 0}, "금월": {Rel, 0}, "지난달": {Rel, -1}, "지지난달": {Rel, -2},
	"다음달": {Rel, 1}, "내달": {Rel, 1}, "익월": {Rel, 1}, "그달": {Focus, 0}, "같은달": {Focus, 0},
}

// weekWords name a week relative to the document date.
var weekWords = map[string]Field{
	"이번주": {Rel, 0}, "금주": {Rel, 0}, "지난주": {Rel, -1}, "지지난주": {Rel, -2}, "저번주": {Rel, -1},
	"다음주": {Rel, 1}, "내주": {Rel, 1}, "다다음주": {Rel, 2},
}

// dayWords name a day relative to the document date or the focus.
var dayWords = map[string]Field{
	"오늘": {Rel, 0}, "금일": {Rel, 0}, "어제": {Rel, -1}, "어저께": {Rel, -1}, "작일": {Rel, -1},
	"그제": {Rel, -2}, "그저께": {Rel, -2}, "엊그제": {Rel, -2}, "내일": {Rel, 1}, "명일": {Rel, 1},
	"모레": {Rel, 2}, "내일모레": {Rel, 2}, "글피": {Rel, 3},
	"이날": {Focus, 0}, "당일": {Focus, 0}, "그날": {Focus, 0}, "같은날": {Focus, 0},
	"전날": {Focus, -1}, "다음날": {Focus, 1}, "이튿날": {Focus, 1}, "익일": {Focus, 1},
}

// spacedWords are the second words of the spaced forms of the words above
// (지난 달, 이번 주, 다음 날, 같은 날): the unit after a prefix or 이, 그, 같은.
var spacedUnits = map[string]Unit{"해": Years, "달": Months, "주": Weeks, "날": Days}

// demonstratives are the first words of 이 날, 그 날, 같은 날, 같은 해.
var demonstratives = map[string]bool{"이": true, "그": true, "같은": true}

// weekdays are the days of the week, ISO numbered.
var weekdays = map[string]int{
	"월요일": 1, "화요일": 2, "수요일": 3, "목요일": 4, "금요일": 5, "토요일": 6, "일요일": 7,
}

// holidays are the public holidays and days of the solar calendar, read
// (loosely) as that day of the year before them or of the document's
// year: 광복절 is 15 August. The lunar 설 and 추석 are not here.
var holidays = map[string][2]int{
	"신정": {1, 1}, "삼일절": {3, 1}, "만우절": {4, 1}, "식목일": {4, 5}, "어린이날": {5, 5}, "어버이날": {5, 8},
	"현충일": {6, 6}, "제헌절": {7, 17}, "광복절": {8, 15}, "국군의날": {10, 1}, "개천절": {10, 3}, "한글날": {10, 9},
	"크리스마스이브": {12, 24}, "성탄절": {12, 25}, "크리스마스": {12, 25}, "밸런타인데이": {2, 14},
}

// yearParts follow a year (or stand for the document's year: 연말).
var yearParts = map[string]Part{
	"상반기": H1, "하반기": H2, "1분기": Q1, "2분기": Q2, "3분기": Q3, "4분기": Q4,
	"초": Early, "연초": Early, "초반": Early, "중반": Mid, "말": Late, "연말": Late, "후반": Late,
	"연중": Whole, "연내": Whole,
}

// standaloneParts may start an expression: the document's year, month or
// week.
var standaloneParts = map[string]struct {
	unit Unit
	part Part
}{
	"연초": {Years, Early}, "연말": {Years, Late}, "연중": {Years, Whole}, "연내": {Years, Whole},
	"상반기": {Years, H1}, "하반기": {Years, H2},
	"1분기": {Years, Q1}, "2분기": {Years, Q2}, "3분기": {Years, Q3}, "4분기": {Years, Q4},
	"월초": {Months, Early}, "월말": {Months, Late},
	"주초": {Weeks, Early}, "주말": {Weeks, Weekend},
}

// monthParts follow a month.
var monthParts = map[string]Part{
	"초": Early, "초순": Early, "상순": Early, "중순": Mid, "중반": Mid, "말": Late, "하순": Late, "말경": Late,
}

// weekParts follow a week.
var weekParts = map[string]Part{"초": Early, "중반": Mid, "말": Late, "주말": Weekend}

// nativeCounts are the native Korean numerals before a counter word
// (두 달, 세 해) and 몇, 수 (vague, -1).
var nativeCounts = map[string]int{
	"한": 1, "두": 2, "세": 3, "석": 3, "네": 4, "넉": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10,
	"열한": 11, "열두": 12, "스무": 20, "몇": -1, "수": -1, "십수": -1, "수십": -1,
}

// dayCounts are the native words for a number of days.
var dayCounts = map[string]int{
	"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "여드레": 8,
	"아흐레": 9, "열흘": 10, "보름": 15, "며칠": -1,
}

// counters are the unit words after a count.
var counters = map[string]Unit{"일": Days, "주": Weeks, "주일": Weeks, "개월": Months, "달": Months, "년": Years, "해": Years}

// shiftWords mark a shift: 전 (before), 후, 뒤, 이후 (after).
var shiftWords = map[string]int{"전": -1, "후": 1, "뒤": 1}

// durationWords after a count make it a length of time.
var durationWords = map[string]bool{"동안": true, "간": true, "째": true, "내내": true, "만에": true, "만": true, "사이": true, "새": true}

// dayParts are the parts of a day before an hour; pm says whether the hour
// is after noon (밤 is, for 6 to 12; 밤 1시 to 5시 are early morning).
var dayParts = map[string]bool{"오전": false, "새벽": false, "아침": false, "오후": true, "낮": true, "저녁": true, "밤": true}

// lastDayWords and weekendWords are the single words 말일 and 주말.
var (
	lastDayWords = map[string]bool{"말일": true}
	weekendWords = map[string]bool{"주말": true}
)

// countEntry is a count word or counter with its number and unit.
type countEntry struct {
	word string
	n    int
	unit Unit
}

// dayCountList, nativeCountList and counterList are dayCounts (with
// 일주일), nativeCounts and counters as lists, the counters longest first,
// for the scan of every word (by first syllable: see startIndex).
var (
	dayCountList, nativeCountList, counterList = func() (d, n, c []countEntry) {
		for w, v := range dayCounts {
			d = append(d, countEntry{w, v, Days})
		}
		d = append(d, countEntry{"일주일", 1, Weeks})
		for w, v := range nativeCounts {
			n = append(n, countEntry{word: w, n: v})
		}
		for w, u := range counters {
			c = append(c, countEntry{word: w, unit: u})
		}
		for _, l := range [][]countEntry{d, n, c} {
			slices.SortFunc(l, func(a, b countEntry) int {
				if len(a.word) != len(b.word) {
					return len(b.word) - len(a.word)
				}
				return strings.Compare(a.word, b.word)
			})
		}
		return d, n, c
	}()
)
