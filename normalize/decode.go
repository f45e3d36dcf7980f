package normalize

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/korean"
)

// Encoding names accepted by WithEncoding.
const (
	EncodingAuto  = "auto"   // UTF-8; UTF-16 after a UTF-16 byte order mark; CP949 when the input is not UTF-8 but Korean CP949
	EncodingUTF8  = "utf-8"  // UTF-8 only
	EncodingCP949 = "cp949"  // EUC-KR / CP949 (Unified Hangul Code)
	EncodingUTF16 = "utf-16" // UTF-16, the byte order from a byte order mark (little-endian without one)
)

// ErrInvalidEncoding is wrapped by the error Decode returns for input that is
// neither UTF-8 nor (with EncodingAuto) CP949.
var ErrInvalidEncoding = errors.New("invalid text encoding")

// Warning is a note about the input that did not stop processing.
type Warning struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

type decodeConfig struct {
	encoding string
	lossy    bool
}

// DecodeOption configures Decode and Bytes.
type DecodeOption func(*decodeConfig)

// WithEncoding sets the input encoding: EncodingAuto (the default),
// EncodingUTF8, or EncodingCP949 (also accepted: "euc-kr", "euckr", "cp949",
// "uhc"). Unknown names fall back to EncodingAuto; use ParseEncoding to
// validate user input.
func WithEncoding(name string) DecodeOption {
	return func(c *decodeConfig) {
		if e, err := ParseEncoding(name); err == nil {
			c.encoding = e
		}
	}
}

// WithLossy makes invalid input decode with U+FFFD in place of each invalid
// byte sequence, and a warning, instead of an error.
func WithLossy(on bool) DecodeOption { return func(c *decodeConfig) { c.lossy = on } }

// ParseEncoding validates an encoding name and returns its canonical form.
func ParseEncoding(name string) (string, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "", "auto":
		return EncodingAuto, nil
	case "utf-8", "utf8":
		return EncodingUTF8, nil
	case "cp949", "euc-kr", "euckr", "uhc", "ks_c_5601-1987":
		return EncodingCP949, nil
	case "utf-16", "utf16":
		return EncodingUTF16, nil
	}
	return "", fmt.Errorf("unknown encoding %q (want auto, utf-8, cp949 or utf-16)", name)
}

// Decode turns input bytes into UTF-8 text. It is the one decoding path of
// every way in (a file, a batch record, a service body). Offsets in the output of the
// extractors refer to the decoded text's code points.
//
// Like a text-mode reader (Python's open(), Go's bufio.Scanner), Decode reads
// CRLF and lone CR line ends as LF, with a warning: offsets then refer to the
// text with LF line ends. String, which takes text the caller has already
// decoded, keeps every character of its input.
func Decode(src []byte, opts ...DecodeOption) (string, []Warning, error) {
	s, warns, err := decode(src, opts...)
	if err != nil || strings.IndexByte(s, '\r') < 0 {
		return s, warns, err
	}
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	return s, append(warns, Warning{
		Code:    "newlines",
		Message: "CRLF or CR line ends read as LF, as text-mode readers do; offsets refer to the text with LF line ends",
	}), nil
}

func decode(src []byte, opts ...DecodeOption) (string, []Warning, error) {
	cfg := decodeConfig{encoding: EncodingAuto}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.encoding == EncodingCP949 {
		return decodeCP949Checked(src, cfg.lossy, nil)
	}
	if cfg.encoding == EncodingUTF16 || cfg.encoding == EncodingAuto && hasUTF16BOM(src) {
		return decodeUTF16(src, cfg.lossy)
	}
	if utf8.Valid(src) {
		return string(src), nil, nil
	}
	bad, nbad := invalidUTF8(src)
	if cfg.encoding == EncodingAuto {
		if c := decodeCP949(src); c.bad < nbad && hasHangul(c.text) {
			// fewer bad bytes read as CP949 than as UTF-8, and Korean
			// text: the input is CP949, with c.bad invalid bytes
			return decodeCP949Checked(src, cfg.lossy, &c)
		}
	}
	bom := hasUTF16BOM(src)
	if cfg.lossy {
		// lossy decoding never fails, even on UTF-16 read as UTF-8: the
		// warning says what the input is
		msg := fmt.Sprintf("invalid UTF-8 replaced by U+FFFD (%d bytes, first at byte offset %d)", nbad, bad)
		if bom {
			msg += "; the input starts with a UTF-16 byte order mark (it is UTF-16; use the encoding auto or utf-16)"
		}
		return replaceInvalid(src), []Warning{{Code: "invalid-utf8", Message: msg}}, nil
	}
	if bom {
		return "", nil, fmt.Errorf("invalid UTF-8 at byte offset %d: the input starts with a UTF-16 byte order mark (it is UTF-16; use the encoding auto or utf-16): %w", bad, ErrInvalidEncoding)
	}
	return "", nil, fmt.Errorf("invalid UTF-8 at byte offset %d (not EUC-KR/CP949 either; use lossy decoding to replace it): %w", bad, ErrInvalidEncoding)
}

