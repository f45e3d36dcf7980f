package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSpeakerSieves checks each sieve of speaker resolution on sentences
// written after the forms of real Korean news (rewritten, not copied): the
// speaker found and the sieve that found it (the resolved field).
func TestSpeakerSieves(t *testing.T) {
	type want struct{ starts, speaker, resolved string }
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"subject far from the quote",
			"조윤선 당선인 대변인은 28일 오전 서울 삼청동 금융연수원에서 “당선인은 특별사면에 부정적이다”고 밝혔다.",
			[]want{{"당선인은", "조윤선", "subject"}}},
		{"person before a role with a place between",
			"이복순 수영구 문화공보팀장은 \"응급 복구는 낮 12시쯤 마무리했다\"고 말했다.",
			[]want{{"응급 복구는", "이복순", "subject"}}},
		{"foreign name before a country and a title",
			"볼로도미르 젤렌스키 우크라이나 대통령은 \"푸틴은 그 결과를 이해하고 있다\"고 말했다.",
			[]want{{"푸틴은", "볼로도미르 젤렌스키", "subject"}}},
		{"surname and title link to the full name",
			"한국농어촌공사 한광석 사업단장은 물이 부족하다고 밝혔다. 한 단장은 \"하루 10만 t으로는 모자란다\"고 말했다.",
			[]want{{"하루 10만", "한광석", "surname"}}},
		{"a gloss in brackets after the name",
			"허우한민(侯漢敏) 신장자치구 신문판공실 주임은 “피해자도 대부분이 위구르족”이라고 말했다.",
			[]want{{"피해자도", "허우한민", "subject"}}},
		{"a connective before the name is not part of it",
			"그러자 안희정 충남지사는 \"방조제 문을 열자\"고 말했다.",
			[]want{{"방조제 문을", "안희정", "subject"}}},
		{"a long organization between the name and the role",
			"잠수함 전문가인 문근식 한국 국방 안보 포럼 대회 협력 국장은 \"미국도 디젤 잠수함을 만들지 못한다\"고 말했다.",
			[]want{{"미국도 디젤", "문근식", "subject"}}},
		{"a verb in 고자 before the name is no name",
			"사고의 책임을 지고자 오영식 전 한국철도공사 사장은 사퇴하면서 “인력이 줄었다”고 말했다.",
			[]want{{"인력이 줄었다", "오영식", "subject"}}},
		{"a role taken for an entity after its holder",
			"홍 민 통일연구원 북한연구실장은 \"엄포성 성격이 상당 부분이다\"고 말했다.",
			[]want{{"엄포성 성격이", "홍 민", "subject"}}},
		{"the body before 측 written apart",
			"여기에 대해, 해당 학부 학생 측은 “학과의 취업률은 높다”고 반박했다.",
			[]want{{"학과의 취업률은", "학부 학생", "subject"}}}, // 해당 is a determiner
		{"a subject marked by 역시 after it",
			"제랄드 다르마냉 프랑스 내무부 장관 역시 같은 질문에 \"러시아가 이 분쟁을 빠져나오길 바란다\"고 답했다.",
			[]want{{"러시아가 이", "제랄드 다르마냉", "subject"}}},
		{"a group in 도 reported by the topic",
			"해경 관계자는 \"해적들이 조사를 받았다\"고 말했다. 이 관계자는 이어 유치장에 입감된 다른 해적들도 \"호텔보다 유치장이 낫다\"는 말을 했다고 전했다.",
			[]want{{"해적들이", "해경 관계자", "group"}, {"호텔보다", "해적들", "group"}}},
		{"the person a clause of speech modifies",
			"이와 관련해 시사저널은 “감사원 조사에 외압이 있었다”고 인정한 감사원 고위 인사의 녹음 파일을 입수했다.",
			[]want{{"감사원 조사에", "고위 인사", "subject"}}},
		{"the named person a one-syllable modifier of speech points to",
			"그러나 “안전을 담보하기가 어려워지고 있다”고 본 박정민 교통연구원 연구위원의 말처럼 근본적인 해결이 필요하다.",
			[]want{{"안전을 담보하기가", "박정민", "subject"}}},
		{"a sentence about an act of speech names the one who gave it before",
			"박창신 신부가 검찰에 고발당했다. 보수단체는 박 신부가 미사에서 한 발언을 문제삼고 있다. \"대통령은 사퇴해야 한다\"는 것이 발언의 주요 내용이었다.",
			[]want{{"대통령은 사퇴해야", "박창신", "owner"}}},
		{"no act of speech named: the owner sieve does not guess",
			"박창신 신부가 검찰에 고발당했다. 보수단체는 박 신부가 미사에서 한 발언을 문제삼고 있다. 이후 \"대통령은 사퇴해야 한다\"는 목소리가 나왔다.",
			[]want{{"대통령은 사퇴해야", "", ""}}},
		{"a country in 이/가 speaks through its government",
			"일본이 지난 주 '방위 원칙을 바꾸고 반격 능력을 보유한다'라고 선언했다.",
			[]want{{"방위 원칙을", "일본", "subject"}}},
		{"a bound noun after the clause of speech leaves the topic",
			"김철수 의원은 “외압이 있었다”고 말한 바 있다.",
			[]want{{"외압이 있었다", "김철수", "subject"}}},
		{"a clause of speech with its own subject",
			"자빱 측은 지난 1월 법률 대리인이 \"지금 추스르고 있는 상황\"이라고 밝힌 SBS와의 인터뷰 뒤 말이 없다.",
			[]want{{"지금 추스르고", "법률 대리인", "subject"}}},
		{"the source of 에 의하면 before the quote",
			"KAI 내부 관계자에 의하면, “하 전 사장은 회사를 떠났다”고 한다.",
			[]want{{"하 전 사장은", "KAI 내부 관계자", "according"}}},
		{"the topic speaks, not the subject of a clause before it",
			"곽노현 전 서울시교육감이 퇴진함으로써 권한대행을 맡은 이대영(53) 서울시 부교육감은 28일 “잘못된 정책을 바로잡겠다”고 밝혔다.",
			[]want{{"잘못된 정책을", "이대영", "subject"}}},
		{"그는 after a quote is its speaker",
			"곽노현 전 서울시교육감이 퇴진함으로써 권한대행을 맡은 이대영(53) 서울시 부교육감은 “잘못된 정책을 바로잡겠다”고 밝혔다.\n그는 학칙에 대해서 “일선 학교에 공문을 보내겠다”고 말했다.",
			[]want{{"잘못된 정책을", "이대영", "subject"}, {"일선 학교에", "이대영", "pronoun"}}},
		{"a title alone is the one person who holds it",
			"이재용 삼성전자 부회장은 사과했다. 부회장은 \"경영권을 물려주지 않겠다\"고 말했다.",
			[]want{{"경영권을", "이재용", "title"}}},
		{"a title two people hold stays unresolved",
			"김철수 의원과 박영희 의원은 만났다. 의원은 \"앞으로 서로 협력하겠다\"고 말했다.",
			[]want{{"앞으로 서로", "의원", "subject"}}},
		{"a one-word quote before a verb of speech",
			"김철수 의원은 질문에 \"아니다\"라고 답했다.",
			[]want{{"아니다", "김철수", "subject"}}},
		{"the topic of an earlier clause does not speak",
			"공화당 의원들은 비판적인데, 리차드 버는 \"소설 같은 이야기\"라고 일축했다.",
			[]want{{"소설 같은", "리차드 버", "subject"}}},
		{"a sentence that names no one: the subject before speaks on",
			"재판부는 판결문에서 조직의 실체를 인정했다. 아울러 \"조직이 두 차례 모임을 가졌다\"고 밝혔다.",
			[]want{{"조직이 두", "재판부", "previous-sentence"}}},
		{"a topic far from the quote in one clause",
			"일부 네티즌들은 코로나 바이러스 감염증을 핑계로 아시아계 인종에 대한 인종 차별을 했던 유럽인들을 향해 \"이제 우리가 말할 차례다\"라고 비난했다.",
			[]want{{"이제 우리가", "네티즌들", "group"}}}, // 네티즌 is a group noun
		{"a sentence that announces the words after it",
			"특히 스티커를 곳곳에 붙이고 다닌 공정선거국민연대 양모 대표는 이렇게 말했다.\n\"저희는 무정당 무정파 시민단체입니다\"",
			[]want{{"저희는 무정당", "양모", "previous-sentence"}}},
		{"the head of a body's name refers to it",
			"한국철도공사는 파업 대책을 내놨다. 공사는 \"열차 운행을 줄이겠다\"고 밝혔다.",
			[]want{{"열차 운행을", "한국철도공사", "subject"}}},
		{"the bench is the court the article named",
			"서울중앙지방법원은 이날 A씨에게 징역 1년을 선고했다. 재판부는 \"피해자들이 받은 고통이 매우 컸다\"고 밝혔다.",
			[]want{{"피해자들이 받은", "서울중앙지방법원", "subject"}}},
		{"a surname and a title is the one holder with that surname",
			"이정희 후보는 사퇴를 결정했다. 문재인 후보는 환영했다. 이어서 이 후보는 “박근혜 후보의 재집권은 역사적 퇴행”이라고 말했다.",
			[]want{{"박근혜 후보의", "이정희", "title"}}},
		{"two people of one surname: the title tells which",
			"김철수 의원과 김영희 교수가 토론회에서 만났다. 김 의원은 \"예산을 늘려야 한다\"고 말했다.",
			[]want{{"예산을 늘려야", "김철수", "surname"}}},
		{"a body speaks through 에서는",
			"서울시에서는 \"노약자는 외출을 자제해 달라\"고 당부했다.",
			[]want{{"노약자는", "서울시", "subject"}}}, // the form the article writes
		{"bracketed alias before the particle",
			"대한민국 농업협동조합(농협)은 \"피해 농가에 낙과 대금을 지원하겠다\"고 밝혔다.",
			[]want{{"피해 농가에", "대한민국 농업협동조합", "subject"}}},
		{"the outlet reports the subject after it",
			"블룸버그는 무바라크 전 대통령의 한 측근이 \"그가 혼수상태에 빠져 있다\"고 말했다고 보도했다.",
			[]want{{"그가 혼수상태에", "측근", "group"}}},
		{"a quote that opens its sentence continues the speaker",
			"김철수 대표는 “수요가 많다”고 말했다.\n이어 “공급은 부족하다”며 “가격이 오를 것”이라고 덧붙였다.",
			[]want{{"수요가 많다", "김철수", "subject"}, {"공급은 부족하다", "김철수", "previous"}, {"가격이 오를 것", "김철수", "previous"}}},
		{"a sentence that goes on (또한) continues the last speaker past sentences of reasons",
			"김철수 대표는 정부를 \"무능한 정부\"라고 비난하였다. 이는 세금 정책 때문으로 보인다. 세금이 오르면 기업이 떠나기 때문이었다.\n또한 정부의 대북 정책에 대해 \"위험한 실패\"라고 하였다.",
			[]want{{"무능한 정부", "김철수", "subject"}, {"위험한 실패", "김철수", "previous"}}},
		{"the sentence before names the speaker",
			"임병철 선관위 센터장은 이렇게 반박했다.\n\"투표함은 봉인된 채 이송된다.\"",
			[]want{{"투표함은", "임병철", "previous-sentence"}}},
		{"speech quoted inside a quote",
			"광역수사대는 “사채업자들은 친구들에게 ‘네가 보증을 섰으니 그 돈도 갚아야 한다’고 협박했다”고 전했다.",
			[]want{{"사채업자들은", "광역수사대", "subject"}, {"네가 보증을", "사채업자들", "subject"}}},
		{"a part of the group the sentence before spoke of",
			"누리꾼들은 요금 인상 소식에 크게 반발했다. 일부는 \"이용자를 무시하는 처사\"라고 비판했다.",
			[]want{{"이용자를 무시하는", "누리꾼들", "group"}}},
		{"the people of a country are a group that speaks on",
			"많은 한국인들은 결정에 실망했다. \"이번 결정은 너무 늦었다\"",
			[]want{{"이번 결정은", "한국인들", "previous-sentence"}}},
		{"a surname with 씨 is the person named in full before",
			"주부 박민정 씨는 해변에서 쓰레기를 주웠다. 박씨는 \"아이들에게 보여주고 싶었다\"고 말했다.",
			[]want{{"아이들에게", "박민정", "surname"}}},
		{"two subjects joined by 과: the first named",
			"한국수자원공사와 환경부는 \"수질 개선에 힘쓰겠다\"고 밝혔다.",
			[]want{{"수질 개선에", "한국수자원공사", "subject"}}},
		{"함께 after 와 is no coordination",
			"김철수 대표는 회견을 열었다. 박영희 의원과 함께 김 대표는 \"법안을 다시 내겠다\"고 밝혔다.",
			[]want{{"법안을 다시", "김철수", "surname"}}},
		{"a verb before a bound noun is no topic",
			"이종훈 변호사는 소송을 냈다.\n경종을 울리는 데 의미가 있다면서 \"노동법을 지켜야 한다\"고 말했다.",
			[]want{{"노동법을", "이종훈", "previous-sentence"}}},
		{"a clause in 다는 is no topic",
			"김영희 교수는 보고서를 냈다.\n정부가 책임을 미뤘다는 점을 들어 \"대책이 시급하다\"고 비판했다.",
			[]want{{"대책이", "김영희", "previous-sentence"}}},
		{"a share of a group is the group",
			"집회에 나온 민주당 지지자들 가운데 절반은 \"상대 후보가 싫어서 나왔다\"며 목소리를 높였다.",
			[]want{{"상대 후보가", "민주당 지지자들", "group"}}},
		{"the writer's gloss between two quotes of one speaker",
			"이대영 부교육감은 “학칙은 학교가 정하도록 하겠다”고 말했다. 학교에 자율을 주겠다는 것이다. 조직개편과 관련해서는 “개선점을 찾겠다”고 말했다.",
			[]want{{"학칙은", "이대영", "subject"}, {"개선점을", "이대영", "previous"}}},
		{"those among whom the words go round",
			"네티즌들 사이에서는 \"이건 너무하다\"는 반응이 나왔다.",
			[]want{{"이건 너무하다", "네티즌들", "group"}}},
		{"a group topic after a clause speaks on in the next sentence",
			"양측은 합의를 했지만, 유가족들은 여전히 수사권이 필요하다는 입장이다. \"정부를 믿을 수 없다\"",
			[]want{{"정부를 믿을", "유가족들", "previous-sentence"}}},
		{"a verb before 때 is no topic",
			"MBC는 사과했다.\n선수단을 소개할때는 \"정국은 안갯속\"이라는 자막을 내보냈다.",
			[]want{{"정국은", "MBC", "previous-sentence"}}},
		{"a cause is not a speaker",
			"조선중앙방송은 특별 방송을 내보냈다. 사망 원인은 \"과로로 인한 심근경색\"이라고 전했다.",
			[]want{{"과로로", "조선중앙방송", "previous-sentence"}}},
		{"a count of people is of the body before it",
			"변호사 대리인단 15명은 기자회견에서 \"근로계약서도 작성하지 않았다\"고 주장했다.",
			[]want{{"근로계약서도", "변호사 대리인단", "subject"}}},
		{"the writing's author speaks in the quotes after it",
			"그 중에서 양상훈 주필의 칼럼이 눈에 띈다.\n“우리나라에서 청산이 없었다는 것은 사실이 아니다.”",
			[]want{{"우리나라에서", "양상훈", "previous-sentence"}}},
		{"the source cited in brackets after the quote",
			"재판 결과는 이렇게 정리된다.\n“기소된 주요 전범은 모두 22명이다.” (이장희, 2009)",
			[]want{{"기소된 주요", "이장희", "citation"}}},
		{"a court by its short name speaks under its full one",
			"대법에서는 증거를 보고 \"피해자 진술의 신빙성이 의심된다\"고 판단했다.",
			[]want{{"피해자 진술의", "대법원", "subject"}}},
		{"a reflexive after a name stands for the name",
			"김철수 의원이 입을 열었다. 김 의원 자신은 \"나는 모르는 일\"이라고 말했다.",
			[]want{{"나는 모르는", "김철수", "surname"}}},
		{"a verb in 는 before the words is no topic",
			"해킹 그룹 샤오치잉이 글을 올렸다. 샤오치잉 자신들은 정부를 위해 일하지 않는 집단이라며 \"우리는 화가 났다\"고 주장했다.",
			[]want{{"우리는 화가", "샤오치잉", "subject"}}},
		{"the source a report cites speaks, not the reporter",
			"연합뉴스는 현지 소식통을 인용해 \"사망자가 늘었다\"고 전했다.",
			[]want{{"사망자가", "소식통", "group"}}},
		{"the author of a writing before 에 따르면",
			"외무성 홈페이지에 김설화 연구원의 글에 따르면 \"일본은 계획을 철회해야 한다\"고 비판했다.",
			[]want{{"일본은 계획을", "김설화", "according"}}},
		{"a writing with no author named is no speaker: the words go on from before",
			"박근혜 대통령이 메시지를 올렸다. 대통령은 \"즐거운 설을 보내십시오\"라고 말하였다. 또 \"희망찬 새해가 되시길 기원합니다\"라는 내용의 연하장 역시 각계에 보내었다.",
			[]want{{"즐거운 설을", "박근혜", "title"}, {"희망찬 새해가", "박근혜", "previous"}}},
		{"a restatement of reported words passes the speaker on",
			"선관위는 비율 차이는 연령에 따른 것이라고 설명하였다. 그런데 당시 박근혜 후보는 노년층에서 지지율이 높았으므로 득표율이 높을 수밖에 없다는 것이다. 나아가 “가장 확실한 방법은 투표지를 직접 검증하는 것”이라고 말했다.",
			[]want{{"가장 확실한", "선관위", "previous-sentence"}}},
		{"a person named before a role as the predicate speaks through 그는",
			"제명당한 의원은 차명진 미래통합당 부천병 후보였다. 그는 토론회에서 다음과 같이 답변했다.\n“기사를 이미 알고 있습니다.”",
			[]want{{"기사를 이미", "차명진", "previous-sentence"}}},
		{"the noun that the verb after 고 modifies speaks",
			"“우리 모두 책임이 있다”고 인정한 감사원 고위 인사는 말을 아꼈다.",
			[]want{{"우리 모두", "고위 인사", "subject"}}},
		{"이 칼럼은 is the writing named before with its author",
			"양상훈 주필의 칼럼이 화제가 됐다. “우리는 청산하지 못했다”고 시작하는 이 칼럼은 반론을 불렀다.",
			[]want{{"우리는 청산하지", "양상훈", "subject"}}},
		{"a statement in the name of a spokesperson",
			"외교부 대변인 명의의 논평을 통해 \"명백한 우리 고유의 영토\"라고 밝혔다.",
			[]want{{"명백한 우리", "외교부 대변인", "subject"}}},
		{"an unnamed role right before the words says them, not the topic that reports",
			"구단 측은 지난 1월 법률 대리인이 \"선수는 정신적으로 힘든 상태\"라고 전했다고 밝혔다.",
			[]want{{"선수는", "법률 대리인", "subject"}}},
		{"a named subject before the words may be the quoted clause's own",
			"검찰은 박영수 구청장이 \"안전 대책을 소홀히 했다\"고 밝혔다.",
			[]want{{"안전 대책을", "검찰", "subject"}}},
		{"a gloss in brackets inside a list of quotes is no speaker",
			"대리인단은 기자회견에서 \"임금을 받지 못했다\", (운영자는)\"계약을 맺지 않았다\"고 주장했다.",
			[]want{{"임금을", "대리인단", "subject"}, {"계약을", "대리인단", "subject"}}},
		{"the press as a group that speaks",
			"일부 언론은 \"정부가 실패했다\"고 보도했다. 한때 국내 뉴스에서도 \"한국의 동요\"라고 하면서 보도했다.",
			[]want{{"정부가", "언론", "group"}, {"한국의 동요", "국내 뉴스", "group"}}},
		{"a headline in two parts names the speaker in the last",
			"중앙선거관리위원회는 반박했다.\n사전투표 조작된다? 선관위 \"고발\"\n본문이 이어진다.",
			[]want{{"고발", "중앙선거관리위원회", "headline"}}}, // the fullest form the article gives
		{"a headline names an unnamed body before the words",
			"시민들이 청원을 올렸다.\n미국 백악관 청원 사이트 \"선거가 조작됐다\"\n본문이 이어진다.",
			[]want{{"선거가", "미국 백악관 청원 사이트", "headline"}}},
		{"a surname and one title of several the person holds",
			"현오석 경제부총리 겸 기획재정부 장관은 회의에 나왔다. 현 부총리는 \"민간이 들어올 수밖에 없다\"는 민영화를 암시하는 듯한 발언을 했다.",
			[]want{{"민간이", "현오석", "title"}}},
		{"a foreign name whose second word ends like a verb",
			"안느 이달고 파리 시장은 \"파리는 아들 하나를 잃었다\"며 애도했다.",
			[]want{{"파리는 아들", "안느 이달고", "subject"}}},
		{"a foreign given name that is also a place",
			"사나 마린 핀란드 총리 역시 같은 질문에 \"전쟁을 끝내야 한다\"고 답했다.",
			[]want{{"전쟁을", "사나 마린", "subject"}}},
		{"a name in parts joined by a hyphen, then its family name",
			"카린 장-피에르 백악관 대변인은 브리핑을 했다. 장-피에르 대변인은 \"새 정보는 없다\"고 말했다.",
			[]want{{"새 정보는", "카린 장-피에르", "surname"}}},
		{"a speaker's name is never the English gloss of a Korean name",
			"중앙선거관리위원회(National Election Commission)는 4일 \"투표함은 안전하다\"고 밝혔다.",
			[]want{{"투표함은", "중앙선거관리위원회", "subject"}}},
		{"the subject of a reported report says the words, not the topic that reports it",
			"신정아 씨는 책에서 정운찬 동반성장위원회 위원장의 실명을 거론하며 정 위원장이 교수직을 제안했다고 썼다. 신 씨는 정 위원장이 \"늦은 밤 만나자\"라고 말했다고 주장했다.",
			[]want{{"늦은 밤", "정운찬", "surname"}}},
		{"a quoted name as the topic of the last clause",
			"어피티는 광고를 수익모델로 삼는다고 밝혔고, 뉴스레터 ‘폴인’은 뉴스레터를 “생산자에겐 마케팅 채널”이라고 정의했다.",
			[]want{{"생산자에겐", "폴인", "subject"}}},
		{"a person joined by 와 to a quoted name",
			"교과서 제작에 참여한 신주백 연세대 교수와 시민단체 '역사교육 연대'는 \"교과서를 내년에 낸다\"고 밝혔다.",
			[]want{{"교과서를", "신주백", "subject"}}},
		{"a party named with the word for its kind",
			"반면 국민의힘 정당에서는 삼성그룹을 \"경제의 거목\"이라고 표현하였다.",
			[]want{{"경제의 거목", "국민의힘", "subject"}}},
		{"a particle after marks is no word of the speaker's phrase",
			"변호사모임(이하 \"민변\")의 대리인단 15명은 \"임금을 받지 못했다\"고 주장했다.",
			[]want{{"임금을", "대리인단", "subject"}}},
		{"a group before a noun of views owns the words",
			"조선일보는 그를 비판했다. 주로 네티즌 의견의 반응을 가져왔으며 \"애도만 하라\"는 글을 실었다.",
			[]want{{"애도만", "네티즌", "group"}}},
		{"the side of a person named by surname and title",
			"정운찬 동반성장위원회 위원장의 실명이 거론됐다. 정 위원장 측은 \"노이즈 마케팅에 불과하다\"며 일축했다.",
			[]want{{"노이즈", "정운찬", "surname"}}},
		{"a person told by the decade of their age",
			"편의점에 차를 몰고 들어간 30대가 당시 \"나 마약했다\"고 외치고 다녔다.",
			[]want{{"나 마약했다", "30대", "subject"}}},
		{"a channel by its name",
			"방송사가 운영하는 엠빅뉴스 채널에서 선수에게 \"축구는 졌고 배구만 이겼다\"고 물었다.",
			[]want{{"축구는", "엠빅뉴스", "subject"}}},
		{"a community by its field",
			"한편 미국 가톨릭계에서는 성명을 내고 \"주의회의 권한을 넘는 결정에 유감을 표한다\"고 밝혔다.",
			[]want{{"주의회의", "미국 가톨릭계", "group"}}},
		{"the owner of the noun of speech says the words, and the topic the words after",
			"이방카 보좌관은 '시위대를 애국자로 부른 것이냐'는 미 방송 기자 케이트 베넷의 트윗을 리트윗하면서 \"아니다\"라며 \"폭력은 용납될 수 없다\"고 해명했다.",
			[]want{{"시위대를", "케이트 베넷", "owner"}, {"아니다", "이방카", "subject"}, {"폭력은", "이방카", "subject"}}},
		{"a headline names the speaker before the words",
			"민경욱 \"선거 재개표 위해 후원해달라\"",
			[]want{{"선거 재개표", "민경욱", "headline"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := quotesIn(t, tt.in, len(tt.want))
			for i, w := range tt.want {
				checkSpeaker(t, doc.Quotes[i], w.starts, w.speaker, w.resolved)
			}
		})
	}
}

