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
