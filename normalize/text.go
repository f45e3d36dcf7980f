package normalize

import (
	"math/bits"
	"sort"
	"strings"
	"unicode/utf8"
)

// Text is a document after normalization: the original (decoded) input, the
// clean text that extractors read, and the map between them.
//
// Extractors work on Clean with byte offsets. Span turns a clean byte range
// into original code point offsets and the exact original slice; it is the
// only place where offsets are translated, so every span a caller reports
// satisfies text == original[start:end].
type Text struct {
	// Orig is the decoded input, before any normalization.
	Orig string
	// Clean is the normalized text.
	Clean string
	// Warnings are notes from decoding (a legacy encoding, replaced bytes).
	Warnings []Warning

	// For each clean rune i: its byte offset in Clean (cleanAt[i]), and the
	// original byte range [srcStart[i], srcEnd[i]) it came from. A final
	// sentinel entry holds len(Clean) and len(Orig).
	cleanAt  []int32
	srcStart []int32
	srcEnd   []int32

	// identity is set when Clean == Orig and no map is kept.
	identity bool

	// origRunes[k] is the number of runes in Orig[:k*origStride], so that a
	// byte offset converts to a code point offset in O(origStride).
	origRunes []int32
}

const origStride = 64

// Len returns the length of the original text in code points.
func (t *Text) Len() int {
	return t.runeIndex(len(t.Orig))
}

// Span maps the clean byte range [start, end) to the original text. It
// returns code point offsets into Orig (half-open) and the original slice.
// Offsets are clamped to the text, and a range that does not fall on rune
// boundaries is widened to the runes it touches.
func (t *Text) Span(start, end int) (origStart, origEnd int, text string) {
	bs, be := t.SpanBytes(start, end)
	return t.runeIndex(bs), t.runeIndex(be), t.Orig[bs:be]
}

// SpanBytes is Span with byte offsets into Orig.
func (t *Text) SpanBytes(start, end int) (origStart, origEnd int) {
	if t.identity {
		return t.identitySpan(start, end)
	}
	n := len(t.cleanAt) - 1 // clean runes
	if start < 0 {
		start = 0
	}
	if end > len(t.Clean) {
		end = len(t.Clean)
	}
	if end < start {
		end = start
	}
	// first rune whose start >= start, widened left to the rune holding start
	i := sort.Search(n, func(k int) bool { return int(t.cleanAt[k+1]) > start })
	if start == end {
		if i >= n {
			return len(t.Orig), len(t.Orig)
		}
		return int(t.srcStart[i]), int(t.srcStart[i])
	}
	// last rune that begins before end
	j := sort.Search(n, func(k int) bool { return int(t.cleanAt[k]) >= end }) - 1
	if i >= n || j < i {
		return len(t.Orig), len(t.Orig)
	}
	return int(t.srcStart[i]), int(t.srcEnd[j])
}

// identitySpan clamps [start, end) to the text and widens it to whole runes.
func (t *Text) identitySpan(start, end int) (int, int) {
	start = min(max(start, 0), len(t.Orig))
	end = min(max(end, start), len(t.Orig))
	for start > 0 && start < len(t.Orig) && !utf8.RuneStart(t.Orig[start]) {
		start--
	}
	for end < len(t.Orig) && !utf8.RuneStart(t.Orig[end]) {
		end++
	}
	return start, end
}

// OrigOffset converts a clean byte offset (a position between runes) to an
// original code point offset.
func (t *Text) OrigOffset(clean int) int {
	s, _ := t.SpanBytes(clean, clean)
	return t.runeIndex(s)
}

// runeIndex converts a byte offset into Orig to a code point offset.
func (t *Text) runeIndex(b int) int {
	if b <= 0 {
		return 0
	}
	if b > len(t.Orig) {
		b = len(t.Orig)
	}
	k := b / origStride
	if k >= len(t.origRunes) {
		k = len(t.origRunes) - 1
	}
	return int(t.origRunes[k]) + countRuneStarts(t.Orig[k*origStride:b])
}

// builder accumulates clean text and its map while a transformation runs.
type builder struct {
	clean    strings.Builder
	cleanAt  []int32
	srcStart []int32
	srcEnd   []int32
	// composable is set when a rune that NFC might change or combine was
	// emitted (see nfcStable); without one the text is NFC already.
	composable bool
}

func newBuilder(sizeHint int) *builder {
	b := &builder{
		cleanAt:  make([]int32, 0, sizeHint+1),
		srcStart: make([]int32, 0, sizeHint+1),
		srcEnd:   make([]int32, 0, sizeHint+1),
	}
	b.clean.Grow(sizeHint)
	return b
}

// emit appends rune r to the clean text as coming from Orig[s:e).
func (b *builder) emit(r rune, s, e int) {
	b.cleanAt = append(b.cleanAt, int32(b.clean.Len()))
	b.srcStart = append(b.srcStart, int32(s))
	b.srcEnd = append(b.srcEnd, int32(e))
	b.clean.WriteRune(r)
	if r >= utf8.RuneSelf && !b.composable && !nfcStable(r) {
		b.composable = true
	}
}

// finish closes the map and computes the original rune index.
func (b *builder) finish(orig string) *Text {
	b.cleanAt = append(b.cleanAt, int32(b.clean.Len()))
	b.srcStart = append(b.srcStart, int32(len(orig)))
	b.srcEnd = append(b.srcEnd, int32(len(orig)))
	t := &Text{
		Orig:     orig,
		Clean:    b.clean.String(),
		cleanAt:  b.cleanAt,
		srcStart: b.srcStart,
		srcEnd:   b.srcEnd,
	}
	t.origRunes = runeCheckpoints(orig)
	return t
}

func runeCheckpoints(s string) []int32 {
	out := make([]int32, 0, len(s)/origStride+1)
	n := 0
	for k := 0; k*origStride <= len(s); k++ {
		out = append(out, int32(n))
		n += countRuneStarts(s[k*origStride : min((k+1)*origStride, len(s))])
	}
	return out
}

// countRuneStarts counts the bytes of s that begin a rune. For valid UTF-8
// (Orig always is) this is the number of code points, and it stays right for
// a chunk cut in the middle of a rune: the rune counts where it starts.
//
// It counts eight bytes at a time: a continuation byte is one whose top bit
// is set and whose next bit is clear, found in all eight at once by one
// shift and mask.
func countRuneStarts(s string) int {
	n := len(s)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		n -= bits.OnesCount64(x &^ (x << 1) & 0x8080808080808080)
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n--
		}
	}
	return n
}
