package ner

// Every rune has numFeats hashed features. Most depend on the characters
// around the rune ("rune features", hashed for each rune); the others
// depend only on a few small values, gathered in two keys:
//
//   - the class key: the character classes of the rune and its neighbours
//     (the bias, the class and the class trigram);
//   - the word key: for a rune in an eojeol, its distance from the
//     eojeol's start (up to 7) and end (up to 8), which give its position
//     and the eojeol's length (up to 8), its particle mark and its lexicon
//     mark; for a space, its lexicon mark.
//
// Training sees every feature on its own. A model adds up, once, the rows
// of the features of every key (Model.finish), so that tagging adds one
// row per key instead of one per feature; the sums are exactly the same.

// Feature hashing: FNV-1a style mixing of 64-bit values, then a
// multiplicative hash to the bucket.
const (
	hashSeed  = 0xcbf29ce484222325
	hashPrime = 0x100000001b3
	hashGold  = 0x9E3779B97F4A7C15
)

func mix(h uint64, x int64) uint64 { return (h ^ uint64(x)) * hashPrime }

func tmpl(t int) uint64 { return (hashSeed ^ uint64(t)) * hashGold }

// bucket maps a feature hash to one of 1<<(64-shift) buckets.
func bucket(h uint64, shift uint) uint32 { return uint32((h * hashGold) >> shift) }

// The rune features are computed one multiplication short: last(h, x) is
// mix(h, x) before its multiplication, which bucketLast does together with
// bucket's (bucketLast(last(h, x)) == bucket(mix(h, x)), modulo 2^64).
// hashPrimeGold is hashPrime*hashGold modulo 2^64 (checked by a test).
const hashPrimeGold = 0x22BFEB334B90D7AF

func last(h uint64, x int64) uint64 { return h ^ uint64(x) }

func bucketLast(v uint64, shift uint) uint32 { return uint32((v * hashPrimeGold) >> shift) }

// Key spaces and feature counts.
const (
	numClasses   = clsOther + 1
	numClassKeys = numClasses * numClasses * numClasses
	maxFromStart = 7 // distances from the eojeol's start are counted up to 7
	maxToEnd     = 8 // distances to its end (1 for its last rune) up to 8
	maxLenB      = 8 // eojeol lengths are counted up to maxLenB
	// the marks of lexicon and gazetteer matches, one value: the lexicon's
	// (0..lexILoc) plus (lexILoc+1) times the gazetteer's, so that without a
	// gazetteer the marks, and every feature, are what they were before
	// there was one
	numLexMarks = (lexILoc + 1) * numGazMarks
	// word keys of runes in an eojeol, then one per lexicon mark for spaces
	numInWordKeys = (maxFromStart + 1) * maxToEnd * 3 * numLexMarks
	numWordKeys   = numInWordKeys + numLexMarks
	numKeys       = numClassKeys + numWordKeys

	classFeats     = 3 // features of a class key
	wordKeyFeats   = 6 // features of the word key of a rune in an eojeol
	spaceKeyFeats  = numFeats - classFeats - spaceRuneFeats
	wordRuneFeats  = numFeats - classFeats - wordKeyFeats
	spaceRuneFeats = 12
	// spacePadding is how many times a space repeats one constant feature,
	// so that every rune has numFeats features.
	spacePadding = spaceKeyFeats - 3
	// keyedStride is the number of slots per rune when the keys stand for
	// their features: the two keys, then the rune features.
	keyedStride = 2 + wordRuneFeats
)

// classKey returns the class key of classes c1 (before), c0 and c2 (after).
func classKey(c1, c0, c2 uint8) int {
	return (int(c1)*numClasses+int(c0))*numClasses + int(c2)
}

// classKeyFeatures returns the feature hashes of class key k.
func classKeyFeatures(k int) [classFeats]uint64 {
	c2 := int64(k % numClasses)
	c0 := int64(k / numClasses % numClasses)
	c1 := int64(k / (numClasses * numClasses))
	return [classFeats]uint64{
		tmpl(0),
		mix(tmpl(13), c0),
		mix(mix(mix(tmpl(14), c1), c0), c2),
	}
}

// wordKey returns the word key of the rune at i in the eojeol [es, ee),
// with particle mark josa and lexicon mark lex.
func wordKey(i, es, ee int, josa, lex uint8) int {
	a, b := min(i-es, maxFromStart), min(ee-i, maxToEnd)
	return ((a*maxToEnd+b-1)*3+int(josa))*numLexMarks + int(lex)
}

// spaceKey returns the word key of a space with lexicon mark lex.
func spaceKey(lex uint8) int { return numInWordKeys + int(lex) }

