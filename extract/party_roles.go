package extract

// partyRoles are the titles of a party's officers: a person who holds one
// and whom the article ties to no body belongs to the party the sentence
// before speaks of (새누리당은 … 성토했다. 최경환 원내대표는 …).
var partyRoles = setOf("원내대표", "대표", "당대표", "최고위원", "대변인", "수석대변인", "원내대변인",
	"사무총장", "정책위의장", "원내수석부대표", "비상대책위원장", "비대위원장")

// memberRoles are the roles of the members of a group (리더 아이린): the
// group is the subject or topic of the sentence before (레드벨벳이 …. 리더
// 아이린은 …).
var memberRoles = setOf("리더", "멤버", "막내", "메인보컬", "보컬", "래퍼", "센터", "주장")

// partyLead is how many words at the start of the sentence before may name
// the party as its topic (반면 국민의힘 정당에서는).
const partyLead = 4

// affiliationsFromPartyTopic gives a party officer with no affiliation the
// party that is the topic (은/는, 에서는) of the sentence right before the
// person's first mention, in the same paragraph.
func (a *analysis) affiliationsFromPartyTopic() {
	for _, p := range a.ents.All() {
		if p.Type != TypePerson || p.Affiliation != nil || len(p.Mentions) == 0 {
			continue
		}
		party, member := partyRoles[lastWord(p.Role)], memberRoles[lastWord(p.Role)]
		if !party && !member {
			continue
		}
		m := p.Mentions[0]
		if m.Sent == 0 {
			continue
		}
		prev := a.sents[m.Sent-1]
		if a.paragraphsBetween(prev.Start, m.Start) > 0 {
			continue
		}
		if body := a.bodyTopic(a.sentenceWords(m.Sent-1), member); body != nil {
			p.Affiliation = body
		}
	}
}

// bodyTopic returns the body named as the topic among the first words:
// with 은/는/에서는 itself, or before a word that carries it (국민의힘
// 정당에서는, 새누리당 측은). It is a party of the lexicon, or for a member's
// role any organization but a news outlet, also as the subject in 이/가.
func (a *analysis) bodyTopic(toks []token, member bool) *entity {
	for k := 0; k < len(toks) && k < partyLead; k++ {
		e := a.entityOf(toks[k], TypeOrg)
		if e == nil {
			continue
		}
		if member && isOutlet(e) || !member && (e.Entry == nil || e.Entry.Kind != "party") {
			return nil
		}
		j := toks[k].josa()
		if j == "" && k+1 < len(toks) && toks[k+1].punctBefore == "" {
			j = toks[k+1].josa()
		}
		if partyTopicJosa[j] || member && (j == "이" || j == "가") {
			return e
		}
		return nil
	}
	return nil
}

// partyTopicJosa mark a topic or a body speaking: 은, 는, 에서는.
var partyTopicJosa = setOf("은", "는", "에서는")
