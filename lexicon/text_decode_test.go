package lexicon

import (
	"testing"
	"unicode/utf8"
)

// checkDecoding compares decode and lastRune, which read Hangul syllables
// from the bytes, with utf8's decoding of s.
func checkDecoding(t *testing.T, s string) {
	t.Helper()
	want, _ := utf8.DecodeLastRuneInString(s)
	if got := lastRune(s); got != want {
		t.Fatalf("lastRune(%q) = %U, utf8 %U", s, got, want)
	}
	if s == "" {
		return
	}
	wr, wn := utf8.DecodeRuneInString(s)
	if s[0] < utf8.RuneSelf {
		wr, wn = rune(s[0]), 1
	}
	if r, n := decode(s, 0); r != wr || n != wn {
		t.Fatalf("decode(%q) = %U, %d; utf8 %U, %d", s, r, n, wr, wn)
	}
}

// TestDecodingAgrees checks decode and lastRune on every rune before and
// after other text, and on broken input.
func TestDecodingAgrees(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		if r >= 0xE000 && r < 0x10000 || r < 0xA000 && r%5 == 0 || r >= 0x10000 && r%97 == 0 || r >= 0xA000 && r < 0xE000 {
			checkDecoding(t, string(r))
			checkDecoding(t, "가"+string(r))
			checkDecoding(t, string(r)+"x")
		}
	}
	for _, s := range []string{"", "\xea", "\xea\xb0", "\xb0\x80", "가\xb0", "\xed\xa0\x80", "\xed\x9e\xa3", "\xea\xb0\x80\x80", "x\xea\xb0\x80"} {
		checkDecoding(t, s)
	}
}

// FuzzDecoding checks decode and lastRune on any bytes.
func FuzzDecoding(f *testing.F) {
	f.Add("가나다")
	f.Add("\xed\xa0\x80")
	f.Fuzz(checkDecoding)
}

// TestTitleImpliesMayEndTitle checks what callers rely on to skip the
// look-up: every word Title finds passes MayEndTitle (extract's roleWord
// asks MayEndTitle alone).
func TestTitleImpliesMayEndTitle(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, ti := range l.titles {
		if _, ok := l.Title(ti.Title); ok && !l.MayEndTitle(ti.Title) {
			t.Errorf("Title finds %q, MayEndTitle rejects it", ti.Title)
		}
	}
}
