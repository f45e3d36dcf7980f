package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestClaims(t *testing.T) {
	tests := []struct {
		name, in            string
		kind, cue, contains string
		source              string // "" means no source
	}{
		{"according to a group", "업계에 따르면 삼성전자는 내년에 신규 공장을 짓는다.", "according", "따르면", "신규 공장을 짓는다", "업계"},
		{"according to an organization's report", "한국은행이 발표한 자료에 따르면 물가 상승률은 둔화됐다.", "according", "따르면", "물가 상승률은 둔화됐다", "한국은행"},
		// X가 …발표한 결과에 따르면: the subject of the clause that modifies
		// the report; a number's comma is no clause boundary
		{"according to a survey a body ran", "대한상공회의소가 최근 소비자 1,000명을 대상으로 조사한 결과에 따르면, 응답자의 79.4%가 점포가 더 낫다고 답했다.", "according", "따르면", "점포가 더 낫다고", "대한상공회의소"},
		{"according to a quoted name's results", "여론조사 전문 업체인 \"리얼미터\"가 조사하여 18일에 발표한 결과에 따르면 박 대통령의 지지율이 36.4%로 상승했다.", "according", "따르면", "지지율이 36.4%로", "리얼미터"},
		{"according to what holds the record, not what it shows", "사고당시 상황이 담긴 CCTV에 의하면 브레이크등이 점등되지 않았다.", "according", "의하면", "브레이크등이 점등되지", "CCTV"},
		{"hearsay has no source", "양측은 합의에 근접한 것으로 알려졌다.", "hearsay", "알려졌다", "합의에 근접한", ""},
		{"reported speech of a group", "전문가들은 금리가 더 오를 수 있다고 경고했다.", "reported", "경고했다", "금리가 더 오를 수 있다", "전문가들"},
		{"reported speech of a person", "김철수 대표는 올해 실적이 개선될 것이라고 밝혔다.", "reported", "밝혔다", "실적이 개선될 것", "김철수"},
		// a connective before the subject is no part of the source's name
		{"an adverb of time before the subject", "이후 한미 양국은 부지 공여를 위한 협의를 실시할 것이라고 밝혔다.", "reported", "밝혔다", "협의를 실시할 것", "한미 양국"},
		{"a postposition in 있어 before the subject", "이 발언에 있어 정치권은 청산을 지지한다고 밝혔다.", "reported", "밝혔다", "청산을 지지한다", "정치권"},
		{"opinion of an unnamed group", "일각에서는 규제가 과도하다는 지적도 나온다.", "opinion", "지적", "규제가 과도하다", "일각"},
		// the content keeps the word with the quotative ending, not the verb
		{"a clause in 며 before a verb of protest", "야당은 이번 처리가 날치기라며 반발했다.", "reported", "반발했다", "날치기라며", "야당"},
		{"a view in 것으로 before 보고 있다", "경찰은 이들이 스스로 목숨을 끊은 것으로 보고 있다.", "reported", "보고", "목숨을 끊은 것으로", "경찰"},
		// a subject between the clause and the verb reports it; one before
		// the clause belongs to the clause
		{"subject after the clause", "유출된 개인정보는 검찰이 모두 회수했다고 카드사들은 설명했다.", "reported", "설명했다", "개인정보는 검찰이 모두 회수했다고", "카드사들"},
		{"topic of the clause, subject after it", "평남 남포시는 특별시로 승격했다는 것이 확인됐다고 통일부는 덧붙였다.", "reported", "덧붙였다", "남포시는 특별시로 승격", "통일부"},
		{"a body of one syllable after the clause", "공사 구간의 통행은 다음 달까지 막을 수밖에 없다고 시는 설명했다.", "reported", "설명했다", "통행은 다음 달까지", "시"},
		{"an outlet of two words after the clause", "수돗물에서도 방사능 물질은 발견되지 않았다고 NHK 월드가 전했다.", "reported", "전했다", "방사능 물질은 발견되지 않았다고", "NHK 월드"},
		// a passive verb of reporting names no one: hearsay, the subject
		// before the clause is the clause's own
		{"reported by a passive verb", "이 곳을 찾는 사람들은 대부분 사연이 담긴 경우가 많다고 전해진다.", "hearsay", "전해진다", "사람들은 대부분 사연이", ""},
		{"what the press reports, passive", "이 접촉의 내용에는 제재 해제 등이 포함된 것으로 보도되었다.", "hearsay", "보도되었다", "제재 해제 등이 포함된 것으로", ""},
		// …라고 한다: it is said, unless a named topic says it
		{"hearsay in 라고 한다", "만약 강원도가 회생 신청이 받아들여질 경우 자산 매각에 나설 계획이라고 한다.", "hearsay", "한다", "자산 매각에 나설 계획이라고", ""},
		{"a named topic with 라고 한다", "문종현 이스트시큐리티 이사는 이 방식이 웹사이트 화면을 바꾸는 해킹이라고 한다.", "reported", "한다", "화면을 바꾸는 해킹이라고", "문종현"},
		{"a report reported: 밝혔다고 한다", "허나 일본 방위성 관계자가, 일본이 북한을 공격할 때 한국의 허가는 필요하지 않다고 밝혔다고 한다.", "reported", "밝혔다고", "허가는 필요하지 않다고", "방위성 관계자"},
		// …라는 것이다 restates a report: no subject of its own sentence
		{"a restatement names no source of its own", "네이버가 자금이 부족해서 이런 행보를 보였다는 것이다.", "reported", "것이다", "네이버가 자금이 부족해서", ""},
		// direct quotes in the sentence of a claim
		{"a quote as the object of a clause that goes on", "문 후보는 17일 오전 현충원을 참배하고, 방명록에 ‘사람이 먼저인 세상 만들겠습니다’라는 글을 남긴 것으로 알려졌다.", "hearsay", "알려졌다", "현충원을 참배하고", ""},
		{"a claim after a quote in 라며 starts after the ending", "한편 중국 외교부는 “안 의사는 존경받는 저명한 항일의사”라며 외국인 기념시설 규정에 따라 표지석 설치를 추진할 것이라고 했다.", "reported", "했다", "외국인 기념시설 규정에", "중국 외교부"},
		{"a title after an organization is the person's", "박문수 산업연구원 연구위원은 셧다운제가 이용 시간에 영향을 미치지 못한다고 발표했다.", "reported", "발표했다", "영향을 미치지 못한다고", "박문수"},
		{"a body with its bracketed abbreviation, marked 이", "전국민주노동조합총연맹(민주노총)이 2일 서울 도심에서 노동권을 확대해야 한다고 정부를 규탄하며 대회를 열었다.", "reported", "규탄하며", "노동권을 확대해야 한다고", "전국민주노동조합총연맹"},
		// subjects in 도 and with the honorific 씨
		{"a body marked 도", "이렇게 피해 규모가 커지자, 산림청도 국유림을 매몰 지역으로 제공하겠다고 밝혔다.", "reported", "밝혔다", "국유림을 매몰 지역으로 제공하겠다고", "산림청"},
		// a view voiced (…다는 주장이 나왔다): a subject before it is its
		// clause's own; where it is voiced names who holds it
		{"a voiced view names no one", "그런데 코레일이 국민 불편을 가중하고 있다는 주장도 나왔다.", "opinion", "주장", "코레일이 국민 불편을", ""},
		{"a view voiced in a field", "사과이후 재계에선 위원회의 권고를 충실히 지켰다는 평가가 나왔다.", "opinion", "평가", "권고를 충실히 지켰다는", "재계"},
		{"a view voiced among people", "이 때문에 여러 사람들 사이에서는 일본을 겨냥한 추가 미사일 발사 가능성이 제기된다는 분석이 있다.", "reported", "분석", "추가 미사일 발사 가능성이", "사람들"},
		// …다는 N이 알려졌다/전해졌다: hearsay of any noun; news that comes
		// in or spreads (소식이 들어왔다, 얘기가 파다했다) is voiced by no one
		{"what is known, with a date between", "장성택의 최측근이 제3국에 망명을 요청했다는 내용이 5일 알려졌다.", "hearsay", "알려졌다", "망명을 요청했다는", ""},
		{"an obituary passed on", "디자이너 다카다 겐조가 한 병원에서 별세했다는 부고가 전해졌다.", "hearsay", "전해졌다", "한 병원에서 별세했다는", ""},
		{"news that comes in", "그러던 중 열차가 탈선하여 사고를 냈다는 소식이 들어왔다.", "opinion", "소식", "탈선하여 사고를 냈다는", ""},
		{"a subject's view with a verb of thinking", "사람들은 안전요원들이 사라져 참사가 일어났다고 생각한다.", "reported", "생각한다", "참사가 일어났다고", "사람들"},
		{"a stance in the copula's modifier form", "유족측은 물대포에 의한 사망이 명백하고 부검은 불필요하다는 입장인 반면, 경찰은 말을 아꼈다.", "reported", "입장", "사망이 명백하고", "유족"},
		{"a stance named by a noun", "인수위원회는 임기 말 특별사면에 대하여 반대 입장을 밝혔다.", "reported", "밝혔다", "특별사면에 대하여 반대", "인수위원회"},
		{"a stance restated", "인수위원회는 임기 말 특별사면에 대하여 반대 입장을 다시 밝혔다.", "reported", "밝혔다", "특별사면에 대하여 반대", "인수위원회"},
		// 언론에 보도되는 바에 따르면: who reports it
		{"according to what the press reports", "언론에 보도되는 바에 따르면, 이번 사면에는 전직 장관 두 명이 포함되었다.", "according", "따르면", "전직 장관 두 명이", "언론"},
		// …할 것을 촉구했다: what a subject asks for or resolves
		{"what a body asks for", "중앙해양안전심판원은 21일 충돌사고로 인한 인명피해를 예방할 것을 당부했다.", "reported", "당부했다", "인명피해를 예방할 것을", "중앙해양안전심판원"},
		{"a view in 다는 before a noun of opinion", "업계에서는 규제가 과도하다는 우려가 나온다.", "opinion", "우려", "규제가 과도하다는", "업계"},
		// …다는 주장을 폈다: the subject voices the view; …라는 평가를 받고
		// 있다: a view of the subject, held by no one named
		{"a view as the object of a verb that voices it", "김영수 의원은 정부가 통계를 조작했다는 주장을 폈다.", "reported", "주장", "통계를 조작했다는", "김영수"},
		{"a view with a light verb", "많은 주민들도 새 도로가 오히려 위험하다는 얘기를 하고 있다.", "reported", "얘기", "오히려 위험하다는", "주민들"},
		{"a view received", "시의 초기 대응은 늦고 안일했다는 평가를 받고 있다.", "hearsay", "평가", "늦고 안일했다는", ""},
		// the person before a title the source names alone, over 전 and the
		// title's country
		{"a person the tagger missed before a title", "레온 그린 의원은 이번 법안이 위헌이라고 주장했다.", "reported", "주장했다", "법안이 위헌이라고", "레온 그린"},
		{"a person before a former title of a country", "야마다 다로 전 일본 총리는 원전 재가동이 무책임하다고 말했다.", "reported", "말했다", "재가동이 무책임하다고", "야마다"},
		// the body in 에서 that opens the sentence reports; an amount is no
		// subject; a verb made a noun (보기는) is no subject either
		{"a body in 에서 opening the sentence", "블룸버그통신에서 한국이 가장 취약한 나라라고 하였다.", "reported", "하였다", "가장 취약한 나라라고", "블룸버그통신"},
		{"an amount as the clause's subject", "시가로 16억원이 넘는 규모였다고 한다.", "hearsay", "한다", "16억원이 넘는 규모였다고", ""},
		{"a hedge between the clause and the verb", "이 방식을 고난이도의 해킹 기법이라고 보기는 어렵다고 답변했다.", "reported", "답변했다", "해킹 기법이라고 보기는 어렵다고", ""},
		// a topic the rules do not know, before the clause's own subject in
		// 이/가, reports; the powers of the world act as one
		{"an unknown topic before the clause's subject", "노동부 장관 알마즈벡 아브또브는 국회의원들이 법안에 아무런 수정을 하지 않았다고 밝혔다.", "reported", "밝혔다", "아무런 수정을 하지 않았다고", "알마즈벡 아브또브"},
		{"the West as a subject", "미국 정부 등 서방은 이번 합병이 국제법 위반이라고 비판했다.", "reported", "비판했다", "국제법 위반이라고", "정부 등 서방"},
		// the subject's own phrase, not a word of the clause before it
		{"a subject after a modifier clause", "가장 많은 요금을 내야 하는 산업계는 이번 인상이 부당하다는 주장이다.", "reported", "주장", "이번 인상이 부당하다는", "산업계"},
		// …다고 보는 시각이 많다: the view is no one who holds it
		{"a view that many hold", "다만 학계는 이번 조치가 효과를 거두기 어렵다고 보는 시각이 많다.", "reported", "많다", "효과를 거두기 어렵다고", "학계"},
		// a country where a view is held is not who holds it
		{"a view held in a country", "베트남에서는 이 상징의 의미를 잘 몰랐을 수 있다는 의견도 존재한다.", "opinion", "의견", "의미를 잘 몰랐을 수", ""},
		// …라는 점을 지적했다, …다는 내용의 N을 V: what the subject's words say
		{"a point the subject makes", "인터넷 매체 바른뉴스는 지난달 이번 사고가 인재라는 점을 지적한 바 있다.", "reported", "지적한", "이번 사고가 인재라는", "바른뉴스"},
		{"what a leaflet says", "지역 시민단체는 주민들이 속았다는 내용의 전단을 배포했다.", "reported", "배포했다", "주민들이 속았다는 내용", "지역 시민단체"},
		{"what a video says, people in the plural with 도", "일부 진보 성향 유튜버들도 개표가 조작됐다는 내용의 영상을 제작해 올렸다.", "reported", "제작해", "개표가 조작됐다는 내용", "진보 성향 유튜버들"},
		// hearsay in …다고 알려져 있다 and …것으로도 전해졌다
		{"what is known, in 알려져 있다", "그 회사는 이미 파산 신청을 했다고 알려져 있다.", "hearsay", "알려져", "파산 신청을 했다고", ""},
		{"what is passed on, with 도", "시는 새 청사를 올해 안에 착공할 것으로도 전해졌다.", "hearsay", "전해졌다", "착공할 것으로도", ""},
		// 것이라는 contracted (거란, 것이란), and a view put as a question
		{"a view in 거란", "내년에는 물가가 더 오를 거란 우려도 나오고 있다.", "opinion", "우려", "물가가 더 오를 거란", ""},
		{"a view put as a question", "당국의 대응이 너무 늦은 것은 아닐까 하는 의견도 있었다.", "opinion", "의견", "아닐까 하는", ""},
		// an adverb between the view and the verb that voices it
		{"a view voiced again and again", "방역 조치가 너무 늦었다는 지적이 잇따라 나오고 있다.", "opinion", "지적", "너무 늦었다는", ""},
		{"a view voiced for long", "낡은 다리를 새로 지어야 한다는 의견이 지속적으로 제기되어 왔다.", "opinion", "의견", "새로 지어야 한다는", ""},
		// news passed on in the copula (정보다: 다 after a vowel, not 보다)
		{"news in the copula after a vowel", "새 청사 건립은 내년에 다시 논의하기로 했다는 정보다.", "hearsay", "정보", "다시 논의하기로", ""},
		{"what is said behind the scenes", "시장이 내년 선거에 나가지 않기로 마음을 굳혔다는 후문이다.", "hearsay", "후문", "선거에 나가지 않기로", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := extractText(t, tt.in)
			checkSpans(t, tt.in, doc)
			require.Len(t, doc.Claims, 1, "%+v", doc.Claims)
			c := doc.Claims[0]
			assert.Equal(t, tt.cue, c.Cue)
			checkClaim(t, c, tt.contains, tt.kind, tt.source)
		})
	}
}

