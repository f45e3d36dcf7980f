package extract

import "strings"

// platformNames are social networks and video sites. Their names stand for
// the company (페이스북은 … 밝혔다) or for the service people post on
// (페이스북에 올린 글); only the first is an organization.
var platformNames = setOf("페이스북", "트위터", "유튜브", "인스타그램", "틱톡", "웨이보", "카카오톡", "카카오스토리", "텔레그램", "위챗")

// venueParticles mark the place where something is posted or shown:
// 트위터에 올렸다, 유튜브에서 1200만 회, 인스타그램으로 전했다.
var venueParticles = setOf("에", "에서", "에는", "에서는", "에도", "에서도", "에선", "에다", "으로", "로", "으로도", "로도", "상에", "상에서", "상으로", "상의")

// venueNouns are the things posted on a service, written after its name:
// 페이스북 글, 트위터 계정, 유튜브 채널.
var venueNouns = setOf("글", "계정", "페이지", "게시물", "게시글", "영상", "동영상", "채널", "라이브", "메시지", "댓글", "사진", "포스팅", "피드", "스토리", "내용", "공식", "개인", "팔로워", "구독자", "이용자", "사용자", "친구")

// sourcePhrases after 에 make the service's name the company again:
// 페이스북에 따르면, 트위터에 대한 과징금.
var sourcePhrases = []string{"따르면", "의하면", "대해", "대한", "대하여", "대해서", "과징금", "벌금"}

// platformVenue reports whether the lexicon name at [start, end) is a
// social network written as the place of a post (트위터에 올리기도 했다,
// 페이스북 글 전문, 트위터를 통해 전했다), which names the service rather
// than the company that runs it.
func (a *analysis) platformVenue(start, end int) bool {
	if !platformNames[a.clean[start:end]] {
		return false
	}
	rest := a.clean[end:]
	n := hangulPrefix(rest)
	suffix := rest[:n]
	next := rest[n:]
	if !strings.HasPrefix(next, " ") {
		return suffix != "" && venueParticles[suffix]
	}
	next = strings.TrimLeft(next, " ")
	nextWord := next[:hangulPrefix(next)]
	switch {
	case suffix == "":
		stem, _ := a.x.lex.StripJosa(nextWord)
		return venueNouns[stem] || venueNouns[nextWord]
	case suffix == "를" || suffix == "을":
		return strings.HasPrefix(nextWord, "통해") || strings.HasPrefix(nextWord, "통하여") || strings.HasPrefix(nextWord, "통한")
	case venueParticles[suffix]:
		for _, p := range sourcePhrases {
			if strings.HasPrefix(nextWord, p) {
				return false
			}
		}
		return true
	}
	return false
}
