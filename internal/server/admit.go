package server

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
)

// errOverBudget is returned for a reservation larger than the whole memory
// budget.
var errOverBudget = errors.New("over the memory budget")

// secure sets the headers every response carries (X-Content-Type-Options,
// also on the mux's redirects and 404s) and answers 431 to requests whose
// headers are over MaxHeaderBytes.
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		if n := headerSize(r); n > MaxHeaderBytes {
			w.Header().Set("Connection", "close")
			writeError(w, http.StatusRequestHeaderFieldsTooLarge,
				fmt.Sprintf("request headers of %d bytes over the limit of %d bytes", n, MaxHeaderBytes))
			return
		}
		h.ServeHTTP(w, r)
	})
}

// headerSize is about the number of bytes of r's request line and headers.
func headerSize(r *http.Request) int {
	n := len(r.Method) + len(r.RequestURI) + len(r.Proto) + len(r.Host) + 16
	for k, vs := range r.Header {
		for _, v := range vs {
			n += len(k) + len(v) + 4
		}
	}
	return n
}

// documentTypes accepts the content types of POST /v1/extract: JSON, any
// text, bytes of unknown type, or none.
func documentTypes(mt string) bool {
	return mt == "" || mt == "application/octet-stream" || strings.HasPrefix(mt, "text/") || isJSONType(mt)
}

// batchTypes accepts the content types of POST /v1/extract:batch: JSON
// Lines under its usual names, JSON, text, bytes of unknown type, or none.
func batchTypes(mt string) bool {
	switch mt {
	case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonl",
		"application/jsonlines", "application/x-jsonlines", "application/json-seq":
		return true
	}
	return documentTypes(mt)
}

func isJSONType(mt string) bool {
	return mt == "application/json" || (strings.HasPrefix(mt, "application/") && strings.HasSuffix(mt, "+json"))
}

// guard checks what every extraction request must pass before its body is
// read: an extractor, not draining, an accepted content type (else 415).
func (s *Server) guard(accept func(string) bool, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.x == nil {
			writeError(w, http.StatusInternalServerError, "server has no extractor")
			return
		}
		if s.draining.Load() {
			w.Header().Set("Connection", "close")
			writeError(w, http.StatusServiceUnavailable, "server is shutting down")
			return
		}
		if ct := r.Header.Get("Content-Type"); ct != "" {
			mt, _, err := mime.ParseMediaType(ct)
			if err != nil || !accept(mt) {
				writeError(w, http.StatusUnsupportedMediaType, fmt.Sprintf(
					"Content-Type %q is not accepted: send the article as text/plain or as application/json {\"text\": ...} (JSONL, application/x-ndjson, for the batch endpoint)", ct))
				return
			}
		}
		h(w, r)
	}
}

// readChunk is how much of a body of unknown length is read (and reserved)
// at a time.
const readChunk = 64 << 10

// readBody reads the whole body of a single-document request, before the
// request takes a concurrency slot, within the server's read timeout. It
// reserves from the memory budget what it holds and returns the body and
// the reservation, which the caller releases. Over WithMaxBody is 413; a
// full budget is 429.
func (s *Server) readBody(w http.ResponseWriter, r *http.Request) ([]byte, int64, error) {
	if r.ContentLength > s.maxBody {
		return nil, 0, &requestError{http.StatusRequestEntityTooLarge, tooLarge(r.ContentLength, s.maxBody)}
	}
	body := http.MaxBytesReader(w, r.Body, s.maxBody)
	var reserved int64
	grow := func(n int64) error {
		if n <= reserved {
			return nil
		}
		if !s.mem.tryAcquire(n - reserved) {
			return s.memoryFull()
		}
		reserved = n
		return nil
	}
	// Reserve and allocate as the bytes arrive, whatever Content-Length
	// claims: a client that announces 10 MB and trickles holds what it
	// sent, not what it announced.
	if err := grow(readChunk); err != nil {
		return nil, 0, err
	}
	buf := bytes.NewBuffer(make([]byte, 0, readChunk+bytes.MinRead))
	for {
		if int64(buf.Cap())+readChunk > reserved {
			if err := grow(min(max(2*reserved, int64(buf.Cap())+readChunk), s.maxBody+2*readChunk)); err != nil {
				s.mem.release(reserved)
				return nil, 0, err
			}
		}
		_, err := io.CopyN(buf, body, readChunk)
		if errors.Is(err, io.EOF) {
			return buf.Bytes(), reserved, nil
		}
		if err != nil {
			s.mem.release(reserved)
			if mbe, ok := errors.AsType[*http.MaxBytesError](err); ok {
				return nil, 0, &requestError{http.StatusRequestEntityTooLarge, tooLarge(-1, mbe.Limit)}
			}
			return nil, 0, badRequest("read request body: %v", err)
		}
	}
}

// memoryFull is the 429 for a full memory budget.
func (s *Server) memoryFull() error {
	return &requestError{http.StatusTooManyRequests, fmt.Sprintf(
		"server busy: its memory budget of %d bytes is taken by the requests in flight, retry later", s.maxMemory)}
}

// admit takes a concurrency slot and tops the memory reservation of a
// request (reserved bytes, updated) up to the estimate for a document of n
// bytes. It never waits: 429 when either is full, 413 when the estimate is
// over the whole budget. The returned function releases the slot.
func (s *Server) admit(n int64, reserved *int64) (func(), error) {
	need := memoryCost(n)
	if need > s.maxMemory {
		return nil, &requestError{http.StatusRequestEntityTooLarge, fmt.Sprintf(
			"a document of %d bytes needs an estimated %d bytes of memory, over the server's budget of %d bytes (kextract serve --max-memory)", n, need, s.maxMemory)}
	}
	if !s.trySlot() {
		return nil, tooMany(s.concurrency)
	}
	if need > *reserved {
		if !s.mem.tryAcquire(need - *reserved) {
			s.releaseSlot()
			return nil, s.memoryFull()
		}
		*reserved = need
	}
	return s.releaseSlot, nil
}

func tooMany(limit int) error {
	return &requestError{http.StatusTooManyRequests, fmt.Sprintf("too many requests in flight (limit %d), retry later", limit)}
}

// trySlot takes a concurrency slot if one is free.
func (s *Server) trySlot() bool {
	select {
	case s.sem <- struct{}{}:
		return true
	default:
		return false
	}
}

func (s *Server) releaseSlot() { <-s.sem }
