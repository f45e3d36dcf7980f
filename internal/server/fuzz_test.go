package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/kextract/kextract/corpus"
)

// FuzzParseJSONInput checks the single-document body parser: no panic, a
// requestError with status 400 on failure, valid UTF-8 fields no longer than
// the body on success.
func FuzzParseJSONInput(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"가","date":"2025-01-01"}`,
		`{"id":12.5e3,"text":"x"}`,
		`{"text":null}`, `null`, `[]`, `{"text":"a"} x`, `{"text":"\ud800"}`,
		"{\"text\":\"\xff\"}", `{"text":"a","text":"b"}`, ` {"text" : "\n" } `,
	} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	fields := corpus.Fields{ID: "id", Text: "text", Date: "date"}
	f.Fuzz(func(t *testing.T, body []byte, lossy bool) {
		in, err := parseJSONInput(body, fields, lossy)
		if err != nil {
			var re *requestError
			if !errors.As(err, &re) || re.code != http.StatusBadRequest {
				t.Fatalf("error %v is not a 400 requestError", err)
			}
			return
		}
		if !lossy && !utf8.Valid(body) {
			t.Fatalf("invalid UTF-8 body accepted")
		}
		for _, s := range []string{in.ID, in.Text, in.Date} {
			// U+FFFD (3 bytes) may replace one invalid byte when lossy.
			if !utf8.ValidString(s) || len(s) > 3*len(body) {
				t.Fatalf("bad field %q from %q", s, body)
			}
		}
	})
}

// FuzzHandler sends arbitrary bodies to both extraction endpoints: no
// panic, a known status, and a JSON (or JSONL) body.
func FuzzHandler(f *testing.F) {
	for _, s := range []string{
		"삼성전자가 1조 원을 투자했다.", `{"text":"정부가 5,000억 달러(약 700조 원)를 밝혔다."}`,
		"{\"id\":1,\"text\":\"a\"}\n{bad\n\n{\"text\":\"\xff\"}\n", "\xff\xfe\x00", "",
		"\x1f\x8b\x08\x00", strings.Repeat("가", 300),
	} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	s := New(testExtractor(f), WithLogger(quietLogger()), WithMaxBody(512))
	h := s.Handler()
	f.Fuzz(func(t *testing.T, body []byte, asJSON bool) {
		for _, path := range []string{"/v1/extract", "/v1/extract:batch"} {
			req := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body))
			if asJSON {
				req.Header.Set("Content-Type", "application/json")
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			switch rec.Code {
			case http.StatusOK, http.StatusBadRequest, http.StatusRequestEntityTooLarge,
				http.StatusUnsupportedMediaType, http.StatusUnprocessableEntity:
			default:
				t.Fatalf("%s: status %d: %s", path, rec.Code, rec.Body.Bytes())
			}
			out := rec.Body.Bytes()
			if rec.Code != http.StatusOK || path == "/v1/extract" {
				if !json.Valid(out) {
					t.Fatalf("%s: invalid JSON %q", path, out)
				}
				continue
			}
			for line := range bytes.Lines(out) {
				if !json.Valid(line) || line[len(line)-1] != '\n' {
					t.Fatalf("batch: bad line %q", line)
				}
			}
		}
	})
}

// FuzzAdmission sends arbitrary bodies with arbitrary content types to a
// server with a tiny memory budget, record limit and batch record limit: no
// panic, a known status, JSON out, and every memory reservation released
// once the response is written.
func FuzzAdmission(f *testing.F) {
	for _, s := range []struct{ body, ct string }{
		{"정부가 발표했다.", "text/plain; charset=utf-8"},
		{`{"text":"가"}`, "application/json"},
		{"{\"text\":\"a\"}\n{\"text\":\"b\"}\n{\"text\":\"c\"}\n{\"text\":\"d\"}\n", "application/x-ndjson"},
		{"<a/>", "application/xml"}, {"\x89PNG", "image/png"}, {"가", "text/"}, {"가", ";;"},
		{strings.Repeat("가", 200), ""}, {"", "application/octet-stream"},
	} {
		f.Add([]byte(s.body), s.ct)
	}
	s := New(testExtractor(f), WithLogger(quietLogger()), WithMaxBody(4096), WithMaxRecord(100),
		WithMaxMemory(memoryCost(300)), WithBatchLimits(3, time.Hour))
	h := s.Handler()
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		for _, path := range []string{"/v1/extract", "/v1/extract:batch"} {
			req := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body))
			req.Header.Set("Content-Type", contentType)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			switch rec.Code {
			case http.StatusOK, http.StatusBadRequest, http.StatusRequestEntityTooLarge,
				http.StatusUnsupportedMediaType, http.StatusUnprocessableEntity, http.StatusTooManyRequests:
			default:
				t.Fatalf("%s %q: status %d: %s", path, contentType, rec.Code, rec.Body.Bytes())
			}
			if rec.Header().Get("X-Content-Type-Options") != "nosniff" {
				t.Fatalf("%s: no nosniff", path)
			}
			out := rec.Body.Bytes()
			if rec.Code != http.StatusOK || path == "/v1/extract" {
				if !json.Valid(out) {
					t.Fatalf("%s: invalid JSON %q", path, out)
				}
			} else {
				n := 0
				for line := range bytes.Lines(out) {
					n++
					if !json.Valid(line) || line[len(line)-1] != '\n' {
						t.Fatalf("batch: bad line %q", line)
					}
				}
				if n > 4 {
					t.Fatalf("batch: %d lines past the limit of 3 records and the stop line", n)
				}
			}
			if used, peak := s.mem.stats(); used != 0 || peak > s.maxMemory {
				t.Fatalf("%s: %d bytes still reserved, peak %d of %d", path, used, peak, s.maxMemory)
			}
		}
	})
}