// A claim never starts on the ending glued to a closing quotation mark.
// TestGivenNameTopicIsTheSource checks that a topic in 는 after a given
// name ending in 라 (벨라는 is 벨라 + 는, not 벨 + the quotative 라는) is the
// claim's source and no part of its content.
func TestGivenNameTopicIsTheSource(t *testing.T) {
	in := "틱톡 스타인 벨라 포치가 사진을 올렸다. 그 뒤 사진이 퍼졌다. 벨라는 이러한 반응을 보고 상처를 받았다고 말했다."
	doc := extractText(t, in)
	checkSpans(t, in, doc)
	require.Len(t, doc.Claims, 1, "%+v", doc.Claims)
	c := doc.Claims[0]
	assert.NotContains(t, c.Text, "벨라")
	checkClaim(t, c, "상처를 받았다고", "reported", "벨라 포치")
}

// TestUnitAloneIsThePlaceNamedBefore checks that a local government named
// by its unit alone (시는) is the one city the article named, and stays the
// unit when it named none or two.
func TestUnitAloneIsThePlaceNamedBefore(t *testing.T) {
	tests := []struct{ name, in, source string }{
		{"one city before", "서울시가 공사에 들어간다. 공사 구간의 통행은 다음 달까지 막을 수밖에 없다고 시는 설명했다.", "서울시"}, // the fullest form the article gives
		{"a province before", "충청남도가 대책을 세웠다. 피해 농가를 지원하겠다고 도는 밝혔다.", "충청남도"},
		{"two cities before", "서울시와 부산시가 공사에 들어간다. 공사 구간의 통행은 다음 달까지 막을 수밖에 없다고 시는 설명했다.", "시"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := extractText(t, tt.in)
			checkSpans(t, tt.in, doc)
			require.NotEmpty(t, doc.Claims)
			c := doc.Claims[len(doc.Claims)-1]
			require.NotNil(t, c.Source, "%+v", c)
			assert.Equal(t, tt.source, c.Source.Name)
		})
	}
}

