// Command kextract reads Korean news and prints what it finds as JSON:
// entities, quotes with their speakers, attributed claims, and every amount
// of money as an exact number with its currency.
//
// Usage:
//
//	kextract [flags] < article.txt        extract one document
//	kextract --jsonl < in.jsonl           one document per JSONL record
//	kextract normalize < article.txt      print the normalized text
//	kextract amounts "5,000억 달러(약 700조 원)"
//	kextract batch [flags] INPUT...       parallel batch over files and directories
//	kextract eval amounts|sentences|quotes|ner   accuracy on the shared evaluation data
//	kextract train ner --train FILE... --out model.bin
//	kextract html < article.txt > a.html  the extraction as an HTML page
//	kextract serve --addr 127.0.0.1:8080  HTTP service
//
// Run "kextract help COMMAND" for the flags of a command.
//
// Exit codes: 0 success; 1 the input could not be read or the run failed;
// 2 usage error; 3 some records of a batch failed (each is reported in the
// output in its place).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"regexp"
	"strings"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
	exitPartial = 3
)

// command is a subcommand of kextract.
type command struct {
	name    string
	summary string
	run     func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"extract", "extract entities, amounts, quotes and claims (the default)", runExtract},
		{"normalize", "print the normalized text", runNormalize},
		{"amounts", "parse amounts in the arguments or stdin", runAmounts},
		{"batch", "extract over JSONL/text files and directories in parallel", runBatch},
		{"eval", "score against the shared evaluation data (amounts, sentences, quotes, ner)", runEval},
		{"train", "train the statistical NER model (kextract train ner)", runTrain},
		{"html", "write the extraction as a self-contained HTML page", runHTML},
		{"serve", "run the HTTP service", runServe},
		{"version", "print the version and the schema", runVersion},
	}
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "help", "-h", "-help", "--help":
			if len(args) > 1 {
				for _, c := range commands() {
					if c.name == args[1] {
						return c.run([]string{"--help"}, stdin, stdout, stderr)
					}
				}
			}
			usage(stdout)
			return exitOK
		}
		for _, c := range commands() {
			if c.name == args[0] {
				return c.run(args[1:], stdin, stdout, stderr)
			}
		}
		if unknownCommand(args[0]) {
			fmt.Fprintf(stderr, "kextract: unknown command %q and no file of that name; commands: %s (kextract --help says more); to read a file named %[1]s, write ./%[1]s\n",
				args[0], commandNames())
			return exitUsage
		}
	}
	return runExtract(args, stdin, stdout, stderr)
}

// unknownCommand reports whether arg, the first argument, looks like a
// mistyped command rather than an input file: a bare word (no path
// separator, no dot, not a flag) that names no file.
func unknownCommand(arg string) bool {
	if arg == "" || arg == "-" || strings.HasPrefix(arg, "-") || strings.ContainsAny(arg, `./\`) {
		return false
	}
	_, err := os.Stat(arg)
	return errors.Is(err, fs.ErrNotExist)
}

// commandNames lists the subcommands, comma-separated.
func commandNames() string {
	var names []string
	for _, c := range commands() {
		names = append(names, c.name)
	}
	return strings.Join(names, ", ")
}

func usage(w io.Writer) {
	fmt.Fprint(w, `kextract reads Korean news and prints entities, quotes with speakers,
attributed claims and exact amounts as JSON (schema kextract/v1).

Usage:
  kextract [flags] [FILE]            extract one document (stdin when no FILE;
                                     kextract help extract lists the flags)
  kextract COMMAND [flags] [ARGS]    kextract help COMMAND lists its flags

Commands:
`)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
Exit codes: 0 ok, 1 input error or failed run, 2 usage error, 3 some records failed.
`)
}

// parseInterleaved parses flags that may come before or after positional
// arguments (kextract batch in.jsonl --out o.jsonl -j 2) and returns the
// positional arguments. "--" ends flag parsing. --help prints the usage; a
// bad flag prints one line that names it and where the flags are listed.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	out, usage := fs.Output(), fs.Usage
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	defer func() { fs.SetOutput(out); fs.Usage = usage }()
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				usage()
			} else {
				fmt.Fprintf(out, "kextract %s: %s (kextract help %[1]s lists the flags)\n", fs.Name(), flagMessage(err))
			}
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > 0 && len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// flagName is a flag as the flag package writes it in its errors.
var flagName = regexp.MustCompile(`(^|\s)-([a-z][a-z0-9-]+)`)

// flagMessage rewrites an error of the flag package with the flags written
// as the help and the README write them (--max-size, not -max-size).
func flagMessage(err error) string {
	msg := strings.Replace(err.Error(), "flag provided but not defined:", "unknown flag", 1)
	return flagName.ReplaceAllString(msg, "$1--$2")
}

// newFlagSet returns a flag set that prints its usage to stderr with a
// synopsis line and the flags as the README writes them (see printFlags).
func newFlagSet(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: %s\n\nFlags:\n", synopsis)
		printFlags(stderr, fs)
	}
	return fs
}

// flagExit maps a flag parsing error to an exit code: --help is success.
func flagExit(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	return exitUsage
}

// multiFlag collects a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return fmt.Sprint(*m) }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func runVersion(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("version", "kextract version", stderr)
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return flagExit(err)
	}
	if len(pos) > 0 {
		fmt.Fprintf(stderr, "kextract version: unexpected argument %q\n", pos[0])
		return exitUsage
	}
	fmt.Fprintf(stdout, "kextract %s (schema kextract/v1)\n", version)
	return exitOK
}