// TestQuotedNamesDoNotSpeak checks that a name inside straight quotation
// marks (which open and close alike) is never taken for the subject of the
// sentence around the quote.
func TestQuotedNamesDoNotSpeak(t *testing.T) {
	in := "김철수 대표는 회견을 열었다. \"이영희 의원은 사퇴해야 한다\"는 것이 요지였다.\n\"우리는 물러서지 않는다\""
	doc := quotesIn(t, in, 1)
	if sp := doc.Quotes[0].Speaker; sp != nil {
		assert.NotContains(t, sp.Name, "이영희", "the name quoted in the sentence before")
	}
}

// TestAnnouncedWordsTakeTheVerb checks that words a sentence announces
// (X는 이렇게 반박했다. “…”) take that sentence's verb.
func TestAnnouncedWordsTakeTheVerb(t *testing.T) {
	in := "임병철 선관위 센터장은 이렇게 반박했다.\n\"투표함은 봉인된 채 이송된다.\""
	doc := quotesIn(t, in, 1)
	assert.Equal(t, "반박했다", doc.Quotes[0].Verb)
}

// TestVerbBeforeABoundNoun checks that a sentence ending on a bound noun
// and the copula (것이다, 때문이다) or stating that someone exists (사람도
// 있었다) takes the verb that form completes.
func TestVerbBeforeABoundNoun(t *testing.T) {
	tests := []struct{ in, verb string }{
		{"그러자 안희정 지사는 \"방조제 문을 열고 생태계를 복원하자\"고 방안을 내놓은 것이다.", "내놓은"},
		{"푸틴 대통령은 \"러시아는 가장 강력한 핵무장 국가\"라며 핵무기 사용 가능성을 내비쳤기 때문이었다.", "내비쳤기"},
		{"일부 네티즌들은 \"카카오가 이렇게 많이 진출했을 줄이야\" 라며 독과점을 걱정하는 사람도 있었다.", "걱정하는"},
		{"김 대표는 \"내년에는 실적이 나아진다\"고 말했다.", "말했다"},
	}
	for _, tt := range tests {
		doc := quotesIn(t, tt.in, 1)
		assert.Equal(t, tt.verb, doc.Quotes[0].Verb, tt.in)
	}
}

