package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/korean"
)

func cp949(t testing.TB, s string) []byte {
	t.Helper()
	b, err := korean.EUCKR.NewEncoder().Bytes([]byte(s))
	require.NoError(t, err)
	return b
}

func utf16Bytes(s string, big bool) []byte {
	var out []byte
	put := func(u uint16) {
		if big {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	put(0xFEFF)
	for _, r := range s {
		if r >= 0x10000 {
			r -= 0x10000
			put(uint16(0xD800 + r>>10))
			put(uint16(0xDC00 + r&0x3FF))
			continue
		}
		put(uint16(r))
	}
	return out
}

func warnCodes(ws []Warning) []string {
	var c []string
	for _, w := range ws {
		c = append(c, w.Code)
	}
	return c
}

func TestDecodeEncodings(t *testing.T) {
	const ko = "MS는 오픈AI에 130억 달러를 투자했다. “좋다”라고 말했다."
	cp := cp949(t, ko)
	// two invalid bytes in the middle: 0xFF is never CP949
	bad := append(append(append([]byte{}, cp[:10]...), 0xFF, 0xFF), cp[10:]...)
	mixed := append(append([]byte{}, cp...), []byte("\uFFFD")...)
	tests := []struct {
		name    string
		src     []byte
		opts    []DecodeOption
		want    string   // decoded text
		warns   []string // warning codes
		wantErr string   // substring of the error
	}{
		{"utf-8", []byte(ko), nil, ko, nil, ""},
		{"utf-8 BOM kept as a character", []byte("\uFEFF" + ko), nil, "\uFEFF" + ko, nil, ""},
		{"cp949 auto", cp, nil, ko, []string{"decoded-cp949"}, ""},
		{"cp949 forced", cp, []DecodeOption{WithEncoding("euc-kr")}, ko, []string{"decoded-cp949"}, ""},
		{"cp949 with bad bytes: error at the bad byte", bad, nil, "", nil, "invalid byte at byte offset 10 (2 invalid bytes"},
		{"cp949 forced with bad bytes", bad, []DecodeOption{WithEncoding("cp949")}, "", nil, "byte offset 10"},
		{"cp949 with bad bytes, lossy: only they are replaced", bad, []DecodeOption{WithLossy(true)},
			"MS는 오픈A\uFFFD\uFFFDI에 130억 달러를 투자했다. “좋다”라고 말했다.", []string{"decoded-cp949", "invalid-cp949"}, ""},
		{"cp949 holding EF BF BD", mixed, nil, "", nil, "EUC-KR/CP949 with an invalid byte at byte offset"},
		{"cp949 holding EF BF BD, lossy", mixed, []DecodeOption{WithLossy(true)}, "", []string{"decoded-cp949", "invalid-cp949", "mixed-encoding"}, ""},
		{"utf-16le BOM", utf16Bytes(ko+"😀", false), nil, "\uFEFF" + ko + "😀", []string{"decoded-utf16"}, ""},
		{"utf-16be BOM", utf16Bytes(ko, true), nil, "\uFEFF" + ko, []string{"decoded-utf16"}, ""},
		{"utf-16 when utf-8 is forced", utf16Bytes(ko, false), []DecodeOption{WithEncoding("utf-8")}, "", nil, "it is UTF-16"},
		{"utf-16 lone surrogate", append(utf16Bytes("가", false), 0x00, 0xD8, 0x41, 0x00), nil, "", nil, "invalid code unit at byte offset 4"},
		{"utf-16 lone surrogate, lossy", append(utf16Bytes("가", false), 0x00, 0xD8, 0x41, 0x00), []DecodeOption{WithLossy(true)},
			"\uFEFF가\uFFFDA", []string{"decoded-utf16", "invalid-utf16"}, ""},
		{"utf-16 odd length, lossy", append(utf16Bytes("가", false), 0x41), []DecodeOption{WithLossy(true)},
			"\uFEFF가\uFFFD", []string{"decoded-utf16", "invalid-utf16"}, ""},
		{"invalid utf-8, not Korean", []byte("abc \xff def"), nil, "", nil, "invalid UTF-8 at byte offset 4"},
		{"invalid utf-8, lossy", []byte("가 \xff 나"), []DecodeOption{WithLossy(true)}, "가 \uFFFD 나", []string{"invalid-utf8"}, ""},
		{"CRLF read as LF", []byte("가\r\n나\r다"), nil, "가\n나\n다", []string{"newlines"}, ""},
		{"cp949 with CRLF", cp949(t, "가\r\n나"), nil, "가\n나", []string{"decoded-cp949", "newlines"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warns, err := Decode(tt.src, tt.opts...)
			if tt.wantErr != "" {
				require.ErrorIs(t, err, ErrInvalidEncoding)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			if tt.want != "" {
				assert.Equal(t, tt.want, got)
			}
			assert.Equal(t, tt.warns, warnCodes(warns))
		})
	}
}

// TestDecodeCP949LossyKeepsSyllables: a long CP949 article with a few bad
// bytes keeps every syllable under lossy decoding.
func TestDecodeCP949LossyKeepsSyllables(t *testing.T) {
	ko := strings.Repeat("한국은행은 기준금리를 연 3.5%로 동결했다고 밝혔다.\n", 200)
	src := cp949(t, ko)
	for _, at := range []int{100, 5000, len(src) - 3} {
		src[at] = 0xFF
	}
	got, _, err := Decode(src, WithLossy(true))
	require.NoError(t, err)
	// a bad byte costs at most its syllable (and is one U+FFFD itself)
	n := strings.Count(got, "\uFFFD")
	assert.True(t, n >= 3 && n <= 6, "%d replacements", n)
	assert.GreaterOrEqual(t, utf8.RuneCountInString(got), utf8.RuneCountInString(ko)-3)
	assert.GreaterOrEqual(t, strings.Count(got, "동결했다고"), 197)
}

// FuzzDecode: any bytes under any encoding give valid UTF-8 or an
// ErrInvalidEncoding error; lossy decoding never fails.
func FuzzDecode(f *testing.F) {
	f.Add([]byte("가나다"), uint8(0), false)
	f.Add([]byte{0xB0, 0xA1, 0xFF, 0xEF, 0xBF, 0xBD}, uint8(0), true)
	f.Add([]byte{0xFF, 0xFE, 0x00, 0xD8, 0x41}, uint8(3), false)
	f.Add([]byte("a\r\nb"), uint8(1), false)
	encs := []string{"auto", "utf-8", "cp949", "utf-16"}
	f.Fuzz(func(t *testing.T, src []byte, enc uint8, lossy bool) {
		s, _, err := Decode(src, WithEncoding(encs[int(enc)%len(encs)]), WithLossy(lossy))
		if err != nil {
			if lossy {
				t.Fatalf("lossy decoding failed: %v", err)
			}
			if !strings.Contains(err.Error(), "byte offset") {
				t.Fatalf("error without an offset: %v", err)
			}
			return
		}
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 out: %q", s)
		}
		if strings.ContainsRune(s, '\r') {
			t.Fatalf("CR left in %q", s)
		}
	})
}
