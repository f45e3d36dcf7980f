package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kextract/kextract/internal/klue"
	"github.com/kextract/kextract/lexicon"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kextract/kextract/extract/ner"
)

// The evaluation and training commands run on the project's own test data,
// so they are checked without ../shared.

func TestEvalAmountsOnOwnTables(t *testing.T) {
	dir := "../../normalize/testdata/amounts"
	code, out, errOut := kx(t, "", "eval", "amounts",
		filepath.Join(dir, "numbers-money.tsv"), filepath.Join(dir, "news-amounts.tsv"), filepath.Join(dir, "extra-amounts.tsv"))
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "numbers-money.tsv: 149/149 matched")
	assert.Contains(t, out, "news-amounts.tsv: 32/32 matched")
}

func TestEvalSentencesOnOwnGold(t *testing.T) {
	code, out, errOut := kx(t, "", "eval", "sentences", "../../extract/sentence/testdata/news_gold.txt")
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "news_gold.txt")
	assert.Contains(t, out, "F1")
}

func TestTrainIsDeterministicAndEvalNERRuns(t *testing.T) {
	dir := t.TempDir()
	mini := "../../internal/klue/testdata/mini.tsv"
	var models [][]byte
	for i := range 2 {
		out := filepath.Join(dir, fmt.Sprint("m", i, ".bin.zst"))
		code, _, errOut := kx(t, "", "train", "ner", "--train", mini, "--out", out, "--epochs", "2")
		require.Equal(t, exitOK, code, errOut)
		b, err := os.ReadFile(out)
		require.NoError(t, err)
		models = append(models, b)
	}
	assert.True(t, bytes.Equal(models[0], models[1]), "the same data and seed give the same model")

	code, _, _ := kx(t, "", "train", "ner", "--out", filepath.Join(dir, "x"))
	assert.Equal(t, exitUsage, code, "--train is required")

	// self-training on unlabelled sentences
	unl := filepath.Join(dir, "unlabelled.tsv")
	require.NoError(t, os.WriteFile(unl, []byte("u1_wikitree\t최영수 대표는 9일 광주에서 말했다.\nu2_wikitree\t정미경 회장은 인천에서 밝혔다.\n"), 0o600))
	code, _, errOut := kx(t, "", "train", "ner", "--train", mini, "--unlabelled", unl, "--rounds", "1", "--epochs", "2", "--out", filepath.Join(dir, "self.bin.zst"))
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, errOut, "round 1:")
	assert.Contains(t, errOut, "of 2 unlabelled sentences kept")
	bad := filepath.Join(dir, "bad.tsv")
	require.NoError(t, os.WriteFile(bad, []byte("no tab\n"), 0o600))
	code, _, errOut = kx(t, "", "train", "ner", "--train", mini, "--unlabelled", bad, "--out", filepath.Join(dir, "y"))
	assert.Equal(t, exitFailure, code)
	assert.Contains(t, errOut, "bad.tsv: line 1")

	code, out, errOut := kx(t, "", "eval", "ner", mini)
	require.Equal(t, exitOK, code, errOut)
	for _, want := range []string{"(a) NER model alone", "(b) extractor without model", "(c) extractor with model", "micro"} {
		assert.Contains(t, out, want)
	}
	assert.NotContains(t, out, "== misses", "misses only when asked for")
	code, out, errOut = kx(t, "", "eval", "ner", "--misses", "3", mini)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "== misses of the extractor with model")
}

func TestEvalQuotesOnJSONL(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.jsonl")
	var sb strings.Builder
	for i, text := range []string{
		"김철수 대표는 “올해 매출이 두 배로 늘 것”이라고 말했다.",
		"업계 관계자는 “가격이 오를 것”이라고 전했다. 양측은 합의에 근접한 것으로 알려졌다.",
	} {
		b, _ := json.Marshal(map[string]string{"id": fmt.Sprint("d", i), "text": text})
		sb.Write(b)
		sb.WriteByte('\n')
	}
	require.NoError(t, os.WriteFile(in, []byte(sb.String()), 0o644))
	code, out, errOut := kx(t, "", "eval", "quotes", in, "--sample", "2")
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "documents: 2 (errors: 0)")
	assert.Contains(t, out, "quotes: 2")
	assert.Contains(t, out, "speaker with an entity: 1")
	assert.Contains(t, out, "claims: 1 (hearsay 1)")
}

// TestPlaceChains: places written one after another with a space are one
// KLUE location; places apart are not joined.
func TestPlaceChains(t *testing.T) {
	for w, want := range map[string]bool{"한": true, "미": true, "남": true, "미국": false, "강": false} {
		assert.Equal(t, want, countryInitial(w), w) // KLUE's OG for 한미, 남북
	}
	tests := []struct {
		name, text string
		in, want   []klue.Span
	}{
		{"address", "경북 성주군에서", []klue.Span{{Start: 3, End: 6, Label: "LC"}, {Start: 0, End: 2, Label: "LC"}},
			[]klue.Span{{Start: 0, End: 6, Label: "LC"}}},
		{"three places", "광주 북구 중흥동", []klue.Span{{Start: 0, End: 2, Label: "LC"}, {Start: 3, End: 5, Label: "LC"}, {Start: 6, End: 9, Label: "LC"}},
			[]klue.Span{{Start: 0, End: 9, Label: "LC"}}},
		{"apart", "서울과 부산", []klue.Span{{Start: 0, End: 2, Label: "LC"}, {Start: 4, End: 6, Label: "LC"}},
			[]klue.Span{{Start: 0, End: 2, Label: "LC"}, {Start: 4, End: 6, Label: "LC"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, placeChains(tt.in, []rune(tt.text)))
		})
	}
}

