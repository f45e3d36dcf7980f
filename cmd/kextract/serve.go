package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/kextract/kextract/extract"
	"github.com/kextract/kextract/internal/server"
)

// serveBaseMemory is what the service holds besides its requests (the
// lexicon, the NER model, the runtime), added to --max-memory for the
// runtime's soft memory limit.
const serveBaseMemory = 128 << 20

func runServe(args []string, _ io.Reader, _, stderr io.Writer) int {
	fs := newFlagSet("serve", `kextract serve [flags]

Runs the HTTP service until SIGINT or SIGTERM, then drains requests in
flight for up to 30 s. Endpoints: POST /v1/extract (JSON {"id","text","date"}
or a plain-text body, at most --max-body), POST /v1/extract:batch (JSONL in,
JSONL out, any number of records of at most --max-size each, up to
--batch-records or --batch-time per request), GET /healthz, GET /v1/schema,
GET / (a page to paste an article into). See api/openapi.yaml.

A request is read before it takes one of --concurrency slots, and reserves
an estimate of its memory (64 bytes per byte of text, plus 1 MB) from
--max-memory: when either is full it gets 429 with Retry-After. Access logs
go to stderr as JSON lines; --addr 127.0.0.1:0 picks a free port (logged).`, stderr)
	var ef extractFlags
	var rf recordFlags
	ef.register(fs)
	rf.register(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
	maxBody := fs.Int64("max-body", server.DefaultMaxBody, "largest request body in `BYTES`")
	concurrency := fs.Int("concurrency", 2*runtime.GOMAXPROCS(0), "`N` extraction requests served at once; more get 429")
	maxMemory := fs.Int64("max-memory", server.DefaultMaxMemory, "memory budget of the requests in flight, in `BYTES`; requests over it get 429")
	batchRecords := fs.Int("batch-records", server.DefaultBatchRecords, "most records (`N`) in one batch request")
	batchTime := fs.Duration("batch-time", server.DefaultBatchTime, "longest batch request (`DURATION`)")
	timeout := fs.Duration("timeout", 30*time.Second, "time budget per document (0: none)")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return flagExit(err)
	}
	if len(pos) > 0 {
		fmt.Fprintf(stderr, "kextract serve: unexpected argument %q\n", pos[0])
		return exitUsage
	}
	switch {
	case *maxBody < 1 || *concurrency < 1 || *maxMemory < 1 || *batchRecords < 1 || *batchTime <= 0:
		fmt.Fprintln(stderr, "kextract serve: --max-body, --concurrency, --max-memory, --batch-records and --batch-time must be at least 1")
		return exitUsage
	case *timeout < 0:
		fmt.Fprintln(stderr, "kextract serve: --timeout must not be negative (0: no limit)")
		return exitUsage
	}
	if largest := max(*maxBody, int64(ef.maxSize)); server.MemoryPerRequest+server.MemoryPerByte*largest > *maxMemory {
		fmt.Fprintf(stderr, "kextract serve: --max-memory %d cannot hold one document of %d bytes (--max-body, --max-size), estimated at %d bytes: raise --max-memory or lower --max-body and --max-size\n",
			*maxMemory, largest, server.MemoryPerRequest+server.MemoryPerByte*largest)
		return exitUsage
	}
	opts, err := ef.options()
	if err != nil {
		fmt.Fprintln(stderr, "kextract serve:", err)
		return exitUsage
	}
	opts = append(opts, extract.WithTimeout(*timeout))
	x, err := extract.New(opts...)
	if err != nil {
		fmt.Fprintln(stderr, "kextract serve:", err)
		return exitUsage
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		// the budget bounds what requests reserve; the runtime's soft
		// limit makes the collector work harder rather than pass it
		debug.SetMemoryLimit(*maxMemory + serveBaseMemory)
	}
	log := slog.New(slog.NewJSONHandler(stderr, nil))
	srv := server.New(x,
		server.WithMaxBody(*maxBody),
		server.WithMaxRecord(ef.maxSize),
		server.WithMaxMemory(*maxMemory),
		server.WithBatchLimits(*batchRecords, *batchTime),
		server.WithConcurrency(*concurrency),
		server.WithLogger(log),
		server.WithRecordFields(rf.fields()),
		server.WithLossy(ef.lossy),
	)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "kextract serve:", err)
		return exitFailure
	}
	if err := srv.Serve(ctx, ln); err != nil {
		fmt.Fprintln(stderr, "kextract serve:", err)
		return exitFailure
	}
	return exitOK
}