// wordKeyFeatures appends the feature hashes of word key k to dst.
func wordKeyFeatures(dst []uint64, k int) []uint64 {
	if k >= numInWordKeys {
		lex := int64(k - numInWordKeys)
		dst = append(dst, mix(tmpl(15), posSpace), mix(tmpl(31), lex), mix(mix(tmpl(34), lex), posSpace))
		for range spacePadding {
			dst = append(dst, tmpl(30))
		}
		return dst
	}
	lex := int64(k % numLexMarks)
	k /= numLexMarks
	josa := int64(k % 3)
	k /= 3
	a, b := int64(k/maxToEnd), int64(k%maxToEnd+1)
	var pos int64
	switch {
	case a == 0 && b == 1:
		pos = posS
	case a == 0:
		pos = posB
	case b == 1:
		pos = posE
	default:
		pos = posI
	}
	return append(dst,
		mix(tmpl(15), pos),
		mix(mix(tmpl(20), pos), josa),
		mix(mix(tmpl(22), a), b),
		mix(mix(tmpl(23), pos), min(a+b, maxLenB)),
		mix(tmpl(31), lex),
		mix(mix(tmpl(34), lex), pos))
}

// featurize writes the features of every rune into st.feats. With keyed,
// each rune has keyedStride slots: its class key and word key (indices of
// Model.keys), then the buckets of its wordRuneFeats or spaceRuneFeats rune
// features, a space's last slots pointing to the row of zeros (1<<bits). Without keyed (for training), each rune
// has numFeats slots, one bucket per feature.
func (st *state) featurize(bits uint8, keyed bool) {
	n := len(st.runes)
	stride := numFeats
	if keyed {
		stride = keyedStride
	}
	st.feats = grow(st.feats, n*stride)
	shift := 64 - uint(bits)
	zero := uint32(1) << bits // the row of zeros
	at := func(i int) int64 {
		if i < 0 {
			return runeBOS
		}
		if i >= n {
			return runeEOS
		}
		return int64(st.runes[i])
	}
	cls := func(i int) uint8 {
		if i < 0 || i >= n {
			return clsEdge
		}
		return st.class[i]
	}
	var (
		es, ee        int   // current eojeol [es, ee)
		prevE, nextS  int   // previous eojeol end, next eojeol start
		pl1, pl2      int64 // previous eojeol's last chars
		nf1, nf2      int64 // next eojeol's first chars
		suf1          int64 // the eojeol's last char
		lastWordEnd   = -1
		lastWordStart = -1
		keyFeats      []uint64
	)
	for i := 0; i < n; i++ {
		if st.class[i] != clsSpace && (i == 0 || st.class[i-1] == clsSpace) {
			// a new eojeol
			if lastWordEnd >= 0 {
				prevE = lastWordEnd
				pl1, pl2 = at(prevE-1), at(prevE-2)
				if prevE-2 < lastWordStart {
					pl2 = runeBOS
				}
			} else {
				prevE, pl1, pl2 = -1, runeBOS, runeBOS
			}
			es, ee = i, i
			for ee < n && st.class[ee] != clsSpace {
				ee++
			}
			suf1 = at(ee - 1)
			nextS = ee
			for nextS < n && st.class[nextS] == clsSpace {
				nextS++
			}
			nf1, nf2 = at(nextS), at(nextS+1)
			if nextS+1 < n && st.class[nextS+1] == clsSpace {
				nf2 = runeEOS
			}
			lastWordStart, lastWordEnd = es, ee
		}
		inWord := st.class[i] != clsSpace
		pos := int64(st.epos[i])
		lex := int64(st.lex[i])
		c := at(i)
		m2, m1, p1, p2 := at(i-2), at(i-1), at(i+1), at(i+2)
		ck := classKey(cls(i-1), st.class[i], cls(i+1))
		wk := spaceKey(st.lex[i])
		if inWord {
			wk = wordKey(i, es, ee, st.josa[i], st.lex[i])
		}
		// the rune features (see last), then the keys' rows or features
		f := st.feats[i*stride : (i+1)*stride]
		rf := f
		if keyed {
			f[0], f[1] = uint32(ck), uint32(numClassKeys+wk)
			rf = f[2:]
		}
		r := (*[wordRuneFeats]uint32)(rf)
		r[0] = bucketLast(last(tmpl(1), m2), shift)
		r[1] = bucketLast(last(tmpl(2), m1), shift)
		r[2] = bucketLast(last(tmpl(3), c), shift)
		r[3] = bucketLast(last(tmpl(4), p1), shift)
		r[4] = bucketLast(last(mix(tmpl(6), m2), m1), shift)
		r[5] = bucketLast(last(mix(tmpl(7), m1), c), shift)
		r[6] = bucketLast(last(mix(tmpl(8), c), p1), shift)
		r[7] = bucketLast(last(mix(tmpl(9), p1), p2), shift)
		r[8] = bucketLast(last(mix(mix(tmpl(11), m1), c), p1), shift)
		r[9] = bucketLast(last(mix(mix(tmpl(12), c), p1), p2), shift)
		r[10] = bucketLast(last(mix(tmpl(32), lex), c), shift)
		r[11] = bucketLast(last(mix(mix(tmpl(33), m1), p1), int64(st.class[i])), shift)
		nr := spaceRuneFeats
		if inWord {
			nr = wordRuneFeats
			r[12] = bucketLast(last(mix(tmpl(17), pos), suf1), shift)
			r[13] = bucketLast(last(mix(tmpl(21), c), int64(st.josa[i])), shift)
			r[14] = bucketLast(last(mix(mix(tmpl(25), pos), nf1), nf2), shift)
			r[15] = bucketLast(last(mix(mix(tmpl(26), pos), pl2), pl1), shift)
		} else if keyed {
			for k := spaceRuneFeats; k < wordRuneFeats; k++ {
				r[k] = zero
			}
		}
		if keyed {
			continue
		}
		cf := classKeyFeatures(ck)
		keyFeats = wordKeyFeatures(append(keyFeats[:0], cf[:]...), wk)
		for k, x := range keyFeats {
			f[nr+k] = bucket(x, shift)
		}
	}
}

