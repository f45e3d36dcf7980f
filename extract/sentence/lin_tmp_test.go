package sentence

import (
	"strings"
	"testing"
	"time"
)

func TestLinearTmp(t *testing.T) {
	pats := []string{"(", "“", "\"다. ", "(.)", "다. ", "@a.", "1. ", "ㅋ ", "했다 ", "가", "'", "[1", "(. ", "사진", "a", "([{<«「『‘“"}
	for _, p := range pats {
		for _, n := range []int{1 << 20, 20 << 20} {
			in := strings.Repeat(p, n/len(p))
			st := time.Now()
			ss := Split(in)
			t.Logf("%q %dMB: %v (%d sents)", p, n>>20, time.Since(st), len(ss))
		}
	}
}
