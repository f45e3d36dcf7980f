package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kextract/kextract/corpus"
	"github.com/kextract/kextract/extract"
	"github.com/kextract/kextract/schema"
)

// sharedExtractor builds the default extractor once for all tests; it is
// read-only afterwards.
var sharedExtractor = sync.OnceValues(func() (*extract.Extractor, error) { return extract.New() })

func testExtractor(tb testing.TB) *extract.Extractor {
	tb.Helper()
	x, err := sharedExtractor()
	require.NoError(tb, err)
	return x
}

func quietLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }

func readArticle(tb testing.TB) []byte {
	tb.Helper()
	b, err := os.ReadFile("../../testdata/article.txt")
	require.NoError(tb, err)
	return b
}

// startServer serves s on a random loopback port until the test ends and
// returns its base URL.
func startServer(tb testing.TB, s *Server) string {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(tb, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.serve(ctx, ln, 5*time.Second) }()
	tb.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			assert.NoError(tb, err)
		case <-time.After(10 * time.Second):
			tb.Error("server did not stop")
		}
	})
	return "http://" + ln.Addr().String()
}

// withGate makes the work endpoints signal entered and wait for release
// (or the request's end) after taking their concurrency slot.
func withGate(entered chan<- struct{}, release <-chan struct{}) Option {
	return func(s *Server) {
		s.hook = func(r *http.Request) {
			entered <- struct{}{}
			select {
			case <-release:
			case <-r.Context().Done():
			}
		}
	}
}

func post(tb testing.TB, url, contentType string, body []byte) (*http.Response, []byte) {
	tb.Helper()
	resp, err := http.Post(url, contentType, bytes.NewReader(body))
	require.NoError(tb, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(tb, err)
	return resp, b
}

func marshalDoc(tb testing.TB, x *extract.Extractor, in extract.Input) []byte {
	tb.Helper()
	doc, err := x.Extract(context.Background(), in)
	require.NoError(tb, err)
	b, err := extract.Marshal(doc)
	require.NoError(tb, err)
	return b
}

func TestExtractSameAsLibrary(t *testing.T) {
	x := testExtractor(t)
	base := startServer(t, New(x, WithLogger(quietLogger())))
	article := readArticle(t)
	jsonBody, err := json.Marshal(map[string]any{"id": "seed-1", "text": string(article), "date": "2025-03-04", "extra": true})
	require.NoError(t, err)
	tests := []struct {
		name        string
		path        string
		contentType string
		body        []byte
		want        extract.Input
	}{
		{"plain text", "/v1/extract", "text/plain; charset=utf-8", article, extract.Input{Raw: article}},
		{"no content type", "/v1/extract", "", article, extract.Input{Raw: article}},
		{"text with query", "/v1/extract?id=q1&date=2025-01-02", "text/plain", article,
			extract.Input{ID: "q1", Date: "2025-01-02", Raw: article}},
		{"json", "/v1/extract", "application/json", jsonBody,
			extract.Input{ID: "seed-1", Text: string(article), Date: "2025-03-04"}},
		{"json charset and numeric id", "/v1/extract", "application/json; charset=utf-8",
			[]byte(`{"id": 42, "text": "삼성전자가 1조 원을 투자했다."}`),
			extract.Input{ID: "42", Text: "삼성전자가 1조 원을 투자했다."}},
		{"empty text", "/v1/extract", "text/plain", []byte{}, extract.Input{Raw: []byte{}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, got := post(t, base+tt.path, tt.contentType, tt.body)
			require.Equal(t, http.StatusOK, resp.StatusCode, "%s", got)
			assert.Equal(t, "application/json", resp.Header.Get("Content-Type"))
			want := marshalDoc(t, x, tt.want)
			assert.Equal(t, string(want), string(got), "server output must equal extract.Marshal")
		})
	}
}

func TestBatch(t *testing.T) {
	x := testExtractor(t)
	base := startServer(t, New(x, WithLogger(quietLogger())))
	records := []string{
		`{"id":"r1","text":"삼성전자가 1조 원을 투자했다.","date":"2025-01-01"}`,
		`{"id":"r2","text":"정부는 5,000억 달러(약 700조 원)를 지원한다고 밝혔다."}`,
		`{"id":"r3","text":`,
		`{"id":"r4","text":"\"시장이 회복될 것\"이라고 김철수 애널리스트는 말했다."}`,
		`{"text":"환율은 1,385.2원이다."}`,
	}
	body := []byte(strings.Join(records, "\n") + "\n")
	resp, out := post(t, base+"/v1/extract:batch", "application/x-ndjson", body)
	require.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, "application/x-ndjson", resp.Header.Get("Content-Type"))
	lines := strings.SplitAfter(string(out), "\n")
	require.Equal(t, "", lines[len(lines)-1], "output ends with a newline")
	lines = lines[:len(lines)-1]
	require.Len(t, lines, 5)

	ids := []string{"r1", "r2", "request:3", "r4", "request:5"}
	errorsSeen := 0
	for i, line := range lines {
		var v struct {
			ID    string `json:"id"`
			Error string `json:"error"`
		}
		require.NoError(t, json.Unmarshal([]byte(line), &v), "line %d", i)
		assert.Equal(t, ids[i], v.ID, "line %d in input order", i)
		if v.Error != "" {
			errorsSeen++
			assert.Equal(t, 2, i, "only the malformed record fails")
			assert.Contains(t, v.Error, "invalid JSON")
			continue
		}
		// Same bytes as the library (and the CLI's extractRecord).
		var rec struct{ Text, Date string }
		require.NoError(t, json.Unmarshal([]byte(records[i]), &rec))
		want := marshalDoc(t, x, extract.Input{ID: ids[i], Text: rec.Text, Date: rec.Date})
		assert.Equal(t, string(want), line, "line %d", i)
	}
	assert.Equal(t, 1, errorsSeen)
}

