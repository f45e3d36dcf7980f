package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAbbreviates(t *testing.T) {
	tests := []struct {
		short, full string
		want        bool
	}{
		{"인수위", "대한민국제18대대통령직인수위원회", true},
		{"선관위", "중앙선거관리위원회", true},
		{"국토부", "국토교통부", true},
		{"공정위", "공정거래위원회", true},
		{"국방부", "국토교통부", false},     // 방 is not in the full name
		{"위원회", "중앙선거관리위원회", false}, // starts inside the name
		{"교통", "국토교통부", false},      // ends far from the end
		{"국토교통부", "국토교통부", false},
		{"위", "중앙선거관리위원회", false}, // one syllable
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Abbreviates(tt.short, tt.full), "%s / %s", tt.short, tt.full)
	}
}

func TestShortFormOf(t *testing.T) {
	tests := []struct {
		name          string
		shorts, fulls []string
		want          bool
	}{
		{"abbreviation", []string{"선관위"}, []string{"중앙선거관리위원회"}, true},
		{"end of the name", []string{"안전처"}, []string{"국민안전처"}, true},
		{"a two-syllable end is too short", []string{"공사"}, []string{"한국농어촌공사"}, false},
		{"any form of each", []string{"KAI", "인수위"}, []string{"인수위원회", "대통령직인수위원회"}, true},
		{"Latin letters are not read", []string{"KAI"}, []string{"한국항공우주산업"}, false},
		{"not shorter", []string{"국민안전처"}, []string{"안전처"}, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ShortFormOf(tt.shorts, tt.fulls), tt.name)
	}
}

func TestInOrderFrom(t *testing.T) {
	tests := []struct {
		short, full string
		want        bool
	}{
		{"조평통", "조국평화통일위원회", true},
		{"민노총", "민주노동조합총연맹", true},
		{"평통", "조국평화통일위원회", false},  // not from the first syllable
		{"조통평", "조국평화통일위원회", false}, // out of order
		{"조", "조국평화통일위원회", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, InOrderFrom(tt.short, tt.full), "%s / %s", tt.short, tt.full)
	}
}

func TestLatinAbbreviation(t *testing.T) {
	for x, want := range map[string]bool{
		"KAI": true, "G20": true, "PIF": true,
		"K": false, "20G": false, "Kai": false, "ABCDEFGHI": false, "": false,
	} {
		assert.Equal(t, want, LatinAbbreviation(x), "%q", x)
	}
}
