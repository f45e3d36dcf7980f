package extract

import (
	"strings"
	"testing"

	"github.com/kextract/kextract/extract/ner"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestModelFragment checks that a tagger span cutting a word is dropped
// and that a name followed by a particle, an honorific or a title, a
// known name inside a compound, and the countries of 남북 or 한미 are kept.
func TestModelFragment(t *testing.T) {
	tests := []struct {
		name, text, span, typ string
		want                  bool
	}{
		{"ends inside a word", "기상청은 북태평양고기압이 강하다고 밝혔다.", "북태평", TypeLocation, true},
		{"ends before digits", "코로나19가 다시 퍼지고 있다.", "코로나", TypePerson, true},
		{"starts inside a word", "그는 물리천문학부 교수다.", "리천문학부", TypeOrg, true},
		{"ends inside a loanword", "빅데이터 기술을 쓴다.", "빅데", TypePerson, true},
		{"particle after", "김민수는 집에 갔다.", "김민수", TypePerson, false},
		{"honorific after", "박영희씨는 웃었다.", "박영희", TypePerson, false},
		{"title after", "이철수교수가 말했다.", "이철수", TypePerson, false},
		{"team after its coach", "최강희호가 이겼다.", "최강희", TypePerson, false},
		{"lexicon name in a compound", "미국영화를 좋아한다.", "미국", TypeLocation, false},
		{"countries of a compound", "남북정상회담이 열렸다.", "북", TypeOrg, false},
		{"space after", "한국전력 관계자는 말했다.", "한국전력", TypeOrg, false},
	}
	x := testExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, start, end := spanIn(t, x, tt.text, tt.span)
			assert.Equal(t, tt.want, a.fragment(start, end, tt.span, tt.typ))
		})
	}
}