// TestInnerClauseSubjectDoesNotReport checks that a subject in 이/가
// between a clause in 라며 and the verb, when another reported clause
// follows it, is that clause's subject, not the reporter of the first.
func TestInnerClauseSubjectDoesNotReport(t *testing.T) {
	in := "새누리당은 민생과 정쟁은 분리된 것이라며 민주당이 국회 예산과 민생법안을 볼모로 잡지 말라고 성토했다."
	doc := extractText(t, in)
	checkSpans(t, in, doc)
	var found bool
	for _, c := range doc.Claims {
		if strings.Contains(c.Text, "분리된 것이라며") {
			found = true
			require.NotNil(t, c.Source, "%+v", c)
			assert.Equal(t, "새누리당", c.Source.Name)
			assert.NotContains(t, c.Text, "새누리당은")
		}
	}
	assert.True(t, found, "%+v", doc.Claims)
}

func TestClaimStartsAfterAQuotesEnding(t *testing.T) {
	for _, in := range []string{
		"학생 측은 “학부의 취업률은 74%로, 전체에서 5위”를 차지한다면서 통폐합에 반대한다고 주장하였다.",
		"그는 “더 이상 참을 수 없다”고 덧붙이며 눈물을 흘렸다고 관계자가 전했다.",
	} {
		doc := extractText(t, in)
		checkSpans(t, in, doc)
		for _, c := range doc.Claims {
			r := []rune(in)
			if c.Start > 0 {
				assert.NotContains(t, "”’」』»", string(r[c.Start-1]), "%q in %q", c.Text, in)
			}
		}
	}
}

