package normalize

import (
	"html"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/kextract/kextract/internal/hangul"
)

// String normalizes s, which must be valid UTF-8 (invalid bytes are treated
// as U+FFFD of width one byte), and returns the clean text with its map back
// to s.
//
// The steps, in one pass and then NFC:
//   - CRLF and lone CR become LF; vertical tab, form feed, NEL and the Unicode
//     line and paragraph separators become LF;
//   - HTML character references (&quot; &#8220; &#x201C; &amp; &nbsp; ...) are
//     decoded;
//   - full-width ASCII (０-９, Ａ-Ｚ, ＂, ％ ...) and half-width forms fold to
//     their usual width (golang.org/x/text/width);
//   - NBSP, the ideographic space and the other space variants become a space,
//     and a tab becomes a space;
//   - zero-width characters, bidi controls, the BOM, soft hyphens and C0/C1
//     controls are removed;
//   - dash variants (‐ ‑ ‒ – — ― − ﹣) become '-', wave dashes '~', odd quote
//     variants („ ‟ 〝 〞 ″ ′) their curly or straight forms, and middle-dot
//     look-alikes (ㆍ ・ ‧) '·';
//   - Unicode NFC (golang.org/x/text/unicode/norm), so decomposed Hangul from
//     macOS comes out identical to precomposed text.
func String(s string) *Text {
	t, _ := normalizeString(s, false)
	return t
}

// StringValid is String for s that is valid UTF-8, checked in the same
// walk: ok is false, and t nil, when s is not (the caller decodes it, with
// Bytes).
func StringValid(s string) (t *Text, ok bool) { return normalizeString(s, true) }

// normalizeString is String; with check, it gives up on the first invalid
// byte. (unchanged fails on one, so that an unchanged s is valid.)
func normalizeString(s string, check bool) (*Text, bool) {
	if unchanged(s) {
		return &Text{Orig: s, Clean: s, identity: true, origRunes: runeCheckpoints(s)}, true
	}
	b := newBuilder(utf8.RuneCountInString(s))
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if check && r == utf8.RuneError && size == 1 {
			return nil, false
		}
		switch {
		case r == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				size = 2
			}
			b.emit('\n', i, i+size)
		case r == '&':
			if end, dec, ok := entityAt(s, i); ok {
				for _, dr := range dec {
					if m, keep := mapRune(dr); keep {
						b.emit(m, i, end)
					}
				}
				size = end - i
			} else {
				b.emit('&', i, i+1)
			}
		default:
			if m, keep := mapRune(r); keep {
				b.emit(m, i, i+size)
			}
		}
		i += size
	}
	if !b.composable || norm.NFC.IsNormalString(b.clean.String()) {
		return b.finish(s), true
	}
	return compose(b, s), true
}

// unchanged reports whether String would return s itself: no character to
// fold, remove or decode, and already NFC. Most news text is, and then no
// offset map is needed.
func unchanged(s string) bool {
	composable := false // a rune that NFC might change or combine
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' || c == '&' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		if _, ok := hangul.SyllableAt(s, i); ok {
			i += 3 // kept as is and NFC-stable: most of the text
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if m, keep := mapRune(r); !keep || m != r || r == utf8.RuneError {
			return false
		}
		if !composable && !nfcStable(r) {
			composable = true
		}
		i += size
	}
	return !composable || norm.NFC.IsNormalString(s)
}

// nfcStable reports whether r is left alone by NFC whatever surrounds it:
// Hangul syllables (a trailing jamo, which would combine with one, is not
// stable itself), Latin-1, general punctuation, CJK symbols without the
// combining tone marks, and CJK unified ideographs. A text made only of
// such runes (and ASCII) is NFC without further checks.
func nfcStable(r rune) bool {
	switch {
	case 0xAC00 <= r && r <= 0xD7A3, 0xA0 <= r && r <= 0xFF, 0x2010 <= r && r <= 0x205E,
		0x3000 <= r && r <= 0x3029, 0x3030 <= r && r <= 0x303F, 0x4E00 <= r && r <= 0x9FFF:
		return true
	}
	return false
}

// compose applies NFC to the builder's text, merging the source ranges of
// runes that combine.
func compose(in *builder, orig string) *Text {
	mid := in.clean.String()
	out := newBuilder(len(mid))
	var it norm.Iter
	it.InitString(norm.NFC, mid)
	k := 0 // index of the first intermediate rune of the current segment
	for !it.Done() {
		seg := it.Next()
		pos := it.Pos()
		first := k
		for k < len(in.cleanAt) && int(in.cleanAt[k]) < pos {
			k++
		}
		last := k - 1
		if last < first {
			continue
		}
		s, e := int(in.srcStart[first]), int(in.srcEnd[last])
		for _, r := range string(seg) {
			out.emit(r, s, e)
		}
	}
	return out.finish(orig)
}

// entityAt reports whether an HTML character reference starts at s[i] (which
// is '&'), returning the end of the reference and its decoded text.
func entityAt(s string, i int) (end int, decoded string, ok bool) {
	const maxEntity = 40
	j := i + 1
	for j < len(s) && j-i <= maxEntity {
		c := s[j]
		if c == ';' {
			break
		}
		if !(c == '#' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return 0, "", false
		}
		j++
	}
	if j >= len(s) || s[j] != ';' || j == i+1 {
		return 0, "", false
	}
	ref := s[i : j+1]
	dec := html.UnescapeString(ref)
	if dec == ref || dec == "" {
		return 0, "", false
	}
	return j + 1, dec, true
}

// mapRune folds one rune; keep is false for characters that are removed.
func mapRune(r rune) (out rune, keep bool) {
	if r < 0x80 {
		switch {
		case r == '\t':
			return ' ', true
		case r == '\n':
			return r, true
		case r == '\v' || r == '\f':
			return '\n', true
		case r < 0x20 || r == 0x7f:
			return 0, false
		}
		return r, true
	}
	switch r {
	case 0x85, 0x2028, 0x2029:
		return '\n', true
	case 0xA0, 0x1680, 0x202F, 0x205F, 0x3000:
		return ' ', true
	case 0xAD, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF,
		0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064,
		0x2066, 0x2067, 0x2068, 0x2069:
		return 0, false
	case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
		return '-', true
	case 0x301C, 0x223C, 0xFF5E:
		return '~', true
	case 0x201E, 0x201F, 0x301D:
		return '“', true
	case 0x301E, 0x301F:
		return '”', true
	case 0x201A, 0x201B:
		return '‘', true
	case 0x2033:
		return '"', true
	case 0x2032:
		return '\'', true
	case 0x318D, 0x2027, 0x30FB, 0xFF65:
		return '·', true
	}
	switch {
	case r >= 0x80 && r < 0xA0: // C1 controls
		return 0, false
	case r >= 0x2000 && r <= 0x200A:
		return ' ', true
	case r == utf8.RuneError:
		return r, true
	}
	if r >= 0xFF00 && r <= 0xFFEF {
		return foldWidth(r), true
	}
	return r, true
}