// TestBatchStreams checks that a line is sent before the request body is
// complete: the response is streamed, not buffered.
func TestBatchStreams(t *testing.T) {
	base := startServer(t, New(testExtractor(t), WithLogger(quietLogger())))
	pr, pw := io.Pipe()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/v1/extract:batch", pr)
	require.NoError(t, err)
	go func() {
		_, _ = io.WriteString(pw, `{"id":"first","text":"한국은행이 발표했다."}`+"\n")
	}()
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	br := bufio.NewReader(resp.Body)
	line, err := br.ReadString('\n')
	require.NoError(t, err)
	assert.Contains(t, line, `"id":"first"`)
	// Only now send the second record and end the body.
	_, err = io.WriteString(pw, `{"id":"second","text":"정부가 밝혔다."}`+"\n")
	require.NoError(t, err)
	require.NoError(t, pw.Close())
	line, err = br.ReadString('\n')
	require.NoError(t, err)
	assert.Contains(t, line, `"id":"second"`)
	_, err = br.ReadString('\n')
	assert.ErrorIs(t, err, io.EOF)
}

func TestErrors(t *testing.T) {
	x := testExtractor(t)
	small, err := extract.New(extract.WithMaxSize(10))
	require.NoError(t, err)
	base := startServer(t, New(x, WithLogger(quietLogger()), WithMaxBody(1000)))
	strict := startServer(t, New(small, WithLogger(quietLogger())))
	big := bytes.Repeat([]byte("가"), 400) // 1200 bytes
	tests := []struct {
		name        string
		method      string
		url         string
		contentType string
		body        io.Reader
		code        int
		errContains string
	}{
		{"over limit with length", "POST", base + "/v1/extract", "text/plain", bytes.NewReader(big), 413, "over the limit"},
		{"over limit chunked", "POST", base + "/v1/extract", "text/plain", io.MultiReader(bytes.NewReader(big)), 413, "over the limit"},
		{"over limit json", "POST", base + "/v1/extract", "application/json", bytes.NewReader(big), 413, "over the limit"},
		{"xml", "POST", base + "/v1/extract", "application/xml", strings.NewReader("<a>가</a>"), 415, "application/xml"},
		{"png", "POST", base + "/v1/extract", "image/png", strings.NewReader("\x89PNG"), 415, "text/plain"},
		{"bad content type", "POST", base + "/v1/extract", "text/", strings.NewReader("가"), 415, "not accepted"},
		{"batch xml", "POST", base + "/v1/extract:batch", "application/xml", strings.NewReader("<a/>"), 415, "application/xml"},
		{"batch png", "POST", base + "/v1/extract:batch", "image/png", strings.NewReader("\x89PNG"), 415, "not accepted"},
		{"batch gzip", "POST", base + "/v1/extract:batch", "", strings.NewReader("\x1f\x8b\x08\x00rest"), 415, "compressed"},
		{"batch zstd", "POST", base + "/v1/extract:batch", "", strings.NewReader("\x28\xb5\x2f\xfd\x00"), 415, "compressed"},
		{"get extract", "GET", base + "/v1/extract", "", nil, 405, "method GET not allowed"},
		{"put batch", "PUT", base + "/v1/extract:batch", "", nil, 405, "not allowed"},
		{"post healthz", "POST", base + "/healthz", "", nil, 405, "not allowed"},
		{"delete schema", "DELETE", base + "/v1/schema", "", nil, 405, "not allowed"},
		{"bad json", "POST", base + "/v1/extract", "application/json", strings.NewReader(`{"text":`), 400, "invalid JSON"},
		{"json not object", "POST", base + "/v1/extract", "application/json", strings.NewReader(`["a"]`), 400, "invalid JSON"},
		{"json null", "POST", base + "/v1/extract", "application/json", strings.NewReader(`null`), 400, "want an object"},
		{"json trailing", "POST", base + "/v1/extract", "application/json", strings.NewReader(`{"text":"a"} {}`), 400, "after the object"},
		{"json missing text", "POST", base + "/v1/extract", "application/json", strings.NewReader(`{"id":"a"}`), 400, `missing field "text"`},
		{"json text not string", "POST", base + "/v1/extract", "application/json", strings.NewReader(`{"text":5}`), 400, "want a string"},
		{"json bad utf-8", "POST", base + "/v1/extract", "application/json", strings.NewReader("{\"text\":\"\xff\xfe\"}"), 400, "UTF-8"},
		{"text bad encoding", "POST", base + "/v1/extract", "text/plain", strings.NewReader("\xff\xff\xff\xfe"), 400, "encoding"},
		{"query bad utf-8", "POST", base + "/v1/extract?id=%ff", "text/plain", strings.NewReader("가"), 400, "UTF-8"},
		{"not found", "GET", base + "/v2/nothing", "", nil, 404, "no such endpoint"},
		{"extractor rejects", "POST", strict + "/v1/extract", "text/plain", strings.NewReader("삼성전자가 투자했다."), 422, "too large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, tt.url, tt.body)
			require.NoError(t, err)
			if tt.contentType != "" {
				req.Header.Set("Content-Type", tt.contentType)
			}
			resp, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			defer resp.Body.Close()
			b, err := io.ReadAll(resp.Body)
			require.NoError(t, err)
			assert.Equal(t, tt.code, resp.StatusCode, "%s", b)
			assert.Equal(t, "application/json", resp.Header.Get("Content-Type"))
			var e struct {
				Error string `json:"error"`
			}
			require.NoError(t, json.Unmarshal(b, &e), "%s", b)
			assert.Contains(t, e.Error, tt.errContains)
			if tt.code == 405 {
				assert.NotEmpty(t, resp.Header.Get("Allow"))
			}
		})
	}
}

