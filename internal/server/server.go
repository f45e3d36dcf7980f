// Package server is the HTTP service of kextract (kextract serve).
//
// Endpoints:
//
//	POST /v1/extract        one document: JSON {"id","text","date"} or plain text
//	POST /v1/extract:batch  JSONL in, JSONL out, one line per record, in order
//	GET  /healthz           {"status":"ok"}
//	GET  /v1/schema         the JSON Schema of the document
//
// Errors are JSON objects {"error": "..."} with a meaningful status code:
// 400 malformed request, 404 unknown path, 405 wrong method, 413 body over
// the limit, 415 a content type that is not text or JSON (or a compressed
// batch body), 422 document the extractor rejects, 429 concurrency limit or
// memory budget reached (with Retry-After), 431 headers over
// MaxHeaderBytes, 503 shutting down. api/openapi.yaml describes the
// service.
//
// # Admission
//
// A request is admitted in two steps, so that slow clients cannot hold the
// service: its body is read first, within the read timeout, holding only
// the memory it has read; then it takes a concurrency slot and reserves its
// estimated memory (MemoryPerByte per body byte plus MemoryPerRequest) from
// the memory budget (WithMaxMemory), and is answered 429 when either is
// full. A batch streams any number of records, each at most the record
// limit (WithMaxRecord); every record takes a slot and its memory while it
// is extracted. The stream ends after WithBatchLimits' record count or
// time, with a last line that says so.
package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"sync/atomic"
	"time"

	"github.com/kextract/kextract/corpus"
	"github.com/kextract/kextract/extract"
	"github.com/kextract/kextract/schema"
)

// DefaultMaxBody is the default limit on a request body (10 MB).
const DefaultMaxBody = 10 << 20

// Memory admission (see WithMaxMemory).
const (
	// DefaultMaxMemory is the default memory budget of the requests in
	// flight (1 GiB).
	DefaultMaxMemory = 1 << 30
	// MemoryPerByte is the memory an extraction is estimated to need per
	// byte of its document: the measured peak is about 24 bytes per byte
	// on news articles and 64 on the worst case found, a 10 MB document of
	// names and quotes.
	MemoryPerByte = 64
	// MemoryPerRequest is the fixed part of the estimate.
	MemoryPerRequest = 1 << 20
)

// Batch stream limits (see WithBatchLimits).
const (
	DefaultBatchRecords = 1_000_000
	DefaultBatchTime    = time.Hour
)

// MaxHeaderBytes is the largest request header the service reads; larger
// headers are answered 431.
const MaxHeaderBytes = 64 << 10

// memoryCost is the memory reserved for extracting a document of n bytes.
func memoryCost(n int64) int64 { return MemoryPerRequest + MemoryPerByte*max(n, 0) }

// Timeouts of the http.Server started by Serve and ListenAndServe.
const (
	ReadHeaderTimeout = 5 * time.Second
	ReadTimeout       = 30 * time.Second
	WriteTimeout      = 60 * time.Second
	IdleTimeout       = 120 * time.Second
	// DrainTimeout is how long a shutdown waits for requests in flight.
	DrainTimeout = 30 * time.Second
)

// Server serves the extraction API over HTTP. Build it with New; it is safe
// for concurrent use.
type Server struct {
	x           *extract.Extractor
	maxBody     int64
	maxRecord   int
	concurrency int
	sem         chan struct{}
	maxMemory   int64
	mem         *budget
	// batch stream limits
	batchRecords int
	batchTime    time.Duration
	log          *slog.Logger
	fields       corpus.Fields
	lossy        bool
	workers      int
	schema       []byte
	draining     atomic.Bool
	// timeouts of the http.Server (see WithTimeouts)
	readHeaderTimeout, readTimeout, writeTimeout time.Duration
	// hook, when set (tests only), runs in the work endpoints after a
	// concurrency slot was taken, before the body is read.
	hook func(*http.Request)
}

// Option configures a Server.
type Option func(*Server)

// WithTimeouts sets the http.Server's timeouts for reading the request
// headers, reading the whole request, and writing the response (defaults
// ReadHeaderTimeout, ReadTimeout, WriteTimeout); a value <= 0 keeps the
// default. Slow clients are cut off when a timeout passes.
func WithTimeouts(readHeader, read, write time.Duration) Option {
	return func(s *Server) {
		if readHeader > 0 {
			s.readHeaderTimeout = readHeader
		}
		if read > 0 {
			s.readTimeout = read
		}
		if write > 0 {
			s.writeTimeout = write
		}
	}
}

// WithMaxBody limits request bodies to n bytes (default DefaultMaxBody);
// n <= 0 keeps the default. A larger body is answered with 413.
func WithMaxBody(n int64) Option {
	return func(s *Server) {
		if n > 0 {
			s.maxBody = n
		}
	}
}

// WithMaxRecord limits each record of a batch to n bytes (default
// extract.DefaultMaxSize; give the extractor's WithMaxSize); n <= 0 keeps
// the default. A larger record is an error line in its place. The batch
// body as a whole is not limited by WithMaxBody.
func WithMaxRecord(n int) Option {
	return func(s *Server) {
		if n > 0 {
			s.maxRecord = n
		}
	}
}

// WithMaxMemory sets the memory budget, in bytes, of the requests in flight
// (default DefaultMaxMemory); n <= 0 keeps the default. Each request
// reserves its estimate (memoryCost of its body) before it is extracted; a
// request that does not fit is answered 429, and one that could never fit
// (larger than the budget allows) 413. Batch records wait for their memory.
func WithMaxMemory(n int64) Option {
	return func(s *Server) {
		if n > 0 {
			s.maxMemory = n
		}
	}
}

