package normalize

import (
	"fmt"
	"strconv"
	"strings"
)

// parseDate recognises the Korean calendar dates that look like amounts
// (2025년, 6월 30일, 2025년 6월 30일) and returns their ISO 8601 form
// (2025, --06-30, 2025-06-30). It exists so that ParseAmount can say "this
// is a date" instead of failing silently; FindAmounts never reports dates.
func parseDate(s string) (string, bool) {
	year, month, day := -1, -1, -1
	rest := s
	take := func(suffix string, lo, hi int) (int, bool) {
		i := strings.Index(rest, suffix)
		if i <= 0 || i > 4 {
			return -1, false
		}
		v, err := strconv.Atoi(rest[:i])
		if err != nil || v < lo || v > hi {
			return -1, false
		}
		rest = strings.TrimPrefix(rest[i+len(suffix):], " ")
		return v, true
	}
	var ok bool
	if strings.Contains(rest, "년") {
		if year, ok = take("년", 1, 9999); !ok {
			return "", false
		}
	}
	if rest != "" && strings.Contains(rest, "월") {
		if month, ok = take("월", 1, 12); !ok {
			return "", false
		}
	}
	if rest != "" && month > 0 && strings.Contains(rest, "일") {
		if day, ok = take("일", 1, 31); !ok {
			return "", false
		}
	}
	if rest != "" || (year < 0 && month < 0) {
		return "", false
	}
	switch {
	case year >= 0 && month > 0 && day > 0:
		return fmt.Sprintf("%04d-%02d-%02d", year, month, day), true
	case year >= 0 && month > 0:
		return fmt.Sprintf("%04d-%02d", year, month), true
	case year >= 0:
		return fmt.Sprintf("%04d", year), true
	case day > 0:
		return fmt.Sprintf("--%02d-%02d", month, day), true
	default:
		return fmt.Sprintf("--%02d", month), true
	}
}
