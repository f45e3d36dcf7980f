package extract

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/korean"

	"github.com/kextract/kextract/normalize"
)

// seedLine returns the seed article's sentences joined by spaces, repeated
// until it is at least n bytes long: one line with no newline.
func seedLine(t testing.TB, n int) string {
	t.Helper()
	raw, err := os.ReadFile("../testdata/article.txt")
	require.NoError(t, err)
	one := strings.Join(strings.Fields(string(raw)), " ")
	var sb strings.Builder
	sb.Grow(n + len(one))
	for sb.Len() < n {
		sb.WriteString(one)
		sb.WriteByte(' ')
	}
	return sb.String()
}

// TestHostileInputs runs the extractor on inputs built to break it. Each
// case states what must happen; every successful document must keep the
// offset contract (checkDocument).
func TestHostileInputs(t *testing.T) {
	cp949, err := korean.EUCKR.NewEncoder().String("삼성전자는 지난해 1조 원을 투자했다고 밝혔다.")
	require.NoError(t, err)
	tests := []struct {
		name string
		opts []Option
		in   Input
		// decoded is the text offsets refer to (in.Text when empty).
		decoded string
		wantErr error  // errors.Is target, when Extract must fail
		errHas  string // substring of the error
		check   func(t *testing.T, doc *Document)
	}{
		{
			name: "empty",
			in:   Input{Text: ""},
			check: func(t *testing.T, doc *Document) {
				assert.Empty(t, doc.Sentences)
				assert.Empty(t, doc.Entities)
				assert.Empty(t, doc.Warnings)
			},
		},
		{
			name: "whitespace only",
			in:   Input{Text: " \t\n\r\n\u00a0\u3000  \n\n"},
			check: func(t *testing.T, doc *Document) {
				assert.Empty(t, doc.Entities)
				assert.Empty(t, doc.Amounts)
				assert.Empty(t, doc.Quotes)
			},
		},
		{
			name:    "20 MB single line over the default limit",
			in:      Input{Text: seedLine(t, 20<<20)},
			wantErr: ErrTooLarge,
		},
		{
			// each “ stands where a quotation opens (after a space, before
			// a letter), so none closes another
			name: "100,000 unclosed quote marks",
			in:   Input{Text: strings.Repeat(" “가", 100_000)},
			check: func(t *testing.T, doc *Document) {
				assert.Empty(t, doc.Quotes)
				t.Logf("%d warnings", len(doc.Warnings))
				// capped: maxWarnings, then one "more-warnings" that counts the rest
				require.Len(t, doc.Warnings, maxWarnings+1)
				assert.Equal(t, "more-warnings", doc.Warnings[maxWarnings].Code)
			},
		},
		{
			name: "100,000 nested brackets",
			in:   Input{Text: strings.Repeat("(가", 100_000) + "삼성전자는 1조 원을 투자했다." + strings.Repeat("나)", 100_000)},
			check: func(t *testing.T, doc *Document) {
				assert.NotEmpty(t, doc.Sentences)
			},
		},
		{
			name: "100,000 mixed brackets and quotes",
			in:   Input{Text: strings.Repeat("「(『[“‘", 20_000) + "가" + strings.Repeat("’”]』)」", 20_000)},
			check: func(t *testing.T, doc *Document) {
				assert.LessOrEqual(t, len(doc.Quotes), 1, "only top-level quotes are emitted")
			},
		},
		{
			name: "10,000 digits and 10,000 억",
			in:   Input{Text: "정부는 " + strings.Repeat("9", 10_000) + strings.Repeat("억", 10_000) + " 달러를 투자했다."},
			check: func(t *testing.T, doc *Document) {
				for _, a := range doc.Amounts {
					for _, d := range []*normalize.Decimal{a.Value, a.Min, a.Max} {
						if d != nil {
							assert.LessOrEqual(t, len(d.String()), 200, "a giant number must be refused, not carried")
						}
					}
				}
			},
		},
		{
			name: "NUL bytes",
			in:   Input{Text: "삼성전자는\x00 1조\x00 원을 \x00“투자”\x00라고 밝혔다.\x00"},
			check: func(t *testing.T, doc *Document) {
				assert.NotEmpty(t, doc.Sentences)
			},
		},
		{
			name:    "invalid UTF-8 fails with the byte offset",
			in:      Input{Raw: []byte("가나\xff다")},
			wantErr: normalize.ErrInvalidEncoding,
			errHas:  "byte offset 6",
		},
		{
			name:    "invalid UTF-8 in Text fails too",
			in:      Input{Text: "가나다라\xc3"},
			wantErr: normalize.ErrInvalidEncoding,
			errHas:  "byte offset 12",
		},
		{
			name:    "invalid UTF-8 with lossy becomes U+FFFD and a warning",
			opts:    []Option{WithLossy(true)},
			in:      Input{Raw: []byte("삼성전자는 \xff\xfe 1조 원을 투자했다.")},
			decoded: "삼성전자는 \uFFFD\uFFFD 1조 원을 투자했다.",
			check: func(t *testing.T, doc *Document) {
				requireWarning(t, doc, "invalid-utf8")
				requireAmount(t, doc, "1조 원")
			},
		},
		{
			name:    "EUC-KR bytes are decoded with a warning",
			in:      Input{Raw: []byte(cp949)},
			decoded: "삼성전자는 지난해 1조 원을 투자했다고 밝혔다.",
			check: func(t *testing.T, doc *Document) {
				requireWarning(t, doc, "decoded-cp949")
				requireAmount(t, doc, "1조 원")
			},
		},
		{
			name: "emoji and mixed scripts: offsets are code points",
			in:   Input{Text: "👩‍👩‍👧🇰🇷 Ελλάδα и Россия 😀 삼성전자는 1조 원을 투자했다."},
			check: func(t *testing.T, doc *Document) {
				text := "👩‍👩‍👧🇰🇷 Ελλάδα и Россия 😀 삼성전자는 1조 원을 투자했다."
				a := requireAmount(t, doc, "1조 원")
				assert.Equal(t, utf8.RuneCountInString(text[:strings.Index(text, "1조 원")]), a.Start)
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := testExtractor(t)
			if tt.opts != nil {
				var err error
				x, err = New(tt.opts...)
				require.NoError(t, err)
			}
			start := time.Now()
			doc, err := x.Extract(context.Background(), tt.in)
			elapsed := time.Since(start)
			if tt.wantErr != nil {
				require.Error(t, err)
				assert.True(t, errors.Is(err, tt.wantErr), "error %v is not %v", err, tt.wantErr)
				if tt.errHas != "" {
					assert.Contains(t, err.Error(), tt.errHas)
				}
				assert.NotContains(t, err.Error(), "internal error")
				return
			}
			require.NoError(t, err)
			t.Logf("%d bytes in %v", max(len(tt.in.Text), len(tt.in.Raw)), elapsed.Round(time.Millisecond))
			decoded := tt.decoded
			if decoded == "" {
				decoded = tt.in.Text
			}
			checkDocument(t, decoded, doc)
			if tt.check != nil {
				tt.check(t, doc)
			}
		})
	}
}

