package extract

import (
	"slices"

	ent "github.com/kextract/kextract/extract/internal/entity"
)

// dropOverlaps leaves every stretch of text to at most one entity. Where
// mentions of two entities overlap, the longer one stays and the other is
// dropped: a name inside a longer name is not a mention of its own (한국 in
// 한국사데이터베이스, 트럼프 in 이방카 트럼프, 이달 in 안느 이달고), and of two
// readings that cross (한화 이글스 and 이글스 정우람) the longer is kept. Of
// two mentions of one length, the one of the entity found first stays
// (lexicon entries come before the model's and the context rules'). An
// entity left without mentions is not output.
//
// Mentions of one entity never overlap each other (addMention and
// addDateMention refuse them), so a sweep in text order finds whether any
// overlap at all; only then is the longest-first pass paid.
func (a *analysis) dropOverlaps() {
	type ref struct {
		e     *entity
		order int
		m     mention
	}
	var all []ref
	for _, list := range [2][]*entity{a.ents.All(), a.dates} {
		for _, e := range list {
			for _, m := range e.Mentions {
				all = append(all, ref{e: e, order: len(all), m: m})
			}
		}
	}
	if len(all) < 2 {
		return
	}
	slices.SortFunc(all, func(x, y ref) int {
		if x.m.Start != y.m.Start {
			return x.m.Start - y.m.Start
		}
		return x.order - y.order
	})
	overlap := false
	for i, end := 1, all[0].m.End; i < len(all); i++ {
		if all[i].m.Start < end {
			overlap = true
			break
		}
		end = max(end, all[i].m.End)
	}
	if !overlap {
		return
	}
	slices.SortStableFunc(all, func(x, y ref) int {
		if lx, ly := x.m.End-x.m.Start, y.m.End-y.m.Start; lx != ly {
			return ly - lx
		}
		return x.order - y.order
	})
	// taken marks the bytes of the text given to a mention kept so far;
	// kept mentions are disjoint, so each byte is marked once.
	taken := make([]bool, len(a.clean))
	drop := map[*entity][]span{}
	for _, r := range all {
		if r.m.Start < 0 || r.m.End > len(taken) {
			continue
		}
		free := true
		for i := r.m.Start; i < r.m.End && free; i++ {
			free = !taken[i]
		}
		if !free {
			drop[r.e] = append(drop[r.e], r.m.Span)
			continue
		}
		for i := r.m.Start; i < r.m.End; i++ {
			taken[i] = true
		}
	}
	for e, spans := range drop {
		if e.Type == TypeDate || e.Type == TypeTime {
			e.Mentions = slices.DeleteFunc(e.Mentions, func(m mention) bool { return slices.Contains(spans, m.Span) })
			continue
		}
		for _, s := range spans {
			a.ents.Remove(ent.RefOf(s.Start, s.End, e))
		}
	}
}
