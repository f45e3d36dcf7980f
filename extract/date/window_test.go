package date

import (
	"reflect"
	"testing"
)

// checkWindow checks that Read at each word of text reads the same from
// the words up to Window words from it as from all the words: callers
// (the extractor's date finder) convert no more words than that.
func checkWindow(t *testing.T, text string) {
	t.Helper()
	ws := testWords(text)
	for _, how := range []Reading{Strict, Loose} {
		for i := range ws {
			e, n := Read(ws, i, how)
			we, wn := Read(ws[:min(len(ws), i+Window)], i, how)
			if n != wn || !reflect.DeepEqual(e, we) {
				t.Fatalf("%q word %d: read %d words %+v from all the words, %d words %+v from %d", text, i, n, e, wn, we, Window)
			}
		}
	}
}

// TestReadWindow checks the window on long expressions.
func TestReadWindow(t *testing.T) {
	for _, s := range []string{
		"내년 2월 29일 오전 12시 30분 회의", "지난 3년 전", "두 달 뒤 오후 3시 반에 만났다", "이번 주 초 오후 3시",
		"2016년 2월 말 오후 3시 30분 2016년 2월 말 오후 3시 30분", "올 8월 중순 오전 10시 10분",
	} {
		checkWindow(t, s)
	}
}

// FuzzReadWindow checks the window on any text.
func FuzzReadWindow(f *testing.F) {
	for _, s := range []string{"내년 2월 29일 오전 12시 30분", "지난 15일 오후 3시 반", "두 달 뒤", "이 날 그 해 같은 날"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 2000 {
			return
		}
		checkWindow(t, text)
	})
}
