package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// printFlags writes the flags of fs in the form the README uses: --name for
// long names, -j for one letter (both are accepted), an upper-case
// placeholder for the value, the usage text and the default.
func printFlags(w io.Writer, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		fmt.Fprintf(w, "  %s\n    \t%s%s\n", flagSynopsis(f), flagUsage(f), flagDefault(f))
	})
}

// flagSynopsis is "--name PLACEHOLDER", "-j N" or "--lossy".
func flagSynopsis(f *flag.Flag) string {
	dash := "--"
	if len(f.Name) == 1 {
		dash = "-"
	}
	ph := flagPlaceholder(f)
	if ph == "" {
		return dash + f.Name
	}
	return dash + f.Name + " " + ph
}

// flagPlaceholder is the value's name: the `QUOTED` word of the usage when
// it is upper case (FILE, BYTES), or else a name for the flag's type (N for
// numbers); "" for a boolean flag.
func flagPlaceholder(f *flag.Flag) string {
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
		return ""
	}
	name, _ := flag.UnquoteUsage(f)
	if quoted(f) && name == strings.ToUpper(name) {
		return name
	}
	switch typeName(f) {
	case "int", "uint", "int64", "uint64":
		return "N"
	case "float":
		return "X"
	case "duration":
		return "DURATION"
	}
	return "VALUE"
}

// quoted reports whether the usage of f names its value in `back quotes`.
func quoted(f *flag.Flag) bool { return strings.Count(f.Usage, "`") >= 2 }

// typeName is what flag.UnquoteUsage calls the type of f ("int",
// "duration", "value", ...), whatever the usage quotes.
func typeName(f *flag.Flag) string {
	name, _ := flag.UnquoteUsage(&flag.Flag{Name: f.Name, Value: f.Value})
	return name
}

// flagUsage is the usage text without the placeholder's back quotes.
func flagUsage(f *flag.Flag) string {
	_, usage := flag.UnquoteUsage(f)
	return strings.ReplaceAll(usage, "\n", "\n    \t")
}

// flagDefault is " (default X)" unless the default is the zero value.
func flagDefault(f *flag.Flag) string {
	switch f.DefValue {
	case "", "0", "false", "[]", "0s":
		return ""
	}
	if _, ok := f.Value.(interface{ IsBoolFlag() bool }); !ok && strings.ContainsAny(f.DefValue, " \t") {
		return fmt.Sprintf(" (default %q)", f.DefValue)
	}
	return fmt.Sprintf(" (default %s)", f.DefValue)
}
