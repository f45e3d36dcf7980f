package extract

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBodiesOfMembers(t *testing.T) {
	x := testExtractorNoModel(t)
	tests := []struct {
		text, name string
		mentions   []string // of the body, in order
		org        string   // the organization keeps a mention of its own
	}{
		{"26일 제61대 서울대 총학생회는 성명서를 발표했다. 하지만 총학의 입장에 반대하는 대자보가 붙었다. 서울대학교 제61대 총학생회 도정근 회장은 총학생회장 선거를 말했다.",
			"서울대학교 제61대 총학생회", []string{"제61대 서울대 총학생회", "총학", "서울대학교 제61대 총학생회"}, ""},
		{"현대중공업 노조는 파업을 결의했다. 노조는 임금 인상을 요구했다. 현대중공업은 답하지 않았다.",
			"현대중공업 노조", []string{"현대중공업 노조", "노조"}, "HD현대중공업"},
		{"한국철도공사 이사회는 사장 후보를 정했다. 이사회는 다음 주에 다시 모인다.",
			"한국철도공사 이사회", []string{"한국철도공사 이사회", "이사회"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := x.Extract(context.Background(), Input{Text: tt.text})
			require.NoError(t, err)
			var body *Entity
			names := map[string]bool{}
			for i, e := range doc.Entities {
				names[e.Name] = true
				if e.Name == tt.name {
					body = &doc.Entities[i]
				}
			}
			require.NotNil(t, body, "%v", names)
			assert.Equal(t, TypeOrg, body.Type)
			var got []string
			for _, m := range body.Mentions {
				got = append(got, m.Text)
			}
			assert.Equal(t, tt.mentions, got)
			if tt.org != "" {
				assert.True(t, names[tt.org], "the organization stays: %v", names)
			}
		})
	}
	// two bodies of one kind: the noun alone is neither's
	doc, err := x.Extract(context.Background(), Input{Text: "서울대 총학생회와 고려대 총학생회는 함께 성명을 냈다. 총학생회는 집회를 연다."})
	require.NoError(t, err)
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			assert.NotEqual(t, "총학생회", m.Text, e.Name)
		}
	}
}

func TestOrdinals(t *testing.T) {
	assert.Equal(t, len("제61대"), ordinalAt("제61대 총학생회"))
	assert.Equal(t, 0, ordinalAt("제61대총학생회"))
	assert.Equal(t, 0, ordinalAt("제대 총학생회"))
	assert.Equal(t, len("제61대 "), ordinalBefore("26일 제61대 "))
	assert.Equal(t, len("제61대 "), ordinalBefore("제61대 "))
	assert.Equal(t, 0, ordinalBefore("26일제61대 "))
	assert.Equal(t, 0, ordinalBefore("61대 "))
}
