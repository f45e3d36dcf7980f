package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// datedExtractor resolves against Monday 7 November 2016 (ISO week 45).
func datedExtractor(t testing.TB) *Extractor { return shared(t, "dated", WithDate("2016-11-07")) }

// dateMention finds the DATE or TIME entity with a mention whose text is
// text.
func dateMention(doc *Document, text string) (Entity, bool) {
	for _, e := range doc.Entities {
		if e.Type != TypeDate && e.Type != TypeTime {
			continue
		}
		for _, m := range e.Mentions {
			if m.Text == text {
				return e, true
			}
		}
	}
	return Entity{}, false
}

// TestRelativeDates runs the rows of issue 20's table (and a few more
// forms) through Extract with the document date 2016-11-07: each date is
// found with its cue words and resolved to what a reader understands.
func TestRelativeDates(t *testing.T) {
	tests := []struct {
		sentence, mention, value string
		period                   *Period
		mod                      string
		approx                   bool
	}{
		{"정부는 지난 15일 발표했다.", "지난 15일", "2016-10-15", nil, "", false},
		{"오는 20일 회의가 열린다.", "오는 20일", "2016-11-20", nil, "", false},
		{"오늘 발표한다.", "오늘", "2016-11-07", nil, "", false},
		{"그는 지난주 사임했다.", "지난주", "2016-W44", &Period{"2016-10-31", "2016-11-06"}, "", false},
		{"다음 달 시행된다.", "다음 달", "2016-12", &Period{"2016-12-01", "2016-12-31"}, "", false},
		{"전날 사고가 났다.", "전날", "2016-11-06", nil, "", false},
		{"이날 오후 3시 발표했다.", "이날", "2016-11-07", nil, "", false},
		{"이날 오후 3시 발표했다.", "오후 3시", "2016-11-07T15:00", nil, "", false},
		{"지난 일요일 선거가 있었다.", "지난 일요일", "2016-11-06", nil, "", false},
		{"3년 전 시작됐다.", "3년 전", "2013", &Period{"2013-01-01", "2013-12-31"}, "", false},
		{"두 달 뒤 끝난다.", "두 달 뒤", "2017-01", &Period{"2017-01-01", "2017-01-31"}, "", false},
		{"2주 후 재개된다.", "2주 후", "2016-11-21", nil, "", true},
		{"연말까지 계속된다.", "연말", "2016", &Period{"2016-11-01", "2016-12-31"}, "end", false},
		{"지난해 말 끝났다.", "지난해 말", "2015", &Period{"2015-11-01", "2015-12-31"}, "end", false},
		{"그는 지난달 29일 귀국했다.", "지난달 29일", "2016-10-29", nil, "", false},
		{"양측은 이번 주 화요일 만난다.", "이번 주 화요일", "2016-11-08", nil, "", false},
		{"신제품은 내년 상반기 출시된다.", "내년 상반기", "2017-H1", &Period{"2017-01-01", "2017-06-30"}, "", false},
		{"그는 어제 국회에서 말했다.", "어제", "2016-11-06", nil, "", false},
		{"지난 3일 회의가 열렸고, 이날 합의했다.", "이날", "2016-11-03", nil, "", false},
		{"지난 3일 회의가 열렸고, 다음날 발표했다.", "다음날", "2016-11-04", nil, "", false},
	}
	x := datedExtractor(t)
	for _, tt := range tests {
		t.Run(tt.sentence+"/"+tt.mention, func(t *testing.T) {
			doc, err := x.Extract(context.Background(), Input{Text: tt.sentence})
			require.NoError(t, err)
			checkSpans(t, tt.sentence, doc)
			e, ok := dateMention(doc, tt.mention)
			require.True(t, ok, "no date %q in %+v", tt.mention, doc.Entities)
			assert.Equal(t, tt.value, e.Value)
			assert.Equal(t, tt.period, e.Period)
			assert.Equal(t, tt.mod, e.Mod)
			assert.Equal(t, tt.approx, e.Approximate)
			assert.Empty(t, e.Unresolved)
		})
	}
}

// TestDatesAreNotDurations: durations stay amounts; a shift is a date and
// its count no amount.
func TestDatesAreNotDurations(t *testing.T) {
	x := datedExtractor(t)
	doc, err := x.Extract(context.Background(), Input{Text: "그는 4년간 일했다. 두 달 동안 쉬었다. 두 달 뒤 끝난다."})
	require.NoError(t, err)
	_, ok := dateMention(doc, "두 달 동안")
	assert.False(t, ok, "두 달 동안 is no date")
	_, ok = dateMention(doc, "4년간")
	assert.False(t, ok)
	var amounts []string
	for _, a := range doc.Amounts {
		amounts = append(amounts, a.Text+"="+a.Kind)
	}
	assert.Contains(t, amounts, "4년간=duration")
	assert.NotContains(t, amounts, "두 달=quantity", "the count of 두 달 뒤 is part of the date")
	e, ok := dateMention(doc, "두 달 뒤")
	require.True(t, ok)
	assert.Equal(t, "2017-01", e.Value)
}

