package ner

import (
	"bufio"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"
	"unicode/utf8"

	"github.com/klauspost/compress/zstd"

	"github.com/kextract/kextract/lexicon"
)

// File format (zstd-compressed): the magic "KXNER\x00", then little-endian
// uint8 feature version, uint8 bits, uint8 number of labels, float32
// scale, (numLabels+1)*numLabels int32 transition weights, uint32 count of
// non-zero weights, and for each of them a uvarint gap from the previous
// index (+1) and a zigzag varint value in [-maxWeight, maxWeight] (127).
// The index of the weight of label l for feature bucket b is b*numLabels+l.
// A model with a gazetteer has version gazetteerVersion and, after the
// weights, its gazetteer: uint32 count of forms, and for each form, in byte
// order, a uvarint length, the form's bytes and gazClasses uvarint counts.
// A model without one is written as before there were gazetteers.
const magic = "KXNER\x00"

// maxModelBytes bounds the uncompressed size of a model file.
const maxModelBytes = 64 << 20

// ErrFormat is wrapped by the errors of Load for a file that is not a model
// of this version.
var ErrFormat = errors.New("ner: bad model file")

// Save writes the model in its compact binary format.
func (m *Model) Save(w io.Writer) error {
	zw, err := zstd.NewWriter(w, zstd.WithEncoderLevel(zstd.SpeedBestCompression), zstd.WithEncoderConcurrency(1))
	if err != nil {
		return fmt.Errorf("ner: save: %w", err)
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	ver := byte(featureVersion)
	if m.gaz != nil {
		ver = gazetteerVersion
	}
	bw.Write([]byte{ver, m.bits, numLabels})
	var buf [binary.MaxVarintLen64]byte
	binary.LittleEndian.PutUint32(buf[:], math.Float32bits(m.scale))
	bw.Write(buf[:4])
	for p := range m.trans {
		for l := range m.trans[p] {
			binary.LittleEndian.PutUint32(buf[:], uint32(m.trans[p][l]))
			bw.Write(buf[:4])
		}
	}
	nz := 0
	for i := range numWeights(m.bits) {
		if m.weight(i) != 0 {
			nz++
		}
	}
	binary.LittleEndian.PutUint32(buf[:], uint32(nz))
	bw.Write(buf[:4])
	last := -1
	for i := range numWeights(m.bits) {
		v := m.weight(i)
		if v == 0 {
			continue
		}
		bw.Write(buf[:binary.PutUvarint(buf[:], uint64(i-last))])
		bw.Write(buf[:binary.PutVarint(buf[:], int64(v))])
		last = i
	}
	if m.gaz != nil {
		binary.LittleEndian.PutUint32(buf[:], uint32(m.gaz.Len()))
		bw.Write(buf[:4])
		for _, i := range m.gaz.sortedForms() {
			f := m.gaz.forms[i]
			bw.Write(buf[:binary.PutUvarint(buf[:], uint64(len(f)))])
			bw.WriteString(f)
			for _, c := range m.gaz.counts[i] {
				bw.Write(buf[:binary.PutUvarint(buf[:], uint64(c))])
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("ner: save: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("ner: save: %w", err)
	}
	return nil
}

// Load reads a model written by Save. The model uses lexicon.Default() for
// its lexicon features.
func Load(r io.Reader) (*Model, error) {
	in, err := io.ReadAll(io.LimitReader(r, maxModelBytes+1))
	if err != nil {
		return nil, fmt.Errorf("ner: load: %w: %w", ErrFormat, err)
	}
	if len(in) > maxModelBytes {
		return nil, fmt.Errorf("ner: load: %w: more than %d bytes", ErrFormat, maxModelBytes)
	}
	return load(in)
}

// load is Load from the whole compressed file. It decodes the file in one
// call into a buffer of the frame's size (a streaming reader would allocate
// a ring of the encoder's window, 8 MB, for a file of 1 MB) and reads the
// weights before it asks for the lexicon, so that the two can be loaded at
// the same time (see Preload).
func load(in []byte) (*Model, error) {
	zr, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxMemory(maxModelBytes))
	if err != nil {
		return nil, fmt.Errorf("ner: load: %w: %w", ErrFormat, err)
	}
	defer zr.Close()
	// Room for the weights at the usual ratio (about 2:1) and the
	// decoder's overrun, so that the output is not grown and copied.
	data, err := zr.DecodeAll(in, make([]byte, 0, min(4*len(in)+256<<10, maxModelBytes)))
	if err != nil {
		return nil, fmt.Errorf("ner: load: %w: %w", ErrFormat, err)
	}
	if len(data) > maxModelBytes {
		return nil, fmt.Errorf("ner: load: %w: more than %d bytes", ErrFormat, maxModelBytes)
	}
	hl := len(magic) + 3 + 4 + 4*(numLabels+1)*numLabels + 4
	if len(data) < hl {
		return nil, fmt.Errorf("ner: load header: %w: %w", ErrFormat, io.ErrUnexpectedEOF)
	}
	if string(data[:len(magic)]) != magic {
		return nil, fmt.Errorf("ner: load: %w: bad magic", ErrFormat)
	}
	ver, bits, nl := data[len(magic)], data[len(magic)+1], data[len(magic)+2]
	if ver != featureVersion && ver != gazetteerVersion || nl != numLabels || bits < minBits || bits > maxBits {
		return nil, fmt.Errorf("ner: load: %w: version %d, %d labels, %d bits", ErrFormat, ver, nl, bits)
	}
	p := data[len(magic)+3:]
	if nz := int(binary.LittleEndian.Uint32(p[4+4*(numLabels+1)*numLabels:])); len(data)-hl < 2*nz {
		return nil, fmt.Errorf("ner: load: %w: %d weights in %d bytes", ErrFormat, nz, len(data)-hl)
	}
	m := newModel(bits, nil)
	m.scale = math.Float32frombits(binary.LittleEndian.Uint32(p))
	p = p[4:]
	for i := range m.trans {
		for l := range m.trans[i] {
			v := int32(binary.LittleEndian.Uint32(p))
			p = p[4:]
			if v > math.MaxInt16 || v < math.MinInt16 {
				return nil, fmt.Errorf("ner: load: %w: transition weight out of range", ErrFormat)
			}
			m.trans[i][l] = v
		}
	}
	nz := int(binary.LittleEndian.Uint32(p))
	p = p[4:]
	size := numWeights(bits)
	if nz > size {
		return nil, fmt.Errorf("ner: load: %w: %d weights > %d", ErrFormat, nz, size)
	}
	idx := -1
	for k := 0; k < nz; k++ {
		gap, n := binary.Uvarint(p)
		if n <= 0 {
			return nil, fmt.Errorf("ner: load weight %d: %w: bad varint", k, ErrFormat)
		}
		p = p[n:]
		v, n := binary.Varint(p)
		if n <= 0 {
			return nil, fmt.Errorf("ner: load weight %d: %w: bad varint", k, ErrFormat)
		}
		p = p[n:]
		if gap == 0 || gap > uint64(size) || idx+int(gap) >= size || v < -maxWeight || v > maxWeight {
			return nil, fmt.Errorf("ner: load weight %d: %w: out of range", k, ErrFormat)
		}
		idx += int(gap)
		m.setWeight(idx, int32(v))
	}
	if ver == gazetteerVersion {
		if m.gaz, err = readGazetteer(p); err != nil {
			return nil, err
		}
	}
	m.finish()
	lex, err := lexicon.Default()
	if err != nil {
		return nil, fmt.Errorf("ner: lexicon: %w", err)
	}
	m.lex = lex
	return m, nil
}

//go:embed model.bin.zst
var embedded []byte

var defaultModel = sync.OnceValues(func() (*Model, error) {
	return load(embedded)
})

// Default returns the embedded model, loaded on first use and shared.
func Default() (*Model, error) { return defaultModel() }

// readGazetteer reads the gazetteer at the end of a model file (see Save).
func readGazetteer(p []byte) (*Gazetteer, error) {
	if len(p) < 4 {
		return nil, fmt.Errorf("ner: load gazetteer: %w: %w", ErrFormat, io.ErrUnexpectedEOF)
	}
	n := int(binary.LittleEndian.Uint32(p))
	p = p[4:]
	if n == 0 || n > len(p)/(1+gazClasses) {
		return nil, fmt.Errorf("ner: load gazetteer: %w: %d forms in %d bytes", ErrFormat, n, len(p))
	}
	g := &Gazetteer{index: make(map[string]int32, 2*n)}
	for k := range n {
		l, w := binary.Uvarint(p)
		if w <= 0 || l == 0 || l > uint64(len(p)-w) {
			return nil, fmt.Errorf("ner: load gazetteer form %d: %w: bad length", k, ErrFormat)
		}
		form := string(p[w : w+int(l)])
		p = p[w+int(l):]
		if !utf8.ValidString(form) || utf8.RuneCountInString(form) > maxGazRunes {
			return nil, fmt.Errorf("ner: load gazetteer form %d: %w: bad form", k, ErrFormat)
		}
		for c := range gazClasses {
			v, w := binary.Uvarint(p)
			if w <= 0 || v > 1<<30 {
				return nil, fmt.Errorf("ner: load gazetteer form %d: %w: bad count", k, ErrFormat)
			}
			p = p[w:]
			if v > 0 {
				g.add(form, c, uint32(v))
			}
		}
	}
	if len(p) != 0 {
		return nil, fmt.Errorf("ner: load: %w: %d bytes after the end", ErrFormat, len(p))
	}
	return g, nil
}
