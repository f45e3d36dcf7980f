package lexicon

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"slices"
)

// The compiled default lexicon: the embedded data (data/*.tsv) built once by
// build and serialized at generation time into data/default.lexc, so that
// Default decodes flat arrays (a few milliseconds less than parsing the files
// and building the tries and tables at every start of a process). Regenerate
// it after changing the data or the code that builds the lexicon with
//
//	go generate -run TestCompiledUpToDate ./lexicon
//
// which runs TestCompiledUpToDate with -update; without -update that test
// fails when the file is not what build makes of the sources now, so the
// file cannot go stale unnoticed. At run time the file also carries a
// checksum of the embedded data files: when they differ (edited without
// regenerating), Default builds the lexicon from them as before.
//
//go:generate go test . -run TestCompiledUpToDate -args -update

//go:embed data/default.lexc
var compiledDefault string

// compiledMagic starts data/default.lexc; the byte after it is the format
// version, compiledVersion, raised with every change of the layout.
const (
	compiledMagic   = "kextract-lexicon\n"
	compiledVersion = 1
)

// errCompiled is returned for a compiled lexicon that cannot be decoded.
var errCompiled = errors.New("lexicon: bad compiled lexicon")

// sourceChecksum is the CRC-32C of the names and contents of the embedded
// data files, in EmbeddedFiles order: what the compiled lexicon was built
// from.
func sourceChecksum() (uint32, error) {
	h := crc32.New(crc32.MakeTable(crc32.Castagnoli))
	for _, name := range EmbeddedFiles() {
		data, err := dataFS.ReadFile(name)
		if err != nil {
			return 0, err
		}
		var n [8]byte
		binary.LittleEndian.PutUint64(n[:], uint64(len(data)))
		_, _ = io.WriteString(h, name)
		_, _ = h.Write(n[:])
		_, _ = h.Write(data)
	}
	return h.Sum32(), nil
}

// loadDefault returns the lexicon of the embedded data: decoded from the
// compiled file when it was built from the embedded data files as they are,
// else built from them.
func loadDefault() (*Lexicon, error) { return loadCompiled(compiledDefault) }

// loadCompiled decodes compiled when it was built from the embedded data
// files as they are, else builds the lexicon from them.
func loadCompiled(compiled string) (*Lexicon, error) {
	sum, err := sourceChecksum()
	if err == nil {
		if l, err := decodeLexicon(compiled, sum); err == nil {
			return l, nil
		}
	}
	return build(&config{})
}

// encodeLexicon serializes l, built from data files of checksum sum.
func encodeLexicon(l *Lexicon, sum uint32) ([]byte, error) {
	e := &encoder{b: []byte(compiledMagic)}
	e.b = append(e.b, compiledVersion)
	e.b = binary.LittleEndian.AppendUint32(e.b, sum)
	e.uint(len(l.entries))
	for _, en := range l.entries {
		typ := 0
		switch en.Type {
		case TypeOrg:
		case TypeLocation:
			typ = 1
		default:
			return nil, errors.New("lexicon: compile: entry of unknown type " + en.Type)
		}
		if en.ID != en.Type+":"+en.Name {
			return nil, errors.New("lexicon: compile: entry ID " + en.ID + " is not its type and name")
		}
		e.uint(typ)
		e.str(en.ID)
		e.str(en.English)
		e.str(en.Kind)
		e.strs(en.Aliases)
	}
	e.matcher(l.ents)
	e.uint(len(l.titles))
	for _, t := range l.titles {
		e.str(t.Title)
		e.str(t.Kind)
	}
	e.matcher(l.titleM)
	e.strMap(l.suffixes)
	e.strMap(l.surnames)
	e.strMap(l.josa.kind)
	e.strMap(l.verbs)
	return e.b, nil
}