// …라는 것이다 after a report restates it: its source is the report's.
func TestRestatementTakesTheReportsSource(t *testing.T) {
	in := "LG전자는 사고 헬기가 오래되진 않았다고 밝혔다. 직원들이 지방 사업장을 오갈 때 사용할 수 있는 헬기라는 것이다."
	doc := extractText(t, in)
	checkSpans(t, in, doc)
	require.Len(t, doc.Claims, 2)
	c := doc.Claims[1]
	assert.Equal(t, "것이다", c.Cue)
	assert.Contains(t, c.Text, "직원들이 지방 사업장을")
	require.NotNil(t, c.Source)
	assert.Equal(t, "LG전자", c.Source.Name)
}

// A claim with no subject in its sentence and no report just before it
// takes the topic of the sentence before in the paragraph; so does a person
// named with 씨 after a clause of the sentence.
func TestClaimSourceFromTheSentenceBefore(t *testing.T) {
	tests := []struct{ in, contains, source string }{
		{"해양수산부는 2021년 8월부터 배들이 평형수를 모두 교체하도록 지시했다. 다만 그동안 전수 검사에서 비슷한 수준의 방사능 수치만 나왔다고 설명했다.",
			"방사능 수치만 나왔다고", "해양수산부"},
		{"유민아빠 김영오씨는 병원으로 이송되었다. 건강이 나빠졌기 때문인데, 그럼에도 김영오씨는 단식을 이어가겠다는 입장이다.",
			"단식을 이어가겠다는", "김영오"},
		// 이 개편안에 따르면: the report before, across a paragraph
		{"인수위원회는 15일 정부 조직 개편안을 발표했다.\n이 개편안에 따르면, 기존 행정안전부를 안전행정부로 바꾼다.",
			"안전행정부로 바꾼다", "인수위원회"},
		// a short form of a body the article named before (노조)
		{"전국철도노동조합(철도노조)은 9일 파업에 들어갔다. 노조는 코레일이 이사회 일정을 연기하고 노조와 협의하라고 촉구했다.",
			"일정을 연기하고", "전국철도노동조합"},
		// a run of reports with no subject: the source of the report before,
		// two sentences back, or across a paragraph after 또한
		{"국토교통부는 다음 달부터 고속도로 통행료를 내리겠다고 밝혔다. 인하 폭은 평균 5% 수준이다. 이달 말에 노선별 요금표를 공개할 예정이라고 덧붙였다.",
			"노선별 요금표를 공개할 예정이라고", "국토교통부"},
		{"국토교통부는 다음 달부터 고속도로 통행료를 내리겠다고 밝혔다. 주말 할증도 없애겠다고 밝혔다.\n\n또한, 화물차 심야 할인을 늘릴 계획이라고 밝혔다.",
			"심야 할인을 늘릴 계획이라고", "국토교통부"},
	}
	for _, tt := range tests {
		doc := extractText(t, tt.in)
		checkSpans(t, tt.in, doc)
		require.NotEmpty(t, doc.Claims, tt.in)
		c := doc.Claims[len(doc.Claims)-1]
		assert.Contains(t, c.Text, tt.contains)
		require.NotNil(t, c.Source, tt.in)
		assert.Equal(t, tt.source, c.Source.Name)
	}
}

