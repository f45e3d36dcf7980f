package lexicon

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"

	"github.com/kextract/kextract/internal/hangul"
)

// maxSpaceRun is the longest run of spaces (in runes) that may stand for the
// single space inside a multi-word name.
const maxSpaceRun = 8

// maxJosaSeqBytes bounds the particle sequence checked after a match.
const maxJosaSeqBytes = 48

// maxJosaItems bounds the number of particles stacked after a noun.
const maxJosaItems = 3

// finalJosaKinds are particle kinds after which no other particle follows
// (은/는, 이/가, 을/를, 의, copula and quotative endings); finalJosaForms
// are such particles of kind "other" (도 "also", 이나 "or").
var (
	finalJosaKinds = setOf("topic", "subject", "object", "genitive", "copula", "quotative")
	finalJosaForms = setOf("도", "이나", "나")
)

// maxStemWordBytes bounds a word considered for stemmed matching.
const maxStemWordBytes = 64

// pattern is one surface form of an entry or title in a matcher.
type pattern struct {
	target        int32     // entry or title index
	orig          string    // space-normalised surface as written
	prio          int32     // higher wins when several targets share a surface
	caseSensitive bool      // short all-caps Latin name: compare exactly
	singleHangul  bool      // exactly one Hangul syllable: whole word only
	singleHan     bool      // exactly one Hanja: may stand inside a Hanja run
	lastLatin     bool      // ends with a Latin letter or digit
	place         bool      // a place: "인" after it makes a demonym (한국인)
	base          baseClass // what derived names it may begin (see derive.go)
}

// matcher finds patterns at word starts with one trie walk per start.
type matcher struct {
	t         *trie
	pats      []pattern
	stems     map[string][]int32 // stemmed multi-word English keys
	stemFirst map[string]bool    // stems of the first words of those keys
	stemPre   map[uint32]bool    // first three lower-case bytes of first words
	stemMax   int                // most words in a stemmed key
	// wholeSingle: a one-syllable Hangul pattern only matches a whole word
	// (names); titles such as 씨 may take particles.
	wholeSingle bool
	// deriv holds the suffixes of derived names (nil: no derivation).
	deriv *derivTable
	// firstNode is the trie node after each Hangul syllable that begins a
	// key (0 for the others): one look-up instead of three byte steps, and
	// a word beginning with another syllable starts no match.
	firstNode []uint32
	// next2 holds the pairs of syllables that begin keys (see pairSet),
	// and firstOut the syllables that are keys by themselves: a word whose
	// first two syllables begin no key is rejected from these small sets,
	// without the steps through the trie's large arrays that would reject
	// it too. Syllables after which a key ends inside the bytes of a
	// second syllable (never, for valid keys) are left out of next2's
	// test (noPairTest).
	next2      pairSet
	firstOut   syllableSet
	noPairTest syllableSet
}

// syllableSet is a set of Hangul syllables, one bit each.
type syllableSet [(hangulLast - hangulFirst + 64) / 64]uint64

func (s *syllableSet) add(r rune) { s[(r-hangulFirst)>>6] |= 1 << ((r - hangulFirst) & 63) }

// has reports whether syllable r (U+AC00..U+D7A3) is in s.
func (s *syllableSet) has(r rune) bool { return s[(r-hangulFirst)>>6]&(1<<((r-hangulFirst)&63)) != 0 }

// pairSet is a set of pairs of syllables hashed to one bit each: has may
// answer true for a pair never added (a few percent of pairs), never false
// for one added.
type pairSet struct {
	bits  []uint64
	shift uint
}

func pairHash(a, b rune) uint64 { return (uint64(a)<<24 | uint64(b)) * 0x9E3779B97F4A7C15 }

func newPairSet(pairs [][2]rune) pairSet {
	bits := uint(12) // 64 bits a word, about 16 bits a pair
	for 1<<bits < 16*len(pairs) {
		bits++
	}
	s := pairSet{bits: make([]uint64, 1<<(bits-6)), shift: 64 - bits}
	for _, p := range pairs {
		h := pairHash(p[0], p[1]) >> s.shift
		s.bits[h>>6] |= 1 << (h & 63)
	}
	return s
}

func (s *pairSet) has(a, b rune) bool {
	h := pairHash(a, b) >> s.shift
	return s.bits[h>>6]&(1<<(h&63)) != 0
}

