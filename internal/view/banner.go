package view

import "strconv"

// The banner rule, stated in the page: the top speaker is the article's
// main speaker when they have at least half of its quotes, and at least
// two; otherwise the banner names the most quoted speaker with the count
// only. view.js applies the same rule (isMainSpeaker).
const (
	bannerRule    = `주요 화자: 인용의 절반 이상 · main speaker: at least half of the quotes`
	bannerNoMain  = `주요 화자 없음: 절반 이상 인용된 화자가 없음 · no main speaker: nobody has half of the quotes`
	minMainQuotes = 2
)

// isMainSpeaker applies the banner rule to a speaker with count of total
// quotes.
func isMainSpeaker(count, total int) bool {
	return count >= minMainQuotes && 2*count >= total
}

// speakerBanner is the line above the quotes: the main speaker, or the most
// quoted one, with the count and the rule.
func speakerBanner(name string, count, total int) string {
	label, rule := `최다 인용 · Most quoted`, bannerNoMain
	if isMainSpeaker(count, total) {
		label, rule = `주요 화자 · Main speaker`, bannerRule
	}
	return `<p class="main-speaker">` + label + `: <b>` + esc(name) + `</b> <span class="n">` +
		strconv.Itoa(count) + "/" + strconv.Itoa(total) + `</span> <small class="rule">(` + rule + `)</small></p>`
}
