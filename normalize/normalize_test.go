package normalize

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

func TestStringClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "오픈AI는 최근", "오픈AI는 최근"},
		{"crlf", "가\r\n나\r다", "가\n나\n다"},
		{"nfd hangul", norm.NFD.String("한국어 뉴스"), "한국어 뉴스"},
		{"full-width digits", "５，０００억 달러", "5,000억 달러"},
		{"full-width letters", "ＭＳ와 ＡＷＳ", "MS와 AWS"},
		{"nbsp and ideographic space", "가\u00a0나\u3000다\u2009라", "가 나 다 라"},
		{"zero width and bom", "\ufeff오픈\u200bAI\u200d는\u00ad", "오픈AI는"},
		{"entities", "&quot;말&quot; &#8220;인용&#x201D; A&amp;B &nbsp;끝", "\"말\" “인용” A&B  끝"},
		{"not an entity", "R&D 투자 & 성장 &unknown;", "R&D 투자 & 성장 &unknown;"},
		{"dashes", "수요–공급 10—20 −3", "수요-공급 10-20 -3"},
		{"wave dash", "10만〜20만 원", "10만~20만 원"},
		{"quote variants", "〝말〞 „x‟", "“말” “x“"},
		{"controls", "가\x00나\x07다\t라", "가나다 라"},
		{"middle dot", "한ㆍ미", "한·미"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := String(tt.in)
			assert.Equal(t, tt.want, got.Clean)
			checkMap(t, got)
		})
	}
}

func TestSpanMapsToOriginal(t *testing.T) {
	in := "\ufeff“ＭＳ는\u200b &quot;５,０００억&quot;”\r\n" + norm.NFD.String("응우옌은 말했다")
	tx := String(in)
	clean := tx.Clean
	i := strings.Index(clean, "MS")
	s, e, text := tx.Span(i, i+len("MS는"))
	assert.Equal(t, "ＭＳ는", text)
	assert.Equal(t, 2, s)
	assert.Equal(t, 5, e)

	i = strings.Index(clean, "\"5,000억\"")
	_, _, text = tx.Span(i, i+len("\"5,000억\""))
	assert.Equal(t, "&quot;５,０００억&quot;", text)

	i = strings.Index(clean, "응우옌")
	_, _, text = tx.Span(i, i+len("응우옌"))
	assert.Equal(t, norm.NFD.String("응우옌"), text)

	// a span that is the whole text maps to the whole input minus the
	// removed characters at its edges
	s, e, _ = tx.Span(0, len(clean))
	assert.Equal(t, 1, s) // the BOM is not part of the clean text
	assert.Equal(t, utf8.RuneCountInString(in), e)
}

func TestSpanEdgeCases(t *testing.T) {
	tx := String("가나다")
	for _, c := range []struct{ s, e int }{{-5, 2}, {0, 100}, {4, 2}, {1, 2}, {9, 9}, {0, 0}} {
		s, e, text := tx.Span(c.s, c.e)
		require.LessOrEqual(t, 0, s)
		require.LessOrEqual(t, s, e)
		require.LessOrEqual(t, e, 3)
		require.Equal(t, string([]rune(tx.Orig)[s:e]), text)
	}
	empty := String("")
	s, e, text := empty.Span(0, 0)
	assert.Equal(t, 0, s)
	assert.Equal(t, 0, e)
	assert.Equal(t, "", text)
}

// checkMap asserts the offset contract on every rune range of the text.
func checkMap(t *testing.T, tx *Text) {
	t.Helper()
	origRunes := []rune(tx.Orig)
	var starts []int
	for i := range tx.Clean {
		starts = append(starts, i)
	}
	starts = append(starts, len(tx.Clean))
	for a := 0; a < len(starts); a++ {
		for b := a; b < len(starts) && b <= a+4; b++ {
			s, e, text := tx.Span(starts[a], starts[b])
			require.True(t, 0 <= s && s <= e && e <= len(origRunes), "span %d..%d -> %d..%d", starts[a], starts[b], s, e)
			require.Equal(t, string(origRunes[s:e]), text)
		}
	}
}

