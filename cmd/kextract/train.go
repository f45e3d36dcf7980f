package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/kextract/kextract/extract/ner"
	"github.com/kextract/kextract/internal/klue"
	"github.com/kextract/kextract/lexicon"
)

// runTrain implements "kextract train ner": it trains the NER model on KLUE
// NER files and writes it.
func runTrain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("train", `kextract train ner --train FILE... --out model.bin [--unlabelled FILE] [--dev FILE] [--epochs N] [--seed N]

Trains the statistical NER model (averaged perceptron) on KLUE NER files
(char<TAB>BIO-tag lines). Training is deterministic for a given seed. With
--dev, prints the dev scores after each epoch. Extra file arguments are
training files too.

With --unlabelled (id<TAB>text lines, such as the KLUE train text), the
model is self-trained: --rounds times, it and a second model tag the
unlabelled sentences, the sentences both tag alike join the training data,
and the model is trained again. Sentences of the unlabelled file that are
in the training files (same id) are left out.

With --gazetteer (form<TAB>label<TAB>count lines, such as
konne-train-forms.tsv; PS, LC and OG labels or fine labels with those
prefixes), the model gets gazetteer features and carries the gazetteer in
its file. Each training sentence sees the gazetteer without its own names.

With --folds K, nothing is written: the training sentences are split into
K folds (sentence i in fold i mod K) and, for each fold, a model trained on
the others (with the gazetteer less the fold's names) is scored on it; the
exact micro-F1 per fold and the mean are printed.

The shipped model (no gazetteer, no self-training; see the README):
  kextract train ner --train klue-ner-v1.1_train.first5000.tsv --out model.bin.zst
The better KLUE model, opt-in (kextract --ner-model ner.bin.zst):
  kextract train ner --train klue-ner-v1.1_train.first5000.tsv \
    --gazetteer konne-train-forms.tsv \
    --unlabelled klue-ner-v1.1_train.sentences.tsv --out ner.bin.zst`, stderr)
	var trainFiles, devFiles multiFlag
	fs.Var(&trainFiles, "train", "KLUE NER `FILE` to train on (repeatable)")
	fs.Var(&devFiles, "dev", "KLUE NER `FILE` to score after each epoch (repeatable)")
	out := fs.String("out", "", "`FILE` to write the model to")
	epochs := fs.Int("epochs", ner.DefaultEpochs, "number of training epochs")
	seed := fs.Uint64("seed", 1, "random seed of the shuffle")
	bits := fs.Int("bits", ner.DefaultBits, "log2 of the number of feature buckets (`N`)")
	var unlabelledFiles multiFlag
	fs.Var(&unlabelledFiles, "unlabelled", "`FILE` of unlabelled sentences (id<TAB>text) to self-train on (repeatable)")
	rounds := fs.Int("rounds", ner.DefaultRounds, "self-training rounds (`N`) with --unlabelled")
	gazFile := fs.String("gazetteer", "", "`FILE` of typed names (form<TAB>label<TAB>count) for gazetteer features")
	folds := fs.Int("folds", 0, "cross-validate over `K` folds of the training data instead of writing a model")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return flagExit(err)
	}
	if len(pos) > 0 && pos[0] == "ner" {
		// files after the first --train: kextract train ner --train a.tsv b.tsv
		trainFiles = append(trainFiles, pos[1:]...)
	}
	switch {
	case len(pos) == 0:
		fmt.Fprintln(stderr, "kextract train: say what to train: kextract train ner --train FILE... --out model.bin (kextract train --help says more)")
		return exitUsage
	case pos[0] != "ner":
		fmt.Fprintf(stderr, "kextract train: unknown model %q; the only one is ner\n", pos[0])
		return exitUsage
	case len(trainFiles) == 0:
		fmt.Fprintln(stderr, "kextract train ner: no training data: give --train FILE (KLUE NER, char<TAB>BIO-tag lines)")
		return exitUsage
	case *out == "" && *folds == 0:
		fmt.Fprintln(stderr, "kextract train ner: give --out FILE to write the model to")
		return exitUsage
	case *folds == 1 || *folds < 0:
		fmt.Fprintf(stderr, "kextract train ner: --folds %d: give at least 2 folds\n", *folds)
		return exitUsage
	}
	train, err := readKLUE(trainFiles)
	if err != nil {
		fmt.Fprintln(stderr, "kextract train:", err)
		return exitFailure
	}
	var dev []klue.Sentence
	if len(devFiles) > 0 {
		if dev, err = readKLUE(devFiles); err != nil {
			fmt.Fprintln(stderr, "kextract train:", err)
			return exitFailure
		}
	}
	t0 := time.Now()
	progress := func(epoch int, m *ner.Model) {
		if dev == nil {
			fmt.Fprintf(stderr, "epoch %d (%.1fs)\n", epoch, time.Since(t0).Seconds())
			return
		}
		sc, _ := scoreModel(m, dev)
		fmt.Fprintf(stdout, "epoch %2d (%5.1fs): dev micro-F1 exact news %.2f reviews %.2f all %.2f; overlap news %.2f\n",
			epoch, time.Since(t0).Seconds(), 100*sc.Micro("wikitree", false), 100*sc.Micro("nsmc", false),
			100*sc.Micro("", false), 100*sc.Micro("wikitree", true))
	}
	topts := ner.TrainOptions{Epochs: *epochs, Seed: *seed, Bits: *bits}
	if *gazFile != "" {
		if topts.Gazetteer, err = readGazetteer(*gazFile); err != nil {
			fmt.Fprintln(stderr, "kextract train:", err)
			return exitFailure
		}
	}
	var unl []klue.Sentence
	if len(unlabelledFiles) > 0 {
		if unl, err = readUnlabelled(unlabelledFiles, train); err != nil {
			fmt.Fprintln(stderr, "kextract train:", err)
			return exitFailure
		}
	}
	fit := func(train []klue.Sentence, topts ner.TrainOptions, progress func(int, *ner.Model)) (*ner.Model, error) {
		if unl == nil {
			return ner.Train(train, topts, progress)
		}
		m, err := ner.SelfTrain(train, unl, ner.SelfTrainOptions{TrainOptions: topts, Rounds: *rounds, Progress: func(round, kept int) {
			fmt.Fprintf(stderr, "round %d: %d of %d unlabelled sentences kept (%.1fs)\n", round, kept, len(unl), time.Since(t0).Seconds())
		}})
		if err == nil && progress != nil {
			progress(*epochs, m)
		}
		return m, err
	}
	if *folds > 0 {
		if err := crossValidate(stdout, train, *folds, topts, fit); err != nil {
			fmt.Fprintln(stderr, "kextract train:", err)
			return exitFailure
		}
		return exitOK
	}
	if dev == nil {
		progress = nil
		if unl == nil {
			progress = func(epoch int, _ *ner.Model) {
				fmt.Fprintf(stderr, "epoch %d (%.1fs)\n", epoch, time.Since(t0).Seconds())
			}
		}
	}
	m, err := fit(train, topts, progress)
	if err != nil {
		fmt.Fprintln(stderr, "kextract train:", err)
		return exitFailure
	}
	fmt.Fprintf(stderr, "trained on %d labelled sentences in %.1fs\n", len(train), time.Since(t0).Seconds())
	f, err := os.Create(*out)
	if err != nil {
		fmt.Fprintln(stderr, "kextract train:", err)
		return exitFailure
	}
	if err := m.Save(f); err != nil {
		f.Close()
		fmt.Fprintln(stderr, "kextract train:", err)
		return exitFailure
	}
	if err := f.Close(); err != nil {
		fmt.Fprintln(stderr, "kextract train:", err)
		return exitFailure
	}
	return exitOK
}

