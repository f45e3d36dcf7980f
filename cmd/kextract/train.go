package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/kextract/kextract/extract/ner"
	"github.com/kextract/kextract/internal/klue"
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
in the training files (same id) are left out. The shipped model:
  kextract train ner --train klue-ner-v1.1_train.first5000.tsv \
    --unlabelled klue-ner-v1.1_train.sentences.tsv --out model.bin.zst`, stderr)
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
	case *out == "":
		fmt.Fprintln(stderr, "kextract train ner: give --out FILE to write the model to")
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
		sc := scoreModel(m, dev)
		fmt.Fprintf(stdout, "epoch %2d (%5.1fs): dev micro-F1 exact news %.2f reviews %.2f all %.2f; overlap news %.2f\n",
			epoch, time.Since(t0).Seconds(), 100*sc.Micro("wikitree", false), 100*sc.Micro("nsmc", false),
			100*sc.Micro("", false), 100*sc.Micro("wikitree", true))
	}
	topts := ner.TrainOptions{Epochs: *epochs, Seed: *seed, Bits: *bits}
	var m *ner.Model
	if len(unlabelledFiles) > 0 {
		unl, err := readUnlabelled(unlabelledFiles, train)
		if err != nil {
			fmt.Fprintln(stderr, "kextract train:", err)
			return exitFailure
		}
		m, err = ner.SelfTrain(train, unl, ner.SelfTrainOptions{TrainOptions: topts, Rounds: *rounds, Progress: func(round, kept int) {
			fmt.Fprintf(stderr, "round %d: %d of %d unlabelled sentences kept (%.1fs)\n", round, kept, len(unl), time.Since(t0).Seconds())
		}})
		if err == nil && dev != nil {
			progress(*epochs, m)
		}
	} else {
		m, err = ner.Train(train, topts, progress)
	}
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
