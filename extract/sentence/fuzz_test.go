package sentence

import (
	"os"
	"testing"
)

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"", "다.", "그는 “비가 온다. 우산”이라고 했다. 끝.", "(서울=연합뉴스) 홍길동 기자 = 본문이다.",
		"U.S. Mr. J. K. 3.5% 10.30 2024. 3. 15. 끝.", "\"'(「『«<[", "”’」』»>])", "ㅋㅋ 😊 ~ ^^ 했다 하더라도",
		"a@b.co [email protected] ▶ ⓒ", "\xff\xfe.", "다.[참고 2] (6회 우승) 끝",
	} {
		f.Add(s)
	}
	if b, err := os.ReadFile("../../testdata/article.txt"); err == nil {
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkInvariants(t, text, Split(text))
	})
}
