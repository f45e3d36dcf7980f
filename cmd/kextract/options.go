package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/kextract/kextract/corpus"
	"github.com/kextract/kextract/extract"
)

// extractFlags are the flags that configure the extractor, shared by
// extract, batch and serve.
type extractFlags struct {
	lexicons multiFlag
	rates    multiFlag
	to       string
	date     string
	encoding string
	lossy    bool
	maxSize  int
	noModel  bool
	nerModel string
	kinds    bool
}

func (f *extractFlags) register(fs *flag.FlagSet) {
	fs.Var(&f.lexicons, "lexicon", "user lexicon `FILE` adding to or overriding the built-in one (repeatable)")
	fs.Var(&f.rates, "rate", "exchange rate `CUR=VALUE`: one CUR is VALUE of the --to currency (repeatable)")
	fs.StringVar(&f.to, "to", "", "convert money amounts to this ISO 4217 `CURRENCY` (e.g. KRW)")
	fs.StringVar(&f.date, "date", "", "document `DATE` (YYYY-MM-DD, YYYY-MM, YYYY) for relative dates when the input has none")
	fs.StringVar(&f.encoding, "encoding", "auto", "input `ENCODING`: auto, utf-8, cp949 (EUC-KR) or utf-16; batch and --jsonl apply it to files and lines")
	fs.BoolVar(&f.lossy, "lossy", false, "replace invalid input bytes with U+FFFD instead of failing")
	fs.IntVar(&f.maxSize, "max-size", extract.DefaultMaxSize, "largest document in `BYTES`")
	fs.BoolVar(&f.noModel, "no-model", false, "turn the statistical NER model off")
	fs.StringVar(&f.nerModel, "ner-model", "", "NER model `FILE` (kextract train ner) to use instead of the built-in one")
	fs.BoolVar(&f.kinds, "kind-nouns", false, "keep bare nouns of kinds of bodies (경찰, 법원, 정부) that name no body of the article as organizations, as KLUE marks them")
}

// settings returns the extractor settings the flags give. --max-size 0,
// no limit, is a negative MaxSize there.
func (f *extractFlags) settings() (extract.Settings, error) {
	if f.maxSize < 0 {
		return extract.Settings{}, fmt.Errorf("--max-size %d: give a size in bytes, or 0 for no limit", f.maxSize)
	}
	st := extract.Settings{
		Rates: append([]string(nil), f.rates...), To: f.to, Date: f.date, Encoding: f.encoding,
		Lossy: f.lossy, MaxSize: f.maxSize, NoModel: f.noModel, KindNouns: f.kinds,
	}
	if f.maxSize == 0 {
		st.MaxSize = -1
	}
	if f.nerModel != "" {
		st.Model = &extract.ModelSource{Name: f.nerModel}
	}
	for _, l := range f.lexicons {
		st.Lexicons = append(st.Lexicons, extract.LexiconSource{Name: l})
	}
	return st, nil
}

func (f *extractFlags) options() ([]extract.Option, error) {
	st, err := f.settings()
	if err != nil {
		return nil, err
	}
	return st.Options()
}

func (f *extractFlags) extractor() (*extract.Extractor, error) {
	opts, err := f.options()
	if err != nil {
		return nil, err
	}
	defer gcOff()()
	return extract.New(opts...)
}

// recordFlags name the JSONL fields of input records.
type recordFlags struct {
	id, text, date, title string
}

func (f *recordFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.id, "id-field", "id", "JSONL `FIELD` holding the record id")
	fs.StringVar(&f.text, "text-field", "text", "JSONL `FIELD` holding the article text")
	fs.StringVar(&f.date, "date-field", "date", "JSONL `FIELD` holding the publication date")
	fs.StringVar(&f.title, "title-field", "title", "JSONL `FIELD` holding the title")
}

func (f *recordFlags) fields() corpus.Fields {
	return corpus.Fields{ID: f.id, Text: f.text, Date: f.date, Title: f.title}
}

// readLimited reads all of r, but at most max+1 bytes when max > 0: enough
// for the extractor to report a document over the limit without holding an
// unbounded input. max <= 0 means no limit.
func readLimited(r io.Reader, max int) ([]byte, error) {
	if max <= 0 {
		return io.ReadAll(r)
	}
	return io.ReadAll(io.LimitReader(r, int64(max)+1))
}

// openInput opens the single input argument: a file, or stdin when there is
// none or it is "-". It returns the reader, a name for messages and a
// function that closes the file. A directory is an error that points to
// kextract batch.
func openInput(pos []string, stdin io.Reader) (io.Reader, string, func(), error) {
	if len(pos) == 0 || pos[0] == "-" {
		return stdin, "stdin", func() {}, nil
	}
	f, err := os.Open(pos[0])
	if err != nil {
		return nil, "", nil, fmt.Errorf("%w (give an existing file, or no FILE to read stdin)", err)
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		return nil, "", nil, fmt.Errorf("%s is a directory: give one file, or run kextract batch %s to extract every file in it", pos[0], pos[0])
	}
	return f, pos[0], func() { f.Close() }, nil
}

// oneDocument is what a one-document command (extract, html) has after its
// flags are parsed: the extractor and the open input.
type oneDocument struct {
	x     *extract.Extractor
	in    io.Reader
	name  string
	close func()
}

// openOneDocument parses the flags of a one-document command, builds the
// extractor and opens the input (a file, or stdin). On failure it reports
// to stderr and returns the exit code, and the caller returns it.
func openOneDocument(fs *flag.FlagSet, ef *extractFlags, args []string, stdin io.Reader, stderr io.Writer) (oneDocument, int, bool) {
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return oneDocument{}, flagExit(err), false
	}
	if len(pos) > 1 {
		fmt.Fprintf(stderr, "kextract %s: at most one input file (use kextract batch for many)\n", fs.Name())
		return oneDocument{}, exitUsage, false
	}
	x, err := ef.extractor()
	if err != nil {
		fmt.Fprintln(stderr, "kextract:", err)
		return oneDocument{}, exitUsage, false
	}
	in, name, closeIn, err := openInput(pos, stdin)
	if err != nil {
		fmt.Fprintln(stderr, "kextract:", err)
		return oneDocument{}, exitFailure, false
	}
	if j := fs.Lookup("jsonl"); j == nil || j.Value.String() != "true" {
		// one document: reading past --max-size says so, naming the flag
		in = &sizeLimited{r: in, max: ef.maxSize}
	}
	return oneDocument{x: x, in: in, name: name, close: closeIn}, exitOK, true
}

// writeOut writes a command's output through a buffer and reports a write
// error on stderr, returning the exit code.
func writeOut(stdout, stderr io.Writer, write func(io.Writer) error) int {
	w := bufio.NewWriter(stdout)
	err := write(w)
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		fmt.Fprintln(stderr, "kextract:", err)
		return exitFailure
	}
	return exitOK
}