// decodeLexicon decodes a lexicon encoded by encodeLexicon from data files
// of checksum sum. Its strings are substrings of s.
func decodeLexicon(s string, sum uint32) (l *Lexicon, err error) {
	d := &decoder{s: s}
	if d.bytes(len(compiledMagic)) != compiledMagic || d.byte() != compiledVersion || d.u32() != sum {
		return nil, errCompiled
	}
	l = &Lexicon{}
	n := d.len(4)
	l.entries = make([]*Entry, n)
	entries := make([]Entry, n)
	l.byID = make(map[string]*Entry, n)
	var aliases []string
	for i := range entries {
		en := &entries[i]
		en.Type = TypeOrg
		if d.uint() == 1 {
			en.Type = TypeLocation
		}
		en.ID = d.str()
		if len(en.ID) > len(en.Type) {
			en.Name = en.ID[len(en.Type)+1:]
		}
		en.English = d.str()
		en.Kind = d.str()
		if k := d.len(1); k > 0 {
			if len(aliases) < k {
				aliases = make([]string, max(k, 1024))
			}
			for j := range k {
				aliases[j] = d.str()
			}
			en.Aliases = aliases[:k:k]
			aliases = aliases[k:]
		}
		l.entries[i] = en
		l.byID[en.ID] = en
	}
	l.ents = d.matcher()
	l.deriv = newDerivTable()
	l.ents.deriv = l.deriv
	l.titles = make([]TitleInfo, d.len(2))
	for i := range l.titles {
		l.titles[i] = TitleInfo{Title: d.str(), Kind: d.str()}
	}
	l.titleM = d.matcher()
	l.suffixes = d.strMap()
	l.surnames = d.strMap()
	josa := d.strMap()
	l.verbs = d.strMap()
	if d.err != nil || d.p != len(d.s) || !targetsIn(l.ents, len(l.entries)) || !targetsIn(l.titleM, len(l.titles)) {
		return nil, errCompiled
	}
	l.indexTitles()
	l.setMaxLengths()
	l.josa = josaSetOf(josa)
	return l, nil
}

// targetsIn reports whether the patterns of m name targets below n.
func targetsIn(m *matcher, n int) bool {
	for _, p := range m.pats {
		if p.target < 0 || int(p.target) >= n {
			return false
		}
	}
	return true
}

// Flag bits of a pattern.
const (
	patCaseSensitive = 1 << iota
	patSingleHangul
	patSingleHan
	patLastLatin
	patPlace
)

func (e *encoder) matcher(m *matcher) {
	e.trie(m.t)
	e.uint(len(m.pats))
	for _, p := range m.pats {
		e.uint(int(p.target))
		e.str(p.orig)
		e.int(int64(p.prio))
		f := 0
		for _, b := range []struct {
			on  bool
			bit int
		}{{p.caseSensitive, patCaseSensitive}, {p.singleHangul, patSingleHangul}, {p.singleHan, patSingleHan}, {p.lastLatin, patLastLatin}, {p.place, patPlace}} {
			if b.on {
				f |= b.bit
			}
		}
		e.uint(f)
		e.uint(int(p.base))
	}
	if m.stems == nil {
		e.uint(0)
	} else {
		e.uint(1)
		keys := sortedKeys(m.stems)
		e.uint(len(keys))
		for _, k := range keys {
			e.str(k)
			e.int32s(m.stems[k])
		}
		e.strs(sortedKeys(m.stemFirst))
		pre := make([]uint32, 0, len(m.stemPre))
		for k := range m.stemPre {
			pre = append(pre, k)
		}
		slices.Sort(pre)
		e.uint(len(pre))
		for _, k := range pre {
			e.uint(int(k))
		}
		e.uint(m.stemMax)
	}
	e.bool(m.wholeSingle)
	e.uint(len(m.firstNode))
	prev := -1
	for i, n := range m.firstNode {
		if n != 0 {
			e.uint(i - prev)
			e.uint(int(n))
			prev = i
		}
	}
	e.uint(0)
	e.uint(int(m.next2.shift))
	e.words(m.next2.bits)
	e.words(m.firstOut[:])
	e.words(m.noPairTest[:])
}

