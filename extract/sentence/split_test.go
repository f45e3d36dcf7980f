package sentence

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// texts returns the text of each sentence.
func texts(text string, ss []Sentence) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = text[s.Start:s.End]
	}
	return out
}

// checkInvariants asserts that ss is a valid split of text.
func checkInvariants(t testing.TB, text string, ss []Sentence) {
	t.Helper()
	prev := 0
	for i, s := range ss {
		if s.Start < prev || s.Start >= s.End || s.End > len(text) {
			t.Fatalf("sentence %d [%d,%d) out of order or range (prev end %d, len %d)", i, s.Start, s.End, prev, len(text))
		}
		body := text[s.Start:s.End]
		if strings.Contains(body, "\n") {
			t.Fatalf("sentence %d contains a newline: %q", i, body)
		}
		first, _ := utf8.DecodeRuneInString(body)
		last, _ := utf8.DecodeLastRuneInString(body)
		if isSpace(first) || isSpace(last) {
			t.Fatalf("sentence %d has surrounding space: %q", i, body)
		}
		switch s.Kind {
		case Body, Headline, Boilerplate:
		default:
			t.Fatalf("sentence %d has kind %q", i, s.Kind)
		}
		prev = s.End
	}
	// Everything outside the sentences is whitespace.
	prev = 0
	for _, s := range ss {
		if strings.TrimFunc(text[prev:s.Start], isSpace) != "" {
			t.Fatalf("content %q not covered", text[prev:s.Start])
		}
		prev = s.End
	}
	if rest := text[prev:]; strings.TrimFunc(rest, isSpace) != "" {
		t.Fatalf("content %q not covered", rest)
	}
}

