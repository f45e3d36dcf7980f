package view

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/kextract/kextract/extract"
)

func TestDateLabel(t *testing.T) {
	tests := []struct {
		e    extract.Entity
		want string
	}{
		{extract.Entity{Type: "DATE", Value: "2016-10-15"}, "2016-10-15"},
		{extract.Entity{Type: "DATE", Value: "2016-W44", Period: &extract.Period{Start: "2016-10-31", End: "2016-11-06"}}, "2016-W44 [2016-10-31 – 2016-11-06]"},
		{extract.Entity{Type: "DATE", Value: "2016-11-21", Approximate: true}, "≈ 2016-11-21"},
		{extract.Entity{Type: "DATE", Value: "2015", Mod: "end", Period: &extract.Period{Start: "2015-11-01", End: "2015-12-31"}}, "2015 end [2015-11-01 – 2015-12-31]"},
		{extract.Entity{Type: "TIME", Value: "2016-11-07T15:00"}, "2016-11-07T15:00"},
		{extract.Entity{Type: "DATE", Value: "--06-30", Unresolved: "no-document-date"}, "--06-30 · unresolved: no-document-date"},
		{extract.Entity{Type: "DATE", Unresolved: "vague"}, "unresolved: vague"},
		{extract.Entity{Type: "PERSON"}, ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, DateLabel(tt.e))
	}
}
