package extract

import (
	"context"
	"os"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func seedDocument(t *testing.T) (string, *Document) {
	t.Helper()
	raw, err := os.ReadFile("../testdata/article.txt")
	require.NoError(t, err)
	return string(raw), extractText(t, string(raw))
}

func TestDocumentEntity(t *testing.T) {
	_, doc := seedDocument(t)
	require.NotEmpty(t, doc.Entities)
	for i := range doc.Entities {
		e := doc.Entity(doc.Entities[i].ID)
		require.NotNil(t, e, doc.Entities[i].ID)
		assert.Same(t, &doc.Entities[i], e)
	}
	refs := 0
	for _, q := range doc.Quotes {
		if q.Speaker != nil && q.Speaker.Entity != "" {
			refs++
			assert.NotNil(t, doc.Entity(q.Speaker.Entity), q.Speaker.Entity)
		}
	}
	assert.Positive(t, refs, "the seed has quotes attributed to entities")
	for _, id := range []string{"", "e0", "nope", "e99999"} {
		assert.Nil(t, doc.Entity(id), id)
	}
	var nilDoc *Document
	assert.Nil(t, nilDoc.Entity("e1"))
}

// TestExportedKinds checks that the exported constants are the values the
// extractor writes: every kind and type in the seed article is listed.
func TestExportedKinds(t *testing.T) {
	_, doc := seedDocument(t)
	for _, a := range doc.Amounts {
		assert.Contains(t, AmountKinds(), a.Kind, a.Text)
	}
	for _, e := range doc.Entities {
		assert.Contains(t, EntityTypes(), e.Type, e.Name)
	}
	claimKinds := []string{ClaimReported, ClaimAccording, ClaimHearsay, ClaimOpinion}
	for _, c := range doc.Claims {
		assert.Contains(t, claimKinds, c.Kind, c.Text)
	}
	assert.True(t, slices.ContainsFunc(doc.Amounts, func(a Amount) bool { return a.Kind == AmountMoney }))
	// the lists are copies: changing one does not change the next
	AmountKinds()[0] = "x"
	assert.Equal(t, AmountMoney, AmountKinds()[0])
}

// TestZeroExtractor: the zero Extractor and a nil *Extractor give what
// New() gives, from several goroutines at once, without panicking.
func TestZeroExtractor(t *testing.T) {
	text, want := seedDocument(t)
	wantJSON, err := Marshal(want)
	require.NoError(t, err)
	var zero Extractor
	var nilX *Extractor
	for name, x := range map[string]*Extractor{"zero": &zero, "nil": nilX} {
		var wg sync.WaitGroup
		got := make([][]byte, 4)
		errs := make([]error, 4)
		for i := range got {
			wg.Go(func() {
				doc, err := x.Extract(context.Background(), Input{Text: text})
				errs[i] = err
				if err == nil {
					got[i], errs[i] = Marshal(doc)
				}
			})
		}
		wg.Wait()
		for i := range got {
			require.NoError(t, errs[i], name)
			assert.Equal(t, string(wantJSON), string(got[i]), name)
		}
		assert.NotNil(t, x.Lexicon(), name)
	}
}

func TestCurrencyCodes(t *testing.T) {
	for _, tc := range []struct {
		code string
		want string // "" for an error
	}{
		{"KRW", "KRW"},
		{"usd", "USD"},
		{" EUR ", "EUR"},
		{"JPY", "JPY"},
		{"XYZ", ""},
		{"XXX", ""},
		{"dollars", ""},
		{"US", ""},
		{"", ""},
		{"원", ""},
	} {
		t.Run(tc.code, func(t *testing.T) {
			x, err := New(WithTargetCurrency(tc.code), WithModel(false))
			if tc.want == "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), "ISO 4217")
				_, err = New(WithTargetCurrency("KRW"), WithRate(tc.code, "1"), WithModel(false))
				require.Error(t, err)
				assert.Contains(t, err.Error(), "ISO 4217")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, x.cfg.target)
			x, err = New(WithTargetCurrency("KRW"), WithRate(tc.code, "2"), WithModel(false))
			require.NoError(t, err)
			assert.Contains(t, x.cfg.rates, tc.want)
		})
	}
}
