package extract

// notNames are common Korean words that stand where a name could stand
// (before a title, as the subject of a sentence) but never are one:
// pronouns, demonstratives, discourse adverbs and frequent common nouns of
// news text. The list is a rule of the language, not of any article.
var notNames = setOf(
	// pronouns and demonstratives
	"그", "그녀", "그들", "이", "저", "이들", "저들", "이렇게", "그렇게", "저렇게", "어떻게", "우리", "저희", "자신", "본인", "당신", "누구", "모두", "아무개", "아무",
	"양사", "양측", "양국", "당사", "동사", "해당", "이번", "지난", "당시", "현재", "향후", "최근", "앞서",
	"이어", "또", "또한", "한편", "다만", "하지만", "그러나", "그런데", "특히", "결국", "반면", "게다가",
	"및", "겸", // conjunctions between titles: 본부장 및 실장급, 작곡가 겸 가수
	"이에", "이후", "이날", "전날", "이미", "아직", "다시", "함께", "모든", "여러", "일부", "각", "전", "현",
	"신임", "초대", "차기", "공동", "수석", "선임", "책임", "대표적", "직접", "실제", "역시", "물론",
	// common nouns that head subjects
	"기업", "회사", "업체", "업계", "시장", "정부", "당국", "국회", "관계자", "전문가", "전문가들", "분석가",
	"분석가들", "고객", "고객들", "소비자", "투자자", "투자자들", "직원", "직원들", "사람", "사람들", "국민",
	"시민", "주민", "학생", "여성", "남성", "아이", "부모", "가족", "일각", "측", "쪽", "팀", "그룹", "부문",
	"사업", "사업부", "본부", "센터", "데이터센터", "서비스", "플랫폼", "모델", "기술", "제품", "프로젝트",
	"인프라", "클라우드", "소프트웨어", "하드웨어", "반도체", "자료", "보고서", "발표", "성명", "입장",
	"측면", "문제", "상황", "결과", "가능성", "계획", "전략", "방안", "정책", "경제", "산업", "분야",
	"지역", "세계", "국내", "해외", "글로벌", "미래", "올해", "지난해", "내년", "오늘", "내일", "어제",
	"하이퍼스케일러", "스타트업", "빅테크", "대기업", "중소기업", "은행", "증권사", "운용사",
	"대통령", "장관", "의원", "위원장", "회장", "대표", "사장",
	// words that read as a surname and a given name of one or two syllables,
	// and that the dictionary lists as names too, before a title: 어떤
	// 대통령, 이제 검찰총장, 현지 경찰, 5억 이상 등기임원, 17개 부처 장관,
	// 시도 행정부지사, 총장 사과문 (see also stationedIn)
	"어떤", "이제", "현지", "이상", "이하", "부처", "시기", "시도", "사과문",
	// 때 (time): 재난 사고 때 소방청장의
	"때",
)

// sentenceAdverbs are adverbs that open a clause and modify all of it
// (정말로 정부가, 더군다나 프란치스코 교황이), besides those in notNames: no
// name word is one of them.
var sentenceAdverbs = setOf("정말로", "정말", "심지어", "과연", "아마", "아마도", "만약", "만일", "비록", "설령", "설사",
	"도대체", "오히려", "마침내", "드디어", "더구나", "더군다나", "더욱이", "하물며", "당연히", "분명히", "실제로", "사실",
	"사실상", "여전히", "그래서", "따라서", "그러므로", "갑자기", "달리", "결국", "이미", "다시", "특히", "역시",
	"직접", "바로", "곧", "또한", "한편", "이어", "게다가", "반면")

// stationedIn are 주 (駐, stationed in) and a country's initial, written
// before the mission or force there (주일 미국대사, 주한 미군): they read as
// a surname and a given name, and 주일 as a week or a Sunday, but name
// neither a person nor a date.
var stationedIn = setOf("주한", "주일", "주미", "주중", "주러", "주영", "주독", "주불")

// orgClassifiers are nouns that introduce an organization's name:
// 컨설팅 기업 X, 금융 서비스 기업 X, 반도체 업체 X.
var orgClassifiers = setOf(
	"기업", "회사", "업체", "그룹", "기관", "단체", "재단", "협회", "스타트업", "증권사", "은행", "투자은행",
	"운용사", "자산운용사", "보험사", "카드사", "연구소", "연구기관", "싱크탱크", "매체", "언론", "언론사",
	"방송사", "신문", "통신사", "제조사", "제조업체", "컨설팅사", "법인", "자회사", "계열사", "법률사무소",
	"로펌", "회계법인", "펀드", "사모펀드", "벤처캐피털", "거래소", "플랫폼", "조사기관", "시장조사기관",
)

// orgWordsEnglish end English names of organizations.
var orgWordsEnglish = setOf(
	"inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "group", "holdings", "partners",
	"capital", "research", "institute", "university", "college", "bank", "securities", "agency",
	"association", "foundation", "fund", "ventures", "technologies", "technology", "labs", "systems",
	"networks", "strategy", "insights", "consulting", "advisors", "advisory", "analytics", "intelligence",
	"council", "committee", "commission", "ministry", "department", "bureau", "office", "authority",
	"organization", "organisation", "union", "federation", "party", "times", "news", "post", "journal",
	"media", "motors", "electronics", "energy", "pharmaceuticals", "therapeutics", "airlines", "industries",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
