package attribution

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRead(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		form   Form
		ending string
		noun   string
	}{
		{"라고", `장관은 “국회의원들은 수정안을 제시했다”라고 말했다.`, Quotative, "라고", ""},
		{"고", `그는 “수요는 여전히 많다”고 말했다.`, Quotative, "고", ""},
		{"이라고 apart", `그는 "문제가 생긴다면 법적으로 대응할 방침" 이라고 전했다.`, Quotative, "이라고", ""},
		{"predicate with 다고", `그는 "국민의 눈높이에 입각해 엄중히 촉구"한다고 밝혔다.`, Quotative, "한다고", ""},
		{"다고까지", `그는 "일본의 주장을 분명히 전달하겠"다고까지 말했다.`, Quotative, "다고까지", ""},
		{"며", `대변인은 "이런 분이 가야 할 곳은 자기 집"이라며 비난했다.`, Chained, "이라며", ""},
		{"다며 inside the verb", `이들은 “학교 측은 통보를 하”였다며, “투쟁할 것”이라고 밝혔다.`, Chained, "였다며", ""},
		{"면서", `그는 “상징색은 태극기를 모티브로 했다”면서 설명했다.`, Chained, "면서", ""},
		{"라는 입장", `민주당은 "이는 국회를 무시하는 처사"라는 입장을 밝혔다.`, Adnominal, "라는", "입장을"},
		{"는 등의 발언", `그는 "대통령은 사퇴해야 한다"는 등의 발언을 쏟아냈다.`, Adnominal, "는", "발언을"},
		{"다는 입장", `지도부는 "특검은 논의할 수 없"다는 입장이고 처리했다.`, Adnominal, "다는", "입장이고"},
		{"a clause between the quote and its noun", `그는 "민간이 들어올 수밖에 없다"는 민영화를 암시하는 듯한 발언을 했다.`, Adnominal, "는", "발언을"},
		{"the owner of the noun of speech between", `그는 '시위대를 애국자로 부른 것이냐'는 미 방송 기자 케이트 베넷의 트윗을 공유했다.`, Adnominal, "는", "트윗을"},
		{"a title's noun before the clause", `“우리가 몰랐던 이야기”라는 제목의 책을 소개하는 발언을 했다.`, NotSpeech, "", ""},
		{"a noun of speech written apart", `위키독은 "긴급 점검중" 안내를 낸 후 점검을 이어갔다.`, Adnominal, "", "안내를"},
		{"a single-marked term before a noun of speech apart", `시진핑의 '위안화 석유 거래' 발언은 도전이다.`, NotSpeech, "", ""},
		{"a gloss in brackets before the ending", `그는 "닥쳐 주시겠습니까?"(Will you shut up)라는 발언을 했다.`, Adnominal, "라는", "발언을"},
		{"는 말을", `해적들도 "유치장이 낫다"는 말을 했다고 전했다.`, Adnominal, "는", "말을"},
		{"a compound of 의견", `국회는 ‘재원 확보 방안을 마련한다’는 부대의견을 명시했다.`, Adnominal, "는", "부대의견을"},
		{"a clause reported as what came to light", `그 이유는 '공간이 필요하기 때문에 신설하겠다'는 것으로 드러났다.`, Adnominal, "는", ""},
		{"a term before 것으로 is no speech", `그는 '좋은 사람'이라는 것으로 알려졌다.`, NotSpeech, "", ""},
		{"a clause before 것으로 and another verb", `그는 '신설하겠다'는 것으로 보인다.`, NotSpeech, "", ""},
		{"와 같은 before a noun of speech", `"이 올림픽을 보러 왔다."와 같은 내용의 댓글이 올라왔다.`, Adnominal, "와 같은", "댓글이"},
		{"와 같은 written apart", `"이 올림픽을 보러 왔다." 와 같은 댓글이 올라왔다.`, Adnominal, "와 같은", "댓글이"},
		{"와 같은 before no noun of speech", `"경제 민주화"와 같은 정책을 내놓았다.`, NotSpeech, "", ""},
		{"object of a request", `총리는 “각국 장관들이 협상에 임해줄 것”을 요청하였다.`, Object, "을", ""},
		{"clause ends inside a predicate", `사무총장은 "사찰 시설을 확대하고 정보를 제공"하기로 합의했다고 밝혔다.`, Quotative, "합의했다고", ""},
		{"standalone at paragraph end", "\"내가 처음으로 생각한 것은 가족들이었다.\"\n다음 문단.", Standalone, "", ""},
		{"standalone before the next sentence", `“이번 대회는 끝났다.” 한편 협회는 발표했다.`, Standalone, "", ""},
		{"listed", `그는 "늦은 밤 만나자", "사랑하고 싶은 여자"라고 말했다.`, Listed, "", ""},
		{"listed sentences with a comma", `그들은 '처음부터 유리했다. 확률이 높았다.', '공평하지 않았다' 라고 했다.`, Listed, "", ""},
		{"term with a case particle", `‘과잉 공급 상황’을 우려했다.`, NotSpeech, "", ""},
		{"the object of a reported clause", `국무부는 “동맹 및 우방국들과의 협의를 거쳐 적절한 조치”를 취하겠다고 밝혔다.`, Object, "를", ""},
		{"a short term as the object of a reported clause", `그는 “술 없는 연찬회”를 열겠다고 밝혔다.`, NotSpeech, "", ""},
		{"title with 라는 제목", `“우리가 몰랐던 이야기”라는 제목의 책을 냈다.`, NotSpeech, "", ""},
		{"name with 라고 불리는", `이곳은 “작은 파리”라고 불리는 마을이다.`, NotSpeech, "", ""},
		{"the short quotative 이라", `위키독 측은 "장비 이상으로 서버 교체작업 중"이라 밝혔다.`, Quotative, "이라", ""},
		{"a name with 이라 불러도", `이제 "패션계의 아이콘"이라 불러도 손색이 없다.`, NotSpeech, "", ""},
		{"입장이나 after 는", `주민들은 "방수벽을 높여야 한다"는 입장이나 상인들은 반대한다.`, Adnominal, "는", "입장이나"},
		{"term followed by a verb", `NHK는 "발각" 되었다고 방송했다.`, Quotative, "되었다고", ""},
		{"possessive", `“스타게이트”의 규모는 크다.`, NotSpeech, "", ""},
		{"a part of the clause a noun of speech reports", `장관은 "철도 역사에 새 이정표"가 세워졌다는 발언을 했다.`, Adnominal, "세워졌다는", "발언을"},
		{"a term before a particle and a clause", `"터널 공사"가 끝났다는 것은 사실이다.`, NotSpeech, "", ""},
		{"sayings given as examples", `네티즌들은 "짐승이 따로 없다", "저런 사람들이 같은 한국인이라니 실망스럽다" 등으로 모욕했다.`, Listed, "", ""},
		{"the last of the sayings", `"저런 사람들이 같은 한국인이라니 실망스럽다" 등으로 모욕했다.`, Sayings, "등으로", ""},
		{"a term before 등", `"사과", "배" 등을 샀다.`, Listed, "", ""},
		{"sayings joined by 와", `"누군가 대본을 쓰는 것이다"와 "귀에 지령이 온다"는 의혹이 나왔다.`, Listed, "", ""},
		{"parts of one report joined by 그리고", `방송은 “산 아래에서 진동을 느꼈다”그리고, “샘물이 뜨거워졌다”고 보도했다.`, Listed, "", ""},
		{"parts of one report joined by 이므로", `국무부는 “이번 발사는 결의 위반”이므로 “우방과 협의해 조치”를 취하겠다고 밝혔다.`, Listed, "", ""},
		{"a 하다 form after the mark", `사측은 "파업 참여 조합원의 무력감을 자극"하려는 목적의 문자를 보냈다.`, Continued, "하려는", ""},
		{"the verb after the mark", `방통위는 트위터가 "북한정권의 활동을 찬양하고 있어 불법정보로 판단"해 차단을 의결했다.`, Continued, "해", ""},
		{"a bare stem before the mark", `정보당국은 요청에 "큰 틀에서는 맞"지만 확보하지는 않았다고 전했다.`, Continued, "지만", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pairs, _ := Pairs(tt.in)
			require.NotEmpty(t, pairs)
			r := Read(tt.in, pairs[0])
			assert.Equal(t, tt.form, r.Form, "form %v", r.Form)
			assert.Equal(t, tt.ending, r.Ending)
			assert.Equal(t, tt.noun, r.Noun)
			assert.GreaterOrEqual(t, r.After, pairs[0].Close)
			assert.LessOrEqual(t, r.After, len(tt.in))
		})
	}
}

