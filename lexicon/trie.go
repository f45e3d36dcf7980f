package lexicon

import (
	"slices"
)

// trie is an immutable byte trie stored in flat arrays. Node 0 is the root;
// the edges of a node are contiguous in labels and sorted by label, and
// edge e leads to node e+1 (the nodes are numbered as their edges are laid
// out), so no array of children is needed. The root also has a dense
// 256-entry table.
type trie struct {
	root     [256]uint32 // child of the root per byte; 0 = none
	nodes    []trieNode
	labels   []byte
	outs     [][]int32 // payload lists
	maxDepth int
}

// trieNode is one node: its edges and its payload, together so that a
// step of a look-up touches one cache line, not three.
type trieNode struct {
	edgeLo, edgeHi uint32 // its edges: labels[edgeLo:edgeHi], to nodes edgeLo+1 ...
	out            int32  // index of its payload list, or -1
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
	outs := make([][]int32, len(sorted))
	for i, k := range sorted {
		outs[i] = keys[k]
	}
	return buildSortedTrie(sorted, outs)
}

// buildSortedTrie builds a trie from distinct non-empty keys in increasing
// order and their payload lists (outs[i] for keys[i]), which it keeps.
func buildSortedTrie(keys []string, outs [][]int32) *trie {
	t := &trie{outs: outs}
	// The exact size: in sorted order each key adds one node per byte
	// after its common prefix with the key before it, and every node but
	// the root has one edge.
	nodes, prev := 1, ""
	for _, k := range keys {
		nodes += len(k) - commonPrefix(prev, k)
		t.maxDepth = max(t.maxDepth, len(k))
		prev = k
	}
	t.nodes = make([]trieNode, 1, nodes)
	t.nodes[0] = trieNode{out: -1}
	t.labels = make([]byte, 0, nodes-1)
	t.build(0, keys, 0, 0)
	t.setRoot()
	return t
}

// setRoot fills the root's dense table from its edges.
func (t *trie) setRoot() {
	for e := t.nodes[0].edgeLo; e < t.nodes[0].edgeHi; e++ {
		t.root[t.labels[e]] = e + 1
	}
}

// commonPrefix returns the length of the longest common prefix of a and b.
func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

// build fills node n from sorted keys that share their first depth bytes;
// first is the index of keys[0] in all the keys, and of its payload list.
func (t *trie) build(n uint32, keys []string, depth, first int) {
	if len(keys) > 0 && len(keys[0]) == depth {
		t.nodes[n].out = int32(first)
		keys = keys[1:]
		first++
	}
	if len(keys) == 0 {
		return
	}
	// The edges of n, one per distinct next byte, are contiguous: lay them
	// out with their child nodes first, then fill each child.
	lo := uint32(len(t.labels))
	for i := 0; i < len(keys); {
		b := keys[i][depth]
		i++
		for i < len(keys) && keys[i][depth] == b {
			i++
		}
		t.labels = append(t.labels, b)               // edge len(labels)-1 ...
		t.nodes = append(t.nodes, trieNode{out: -1}) // ... to node len(labels)
	}
	hi := uint32(len(t.labels))
	t.nodes[n].edgeLo, t.nodes[n].edgeHi = lo, hi
	i := 0
	for e := lo; e < hi; e++ {
		j := i + 1
		for j < len(keys) && keys[j][depth] == t.labels[e] {
			j++
		}
		t.build(e+1, keys[i:j], depth+1, first+i)
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
				return e + 1
			}
		}
		return 0
	}
	for lo < hi {
		m := (lo + hi) / 2
		switch l := t.labels[m]; {
		case l == b:
			return m + 1
		case l < b:
			lo = m + 1
		default:
			hi = m
		}
	}
	return 0
}

// find returns the node of key s with its ASCII capitals folded to lower
// case, as the keys of a matcher are, or 0.
func (t *trie) find(s string) uint32 {
	n := uint32(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if n = t.next(n, c); n == 0 {
			return 0
		}
	}
	return n
}

// payload returns the payload list of node n (nil if none).
func (t *trie) payload(n uint32) []int32 {
	if o := t.nodes[n].out; o >= 0 {
		return t.outs[o]
	}
	return nil
}
