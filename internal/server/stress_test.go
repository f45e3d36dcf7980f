package server

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// withTimeouts is the option that sets the http.Server timeouts
// (ReadHeaderTimeout, ReadTimeout, WriteTimeout). Server has no such option
// yet: set this to WithTimeouts once it exists and TestSlowClient runs.
var withTimeouts = WithTimeouts

// holdHeader marks requests the stress hook holds until release.
const holdHeader = "X-Test-Hold"

// withHold holds the work requests that carry holdHeader after they took a
// concurrency slot: each signals entered and waits for release (or its own
// end). Other requests pass through.
func withHold(entered chan<- struct{}, release <-chan struct{}) Option {
	return func(s *Server) {
		s.hook = func(r *http.Request) {
			if r.Header.Get(holdHeader) == "" {
				return
			}
			entered <- struct{}{}
			select {
			case <-release:
			case <-r.Context().Done():
			}
		}
	}
}

// holdRequests sends n requests that the server holds in their slots and
// waits until all n have entered.
func holdRequests(t *testing.T, client *http.Client, url string, body []byte, n int, entered <-chan struct{}) []<-chan error {
	t.Helper()
	var held []<-chan error
	for range n {
		held = append(held, sendHeld(client, url, body))
	}
	for range n {
		select {
		case <-entered:
		case <-time.After(10 * time.Second):
			t.Fatal("held requests did not start")
		}
	}
	return held
}

// sendHeld posts body with holdHeader and delivers the status (or -1 and
// the transport error) on the returned channel.
func sendHeld(client *http.Client, url string, body []byte) <-chan error {
	res := make(chan error, 1)
	go func() {
		req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
		if err != nil {
			res <- err
			return
		}
		req.Header.Set(holdHeader, "1")
		req.Header.Set("Content-Type", "text/plain; charset=utf-8")
		resp, err := client.Do(req)
		if err != nil {
			res <- err
			return
		}
		_, err = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if err == nil && resp.StatusCode != http.StatusOK {
			err = fmt.Errorf("held request: status %d", resp.StatusCode)
		}
		res <- err
	}()
	return res
}