// TestPersonRules checks, on sentences of news, rules that keep common
// words out of people and organizations and give the right role.
func TestPersonRules(t *testing.T) {
	tests := []struct {
		name, in string
		not      []string          // no PERSON, ORG or LOCATION has these names
		roles    map[string]string // person -> role that must be contained
	}{
		{"a verb in 기 is no role", "대중 가수에게 노벨 문학상이 수여되기는 처음이다.", []string{"노벨 문학상이", "노벨 문학상"}, nil},
		{"a verb in 기 after a name", "그는 회담을 마치고 이틀도 안 돼 사망했기도 했다.", []string{"안 돼"}, nil},
		{"a measure is no body", "높이 20미터, 10미터 높이의 김유신 장군 동상은 1970년 세워졌다.", []string{"높이"}, map[string]string{"김유신": "장군"}},
		{"a title word in the role phrase is no clause", "제명당한 의원은 차명진 미래통합당 국회의원 선거 부천병 후보였다.", nil, map[string]string{"차명진": "후보"}},
		{"a general's title", "강감찬 장군 동상 앞에서 행사가 열렸다.", nil, map[string]string{"강감찬": "장군"}},
		{"title after a foreign name", "회의에는 마이클 플린 전 국가안보보좌관도 참석했다.", nil, map[string]string{"마이클 플린": "국가안보보좌관"}},
		{"title before a foreign name", "이번 대회에 1명의 알파인 스키 선수 비아노 리차드슨이 출전했다.", nil, map[string]string{"비아노 리차드슨": "스키 선수"}},
		{"a particle after a known place", "잠수함 강국인 미국도 디젤 잠수함은 없다.", []string{"미국도"}, nil},
		{"a verb before a title", "계획을 이달 말까지 완성해 대통령에게 보고할 예정이다.", []string{"완성해"}, nil},
		{"a clause before a role word", "방수벽이 높으면 저층에서 해안이 보이지 않아 경관이 나빠진다.", []string{"해안이", "해안"}, nil},
		{"a ministry in hyphenated parts", "노동부, 이주-이민부 장관 알마즈벡 아브또브는 법안을 비판했다.", []string{"이주-이민부"}, nil},
		{"residents of a district", "이번 선거에서 해운대구민의 선택을 받았다.", []string{"해운대구민"}, nil},
		{"members of a body", "훈련에는 민방위대원, 경찰, 공무원 등이 참여했다.", []string{"민방위대원"}, nil},
		{"residents after a county", "사드에 반대하는 성주 군민들은 집회를 열었다.", []string{"성주 군민"}, nil},
		{"a family name that is also a dictionary word", "영국의 리즈 트러스 총리가 결국 사임했다.", nil, map[string]string{"리즈 트러스": "총리"}},
		{"a one-syllable given name before a transliterated family name", "민주당 알 그린 하원의원은 탄핵을 요구했다.", []string{"그린"}, map[string]string{"알 그린": "하원의원"}},
		{"the field of a profession between the name and the title", "개막식 연출을 담당한 장이머우 영화 감독이 맡게 되었다.", nil, map[string]string{"장이머우": "영화 감독"}},
		{"a connective before a surname and title is no name", "윤석열 대통령이 말했다. 그러나 여기서 윤 대통령은 한국어 이름을 고민했다고 한다.", []string{"여기서"}, nil},
		{"a given name alone after the full name", "틱톡 스타인 벨라 포치(Bella Poarch)가 사진을 올렸다. 벨라는 상처를 받았다고 말했다.", []string{"벨라"}, map[string]string{"벨라 포치": "스타"}},
		{"a field is no name", "이번 공연은 뮤지컬 음악 감독이 맡았다.", []string{"뮤지컬"}, nil},
		{"a one-syllable given name that is also a common noun", "척 헤이글 국방장관은 말했다.", []string{"헤이글"}, map[string]string{"척 헤이글": "국방장관"}},
		{"a name ending like the copula 인", "다이안 파인스타인 민주당 상원의원은 기록을 요구했다.", nil, map[string]string{"다이안 파인스타인": "상원의원"}},
		{"a foreign name after a title takes it from a word that reads like a Korean name", "이주-이민부 장관 알마즈벡 아브또브는 법안을 비판했다.", []string{"이민부"}, map[string]string{"알마즈벡 아브또브": "장관"}},
		{"the chamber of a legislature is part of the role", "찰스 그레슬리 상원 법사위원장은 기록을 요구했다.", []string{"상원"}, map[string]string{"찰스 그레슬리": "상원 법사위원장"}},
		{"a ministry before its minister is no person", "이번 결정에 대해 이민부 장관은 말을 아꼈다.", []string{"이민부"}, nil},
		{"a dictionary word after a modifier is no name", "조사 결과 트러스 총리가 말한 내용이 확인됐다.", []string{"결과 트러스"}, nil},
		{"등 is no surname", "플린 전 보좌관 등 트럼프 캠프 인사들이 조사를 받았다.", []string{"등 트럼프"}, nil},
		{"the determiner 한 before a title", "골목으로 뒤쫓아가던 한 경찰관이 쏜 총에 그가 맞았다.", []string{"한"}, nil},
		{"a party before a title", "위원장이 우리 당 후보가 아니라고 했다.", []string{"당"}, nil},
		{"a province before a title", "소방청장은 시ㆍ도 소방본부장과 소방서장을 지휘한다.", []string{"도"}, nil},
		{"a lone syllable is no name", "1심은 징역 8월을 선고했고, 2심은 유 무죄는 유지한 채 징역 6월로 낮췄다.", []string{"유"}, nil},
		{"a temperature scale is no surname and honorific", "토양 시료를 배양기에 넣고 섭씨 10도에서 2013일을 배양했다.", []string{"섭"}, nil},
		{"a holiday is no name", "청와대는 연하장 역시 설 선물과 함께 보냈다.", []string{"설"}, nil},
		{"a surname of the article with a title it lacks", "박창신 신부가 고발당했다. 고발인은 박 신부가 선동했다고 주장한다.", []string{"박"}, nil},
		{"the surname 한 of a person named in full", "한광석 단장이 도착했다. 한 단장은 웃었다.", []string{"한"}, map[string]string{"한광석": "단장"}},
		{"a verb form the dictionary lists before a title", "무제한 토론을 끝내려면 토론에 나설 의원이 없어야 한다.", []string{"나설"}, nil},
		{"a stem and its ending before a title", "시진핑이 찬성 2천955표를 받아 국가주석으로 선출됐다.", []string{"받아"}, nil},
		{"a noun and 되다 before a foreign name", "논란이 제기되자 치프라스 총리는 차관을 교체해야 한다고 말했다.", []string{"제기되자 치프라스"}, map[string]string{"치프라스": "총리"}},
		{"a modifier before a foreign name", "검은색 세단에서 내린 케리 장관은 시장통을 지났다.", []string{"내린 케리"}, map[string]string{"케리": "장관"}},
		{"a modifier that reads as a Korean name before a surname", "이러한 박 대통령의 언급은 비판으로 해석된다.", []string{"이러한"}, nil},
		{"a one-syllable word that is no surname", "두 문서는 의회 비준 뒤 대통령이 최종 서명하면서 발효됐다.", []string{"뒤"}, nil},
		{"겸 between two titles", "요리연구가 겸 프랜차이즈 음식점 CEO 백종원 사장이 공개했다.", []string{"겸 프랜차이즈", "겸"}, map[string]string{"백종원": "사장"}},
		{"a verb shaped like a Korean name before a full name and title", "설전이 오가자 신기남 위원장은 정회를 선포했다.", []string{"오가자"}, map[string]string{"신기남": "위원장"}},
		{"a noun in the topic case before a surname", "캐릭터의 일부 설정은 최 셰프를 모델로 했다고 보도했다.", []string{"설정은 최", "설정은"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := extractText(t, tt.in)
			checkSpans(t, tt.in, doc)
			for _, e := range doc.Entities {
				if e.Type == TypePerson || e.Type == TypeOrg || e.Type == TypeLocation {
					assert.NotContains(t, tt.not, e.Name, "%s %s", e.Type, e.Name)
				}
			}
			for name, role := range tt.roles {
				e := entityNamed(doc, name)
				if assert.NotNil(t, e, "%s in %+v", name, doc.Entities) {
					assert.Contains(t, e.Role, role)
				}
			}
		})
	}
}

