package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"

	"github.com/kextract/kextract/lexicon"
)

// File format (gzip-compressed): the magic "KXNER\x00", then little-endian
// uint8 feature version, uint8 bits, uint8 number of labels, float32
// scale, (numLabels+1)*numLabels int32 transition weights, uint32 count of
// non-zero weights, and for each of them a uvarint gap from the previous
// index (+1) and a zigzag varint value.
var magic = []byte("KXNER\x00")

// ErrFormat is wrapped by the errors of Load for a file that is not a model
// of this version.
var ErrFormat = errors.New("ner: bad model file")

// Save writes the model in its compact binary format.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("ner: save: %w", err)
	}
	bw := bufio.NewWriter(zw)
	bw.Write(magic)
	bw.Write([]byte{featureVersion, m.bits, numLabels})
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
	for _, v := range m.w {
		if v != 0 {
			nz++
		}
	}
	binary.LittleEndian.PutUint32(buf[:], uint32(nz))
	bw.Write(buf[:4])
	last := -1
	for i, v := range m.w {
		if v == 0 {
			continue
		}
		bw.Write(buf[:binary.PutUvarint(buf[:], uint64(i-last))])
		bw.Write(buf[:binary.PutVarint(buf[:], int64(v))])
		last = i
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
	lex, err := lexicon.Default()
	if err != nil {
		return nil, fmt.Errorf("ner: lexicon: %w", err)
	}
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner: load: %w: %w", ErrFormat, err)
	}
	defer zr.Close()
	br := bufio.NewReaderSize(zr, 1<<16)
	head := make([]byte, len(magic)+3+4)
	if _, err := io.ReadFull(br, head); err != nil {
		return nil, fmt.Errorf("ner: load header: %w: %w", ErrFormat, err)
	}
	if !bytes.Equal(head[:len(magic)], magic) {
		return nil, fmt.Errorf("ner: load: %w: bad magic", ErrFormat)
	}
	ver, bits, nl := head[len(magic)], head[len(magic)+1], head[len(magic)+2]
	if ver != featureVersion || nl != numLabels || bits < 8 || bits > 24 {
		return nil, fmt.Errorf("ner: load: %w: version %d, %d labels, %d bits", ErrFormat, ver, nl, bits)
	}
	m := newModel(bits, lex)
	m.scale = math.Float32frombits(binary.LittleEndian.Uint32(head[len(magic)+3:]))
	var b4 [4]byte
	for p := range m.trans {
		for l := range m.trans[p] {
			if _, err := io.ReadFull(br, b4[:]); err != nil {
				return nil, fmt.Errorf("ner: load transitions: %w: %w", ErrFormat, err)
			}
			m.trans[p][l] = int32(binary.LittleEndian.Uint32(b4[:]))
			if m.trans[p][l] > math.MaxInt16 || m.trans[p][l] < math.MinInt16 {
				return nil, fmt.Errorf("ner: load: %w: transition weight out of range", ErrFormat)
			}
		}
	}
	if _, err := io.ReadFull(br, b4[:]); err != nil {
		return nil, fmt.Errorf("ner: load: %w: %w", ErrFormat, err)
	}
	nz := int(binary.LittleEndian.Uint32(b4[:]))
	if nz > len(m.w) {
		return nil, fmt.Errorf("ner: load: %w: %d weights > %d", ErrFormat, nz, len(m.w))
	}
	idx := -1
	for k := 0; k < nz; k++ {
		gap, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("ner: load weight %d: %w: %w", k, ErrFormat, err)
		}
		v, err := binary.ReadVarint(br)
		if err != nil {
			return nil, fmt.Errorf("ner: load weight %d: %w: %w", k, ErrFormat, err)
		}
		if gap == 0 || gap > uint64(len(m.w)) || idx+int(gap) >= len(m.w) || v < math.MinInt16 || v > math.MaxInt16 {
			return nil, fmt.Errorf("ner: load weight %d: %w: out of range", k, ErrFormat)
		}
		idx += int(gap)
		m.w[idx] = int16(v)
	}
	return m, nil
}

//go:embed model.bin.gz
var embedded []byte

var defaultModel = sync.OnceValues(func() (*Model, error) {
	return Load(bytes.NewReader(embedded))
})

// Default returns the embedded model, loaded on first use and shared.
func Default() (*Model, error) { return defaultModel() }
