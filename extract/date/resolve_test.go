package date

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func mustAnchor(t *testing.T, s string) Anchor {
	t.Helper()
	a, err := Parse(s)
	require.NoError(t, err)
	return a
}

// TestResolveSentences reads real sentences of each form against the
// document date 2016-11-07 (a Monday, ISO week 45): the text of the date
// read and its value (with the period, mod or approximation when there is
// one).
func TestResolveSentences(t *testing.T) {
	tests := []struct {
		sentence, text, value string
		period                [2]string
		mod                   string
		approx                bool
	}{
		// the forms of issue 20's table
		{"정부는 지난 15일 발표했다.", "지난 15일", "2016-10-15", [2]string{}, "", false},
		{"오는 20일 회의가 열린다.", "오는 20일", "2016-11-20", [2]string{}, "", false},
		{"오늘 발표한다.", "오늘", "2016-11-07", [2]string{}, "", false},
		{"그는 지난주 사임했다.", "지난주", "2016-W44", [2]string{"2016-10-31", "2016-11-06"}, "", false},
		{"다음 달 시행된다.", "다음 달", "2016-12", [2]string{"2016-12-01", "2016-12-31"}, "", false},
		{"전날 사고가 났다.", "전날", "2016-11-06", [2]string{}, "", false},
		{"이날 오후 3시 발표했다.", "이날 오후 3시", "2016-11-07T15:00", [2]string{}, "", false},
		{"지난 일요일 선거가 있었다.", "지난 일요일", "2016-11-06", [2]string{}, "", false},
		{"3년 전 시작됐다.", "3년 전", "2013", [2]string{"2013-01-01", "2013-12-31"}, "", false},
		{"두 달 뒤 끝난다.", "두 달 뒤", "2017-01", [2]string{"2017-01-01", "2017-01-31"}, "", false},
		{"2주 후 재개된다.", "2주 후", "2016-11-21", [2]string{}, "", true},
		{"지난해 말 끝났다.", "지난해 말", "2015", [2]string{"2015-11-01", "2015-12-31"}, "end", false},
		// days
		{"어제 국회에서 통과됐다.", "어제", "2016-11-06", [2]string{}, "", false},
		{"그저께 만났다.", "그저께", "2016-11-05", [2]string{}, "", false},
		{"내일 발표된다.", "내일", "2016-11-08", [2]string{}, "", false},
		{"모레 귀국한다.", "모레", "2016-11-09", [2]string{}, "", false},
		{"지난 31일 열렸다.", "지난 31일", "2016-10-31", [2]string{}, "", false},
		{"오는 1일부터 시행된다.", "오는 1일", "2016-12-01", [2]string{}, "", false},
		{"지난달 29일 만났다.", "지난달 29일", "2016-10-29", [2]string{}, "", false},
		{"다음 달 5일 출국한다.", "다음 달 5일", "2016-12-05", [2]string{}, "", false},
		{"이달 말일까지 받는다.", "이달 말일", "2016-11-30", [2]string{}, "", false},
		{"지난해 12월 3일 시작됐다.", "지난해 12월 3일", "2015-12-03", [2]string{}, "", false},
		{"올해 2월 29일은 있다.", "올해 2월 29일", "2016-02-29", [2]string{}, "", false},
		{"4월 31일은 없다.", "4월 31일", "", [2]string{}, "", false},
		{"내년 2월 29일은 없다.", "내년 2월 29일", "", [2]string{}, "", false},
		{"2016년 3월 5일 발표했다.", "2016년 3월 5일", "2016-03-05", [2]string{}, "", false},
		{"지난 2월 15일 발표했다.", "지난 2월 15일", "2016-02-15", [2]string{}, "", false},
		{"오는 3월 1일 개막한다.", "오는 3월 1일", "2017-03-01", [2]string{}, "", false},
		{"다음 날 석방됐다.", "다음 날", "2016-11-08", [2]string{}, "", false},
		{"이튿날 숨졌다.", "이튿날", "2016-11-08", [2]string{}, "", false},
		{"그날 밤 11시 30분 도착했다.", "그날 밤 11시 30분", "2016-11-07T23:30", [2]string{}, "", false},
		{"이날 오전 10시 반 시작됐다.", "이날 오전 10시 반", "2016-11-07T10:30", [2]string{}, "", false},
		{"이날 밤 12시 마감됐다.", "이날 밤 12시", "2016-11-08T00:00", [2]string{}, "", false},
		{"사흘 전 출국했다.", "사흘 전", "2016-11-04", [2]string{}, "", false},
		{"열흘 뒤 돌아온다.", "열흘 뒤", "2016-11-17", [2]string{}, "", false},
		{"30일 전 신고해야 한다.", "30일 전", "2016-10-08", [2]string{}, "", false},
		// weekdays and weeks
		{"오는 토요일 집회가 열린다.", "오는 토요일", "2016-11-12", [2]string{}, "", false},
		{"다음 월요일 출근한다.", "다음 월요일", "2016-11-14", [2]string{}, "", false},
		{"이번 금요일 발표한다.", "이번 금요일", "2016-11-11", [2]string{}, "", false},
		{"지난주 목요일 만났다.", "지난주 목요일", "2016-11-03", [2]string{}, "", false},
		{"이번 주 화요일 만난다.", "이번 주 화요일", "2016-11-08", [2]string{}, "", false},
		{"다음 주 수요일 발표한다.", "다음 주 수요일", "2016-11-16", [2]string{}, "", false},
		{"다음 주 초 발표한다.", "다음 주 초", "2016-W46", [2]string{"2016-11-14", "2016-11-15"}, "start", false},
		{"지난 주말 집회가 열렸다.", "지난 주말", "2016-W44-WE", [2]string{"2016-11-05", "2016-11-06"}, "", false},
		{"이번 주말 열린다.", "이번 주말", "2016-W45-WE", [2]string{"2016-11-12", "2016-11-13"}, "", false},
		// months
		{"지난달 발표했다.", "지난달", "2016-10", [2]string{"2016-10-01", "2016-10-31"}, "", false},
		{"이달 중순 발표한다.", "이달 중순", "2016-11", [2]string{"2016-11-11", "2016-11-20"}, "mid", false},
		{"지난달 말 끝났다.", "지난달 말", "2016-10", [2]string{"2016-10-21", "2016-10-31"}, "end", false},
		{"지난 2월 발표했다.", "지난 2월", "2016-02", [2]string{"2016-02-01", "2016-02-29"}, "", false},
		{"지난 12월 발표했다.", "지난 12월", "2015-12", [2]string{"2015-12-01", "2015-12-31"}, "", false},
		{"오는 3월 시행된다.", "오는 3월", "2017-03", [2]string{"2017-03-01", "2017-03-31"}, "", false},
		{"올 8월 중순께 나온다.", "올 8월 중순", "2016-08", [2]string{"2016-08-11", "2016-08-20"}, "mid", false},
		{"6개월 전 떠났다.", "6개월 전", "2016-05", [2]string{"2016-05-01", "2016-05-31"}, "", false},
		// years and their parts
		{"올해 1월 발표했다.", "올해 1월", "2016-01", [2]string{"2016-01-01", "2016-01-31"}, "", false},
		{"작년 발표했다.", "작년", "2015", [2]string{"2015-01-01", "2015-12-31"}, "", false},
		{"재작년 시작됐다.", "재작년", "2014", [2]string{"2014-01-01", "2014-12-31"}, "", false},
		{"내년 상반기 출시된다.", "내년 상반기", "2017-H1", [2]string{"2017-01-01", "2017-06-30"}, "", false},
		{"올해 3분기 실적이 나왔다.", "올해 3분기", "2016-Q3", [2]string{"2016-07-01", "2016-09-30"}, "", false},
		{"지난 상반기 실적이 나왔다.", "지난 상반기", "2016-H1", [2]string{"2016-01-01", "2016-06-30"}, "", false},
		{"올해 초 발표했다.", "올해 초", "2016", [2]string{"2016-01-01", "2016-02-29"}, "start", false},
		{"10여 년 전 일이다.", "10여 년 전", "2006", [2]string{"2006-01-01", "2006-12-31"}, "", true},
		{"석 달 전 떠났다.", "석 달 전", "2016-08", [2]string{"2016-08-01", "2016-08-31"}, "", false},
		{"10여년 전 일이다.", "10여년 전", "2006", [2]string{"2006-01-01", "2006-12-31"}, "", true},
		{"지난 2011년 시작됐다.", "지난 2011년", "2011", [2]string{"2011-01-01", "2011-12-31"}, "", false},
		// times alone are on the day in focus
		{"오후 3시 발표했다.", "오후 3시", "2016-11-07T15:00", [2]string{}, "", false},
		{"버스도 오전 7시를 기점으로 운행을 재개했다.", "오전 7시", "2016-11-07T07:00", [2]string{}, "", false},
		{"오후 4시33분에 도착했다.", "오후 4시33분", "2016-11-07T16:33", [2]string{}, "", false},
		{"지난 5일 오후 4시경 걷고 있었다.", "지난 5일 오후 4시", "2016-11-05T16:00", [2]string{}, "", false},
		{"오후 1시28분께 도착했다.", "오후 1시28분", "2016-11-07T13:28", [2]string{}, "", false},
		{"새벽 0시 39분 발생했다.", "새벽 0시 39분", "2016-11-07T00:39", [2]string{}, "", false},
		{"낮 12시 29분에야 보냈다.", "낮 12시 29분", "2016-11-07T12:29", [2]string{}, "", false},
	}
	doc := Context{Doc: mustAnchor(t, "2016-11-07")}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			got := readAll(tt.sentence, Strict, doc)
			if tt.text == "" {
				assert.Empty(t, got)
				return
			}
			require.NotEmpty(t, got)
			f := got[0]
			assert.Equal(t, tt.text, f.text)
			assert.Equal(t, tt.value, f.value.Value)
			if tt.value == "" {
				assert.Equal(t, Impossible, f.value.Reason)
			}
			if tt.period != [2]string{} {
				require.NotNil(t, f.value.Period)
				assert.Equal(t, tt.period, [2]string{f.value.Period.Start, f.value.Period.End})
			}
			assert.Equal(t, tt.mod, f.value.Mod)
			assert.Equal(t, tt.approx, f.value.Approximate)
		})
	}
}