// TestBodiesAreNoPeople checks that the name of a body before a title or
// a person's name is no person: a word ending in an organization's suffix
// (알바노조) and a department before a full name (사진부 한종찬 기자).
func TestBodiesAreNoPeople(t *testing.T) {
	tests := []struct {
		in, body string
		roles    map[string]string
	}{
		{"처우 개선을 촉구한 알바노조 위원장이 구속 영장을 받았다.", "알바노조", nil},
		{"연합뉴스 사진부 한종찬 기자가 찍은 이 사진은 대상을 받았다.", "사진부", map[string]string{"한종찬": "기자"}},
	}
	for _, tt := range tests {
		doc := extractText(t, tt.in)
		checkSpans(t, tt.in, doc)
		for _, e := range doc.Entities {
			if e.Type == TypePerson {
				assert.NotEqual(t, tt.body, e.Name, tt.in)
			}
		}
		for name, role := range tt.roles {
			if e := entityNamed(doc, name); assert.NotNil(t, e, "%s in %+v", name, doc.Entities) {
				assert.Contains(t, e.Role, role)
			}
		}
	}
}

// TestParticleAfterAKnownPerson checks that a tagger span that takes the
// subject particle along after a name the article has ((조주빈이)성착취물을)
// is a mention of that person, not a second person.
func TestParticleAfterAKnownPerson(t *testing.T) {
	in := "박사방을 운영한 조주빈은 재판을 받았다. 강훈은 공판에서 이렇게 진술했다.\n(조주빈이)성착취물을 보려면 특정 신체 사진을 보내라는 요구에 응했는데 (조주빈이)자신의 말을 듣지 않으면 사진을 유포하겠다고 했다.\n"
	doc := extractText(t, in)
	checkSpans(t, in, doc)
	for _, e := range doc.Entities {
		assert.NotEqual(t, "조주빈이", e.Name)
	}
	e := entityNamed(doc, "조주빈")
	require.NotNil(t, e, "%+v", doc.Entities)
	assert.Len(t, e.Mentions, 3)
}