// setPairs fills next2, firstOut and noPairTest from the trie: for each
// syllable that begins a key, the syllables whose three bytes lead from its
// node to another node.
func (m *matcher) setPairs() {
	var pairs [][2]rune
	for r := rune(hangulFirst); r <= hangulLast; r++ {
		n := m.firstNode[r-hangulFirst]
		if n == 0 {
			continue
		}
		if m.t.payload(n) != nil {
			m.firstOut.add(r)
		}
		var walk func(n uint32, path []byte)
		walk = func(n uint32, path []byte) {
			if len(path) == 3 {
				if r2, ok := hangul.SyllableAt(string(path), 0); ok {
					pairs = append(pairs, [2]rune{r, r2})
				}
				return
			}
			if len(path) > 0 && m.t.payload(n) != nil {
				m.noPairTest.add(r) // a key ends inside a syllable's bytes
			}
			nd := m.t.nodes[n]
			for e := nd.edgeLo; e < nd.edgeHi; e++ {
				walk(e+1, append(path, m.t.labels[e]))
			}
		}
		walk(n, make([]byte, 0, 3))
	}
	m.next2 = newPairSet(pairs)
}

// mayStart reports whether a match can begin with rune r.
func (m *matcher) mayStart(r rune) bool {
	return r < hangulFirst || r > hangulLast || m.firstNode[r-hangulFirst] != 0
}

// matcherBuilder collects patterns before the trie is built.
type matcherBuilder struct {
	pats      []pattern
	keys      []string // the trie key of each pattern: its ASCII-folded surface
	stems     map[string][]int32
	stemCache map[string]string // word -> Snowball stem (names repeat words)
}

func newMatcherBuilder(sizeHint int) *matcherBuilder {
	return &matcherBuilder{
		pats:      make([]pattern, 0, sizeHint),
		keys:      make([]string, 0, sizeHint),
		stems:     map[string][]int32{},
		stemCache: map[string]string{},
	}
}

// add registers surface s for target with priority prio; place marks the
// names of places.
func (b *matcherBuilder) add(s string, target, prio int32, place bool) {
	s = normKey(s)
	if s == "" {
		return
	}
	r := lastRune(s)
	one := runeCount1(s)
	p := pattern{
		target:        target,
		orig:          s,
		prio:          prio,
		caseSensitive: isShortCaps(s),
		singleHangul:  one && classOf(r) == clsHangul,
		singleHan:     one && classOf(r) == clsHan,
		lastLatin:     classOf(r) == clsLatin,
		place:         place,
	}
	idx := int32(len(b.pats))
	b.pats = append(b.pats, p)
	b.keys = append(b.keys, foldASCII(s))
	if sk, ok := b.stemKey(s); ok {
		b.stems[sk] = append(b.stems[sk], idx)
	}
}

// setBase marks the pattern added last as a possible base of derived names
// when entry e and the surface allow it.
func (b *matcherBuilder) setBase(e *Entry) {
	if len(b.pats) == 0 {
		return
	}
	p := &b.pats[len(b.pats)-1]
	p.base = derivBaseClass(e, p.orig)
}

// stemKey returns the Snowball key of a multi-word name made only of ASCII
// letters and digits ("Moor Insights and Strategy" -> "moor insight and strategi").
func (b *matcherBuilder) stemKey(s string) (string, bool) {
	if strings.IndexByte(s, ' ') < 0 {
		return "", false
	}
	// words of ASCII letters and digits, one space between them
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == ' ' {
			if i == 0 || i == len(s)-1 || s[i-1] == ' ' {
				return "", false
			}
		} else if !isAlnumByte(c) {
			return "", false
		}
	}
	var key strings.Builder
	key.Grow(len(s))
	for rest, first := s, true; rest != ""; first = false {
		w, after, _ := strings.Cut(rest, " ")
		rest = after
		st, ok := b.stemCache[w]
		if !ok {
			st = stemWord(w)
			b.stemCache[w] = st
		}
		if !first {
			key.WriteByte(' ')
		}
		key.WriteString(st)
	}
	return key.String(), true
}

func stemWord(w string) string { return english.Stem(foldASCII(w), false) }

func isAlnumByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// pre3 packs the first three bytes of a word, ASCII-lowercased; Snowball
// stemming keeps them (it only rewrites suffixes past the first syllable).
func pre3(w string) uint32 {
	var k uint32
	for i := 0; i < 3; i++ {
		k <<= 8
		if i < len(w) {
			k |= uint32(w[i] | 0x20)
		}
	}
	return k
}

// build sorts payload lists by priority and builds the trie. With
// wholeSingle, one-syllable Hangul patterns never take particles.
func (b *matcherBuilder) build(wholeSingle bool) *matcher {
	byPrio := func(l []int32) {
		slices.SortStableFunc(l, func(x, y int32) int { return int(b.pats[y].prio - b.pats[x].prio) })
	}
	// The patterns by key, and those of a key by priority, highest first,
	// then in the order they were added: the payload lists of the keys,
	// in one array.
	order := make([]int32, len(b.pats))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int {
		if c := strings.Compare(b.keys[x], b.keys[y]); c != 0 {
			return c
		}
		if c := b.pats[y].prio - b.pats[x].prio; c != 0 {
			return int(c)
		}
		return int(x - y)
	})
	var keys []string
	var outs [][]int32
	for i := 0; i < len(order); {
		k := b.keys[order[i]]
		j := i + 1
		for j < len(order) && b.keys[order[j]] == k {
			j++
		}
		if k != "" {
			keys = append(keys, k)
			outs = append(outs, order[i:j:j])
		}
		i = j
	}
	m := &matcher{t: buildSortedTrie(keys, outs), pats: b.pats, wholeSingle: wholeSingle}
	m.firstNode = make([]uint32, hangulLast-hangulFirst+1)
	for _, k := range keys {
		if r, size := utf8.DecodeRuneInString(k); r >= hangulFirst && r <= hangulLast {
			n := uint32(0)
			for i := 0; i < size && (i == 0 || n != 0); i++ {
				n = m.t.next(n, k[i])
			}
			m.firstNode[r-hangulFirst] = n
		}
	}
	m.setPairs()
	if len(b.stems) > 0 {
		m.stems = b.stems
		m.stemFirst = map[string]bool{}
		m.stemPre = map[uint32]bool{}
		for k, l := range b.stems {
			byPrio(l)
			words := strings.Split(k, " ")
			m.stemFirst[words[0]] = true
			m.stemMax = max(m.stemMax, len(words))
			for _, pi := range l {
				first, _, _ := strings.Cut(b.pats[pi].orig, " ")
				m.stemPre[pre3(first)] = true
			}
		}
	}
	return m
}

// cand is a raw match: [start,end) plus particles up to josaEnd. A
// derived name (deriv != 0) is pattern pat on [start,start+baseLen)
// followed by suffix |deriv|-1 of the matcher's table up to end; deriv is
// negative when the suffix followed the base's unit (천안시 + 의회). The
// fields are packed so that a candidate takes 32 bytes.
type cand struct {
	start, end, josaEnd int
	pat                 int32
	deriv               int16
	baseLen             uint16 // a lexicon key (at most maxFieldBytes) with its spaces as written
}

// derivation returns the suffix index of a derived candidate and whether
// it followed the base's unit.
func (c cand) derivation() (suf int, afterUnit bool) {
	if c.deriv < 0 {
		return int(-c.deriv) - 1, true
	}
	return int(c.deriv) - 1, false
}

// scan finds, at every word start, the longest acceptable pattern, and then
// resolves overlaps (longest wins). The result is sorted by start.
func (m *matcher) scan(text string, js *josaSet) []cand {
	var out []cand
	var sc stemCache
	prev := clsNone
	for i := 0; i < len(text); {
		if prev != clsNone && !isBoundary(prev) && hangul.LetterBlockAt(text, i) {
			// inside a word, a Hangul syllable starts no match (only Han
			// characters do, and word starts)
			i += 3
			continue
		}
		r, n := decode(text, i)
		c := classOf(r)
		if c != clsSpace && c != clsPunct {
			wordStart := prev == clsNone || prev == clsSpace || prev == clsPunct
			if (wordStart || c == clsHan) && m.mayStart(r) {
				if cd, ok := m.longestAt(text, i, wordStart, js, &sc); ok {
					out = append(out, cd)
				}
			}
		}
		prev = c
		i += n
	}
	return resolve(out)
}

