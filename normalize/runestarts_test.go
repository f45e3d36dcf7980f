package normalize

import "testing"

// refCountRuneStarts is countRuneStarts a byte at a time.
func refCountRuneStarts(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// TestCountRuneStarts compares the eight-bytes-at-a-time count with the
// byte loop on every byte value at every position of a word and cut
// anywhere.
func TestCountRuneStarts(t *testing.T) {
	base := []byte("가나다 abc 라마바사\x80\xbf\xc0\xff 아자차카타파하")
	for b := range 256 {
		for p := range base {
			s := []byte(string(base))
			s[p] = byte(b)
			for lo := 0; lo < 9; lo++ {
				for hi := lo; hi <= len(s); hi += 3 {
					if got, want := countRuneStarts(string(s[lo:hi])), refCountRuneStarts(string(s[lo:hi])); got != want {
						t.Fatalf("countRuneStarts(%q) = %d, want %d", s[lo:hi], got, want)
					}
				}
			}
		}
	}
}

// FuzzCountRuneStarts compares them on any bytes.
func FuzzCountRuneStarts(f *testing.F) {
	f.Add("가나다라마바사아")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := countRuneStarts(s), refCountRuneStarts(s); got != want {
			t.Fatalf("countRuneStarts(%q) = %d, want %d", s, got, want)
		}
	})
}