// TestWellKnownSites checks that sites and firms of the news that the
// tagger took for people are the organizations the lexicon knows:
// 위키백과가 is no person 위키백 before the particle 과가.
func TestWellKnownSites(t *testing.T) {
	for _, in := range []string{
		"러시아어 위키백과가 7월 10일 검열을 비판하는 뜻으로 문을 닫았다.",
		"매각주관사인 케이옥션과 서울옥션은 미술품들을 재평가했다.",
		"이 영화는 드림웍스의 저력을 보여주었다.",
	} {
		doc := extractText(t, in)
		checkSpans(t, in, doc)
		for _, e := range doc.Entities {
			assert.NotEqual(t, TypePerson, e.Type, "%s in %q", e.Name, in)
		}
		var orgs int
		for _, e := range doc.Entities {
			if e.Type == TypeOrg {
				orgs++
			}
		}
		assert.Positive(t, orgs, "%q: %+v", in, doc.Entities)
	}
}

// TestNamedInstitutions checks that a city and a local office, or a
// president and 정부, are one organization, and that the bare institution
// noun later in the article joins the named one.
func TestNamedInstitutions(t *testing.T) {
	tests := []struct {
		name, in string
		org      string   // the organization's name
		mentions []string // its mentions, in order
		notOrg   []string // no organization has these names
	}{
		{"city and police station", "경찰은 사건을 조사 중이다. 인천 남동경찰서는 4일 용의자를 검거했다고 밝혔다. 경찰은 추가 범행을 수사하고 있다.",
			"인천 남동경찰서", []string{"경찰", "인천 남동경찰서", "경찰"}, []string{"경찰", "남동경찰서"}},
		{"a full name nobody tagged and government", "이 사고는 노무현 정부 때 일어났다. 정부는 대책을 세웠다.",
			"노무현 정부", []string{"노무현 정부", "정부"}, []string{"정부"}},
		{"country and police", "사건 초기에 대한민국 경찰은 타살을 의심했다. 경찰은 곧 결론을 바꿨다.",
			"한국 경찰", []string{"대한민국 경찰", "경찰"}, []string{"경찰"}},
		{"country and army", "훈련은 지난달 조선민주주의인민공화국 육군의 포격을 계기로 열렸다.",
			"북한 육군", []string{"조선민주주의인민공화국 육군"}, []string{"육군"}},
		{"force and unit", "공군 8전투비행단은 사고 경위를 조사하고 있다.",
			"공군 8전투비행단", []string{"공군 8전투비행단"}, []string{"공군", "8전투비행단"}},
		{"president and government", "박근혜 정부는 새 정책을 발표했다. 정부는 다음 달 시행한다고 밝혔다.",
			"박근혜 정부", []string{"박근혜 정부", "정부"}, []string{"정부"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := extractText(t, tt.in)
			checkSpans(t, tt.in, doc)
			var found *Entity
			for i, e := range doc.Entities {
				if e.Type == TypeOrg {
					assert.NotContains(t, tt.notOrg, e.Name)
					if e.Name == tt.org {
						found = &doc.Entities[i]
					}
				}
			}
			if assert.NotNil(t, found, "%+v", doc.Entities) {
				var got []string
				for _, m := range found.Mentions {
					got = append(got, m.Text)
				}
				assert.Equal(t, tt.mentions, got)
			}
		})
	}
}

