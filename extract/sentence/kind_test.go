package sentence

import "testing"

// The quick skip in isBoilerplate passes every syllable a marker begins with.
func TestMarkerSyllablesCoverMarkers(t *testing.T) {
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		if markersAt(r) != nil && !markerSyllable(r) {
			t.Errorf("markers begin with %q but markerSyllable(%q) is false", r, r)
		}
	}
}
