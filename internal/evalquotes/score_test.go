package evalquotes

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kextract/kextract/extract"
)

const goldJSON = `{"articles": [{"row": 1,
 "quotes": [
  {"starts": "수요는 여전히", "speaker": "앨빈 응우옌", "speaker_type": "PERSON", "verb": "말했다", "via": "name"},
  {"starts": "공급은", "speaker": "앨빈 응우옌", "speaker_type": "PERSON", "verb": "덧붙였다", "via": "previous"},
  {"starts": "없는 인용", "speaker": null, "speaker_type": null, "verb": null, "via": null}],
 "not_quotes": ["과잉 공급"],
 "claims": [{"contains": "금리가 오른다", "source": "업계 관계자", "source_type": "GROUP", "cue": "전망했다"}]}]}`

func TestScore(t *testing.T) {
	g, err := ReadGold(strings.NewReader(goldJSON))
	require.NoError(t, err)
	doc := &extract.Document{
		Entities: []extract.Entity{{ID: "e1", Type: extract.TypePerson, Name: "앨빈 응우옌"}},
		Quotes: []extract.Quote{
			{Span: extract.Span{Text: "수요는 여전히 많다"}, Verb: "말했다", Speaker: &extract.Speaker{Entity: "e1", Resolved: "subject"}},
			{Span: extract.Span{Text: "공급은 부족하다"}, Verb: "덧붙였다", Speaker: &extract.Speaker{Name: "응우옌", Resolved: "previous"}},
			{Span: extract.Span{Text: "과잉 공급 상황"}, Verb: "", Speaker: nil},
		},
		Claims: []extract.Claim{{Span: extract.Span{Text: "금리가 오른다"}, Source: &extract.Speaker{Name: "관계자"}}},
	}
	r := Score(g, map[string]*extract.Document{"wikinews-1": doc})
	assert.Equal(t, 3, r.GoldQuotes)
	assert.Equal(t, 0.667, r.QuoteRecall)    // the third gold quote is missing
	assert.Equal(t, 0.667, r.QuotePrecision) // the scare quote is no gold quote
	assert.Equal(t, 1, r.Scare)
	assert.Equal(t, 0.667, r.SpeakerAcc) // a last name matches the full name
	assert.Equal(t, 0.667, r.VerbAcc)
	assert.Equal(t, 1.0, r.ClaimRecall)
	assert.Equal(t, 1.0, r.ClaimSourceAcc) // a group's head noun matches
	assert.Equal(t, Count{1, 1}, r.BySieve["previous"])
	assert.Equal(t, Count{1, 0}, r.ByVia["none"])
	assert.Len(t, r.Misses, 1)
}

func TestSpeakerOK(t *testing.T) {
	s := func(v string) *string { return &v }
	tests := []struct {
		pred  string
		gold  *string
		gtype string
		want  bool
	}{
		{"카다피", s("무아마르 카다피"), "PERSON", true},
		{"무아마르 카다피", s("카다피"), "PERSON", true},
		{"한", s("한광석"), "PERSON", false},
		{"관계자", s("합동참모본부 관계자"), "GROUP", true},
		{"", nil, "", true},
		{"김철수", nil, "", false},
		{"", s("김철수"), "PERSON", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, speakerOK(tt.pred, tt.gold, tt.gtype), "%q / %v", tt.pred, tt.gold)
	}
}