// TestCountryBodies checks that a country before a body of its own name is
// a place of its own, and that a country's government is one organization.
func TestCountryBodies(t *testing.T) {
	tests := []struct {
		name, text string
		span       string
		want       []string // the pieces, "" when the span stays whole
	}{
		{"ministry", "대한민국 국토해양부는 조사 결과를 발표했다.", "대한민국 국토해양부", []string{"대한민국", "국토해양부"}},
		{"agency", "미국 국무부는 성명을 냈다.", "미국 국무부", []string{"미국", "국무부"}},
		{"government", "일본 정부는 방류를 시작했다.", "일본 정부", nil},
		{"army", "북한 육군이 훈련을 했다.", "북한 육군", nil},
		{"a cooperative of the country", "대한민국 농업협동조합은 지원을 약속했다.", "대한민국 농업협동조합", nil},
		{"no country", "서울 강남경찰서는 수사에 나섰다.", "서울 강남경찰서", nil},
	}
	x := testExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, start, end := spanIn(t, x, tt.text, tt.span)
			pieces, ok := a.countryBody(ner.Span{Start: start, End: end, Label: "OG"})
			var got []string
			for _, p := range pieces {
				got = append(got, tt.text[p.Start:p.End])
			}
			assert.Equal(t, tt.want != nil, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestExtendForeignName checks that the tagger's span of one word of a
// foreign name grows over the other word, and that Korean full names,
// titles, group nouns and middle names do not.
func TestExtendForeignName(t *testing.T) {
	tests := []struct {
		name, text, span, want string
	}{
		{"family name after", "외신은 마이클 플린 전 보좌관을 인용했다.", "마이클", "마이클 플린"},
		{"given name before", "대회에는 발렌티나 마트비옌코 의장이 왔다.", "마트비옌코", "발렌티나 마트비옌코"},
		{"family name with a particle", "스키 선수 비아노 리차드슨이 출전했다.", "비아노", "비아노 리차드슨"},
		{"a title after", "결승전에서 마이클 감독이 웃었다.", "마이클", "마이클"},
		{"a group noun before", "인기 걸그룹 라니아 멤버가 왔다.", "라니아", "라니아"},
		{"a Korean full name", "배우 정경호와 함께 출연했다.", "정경호", "정경호"},
		{"three name words", "미국 공민 메릴 에드워드 뉴먼을 억류했다.", "에드워드", "에드워드"},
	}
	x := testExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, start, end := spanIn(t, x, tt.text, tt.span)
			s, e := a.extendForeignName(start, end)
			assert.Equal(t, tt.want, tt.text[s:e])
		})
	}
}

// TestAffiliationAfterName checks that the body in the title phrase after
// a name, past its bracketed gloss, is the person's affiliation.
func TestAffiliationAfterName(t *testing.T) {
	in := "대통령은 제임스 코미 연방수사국(FBI) 국장에게 수사 중단을 요구했다."
	doc := extractText(t, in)
	checkSpans(t, in, doc)
	p := entityNamed(doc, "제임스 코미")
	require.NotNil(t, p, "%+v", doc.Entities)
	assert.Contains(t, p.Role, "국장")
	var aff *Entity
	for i, e := range doc.Entities {
		if e.ID == p.Affiliation {
			aff = &doc.Entities[i]
		}
	}
	require.NotNil(t, aff)
	assert.Equal(t, TypeOrg, aff.Type)
	assert.Contains(t, aff.Name, "연방수사국")
}

