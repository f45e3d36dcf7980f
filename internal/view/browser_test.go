package view_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kextract/kextract/extract"
	"github.com/kextract/kextract/internal/server"
	"github.com/kextract/kextract/internal/view"
)

// chromium returns the path of a Chromium binary, or "".
func chromium() string {
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// headless runs Chromium headless on pageURL with extra flags and returns
// its standard output.
func headless(t *testing.T, bin, pageURL string, extra ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	args := append([]string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + t.TempDir(),
		"--virtual-time-budget=15000",
	}, extra...)
	args = append(args, pageURL)
	cmd := exec.CommandContext(ctx, bin, args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "chromium: %s", stderr.String())
	return string(out)
}

// TestBrowser loads the service page in headless Chromium, lets the page
// paste the seed article into the text area and press "추출 / Extract"
// (the #text= fragment does that), and checks the rendered page. It saves a
// screenshot in KEXTRACT_SCREENSHOT, or in a temporary directory.
func TestBrowser(t *testing.T) {
	bin := chromium()
	if bin == "" {
		t.Skip("chromium not found (/usr/bin/chromium, chromium or chromium-browser on PATH): skipping the browser test; install it with apt-get install chromium")
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	raw, err := os.ReadFile("../../testdata/article.txt")
	if os.IsNotExist(err) {
		t.Skip("seed article not present: ", err)
	}
	require.NoError(t, err)
	x, err := extract.New()
	require.NoError(t, err)
	srv := httptest.NewServer(server.New(x, server.WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil)))).Handler())
	defer srv.Close()
	pageURL := srv.URL + "/#text=" + url.PathEscape(string(raw))

	dom := headless(t, bin, pageURL, "--dump-dom")
	require.Contains(t, dom, `data-state="done"`, "the page ran the extraction")
	quotes := regexp.MustCompile(`<span class="qt" id="q\d+"`).FindAllString(dom, -1)
	assert.Len(t, quotes, 16, "quotes marked in the article")
	assert.Greater(t, strings.Count(dom, `data-who="앨빈 응우옌"`), len(quotes)/2, "most quotes labelled with 앨빈 응우옌")
	assert.Contains(t, dom, `주요 화자 · Main speaker: <b>앨빈 응우옌</b>`)
	assert.Contains(t, dom, "13,000,000,000 USD", "exact amounts")
	assert.Contains(t, dom, "추출 / Extract")

	shot := os.Getenv("KEXTRACT_SCREENSHOT")
	if shot == "" {
		shot = filepath.Join(t.TempDir(), "view.png")
	} else if abs, err := filepath.Abs(shot); err == nil {
		shot = abs
	}
	headless(t, bin, pageURL, "--screenshot="+shot, "--window-size=1280,2400")
	st, err := os.Stat(shot)
	require.NoError(t, err)
	assert.Greater(t, st.Size(), int64(10_000), "screenshot is not blank")
	t.Logf("screenshot: %s (%d bytes)", shot, st.Size())

	// kextract html's page (rendered in Go): #qN selects quote N and
	// highlights the mention its speaker was resolved through
	doc, err := x.Extract(context.Background(), extract.Input{Text: string(raw)})
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, view.Render(&b, string(raw), doc, view.Options{}))
	file := filepath.Join(t.TempDir(), "article.html")
	require.NoError(t, os.WriteFile(file, b.Bytes(), 0o600))
	pick := -1 // a quote whose speaker was resolved through a mention, preferably not its subject
	for i, q := range doc.Quotes {
		if q.Speaker != nil && q.Speaker.Mention != nil && (pick < 0 || q.Speaker.Resolved != "subject") {
			pick = i
			if q.Speaker.Resolved != "subject" {
				break
			}
		}
	}
	require.GreaterOrEqual(t, pick, 0, "a quote with a speaker mention")
	t.Logf("selecting quote %d (speaker %s, resolved %s)", pick, doc.Quotes[pick].Speaker.Name, doc.Quotes[pick].Speaker.Resolved)
	for i, q := range doc.Quotes[pick : pick+1] {
		i += pick
		dom := headless(t, bin, (&url.URL{Scheme: "file", Path: file, Fragment: fmt.Sprintf("q%d", i)}).String(), "--dump-dom")
		key := fmt.Sprintf(`data-at="%d:%d"`, q.Speaker.Mention.Start, q.Speaker.Mention.End)
		assert.Regexp(t, `class="[^"]*hl-spk[^"]*"[^>]*`+key, dom, "speaker mention of quote %d highlighted", i)
		assert.Regexp(t, fmt.Sprintf(`class="qt hl" id="q%d"`, i), dom)
		assert.Contains(t, dom, view.ResolvedText(q.Speaker.Resolved), "detail explains the resolution")
	}
}

// TestServicePage checks GET / on the real service handler, without a
// browser.
func TestServicePage(t *testing.T) {
	x, err := extract.New()
	require.NoError(t, err)
	h := server.New(x, server.WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil)))).Handler()
	cases := []struct {
		method, path string
		code         int
		ctype        string
	}{
		{"GET", "/", 200, "text/html; charset=utf-8"},
		{"HEAD", "/", 200, "text/html; charset=utf-8"},
		{"POST", "/", 404, "application/json"},
		{"GET", "/nope", 404, "application/json"},
	}
	for _, tc := range cases {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(tc.method, tc.path, nil))
			assert.Equal(t, tc.code, rec.Code)
			assert.Equal(t, tc.ctype, rec.Header().Get("Content-Type"))
			if tc.code == 200 {
				assert.Contains(t, rec.Header().Get("Content-Security-Policy"), "connect-src 'self'")
				if tc.method == "GET" {
					assert.Equal(t, string(view.Page()), rec.Body.String())
					assert.Contains(t, rec.Body.String(), "추출 / Extract")
				}
			}
		})
	}
}