// TestPropertyRandom normalizes random mixtures of the characters the
// normalizer rewrites and checks the offset contract.
func TestPropertyRandom(t *testing.T) {
	alphabet := []string{"가", "한", "ᄒ", "ᅡ", "ᆫ", "A", "１", "Ｍ", " ", "\u00a0", "\u200b", "\ufeff",
		"\r", "\n", "\r\n", "&quot;", "&#8220;", "&amp;", "&", ";", "“", "”", "–", "e\u0301", "\x00", "😀", "ㆍ"}
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 500; n++ {
		var sb strings.Builder
		for k := rng.IntN(30); k > 0; k-- {
			sb.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		tx := String(sb.String())
		require.True(t, norm.NFC.IsNormalString(tx.Clean), "%q", sb.String())
		checkMap(t, tx)
	}
}

func TestSeedArticleVariants(t *testing.T) {
	raw, err := os.ReadFile("../testdata/article.txt")
	require.NoError(t, err)
	base := String(string(raw)).Clean
	variants := map[string]string{
		"nfd":        norm.NFD.String(string(raw)),
		"crlf":       strings.ReplaceAll(string(raw), "\n", "\r\n"),
		"full-width": fullWidthDigits(string(raw)),
	}
	for name, v := range variants {
		t.Run(name, func(t *testing.T) {
			tx := String(v)
			assert.Equal(t, base, tx.Clean)
		})
	}
}

func fullWidthDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r - '0' + '０'
		}
		return r
	}, s)
}

func FuzzString(f *testing.F) {
	f.Add("오픈AI는 “5,000억 달러”를\r\n")
	f.Add(norm.NFD.String("응우옌은 말했다"))
	f.Add("&quot;&#8220;&#x1F600;&amp;&nbsp;&#0;&#99999999;")
	f.Add("\ufeff\u200b\x00ＭＳ")
	f.Add("MS는 미국과 유럽에서 진행 중이던 데이터센터 프로젝트를 취소하며\r\n“5,000억 달러(약 700조 원)”")
	f.Fuzz(func(t *testing.T, in string) {
		if !utf8.ValidString(in) {
			in = strings.ToValidUTF8(in, "\uFFFD")
		}
		tx := String(in)
		if !utf8.ValidString(tx.Clean) {
			t.Fatalf("clean text is not UTF-8: %q", tx.Clean)
		}
		origRunes := []rune(tx.Orig)
		check := func(a, b int) {
			s, e, text := tx.Span(a, b)
			if s < 0 || s > e || e > len(origRunes) {
				t.Fatalf("Span(%d,%d) = %d..%d outside 0..%d", a, b, s, e, len(origRunes))
			}
			if want := string(origRunes[s:e]); text != want {
				t.Fatalf("Span(%d,%d) text %q, input has %q", a, b, text, want)
			}
		}
		prev := 0
		for i := range tx.Clean {
			check(prev, i)
			prev = i
		}
		check(prev, len(tx.Clean))
		check(0, len(tx.Clean))
	})
}

func TestDecodeReadsLineEndsAsText(t *testing.T) {
	s, warns, err := Decode([]byte("가\r\n나\r다\n"))
	require.NoError(t, err)
	assert.Equal(t, "가\n나\n다\n", s)
	require.Len(t, warns, 1)
	assert.Equal(t, "newlines", warns[0].Code)

	s, warns, err = Decode([]byte("가\n나"))
	require.NoError(t, err)
	assert.Equal(t, "가\n나", s)
	assert.Empty(t, warns)
}

// StringValid is String on valid UTF-8 and declines anything else.
func TestStringValid(t *testing.T) {
	cases := []string{"", "서울", "a&amp;b", "line\r\nnext", "ｆｕｌｌ　width", "e\u0301", "\ufeffBOM", "ok \u200b zero",
		"\xff", "가\xed\xa0\x80나", "&amp;\xff", "\r\n\xc3", "a\x80", "\xe0\x80\xaf", "한국어 “인용” 1,000억 원"}
	r := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"가", "a", " ", "&amp;", "&#x201C;", "\r", "\n", "\u00a0", "\u3000", "ｘ", "e\u0301", "\xff", "\xc3", "\x80", "\u200b"}
	for range 2000 {
		var sb strings.Builder
		for range r.IntN(12) {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		cases = append(cases, sb.String())
	}
	for _, s := range cases {
		got, ok := StringValid(s)
		if !utf8.ValidString(s) {
			assert.False(t, ok, "%q", s)
			assert.Nil(t, got, "%q", s)
			continue
		}
		require.True(t, ok, "%q", s)
		assert.Equal(t, String(s), got, "%q", s)
	}
}
