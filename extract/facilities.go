package extract

import (
	"strings"

	"github.com/kextract/kextract/internal/hangul"
)

// News places a market, a stadium or a hall by the city it is in, written
// before it: 대구 와룡시장, 베이징 국가체육장, 부산 가톨릭센터. A word that
// ends in a noun for a kind of facility, right after a place, names a
// facility of that place even when neither the dictionary nor the tagger
// knows it. When the part before the facility noun only describes it
// (국가 of 국가체육장: the national stadium), the city is part of the
// name; when it is a name (와룡), the word names the facility alone.

// localFacilities makes a place of each word that ends in a facility noun
// and follows a place of the article with no particle between (the
// tagger's and the lexicon's findings are kept).
func (a *analysis) localFacilities(all []sentenceTokens) {
	byName := map[string]*entity{}
	for _, st := range all {
		toks := st.toks
		for i := 1; i < len(toks); i++ {
			p, t := toks[i-1], toks[i]
			if t.punctBefore != "" || !t.spaceBefore {
				continue
			}
			// a mention of the whole word: no particle, even when the
			// name ends like one (산티아고 국제공항, not 산티아 + 고)
			place := a.entityAt(p.start, p.end, TypeLocation)
			if place == nil {
				continue
			}
			if peakOf(place, t) {
				a.peak(byName, t, st.idx)
				continue
			}
			generic, ok := a.facilityWord(&toks[i])
			if !ok || a.ents.OverlapsOther(t.start, t.stemEnd(), nil) {
				continue
			}
			sp := span{Start: t.start, End: t.stemEnd()}
			if generic {
				sp.Start = p.start // 베이징 국가체육장
			}
			e := a.entityNamed(byName, TypeLocation, a.clean[sp.Start:sp.End])
			if generic {
				a.widenOver(e, sp, st.idx)
				continue
			}
			a.ents.Add(e, sp, st.idx)
		}
	}
}

// facilityWord reports whether the stem of word t is a name that ends in a
// facility noun, and whether what comes before the noun is a common noun
// (국가체육장) rather than a name (와룡시장). A title (대구시장 the mayor,
// 학교장) and a city and 시장 (a mayor again) are not facilities.
func (a *analysis) facilityWord(t *token) (generic, ok bool) {
	stem := t.stem()
	if !hangul.IsWord(stem) {
		return false, false
	}
	for _, suf := range facilitySuffixes {
		x, found := strings.CutSuffix(stem, suf)
		if !found || syllables(x) < 2 {
			continue
		}
		if suf == "시장" && a.cityMayor(x, suf) {
			return false, false
		}
		if _, title := a.wordTitle(t); title {
			return false, false
		}
		return facilityModifiers[x], true
	}
	return false, false
}

// facilityModifiers are the words that make a facility noun a description
// rather than a name (국가체육장 the national stadium, 국제공항 the
// international airport): the city before them is part of the name.
var facilityModifiers = setOf("국가", "국립", "시립", "도립", "구립", "군립", "공립", "중앙", "종합", "실내", "야외", "공설",
	"시민", "국제", "전통", "올림픽", "월드컵", "제1", "제2")

// peakOf reports whether word t names a peak of the place before it, a
// mountain: 청계산 이수봉, 지리산 천왕봉 (a name in 봉 right after a
// mountain's).
func peakOf(place *entity, t token) bool {
	stem := t.stem()
	n := syllables(stem)
	return strings.HasSuffix(place.Name, "산") && strings.HasSuffix(stem, "봉") && n >= 2 && n <= 4 && hangul.IsWord(stem)
}

// peak makes a place of the peak word t. A person read from the same word
// (이수봉 reads like a Korean name) with nothing else to it becomes the
// place.
func (a *analysis) peak(byName map[string]*entity, t token, sent int) {
	sp := span{Start: t.start, End: t.stemEnd()}
	if e := a.entityAt(sp.Start, sp.End, ""); e != nil {
		if e.Type == TypePerson && e.Entry == nil && e.Role == "" && e.Affiliation == nil && len(e.Mentions) == 1 {
			e.Type, e.Parts = TypeLocation, nil
		}
		return
	}
	if a.ents.OverlapsOther(sp.Start, sp.End, nil) {
		return
	}
	a.ents.Add(a.entityNamed(byName, TypeLocation, a.clean[sp.Start:sp.End]), sp, sent)
}

// widenOver makes s a mention of e in place of the mentions of other
// places inside it (베이징 of 베이징 국가체육장, 일본 of 일본대사관): the
// place is part of the facility's or the mission's name there.
func (a *analysis) widenOver(e *entity, s span, sent int) {
	var inside []mentionRef
	a.ents.Each(s.Start-a.ents.Reach(), s.End, func(r mentionRef) bool {
		if r.Value != nil && r.Value != e && s.Start <= r.Start && r.End <= s.End && r.Value.Type == TypeLocation {
			inside = append(inside, r)
		}
		return true
	})
	for _, r := range inside {
		a.ents.Remove(r)
	}
	a.ents.Add(e, s, sent)
}
