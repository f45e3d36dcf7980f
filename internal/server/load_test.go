package server

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// loadClient is an HTTP client with enough idle connections for the load
// test's workers.
func loadClient(conns int) *http.Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = conns
	return &http.Client{Transport: tr}
}

// TestLoad sends N requests with the seed article from C concurrent clients
// to a server on a loopback port and reports throughput and latency. It
// stops by itself: after N requests or a 60 s cap, whichever comes first.
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("load test skipped with -short")
	}
	const (
		n           = 400
		concurrency = 8
	)
	article := readArticle(t)
	base := startServer(t, New(testExtractor(t), WithLogger(quietLogger()), WithConcurrency(2*concurrency)))
	client := loadClient(concurrency)
	defer client.CloseIdleConnections()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	var (
		next       atomic.Int64
		mu         sync.Mutex
		latencies  = make([]time.Duration, 0, n)
		statusErrs = map[int]int{}
		transport  []error
		wg         sync.WaitGroup
	)
	start := time.Now()
	for range concurrency {
		wg.Go(func() {
			for next.Add(1) <= n && ctx.Err() == nil {
				t0 := time.Now()
				req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/v1/extract", bytes.NewReader(article))
				if err != nil {
					mu.Lock()
					transport = append(transport, err)
					mu.Unlock()
					return
				}
				req.Header.Set("Content-Type", "text/plain; charset=utf-8")
				resp, err := client.Do(req)
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				d := time.Since(t0)
				mu.Lock()
				switch {
				case err != nil && errors.Is(ctx.Err(), context.DeadlineExceeded):
					// The time cap, not a failure of the server.
				case err != nil:
					transport = append(transport, err)
				case resp.StatusCode != http.StatusOK:
					statusErrs[resp.StatusCode]++
				default:
					latencies = append(latencies, d)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)

	require.Empty(t, transport, "transport errors")
	require.Empty(t, statusErrs, "non-200 responses by status")
	require.NotEmpty(t, latencies)
	if ctx.Err() != nil {
		t.Logf("60 s cap reached after %d of %d requests", len(latencies), n)
	} else {
		assert.Len(t, latencies, n)
	}
	slices.Sort(latencies)
	pct := func(p float64) time.Duration { return latencies[int(p*float64(len(latencies)-1))] }
	t.Logf("%d requests (%d B article), concurrency %d: %.1f requests/s, p50 %v, p99 %v, max %v, total %v",
		len(latencies), len(article), concurrency, float64(len(latencies))/elapsed.Seconds(),
		pct(0.50).Round(time.Microsecond), pct(0.99).Round(time.Microsecond),
		latencies[len(latencies)-1].Round(time.Microsecond), elapsed.Round(time.Millisecond))
}

// BenchmarkServeExtract measures POST /v1/extract of the seed article over a
// loopback connection, sequentially and from parallel clients.
func BenchmarkServeExtract(b *testing.B) {
	article := readArticle(b)
	base := startServer(b, New(testExtractor(b), WithLogger(quietLogger()), WithConcurrency(1024)))
	// do may run on RunParallel's goroutines, so it reports with Error.
	do := func(b *testing.B, client *http.Client) {
		resp, err := client.Post(base+"/v1/extract", "text/plain", bytes.NewReader(article))
		if err != nil {
			b.Error(err)
			return
		}
		_, err = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusOK {
			b.Errorf("status %d, %v", resp.StatusCode, err)
		}
	}
	b.Run("sequential", func(b *testing.B) {
		client := loadClient(1)
		defer client.CloseIdleConnections()
		b.SetBytes(int64(len(article)))
		for b.Loop() {
			do(b, client)
		}
	})
	b.Run("parallel", func(b *testing.B) {
		client := loadClient(64)
		defer client.CloseIdleConnections()
		b.SetBytes(int64(len(article)))
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				do(b, client)
			}
		})
	})
}