// TestCommonWordSpan checks that loanwords and common nouns the tagger
// takes for names are no entities, while districts are places.
func TestCommonWordSpan(t *testing.T) {
	tests := []struct {
		name, text, span, typ string
		want                  bool
	}{
		{"a sport", "그는 스키 선수다.", "스키", TypePerson, true},
		{"a sport cut by a particle", "여자 봅슬레이 경기가 열렸다.", "봅슬레", TypePerson, true},
		{"a material", "트리튬은 걸러지지 않는다.", "트리튬", TypePerson, true},
		{"an everyday loanword", "입석 탑승 제한 버스는 광역버스 계통이다.", "버스", TypePerson, true},
		{"a loanword in a name", "쇼난 신주쿠 라인과의 직결운행을 중단했다.", "신주쿠", TypeLocation, false},
		{"a common noun as a place", "추락 지점 옆 하천에서 구조했다.", "하천", TypeLocation, true},
		{"a district", "대전 중구 목동에 산다.", "목동", TypeLocation, false},
		{"a name", "박지성이 골을 넣었다.", "박지성", TypePerson, false},
	}
	x := testExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, start, end := spanIn(t, x, tt.text, tt.span)
			assert.Equal(t, tt.want, a.commonWordSpan(start, end, tt.span, tt.typ))
		})
	}
}

// TestGrounds checks the names of open grounds and transport places.
func TestGrounds(t *testing.T) {
	for w, want := range map[string]bool{"서울대공원": true, "올림픽공원": true, "김포공항": true, "광장": false, "서울시청": false, "국립공원관리공단": false} {
		assert.Equal(t, want, grounds(w), w)
	}
}

// TestNumberedUnit checks the names of numbered military units.
func TestNumberedUnit(t *testing.T) {
	for w, want := range map[string]bool{"8전투비행단": true, "제2사단": true, "제7함대": true, "전투비행단": false, "2개 사단": false, "3연대장": false} {
		assert.Equal(t, want, numberedUnit(w), w)
	}
}

// TestFamilyNameWithAnotherGivenName checks that a family name after
// another given name is another person of the family, not a later mention
// of the one named before.
func TestFamilyNameWithAnotherGivenName(t *testing.T) {
	in := "도널드 트럼프 대통령은 \"폭력은 용납될 수 없다\"고 말했다. 트럼프 대통령의 차남 에릭 트럼프도 이날 \"우리는 법과 질서의 정당이다\"라고 밝혔다."
	doc := extractText(t, in)
	checkSpans(t, in, doc)
	var names []string
	for _, e := range doc.Entities {
		if e.Type == TypePerson {
			names = append(names, e.Name)
		}
	}
	assert.ElementsMatch(t, []string{"도널드 트럼프", "에릭 트럼프"}, names)
	require.Len(t, doc.Quotes, 2)
	require.NotNil(t, doc.Quotes[1].Speaker)
	assert.Equal(t, "에릭 트럼프", doc.Quotes[1].Speaker.Name)

	// the family name is shared by two people named before: a third given
	// name is still a third person, and a given name of one of them is that one
	in = "도널드 트럼프 대통령은 \"폭력은 안 된다\"고 말했다. 이방카 트럼프 보좌관은 \"그런 뜻이 아니었다\"라고 해명했다. " +
		"트럼프 대통령의 차남 에릭 트럼프도 이날 \"우리는 법과 질서의 정당이다\"라고 밝혔다. 이방카 트럼프는 \"평화를 지켜달라\"고 했다."
	doc = extractText(t, in)
	checkSpans(t, in, doc)
	names = names[:0]
	for _, e := range doc.Entities {
		if e.Type == TypePerson {
			names = append(names, e.Name)
		}
	}
	assert.ElementsMatch(t, []string{"도널드 트럼프", "이방카 트럼프", "에릭 트럼프"}, names)
	require.Len(t, doc.Quotes, 4)
	var speakers []string
	for _, q := range doc.Quotes {
		require.NotNil(t, q.Speaker)
		speakers = append(speakers, q.Speaker.Name)
	}
	assert.Equal(t, []string{"도널드 트럼프", "이방카 트럼프", "에릭 트럼프", "이방카 트럼프"}, speakers)
}