// 이에 따르면 and 보도자료에 따르면 cite the report just before.
func TestAccordingToTheReportBefore(t *testing.T) {
	in := "서울시는 28일 지하철 운행을 늘리겠다고 밝혔다. 이에 따르면, 출근 시간대는 오전 7시~10시가 된다."
	doc := extractText(t, in)
	checkSpans(t, in, doc)
	require.Len(t, doc.Claims, 2)
	c := doc.Claims[1]
	assert.Equal(t, "according", c.Kind)
	require.NotNil(t, c.Source)
	assert.Equal(t, "서울시", c.Source.Name)
}

// The writer's inference is no one's claim: …것으로 생각된다, …라고
// 보인다, …것으로 나타났으나.
func TestInferenceIsNotAClaim(t *testing.T) {
	for _, in := range []string{
		"새로 발견된 행성계의 중심별은 그 구성 성분이 태양과 비슷한 것으로 생각된다.",
		"열차를 이용할 승객이 더 많을 것이라고 생각된다.",
		"이 행성계에는 7개의 행성이 있는 것으로 보이는데, 그 중 두 개는 애매하다.",
		"노조조직률이 오르면 분배구조가 개선되는 것으로 나타났으나 유의성은 낮았다.",
		// a verb of thinking with no subject: the writer's own view
		"디지털 성범죄는 한번 이뤄지면 삭제시키기 어렵기에 무거운 처벌을 받아야 한다고 생각한다.",
		// what kind of words, not what was said
		"일부는 필리핀인들은 작고 무식하다 등의 인종차별적인 발언을 하였다.",
	} {
		doc := extractText(t, in)
		assert.Empty(t, doc.Claims, in)
	}
}

