package ner

import (
	"math"
	"slices"
)

// transitions holds the transition weights arranged for decoding: start
// scores and, for each label, the weights of the transitions into it.
type transitions struct {
	// start[c] is the weight of starting with label c.
	start [numLabels]int32
	// into[c][p] is the weight of label c after label p.
	into [numLabels][numLabels]int32
	// open[p][k] is the weight of label openLabels[k] (O or a B label)
	// after label p.
	open [numLabels][len(openLabels)]int32
	// lo[p] and hi[p] are the least and greatest of open[p].
	lo, hi [numLabels]int32
}

// negInf is the score of the I labels at the start of a sequence.
const negInf = -1 << 30

// openLabels are the labels that may follow any label: O and the B labels.
var openLabels = [...]uint8{0, 1, 3, 5, 7, 9, 11}

// set arranges trans (trans[p][c], p = numLabels for the start) for
// decoding.
func (t *transitions) set(trans *[numLabels + 1][numLabels]int32) {
	for c := range numLabels {
		t.start[c] = trans[numLabels][c]
		for p := range numLabels {
			t.into[c][p] = trans[p][c]
		}
	}
	for p := range numLabels {
		for k, c := range openLabels {
			t.open[p][k] = trans[p][c]
		}
		t.lo[p], t.hi[p] = slices.Min(t.open[p][:]), slices.Max(t.open[p][:])
	}
}

// step computes the scores cur of a position from the scores prev of the
// previous one and the emission scores em, with branch-free maxima. O and
// the B labels (odd) take the best of all previous labels, I-X (even) the
// better of B-X and I-X.
//
// Previous labels that cannot be the best for any open label are skipped:
// p is beaten, strictly, for every open label by the label q that gives
// floor = max(prev[q]+lo[q]) when prev[p]+hi[p] < floor, so neither the
// maxima nor their ties change. Usually a single label is left.
func step(prev, cur, em *[numLabels]int32, t *transitions) {
	lo := &t.lo
	floor := max(
		max(max(prev[0]+lo[0], prev[1]+lo[1]), max(prev[2]+lo[2], prev[3]+lo[3])),
		max(max(prev[4]+lo[4], prev[5]+lo[5]), max(prev[6]+lo[6], prev[7]+lo[7])),
		max(max(prev[8]+lo[8], prev[9]+lo[9]), max(prev[10]+lo[10], prev[11]+lo[11])),
		prev[12]+lo[12])
	a0, a1, a3, a5 := int32(math.MinInt32), int32(math.MinInt32), int32(math.MinInt32), int32(math.MinInt32)
	a7, a9, a11 := int32(math.MinInt32), int32(math.MinInt32), int32(math.MinInt32)
	for p := range numLabels {
		v := prev[p]
		if v+t.hi[p] < floor {
			continue
		}
		w := &t.open[p]
		a0, a1, a3, a5 = max(a0, v+w[0]), max(a1, v+w[1]), max(a3, v+w[2]), max(a5, v+w[3])
		a7, a9, a11 = max(a7, v+w[4]), max(a9, v+w[5]), max(a11, v+w[6])
	}
	cur[0], cur[1], cur[3], cur[5] = a0+em[0], a1+em[1], a3+em[3], a5+em[5]
	cur[7], cur[9], cur[11] = a7+em[7], a9+em[9], a11+em[11]
	cur[2] = max(prev[1]+t.into[2][1], prev[2]+t.into[2][2]) + em[2]
	cur[4] = max(prev[3]+t.into[4][3], prev[4]+t.into[4][4]) + em[4]
	cur[6] = max(prev[5]+t.into[6][5], prev[6]+t.into[6][6]) + em[6]
	cur[8] = max(prev[7]+t.into[8][7], prev[8]+t.into[8][8]) + em[8]
	cur[10] = max(prev[9]+t.into[10][9], prev[10]+t.into[10][10]) + em[10]
	cur[12] = max(prev[11]+t.into[12][11], prev[12]+t.into[12][12]) + em[12]
}

// from returns the previous label of the best path into label c, whose
// best incoming score was top, given the scores prev of the previous
// position: the first label, in increasing order, that gives top. An I-X
// label follows B-X or I-X.
func from(prev *[numLabels]int32, t *transitions, c uint8, top int32) uint8 {
	w := &t.into[c]
	if isI(c) {
		if b := c - 1; prev[b]+w[b] == top {
			return b
		}
		return c
	}
	for p := range uint8(numLabels) {
		if prev[p]+w[p] == top {
			return p
		}
	}
	return 0 // not reached: top is one of the sums
}

// viterbi returns the best label sequence (a buffer of st) for the
// emission scores in st. Only the scores are computed going forward; the
// back pointers of the chosen path are recomputed going back: the best
// incoming score of the chosen label is its score minus its emission.
func viterbi(st *state, t *transitions) []uint8 {
	n := len(st.runes)
	st.score = grow(st.score, n*numLabels)
	st.out = grow(st.out, n)
	if n == 0 {
		return st.out
	}
	// position 0: the I labels start at negInf. After it every O and B
	// label is reachable, so scores stay finite; negInf plus a transition
	// weight (|t| < 2^15) cannot overflow.
	{
		cur := (*[numLabels]int32)(st.score)
		em := (*[numLabels]int32)(st.emit)
		for c := range numLabels {
			cur[c] = em[c] + t.start[c]
			if isI(uint8(c)) {
				cur[c] = negInf
			}
		}
	}
	for i := 1; i < n; i++ {
		step((*[numLabels]int32)(st.score[(i-1)*numLabels:]), (*[numLabels]int32)(st.score[i*numLabels:]),
			(*[numLabels]int32)(st.emit[i*numLabels:]), t)
	}
	last := (*[numLabels]int32)(st.score[(n-1)*numLabels:])
	c := uint8(0)
	for l := uint8(1); l < numLabels; l++ {
		if last[l] > last[c] {
			c = l
		}
	}
	for i := n - 1; i > 0; i-- {
		st.out[i] = c
		top := st.score[i*numLabels+int(c)] - st.emit[i*numLabels+int(c)]
		c = from((*[numLabels]int32)(st.score[(i-1)*numLabels:]), t, c, top)
	}
	st.out[0] = c
	return st.out
}