// TestFamilyNameFirstWithTitle checks that a name written family name
// first comes back as that family name with a title, and that the family
// name alone, with a particle or without a title, is no mention.
func TestFamilyNameFirstWithTitle(t *testing.T) {
	for _, tc := range []struct {
		in      string
		speaker string // of the last quote; "" for none of the person
	}{
		{"스가 요시히데 관방장관이 회견을 열었다. 스가 장관은 \"도움이 되지 않는다\"고 말했다.", "스가 요시히데"},
		{"스가 요시히데 관방장관이 회견을 열었다. 스가 관방 장관은 \"도움이 되지 않는다\"고 말했다.", "스가 요시히데"},
		{"아베 신조 총리가 방한했다. 아베 총리는 \"협력을 넓히겠다\"고 말했다.", "아베 신조"},
		{"스가 요시히데 관방장관이 회견을 열었다. 스가 지역 주민은 \"도움이 되지 않는다\"고 말했다.", ""},
	} {
		doc := extractText(t, tc.in)
		checkSpans(t, tc.in, doc)
		require.NotEmpty(t, doc.Quotes, tc.in)
		sp := doc.Quotes[len(doc.Quotes)-1].Speaker
		if tc.speaker == "" {
			if sp != nil {
				assert.NotEqual(t, "스가 요시히데", sp.Name, tc.in)
			}
			continue
		}
		require.NotNil(t, sp, tc.in)
		assert.Equal(t, tc.speaker, sp.Name, tc.in)
	}
}

// TestGovernmentOfAName checks that a Korean full name before 정부 names
// that government, and a noun with its particle there does not (통계
// 자료가 정부 내 …), nor an adverb or a clause's last word (심지어 정부가).
func TestGovernmentOfAName(t *testing.T) {
	for _, tt := range []struct{ in, want, notWant string }{
		{"문재인 정부 때 시작된 사업이다.", "문재인 정부", ""},
		// a clause's last word or an adverb before 정부 looks like a full
		// name by its syllables (한, 정, 심) but names no government
		{"노조는 공공성을 확대해야 한다고 정부를 규탄하며 대회를 열었다.", "", "한다고 정부"},
		{"정말로 정부가 안보를 중요시한다면 장비를 관리해야 한다.", "", "정말로 정부"},
		{"심지어 정부가 오염 가능성이 있다고 보는 지역도 있다.", "", "심지어 정부"},
		{"따라서 “박정희 정부 내 관료 출신은 40%인데 최규하 정부에선 그 비율이 50%였다.”는 내용의 통계 자료가 정부 내 국무위원을 대상으로 한다면 사실이 아니라고 볼 수 있다.", "", "자료가 정부"},
	} {
		doc := extractText(t, tt.in)
		checkSpans(t, tt.in, doc)
		var orgs []string
		for _, e := range doc.Entities {
			if e.Type == TypeOrg {
				orgs = append(orgs, e.Name)
			}
		}
		if tt.want != "" {
			assert.Contains(t, orgs, tt.want, tt.in)
		}
		if tt.notWant != "" {
			assert.NotContains(t, orgs, tt.notWant, tt.in)
		}
	}
}

// TestRoleStopsAtBracket checks that a role phrase does not run back over
// a particle written after a closing bracket: in 12부(재판장: 홍순욱)는 24일
// 윤석열 검찰총장이, 검찰총장 is 윤석열's title, not a role of 홍순욱.
func TestRoleStopsAtBracket(t *testing.T) {
	in := "서울행정법원 행정 12부(재판장: 홍순욱)는 24일 윤석열 검찰총장이 낸 신청을 인용했다."
	doc := extractText(t, in)
	checkSpans(t, in, doc)
	roles := map[string]string{}
	for _, e := range doc.Entities {
		if e.Type == TypePerson {
			roles[e.Name] = e.Role
		}
	}
	assert.Equal(t, "검찰총장", roles["윤석열"])
	assert.NotContains(t, roles["홍순욱"], "검찰총장")
}

