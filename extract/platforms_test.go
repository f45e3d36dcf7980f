package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPlatformVenue checks that a social network written as the place of
// a post is no organization, and that the company acting is one.
func TestPlatformVenue(t *testing.T) {
	tests := []struct {
		name, text, span string
		want             bool
	}{
		{"posted on", "그는 사진을 트위터에 올리기도 했다.", "트위터", true},
		{"shown on", "이 영상은 유튜브에서 1200만의 조회수를 기록했다.", "유튜브", true},
		{"through", "당국은 트위터를 통해 사상자 수를 밝혔다.", "트위터", true},
		{"a post of the service", "다음은 점장이 남긴 페이스북 글 전문입니다.", "페이스북", true},
		{"a channel", "운영자는 유튜브 채널에 해명 동영상을 올렸다.", "유튜브", true},
		{"by means of", "마리몬드는 인스타그램으로 품절 소식을 전했다.", "인스타그램", true},
		{"the company speaks", "페이스북은 성명을 내고 유감을 밝혔다.", "페이스북", false},
		{"according to the company", "페이스북에 따르면 이용자 정보가 유출됐다.", "페이스북", false},
		{"the company fined", "위원회는 페이스북에 대해 과징금을 부과했다.", "페이스북", false},
		{"no platform", "삼성전자에서 신제품을 발표했다.", "삼성전자", false},
		{"at the end of the text", "그는 트위터에", "트위터", true},
	}
	x := testExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, start, end := spanIn(t, x, tt.text, tt.span)
			assert.Equal(t, tt.want, a.platformVenue(start, end))
		})
	}
}

// TestPlatformEntities checks the whole extractor: the service posted on
// gives no organization, the company that acts keeps one.
func TestPlatformEntities(t *testing.T) {
	doc := extractText(t, "문재인 대통령은 25일 페이스북 공식 계정을 통해 인사를 전했다. 트럼프 대통령은 트위터에 글을 올렸다.")
	for _, e := range doc.Entities {
		assert.NotEqual(t, TypeOrg, e.Type, "%s %s", e.Type, e.Name)
	}
	doc = extractText(t, "페이스북은 25일 성명을 내고 유감을 밝혔다.")
	assert.NotNil(t, entityNamed(doc, "메타"), "%+v", doc.Entities)
}
