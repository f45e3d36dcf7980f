package extract

import (
	"context"
	"encoding/json"
	"regexp"
	"testing"

	"github.com/kextract/kextract/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDatesMatchSchema: the JSON Schema documents every date field the
// extractor writes: values match its pattern, mods and reasons are in its
// enums, and the period's fields are those it lists.
func TestDatesMatchSchema(t *testing.T) {
	var s struct {
		Defs struct {
			Entity struct {
				Properties struct {
					Value      struct{ Pattern string }
					Mod        struct{ Enum []string }
					Unresolved struct{ Enum []string }
				}
			} `json:"entity"`
			Period struct {
				Required []string
			} `json:"period"`
		} `json:"$defs"`
	}
	require.NoError(t, json.Unmarshal(schema.JSON, &s))
	p := s.Defs.Entity.Properties
	re, err := regexp.Compile(p.Value.Pattern)
	require.NoError(t, err)
	assert.Equal(t, []string{"start", "end"}, s.Defs.Period.Required)
	text := "지난 15일, 지난주, 다음 달, 이날 오후 3시, 3년 전, 2주 후, 연말, 지난해 말, 이번 주말, 올해 3분기, 이달 중순, " +
		"다음 주 초, 몇 년 전, 2월 30일, 6월 30일, 어제."
	reasons := map[string]bool{}
	for _, d := range []string{"2016-11-07", "2016", ""} {
		doc, err := testExtractor(t).Extract(context.Background(), Input{Text: text, Date: d})
		require.NoError(t, err)
		for _, e := range doc.Entities {
			if e.Value != "" {
				assert.Regexp(t, re, e.Value, e.Name)
			}
			if e.Mod != "" {
				assert.Contains(t, p.Mod.Enum, e.Mod)
			}
			if e.Unresolved != "" {
				assert.Contains(t, p.Unresolved.Enum, e.Unresolved)
				reasons[e.Unresolved] = true
			}
		}
	}
	assert.Len(t, reasons, 4, "no-document-date, document-date-imprecise, vague, impossible: %v", reasons)
}

// TestSpeakersMatchSchema: every sieve name the extractor writes in a
// speaker's resolved field is in the schema's enum.
func TestSpeakersMatchSchema(t *testing.T) {
	var s struct {
		Defs struct {
			Speaker struct {
				Properties struct {
					Resolved struct{ Enum []string }
				}
			} `json:"speaker"`
		} `json:"$defs"`
	}
	require.NoError(t, json.Unmarshal(schema.JSON, &s))
	enum := s.Defs.Speaker.Properties.Resolved.Enum
	texts := []string{
		"김철수 대표는 “수요가 많다”고 말했다.\n이어 “공급은 부족하다”고 덧붙였다. 그는 “가격이 오른다”고 말했다.",
		"임병철 선관위 센터장은 이렇게 반박했다.\n\"투표함은 봉인된 채 이송된다.\"",
		"민경욱 \"선거 재개표 위해 후원해달라\"\n본문이다.",
		"이재용 삼성전자 부회장은 사과했다. 부회장은 \"경영권을 물려주지 않겠다\"고 말했다.",
		"그는 '시위대를 애국자로 부른 것이냐'는 미 방송 기자 케이트 베넷의 트윗을 공유했다.",
		"KAI 내부 관계자에 의하면, “하 전 사장은 회사를 떠났다”고 한다. 전문가들은 \"경기가 나쁘다\"고 말했다.",
		"한국농어촌공사 한광석 사업단장은 물이 부족하다고 밝혔다. 한 단장은 \"하루 10만 t으로는 모자란다\"고 말했다.",
	}
	seen := map[string]bool{}
	for _, text := range texts {
		doc := extractText(t, text)
		for _, q := range doc.Quotes {
			if q.Speaker != nil {
				assert.Contains(t, enum, q.Speaker.Resolved, q.Text)
				seen[q.Speaker.Resolved] = true
			}
		}
	}
	assert.GreaterOrEqual(t, len(seen), 8, "the texts reach most sieves: %v", seen)
}
