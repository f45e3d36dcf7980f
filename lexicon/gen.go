package lexicon

// The word lists data/nouns.txt, data/names.txt, data/verbstems.txt and
// data/verbforms.txt (see IsCommonNoun, IsNameWord and VerbFormOf) and their
// attribution data/MECAB_LICENSE.md are generated from
// mecab-ko-dic by the separate module tools/gazetteer, so that this module
// does not depend on the dictionary. Regenerate them with
//
//	go generate ./lexicon
//
// (needs the Go module proxy or a module cache holding
// github.com/ikawaha/kagome-dict-ko v0.2.1; takes about 20 s and 1 GB of
// memory), then index them into data/words.idx with
//
//	go generate -run TestCompiledUpToDate ./lexicon
//
// (go generate runs compiled.go's directive before this file's). Run
// "go run . -h" in tools/gazetteer for the caps and options.

//go:generate sh -c "cd ../tools/gazetteer && go run . -v -out ../../lexicon/data"
