package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNumberedDongs(t *testing.T) {
	for _, tc := range []struct {
		text, want string
		found      bool
	}{
		{"용인 풍덕천 2동 스포티지 차량 사고가 났다.", "풍덕천 2동", true},
		{"그는 아파트 2동에 산다.", "아파트 2동", false},
		{"그는 지난 2동안 쉬었다.", "지난 2동", false},
	} {
		doc := extractText(t, tc.text)
		got := false
		for _, e := range doc.Entities {
			if e.Type == TypeLocation && e.Name == tc.want {
				got = true
			}
		}
		assert.Equal(t, tc.found, got, tc.text)
	}
}