// readUnlabelled reads id<TAB>text files, leaving out the sentences of
// train (by id).
func readUnlabelled(files []string, train []klue.Sentence) ([]klue.Sentence, error) {
	seen := make(map[string]bool, len(train))
	for _, s := range train {
		seen[s.ID] = true
	}
	var out []klue.Sentence
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		sents, err := klue.ReadText(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		for _, s := range sents {
			if !seen[s.ID] {
				out = append(out, s)
			}
		}
	}
	return out, nil
}

// readGazetteer reads a gazetteer file for training.
func readGazetteer(name string) (*ner.Gazetteer, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	g, err := ner.ReadGazetteer(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	lex, err := lexicon.Default()
	if err != nil {
		return nil, err
	}
	g = ner.NewGazetteer(withoutTitles(g.Entries(), lex))
	if g.Len() == 0 {
		return nil, fmt.Errorf("%s: no PS, LC or OG names", name)
	}
	return g, nil
}

// withoutTitles leaves out the person forms that hold a title after the
// name (박근혜 대통령, 조 전 부사장): KoNNE's annotation keeps the title in
// the span, KLUE's and kextract's keep the name alone, and such forms
// would teach the model to take the title into the name.
func withoutTitles(entries []ner.GazetteerEntry, lex *lexicon.Lexicon) []ner.GazetteerEntry {
	out := entries[:0:0]
	for _, e := range entries {
		if e.Label == "PS" && hasTitle(e.Form, lex) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// hasTitle reports whether a word of form after the first is a title, or
// form ends in one.
func hasTitle(form string, lex *lexicon.Lexicon) bool {
	words := strings.Fields(form)
	if len(words) < 2 {
		return false
	}
	for _, w := range words[1:] {
		if _, ok := lex.Title(w); ok {
			return true
		}
	}
	_, ok := lex.TitleEndingAt(form, len(form))
	return ok
}

// crossValidate trains k models, each on all folds but one, and prints
// each one's exact micro-F1 on its held-out fold, then the means. The
// gazetteer of a fold's model is topts.Gazetteer without the fold's names.
func crossValidate(w io.Writer, sents []klue.Sentence, k int, topts ner.TrainOptions,
	fit func([]klue.Sentence, ner.TrainOptions, func(int, *ner.Model)) (*ner.Model, error)) error {
	if len(sents) < k {
		return fmt.Errorf("%d folds of %d sentences", k, len(sents))
	}
	var sumNews, sumAll float64
	gaz := topts.Gazetteer
	for f := range k {
		var train, held []klue.Sentence
		for i, s := range sents {
			if i%k == f {
				held = append(held, s)
			} else {
				train = append(train, s)
			}
		}
		o := topts
		if gaz != nil {
			o.Gazetteer = gaz.Without(held)
		}
		m, err := fit(train, o, nil)
		if err != nil {
			return err
		}
		sc, _ := scoreModel(m, held)
		news, all := 100*sc.Micro("wikitree", false), 100*sc.Micro("", false)
		sumNews += news
		sumAll += all
		fmt.Fprintf(w, "fold %d of %d: %d train, %d held out: micro-F1 exact news %.2f all %.2f\n", f+1, k, len(train), len(held), news, all)
	}
	fmt.Fprintf(w, "mean of %d folds: micro-F1 exact news %.2f all %.2f\n", k, sumNews/float64(k), sumAll/float64(k))
	return nil
}