// TestTermInMarksBeforeTheVerb checks that a term in marks between a
// quote and its verb (“…”라면서 “재팬 패싱”의 재림이 될 수 있다고 했다) is a
// word of the clause, while a second quote of speech keeps its own verb.
func TestTermInMarksBeforeTheVerb(t *testing.T) {
	in := "그는 \"한국을 사실상 무시했다\"라면서 \"재팬 패싱\"의 재림이 될 수 있다고 했다."
	doc := quotesIn(t, in, 1)
	assert.Equal(t, "했다", doc.Quotes[0].Verb)

	in = "그는 \"방법이 잘못됐다\"며 \"여자가 싫다면 추행이다\"라는 등 비판이 이어졌다."
	doc = extractText(t, in)
	checkSpans(t, in, doc)
	for _, q := range doc.Quotes {
		assert.NotEqual(t, "이어졌다", q.Verb, "a clause in marks is no term: %+v", q)
	}
}

// TestUnnamedVoices checks that words reported as views of no one named
// (“…” 등의 의견도 나타났다) do not take the last speaker, and that they
// take the group whose views the sentence before says came out.
func TestUnnamedVoices(t *testing.T) {
	in := "대다수의 한국인들은 '처음부터 유리했다'라고 하며 불공평성을 제기하였다.\n또, '이 소송 자체가 무의미하다' 등의 의견도 나타났다."
	doc := quotesIn(t, in, 2)
	assert.Nil(t, doc.Quotes[1].Speaker, "views of no one named")

	in = "안희정 지사는 정책을 발표했다.\n회의에서는 '지사가 출마용으로 정책을 만든 것이 아니냐'는 지적이 나왔고, 이에 그는 반박했다."
	doc = extractText(t, in)
	require.Len(t, doc.Quotes, 1)
	assert.Nil(t, doc.Quotes[0].Speaker, "a view whose noun only comes out")

	in = "온라인 사이에서는 다양한 평가가 나왔다. \"누가 상속하지 말라고 했나\"는 등 비판도 있었다."
	doc = extractText(t, in)
	require.Len(t, doc.Quotes, 1)
	require.NotNil(t, doc.Quotes[0].Speaker)
	assert.Equal(t, "온라인", doc.Quotes[0].Speaker.Name)
}