// …한 것을 말한다 defines; only a verb of asking or resolving after
// …할 것을 reports a claim.
func TestDefinitionIsNotADemand(t *testing.T) {
	doc := extractText(t, "전기통신이란 전자적 방식에 의하여 부호를 송신하거나 수신하는 것을 말한다.")
	assert.Empty(t, doc.Claims)
}

func TestQuoteIsNotAClaim(t *testing.T) {
	for _, in := range []string{
		"김철수 대표는 “실적이 개선됐다고 본다”고 말했다.",
		// the hearsay verb reports the quote, which has its speaker
		"그는 “절대 그런 일은 없다”고 말한 것으로 알려졌다.",
		// an according-to report whose words are a quote with its speaker
		"한 일간지에 따르면 법원은 “행진을 막으면 회복하기 어려운 손해를 입는다”며 노조의 손을 들어줬다.",
		// two words after a quote are its tail, not a claim of their own
		"그는 “좋은 곳에 쓰도록 하겠다”며 기부할 생각임을 밝혔다.",
	} {
		doc := extractText(t, in)
		assert.Len(t, doc.Quotes, 1, in)
		assert.Empty(t, doc.Claims, in)
	}
}

// quotativeSuffix tests the last syllable first: every ending must end so
// (고, 며 or 서).
func TestQuotativeEndingsEndInGoOrMyeo(t *testing.T) {
	for _, q := range quotativeClause {
		assert.True(t, strings.HasSuffix(q, "고") || strings.HasSuffix(q, "며") || strings.HasSuffix(q, "서"), q)
		assert.Equal(t, q, quotativeSuffix("있"+q))
	}
}

