package main

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/kextract/kextract/internal/klue"
)

// nerMisses lists what the extractor missed and added, in text order, and
// marks where the model alone had it right: the misses the rules made.
func TestNERMisses(t *testing.T) {
	ps := klue.Span{Start: 0, End: 3, Label: "PS"}
	dt := klue.Span{Start: 5, End: 8, Label: "DT"}
	dtWide := klue.Span{Start: 4, End: 8, Label: "DT"}
	og := klue.Span{Start: 10, End: 12, Label: "OG"}
	for _, tc := range []struct {
		name              string
		gold, pred, model []klue.Span
		want              []nerMiss
	}{
		{"all right", []klue.Span{ps, dt}, []klue.Span{ps, dt}, nil, nil},
		{"a rule widened the model's date", []klue.Span{ps, dt}, []klue.Span{ps, dtWide}, []klue.Span{ps, dt},
			[]nerMiss{{span: dtWide, model: true}, {span: dt, gold: true, model: true}}},
		{"both missed it", []klue.Span{og}, nil, nil, []nerMiss{{span: og, gold: true}}},
		{"the model added it too", nil, []klue.Span{og}, []klue.Span{og}, []nerMiss{{span: og}}},
	} {
		assert.Equal(t, tc.want, nerMisses(tc.gold, tc.pred, tc.model), tc.name)
	}
}

// trimQualifiers maps an amount to KLUE's QT: the number and unit without
// the words around them, several in a row too.
func TestTrimQualifiers(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"한화 약 2180만 원", "2180만 원"},
		{"약 3억 원", "3억 원"},
		{"5억 이상", "5억"},
		{"총 약 20명 가량", "20명"},
		{"2만 달러", "2만 달러"},
	} {
		r := []rune(tc.in)
		s, e := trimQualifiers(r, 0, len(r))
		assert.Equal(t, tc.want, string(r[s:e]), tc.in)
	}
}
