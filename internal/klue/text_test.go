package klue

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadText(t *testing.T) {
	in := "klue-ner-v1_train_00000_wikitree\t특히 영동고속도로 강릉 방향에서\n\nklue-ner-v1_train_00001_nsmc\t필름을 낭비한 작품입니다.\r\n"
	sents, err := ReadText(strings.NewReader(in))
	require.NoError(t, err)
	require.Len(t, sents, 2)
	assert.Equal(t, Sentence{ID: "klue-ner-v1_train_00000_wikitree", Text: "특히 영동고속도로 강릉 방향에서", Domain: "wikitree"}, sents[0])
	assert.Equal(t, "nsmc", sents[1].Domain)
	assert.Equal(t, "필름을 낭비한 작품입니다.", sents[1].Text)

	_, err = ReadText(strings.NewReader("id\tok\nno tab here\n"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "line 2")
}
