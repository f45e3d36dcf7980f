package ner

// emitRows computes the emission scores of every rune from the biased
// 16-bit lanes of rows, for features written by featurize with keys.
func emitRows(st *state, rows []row) {
	n := len(st.runes)
	st.emit = grow(st.emit, n*numLabels)
	const bias = numFeats * laneBias
	feats, emit := st.feats[:n*keyedStride], st.emit
	for i := range n {
		a0, a1, a2, a3 := sumRows(rows, (*[keyedStride]uint32)(feats[i*keyedStride:]))
		e := (*[numLabels]int32)(emit[i*numLabels:])
		e[0], e[1], e[2], e[3] = int32(a0&0xFFFF)-bias, int32(a0>>16&0xFFFF)-bias, int32(a0>>32&0xFFFF)-bias, int32(a0>>48)-bias
		e[4], e[5], e[6], e[7] = int32(a1&0xFFFF)-bias, int32(a1>>16&0xFFFF)-bias, int32(a1>>32&0xFFFF)-bias, int32(a1>>48)-bias
		e[8], e[9], e[10], e[11] = int32(a2&0xFFFF)-bias, int32(a2>>16&0xFFFF)-bias, int32(a2>>32&0xFFFF)-bias, int32(a2>>48)-bias
		e[12] = int32(a3&0xFFFF) - bias
	}
}

// sumRows adds up the rows of the features fs, word by word. It is a
// function of its own so that the four sums stay in registers.
//
//go:noinline
func sumRows(rows []row, fs *[keyedStride]uint32) (a0, a1, a2, a3 uint64) {
	for _, b := range fs {
		r := &rows[b]
		a0 += r[0]
		a1 += r[1]
		a2 += r[2]
		a3 += r[3]
	}
	return a0, a1, a2, a3
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