// TestBenchIsTheCourt checks that 재판부, the bench, is the court the
// article named, both as an entity and as a speaker.
func TestBenchIsTheCourt(t *testing.T) {
	in := "서울행정법원 행정 12부는 24일 윤석열 검찰총장이 낸 집행정지 신청을 인용했다.\n" +
		"재판부는 결정문을 통해 징계 사유 대부분이 소명이 부족하다고 봤다.\n" +
		"재판부는 또 “회복하기 어려운 손해를 예방할 필요가 인정된다”고 밝혔다."
	doc := extractText(t, in)
	checkSpans(t, in, doc)
	for _, e := range doc.Entities {
		assert.NotEqual(t, "재판부", e.Name, "the bench is no body of its own")
	}
	require.Len(t, doc.Quotes, 1)
	require.NotNil(t, doc.Quotes[0].Speaker)
	assert.Equal(t, "서울행정법원", doc.Quotes[0].Speaker.Name)
}

// TestCountryInitials checks that the one-syllable countries of 한미, 남북
// and 남측 are mentions of those countries, and that the same syllable as
// a word of its own (한 참외 비닐하우스, a numeral) or inside another word
// names none.
func TestCountryInitials(t *testing.T) {
	in := "한미 양국은 배치를 결정했다. 남측 통일부는 유감을 표했다. 미국 국방부도 같은 입장이다. 성산리의 한 참외 비닐하우스에서 회견이 열렸다."
	doc := extractText(t, in)
	checkSpans(t, in, doc)
	texts := map[string][]string{}
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			texts[e.Type+" "+e.Name] = append(texts[e.Type+" "+e.Name], m.Text)
		}
	}
	assert.Equal(t, []string{"한", "남"}, texts["LOCATION 한국"], "%v", texts)
	assert.Contains(t, texts["LOCATION 미국"], "미")
	for k, ms := range texts {
		if strings.HasPrefix(k, "ORG ") {
			assert.NotContains(t, ms, "한", k)
			assert.NotContains(t, ms, "미", k)
		}
	}
}

// Words that read as a surname and a given name before a title but are
// common words, and 주 (stationed in) with a country's initial, name no one.
func TestCommonWordsBeforeTitles(t *testing.T) {
	for _, text := range []string{
		"배준영 대변인은 “이제 검찰총장은 있어야 할 곳으로 돌아간다”며 환영했다.",
		"어떤 대통령도 그렇게 하지 않았다.",
		"시가총액 상위 기업의 연봉 5억 이상 등기임원은 모두 76명이다.",
		"이스탄불에서는 현지 경찰과 시위대의 충돌은 없었다.",
		"외무상은 캐럴라인 케네디 주일 미국대사에게 설명했다.",
		"더군다나 프란치스코 교황이 인기를 구가하고 있다.",
	} {
		doc := extractText(t, text)
		checkSpans(t, text, doc)
		for _, e := range doc.Entities {
			assert.NotContains(t, []string{"이제", "어떤", "이상", "현지", "주일", "더군다나 프란치스코"}, e.Name, text)
		}
	}
}

// TestPoliceAndArmyRanks checks that the ranks of the police and of enlisted
// soldiers are titles: a surname before one is a person with that role.
func TestPoliceAndArmyRanks(t *testing.T) {
	for _, tt := range []struct{ text, mention, role string }{
		{"김 순경은 학교가 보낸 공문을 받았다.", "김 순경", "순경"},
		{"군 당국은 윤 일병의 사망 원인을 밝혔다.", "윤 일병", "일병"},
		{"경찰은 윤 경사와 A씨의 관계를 파악하지 못했다.", "윤 경사", "경사"},
	} {
		doc := extractText(t, tt.text)
		checkSpans(t, tt.text, doc)
		found := false
		for _, e := range doc.Entities {
			for _, m := range e.Mentions {
				if e.Type == TypePerson && m.Text == tt.mention {
					found = true
					assert.Equal(t, tt.role, e.Role, tt.text)
				}
			}
		}
		assert.True(t, found, "%s: no person %s", tt.text, tt.mention)
	}
}
