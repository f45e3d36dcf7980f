package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestInvalidDateFlag: an impossible --date is a usage error naming the
// flag, in every command that takes it.
func TestInvalidDateFlag(t *testing.T) {
	for _, d := range []string{"2025-13-45", "2025-02-30", "2020/01/01"} {
		for _, cmd := range [][]string{{"--date", d}, {"batch", "--date", d, "-"}, {"html", "--date", d}} {
			code, _, errOut := kx(t, "올해 1월", cmd...)
			assert.Equal(t, exitUsage, code, "%v", cmd)
			assert.Contains(t, errOut, "--date", "%v", cmd)
			assert.Contains(t, errOut, d, "%v", cmd)
		}
	}
	code, out, _ := kx(t, "정부는 지난 15일 발표했다.", "--date", "2016-11-07", "--compact")
	require.Equal(t, exitOK, code)
	assert.Contains(t, out, `"value":"2016-10-15"`)
}

// TestInvalidRecordDate: a JSONL record whose date is not a date becomes
// an error record in its place; the others are extracted.
func TestInvalidRecordDate(t *testing.T) {
	in := `{"id":"a","text":"올해 1월","date":"2020/01/01"}` + "\n" + `{"id":"b","text":"올해 1월","date":"2020-01-01"}` + "\n"
	check := func(t *testing.T, out string) {
		lines := strings.Split(strings.TrimSpace(out), "\n")
		require.Len(t, lines, 2)
		var a, b map[string]any
		require.NoError(t, json.Unmarshal([]byte(lines[0]), &a))
		require.NoError(t, json.Unmarshal([]byte(lines[1]), &b))
		assert.Equal(t, "a", a["id"])
		assert.Contains(t, a["error"], `date "2020/01/01"`)
		assert.Equal(t, "b", b["id"])
		assert.Nil(t, b["error"])
	}
	code, out, _ := kx(t, in, "--jsonl")
	assert.Equal(t, exitPartial, code)
	check(t, out)

	path := filepath.Join(t.TempDir(), "in.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(in), 0o644))
	outPath := filepath.Join(t.TempDir(), "out.jsonl")
	code, _, errOut := kx(t, "", "batch", path, "--out", outPath, "-q")
	assert.Equal(t, exitPartial, code, errOut)
	b, err := os.ReadFile(outPath)
	require.NoError(t, err)
	check(t, string(b))
}