// TestResolveLoose reads the forms only a tagger's span makes dates.
func TestResolveLoose(t *testing.T) {
	tests := []struct{ text, value string }{
		{"연말", "2016"},
		{"15일", "2016-11-15"},
		{"30일", "2016-10-30"},
		{"일요일", "2016-11-06"},
		{"목요일", "2016-11-10"},
		{"주말", "2016-W44-WE"},
		{"상반기", "2016-H1"},
		{"5시", "2016-11-07T05:00"},
		{"13시까지", "2016-11-07T13:00"},
		{"18일경", "2016-11-18"},
		{"오후", "2016-11-07"},
		{"광복절", "2016-08-15"},
		{"지난해 성탄절", "2015-12-25"},
		{"월말", "2016-11"},
	}
	doc := Context{Doc: mustAnchor(t, "2016-11-07")}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := readAll(tt.text, Loose, doc)
			require.Len(t, got, 1)
			assert.Equal(t, tt.value, got[0].value.Value)
			for _, f := range readAll(tt.text, Strict, doc) {
				assert.NotEqual(t, tt.text, f.text, "strict reading leaves it")
			}
		})
	}
}

// TestResolveFocus: 이날 and 전날 refer to the last day named, which they
// do not move; with none they are the document date.
func TestResolveFocus(t *testing.T) {
	got := readAll("이날 발표했다. 지난 3일 회의가 열렸다. 이날 회의에서 전날 합의가 깨졌다. 다음날 이날 그해 이듬해", Strict,
		Context{Doc: mustAnchor(t, "2016-11-07")})
	var values []string
	for _, f := range got {
		values = append(values, f.text+"="+f.value.Value)
	}
	assert.Equal(t, []string{"이날=2016-11-07", "지난 3일=2016-11-03", "이날=2016-11-03", "전날=2016-11-02",
		"다음날=2016-11-04", "이날=2016-11-03", "그해=2016", "이듬해=2017"}, values)
	got = readAll("2014년 3월 1일 출범했다. 이듬해 해산했다.", Strict, Context{Doc: mustAnchor(t, "2016-11-07")})
	require.Len(t, got, 2)
	assert.Equal(t, "2015", got[1].value.Value)
}