// TestWordsPutToTheSubject checks that a question, request or complaint
// put to the subject (“…”라는 질문에, “…”는 항의를 받고) is not the
// subject's speech, that the subject's answer after it is, and that a named
// asker (기자의 질문에) still speaks.
func TestWordsPutToTheSubject(t *testing.T) {
	tests := []struct {
		in       string
		speakers []string // "" for none
	}{
		{"홍문종 사무총장도 \"최 사장이 그 일로 찾아온 것이냐\"라는 질문에 그렇다고 답했다.", []string{""}},
		{"위원회는 \"성적 묘사가 포함된 채 방영되었다\"는 항의를 받고서 심사를 했다.", []string{""}},
		{"화춘잉 중국 외교부 대변인은 \"이번 참배를 평가해 달라\"는 요청에 \"대꾸할 가치도 없다\"고 비판했다.", []string{"", "화춘잉"}},
		{"김철수 장관은 이영희 기자의 \"사퇴할 생각이 있느냐\"는 질문에 \"없다\"고 답했다.", []string{"이영희", "김철수"}},
		{"김철수 장관은 \"사퇴할 생각이 없다\"는 입장을 밝혔다.", []string{"김철수"}},
	}
	for _, tc := range tests {
		doc := quotesIn(t, tc.in, len(tc.speakers))
		for i, want := range tc.speakers {
			sp := doc.Quotes[i].Speaker
			if want == "" {
				assert.Nil(t, sp, "%s: %s", tc.in, doc.Quotes[i].Text)
				continue
			}
			if assert.NotNil(t, sp, "%s: %s", tc.in, doc.Quotes[i].Text) {
				assert.Equal(t, want, sp.Name, tc.in)
			}
		}
	}
}

