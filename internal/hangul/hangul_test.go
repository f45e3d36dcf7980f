package hangul

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// The byte tests agree with decoding, on every rune and on broken input.
func TestAgreesWithDecoding(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r += 7 {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r) + "x"
		got, ok := SyllableAt(s, 0)
		assert.Equal(t, r >= First && r <= Last, ok, "%U", r)
		if ok {
			assert.Equal(t, r, got)
		}
		assert.Equal(t, r >= 0xA000 && r <= 0xD7FF, LetterBlockAt(s, 0), "%U", r)
	}
	for _, s := range []string{"", "\xea", "\xea\xb0", "\xea\xb0x", "\xed\xa0\x80", "\xea\"\x80", "가"[:2]} {
		assert.False(t, LetterBlockAt(s, 0), "%q", s)
		_, ok := SyllableAt(s, 0)
		assert.False(t, ok, "%q", s)
	}
	assert.False(t, LetterBlockAt("가", -1))
	r, ok := SyllableAt("한국", 3)
	assert.True(t, ok)
	assert.Equal(t, '국', r)
}

func TestSet(t *testing.T) {
	s := NewSet("가힣은 A")
	for _, r := range "가힣은" {
		assert.True(t, s.Has(r), "%q", r)
	}
	for _, r := range "각는 A\x00" {
		assert.False(t, s.Has(r), "%q", r)
	}
	assert.False(t, s.Has(First-1))
	assert.False(t, s.Has(Last+1))
	assert.False(t, s.Add('A'))
	assert.True(t, s.Add('각'))
	assert.True(t, s.Has('각'))
}

// SyllableAt agrees with decoding on every three bytes with a lead byte of
// a three-byte sequence, valid or not.
func TestSyllableAtEveryThreeBytes(t *testing.T) {
	b := []byte{0, 0, 0, 'x'}
	for c0 := 0xE0; c0 <= 0xEF; c0++ {
		for c1 := range 256 {
			for c2 := range 256 {
				b[0], b[1], b[2] = byte(c0), byte(c1), byte(c2)
				s := string(b)
				r, size := utf8.DecodeRuneInString(s)
				want := size == 3 && r >= First && r <= Last
				got, ok := SyllableAt(s, 0)
				if ok != want || ok && got != r {
					t.Fatalf("SyllableAt(%q) = %U, %v; decoding %U (%d bytes)", s, got, ok, r, size)
				}
			}
		}
	}
}
