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
// the limit, 415 compressed batch body, 422 document the extractor rejects, 429 concurrency limit
// reached (with Retry-After), 503 shutting down. api/openapi.yaml describes
// the service.
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
	concurrency int
	sem         chan struct{}
	log         *slog.Logger
	fields      corpus.Fields
	lossy       bool
	workers     int
	schema      []byte
	draining    atomic.Bool
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
		x:           x,
		maxBody:     DefaultMaxBody,
		concurrency: 2 * runtime.GOMAXPROCS(0),
		log:         slog.Default(),
		workers:     max(1, min(4, runtime.GOMAXPROCS(0))),
		schema:      schema.JSON,

		readHeaderTimeout: ReadHeaderTimeout,
		readTimeout:       ReadTimeout,
		writeTimeout:      WriteTimeout,
	}
	for _, o := range opts {
		o(s)
	}
	s.fields = s.fields.WithDefaults()
	s.sem = make(chan struct{}, s.concurrency)
	return s
}

// Handler returns the HTTP handler of the API, with access logging.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/extract", s.method(http.MethodPost, s.work(s.handleExtract)))
	mux.HandleFunc("/v1/extract:batch", s.method(http.MethodPost, s.work(s.handleBatch)))
	mux.HandleFunc("/healthz", s.method(http.MethodGet, s.handleHealth))
	mux.HandleFunc("/v1/schema", s.method(http.MethodGet, s.handleSchema))
	mux.HandleFunc("GET /{$}", s.handleView())
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, fmt.Sprintf("no such endpoint %s", r.URL.Path))
	})
	return s.accessLog(mux)
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
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
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

// work guards an extraction endpoint: 503 while draining, 429 when every
// concurrency slot is taken (never waits), and the body limit.
func (s *Server) work(h http.HandlerFunc) http.HandlerFunc {
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
		select {
		case s.sem <- struct{}{}:
		default:
			w.Header().Set("Retry-After", "1")
			writeError(w, http.StatusTooManyRequests,
				fmt.Sprintf("too many requests in flight (limit %d), retry later", s.concurrency))
			return
		}
		defer func() { <-s.sem }()
		if s.hook != nil {
			s.hook(r)
		}
		if r.ContentLength > s.maxBody {
			writeError(w, http.StatusRequestEntityTooLarge, tooLarge(r.ContentLength, s.maxBody))
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, s.maxBody)
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