func TestSplitRules(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"verb endings", "비가 왔다. 바람도 불었습니다. 괜찮아요. 그렇죠?", []string{"비가 왔다.", "바람도 불었습니다.", "괜찮아요.", "그렇죠?"}},
		{"question and exclamation runs", "정말일까?! 믿기 어렵다!! 그렇다...", []string{"정말일까?!", "믿기 어렵다!!", "그렇다..."}},
		{"quote is one sentence", "그는 “비가 온다. 우산을 챙겨라.”라고 말했다. 모두 웃었다.", []string{"그는 “비가 온다. 우산을 챙겨라.”라고 말했다.", "모두 웃었다."}},
		{"nested quotes", "그는 “그녀가 ‘싫다. 안 간다.’고 했다. 정말이다”라고 전했다. 끝이다.", []string{"그는 “그녀가 ‘싫다. 안 간다.’고 했다. 정말이다”라고 전했다.", "끝이다."}},
		{"straight quotes pair", `그는 "좋다. 하자"고 답했다. 회의는 끝났다.`, []string{`그는 "좋다. 하자"고 답했다.`, "회의는 끝났다."}},
		{"mixed straight and curly", `그는 "좋다. 하자”고 답했다. 회의는 끝났다.`, []string{`그는 "좋다. 하자”고 답했다.`, "회의는 끝났다."}},
		{"corner brackets", "그는 「떠난다. 돌아오지 않는다」고 썼다. 그리고 떠났다.", []string{"그는 「떠난다. 돌아오지 않는다」고 썼다.", "그리고 떠났다."}},
		{"white corner and guillemets", "『책이다. 좋다』와 «영화다. 싫다»를 봤다. 끝.", []string{"『책이다. 좋다』와 «영화다. 싫다»를 봤다.", "끝."}},
		{"quote ends the sentence", "“비가 온다.” 그가 말했다.", []string{"“비가 온다.”", "그가 말했다."}},
		{"unclosed quote falls back", "그는 “비가 온다. 우산을 챙겼다. 모두 나갔다.", []string{"그는 “비가 온다.", "우산을 챙겼다.", "모두 나갔다."}},
		{"parentheses", "기다렸다(그는 늦었다. 늘 그렇다) 그리고 갔다. 끝났다.", []string{"기다렸다(그는 늦었다. 늘 그렇다) 그리고 갔다.", "끝났다."}},
		{"unclosed parenthesis falls back", "기다렸다(그는 늦었다. 늘 그렇다. 끝났다.", []string{"기다렸다(그는 늦었다.", "늘 그렇다.", "끝났다."}},
		{"decimals", "금리는 3.5%다. 물가는 2.75% 올랐다.", []string{"금리는 3.5%다.", "물가는 2.75% 올랐다."}},
		{"abbreviations", "U.S. 경제와 Mr. 김, Dr. 박, vs. 중국 etc. 모두 봤다. 끝이다.", []string{"U.S. 경제와 Mr. 김, Dr. 박, vs. 중국 etc. 모두 봤다.", "끝이다."}},
		{"No.1", "그는 No.1 선수다. 또 No. 2 선수도 있다.", []string{"그는 No.1 선수다.", "또 No. 2 선수도 있다."}},
		{"initials", "J. K. 롤링이 썼다. 잘 팔렸다.", []string{"J. K. 롤링이 썼다.", "잘 팔렸다."}},
		{"ellipsis mid-sentence", "결과는··· 알 수 없다. 그러나… 기다린다. 그리고... 끝났다.", []string{"결과는··· 알 수 없다.", "그러나… 기다린다.", "그리고... 끝났다."}},
		{"ellipsis after final ending", "정말 좋았다… 다음에 또 오자.", []string{"정말 좋았다…", "다음에 또 오자."}},
		{"ellipsis without space", "시장 재편 신호?···기업 직접 구축 나설 수도", []string{"시장 재편 신호?···기업 직접 구축 나설 수도"}},
		{"list markers", "1. 전기요금 동결\n2. 가스요금 유예", []string{"1. 전기요금 동결", "2. 가스요금 유예"}},
		{"url", "자세한 내용은 https://www.example.com/a.html 에서 본다. 끝.", []string{"자세한 내용은 https://www.example.com/a.html 에서 본다.", "끝."}},
		{"email", "문의는 kim.hong@example.co.kr 로 한다. 끝.", []string{"문의는 kim.hong@example.co.kr 로 한다.", "끝."}},
		{"time", "회의는 10.30에 열렸다. 끝났다.", []string{"회의는 10.30에 열렸다.", "끝났다."}},
		{"dotted date", "공사는 2024. 3. 15. 착공했다. 끝났다.", []string{"공사는 2024. 3. 15. 착공했다.", "끝났다."}},
		{"newline ends", "제목\n본문이다.  \n\n\n  다음 줄이다", []string{"제목", "본문이다.", "다음 줄이다"}},
		{"citation kept", "그는 황제였다.[2] 이후 죽었다.[참고 3] 끝.", []string{"그는 황제였다.[2]", "이후 죽었다.[참고 3]", "끝."}},
		{"trailing note kept", "대회에서 우승했다. (6회 우승) 또한 기록을 세웠다.", []string{"대회에서 우승했다. (6회 우승)", "또한 기록을 세웠다."}},
		{"quotative continuation", "이게 뭐지?? 하고 검색했다. 끝.", []string{"이게 뭐지?? 하고 검색했다.", "끝."}},
		{"lowercase continues", "This is Mr. Smith. he is here.", []string{"This is Mr. Smith. he is here."}},
		{"english sentences", "It rained. We stayed home.", []string{"It rained.", "We stayed home."}},
		{"CJK full stop", "東京は晴れ。大阪は雨。", []string{"東京は晴れ。", "大阪は雨。"}},
		{"informal ending", "음식도 맛있었어요 다만 비쌌습니다ㅎㅎ 다음에 또 갈게요", []string{"음식도 맛있었어요", "다만 비쌌습니다ㅎㅎ", "다음에 또 갈게요"}},
		{"news clause is not split", "그는 회의에 참석했고 발언도 했다 하더라도 결론은 없었다.", []string{"그는 회의에 참석했고 발언도 했다 하더라도 결론은 없었다."}},
		{"noun ending in 다 is not split", "배우 아만다 사이프리드가 판다 인형을 들고 바다 위에서 웃었다.", []string{"배우 아만다 사이프리드가 판다 인형을 들고 바다 위에서 웃었다."}},
		{"laughter word stays", "정말 맛있어요 ㅋㅋㅋ 다음에 또 가요~ 🙂", []string{"정말 맛있어요 ㅋㅋㅋ", "다음에 또 가요~ 🙂"}},
		{"bracketed informal sentence", "(물론 저는 안 먹었어요ㅋㅋ) 다음 메뉴는 갈비다.", []string{"(물론 저는 안 먹었어요ㅋㅋ)", "다음 메뉴는 갈비다."}},
		{"quoted title is not a sentence", "'슈퍼맨이 돌아왔다' 원년멤버가 하차했다.", []string{"'슈퍼맨이 돌아왔다' 원년멤버가 하차했다."}},
		{"nominal ending", "고기가 너무 맛있었음 다음엔 냉면 먹을 것임 그럼 안녕", []string{"고기가 너무 맛있었음", "다음엔 냉면 먹을 것임", "그럼 안녕"}},
		{"noun in 음 is not split", "처음 마음 다음 모임에서 결정했다.", []string{"처음 마음 다음 모임에서 결정했다."}},
		{"comparison is not a bracket", "3 < 5 이다. 그리고 7 > 2 이다.", []string{"3 < 5 이다.", "그리고 7 > 2 이다."}},
		{"angle bracket quotation", "그는 <종이는 혈관과 같다. 나쁘다.>라고 말한다. 끝.", []string{"그는 <종이는 혈관과 같다. 나쁘다.>라고 말한다.", "끝."}},
		{"empty", "", nil},
		{"only spaces", " \n\t\n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.in)
			checkInvariants(t, tt.in, got)
			if tt.want == nil {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, tt.want, texts(tt.in, got))
		})
	}
}

