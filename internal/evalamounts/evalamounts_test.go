package evalamounts

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runAll(t *testing.T, paths ...string) {
	t.Helper()
	var out bytes.Buffer
	matched, total, err := Run(&out, paths...)
	require.NoError(t, err)
	t.Log("\n" + out.String())
	assert.Positive(t, total)
	assert.Equal(t, total, matched, out.String())
}

func TestOwnTables(t *testing.T) {
	paths, err := filepath.Glob("../../normalize/testdata/amounts/*.tsv")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	runAll(t, paths...)
}

func TestSharedTables(t *testing.T) {
	paths := []string{
		"../../../shared/data/duckling-ko/numbers-money.tsv",
		"../../../shared/data/news-amounts.tsv",
	}
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			t.Skip("../shared not present: " + p)
		}
	}
	runAll(t, paths...)
}

func TestRunReportsMismatch(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "x.tsv")
	require.NoError(t, os.WriteFile(p, []byte("input\tkind\tvalue\tmin\tmax\tunit\n3억 원\tmoney\t300000000\t\t\tKRW\n3억 원\tmoney\t3\t\t\tKRW\n"), 0o644))
	var out bytes.Buffer
	matched, total, err := Run(&out, p)
	require.NoError(t, err)
	assert.Equal(t, 1, matched)
	assert.Equal(t, 2, total)
	assert.True(t, strings.HasSuffix(out.String(), "x.tsv: 1/2 matched\n"), out.String())
}