func TestHealthAndSchema(t *testing.T) {
	base := startServer(t, New(testExtractor(t), WithLogger(quietLogger())))
	tests := []struct {
		path, contentType string
		want              []byte
	}{
		{"/healthz", "application/json", []byte(`{"status":"ok"}` + "\n")},
		{"/v1/schema", "application/schema+json", schema.JSON},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, err := http.Get(base + tt.path)
			require.NoError(t, err)
			defer resp.Body.Close()
			b, err := io.ReadAll(resp.Body)
			require.NoError(t, err)
			assert.Equal(t, http.StatusOK, resp.StatusCode)
			assert.Equal(t, tt.contentType, resp.Header.Get("Content-Type"))
			assert.Equal(t, tt.want, b)
			assert.True(t, json.Valid(b))
		})
	}
}

func TestTooManyRequests(t *testing.T) {
	entered := make(chan struct{}, 4)
	release := make(chan struct{})
	s := New(testExtractor(t), WithLogger(quietLogger()), WithConcurrency(1), withGate(entered, release))
	base := startServer(t, s)

	first := make(chan int, 1)
	go func() {
		resp, err := http.Post(base+"/v1/extract", "text/plain", strings.NewReader("정부가 발표했다."))
		if err != nil {
			first <- -1
			return
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		first <- resp.StatusCode
	}()
	<-entered // the first request holds the only slot

	for _, path := range []string{"/v1/extract", "/v1/extract:batch"} {
		resp, body := post(t, base+path, "text/plain", []byte("두 번째 요청"))
		assert.Equal(t, http.StatusTooManyRequests, resp.StatusCode, path)
		assert.Equal(t, "1", resp.Header.Get("Retry-After"))
		assert.Contains(t, string(body), "too many requests")
	}
	// Cheap endpoints are not limited.
	resp, _ := post(t, base+"/healthz", "", nil)
	assert.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
	r2, err := http.Get(base + "/healthz")
	require.NoError(t, err)
	r2.Body.Close()
	assert.Equal(t, http.StatusOK, r2.StatusCode)

	close(release)
	assert.Equal(t, http.StatusOK, <-first)
	// The slot is free again.
	resp, _ = post(t, base+"/v1/extract", "text/plain", []byte("세 번째 요청"))
	assert.Equal(t, http.StatusOK, resp.StatusCode)
}

func TestGracefulShutdown(t *testing.T) {
	entered := make(chan struct{}, 1)
	release := make(chan struct{})
	s := New(testExtractor(t), WithLogger(quietLogger()), withGate(entered, release))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	base := "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()

	type result struct {
		code int
		body []byte
		err  error
	}
	inflight := make(chan result, 1)
	go func() {
		resp, err := http.Post(base+"/v1/extract", "text/plain", strings.NewReader("정부가 발표했다."))
		if err != nil {
			inflight <- result{err: err}
			return
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		inflight <- result{resp.StatusCode, b, err}
	}()
	<-entered
	cancel() // SIGTERM
	require.Eventually(t, s.draining.Load, 5*time.Second, 5*time.Millisecond)

	// While draining, the handler refuses new work and health says so.
	for _, tt := range []struct{ method, path string }{{"POST", "/v1/extract"}, {"GET", "/healthz"}} {
		rec := httptest.NewRecorder()
		s.Handler().ServeHTTP(rec, httptest.NewRequest(tt.method, tt.path, strings.NewReader("x")))
		assert.Equal(t, http.StatusServiceUnavailable, rec.Code, tt.path)
	}
	select {
	case err := <-done:
		t.Fatalf("Serve returned before the request in flight finished: %v", err)
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	r := <-inflight
	require.NoError(t, r.err)
	assert.Equal(t, http.StatusOK, r.code, "the request in flight completes")
	assert.Contains(t, string(r.body), `"schema":"kextract/v1"`)
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return after draining")
	}
}

func TestAccessLog(t *testing.T) {
	var buf bytes.Buffer
	var mu sync.Mutex
	log := slog.New(slog.NewJSONHandler(lockedWriter{&mu, &buf}, nil))
	h := New(testExtractor(t), WithLogger(log)).Handler()
	srv := httptest.NewServer(h)
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/healthz")
	require.NoError(t, err)
	resp.Body.Close()
	mu.Lock()
	defer mu.Unlock()
	var entry map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &entry), buf.String())
	assert.Equal(t, "request", entry["msg"])
	assert.Equal(t, "GET", entry["method"])
	assert.Equal(t, "/healthz", entry["path"])
	assert.InDelta(t, 200, entry["status"], 0)
	assert.InDelta(t, 16, entry["bytes"], 0)
	assert.Contains(t, entry, "duration")
	assert.Contains(t, entry["remote"], "127.0.0.1:")
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func TestRecordFields(t *testing.T) {
	x := testExtractor(t)
	s := New(x, WithLogger(quietLogger()), WithRecordFields(corpus.Fields{ID: "doc_id", Text: "body", Date: "published"}))
	base := startServer(t, s)
	resp, got := post(t, base+"/v1/extract", "application/json",
		[]byte(`{"doc_id":"k1","body":"정부가 발표했다.","published":"2024-05-06","text":"무시"}`))
	require.Equal(t, http.StatusOK, resp.StatusCode, "%s", got)
	assert.Equal(t, string(marshalDoc(t, x, extract.Input{ID: "k1", Text: "정부가 발표했다.", Date: "2024-05-06"})), string(got))

	resp, got = post(t, base+"/v1/extract:batch", "",
		[]byte(`{"doc_id":"k2","body":"정부가 발표했다."}`+"\n"))
	require.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, string(marshalDoc(t, x, extract.Input{ID: "k2", Text: "정부가 발표했다."})), string(got))
}

