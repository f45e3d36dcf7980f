package extract

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestSeedArticleGolden runs the whole pipeline on the bundled article and
// compares the JSON with testdata/article.golden.json (go test -update
// rewrites it after a deliberate change; review the diff).
func TestSeedArticleGolden(t *testing.T) {
	raw, err := os.ReadFile("../testdata/article.txt")
	require.NoError(t, err)
	doc := extractText(t, string(raw))
	var buf bytes.Buffer
	require.NoError(t, Encode(&buf, doc, true))
	golden := filepath.Join("testdata", "article.golden.json")
	if *update {
		require.NoError(t, os.WriteFile(golden, buf.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "run go test ./extract -update to create it")
	assert.Equal(t, string(want), buf.String())
	assert.Greater(t, checkSpans(t, string(raw), doc), 100)
}

// TestSeedArticleFacts checks the facts a user relies on, independently of
// the golden file's details.
func TestSeedArticleFacts(t *testing.T) {
	raw, err := os.ReadFile("../testdata/article.txt")
	require.NoError(t, err)
	doc := extractText(t, string(raw))

	byName := map[string]Entity{}
	for _, e := range doc.Entities {
		byName[e.Name] = e
	}
	nguyen, ok := byName["앨빈 응우옌"]
	require.True(t, ok, "person 앨빈 응우옌")
	assert.Equal(t, "PERSON", nguyen.Type)
	assert.Contains(t, nguyen.Role, "애널리스트")
	assert.Equal(t, byName["무어인사이트앤스트래티지"].ID, nguyen.Affiliation)
	assert.Equal(t, "Moor Insights and Strategy", byName["무어인사이트앤스트래티지"].English)
	assert.GreaterOrEqual(t, len(nguyen.Mentions), 5, "응우옌 alone is the same person")

	ms := byName["마이크로소프트"]
	var forms []string
	for _, m := range ms.Mentions {
		forms = append(forms, m.Text)
	}
	assert.Contains(t, forms, "MS")
	assert.Contains(t, forms, "마이크로소프트")

	require.Len(t, doc.Quotes, 16)
	speakers := map[string]int{}
	for _, q := range doc.Quotes {
		require.NotNil(t, q.Speaker, q.Text)
		speakers[q.Speaker.Name]++
		assert.NotEmpty(t, q.Verb)
	}
	assert.Equal(t, map[string]int{"앨빈 응우옌": 10, "매트 킴벌": 5, "TD 코웬": 1}, speakers)

	var money []string
	for _, a := range doc.Amounts {
		if a.Kind == "money" && a.Value != nil {
			money = append(money, a.Text+"="+a.Value.String()+" "+a.Unit)
		}
	}
	assert.Contains(t, money, "5,000억 달러(약 700조 원)=500000000000 USD")
	assert.Contains(t, money, "130억 달러=13000000000 USD")
	require.NotEmpty(t, doc.Rates)
	assert.Equal(t, "1400", doc.Rates[0].Rate.String())
}

// TestSeedArticleVariants: the same article in NFD, with CRLF line ends and
// with full-width digits gives the same extraction, with spans into each
// variant's own text.
func TestSeedArticleVariants(t *testing.T) {
	raw, err := os.ReadFile("../testdata/article.txt")
	require.NoError(t, err)
	base := extractText(t, string(raw))
	variants := map[string]string{
		"nfd":        norm.NFD.String(string(raw)),
		"crlf":       strings.ReplaceAll(string(raw), "\n", "\r\n"),
		"full-width": strings.Map(fullWidthDigit, string(raw)),
		"straight":   strings.NewReplacer("“", "\"", "”", "\"").Replace(string(raw)),
	}
	for name, v := range variants {
		t.Run(name, func(t *testing.T) {
			doc := extractText(t, v)
			checkSpans(t, v, doc)
			assert.Len(t, doc.Quotes, len(base.Quotes))
			assert.Len(t, doc.Entities, len(base.Entities))
			assert.Len(t, doc.Amounts, len(base.Amounts))
			assert.Len(t, doc.Claims, len(base.Claims))
			for i := range doc.Quotes {
				assert.Equal(t, base.Quotes[i].Speaker.Name, doc.Quotes[i].Speaker.Name)
			}
		})
	}
}

func fullWidthDigit(r rune) rune {
	if r >= '0' && r <= '9' {
		return r - '0' + '０'
	}
	return r
}
