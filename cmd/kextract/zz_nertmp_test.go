package main

import (
	"os"
	"strings"
	"testing"
)

func TestTmpTrainNER(t *testing.T) {
	args := os.Getenv("NERTMP_ARGS")
	if args == "" {
		t.Skip()
	}
	if rc := runTrain(strings.Fields(args), nil, os.Stdout, os.Stderr); rc != 0 {
		t.Fatal(rc)
	}
}

func TestTmpEvalNER(t *testing.T) {
	if os.Getenv("NERTMP_EVAL") == "" {
		t.Skip()
	}
	if rc := runEvalNER(nil, "../../../shared", os.Stdout, os.Stderr); rc != 0 {
		t.Fatal(rc)
	}
}
