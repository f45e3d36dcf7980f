package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kextract/kextract/extract/ner"
	"github.com/kextract/kextract/internal/klue"
)

func TestSettingsLimit(t *testing.T) {
	for _, tt := range []struct {
		max, want int
	}{{0, DefaultMaxSize}, {-1, 0}, {5000, 5000}} {
		assert.Equal(t, tt.want, Settings{MaxSize: tt.max}.Limit(), "MaxSize %d", tt.max)
	}
}

func TestSettingsErrors(t *testing.T) {
	for _, tt := range []struct {
		name string
		s    Settings
		want string
	}{
		{"impossible date", Settings{Date: "2025-02-30"}, "--date"},
		{"unknown encoding", Settings{Encoding: "latin-9"}, "--encoding"},
		{"target not ISO 4217", Settings{To: "XYZ"}, `--to "XYZ" is not an ISO 4217 currency code`},
		{"rate without value", Settings{To: "KRW", Rates: []string{"USD"}}, `--rate "USD": want CUR=VALUE`},
		{"rate of no currency", Settings{To: "KRW", Rates: []string{"DOLLAR=1385"}}, `--rate "DOLLAR=1385"`},
		{"rate not a number", Settings{To: "KRW", Rates: []string{"USD=abc"}}, "want a positive number"},
		{"rate not positive", Settings{To: "KRW", Rates: []string{"USD=0"}}, "want a positive number"},
		{"rate without a target", Settings{Rates: []string{"USD=1385"}}, "--rate needs --to"},
		{"missing lexicon file", Settings{Lexicons: []LexiconSource{{Name: filepath.Join(t.TempDir(), "none.tsv")}}}, "none.tsv"},
		{"missing model file", Settings{Model: &ModelSource{Name: filepath.Join(t.TempDir(), "none.bin")}}, "--ner-model"},
		{"not a model", Settings{Model: &ModelSource{Name: "junk.bin", Data: []byte("junk")}}, "--ner-model junk.bin"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.s.Options()
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// TestSettingsLexicons checks that a user lexicon given by content and one
// given by file both reach the extractor, and that the settings survive a
// JSON round trip, as a Beam job ships them.
func TestSettingsLexicons(t *testing.T) {
	file := filepath.Join(t.TempDir(), "places.tsv")
	require.NoError(t, os.WriteFile(file, []byte("#kextract-lexicon: orgs\n한빛물산\tHanbit Trading\t\tcompany\n"), 0o600))
	s := Settings{
		Lexicons: []LexiconSource{
			{Name: "inline.tsv", Data: []byte("#kextract-lexicon: orgs\n누리솔루션\tNuri Solutions\t\tcompany\n")},
			{Name: file},
		},
		NoModel: true,
	}
	b, err := json.Marshal(s)
	require.NoError(t, err)
	var back Settings
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, s, back)

	x, err := back.New()
	require.NoError(t, err)
	doc, err := x.Extract(context.Background(), Input{Text: "누리솔루션과 한빛물산이 합병을 발표했다."})
	require.NoError(t, err)
	var orgs []string
	for _, e := range doc.Entities {
		if e.Type == TypeOrg {
			orgs = append(orgs, e.Name)
		}
	}
	assert.ElementsMatch(t, []string{"누리솔루션", "한빛물산"}, orgs)
}

func TestSettingsZeroIsDefault(t *testing.T) {
	x, err := Settings{NoModel: true}.New()
	require.NoError(t, err)
	doc, err := x.Extract(context.Background(), Input{Text: "삼성전자는 5,000억 원을 투자한다."})
	require.NoError(t, err)
	require.NotEmpty(t, doc.Amounts)
	assert.Equal(t, "KRW", doc.Amounts[0].Unit)
}

// TestSettingsModel checks that a NER model given by content reaches the
// extractor (its spans change what the extraction finds), survives a JSON
// round trip, and that NoModel wins over it.
func TestSettingsModel(t *testing.T) {
	// a model that has learned one name and nothing else
	text := "어제 누리한별이 왔다." // the rules alone find no one here
	var sents []klue.Sentence
	for range 5 {
		sents = append(sents, klue.Sentence{ID: "x_wikitree", Domain: "wikitree", Text: text, Spans: []klue.Span{{Start: 3, End: 7, Label: "PS"}}})
	}
	m, err := ner.Train(sents, ner.TrainOptions{Epochs: 3, Bits: 14}, nil)
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, m.Save(&buf))

	s := Settings{Model: &ModelSource{Name: "mine.bin.zst", Data: buf.Bytes()}}
	b, err := json.Marshal(s)
	require.NoError(t, err)
	var back Settings
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, s, back)
	x, err := back.New()
	require.NoError(t, err)
	doc, err := x.Extract(context.Background(), Input{Text: text})
	require.NoError(t, err)
	require.Len(t, m.Tag(text), 1)
	var people []string
	for _, e := range doc.Entities {
		if e.Type == TypePerson {
			people = append(people, e.Name)
		}
	}
	assert.Contains(t, people, "누리한별")

	back.NoModel = true
	opts, err := back.Options()
	require.NoError(t, err)
	x, err = New(opts...)
	require.NoError(t, err)
	assert.Nil(t, x.model, "NoModel wins")
}
