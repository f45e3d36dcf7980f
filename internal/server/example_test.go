package server_test

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/kextract/kextract/extract"
	"github.com/kextract/kextract/internal/server"
)

// The handler serves the extraction API; here it runs in an httptest
// server and extracts one short plain-text article.
func ExampleNew() {
	x, err := extract.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	s := server.New(x, server.WithLogger(slog.New(slog.DiscardHandler)))
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()

	resp, err := http.Post(ts.URL+"/v1/extract?id=ex1", "text/plain; charset=utf-8",
		strings.NewReader("삼성전자가 1조 원을 투자했다."))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	fmt.Println(resp.Status, resp.Header.Get("Content-Type"))
	var doc extract.Document
	if err := json.NewDecoder(resp.Body).Decode(&doc); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Schema, doc.ID)
	for _, a := range doc.Amounts {
		fmt.Println(a.Text, a.Kind, a.Value, a.Unit)
	}

	resp, err = http.Get(ts.URL + "/healthz")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	fmt.Print(string(body))
	// Output:
	// 200 OK application/json
	// kextract/v1 ex1
	// 1조 원 money 1000000000000 KRW
	// {"status":"ok"}
}

// Errors are JSON objects with a status code that says what went wrong.
func ExampleServer_Handler() {
	x, err := extract.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	h := server.New(x, server.WithLogger(slog.New(slog.DiscardHandler))).Handler()
	for _, req := range []*http.Request{
		httptest.NewRequest(http.MethodPost, "/v1/extract", strings.NewReader(`{"text":`)),
		httptest.NewRequest(http.MethodGet, "/v1/extract", nil),
	} {
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		fmt.Print(rec.Code, " ", rec.Body.String())
	}
	// Output:
	// 400 {"error":"invalid JSON: unexpected EOF"}
	// 405 {"error":"method GET not allowed, use POST"}
}
