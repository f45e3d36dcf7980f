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
	EncodingAuto  = "auto"  // UTF-8, or CP949 when the input is not UTF-8 but decodes cleanly as CP949
	EncodingUTF8  = "utf-8" // UTF-8 only
	EncodingCP949 = "cp949" // EUC-KR / CP949 (Unified Hangul Code)
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
	}
	return "", fmt.Errorf("unknown encoding %q (want auto, utf-8 or cp949)", name)
}

// Decode turns input bytes into UTF-8 text. Offsets in the output of the
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
		s, ok := decodeCP949(src)
		if !ok && !cfg.lossy {
			return "", nil, fmt.Errorf("input is not valid CP949 at byte offset %d: %w", firstBadCP949(src), ErrInvalidEncoding)
		}
		return s, nil, nil
	}
	if utf8.Valid(src) {
		return string(src), nil, nil
	}
	bad := firstInvalidUTF8(src)
	if cfg.encoding == EncodingAuto {
		if s, ok := decodeCP949(src); ok && hasHangul(s) {
			return s, []Warning{{
				Code:    "decoded-cp949",
				Message: "input is not UTF-8; decoded as EUC-KR/CP949 (offsets refer to the decoded text)",
			}}, nil
		}
	}
	if cfg.lossy {
		return replaceInvalid(src), []Warning{{
			Code:    "invalid-utf8",
			Message: fmt.Sprintf("invalid UTF-8 replaced by U+FFFD (first at byte offset %d)", bad),
		}}, nil
	}
	return "", nil, fmt.Errorf("invalid UTF-8 at byte offset %d (not EUC-KR/CP949 either; use lossy decoding to replace it): %w", bad, ErrInvalidEncoding)
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

func decodeCP949(src []byte) (string, bool) {
	out, err := korean.EUCKR.NewDecoder().Bytes(src)
	// the input's own U+FFFD (written in UTF-8 as EF BF BD) is no decoding
	// failure; bytes.ContainsRune would also match invalid bytes
	if err != nil || bytes.ContainsRune(out, utf8.RuneError) && !bytes.Contains(src, []byte("\uFFFD")) {
		return string(out), false
	}
	return string(out), true
}

func firstBadCP949(src []byte) int {
	dec := korean.EUCKR.NewDecoder()
	for i := 0; i < len(src); {
		if src[i] < 0x80 {
			i++
			continue
		}
		if i+1 >= len(src) {
			return i
		}
		out, err := dec.Bytes(src[i : i+2])
		if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
			return i
		}
		i += 2
	}
	return len(src)
}

func firstInvalidUTF8(src []byte) int {
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(src)
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