// TestStressConcurrencyLimit runs 2×N clients against a server limited to
// N concurrent extractions: first with N requests held (every other request
// must get 429 with Retry-After), then 400 requests at full speed (only 200
// and 429, no 5xx, no transport error).
func TestStressConcurrencyLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("stress test skipped with -short")
	}
	const (
		limit   = 4
		clients = 2 * limit
		total   = 400
	)
	article := readArticle(t)
	entered := make(chan struct{}, limit)
	release := make(chan struct{})
	s := New(testExtractor(t), WithLogger(quietLogger()), WithConcurrency(limit), withHold(entered, release))
	base := startServer(t, s)
	client := loadClient(2 * clients)
	defer client.CloseIdleConnections()

	// Phase 1: every slot held, so every other request is refused at once.
	held := holdRequests(t, client, base+"/v1/extract", article, limit, entered)
	var refused atomic.Int64
	var wg sync.WaitGroup
	for range clients {
		wg.Go(func() {
			for range 5 {
				resp, err := client.Post(base+"/v1/extract", "text/plain", bytes.NewReader(article))
				if !assert.NoError(t, err) {
					return
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if assert.Equal(t, http.StatusTooManyRequests, resp.StatusCode) {
					assert.Equal(t, "1", resp.Header.Get("Retry-After"))
					refused.Add(1)
				}
			}
		})
	}
	wg.Wait()
	assert.Equal(t, int64(clients*5), refused.Load(), "every request beyond the limit is refused while the slots are held")
	close(release)
	for _, h := range held {
		require.NoError(t, <-h)
	}

	// Phase 2: free running.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var (
		next      atomic.Int64
		mu        sync.Mutex
		byStatus  = map[int]int{}
		transport []error
	)
	start := time.Now()
	for range clients {
		wg.Go(func() {
			for next.Add(1) <= total && ctx.Err() == nil {
				req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/v1/extract", bytes.NewReader(article))
				if err != nil {
					return
				}
				req.Header.Set("Content-Type", "text/plain; charset=utf-8")
				resp, err := client.Do(req)
				retryAfter := ""
				code := 0
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					code = resp.StatusCode
					retryAfter = resp.Header.Get("Retry-After")
				}
				mu.Lock()
				switch {
				case err != nil && ctx.Err() != nil:
					// the time cap, not a server failure
				case err != nil:
					transport = append(transport, err)
				default:
					byStatus[code]++
					if code == http.StatusTooManyRequests && retryAfter == "" {
						byStatus[-429]++ // a 429 without Retry-After
					}
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	require.Empty(t, transport, "transport errors")
	for code, n := range byStatus {
		assert.True(t, code == http.StatusOK || code == http.StatusTooManyRequests, "%d responses with status %d", n, code)
	}
	assert.Positive(t, byStatus[http.StatusOK])
	if ctx.Err() == nil {
		assert.Equal(t, total, byStatus[http.StatusOK]+byStatus[http.StatusTooManyRequests])
	}
	t.Logf("limit %d, %d clients: phase 1 %d×429 while held; phase 2 %d requests in %v: %d×200 (%.1f ok/s, %.1f req/s), %d×429",
		limit, clients, refused.Load(), byStatus[200]+byStatus[429], elapsed.Round(time.Millisecond),
		byStatus[200], float64(byStatus[200])/elapsed.Seconds(),
		float64(byStatus[200]+byStatus[429])/elapsed.Seconds(), byStatus[429])
}

// heapInuse returns HeapInuse after a GC.
func heapInuse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

// TestStressMemoryBounded sends a burst of 200 requests with 2 MB bodies:
// over the body limit (1 MB, answered 413 without buffering the body) and
// under it (extracted, a few at a time): the heap stays bounded.
func TestStressMemoryBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("stress test skipped with -short")
	}
	const (
		limit    = 4
		requests = 200
		bodySize = 2 << 20
		extracts = 8 // the 2 MB bodies actually extracted (about 1 s each)
	)
	// Cheap text for the extracted bodies: short words, no numbers or
	// quotes, so the burst measures memory rather than CPU.
	filler := []byte(strings.Repeat("가나다 라마바 사아자. ", bodySize/len("가나다 라마바 사아자. ")))
	big := New(testExtractor(t), WithLogger(quietLogger()), WithConcurrency(limit), WithMaxBody(1<<20))
	bigBase := startServer(t, big)
	roomy := New(testExtractor(t), WithLogger(quietLogger()), WithConcurrency(limit), WithMaxBody(4<<20))
	roomyBase := startServer(t, roomy)
	client := loadClient(limit)
	defer client.CloseIdleConnections()

	before := heapInuse()
	var peak atomic.Uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		var m runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				runtime.ReadMemStats(&m)
				if m.HeapInuse > peak.Load() {
					peak.Store(m.HeapInuse)
				}
			}
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var next atomic.Int64
	var wg sync.WaitGroup
	statuses := make([]int, requests)
	start := time.Now()
	for range limit {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= requests || ctx.Err() != nil {
					return
				}
				url := bigBase + "/v1/extract"
				if i%(requests/extracts) == 0 {
					url = roomyBase + "/v1/extract"
				}
				req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(filler))
				if !assert.NoError(t, err) {
					return
				}
				req.Header.Set("Content-Type", "text/plain; charset=utf-8")
				resp, err := client.Do(req)
				if err != nil {
					// the server may close the connection of a 413 before
					// reading the whole body: that is a refusal too
					statuses[i] = -1
					continue
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				statuses[i] = resp.StatusCode
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	close(stop)
	<-sampled
	after := heapInuse()
	counts := map[int]int{}
	for i, c := range statuses {
		counts[c]++
		if i%(requests/extracts) == 0 {
			assert.Contains(t, []int{http.StatusOK, http.StatusTooManyRequests}, c, "request %d", i)
		} else {
			assert.Contains(t, []int{http.StatusRequestEntityTooLarge, http.StatusTooManyRequests, -1}, c, "request %d", i)
		}
	}
	growth := int64(after) - int64(before)
	peakGrowth := int64(peak.Load()) - int64(before)
	t.Logf("%d requests of %d MB in %v, statuses %v: HeapInuse before %d MB, peak %d MB (+%d MB), after GC %d MB (%+d MB)",
		requests, bodySize>>20, elapsed.Round(time.Millisecond), counts, before>>20, peak.Load()>>20, peakGrowth>>20, after>>20, growth>>20)
	// The peak includes garbage not yet collected (GOGC=100); what must stay
	// bounded is what the burst leaves behind.
	assert.Less(t, growth, int64(200<<20), "retained heap growth")
	assert.Less(t, peakGrowth, int64(1<<30), "peak heap growth")
}

// TestStressOversizedBody sends 2 MB to a server limited to 1 MB, with and
// without Content-Length: 413 for a document; a batch is limited per
// record, so its one 2 MB record is an error line in a 200 stream.
func TestStressOversizedBody(t *testing.T) {
	s := New(testExtractor(t), WithLogger(quietLogger()), WithMaxBody(1<<20), WithMaxRecord(1<<20))
	base := startServer(t, s)
	body := bytes.Repeat([]byte("가"), (2<<20)/3)
	for _, tt := range []struct {
		name    string
		path    string
		chunked bool
	}{
		{"extract with length", "/v1/extract", false},
		{"extract chunked", "/v1/extract", true},
		{"batch with length", "/v1/extract:batch", false},
		{"batch chunked", "/v1/extract:batch", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var r io.Reader = bytes.NewReader(body)
			if tt.chunked {
				r = io.MultiReader(r) // hides the length: chunked encoding
			}
			resp, err := http.Post(base+tt.path, "text/plain", r)
			require.NoError(t, err)
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if strings.HasSuffix(tt.path, ":batch") {
				assert.Equal(t, http.StatusOK, resp.StatusCode, "%s", b)
				assert.Equal(t, 1, bytes.Count(b, []byte("\n")), "%s", b)
				assert.Contains(t, string(b), "too large")
				return
			}
			assert.Equal(t, http.StatusRequestEntityTooLarge, resp.StatusCode, "%s", b)
		})
	}
}

