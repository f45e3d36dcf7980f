package ner

// emitRows computes the emission scores of every rune from the rows of its
// features, written by featurize with keys.
func emitRows(st *state, keys []keyRow, rows []row) {
	n := len(st.runes)
	st.emit = grow(st.emit, n*numLabels)
	const bias = numFeats * laneBias
	feats, emit := st.feats[:n*keyedStride], st.emit
	for i := range n {
		all0, all1, ev0, ev1 := sumRows(keys, rows, (*[keyedStride]uint32)(feats[i*keyedStride:]))
		od0, od1 := (all0-ev0)>>8, (all1-ev1)>>8
		e := (*[numLabels]int32)(emit[i*numLabels:])
		e[0], e[2], e[4], e[6] = int32(ev0&0xFFFF)-bias, int32(ev0>>16&0xFFFF)-bias, int32(ev0>>32&0xFFFF)-bias, int32(ev0>>48)-bias
		e[1], e[3], e[5] = int32(od0&0xFFFF)-bias, int32(od0>>16&0xFFFF)-bias, int32(od0>>32&0xFFFF)-bias
		e[7], e[9], e[11] = int32(ev1&0xFFFF)-bias, int32(ev1>>16&0xFFFF)-bias, int32(ev1>>32&0xFFFF)-bias
		e[8], e[10], e[12] = int32(od1&0xFFFF)-bias, int32(od1>>16&0xFFFF)-bias, int32(od1>>32&0xFFFF)-bias
	}
}

// sumRows adds up the key rows of fs[0] and fs[1] and the rows of the rune
// features fs[2:]: the sums of the words and of their even bytes (see
// row). It is a function of its own so that the four sums stay in
// registers.
//
//go:noinline
func sumRows(keys []keyRow, rows []row, fs *[keyedStride]uint32) (all0, all1, ev0, ev1 uint64) {
	ka, kb := &keys[fs[0]], &keys[fs[1]]
	all0, all1, ev0, ev1 = ka[0]+kb[0], ka[1]+kb[1], ka[2]+kb[2], ka[3]+kb[3]
	for _, b := range fs[2:] {
		r := &rows[b]
		all0 += r[0]
		all1 += r[1]
		ev0 += r[0] & evenBytes
		ev1 += r[1] & evenBytes
	}
	return all0, all1, ev0, ev1
}

// emitWeights computes the emission scores of every rune from a flat table
// of weights (used in training).
func emitWeights(st *state, w []int32) {
	n := len(st.runes)
	st.emit = grow(st.emit, n*numLabels)
	for i := 0; i < n; i++ {
		var acc [numLabels]int32
		for _, b := range (*[numFeats]uint32)(st.feats[i*numFeats:]) {
			row := (*[numLabels]int32)(w[int(b)*numLabels:])
			for l := range numLabels {
				acc[l] += row[l]
			}
		}
		*(*[numLabels]int32)(st.emit[i*numLabels:]) = acc
	}
}