// TestReasonIsNoSpeaker checks that the topic of the writer's reason
// (…때문이었다) is not taken for the speaker of the quote after it.
func TestReasonIsNoSpeaker(t *testing.T) {
	in := "러시아는 호황을 맞을 수 있고, 미국은 고객을 잃는 것이나 다름없기 때문이었다.\n\"위험한 실패\"라고 하면서 \"동맹국의 신뢰를 잃었다\"고 했다."
	doc := extractText(t, in)
	checkSpans(t, in, doc)
	require.NotEmpty(t, doc.Quotes)
	for _, q := range doc.Quotes {
		if q.Speaker != nil {
			assert.NotEqual(t, "미국", q.Speaker.Name, q.Text)
		}
	}
}

// TestQuoteForms checks that speech is told from terms by the words after
// the closing mark, on sentences in the forms of real news.
func TestQuoteForms(t *testing.T) {
	tests := []struct {
		name, in string
		quotes   int
		verb     string
	}{
		{"adnominal before a noun of speech", `민주당은 "이는 국회를 무시하는 처사"라는 입장을 밝혔다.`, 1, "밝혔다"},
		{"light verb keeps its noun", `그는 "대통령은 사퇴해야 한다"는 발언을 했다.`, 1, "발언을 했다"},
		{"closing mark inside the verb", `학생 측은 “학교 측이 통보를 하”였다며 반발했다.`, 1, "반발했다"},
		{"sayings listed with 등", `네티즌들은 "짐승이 따로 없다", "정말 실망스럽다" 등으로 비판했다.`, 2, "비판했다"},
		{"three sayings listed with 등", `네티즌들은 "짐승이 따로 없다", "정말 실망스럽다", "다시는 안 본다" 등으로 비판했다.`, 3, "비판했다"},
		{"a one-word answer before 라며", `대변인은 질문에 "아니다"라며 "시위는 평화로워야 한다"고 해명했다.`, 2, "해명했다"},
		{"a one-word judgement before a verb of belief", `그 문서는 "해롭다"고 여겨질 것이다.`, 0, ""},
		{"the verb of speech modifies a noun", `"이대로는 안 된다"고 말하는 사람들도 있었다.`, 1, "말하는"},
		{"two sayings joined by 와", `일부는 "누군가 대본을 쓰는 것이다"와 "귀에 지령이 들린다"는 의혹을 제기했다.`, 2, "제기했다"},
		{"two terms joined by 와 are no speech", `그는 "사과"와 "배"를 샀다.`, 0, ""},
		{"single marks before 라고 and a verb of speech", `미국은 '담대하고 역사적인 조치'라고 극찬했다.`, 1, "극찬했다"},
		{"a single-marked term before 라고 and a verb of naming", `사람들은 그곳을 '작은 파리'라고 부른다.`, 0, ""},
		{"survey answers are not speech", `응답자의 79.4%가 ‘프랜차이즈 점포가 더 낫다’고 답변했다.`, 0, ""},
		{"an inserted article of law is not speech", `법률 제9조의2는 "북한의 주민과 접촉하고자 할 때에는 사전에 신고"하도록 규정한다.`, 0, ""},
		{"law text is not speech", `헌법 제3조는 "대한민국의 영토는 한반도와 그 부속도서로 한다"고 돼 있다.`, 0, ""},
		{"a title of a work is not speech", `그는 “우리가 몰랐던 이야기”라는 제목의 책을 냈다.`, 0, ""},
		{"a name before 라고 하는 is not speech", `용산공원을 "내셔널메모리얼파크"라고 하는 곳도 있다.`, 0, ""},
		{"a sentence before 라고 하는 is said", `많은 사람들은 "국군 수준이 이런데, 무정부 상태다" 라고 하는 데 이어 비판했다.`, 1, "비판했다"},
		{"one word before 라고 and a verb of speech", `리차드 버는 "픽션"이라고 일축했다.`, 1, "일축했다"},
		{"a name is not speech", `이곳은 “작은 파리”라고 불리는 마을이다.`, 0, ""},
		{"a question in single marks before 는 지적", `회의에서는 '지사가 출마용으로 정책을 만든 것이 아니냐'는 지적이 나왔다.`, 1, "지적이 나왔다"},
		{"a caption in single marks", `방송사는 '대통령 암살로 정국은 안갯속'이라는 자막을 내보냈다.`, 1, "내보냈다"},
		{"a single-marked term before a noun of speech", `그는 ‘공정’이라는 말을 자주 했다.`, 0, ""},
		{"two parts of one report joined by 이므로", `국무부는 “이번 발사는 결의 위반”이므로 “우방과 협의해 적절한 조치”를 취하겠다고 밝혔다.`, 2, "밝혔다"},
		{"a question before 라는 투의 and a noun of speech", `기자는 "배구는 이겼잖아요. 뿌듯하시죠?" 라는 투의 질문으로 구설에 올랐다.`, 1, "올랐다"},
		{"a one-word saying listed before another", `네티즌들은 "인과응보다", "이제 우리가 차별해도 되나?"라는 반응을 보였다.`, 2, "반응을 보였다"},
		{"a reaction after 등의 and a modifier keeps its noun", `이용자들은 "돈이 되지 않으니 없앴다" 등의 부정적인 반응을 보였다.`, 1, "반응을 보였다"},
		{"an attitude shown is no noun of speech", `그는 "검토해 보겠다"며 한 발 물러서는 자세를 보였다.`, 1, "보였다"},
		{"one-word terms listed are no sayings", `그는 "사과", "포도"라는 단어를 썼다.`, 0, ""},
		{"single-marked words before their verb after 에 따르면", `김 대표의 입장문에 따르면, ‘마케팅팀이 직접 자료를 조사’했고 문제가 없다.`, 1, "없다"},
		{"single-marked words before their verb, no source given", `그 회사는 ‘마케팅팀이 직접 자료를 조사’했다.`, 0, ""},
		{"a verb in 아/어 right after the noun of speech", `그는 "할머니께 매번 기도했다"는 수상소감을 남겨 시상식장을 뭉클하게 만들었다.`, 1, "남겨"},
		{"a modifier before 후 right after the noun of speech", `위키는 "서버를 점검하고 있다"는 안내를 낸 후 점검을 이어가고 있다.`, 1, "낸"},
		{"a view that came out keeps its noun", `회의에서는 "공약과 현안이 따로 있는 것이냐"는 지적이 나왔고, 지사는 반박했다.`, 1, "지적이 나왔고"},
		{"the verb that reports a clause said with the quote", `그는 "복구가 최우선이다"면서 병원의 전력 복구에 집중하고 있다고 말했다.`, 1, "말했다"},
		{"a connective verb in 지만", `그는 "안전은 기관사가 맡는다"라고 했지만, 차장도 교신을 맡는다.`, 1, "했지만"},
		{"a list of quotes takes the verb of the last", `학생회는 “등록금이 너무 높다”고, “학생과 상의 없이 통보하는 것은 비민주적”이라고 주장하였다.`, 2, "주장하였다"},
		{"a verb before the auxiliary 있다", `유족들은 "진상을 밝혀 달라"며 주민센터에서 철야농성을 하고 있지만 답이 없다.`, 1, "하고 있지만"},
		{"a light verb before the bound noun 바", `그는 "끝까지 간다"고 역제안을 한 바 있다.`, 1, "역제안을 한"},
		{"a verb before the auxiliary 않다", `그는 "끝까지 간다"며 불편한 심기를 숨기지 않았다.`, 1, "숨기지 않았다"},
		{"a verb before 기도 하다", `그는 "끝까지 간다"고 주장하기도 한다.`, 1, "주장하기도 한다"},
		{"a verb before the auxiliary 되다", `그 신문은 "경제가 먼저다"라고 처음으로 주장하게 되었다.`, 1, "주장하게 되었다"},
		{"a verb after 고 that modifies its speaker", `"우리 모두 책임이 있다"고 인정한 감사원 고위 인사는 말을 아꼈다.`, 1, "인정한"},
		{"an adjective after 며 opens the next clause", `그는 "사실과 다르다"며 자세한 사항은 조사 뒤 밝히겠다고 덧붙였다.`, 1, "덧붙였다"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := quotesIn(t, tt.in, tt.quotes)
			if tt.quotes > 0 {
				assert.Equal(t, tt.verb, doc.Quotes[len(doc.Quotes)-1].Verb)
			}
		})
	}
}