func TestClauseLike(t *testing.T) {
	for in, want := range map[string]bool{
		"수요는 여전히 많다":   true,
		"어떻게 보상해줄 것이냐": true, // a question in 냐
		"케냐":           false,
		"과잉 공급 상황":     false,
		"정말요?":         false, // too short to tell
		"이제 시작이다.":     true,
	} {
		assert.Equal(t, want, ClauseLike(in), in)
	}
}

func TestCitation(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"an author and a year", `“재판에 회부된 사람은 22명이다.” (이장희, 2009)`, "이장희"},
		{"an outlet and a date", `“24명이 기소됐다” (KBS뉴스, 20/07/16)[15]`, "KBS뉴스"},
		{"no space before the bracket", `“24명이 기소됐다”(김철수, 2011)`, "김철수"},
		{"a name glossed with an age is no citation", `‘범인’(James Holmes, 24세)`, ""},
		{"a bracket with no comma", `“24명이 기소됐다” (2011)`, ""},
		{"words after the year", `“24명이 기소됐다” (김철수, 2011년 봄에)`, ""},
		{"no bracket", `“24명이 기소됐다”고 했다.`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pairs, _ := Pairs(tt.in)
			require.NotEmpty(t, pairs)
			s, e, ok := Citation(tt.in, pairs[0])
			if tt.want == "" {
				assert.False(t, ok, "%q", tt.in[s:e])
				return
			}
			require.True(t, ok)
			assert.Equal(t, tt.want, tt.in[s:e])
		})
	}
}
