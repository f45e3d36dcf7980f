package server

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestInvalidDocumentDate: an impossible or malformed document date is a
// 400 that names it, in the query and in the JSON body; in a batch it is
// an error line in place of the record.
func TestInvalidDocumentDate(t *testing.T) {
	base := startServer(t, New(testExtractor(t), WithLogger(quietLogger())))
	for _, d := range []string{"zzz", "2025-02-30", "2025-13-45", "2020%2F01%2F01"} {
		resp, body := post(t, base+"/v1/extract?date="+d, "text/plain", []byte("올해 1월 발표했다."))
		assert.Equal(t, http.StatusBadRequest, resp.StatusCode, d)
		assert.Contains(t, string(body), "date", d)
	}
	resp, body := post(t, base+"/v1/extract", "application/json", []byte(`{"text":"올해 1월","date":"garbage"}`))
	assert.Equal(t, http.StatusBadRequest, resp.StatusCode)
	assert.Contains(t, string(body), `garbage`)

	resp, body = post(t, base+"/v1/extract?date=2016-11-07", "text/plain", []byte("지난 15일 발표했다."))
	require.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, string(body), `"value":"2016-10-15"`)

	resp, body = post(t, base+"/v1/extract:batch", "", []byte(`{"id":"a","text":"올해 1월","date":"2020/01/01"}`+"\n"+`{"id":"b","text":"올해 1월","date":"2020-01-01"}`+"\n"))
	require.Equal(t, http.StatusOK, resp.StatusCode)
	lines := strings.Split(strings.TrimSpace(string(body)), "\n")
	require.Len(t, lines, 2)
	var first, second map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &first))
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &second))
	assert.Contains(t, first["error"], "2020/01/01")
	assert.Equal(t, "b", second["id"])
	assert.Nil(t, second["error"])
}
