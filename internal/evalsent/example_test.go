package evalsent_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/kextract/kextract/internal/evalsent"
)

func ExampleRun() {
	dir, err := os.MkdirTemp("", "evalsent")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "gold.txt")
	gold := "그는 “비가 온다. 우산을 챙겨라”라고 말했다.\n금리는 3.5%다.\n\n끝났다.\n"
	if err := os.WriteFile(path, []byte(gold), 0o600); err != nil {
		fmt.Println(err)
		return
	}
	scores, err := evalsent.Run(os.Stdout, path)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("F1 %.2f\n", scores[0].F1)
	// Output:
	// file               gold   pred correct       P       R      F1
	// gold.txt              3      3       3  1.0000  1.0000  1.0000
	// total                 3      3       3  1.0000  1.0000  1.0000
	// F1 1.00
}
