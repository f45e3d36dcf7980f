package lexicon

import (
	"bytes"
	"flag"
	"os"
	"reflect"
	"testing"
)

var update = flag.Bool("update", false, "rewrite data/default.lexc from the data files (go generate -run TestCompiledUpToDate)")

// TestCompiledUpToDate checks that data/default.lexc is what build makes of
// the embedded data files with the code as it is; with -update it rewrites
// the file.
func TestCompiledUpToDate(t *testing.T) {
	l, err := build(&config{})
	if err != nil {
		t.Fatal(err)
	}
	sum, err := sourceChecksum()
	if err != nil {
		t.Fatal(err)
	}
	want, err := encodeLexicon(l, sum)
	if err != nil {
		t.Fatal(err)
	}
	wantIdx := encodeWordIndex(wordLists())
	if *update {
		if err := os.WriteFile("data/default.lexc", want, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("data/words.idx", wantIdx, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal([]byte(compiledDefault), want) {
		t.Errorf("data/default.lexc (%d bytes) is not the compiled data (%d bytes): run go generate -run TestCompiledUpToDate ./lexicon", len(compiledDefault), len(want))
	}
	if !bytes.Equal([]byte(compiledWordIndex), wantIdx) {
		t.Errorf("data/words.idx (%d bytes) is not the index of the word lists (%d bytes): run go generate -run TestCompiledUpToDate ./lexicon", len(compiledWordIndex), len(wantIdx))
	}
}

// TestWordIndex checks that the word lists read with data/words.idx are
// the lists as newSortedLines makes them, and that an index that does not
// fit the text is not used.
func TestWordIndex(t *testing.T) {
	for i, data := range wordLists() {
		got, ok := decodeWordIndex(compiledWordIndex, data, i)
		if !ok {
			t.Fatalf("list %d: the index does not fit", i)
		}
		if !reflect.DeepEqual(got, newSortedLines(data)) {
			t.Errorf("list %d: the indexed list differs from the scanned one", i)
		}
		if !reflect.DeepEqual(indexedLines(data, i), got) {
			t.Errorf("list %d: indexedLines does not use the index", i)
		}
		body := skipHeader(data)
		header := data[:len(data)-len(body)]
		for _, edited := range []string{
			header + "가가\n" + body, // a word added at the start
			header + body[1:],      // a byte less
			header + body[:len(body)/2] + "\n" + body[len(body)/2:], // a blank line in the middle
		} {
			if _, ok := decodeWordIndex(compiledWordIndex, edited, i); ok {
				t.Errorf("list %d: the index fits an edited list", i)
			}
		}
	}
	if _, ok := decodeWordIndex(compiledWordIndex, nounsTxt, len(wordLists())); ok {
		t.Error("a list past the last was found")
	}
	for n := 0; n < len(compiledWordIndex); n += max(1, len(compiledWordIndex)/200) {
		_, _ = decodeWordIndex(compiledWordIndex[:n], namesTxt, 1) // must not panic
	}
	if !reflect.DeepEqual(indexedLines("# h\n하\n가\n", 0), newSortedLines("# h\n하\n가\n")) {
		t.Error("a list the index does not fit is not scanned")
	}
}

// TestCompiledDecodes checks that the decoded lexicon is the built one.
func TestCompiledDecodes(t *testing.T) {
	sum, err := sourceChecksum()
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeLexicon(compiledDefault, sum)
	if err != nil {
		t.Fatal(err)
	}
	want, err := build(&config{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatal("the decoded lexicon differs from the built one")
	}
	again, err := encodeLexicon(got, sum)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, []byte(compiledDefault)) {
		t.Fatal("re-encoding the decoded lexicon changes it")
	}
	d, err := Default()
	if err != nil || !reflect.DeepEqual(d, want) {
		t.Fatalf("Default is not the built lexicon (err %v)", err)
	}
}

// TestCompiledRejects checks that a compiled lexicon of other data files,
// or cut short, or with a byte changed, is an error and no panic.
func TestCompiledRejects(t *testing.T) {
	sum, err := sourceChecksum()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := decodeLexicon(compiledDefault, sum+1); err == nil {
		t.Error("a lexicon compiled from other data files was accepted")
	}
	s := compiledDefault
	for _, n := range []int{0, 5, len(compiledMagic) + 3, 100, len(s) / 3, len(s) / 2, len(s) - 1} {
		if _, err := decodeLexicon(s[:n], sum); err == nil {
			t.Errorf("a lexicon cut at %d of %d bytes was accepted", n, len(s))
		}
	}
	step := max(1, len(s)/300)
	for i := len(compiledMagic) + 5; i < len(s); i += step {
		b := []byte(s)
		b[i] ^= 0xff
		_, _ = decodeLexicon(string(b), sum) // must not panic
	}
}

// TestCompiledFallback checks that a compiled lexicon that cannot be used
// (of other data files, or damaged) gives the lexicon built from the data
// files.
func TestCompiledFallback(t *testing.T) {
	want, err := build(&config{})
	if err != nil {
		t.Fatal(err)
	}
	stale := []byte(compiledDefault)
	stale[len(compiledMagic)+1] ^= 1 // the checksum of the data files
	for _, c := range []string{string(stale), compiledDefault[:len(compiledDefault)/2], ""} {
		got, err := loadCompiled(c)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("not the built lexicon (err %v)", err)
		}
	}
}