// TestPrisonTermsAreNotDates: N월 after 징역, 금고 or 구류 is a term of
// months, a duration amount; N월 elsewhere stays a month of the year.
func TestPrisonTermsAreNotDates(t *testing.T) {
	x := datedExtractor(t)
	in := "1심은 징역 8월을 선고했고, 그는 금고 10월에 집행유예 2년을 받았다. 그는 8월에 출소했다."
	doc, err := x.Extract(context.Background(), Input{Text: in})
	require.NoError(t, err)
	checkSpans(t, in, doc)
	var amounts []string
	for _, a := range doc.Amounts {
		amounts = append(amounts, a.Text+"="+a.Kind+"/"+a.Unit)
	}
	assert.Subset(t, amounts, []string{"8월=duration/month", "10월=duration/month", "2년=duration/year"})
	var dates []string
	for _, e := range doc.Entities {
		if e.Type == TypeDate {
			for _, m := range e.Mentions {
				dates = append(dates, m.Text)
			}
		}
	}
	assert.Equal(t, []string{"8월"}, dates, "only the month of the release")
}

// TestDatesWithoutDocumentDate: nothing relative resolves, each date says
// why, and the document says so once.
func TestDatesWithoutDocumentDate(t *testing.T) {
	text := "정부는 지난 15일 발표했다. 올해 실적이 좋다. 이날 오후 3시 발표했다. 2025년 4월 7일 시행됐다."
	doc := extractText(t, text)
	checkSpans(t, text, doc)
	for _, m := range []string{"지난 15일", "올해", "이날"} {
		e, ok := dateMention(doc, m)
		require.True(t, ok, m)
		assert.Empty(t, e.Value, m)
		assert.Equal(t, "no-document-date", e.Unresolved, m)
	}
	e, ok := dateMention(doc, "2025년 4월 7일")
	require.True(t, ok)
	assert.Equal(t, "2025-04-07", e.Value, "an absolute date needs no document date")
	n := 0
	for _, w := range doc.Warnings {
		if w.Code == "no-document-date" {
			n++
		}
	}
	assert.Equal(t, 1, n, "one warning: %+v", doc.Warnings)
}

// TestInvalidDocumentDate: an impossible or malformed date is an error,
// from WithDate and from Extract.
func TestInvalidDocumentDate(t *testing.T) {
	for _, d := range []string{"2025-13-45", "2025-02-30", "2020/01/01", "garbage", "zzz"} {
		_, err := New(WithDate(d))
		require.Error(t, err, d)
		assert.ErrorIs(t, err, ErrInvalidDate, d)
		_, err = testExtractor(t).Extract(context.Background(), Input{Text: "올해 1월", Date: d})
		require.Error(t, err, d)
		assert.ErrorIs(t, err, ErrInvalidDate, d)
		assert.Contains(t, err.Error(), d)
	}
	doc, err := testExtractor(t).Extract(context.Background(), Input{Text: "올해 1월", Date: "2016-11-07T09:30:00+09:00"})
	require.NoError(t, err)
	e, ok := dateMention(doc, "올해 1월")
	require.True(t, ok)
	assert.Equal(t, "2016-01", e.Value)
}

// TestDatesEncodeAsJSON: the date fields encode as encoding/json would.
func TestDatesEncodeAsJSON(t *testing.T) {
	doc, err := datedExtractor(t).Extract(context.Background(), Input{Text: "지난주 발표했다. 2주 후 재개된다. 연말까지 계속된다. 몇 년 전 일이다."})
	require.NoError(t, err)
	got, err := Marshal(doc)
	require.NoError(t, err)
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(doc))
	assert.JSONEq(t, want.String(), string(got))
	assert.Contains(t, string(got), `"period":{"start":"2016-10-31","end":"2016-11-06"}`)
	assert.Contains(t, string(got), `"approximate":true`)
	assert.Contains(t, string(got), `"mod":"end"`)
}

// TestDatesGolden checks the date entities of a text with every form
// against testdata/dates.golden.json (go test -update rewrites it).
func TestDatesGolden(t *testing.T) {
	text := strings.Join([]string{
		"정부는 지난 15일 발표했다.", "오는 20일 회의가 열린다.", "오늘 발표한다.", "그는 지난주 사임했다.",
		"다음 달 시행된다.", "전날 사고가 났다.", "이날 오후 3시 발표했다.", "지난 일요일 선거가 있었다.",
		"3년 전 시작됐다.", "두 달 뒤 끝난다.", "2주 후 재개된다.", "연말까지 계속된다.", "지난해 말 끝났다.",
		"그는 4년간 일했다.", "두 달 동안 쉬었다.", "지난달 29일 만났다.", "이번 주 화요일 만난다.",
		"내년 상반기 출시된다.", "2016년 3월 5일 발표했다.", "이번 주말 열린다.", "올해 3분기 실적이 나왔다.",
		"이달 중순 발표한다.", "사흘 전 출국했다.", "몇 년 전 일이다.", "2월 30일은 없다.",
	}, " ")
	doc, err := datedExtractor(t).Extract(context.Background(), Input{Text: text})
	require.NoError(t, err)
	checkSpans(t, text, doc)
	var dates []Entity
	for _, e := range doc.Entities {
		if e.Type == TypeDate || e.Type == TypeTime {
			dates = append(dates, e)
		}
	}
	got, err := json.MarshalIndent(dates, "", "  ")
	require.NoError(t, err)
	got = append(got, '\n')
	path := filepath.Join("testdata", "dates.golden.json")
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))
}