// TestHostileHugeLine extracts from a 20 MB line with the size limit lifted.
func TestHostileHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("20 MB document skipped with -short")
	}
	text := seedLine(t, 20<<20)
	x, err := New(WithMaxSize(0))
	require.NoError(t, err)
	start := time.Now()
	doc, err := x.Extract(context.Background(), Input{Text: text})
	require.NoError(t, err)
	elapsed := time.Since(start)
	t.Logf("%d MB single line: %v (%.1f MB/s), %d sentences, %d amounts, %d quotes, %d warnings",
		len(text)>>20, elapsed.Round(time.Millisecond), float64(len(text))/1e6/elapsed.Seconds(),
		len(doc.Sentences), len(doc.Amounts), len(doc.Quotes), len(doc.Warnings))
	assert.Greater(t, len(doc.Sentences), 1000)
	assert.NotEmpty(t, doc.Amounts)
	// Check the spans on the structs: the JSON walk of checkSpans would
	// double the test's time at this size.
	runes := []rune(text)
	n := 0
	doc.spans(func(s *Span) {
		n++
		if s.Start < 0 || s.Start > s.End || s.End > len(runes) || string(runes[s.Start:s.End]) != s.Text {
			t.Fatalf("bad span %+v (input %d code points)", *s, len(runes))
		}
	})
	t.Logf("%d spans checked", n)
	b, err := Marshal(doc)
	require.NoError(t, err)
	t.Logf("JSON output %d MB", len(b)>>20)

	big, err := New(WithMaxSize(32 << 20))
	require.NoError(t, err)
	_, err = big.Extract(context.Background(), Input{Text: text[:1<<20]})
	require.NoError(t, err, "a raised limit admits the document")
}

func requireWarning(t *testing.T, doc *Document, code string) {
	t.Helper()
	for _, w := range doc.Warnings {
		if w.Code == code {
			return
		}
	}
	t.Fatalf("no %q warning in %+v", code, doc.Warnings)
}

func requireAmount(t *testing.T, doc *Document, text string) Amount {
	t.Helper()
	for _, a := range doc.Amounts {
		if a.Text == text {
			return a
		}
	}
	t.Fatalf("no amount %q in %+v", text, doc.Amounts)
	return Amount{}
}

// TestHostileTimeBounds runs inputs that have been seen to cost more than
// linear time, with a bound a linear pipeline meets many times over (about
// 1.5 MB/s on a shared 2-core machine), and checks that WithTimeout stops a
// long document promptly.
func TestHostileTimeBounds(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-megabyte documents skipped with -short")
	}
	tests := []struct {
		name    string
		text    func() string
		opts    []Option
		wantErr error
	}{
		{
			name: "1 MB of unmatched closing quotes",
			text: func() string { return repeatTo("‘", 500_000) + repeatTo("”", 500_000) },
		},
		{
			name: "2 MB of short sentences with amounts",
			text: func() string { return repeatTo("그는 1억 원을 썼다. ", 2<<20) },
		},
		{
			name: "1 MB of names with a title and a plural",
			text: func() string { return repeatTo("김철수 전 의원들 해커들이 수리하고 있다 ", 1<<20) },
		},
		{
			// each suffix of a word was once looked up as a title: six
			// minutes for this document
			name: "2 MB words without spaces",
			text: func() string {
				return repeatTo("태풍덴빈수리했다", 1<<20) + " 태풍 " + repeatTo("가", 1<<20)
			},
		},
		{
			name:    "WithTimeout stops a 10 MB document",
			text:    func() string { return seedLine(t, 10<<20-100_000) },
			opts:    []Option{WithTimeout(200 * time.Millisecond)},
			wantErr: context.DeadlineExceeded,
		},
	}
	for _, c := range hostileCases {
		tests = append(tests, struct {
			name    string
			text    func() string
			opts    []Option
			wantErr error
		}{name: "1 MB " + c.name, text: func() string { return c.build(t, 1<<20) }})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := testExtractor(t)
			if tt.opts != nil {
				var err error
				x, err = New(tt.opts...)
				require.NoError(t, err)
			}
			text := tt.text()
			start := time.Now()
			_, err := x.Extract(context.Background(), Input{Text: text})
			elapsed := time.Since(start)
			t.Logf("%d bytes: %v", len(text), elapsed.Round(time.Millisecond))
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
			} else {
				require.NoError(t, err)
			}
		})
	}
}