// featurizeKeyed is featurize(bits, true), the tagger's: the same slots,
// computed with the runes and classes around the current one held in a
// window that slides one rune a step, instead of being read and tested
// against the chunk's ends for every feature.
func (st *state) featurizeKeyed(bits uint8) {
	n := len(st.runes)
	st.feats = resize(st.feats, n*keyedStride)
	if n == 0 {
		return
	}
	shift := 64 - uint(bits)
	zero := uint32(1) << bits // the row of zeros
	runes, class, epos, lexm, josa := st.runes, st.class[:n], st.epos[:n], st.lex[:n], st.josa[:n]
	at := func(i int) int64 {
		if i < 0 {
			return runeBOS
		}
		if i >= n {
			return runeEOS
		}
		return int64(runes[i])
	}
	cls := func(i int) uint8 {
		if i >= n {
			return clsEdge
		}
		return class[i]
	}
	var (
		es, ee        int   // current eojeol [es, ee)
		pl1, pl2      int64 // previous eojeol's last chars
		nf1, nf2      int64 // next eojeol's first chars
		suf1          int64 // the eojeol's last char
		lastWordEnd   = -1
		lastWordStart = -1
	)
	// the window: runes at i-2 .. i+2, classes at i-1 .. i+1
	m2, m1, c, p1, p2 := int64(runeBOS), int64(runeBOS), at(0), at(1), at(2)
	cm1, c1 := uint8(clsEdge), cls(1)
	for i := range n {
		c0 := class[i]
		inWord := c0 != clsSpace
		if inWord && (i == 0 || class[i-1] == clsSpace) {
			// a new eojeol
			if lastWordEnd >= 0 {
				prevE := lastWordEnd
				pl1, pl2 = at(prevE-1), at(prevE-2)
				if prevE-2 < lastWordStart {
					pl2 = runeBOS
				}
			} else {
				pl1, pl2 = runeBOS, runeBOS
			}
			es, ee = i, i
			for ee < n && class[ee] != clsSpace {
				ee++
			}
			suf1 = at(ee - 1)
			nextS := ee
			for nextS < n && class[nextS] == clsSpace {
				nextS++
			}
			nf1, nf2 = at(nextS), at(nextS+1)
			if nextS+1 < n && class[nextS+1] == clsSpace {
				nf2 = runeEOS
			}
			lastWordStart, lastWordEnd = es, ee
		}
		lex := lexm[i]
		f := (*[keyedStride]uint32)(st.feats[i*keyedStride:])
		f[0] = uint32(classKey(cm1, c0, c1))
		lx := int64(lex)
		f[2] = bucketLast(last(tmpl(1), m2), shift)
		f[3] = bucketLast(last(tmpl(2), m1), shift)
		f[4] = bucketLast(last(tmpl(3), c), shift)
		f[5] = bucketLast(last(tmpl(4), p1), shift)
		f[6] = bucketLast(last(mix(tmpl(6), m2), m1), shift)
		f[7] = bucketLast(last(mix(tmpl(7), m1), c), shift)
		f[8] = bucketLast(last(mix(tmpl(8), c), p1), shift)
		f[9] = bucketLast(last(mix(tmpl(9), p1), p2), shift)
		f[10] = bucketLast(last(mix(mix(tmpl(11), m1), c), p1), shift)
		f[11] = bucketLast(last(mix(mix(tmpl(12), c), p1), p2), shift)
		f[12] = bucketLast(last(mix(tmpl(32), lx), c), shift)
		f[13] = bucketLast(last(mix(mix(tmpl(33), m1), p1), int64(c0)), shift)
		if inWord {
			pos, js := int64(epos[i]), josa[i]
			f[1] = uint32(numClassKeys + wordKey(i, es, ee, js, lex))
			f[14] = bucketLast(last(mix(tmpl(17), pos), suf1), shift)
			f[15] = bucketLast(last(mix(tmpl(21), c), int64(js)), shift)
			f[16] = bucketLast(last(mix(mix(tmpl(25), pos), nf1), nf2), shift)
			f[17] = bucketLast(last(mix(mix(tmpl(26), pos), pl2), pl1), shift)
		} else {
			f[1] = uint32(numClassKeys + spaceKey(lex))
			f[14], f[15], f[16], f[17] = zero, zero, zero, zero
		}
		m2, m1, c, p1, p2 = m1, c, p1, p2, at(i+3)
		cm1, c1 = c0, cls(i+2)
	}
}

// resize returns s with length n, its contents left as they are (the
// caller overwrites them).
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