// longestAt returns the longest acceptable candidate starting at i.
func (m *matcher) longestAt(text string, i int, wordStart bool, js *josaSet, sc *stemCache) (cand, bool) {
	best := cand{pat: -1}
	t := m.t
	n := uint32(0)
	j := i
	if r, ok := hangul.SyllableAt(text, i); ok {
		// the node after the first syllable, looked up at once
		if n = m.firstNode[r-hangulFirst]; n == 0 {
			return best, false
		}
		j = i + 3
		if m.firstOut.has(r) {
			if pl := t.payload(n); len(pl) > 0 {
				m.bestAt(text, i, j, pl, wordStart, js, &best)
			}
		}
		if r2, ok := hangul.SyllableAt(text, j); ok && !m.next2.has(r, r2) && !m.noPairTest.has(r) {
			// no key goes on from r to r2: the walk would end inside r2's
			// bytes, and a word starting with a syllable is no stem match
			return best, best.pat >= 0
		}
	}
	for j < len(text) {
		var c byte
		if sp := hspaceAt(text, j); sp > 0 {
			k, runes := j+sp, 1
			for k < len(text) && runes <= maxSpaceRun {
				s := hspaceAt(text, k)
				if s == 0 {
					break
				}
				k += s
				runes++
			}
			if runes > maxSpaceRun {
				break
			}
			c, j = ' ', k
		} else {
			c = text[j]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			j++
		}
		n = t.next(n, c)
		if n == 0 {
			break
		}
		if pl := t.payload(n); len(pl) > 0 {
			m.bestAt(text, i, j, pl, wordStart, js, &best)
		}
	}
	if m.stems != nil && wordStart && isAlnumByte(text[i]) {
		if c, ok := m.stemAt(text, i, js, sc); ok && (best.pat < 0 || c.end > best.end) {
			best = c
		}
	}
	return best, best.pat >= 0
}

// bestAt makes the first acceptable pattern of payload on text[i:j] the
// best candidate, or else, when a place or company pattern is followed by a
// suffix of a derived name (충남 + 도의회), that derived name; a derived
// name is only replaced by a listed name at least as long.
func (m *matcher) bestAt(text string, i, j int, payload []int32, wordStart bool, js *josaSet, best *cand) {
	if best.pat >= 0 && j < best.end {
		return // inside a derived name already found
	}
	for _, p := range payload {
		if je, ok := m.accept(text, i, j, p, wordStart, js); ok {
			*best = cand{start: i, end: j, josaEnd: je, pat: p}
			return
		}
	}
	if m.deriv == nil || !wordStart {
		return
	}
	for _, p := range payload {
		pat := &m.pats[p]
		if pat.base == baseNone || pat.caseSensitive && text[i:j] != pat.orig {
			continue
		}
		if j-i > math.MaxUint16 {
			continue
		}
		if d, je, ok := m.deriv.suffixAt(text, j, text[i:j], pat.base, js); ok {
			k := int16(d.suf + 1)
			if d.afterUnit {
				k = -k
			}
			*best = cand{start: i, end: d.end, josaEnd: je, pat: p, baseLen: uint16(j - i), deriv: k}
			return
		}
	}
}

// accept checks the start and end conditions of pattern p on text[start:end]
// and returns where the following particles end.
func (m *matcher) accept(text string, start, end int, p int32, wordStart bool, js *josaSet) (int, bool) {
	pat := &m.pats[p]
	if !wordStart && !pat.singleHan {
		return 0, false
	}
	if pat.caseSensitive && text[start:end] != pat.orig {
		return 0, false
	}
	if pat.singleHan && !m.hanRunOfAbbreviations(text, start, end) {
		return 0, false // 烙印, 長野: a word in Chinese characters, no 印 (India)
	}
	if end == len(text) {
		return end, true
	}
	r, _ := decode(text, end)
	c := classOf(r)
	switch {
	case isBoundary(c):
		return end, true
	case pat.singleHan && c == clsHan:
		return end, true
	case pat.lastLatin && c == clsLatin, pat.singleHangul && m.wholeSingle:
		return 0, false
	}
	je, ok := js.sequenceAt(text, end)
	if !ok && pat.singleHan {
		return end, true // 美국무부, 北미사일: the abbreviation prefixes a noun
	}
	if ok && pat.place && text[end:je] == "인" {
		return 0, false // 한국인, 미국인: a demonym, not 한국 + copula
	}
	return je, ok
}

