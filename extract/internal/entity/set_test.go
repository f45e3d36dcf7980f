package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSetMerge: the merged entity's mentions move, what was affiliated
// with it follows, and Prune takes it off the list.
func TestSetMerge(t *testing.T) {
	var s Set
	full := &Entity{Type: "ORG", Name: "중앙선거관리위원회"}
	short := &Entity{Type: "ORG", Name: "선관위"}
	member := &Entity{Type: "PERSON", Name: "김철수", Affiliation: short}
	s.Append(full, short, member)
	s.Add(full, sp(0, 27), 0)
	s.Add(short, sp(40, 49), 1)
	s.Add(member, sp(60, 69), 1)

	s.Merge(full, short)
	assert.Same(t, full, member.Affiliation)
	assert.Equal(t, []Span{sp(0, 27), sp(40, 49)}, spans(full))
	got, ok := s.Covering(40, 49, func(*Entity) bool { return true })
	require.True(t, ok)
	assert.Same(t, full, got)

	require.Len(t, s.All(), 3, "a merged entity stays listed until Prune")
	s.Prune()
	assert.Equal(t, []*Entity{full, member}, s.All())
}

func TestSetSnapshotAndSort(t *testing.T) {
	var s Set
	late := &Entity{Type: "LOCATION", Name: "서울"}
	none := &Entity{Type: "LOCATION", Name: "부산"}
	early := &Entity{Type: "ORG", Name: "국회"}
	s.Append(late, none, early)
	s.Add(late, sp(30, 36), 1)
	s.Add(early, sp(0, 6), 0)

	snap := s.Snapshot()
	s.Append(&Entity{Type: "ORG", Name: "정부"})
	assert.Len(t, snap, 3, "a snapshot does not see later appends")

	s.SortByFirst()
	assert.Equal(t, []string{"부산", "정부", "국회", "서울"}, names(s.All()),
		"entities with no mention (First -1) come first, in list order")
}

func names(es []*Entity) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Name)
	}
	return out
}
