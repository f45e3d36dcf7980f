package extract

import (
	"context"
	"os"
	"testing"
)

func TestZZProf(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("ZZ"))
	x, _ := New()
	_, err := x.Extract(context.Background(), Input{Text: string(b)})
	t.Log(err)
}