// WithBatchLimits bounds one batch stream to records records and to the
// duration d (defaults DefaultBatchRecords and DefaultBatchTime); values
// <= 0 keep the defaults. Past either, the server stops reading the body,
// finishes the records read, and ends the stream with the line
// {"error": ...} saying how many records were done.
func WithBatchLimits(records int, d time.Duration) Option {
	return func(s *Server) {
		if records > 0 {
			s.batchRecords = records
		}
		if d > 0 {
			s.batchTime = d
		}
	}
}

// WithConcurrency sets how many extraction requests (single or batch) run
// at once (default 2×GOMAXPROCS); n <= 0 keeps the default. A request that
// finds every slot taken is answered at once with 429 and Retry-After: 1.
func WithConcurrency(n int) Option {
	return func(s *Server) {
		if n > 0 {
			s.concurrency = n
		}
	}
}

// WithLogger sets the logger for access logs and server events (default
// slog.Default()).
func WithLogger(l *slog.Logger) Option {
	return func(s *Server) {
		if l != nil {
			s.log = l
		}
	}
}

// WithRecordFields names the JSON fields holding the id, text, date and
// title, for both the single-document JSON body and batch records (default
// "id", "text", "date", "title").
func WithRecordFields(f corpus.Fields) Option {
	return func(s *Server) { s.fields = f }
}

// WithLossy accepts invalid UTF-8 in JSON bodies and batch records,
// replacing it with U+FFFD, instead of answering 400 or an error line; use
// it with an extractor built with extract.WithLossy(true), as kextract serve
// --lossy does. Plain-text bodies follow the extractor's own setting.
func WithLossy(on bool) Option {
	return func(s *Server) { s.lossy = on }
}

// New returns a Server that extracts with x. A nil x makes the extraction
// endpoints answer 500.
func New(x *extract.Extractor, opts ...Option) *Server {
	s := &Server{
		x:            x,
		maxBody:      DefaultMaxBody,
		maxRecord:    extract.DefaultMaxSize,
		maxMemory:    DefaultMaxMemory,
		batchRecords: DefaultBatchRecords,
		batchTime:    DefaultBatchTime,
		concurrency:  2 * runtime.GOMAXPROCS(0),
		log:          slog.Default(),
		workers:      max(1, min(4, runtime.GOMAXPROCS(0))),
		schema:       schema.JSON,

		readHeaderTimeout: ReadHeaderTimeout,
		readTimeout:       ReadTimeout,
		writeTimeout:      WriteTimeout,
	}
	for _, o := range opts {
		o(s)
	}
	s.fields = s.fields.WithDefaults()
	s.sem = make(chan struct{}, s.concurrency)
	s.mem = newBudget(s.maxMemory)
	return s
}

// Handler returns the HTTP handler of the API, with access logging.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/extract", s.method(http.MethodPost, s.guard(documentTypes, s.handleExtract)))
	mux.HandleFunc("/v1/extract:batch", s.method(http.MethodPost, s.guard(batchTypes, s.handleBatch)))
	mux.HandleFunc("/healthz", s.method(http.MethodGet, s.handleHealth))
	mux.HandleFunc("/v1/schema", s.method(http.MethodGet, s.handleSchema))
	mux.HandleFunc("GET /{$}", s.handleView())
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, fmt.Sprintf("no such endpoint %s", r.URL.Path))
	})
	return s.accessLog(secure(mux))
}

// ListenAndServe listens on the TCP address addr and serves until ctx is
// done (see Serve).
func (s *Server) ListenAndServe(ctx context.Context, addr string) error {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return fmt.Errorf("server: listen: %w", err)
	}
	return s.Serve(ctx, ln)
}

// Serve serves on ln until ctx is done, then shuts down gracefully: it stops
// accepting connections, answers new requests on open connections with 503,
// and waits up to DrainTimeout for the requests in flight. It returns nil
// after a clean shutdown. Serve closes ln.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	return s.serve(ctx, ln, DrainTimeout)
}

func (s *Server) serve(ctx context.Context, ln net.Listener, drain time.Duration) error {
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: s.readHeaderTimeout,
		ReadTimeout:       s.readTimeout,
		WriteTimeout:      s.writeTimeout,
		IdleTimeout:       IdleTimeout,
		// net/http answers headers over this with its own 431 (without
		// X-Content-Type-Options); secure answers those over
		// MaxHeaderBytes, well below it.
		MaxHeaderBytes: http.DefaultMaxHeaderBytes,
		ErrorLog:       slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	s.log.Info("listening", "addr", ln.Addr().String())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("server: serve: %w", err)
	case <-ctx.Done():
	}
	s.draining.Store(true)
	s.log.Info("shutting down", "drain", drain.String())
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), drain)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-errc; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	if err != nil {
		_ = srv.Close()
		return fmt.Errorf("server: shutdown: %w", err)
	}
	s.log.Info("stopped")
	return nil
}

// method restricts h to one HTTP method, answering 405 otherwise.
func (s *Server) method(m string, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != m {
			w.Header().Set("Allow", m)
			writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("method %s not allowed, use %s", r.Method, m))
			return
		}
		h(w, r)
	}
}

func tooLarge(n, limit int64) string {
	if n < 0 {
		return fmt.Sprintf("request body over the limit of %d bytes", limit)
	}
	return fmt.Sprintf("request body of %d bytes over the limit of %d bytes", n, limit)
}

func (s *Server) handleHealth(w http.ResponseWriter, _ *http.Request) {
	if s.draining.Load() {
		writeJSON(w, http.StatusServiceUnavailable, "application/json", []byte(`{"status":"shutting down"}`+"\n"))
		return
	}
	writeJSON(w, http.StatusOK, "application/json", []byte(`{"status":"ok"}`+"\n"))
}

func (s *Server) handleSchema(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, "application/schema+json", s.schema)
}
