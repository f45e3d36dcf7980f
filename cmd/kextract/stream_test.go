package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kextract/kextract/corpus"
	"github.com/kextract/kextract/extract"
)

// TestLargeRecordStreamed: a record of streamedRecordBytes or more is
// written by encoding its document on the way out, byte for byte what the
// buffered path writes, and its document is not kept afterwards.
func TestLargeRecordStreamed(t *testing.T) {
	x, err := extract.New(extract.WithModel(false))
	require.NoError(t, err)
	text := strings.Repeat("김철수 대표는 \"내년에 10억 원을 투자하겠다\"고 말했다.\n", streamedRecordBytes/60+1)
	require.GreaterOrEqual(t, len(text), streamedRecordBytes)
	rec := corpus.Record{ID: "big", Text: text, Source: "in.jsonl:1", Offset: 0, Size: len(text)}
	held := &heldDocs{}
	out, err := extractRecord(x, newMemBudget(), held)(context.Background(), rec)
	require.NoError(t, err)
	assert.NotNil(t, out)
	assert.Empty(t, out, "a large record's document is held, not encoded by the worker")
	var streamedOut bytes.Buffer
	require.NoError(t, writeResult(&streamedOut, held)(corpus.Result{Record: rec, Output: out}))
	_, still := held.m.Load(recordKey(rec))
	assert.False(t, still)

	buffered, err := extractRecord(x, newMemBudget(), nil)(context.Background(), rec)
	require.NoError(t, err)
	assert.Equal(t, string(buffered), streamedOut.String())

	// a record that failed after its document was held drops it
	_, err = extractRecord(x, newMemBudget(), held)(context.Background(), rec)
	require.NoError(t, err)
	var errOut bytes.Buffer
	require.NoError(t, writeResult(&errOut, held)(corpus.Result{Record: rec, Err: context.DeadlineExceeded}))
	_, still = held.m.Load(recordKey(rec))
	assert.False(t, still)
	assert.Contains(t, errOut.String(), "error")
}
