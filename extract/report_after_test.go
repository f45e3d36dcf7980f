package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBackReport checks the sentence that reports the quotes before it
// with an adverb pointing back (“…” 김 장관은 이날 이같이 밝혔다): its
// subject speaks them and its verb reports them, while 이렇게 before a
// quote announces that quote instead.
func TestBackReport(t *testing.T) {
	type want struct{ starts, speaker, resolved, verb string }
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"the subject of the report after",
			"“우리는 최선을 다해 이 문제를 해결하겠습니다.” 김철수 장관은 이날 기자회견에서 이같이 밝혔다.",
			[]want{{"우리는", "김철수", "next-sentence", "밝혔다"}}},
		{"two quoted sentences, one report",
			"“예산은 충분합니다.” “문제는 집행입니다.” 박영희 의원은 이같이 말했다.",
			[]want{{"예산은", "박영희", "next-sentence", "말했다"}, {"문제는", "박영희", "next-sentence", "말했다"}}},
		{"a report that goes on",
			"“협조를 부탁드립니다.” 박영희 의원은 이같이 말하며 지원을 당부했다.",
			[]want{{"협조를", "박영희", "next-sentence", "말하며"}}},
		{"the report in the next paragraph",
			"“철도는 멈추지 않습니다.”\n김철수 위원장은 이날 이와 같이 강조했다.",
			[]want{{"철도는", "김철수", "next-sentence", "강조했다"}}},
		{"a footnote after the quote; the subject before it speaks",
			"연구원 김철수는 “관련 자료는 아직 없는 형편이다.”[7] 이와 같이 밝히고 있다.",
			[]want{{"관련 자료는", "김철수", "subject", "밝히고"}}},
		{"이렇게 before a quote announces it",
			"“첫째 문장입니다.” 박영희 의원은 이렇게 말했다. “둘째 문장입니다.”",
			[]want{{"첫째", "", "", ""}, {"둘째", "박영희", "previous-sentence", "말했다"}}},
		{"no report, no speaker",
			"“우리는 최선을 다해 이 문제를 해결하겠습니다.” 김철수 장관은 이처럼 중요한 사람이다.",
			[]want{{"우리는", "", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := quotesIn(t, tt.in, len(tt.want))
			for i, w := range tt.want {
				checkSpeaker(t, doc.Quotes[i], w.starts, w.speaker, w.resolved)
				assert.Equal(t, w.verb, doc.Quotes[i].Verb, "quote %q", doc.Quotes[i].Text)
			}
		})
	}
}

func TestOnlyClosers(t *testing.T) {
	for s, want := range map[string]bool{
		"":          true,
		".":         true,
		"[7] ":      true,
		".[12][13]": true,
		")”":        true,
		"[7":        false,
		"[a]":       false,
		"[]":        false,
		"고 ":        false,
		" 라고":       false,
	} {
		assert.Equal(t, want, onlyClosers(s), "%q", s)
	}
}