// In clauses joined by a comma, the topic after the first subject's own
// report, or after 반면, reports the last clause; a clause that only
// describes goes on with the reported words.
func TestClaimSourceOfTheLastJoinedClause(t *testing.T) {
	tests := []struct{ in, contains, source string }{
		{"법원은 피고인의 혐의를 대부분 인정했으며, 변호인단은 곧바로 항소하겠다고 밝혔다.", "항소하겠다고", "변호인단"},
		{"중국은 식량을 지원하겠다고 나섰고, 두 나라 정상은 전화로 협력을 이어가자고 했다.", "협력을 이어가자고", "정상"},
		{"시청측은 요금을 올려야 한다는 입장인 반면, 시민단체는 요금을 동결해야 한다는 입장이다.", "동결해야 한다는", "시민단체"},
		{"경찰청은 행사 시간 동안 도로가 대부분 비어 있었고, 시민들은 안내에 따라 모두 대피하였다고 평가했다.", "안내에 따라 모두 대피하였다고", "경찰청"},
		// a clause in 지만 may still be the first subject's
		{"김민수 대변인은 장소를 밝히지 않았지만, 회담은 예정대로 열린다고 말했다.", "예정대로 열린다고", "김민수"},
	}
	for _, tt := range tests {
		doc := extractText(t, tt.in)
		checkSpans(t, tt.in, doc)
		var found *Claim
		for i := range doc.Claims {
			if strings.Contains(doc.Claims[i].Text, tt.contains) {
				found = &doc.Claims[i]
			}
		}
		require.NotNil(t, found, "%s: %+v", tt.in, doc.Claims)
		require.NotNil(t, found.Source, tt.in)
		assert.Equal(t, tt.source, found.Source.Name, tt.in)
	}
}