func (d *decoder) matcher() *matcher {
	m := &matcher{t: d.trie()}
	m.pats = make([]pattern, d.len(5))
	for i := range m.pats {
		p := &m.pats[i]
		p.target = int32(d.uint())
		p.orig = d.str()
		p.prio = int32(d.int())
		f := d.uint()
		p.caseSensitive = f&patCaseSensitive != 0
		p.singleHangul = f&patSingleHangul != 0
		p.singleHan = f&patSingleHan != 0
		p.lastLatin = f&patLastLatin != 0
		p.place = f&patPlace != 0
		p.base = baseClass(d.uint())
	}
	for _, o := range m.t.outs {
		for _, p := range o {
			if p < 0 || int(p) >= len(m.pats) {
				d.fail()
			}
		}
	}
	if d.uint() == 1 {
		n := d.len(2)
		m.stems = make(map[string][]int32, n)
		for range n {
			k := d.str()
			m.stems[k] = d.int32s()
		}
		first := d.strs()
		m.stemFirst = make(map[string]bool, len(first))
		for _, k := range first {
			m.stemFirst[k] = true
		}
		n = d.len(1)
		m.stemPre = make(map[uint32]bool, n)
		for range n {
			m.stemPre[uint32(d.uint())] = true
		}
		m.stemMax = d.uint()
	}
	m.wholeSingle = d.bool()
	m.firstNode = make([]uint32, d.len(0))
	for i := -1; ; {
		gap := d.uint()
		if gap == 0 || d.err != nil {
			break
		}
		if i += gap; i >= len(m.firstNode) {
			d.fail()
			break
		}
		if m.firstNode[i] = uint32(d.uint()); int(m.firstNode[i]) >= len(m.t.nodes) {
			d.fail()
		}
	}
	m.next2.shift = uint(d.uint())
	m.next2.bits = d.words(nil)
	if m.next2.shift < 24 || m.next2.shift > 58 || len(m.next2.bits) != 1<<(64-m.next2.shift-6) {
		d.fail()
	}
	d.words(m.firstOut[:])
	d.words(m.noPairTest[:])
	return m
}

// trie writes t: the labels, then a number per node (in the order of the
// nodes) saying how many edges it has and whether it has a payload list,
// then the lists. Where the edges of each node start and which list is
// its own follow from the order buildSortedTrie lays the trie out in: a
// node's edges are laid out when it is reached in a depth-first walk
// (children in label order) and its list is the next in that walk.
func (e *encoder) trie(t *trie) {
	e.str(string(t.labels))
	e.uint(len(t.nodes))
	for _, n := range t.nodes {
		v := int(n.edgeHi-n.edgeLo) << 1
		if n.out >= 0 {
			v |= 1
		}
		e.uint(v)
	}
	e.uint(len(t.outs))
	total := 0
	for _, o := range t.outs {
		total += len(o)
	}
	e.uint(total)
	for _, o := range t.outs {
		e.int32s(o)
	}
	e.uint(t.maxDepth)
}

// trie reads what encoder.trie wrote and lays the trie out again.
func (d *decoder) trie() *trie {
	t := &trie{labels: []byte(d.str())}
	n := d.len(1)
	if n != len(t.labels)+1 {
		d.fail()
		n = 0
	}
	t.nodes = make([]trieNode, n)
	for i := range t.nodes {
		v := d.uint()
		t.nodes[i] = trieNode{edgeHi: uint32(v >> 1), out: int32(v & 1)} // for now: edges, has a list
	}
	// the payload lists, in one array
	lists := d.len(1)
	t.outs = make([][]int32, lists)
	all := make([]int32, 0, d.len(1))
	for o := range t.outs {
		k := d.len(1)
		if len(all)+k > cap(all) {
			d.fail()
			break
		}
		for range k {
			all = append(all, int32(d.int()))
		}
		t.outs[o] = all[len(all)-k : len(all) : len(all)]
	}
	t.maxDepth = d.uint()
	if d.err != nil || n == 0 {
		d.fail()
		return &trie{nodes: make([]trieNode, 1)}
	}
	// the depth-first walk of buildSortedTrie
	stack := make([]uint32, 1, 64)
	edge, list := uint32(0), int32(0)
	for len(stack) > 0 {
		nd := &t.nodes[stack[len(stack)-1]]
		stack = stack[:len(stack)-1]
		if nd.out == 1 {
			nd.out = list
			list++
		} else {
			nd.out = -1
		}
		if k := nd.edgeHi; k > 0 {
			if k > uint32(len(t.labels))-edge {
				d.fail()
				break
			}
			nd.edgeLo, nd.edgeHi = edge, edge+k
			edge += k
			for e := nd.edgeHi; e > nd.edgeLo; e-- {
				stack = append(stack, e) // node e is the child of edge e-1
			}
		}
	}
	if d.err != nil || edge != uint32(len(t.labels)) || int(list) != lists {
		d.fail()
		return &trie{nodes: make([]trieNode, 1)}
	}
	t.setRoot()
	return t
}

