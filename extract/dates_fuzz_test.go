package extract

import (
	"context"
	"regexp"
	"testing"
	"time"
	"unicode/utf8"
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
		f.Add(s, "2016-11-07")
	}
	f.Add("이번주 주말", "9999-12-31")
	f.Add("지난해 말", "1000-01-01")
	f.Fuzz(func(t *testing.T, text, docDate string) {
		if len(text) > 4000 || !utf8.ValidString(text) {
			return // decoding is FuzzExtract's: spans then refer to the decoded text
		}
		doc, err := datedExtractor(t).Extract(context.Background(), Input{Text: text, Date: docDate})
		if err != nil {
			return // invalid input or document date
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