func TestListenAndServe(t *testing.T) {
	s := New(testExtractor(t), WithLogger(quietLogger()))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	// A cancelled context: the listener may or may not be created, but
	// ListenAndServe must return promptly either way.
	done := make(chan error, 1)
	go func() { done <- s.ListenAndServe(ctx, "127.0.0.1:0") }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("ListenAndServe did not return")
	}
	err := New(testExtractor(t)).ListenAndServe(context.Background(), "256.0.0.1:bad")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "server: listen")
}

// TestOpenAPIListsEndpoints keeps api/openapi.yaml in step with Handler.
func TestOpenAPIListsEndpoints(t *testing.T) {
	spec, err := os.ReadFile("../../api/openapi.yaml")
	require.NoError(t, err)
	h := New(testExtractor(t), WithLogger(quietLogger())).Handler()
	for _, ep := range []struct{ method, path string }{
		{"post", "/v1/extract"}, {"post", "/v1/extract:batch"}, {"get", "/healthz"}, {"get", "/v1/schema"},
	} {
		assert.Contains(t, string(spec), "\n  "+ep.path+":\n    "+ep.method+":\n", ep.path)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodPatch, ep.path, nil))
		assert.Equal(t, http.StatusMethodNotAllowed, rec.Code, "%s is served", ep.path)
	}
}

func TestLossy(t *testing.T) {
	x, err := extract.New(extract.WithLossy(true))
	require.NoError(t, err)
	base := startServer(t, New(x, WithLogger(quietLogger()), WithLossy(true)))
	tests := []struct {
		name, path, contentType, body string
		want                          extract.Input
	}{
		{"json", "/v1/extract", "application/json", "{\"text\":\"가\xff나\"}", extract.Input{Text: "가\uFFFD나"}},
		{"batch", "/v1/extract:batch", "", "{\"id\":\"b\",\"text\":\"가\xff나\"}\n", extract.Input{ID: "b", Text: "가\uFFFD나"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, got := post(t, base+tt.path, tt.contentType, []byte(tt.body))
			require.Equal(t, http.StatusOK, resp.StatusCode, "%s", got)
			assert.Equal(t, string(marshalDoc(t, x, tt.want)), string(got))
		})
	}
}

func TestNilExtractor(t *testing.T) {
	h := New(nil, WithLogger(quietLogger())).Handler()
	for _, path := range []string{"/v1/extract", "/v1/extract:batch"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, path, strings.NewReader("가")))
		assert.Equal(t, http.StatusInternalServerError, rec.Code, path)
	}
}