// TestClaimForms checks the claim rules on sentences in the forms of real
// news: indirect speech with any reporting predicate, a subject between the
// clause and the verb, voiced views, 것으로 + a report, and what is no
// claim.
func TestClaimForms(t *testing.T) {
	tests := []struct {
		name, in, contains, source, kind string
	}{
		{"indirect speech with 하였다", "경찰은 단독 범행으로 보인다고 하였다.", "단독 범행으로 보인다", "경찰", "reported"},
		{"subject between the clause and the verb", "현지에서 진동을 거의 느끼지 못했다고 주민들이 전했다.", "진동을 거의 느끼지 못했다", "주민들", "reported"},
		{"것으로 and a reporting verb", "국립환경과학원은 농도가 옅어질 것으로 예측했다.", "농도가 옅어질", "국립환경과학원", "reported"},
		{"a voiced view with no source", "셧다운제가 아무런 효과가 없다는 주장이 있다.", "아무런 효과가 없다", "", "opinion"},
		{"a claim as the predicate", "산업계는 인상은 부적절하다는 주장이다.", "인상은 부적절하다", "산업계", "reported"},
		{"indirect speech in 고도", "노조는 이사회 결정 자체가 배임죄에 속한다고도 주장했다.", "배임죄에 속한다", "노조", "reported"},
		{"indirect speech in 다면서", "김철수 교수는 행성이 더 존재할지 확실하지 않다면서 경고했다.", "확실하지 않다", "김철수", "reported"},
		{"a view that exists in 시각이 존재한다", "이러한 사건은 계속 일어날 것이라는 시각이 존재한다.", "계속 일어날 것이", "", "opinion"},
		{"a body through a bracketed alias", "대한민국 농업협동조합(농협)은 피해 농가를 지원하겠다고 밝혔다.", "피해 농가를 지원하겠다", "대한민국 농업협동조합", "reported"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := extractText(t, tt.in)
			checkSpans(t, tt.in, doc)
			require.Len(t, doc.Claims, 1, "%+v", doc.Claims)
			checkClaim(t, doc.Claims[0], tt.contains, tt.kind, tt.source)
		})
	}
	for _, in := range []string{
		"조사 결과 소비자의 79%가 프랜차이즈를 선호하는 것으로 나타났다.",
		"기름은 세 군데에 유출되었을 것으로 추정된다.",
	} {
		doc := extractText(t, in)
		assert.Empty(t, doc.Claims, "the writer's own finding is no claim: %s", in)
	}
}

// TestSuchAsTakesTheVerb checks that quotes given as examples of what was
// said (“…”와 같은 내용의 댓글이 올라왔다) take the verb after the noun of
// speech, not the noun of the content.
func TestSuchAsTakesTheVerb(t *testing.T) {
	in := "영상에는 \"도쿄 올림픽이 너무 부실해서 이 올림픽을 보러 왔다\", \"둘 다 보면 알 수 있다.\" 와 같은 내용의 댓글이 올라왔다."
	doc := quotesIn(t, in, 2)
	for _, q := range doc.Quotes {
		assert.Equal(t, "올라왔다", q.Verb, "quote %q", q.Text)
	}
}