// hanRunOfAbbreviations reports whether the Chinese character before the
// one-character match at start, if any, lets it be an abbreviation: another
// one (韓美), or a prefix written with them (訪美 "visiting the US", 親中,
// 反日, 對北, 脫北, 駐韓). In 烙印 or 長野 the 印 and 野 end a word written
// in Chinese characters. A character after it is no test: 美軍, 北核, 日帝
// are abbreviations and a noun.
func (m *matcher) hanRunOfAbbreviations(text string, start, end int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:start])
	return classOf(r) != clsHan || abbreviationPrefixes[r] || m.singleHanName(r)
}

// abbreviationPrefixes are the Chinese characters written before a
// country's one-character name.
var abbreviationPrefixes = map[rune]bool{
	'訪': true, '親': true, '反': true, '對': true, '脫': true, '駐': true, '在': true, '入': true, '出': true,
	'離': true, '來': true, '歸': true, '滯': true, '汎': true, '知': true, '嫌': true, '排': true, '抗': true,
	'通': true, '全': true, '南': true, '東': true, '西': true, '克': true,
}

// singleHanName reports whether the Chinese character r is by itself a
// key of the matcher (美, 韓, 北).
func (m *matcher) singleHanName(r rune) bool {
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	node := uint32(0)
	for i := range n {
		if node = m.t.next(node, b[i]); node == 0 {
			return false
		}
	}
	return m.t.payload(node) != nil
}

// stemAt matches stemmed multi-word English names starting at i.
func (m *matcher) stemAt(text string, i int, js *josaSet, sc *stemCache) (cand, bool) {
	best := cand{pat: -1}
	var key strings.Builder
	pos := i
	for w := 0; w < m.stemMax; w++ {
		// token [pos, e)
		e := pos
		for e < len(text) && isAlnumByte(text[e]) && e-pos <= maxStemWordBytes {
			e++
		}
		if e == pos || e-pos > maxStemWordBytes {
			break
		}
		tok := text[pos:e]
		if w == 0 && !m.stemPre[pre3(tok)] {
			break
		}
		st := sc.stem(tok)
		if w == 0 {
			if !m.stemFirst[st] {
				break
			}
		} else {
			key.WriteByte(' ')
		}
		key.WriteString(st)
		if w > 0 {
			for _, p := range m.stems[key.String()] {
				if je, ok := m.accept(text, i, e, p, true, js); ok {
					best = cand{start: i, end: e, josaEnd: je, pat: p}
					break
				}
			}
		}
		// gap: horizontal spaces only
		k, runes := e, 0
		for k < len(text) && runes <= maxSpaceRun {
			s := hspaceAt(text, k)
			if s == 0 {
				break
			}
			k += s
			runes++
		}
		if runes == 0 || runes > maxSpaceRun {
			break
		}
		pos = k
	}
	return best, best.pat >= 0
}

// stemCache remembers the stems of the words of one scan (bounded size), so
// that repeated words and overlapping word chains are stemmed once.
type stemCache struct {
	m map[string]string
}

const stemCacheMax = 1024

func (c *stemCache) stem(w string) string {
	if st, ok := c.m[w]; ok {
		return st
	}
	st := stemWord(w)
	if c.m == nil || len(c.m) >= stemCacheMax {
		c.m = make(map[string]string, 16)
	}
	c.m[w] = st
	return st
}

// resolve removes overlaps from candidates sorted by start: within each
// cluster of overlapping candidates the longest are kept first.
func resolve(cs []cand) []cand {
	out := cs[:0]
	for i := 0; i < len(cs); {
		j, end := i+1, cs[i].josaEnd
		for j < len(cs) && cs[j].start < end {
			end = max(end, cs[j].josaEnd)
			j++
		}
		if j == i+1 {
			out = append(out, cs[i])
		} else {
			out = append(out, pickLongest(cs[i:j], cs[i].start, end)...)
		}
		i = j
	}
	return out
}