// TestResolveDurations: lengths of time are not dates.
func TestResolveDurations(t *testing.T) {
	for _, s := range []string{"하루에 100그릇", "집행유예 4년을 선고받았다", "4년마다 열린다", "두 달 동안 쉬었다", "4년간 일했다", "지난 3년 동안 늘었다", "3년 만에 재개됐다", "이틀째 이어졌다",
		"임기 3년", "6개월", "지난 5년간"} {
		for _, f := range readAll(s, Strict, Context{Doc: mustAnchor(t, "2016-11-07")}) {
			assert.True(t, f.expr.Duration, "%s: %s", s, f.text)
			assert.Equal(t, Duration, f.value.Reason, s)
			assert.Empty(t, f.value.Value, s)
		}
	}
}

// TestResolveWithoutDocumentDate: no relative date resolves; year-less
// absolute dates keep their partial value; every one says why.
func TestResolveWithoutDocumentDate(t *testing.T) {
	tests := []struct {
		text, value string
		reason      Reason
	}{
		{"지난 15일", "", NoDocumentDate},
		{"올해", "", NoDocumentDate},
		{"6월 30일", "--06-30", NoDocumentDate},
		{"2월", "--02", NoDocumentDate},
		{"2025년 4월 7일", "2025-04-07", ""},
		{"오후 3시", "T15:00", NoDocumentDate},
		{"몇 년 전", "", Vague},
	}
	for _, tt := range tests {
		got := readAll(tt.text, Strict, Context{})
		require.Len(t, got, 1, tt.text)
		assert.Equal(t, tt.value, got[0].value.Value, tt.text)
		assert.Equal(t, tt.reason, got[0].value.Reason, tt.text)
	}
	// a document date of a year resolves years but not days
	y := Context{Doc: mustAnchor(t, "2016")}
	assert.Equal(t, "2015", readAll("지난해", Strict, y)[0].value.Value)
	assert.Equal(t, ImpreciseDocumentDate, readAll("어제", Strict, y)[0].value.Reason)
}