// A name given (…라고 하는데, …라고 불렸지만), what a law provides (X법에
// 따르면), the writer's framing of a point (문제는 …라는 것이다) and what a
// survey finds people think are no one's claims.
func TestNamesLawsAndFramingAreNotClaims(t *testing.T) {
	for _, in := range []string{
		"사람들은 이 현상을 일종의 착시 효과라고 하는데, 실제로는 빛의 굴절 때문이다.",
		"이 마을은 한때 장수마을이라고 불렸지만, 지금은 주민이 거의 없다.",
		"도로교통법에 따르면 운전 중에는 휴대전화를 손에 들고 통화해서는 안 된다고 한다.",
		"문제는 복구 비용을 모두 주민들이 떠안아야 한다는 것이다.",
		"여기서 눈여겨볼 부분은, 가장 먼저 문을 닫을 점포가 시내 중심가에 있다는 것이다.",
		// who thinks so, as a survey finds; a share of survey answers
		"응답자의 79%는 대형 매장이 동네 가게보다 편리하다고 생각하는 것으로 나타났다.",
		"재택근무를 늘려야 한다는 입장인 31%에 비해 두 배 가까이 많았다.",
	} {
		doc := extractText(t, in)
		assert.Empty(t, doc.Claims, in)
	}
	// a clause that ends in a bound noun is no name: a claim
	in := "정부는 내년부터 이 사업을 전국으로 확대 추진할 것이라고 했다."
	doc := extractText(t, in)
	require.Len(t, doc.Claims, 1)
	require.NotNil(t, doc.Claims[0].Source)
	assert.Equal(t, "정부", doc.Claims[0].Source.Name)
}

// A topic the other subject rules do not know reports the clause when it
// is no common noun, or a body's head after a name (…뉴스 네트워크는); a
// thing as the topic (풍력 발전소는) is the clause's own.
func TestClaimSourceOfAnUnknownTopic(t *testing.T) {
	tests := []struct{ in, contains, source string }{
		{"코믹 뉴스 센터는 다음 달부터 2기가 방영된다고 밝혔다.", "2기가 방영된다고", "코믹 뉴스 센터"},
		{"백신을 개발한 안랩시큐리티에서는 긴급 대응을 하겠다고 공지했다.", "긴급 대응을 하겠다고", "안랩시큐리티"},
		{"카리브 국가 및 카리브 공동체는 어떠한 쿠데타도 용납하지 않겠다고 말했다.", "쿠데타도 용납하지", "카리브 국가 및 카리브 공동체"},
		{"지속 가능한 발전 중에서 풍력 발전소는 짓지 않겠다고 했다.", "짓지 않겠다고", ""},
	}
	for _, tt := range tests {
		doc := extractText(t, tt.in)
		checkSpans(t, tt.in, doc)
		require.Len(t, doc.Claims, 1, tt.in)
		c := doc.Claims[0]
		assert.Contains(t, c.Text, tt.contains)
		if tt.source == "" {
			assert.Nil(t, c.Source, tt.in)
			continue
		}
		require.NotNil(t, c.Source, tt.in)
		assert.Equal(t, tt.source, c.Source.Name, tt.in)
	}
}

// …라고 언급한 것으로 전해졌다: the inner report is the claim; the hearsay
// verb that passes it on adds none.
func TestHearsayOfAReportIsOneClaim(t *testing.T) {
	in := "아직 결정된 것은 없으며 앞으로 구상을 연구할 것이라고 언급한 것으로 전해졌다."
	doc := extractText(t, in)
	checkSpans(t, in, doc)
	require.Len(t, doc.Claims, 1, "%+v", doc.Claims)
	assert.Contains(t, doc.Claims[0].Text, "구상을 연구할 것이라고")
}
