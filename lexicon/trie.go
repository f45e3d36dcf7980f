package lexicon

import (
	"slices"
)

// trie is an immutable byte trie stored in flat arrays. Node 0 is the root;
// the children of a node are contiguous in labels/child and sorted by label.
// The root also has a dense 256-entry table.
type trie struct {
	root     [256]uint32 // child of the root per byte; 0 = none
	nodes    []trieNode
	labels   []byte
	child    []uint32
	outs     [][]int32 // payload lists
	maxDepth int
}

// trieNode is one node: its edges and its payload, together so that a
// step of a look-up touches one cache line, not three.
type trieNode struct {
	edgeLo, edgeHi uint32 // its edges: labels[edgeLo:edgeHi]
	out            int32  // index into outs, or -1
}

// buildTrie builds a trie from keys and their payload lists.
func buildTrie(keys map[string][]int32) *trie {
	sorted := make([]string, 0, len(keys))
	for k := range keys {
		if k != "" {
			sorted = append(sorted, k)
		}
	}
	slices.Sort(sorted)
	t := &trie{}
	// Rough capacity: one node per key byte is an upper bound.
	total := 0
	for _, k := range sorted {
		total += len(k)
		if len(k) > t.maxDepth {
			t.maxDepth = len(k)
		}
	}
	t.nodes = make([]trieNode, 0, total+1)
	t.labels = make([]byte, 0, total)
	t.child = make([]uint32, 0, total)
	t.newNode()
	t.build(0, sorted, 0, keys)
	for e := t.nodes[0].edgeLo; e < t.nodes[0].edgeHi; e++ {
		t.root[t.labels[e]] = t.child[e]
	}
	return t
}

func (t *trie) newNode() uint32 {
	t.nodes = append(t.nodes, trieNode{out: -1})
	return uint32(len(t.nodes) - 1)
}

// build fills node n from sorted keys that share their first depth bytes.
func (t *trie) build(n uint32, keys []string, depth int, payload map[string][]int32) {
	if len(keys) > 0 && len(keys[0]) == depth {
		t.nodes[n].out = int32(len(t.outs))
		t.outs = append(t.outs, payload[keys[0]])
		keys = keys[1:]
	}
	if len(keys) == 0 {
		return
	}
	// Count groups.
	groups := 0
	for i := 0; i < len(keys); {
		b := keys[i][depth]
		j := i + 1
		for j < len(keys) && keys[j][depth] == b {
			j++
		}
		groups++
		i = j
	}
	lo := uint32(len(t.labels))
	t.nodes[n].edgeLo = lo
	t.nodes[n].edgeHi = lo + uint32(groups)
	for g := 0; g < groups; g++ {
		t.labels = append(t.labels, 0)
		t.child = append(t.child, 0)
	}
	e := lo
	for i := 0; i < len(keys); {
		b := keys[i][depth]
		j := i + 1
		for j < len(keys) && keys[j][depth] == b {
			j++
		}
		c := t.newNode()
		t.labels[e] = b
		t.child[e] = c
		t.build(c, keys[i:j], depth+1, payload)
		e++
		i = j
	}
}

// next returns the child of node n labelled b, or 0.
func (t *trie) next(n uint32, b byte) uint32 {
	if n == 0 {
		return t.root[b]
	}
	lo, hi := t.nodes[n].edgeLo, t.nodes[n].edgeHi
	if hi-lo <= 8 {
		for e := lo; e < hi; e++ {
			if t.labels[e] == b {
				return t.child[e]
			}
		}
		return 0
	}
	for lo < hi {
		m := (lo + hi) / 2
		switch l := t.labels[m]; {
		case l == b:
			return t.child[m]
		case l < b:
			lo = m + 1
		default:
			hi = m
		}
	}
	return 0
}

// payload returns the payload list of node n (nil if none).
func (t *trie) payload(n uint32) []int32 {
	if o := t.nodes[n].out; o >= 0 {
		return t.outs[o]
	}
	return nil
}
