package extract

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"
)

// dateValueForms are the forms of a DATE or TIME value.
var dateValueForms = regexp.MustCompile(`^(\d{4}(-(0[1-9]|1[0-2])(-\d{2}(T([01]\d|2[0-3]):[0-5]\d)?)?|-W(0[1-9]|[1-4]\d|5[0-3])(-WE)?|-H[12]|-Q[1-4])?|--(0[1-9]|1[0-2])(-\d{2})?|T([01]\d|2[0-3]):[0-5]\d)$`)

// FuzzDates extracts random text with a document date and checks the spans
// and that every date value is a possible date in one of the documented
// forms, with a period of possible days, in order.
func FuzzDates(f *testing.F) {
	for _, s := range []string{
		"정부는 지난 15일 발표했다. 이날 오후 3시 발표했다.", "지난 31일 열렸다", "2월 30일", "밤 12시", "다음 주 초",
		"두 달 뒤 끝난다. 두 달 동안 쉬었다.", "9999년 후", "전날 오후 3시", "연말까지", "10여년 전",
	} {
		f.Add(s, uint8(0))
	}
	f.Add("이번주 주말", uint8(4))
	f.Add("지난해 말", uint8(5))
	anchors := []string{"2016-11-07", "2016-02-29", "2017-01-01", "2016-11", "9999-12-31", "1000-01-01", ""}
	f.Fuzz(func(t *testing.T, text string, which uint8) {
		if len(text) > 4000 {
			return
		}
		// decoding is FuzzExtract's: here spans refer to valid UTF-8 text
		text = strings.ToValidUTF8(text, "\uFFFD")
		doc, err := datedExtractor(t).Extract(context.Background(), Input{Text: text, Date: anchors[int(which)%len(anchors)]})
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		checkSpans(t, text, doc)
		for _, e := range doc.Entities {
			if e.Type != TypeDate && e.Type != TypeTime || e.Value == "" {
				continue
			}
			if !dateValueForms.MatchString(e.Value) {
				t.Fatalf("%q: value %q in no documented form", text, e.Value)
			}
			for _, layout := range []string{"2006-01-02T15:04", "2006-01-02"} {
				if len(e.Value) == len(layout) {
					if _, err := time.Parse(layout, e.Value); err != nil {
						t.Fatalf("%q: impossible date %q: %v", text, e.Value, err)
					}
				}
			}
			if p := e.Period; p != nil {
				a, err1 := time.Parse("2006-01-02", p.Start)
				b, err2 := time.Parse("2006-01-02", p.End)
				if err1 != nil || err2 != nil || b.Before(a) {
					t.Fatalf("%q: bad period %+v", text, *p)
				}
			}
		}
	})
}