// KLUE marks the surname or letter of a reference alone (김 대표, A씨);
// kextract's mention is the whole reference, a full name stays whole.
func TestSurnameReference(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"김 대표", "김한길", true},
		{"김 대표", "김", true},
		{"A씨", "A", true},
		{"B 씨", "B", true},
		{"김 모 씨", "김 모 씨", true},
		{"김모", "김모", true},
		{"조 사이", "조 사이", false},
		{"톰 행크스", "톰 행크스", false},
		{"강모연", "강모연", false},
		{"김한길", "김한길", false},
		{"트럼프", "도널드 트럼프", false},
		{"김", "김", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, surnameReference(tt.text, tt.name), tt.text)
	}
}

// A family name with a title is a reference; KLUE marks the name alone.
func TestFamilyNameReference(t *testing.T) {
	tests := []struct {
		text, name string
		want       int
	}{
		{"코미 전 국장", "제임스 코미", 2},
		{"푸틴 대통령", "블라디미르 푸틴", 2},
		{"제임스 코미", "제임스 코미", 0},
		{"코미", "제임스 코미", 0},
		{"김 대표", "김한길", 0},
		{"카린 장-피에르 대변인", "카린 장-피에르", 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, familyNameReference(tt.text, tt.name), tt.text)
	}
}

// KLUE marks no place or body inside a word derived from it.
func TestInDerivedWord(t *testing.T) {
	lex, err := lexicon.Default()
	require.NoError(t, err)
	tests := []struct {
		text  string
		end   int
		label string
		want  bool
	}{
		{"한국인들이 왔다", 2, "LC", true},
		{"후쿠시마산 식품", 4, "LC", true},
		{"유성구민의 심판", 3, "LC", true},
		{"국회의원 선거", 2, "OG", true},
		{"한국에서 왔다", 2, "LC", false},
		{"한국 정부", 2, "LC", false},
		{"국회는 열렸다", 2, "OG", false},
		{"한국인삼공사는", 2, "LC", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, inDerivedWord([]rune(tt.text), tt.end, tt.label, lex), tt.text)
	}
}

func TestTrainWithGazetteerAndFolds(t *testing.T) {
	dir := t.TempDir()
	mini := "../../internal/klue/testdata/mini.tsv"
	gaz := filepath.Join(dir, "forms.tsv")
	require.NoError(t, os.WriteFile(gaz, []byte("form\tlabel\ttrain_freq\n김철수\tPS_NAME\t2\n서울\tLCP_CITY\t3\n박근혜 대통령\tPS_NAME\t9\n영화\tCV_ART\t5\n"), 0o600))
	model := filepath.Join(dir, "gaz.bin.zst")
	code, _, errOut := kx(t, "", "train", "ner", "--train", mini, "--gazetteer", gaz, "--epochs", "2", "--out", model)
	require.Equal(t, exitOK, code, errOut)

	// the model carries its gazetteer, without the forms that hold a title
	f, err := os.Open(model)
	require.NoError(t, err)
	m, err := ner.Load(f)
	f.Close()
	require.NoError(t, err)
	assert.Equal(t, 2, m.Gazetteer().Len())

	// it is used by eval ner and by extraction
	code, out, errOut := kx(t, "", "eval", "ner", "--ner-model", model, mini)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "(a) NER model alone")
	code, out, errOut = kx(t, "김철수 대표는 서울에서 말했다.", "--ner-model", model)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, `"schema": "kextract/v1"`)
	code, _, errOut = kx(t, "김철수", "--ner-model", filepath.Join(dir, "missing.bin"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "--ner-model")

	// cross-validation prints a line per fold and the mean, and writes nothing
	code, out, errOut = kx(t, "", "train", "ner", "--train", mini, "--gazetteer", gaz, "--epochs", "2", "--folds", "2")
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "fold 1 of 2: 1 train, 1 held out")
	assert.Contains(t, out, "mean of 2 folds: micro-F1")
	code, _, errOut = kx(t, "", "train", "ner", "--train", mini, "--folds", "1")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "at least 2 folds")
	code, _, errOut = kx(t, "", "train", "ner", "--train", mini, "--folds", "3")
	assert.Equal(t, exitFailure, code)
	assert.Contains(t, errOut, "3 folds of 2 sentences")

	bad := filepath.Join(dir, "bad.tsv")
	require.NoError(t, os.WriteFile(bad, []byte("영화\tCV_ART\t5\n"), 0o600))
	code, _, errOut = kx(t, "", "train", "ner", "--train", mini, "--gazetteer", bad, "--out", filepath.Join(dir, "z"))
	assert.Equal(t, exitFailure, code)
	assert.Contains(t, errOut, "no PS, LC or OG names")
}