func TestKinds(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Kind
	}{
		{"headline", "잠재적인 ‘과잉 공급 상황’", []Kind{Headline}},
		{"headline with question and ellipsis", "시장 재편 신호?···기업 직접 구축 나설 수도", []Kind{Headline}},
		{"short body line", "AI 전략에서도 완전히 물러선 것은 아니다.", []Kind{Body}},
		{"multi-sentence paragraph", "비가 왔다. 바람도 불었다", []Kind{Body, Body}},
		{"long line without period", strings.Repeat("가나다라 ", 20), []Kind{Body}},
		{"email", "hong@example.com", []Kind{Boilerplate}},
		{"cloudflare email", "[email protected]", []Kind{Boilerplate}},
		{"read more", "Read More from This Article: MS는 데이터센터 포기?", []Kind{Boilerplate}},
		{"source", "Source: News", []Kind{Boilerplate}},
		{"copyright", "Copyright ⓒ 한국일보. 무단 전재 및 재배포 금지.", []Kind{Boilerplate, Boilerplate}},
		{"copyright sign", "© 2024 Example Media", []Kind{Boilerplate}},
		{"photo credit", "서울 도심의 모습. 사진=연합뉴스", []Kind{Boilerplate, Boilerplate}},
		{"photo credit in brackets", "[사진=게티이미지]", []Kind{Boilerplate}},
		{"byline", "홍길동 기자", []Kind{Boilerplate}},
		{"byline with email", "홍길동 기자 hong@example.com", []Kind{Boilerplate}},
		{"dateline alone", "(서울=연합뉴스)", []Kind{Boilerplate}},
		{"promo", "▶ 네이버에서 구독하세요", []Kind{Boilerplate}},
		{"dateline byline before body", "(서울=연합뉴스) 홍길동 기자 = 정부가 3일 대책을 발표했다. 시장은 반겼다.", []Kind{Boilerplate, Body, Body}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.in)
			checkInvariants(t, tt.in, got)
			kinds := make([]Kind, len(got))
			for i, s := range got {
				kinds[i] = s.Kind
			}
			assert.Equal(t, tt.want, kinds, "%q", texts(tt.in, got))
		})
	}
}

func TestBylinePrefixSpan(t *testing.T) {
	in := "(서울=연합뉴스) 홍길동 기자 = 정부가 대책을 발표했다."
	got := texts(in, Split(in))
	assert.Equal(t, []string{"(서울=연합뉴스) 홍길동 기자 =", "정부가 대책을 발표했다."}, got)
}

func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile("../../testdata/article.txt")
	require.NoError(t, err)
	text := string(b)
	got := Split(text)
	checkInvariants(t, text, got)
	counts := map[Kind]int{}
	for _, s := range got {
		counts[s.Kind]++
		body := text[s.Start:s.End]
		// Quotes never straddle sentences.
		assert.Equal(t, strings.Count(body, "“"), strings.Count(body, "”"), "%q", body)
	}
	assert.Positive(t, counts[Body])
	assert.Positive(t, counts[Headline])
	assert.Positive(t, counts[Boilerplate])
}

func TestHostileInput(t *testing.T) {
	inputs := []string{
		strings.Repeat("(", 100000) + strings.Repeat(")", 100000),
		strings.Repeat("“", 100000) + "다. " + strings.Repeat("”", 100000),
		strings.Repeat(`"다. `, 50000),
		strings.Repeat("(.)", 100000),
		strings.Repeat("다. ", 100000),
		strings.Repeat("@a.", 100000),
		strings.Repeat("1. ", 100000),
		strings.Repeat("ㅋ ", 100000),
		"\xff\xfe다.\xff 나.",
	}
	for _, in := range inputs {
		got := Split(in)
		checkInvariants(t, in, got)
	}
}