// sortedKeys returns the keys of m in increasing order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// encoder appends values to b: unsigned and signed varints, strings as
// their length and bytes.
type encoder struct{ b []byte }

func (e *encoder) uint(v int)   { e.b = binary.AppendUvarint(e.b, uint64(v)) }
func (e *encoder) int(v int64)  { e.b = binary.AppendVarint(e.b, v) }
func (e *encoder) str(s string) { e.uint(len(s)); e.b = append(e.b, s...) }
func (e *encoder) bool(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}
func (e *encoder) strs(s []string) {
	e.uint(len(s))
	for _, x := range s {
		e.str(x)
	}
}

func (e *encoder) int32s(s []int32) {
	e.uint(len(s))
	for _, x := range s {
		e.int(int64(x))
	}
}

// words writes a length and fixed 8-byte words (dense bit sets).
func (e *encoder) words(s []uint64) {
	e.uint(len(s))
	for _, w := range s {
		e.b = binary.LittleEndian.AppendUint64(e.b, w)
	}
}

// strMap writes a string map, sorted by key.
func (e *encoder) strMap(m map[string]string) {
	keys := sortedKeys(m)
	e.uint(len(keys))
	for _, k := range keys {
		e.str(k)
		e.str(m[k])
	}
}

// decoder reads what encoder wrote from s, at p. After the first error
// (err set) every read returns a zero value.
type decoder struct {
	s   string
	p   int
	err error
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = errCompiled
	}
	d.p = len(d.s)
}

func (d *decoder) byte() byte {
	if d.p >= len(d.s) {
		d.fail()
		return 0
	}
	d.p++
	return d.s[d.p-1]
}

func (d *decoder) bytes(n int) string {
	if n < 0 || n > len(d.s)-d.p {
		d.fail()
		return ""
	}
	d.p += n
	return d.s[d.p-n : d.p]
}

func (d *decoder) u32() uint32 {
	b := d.bytes(4)
	if len(b) < 4 {
		return 0
	}
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// uint reads an unsigned varint of at most 63 bits.
func (d *decoder) uint() int {
	var v uint64
	for shift := uint(0); shift < 63; shift += 7 {
		if d.p >= len(d.s) {
			break
		}
		c := d.s[d.p]
		d.p++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			if v > 1<<62 {
				break
			}
			return int(v)
		}
	}
	d.fail()
	return 0
}

func (d *decoder) int() int64 {
	u := uint64(d.uint())
	return int64(u>>1) ^ -int64(u&1)
}

// len reads a count of items each encoded in at least min bytes, checked
// against the bytes left so that a bad count allocates nothing large.
func (d *decoder) len(min int) int {
	n := d.uint()
	if n > 1<<24 || n*min > len(d.s)-d.p {
		d.fail()
		return 0
	}
	return n
}

func (d *decoder) str() string { return d.bytes(d.uint()) }

func (d *decoder) bool() bool { return d.byte() != 0 }

func (d *decoder) strs() []string {
	s := make([]string, d.len(1))
	for i := range s {
		s[i] = d.str()
	}
	return s
}

func (d *decoder) int32s() []int32 {
	s := make([]int32, d.len(1))
	for i := range s {
		s[i] = int32(d.int())
	}
	return s
}

// words reads a length and the 8-byte words into dst when it is not nil
// (and must be of that length), else into a new slice.
func (d *decoder) words(dst []uint64) []uint64 {
	n := d.len(8)
	if dst == nil {
		dst = make([]uint64, n)
	} else if len(dst) != n {
		d.fail()
		return dst
	}
	for i := range dst {
		b := d.bytes(8)
		if len(b) < 8 {
			return dst
		}
		dst[i] = uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	}
	return dst
}

// strMap reads a string map.
func (d *decoder) strMap() map[string]string {
	n := d.len(2)
	m := make(map[string]string, n)
	for range n {
		k := d.str()
		m[k] = d.str()
	}
	return m
}
