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
	"syscall"
	"time"

	"github.com/kextract/kextract/extract"
	"github.com/kextract/kextract/internal/server"
)

func runServe(args []string, _ io.Reader, _, stderr io.Writer) int {
	fs := newFlagSet("serve", `kextract serve [flags]

Runs the HTTP service until SIGINT or SIGTERM, then drains requests in
flight for up to 30 s. Endpoints: POST /v1/extract (JSON {"id","text","date"}
or a plain-text body), POST /v1/extract:batch (JSONL in, JSONL out),
GET /healthz, GET /v1/schema. See api/openapi.yaml. Access logs go to
stderr as JSON lines; --addr 127.0.0.1:0 picks a free port (logged).`, stderr)
	var ef extractFlags
	var rf recordFlags
	ef.register(fs)
	rf.register(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
	maxBody := fs.Int64("max-body", server.DefaultMaxBody, "largest request body in `BYTES`")
	concurrency := fs.Int("concurrency", 2*runtime.GOMAXPROCS(0), "`N` extraction requests served at once; more get 429")
	timeout := fs.Duration("timeout", 30*time.Second, "time budget per document (0: none)")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return flagExit(err)
	}
	if len(pos) > 0 {
		fmt.Fprintf(stderr, "kextract serve: unexpected argument %q\n", pos[0])
		return exitUsage
	}
	if *maxBody < 1 || *concurrency < 1 || *timeout < 0 {
		fmt.Fprintln(stderr, "kextract serve: --max-body and --concurrency must be at least 1, --timeout not negative")
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
	log := slog.New(slog.NewJSONHandler(stderr, nil))
	srv := server.New(x,
		server.WithMaxBody(*maxBody),
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
