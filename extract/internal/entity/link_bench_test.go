package entity

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkLinkManyOrgs links an article of many organizations with
// distinct names, the worst case of the pairwise passes.
func BenchmarkLinkManyOrgs(b *testing.B) {
	for _, n := range []int{100, 1000} {
		var words []string
		for i := range n {
			words = append(words, fmt.Sprintf("기관%d위원회", i))
		}
		text := strings.Join(words, " ")
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for range b.N {
				var s Set
				off := 0
				for _, w := range words {
					e := &Entity{Type: Org, Name: w, Parts: []string{w}}
					s.Append(e)
					s.Add(e, Span{Start: off, End: off + len(w)}, 0)
					off += len(w) + 1
				}
				s.Link(text, testNames)
			}
		})
	}
}
