package server

import (
	"net/http"

	"github.com/kextract/kextract/internal/view"
)

// handleView serves the HTML view (GET /): a text area whose "추출 /
// Extract" button posts the text to /v1/extract and renders the result.
func (s *Server) handleView() http.HandlerFunc {
	h := view.Handler()
	return func(w http.ResponseWriter, r *http.Request) {
		if s.draining.Load() {
			w.Header().Set("Connection", "close")
			writeError(w, http.StatusServiceUnavailable, "server is shutting down")
			return
		}
		h.ServeHTTP(w, r)
	}
}
