package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kextract/kextract/corpus"
	"github.com/kextract/kextract/extract"
	"github.com/kextract/kextract/normalize"
)

// requestError is a problem with a request, answered with its status code.
type requestError struct {
	code int
	msg  string
}

func (e *requestError) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &requestError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

// isJSON reports whether the Content-Type header names a JSON body
// (application/json or any application/*+json).
func isJSON(contentType string) bool {
	if contentType == "" {
		return false
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	return mt == "application/json" || (strings.HasPrefix(mt, "application/") && strings.HasSuffix(mt, "+json"))
}

// parseJSONInput reads a single-document JSON body: an object holding the
// text field (a string, required), and optionally the id (string or number)
// and date (string) fields; other fields are ignored. The body must be valid
// UTF-8 (unless lossy: invalid bytes in strings become U+FFFD) and hold
// exactly one JSON value.
func parseJSONInput(body []byte, f corpus.Fields, lossy bool) (extract.Input, error) {
	var in extract.Input
	if !lossy && !utf8.Valid(body) {
		return in, badRequest("request body is not valid UTF-8")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	var m map[string]json.RawMessage
	if err := dec.Decode(&m); err != nil {
		return in, badRequest("invalid JSON: %v", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return in, badRequest("invalid JSON: data after the object")
	}
	if m == nil {
		return in, badRequest("invalid JSON: want an object")
	}
	var err error
	if in.ID, err = jsonString(m, f.ID, true); err != nil {
		return in, err
	}
	if in.Date, err = jsonString(m, f.Date, false); err != nil {
		return in, err
	}
	raw, ok := m[f.Text]
	if !ok || string(raw) == "null" {
		return in, badRequest("missing field %q", f.Text)
	}
	if in.Text, err = jsonString(m, f.Text, false); err != nil {
		return in, err
	}
	if strings.IndexByte(in.Text, '\r') >= 0 {
		// line ends as in a text body: the one decoding path
		in.Text, in.Warnings, _ = normalize.Decode([]byte(in.Text), normalize.WithEncoding(normalize.EncodingUTF8), normalize.WithLossy(true))
	}
	return in, nil
}

// jsonString decodes field name of m: a string, or, when number is true, a
// number kept as written. Absent and null give "".
func jsonString(m map[string]json.RawMessage, name string, number bool) (string, error) {
	raw := m[name]
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	switch c := raw[0]; {
	case c == '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", badRequest("field %q: %v", name, err)
		}
		return s, nil
	case number && (c == '-' || (c >= '0' && c <= '9')):
		return string(raw), nil
	}
	return "", badRequest("field %q: want a string", name)
}

// handleExtract is POST /v1/extract. A JSON body (Content-Type
// application/json) is {"id","text","date"}; any other body is the document
// itself, in any encoding the extractor accepts, with optional id and date
// query parameters. The answer is the compact Document JSON, byte for byte
// what `kextract --compact` prints for the same input.
func (s *Server) handleExtract(w http.ResponseWriter, r *http.Request) {
	body, reserved, err := s.readBody(w, r)
	if err != nil {
		writeErr(w, err)
		return
	}
	defer func() { s.mem.release(reserved) }()
	done, err := s.admit(int64(len(body)), &reserved)
	if err != nil {
		writeErr(w, err)
		return
	}
	defer done()
	if s.hook != nil {
		s.hook(r)
	}
	var in extract.Input
	if isJSON(r.Header.Get("Content-Type")) {
		in, err = parseJSONInput(body, s.fields, s.lossy)
		if err != nil {
			writeErr(w, err)
			return
		}
	} else {
		q := r.URL.Query()
		in = extract.Input{ID: q.Get("id"), Date: q.Get("date"), Raw: body}
		if !utf8.ValidString(in.ID) || !utf8.ValidString(in.Date) {
			writeError(w, http.StatusBadRequest, "query parameters are not valid UTF-8")
			return
		}
	}
	doc, err := s.x.Extract(r.Context(), in)
	if err != nil {
		writeErr(w, extractError(err))
		return
	}
	out, err := extract.Marshal(doc)
	if err != nil {
		writeError(w, http.StatusInternalServerError, fmt.Sprintf("encode document: %v", err))
		return
	}
	writeJSON(w, http.StatusOK, "application/json", out)
}

// extractError maps an error of Extract to a status: undecodable text or
// an invalid document date (?date=zzz) is a bad request, a cancelled or timed-out request is 503, anything else the
// extractor refuses (such as a document over its size limit) is 422.
func extractError(err error) error {
	switch {
	case errors.Is(err, normalize.ErrInvalidEncoding), errors.Is(err, extract.ErrInvalidDate):
		return &requestError{http.StatusBadRequest, err.Error()}
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return &requestError{http.StatusServiceUnavailable, err.Error()}
	}
	return &requestError{http.StatusUnprocessableEntity, err.Error()}
}

// handleBatch is POST /v1/extract:batch: a plain JSONL body in (gzip and
// zstd bodies are refused with 415), one JSONL line per record out, in
// input order, each sent as soon as it and all before it are ready. A record
// that fails is an error line {"id","error","source"} in its place. The
// body may be of any length: each record is bounded by the record limit,
// and the stream by the batch limits (a last line {"error"} says where it
// stopped). The batch is answered 429 when every slot is taken as it
// starts; then each record takes a slot and its memory while extracted,
// waiting for them, so a slow body holds neither.
func (s *Server) handleBatch(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	rc := http.NewResponseController(w)
	// Read the request while streaming the response (HTTP/1.1).
	_ = rc.EnableFullDuplex()
	body := bufio.NewReader(r.Body)
	if magic, _ := body.Peek(4); isCompressed(magic) {
		// The corpus reader would inflate it, with a cost bounded by the
		// inflated size rather than the body size.
		writeError(w, http.StatusUnsupportedMediaType, "compressed batch bodies are not accepted; send plain JSONL")
		return
	}
	if !s.trySlot() {
		writeErr(w, tooMany(s.concurrency))
		return
	}
	if s.hook != nil {
		s.hook(r)
	}
	s.releaseSlot()
	src, err := corpus.OpenReader(ctx, body, "request", corpus.ReaderOptions{
		Fields:  s.fields,
		MaxSize: s.maxRecord,
		Format:  corpus.FormatJSONL,
		Lossy:   s.lossy,
	})
	if err != nil {
		writeError(w, http.StatusInternalServerError, fmt.Sprintf("open request body: %v", err))
		return
	}
	defer src.Close()
	limited := &limitedSource{Source: src, left: s.batchRecords, deadline: time.Now().Add(s.batchTime)}
	w.Header().Set("Content-Type", "application/x-ndjson")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	emit := func(res corpus.Result) error {
		// Every record earns the connection more time, so a long batch is
		// not cut by the server's read and write timeouts.
		now := time.Now()
		_ = rc.SetWriteDeadline(now.Add(s.writeTimeout))
		_ = rc.SetReadDeadline(now.Add(s.readTimeout))
		out := res.Output
		if res.Err != nil {
			out = append(corpus.ErrorLine(res.Record, res.Err), '\n')
		}
		if _, err := w.Write(out); err != nil {
			return err
		}
		return rc.Flush()
	}
	stats, err := corpus.Run(ctx, limited, s.workers, s.extractRecord, emit, corpus.WithWindow(s.workers))
	if err != nil {
		// The status is sent; the client sees a short stream. Say why in
		// the log.
		s.log.Warn("batch ended early", "error", err.Error(), "records", stats.Records)
		return
	}
	if why := limited.stopped(); why != "" {
		_ = rc.SetWriteDeadline(time.Now().Add(s.writeTimeout))
		b, _ := extract.Marshal(struct {
			Error   string `json:"error"`
			Records int    `json:"records"`
		}{fmt.Sprintf("batch stopped after %d records: %s; send the rest in another request", stats.Records, why), stats.Records})
		_, _ = w.Write(b)
		s.log.Info("batch stopped", "reason", why, "records", stats.Records)
		return
	}
	s.log.Debug("batch done", "records", stats.Records, "errors", stats.Errors)
}

// extractRecord extracts one batch record, holding a concurrency slot and
// its memory estimate meanwhile (waiting for them).
func (s *Server) extractRecord(ctx context.Context, rec corpus.Record) ([]byte, error) {
	need := memoryCost(int64(len(rec.Text)))
	if need > s.maxMemory {
		return nil, fmt.Errorf("a record of %d bytes needs an estimated %d bytes of memory, over the server's budget of %d bytes (kextract serve --max-memory)",
			len(rec.Text), need, s.maxMemory)
	}
	select {
	case s.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer s.releaseSlot()
	if err := s.mem.acquire(ctx, need); err != nil {
		return nil, err
	}
	defer s.mem.release(need)
	doc, err := s.x.Extract(ctx, extract.Input{ID: rec.ID, Text: rec.Text, Date: rec.Date, Warnings: rec.Warnings})
	if err != nil {
		return nil, err
	}
	return extract.Marshal(doc)
}

// isCompressed reports whether b starts with the gzip or zstd magic number.
func isCompressed(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0x1f, 0x8b}) || bytes.HasPrefix(b, []byte{0x28, 0xb5, 0x2f, 0xfd})
}

// writeErr writes err as a JSON error, with its status when it is a
// requestError and 500 otherwise.
func writeErr(w http.ResponseWriter, err error) {
	if re, ok := errors.AsType[*requestError](err); ok {
		if re.code == http.StatusTooManyRequests {
			w.Header().Set("Retry-After", "1")
		}
		writeError(w, re.code, re.msg)
		return
	}
	writeError(w, http.StatusInternalServerError, err.Error())
}

// writeError writes {"error": msg} with status code.
func writeError(w http.ResponseWriter, code int, msg string) {
	b, err := extract.Marshal(struct {
		Error string `json:"error"`
	}{msg})
	if err != nil {
		b = []byte(`{"error":"unencodable error"}` + "\n")
	}
	writeJSON(w, code, "application/json", b)
}

func writeJSON(w http.ResponseWriter, code int, contentType string, b []byte) {
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Length", fmt.Sprint(len(b)))
	w.WriteHeader(code)
	_, _ = w.Write(b)
}