// pickLongest picks non-overlapping candidates of one cluster spanning
// [lo,hi), longest first, and returns them sorted by start.
func pickLongest(cl []cand, lo, hi int) []cand {
	sorted := slices.Clone(cl)
	slices.SortStableFunc(sorted, func(a, b cand) int {
		if d := (b.end - b.start) - (a.end - a.start); d != 0 {
			return d
		}
		return a.start - b.start
	})
	used := make([]bool, hi-lo)
	picked := sorted[:0]
	for _, c := range sorted {
		free := true
		for k := c.start; k < c.josaEnd; k++ {
			if used[k-lo] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for k := c.start; k < c.josaEnd; k++ {
			used[k-lo] = true
		}
		picked = append(picked, c)
	}
	slices.SortFunc(picked, func(a, b cand) int { return a.start - b.start })
	return picked
}

// josaSet recognises sequences of Korean particles.
type josaSet struct {
	t    *trie
	kind map[string]string
	// first and last hold the runes that begin and end a particle: a
	// sequence must begin with one and end with one, a cheap test that
	// rejects most positions before the trie is walked.
	first, last runeSet
	// firstNode is the trie node after the first syllable of a particle,
	// by syllable (0: no particle begins with it).
	firstNode []uint32
}

// newJosaSet builds the particle recogniser from particle -> final flag
// (1 for a particle that ends a sequence) and particle -> kind.
func newJosaSet(final map[string][]int32, kind map[string]string) *josaSet {
	js := &josaSet{t: buildTrie(final), kind: kind}
	js.firstNode = make([]uint32, hangulLast-hangulFirst+1)
	for p := range final {
		if p == "" {
			continue
		}
		r, size := utf8.DecodeRuneInString(p)
		js.first.add(r)
		if r >= hangulFirst && r <= hangulLast {
			n := uint32(0)
			for i := 0; i < size && (i == 0 || n != 0); i++ {
				n = js.t.next(n, p[i])
			}
			js.firstNode[r-hangulFirst] = n
		}
		r, _ = utf8.DecodeLastRuneInString(p)
		js.last.add(r)
	}
	return js
}

// sequenceAt checks that the rest of the eojeol starting at e is a sequence
// of particles and returns its end.
func (js *josaSet) sequenceAt(text string, e int) (int, bool) {
	if js == nil || js.t == nil {
		return 0, false
	}
	k := e
	for k < len(text) {
		r, n := decode(text, k)
		if isBoundary(classOf(r)) {
			break
		}
		k += n
		if k-e > maxJosaSeqBytes {
			return 0, false
		}
	}
	if js.isSequence(text[e:k]) {
		return k, true
	}
	return 0, false
}

// isSequence reports whether s (at most maxJosaSeqBytes long) is a
// sequence of at most maxJosaItems listed particles in which only the last
// one may be a final particle (미국과의, 오픈AI에서는; not 을+에서, 도+는).
func (js *josaSet) isSequence(s string) bool {
	if s == "" || len(s) > maxJosaSeqBytes || js == nil || js.t == nil {
		return false
	}
	if r, _ := decode(s, 0); !js.first.has(r) {
		return false
	}
	if !js.last.has(lastRune(s)) {
		return false
	}
	return js.sequence(s)
}

// sequence is isSequence without its quick tests (the caller has made
// them): the walk over the particles.
func (js *josaSet) sequence(s string) bool {
	// items[p] = 1 + fewest particles reaching p with a non-final last one
	// (0: unreachable).
	var items [maxJosaSeqBytes + 1]uint8
	items[0] = 1
	for p := 0; p < len(s); p++ {
		if items[p] == 0 || int(items[p]) > maxJosaItems {
			continue
		}
		n, q := uint32(0), p
		if r, ok := hangul.SyllableAt(s, p); ok && js.firstNode != nil {
			// the node after the first syllable, looked up at once
			if n = js.firstNode[r-hangulFirst]; n == 0 {
				continue
			}
			q = p + 3
		}
		for {
			if pl := js.t.payload(n); pl != nil && q > p {
				if q == len(s) {
					return true
				}
				if pl[0] == 0 && (items[q] == 0 || items[q] > items[p]+1) {
					items[q] = items[p] + 1
				}
			}
			if q == len(s) {
				break
			}
			if n = js.t.next(n, s[q]); n == 0 {
				break
			}
			q++
		}
	}
	return false
}