// decodeCP949Checked decodes src as CP949 (c, when not nil, is that
// decoding already done): invalid bytes are an error naming the first one,
// or, when lossy, each is replaced by U+FFFD with a warning. The bytes EF
// BF BD (U+FFFD in UTF-8, a sign of text that mixes encodings) earn a
// warning.
func decodeCP949Checked(src []byte, lossy bool, c *cp949Result) (string, []Warning, error) {
	if c == nil {
		r := decodeCP949(src)
		c = &r
	}
	if c.bad > 0 && !lossy {
		return "", nil, fmt.Errorf("input is EUC-KR/CP949 with an invalid byte at byte offset %d (%d invalid bytes; use lossy decoding to replace them): %w", c.first, c.bad, ErrInvalidEncoding)
	}
	warns := []Warning{{
		Code:    "decoded-cp949",
		Message: "input is not UTF-8; decoded as EUC-KR/CP949 (offsets refer to the decoded text)",
	}}
	if c.bad > 0 {
		warns = append(warns, Warning{
			Code:    "invalid-cp949",
			Message: fmt.Sprintf("invalid EUC-KR/CP949 bytes replaced by U+FFFD (%d, first at byte offset %d)", c.bad, c.first),
		})
	}
	if k := bytes.Index(src, []byte("\uFFFD")); k >= 0 {
		warns = append(warns, Warning{
			Code:    "mixed-encoding",
			Message: fmt.Sprintf("the input holds the bytes EF BF BD (U+FFFD in UTF-8) at byte offset %d though it is decoded as EUC-KR/CP949: it may mix encodings", k),
		})
	}
	return c.text, warns, nil
}

// Bytes decodes src (see Decode) and normalizes it (see String). Decoding
// warnings are kept on the returned Text.
func Bytes(src []byte, opts ...DecodeOption) (*Text, error) {
	s, warns, err := Decode(src, opts...)
	if err != nil {
		return nil, err
	}

	t := String(s)
	t.Warnings = warns
	return t, nil
}

// cp949Result is src decoded as CP949 with U+FFFD in place of each invalid
// sequence: bad counts them, first is the byte offset of the first.
type cp949Result struct {
	text       string
	bad, first int
}

// decodeCP949 decodes src one character at a time, so that only the bytes
// that are not CP949 are replaced and counted (the input's own EF BF BD is
// read as the CP949 bytes it is, never taken for a decoding failure).
func decodeCP949(src []byte) cp949Result {
	dec := korean.EUCKR.NewDecoder()
	res := cp949Result{first: -1}
	out := make([]byte, 0, len(src)+len(src)/2)
	var dst [8]byte
	for i := 0; i < len(src); {
		c := src[i]
		if c < 0x80 {
			out = append(out, c)
			i++
			continue
		}
		if i+1 < len(src) {
			dec.Reset()
			n, _, err := dec.Transform(dst[:], src[i:i+2], true)
			if r, size := utf8.DecodeRune(dst[:n]); err == nil && n > 0 && size == n && r != utf8.RuneError {
				out = append(out, dst[:n]...)
				i += 2
				continue
			}
		}
		if res.first < 0 {
			res.first = i
		}
		res.bad++
		out = append(out, "\uFFFD"...)
		// a lead byte with a trail byte of the CP949 range that maps to
		// nothing is one bad character; otherwise only the lead is bad
		if c >= 0x81 && c <= 0xFE && i+1 < len(src) && src[i+1] >= 0x41 && src[i+1] <= 0xFE {
			i += 2
		} else {
			i++
		}
	}
	res.text = string(out)
	return res
}

// invalidUTF8 returns the offset of the first byte that is not part of a
// valid UTF-8 sequence (len(src) if none) and how many such bytes there are.
func invalidUTF8(src []byte) (first, n int) {
	first = len(src)
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			if n == 0 {
				first = i
			}
			n++
			i++
			continue
		}
		i += size
	}
	return first, n
}

// replaceInvalid returns src with U+FFFD in place of each byte that is not
// part of a valid UTF-8 sequence (as ranging over a Go string reads it).
func replaceInvalid(src []byte) string {
	var b strings.Builder
	b.Grow(len(src) + 8)
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			b.WriteRune(utf8.RuneError)
			i++
			continue
		}
		b.Write(src[i : i+size])
		i += size
	}
	return b.String()
}

func hasHangul(s string) bool {
	for _, r := range s {
		if r >= 0xAC00 && r <= 0xD7A3 {
			return true
		}
	}
	return false
}