// TestSlowClient trickles a body one byte a second: the server must cut the
// connection off once its read timeout passes.
func TestSlowClient(t *testing.T) {
	if testing.Short() {
		t.Skip("stress test skipped with -short")
	}
	if withTimeouts == nil {
		t.Skip("needs WithTimeouts(readHeader, read, write time.Duration): the http.Server timeouts are " +
			"constants (ReadTimeout 30 s), too long to test a slow client; set withTimeouts = WithTimeouts")
	}
	s := New(testExtractor(t), WithLogger(quietLogger()), withTimeouts(time.Second, 2*time.Second, 5*time.Second))
	base := startServer(t, s)
	conn, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	require.NoError(t, err)
	defer conn.Close()
	_, err = fmt.Fprintf(conn, "POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\n")
	require.NoError(t, err)
	start := time.Now()
	cut := make(chan time.Duration, 1)
	go func() {
		// The response (if any) and then EOF end this read.
		_, _ = io.Copy(io.Discard, bufio.NewReader(conn))
		cut <- time.Since(start)
	}()
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for i := 0; i < 20; i++ {
		select {
		case d := <-cut:
			t.Logf("slow client cut off after %v", d.Round(time.Millisecond))
			assert.Less(t, d, 10*time.Second)
			return
		case <-tick.C:
			if _, err := conn.Write([]byte("가"[:1])); err != nil {
				t.Logf("slow client cut off after %v (write: %v)", time.Since(start).Round(time.Millisecond), err)
				return
			}
		}
	}
	t.Fatal("the server kept a slow client for 20 s")
}

// TestStressShutdownDrains cancels Serve's context while requests are in
// flight: they complete with 200, new ones get 503 or a refused
// connection, and Serve returns nil.
func TestStressShutdownDrains(t *testing.T) {
	if testing.Short() {
		t.Skip("stress test skipped with -short")
	}
	const inflight = 4
	article := readArticle(t)
	entered := make(chan struct{}, inflight)
	release := make(chan struct{})
	s := New(testExtractor(t), WithLogger(quietLogger()), WithConcurrency(2*inflight), withHold(entered, release))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	base := "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()

	client := loadClient(2 * inflight)
	defer client.CloseIdleConnections()
	held := holdRequests(t, client, base+"/v1/extract", article, inflight, entered)
	cancel() // SIGTERM
	require.Eventually(t, s.draining.Load, 5*time.Second, 5*time.Millisecond)

	// New requests, on fresh connections: refused (503 or connection error).
	fresh := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	for range 8 {
		resp, err := fresh.Post(base+"/v1/extract", "text/plain", bytes.NewReader(article))
		if err != nil {
			assert.True(t, errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, io.EOF) ||
				errors.Is(err, syscall.ECONNRESET), "unexpected error: %v", err)
			continue
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		assert.Equal(t, http.StatusServiceUnavailable, resp.StatusCode)
	}
	select {
	case err := <-served:
		t.Fatalf("Serve returned with requests in flight: %v", err)
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	for _, h := range held {
		assert.NoError(t, <-h, "a request in flight completes with 200")
	}
	select {
	case err := <-served:
		assert.NoError(t, err)
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return after draining")
	}
}
