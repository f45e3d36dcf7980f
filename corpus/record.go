package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kextract/kextract/normalize"
)

// DefaultMaxSize is the default upper bound, in bytes, of one record (one
// JSONL line or one text file).
const DefaultMaxSize = 10 << 20

// Record is one input document.
type Record struct {
	// ID identifies the record: the JSONL id field, "<file>:<line>" when
	// the field is absent, or the relative path of a text file.
	ID string
	// Text is the article body, decoded like every input of kextract (see
	// normalize.Decode: CRLF read as LF, CP949 and UTF-16 decoded).
	Text string
	// Warnings are the notes of that decoding (for extract.Input.Warnings).
	Warnings []normalize.Warning
	// Date and Title are optional metadata copied from JSONL fields.
	Date, Title string
	// Source names the origin for error messages: "in.jsonl:12" or
	// "dir/a.txt".
	Source string
	// Offset is the byte offset of the record in its (decompressed) input.
	Offset int64
	// Size is the number of bytes of the raw record (the line without its
	// newline, or the whole file).
	Size int
	// Err is set when the record could not be read or decoded. Such a
	// record still flows through the pipeline so that no record is lost.
	Err error
	// Prior, when not nil, is the record's output line from an earlier run
	// (newline included, see Prior.Wrap): Run emits it as the result's
	// Output without processing the record. PriorErr is set when that line
	// is an error line; the result then also has an Err wrapping
	// ErrKeptError.
	Prior    []byte
	PriorErr bool
}

// Fields names the JSONL fields that hold each part of a Record. Empty
// names take the defaults "id", "text", "date" and "title".
type Fields struct{ ID, Text, Date, Title string }

// ReaderOptions configures Open.
type ReaderOptions struct {
	// Fields names the JSONL fields.
	Fields Fields
	// MaxSize bounds the size of one record in bytes, as read and, for a
	// legacy encoding, once decoded to UTF-8 (EUC-KR and UTF-16 grow by
	// half); larger records become error records. Zero means
	// DefaultMaxSize.
	MaxSize int
	// Format is "auto" (or empty), "jsonl" or "text". In auto mode the file
	// name decides (.jsonl, .ndjson → JSONL; .txt → text, before any .gz or
	// .zst suffix); for other names and stdin the first non-blank byte does
	// ('{' means JSONL).
	Format string
	// Lossy replaces invalid input bytes with U+FFFD instead of producing
	// an error record.
	Lossy bool
	// Encoding is the encoding of text files and JSONL lines (see
	// normalize.ParseEncoding); empty means auto.
	Encoding string
	// FollowSymlinks makes directory walks follow every symbolic link: to
	// files wherever they lead, and into directories (each directory is
	// walked once, so link loops end). By default a link to a file is read
	// only when it leads to a file inside the walked directory; a link out
	// of it is an error record and its target is not opened; links to
	// directories are skipped.
	FollowSymlinks bool
}

// Source is a stream of records. Next and Close must be called from one
// goroutine; TotalBytes and ReadBytes may be called from any goroutine.
type Source interface {
	// Next returns the next record, or io.EOF after the last one. Problems
	// with single records or files are reported in Record.Err, not as an
	// error; a non-nil error other than io.EOF (such as a cancelled
	// context) ends the stream.
	Next() (Record, error)
	// Close releases the open file, if any.
	Close() error
	// TotalBytes is the total size of the inputs as stored on disk
	// (compressed), or -1 when unknown (stdin from a pipe).
	TotalBytes() int64
	// ReadBytes is the number of stored (compressed) bytes consumed so far,
	// comparable with TotalBytes.
	ReadBytes() int64
}

// Format values accepted by ReaderOptions.Format.
const (
	FormatAuto  = "auto"
	FormatJSONL = "jsonl"
	FormatText  = "text"
)

// ErrTooLarge is wrapped by the Err of records larger than MaxSize.
var ErrTooLarge = errors.New("record too large")

// ErrInvalidUTF8 is wrapped by the Err of records whose text is not valid
// UTF-8 (when ReaderOptions.Lossy is false).
var ErrInvalidUTF8 = errors.New("invalid UTF-8")

// ErrBlankLine is wrapped by the Err of a JSONL line that is empty or only
// white space: it still takes its place in the output.
var ErrBlankLine = errors.New("blank line")

// ErrNullText is wrapped by the Err of a JSONL record whose text field is
// null (a missing field has its own message).
var ErrNullText = errors.New("null text")

// ErrLinkOutside is wrapped by the Err of a symbolic link, met in a directory
// walk, that leads outside the directory (see ReaderOptions.FollowSymlinks).
var ErrLinkOutside = errors.New("symbolic link leads outside the directory; not followed (--follow-symlinks reads it)")

// kind is the record format of one input.
type kind int

const (
	kindAuto kind = iota
	kindJSONL
	kindText
)

// input is one file (or stdin) to read, resolved by Open.
type input struct {
	path    string // path to open; "" for stdin
	display string // name used in Source and error messages
	id      string // record id for text files
	kind    kind
	err     error     // the file could not be listed or opened
	r       io.Reader // OpenReader: the stream to read instead of path
}

// Open returns a Source reading the given paths in argument order. "-" or
// an empty list means standard input. Directories are walked recursively
// in lexical order without leaving them through symbolic links (see
// ReaderOptions.FollowSymlinks); files
// ending in .jsonl, .ndjson, .txt (optionally followed by .gz or .zst) are
// read, others skipped. Compression (gzip, zstd) is detected from the
// content, not the name.
//
// Open fails for an invalid option or a path that does not exist; files
// that exist but cannot be read become error records.
func Open(ctx context.Context, paths []string, opts ReaderOptions) (Source, error) {
	o, err := opts.normalized()
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	s := &source{ctx: ctx, opts: o}
	force := kindAuto
	switch o.Format {
	case FormatJSONL:
		force = kindJSONL
	case FormatText:
		force = kindText
	}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("corpus: open: %w", err)
		}
		if p == "-" {
			s.inputs = append(s.inputs, input{display: "stdin", id: "stdin", kind: force})
			s.addStdinSize()
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("corpus: open %s: %w", p, err)
		}
		if !fi.IsDir() {
			k := force
			if k == kindAuto {
				k = kindFromName(p)
			}
			s.inputs = append(s.inputs, input{path: p, display: p, id: filepath.ToSlash(p), kind: k})
			s.addSize(fi)
			continue
		}
		root := p
		if lfi, err := os.Lstat(p); err == nil && lfi.Mode()&os.ModeSymlink != 0 {
			// A link named on the command line is followed: WalkDir would
			// not descend into it, but a trailing separator makes it.
			root = p + string(filepath.Separator)
		}
		if err := s.walk(ctx, root, force); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// OpenReader returns a Source reading one stream, such as a network body or
// generated data. name stands for the file name: it picks the format in
// auto mode (as for Open) and appears in record ids and error messages.
// Compression is detected from the content. TotalBytes is -1. The caller
// closes r, if needed, after the Source.
func OpenReader(ctx context.Context, r io.Reader, name string, opts ReaderOptions) (Source, error) {
	o, err := opts.normalized()
	if err != nil {
		return nil, err
	}
	if r == nil {
		return nil, errors.New("corpus: OpenReader: nil reader")
	}
	k := kindFromName(name)
	switch o.Format {
	case FormatJSONL:
		k = kindJSONL
	case FormatText:
		k = kindText
	}
	in := input{display: name, id: filepath.ToSlash(name), kind: k, r: r}
	return &source{ctx: ctx, opts: o, inputs: []input{in}, total: -1}, nil
}

// WithDefaults returns f with every empty name replaced by its default:
// "id", "text", "date", "title".
func (f Fields) WithDefaults() Fields {
	for _, d := range []struct {
		name *string
		def  string
	}{{&f.ID, "id"}, {&f.Text, "text"}, {&f.Date, "date"}, {&f.Title, "title"}} {
		if *d.name == "" {
			*d.name = d.def
		}
	}
	return f
}

func (o ReaderOptions) normalized() (ReaderOptions, error) {
	o.Fields = o.Fields.WithDefaults()
	enc, err := normalize.ParseEncoding(o.Encoding)
	if err != nil {
		return o, fmt.Errorf("corpus: %w", err)
	}
	o.Encoding = enc
	if o.MaxSize < 0 {
		return o, fmt.Errorf("corpus: negative MaxSize %d", o.MaxSize)
	}
	if o.MaxSize == 0 {
		o.MaxSize = DefaultMaxSize
	}
	switch o.Format {
	case "", FormatAuto:
		o.Format = FormatAuto
	case FormatJSONL, FormatText:
	default:
		return o, fmt.Errorf("corpus: unknown format %q (want auto, jsonl or text)", o.Format)
	}
	return o, nil
}

// walk lists the readable files under dir (see ReaderOptions.FollowSymlinks
// for symbolic links met on the way).
func (s *source) walk(ctx context.Context, dir string, force kind) error {
	w := walker{s: s, ctx: ctx, top: dir, force: force, follow: s.opts.FollowSymlinks}
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return fmt.Errorf("corpus: walk %s: %w", dir, err)
	}
	w.realRoot = real
	if w.follow {
		w.seen = map[string]bool{}
	}
	return w.walk(dir)
}

// walker is the state of one directory walk.
type walker struct {
	s        *source
	ctx      context.Context
	top      string // the directory as named; ids are relative to it
	realRoot string // top with every link resolved
	force    kind
	follow   bool
	seen     map[string]bool // follow: real paths of the directories walked
}

// inside reports whether the resolved path p lies under the walk's root.
func (w *walker) inside(p string) bool {
	return p == w.realRoot || strings.HasPrefix(p, strings.TrimSuffix(w.realRoot, string(filepath.Separator))+string(filepath.Separator))
}

// walk lists dir, which is top or, when following links, a link under it.
// filepath.WalkDir does not follow links itself, so loops come only from
// followed links, and seen stops those.
func (w *walker) walk(dir string) error {
	return filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if cerr := w.ctx.Err(); cerr != nil {
			return fmt.Errorf("corpus: walk %s: %w", w.top, cerr)
		}
		rel, rerr := filepath.Rel(w.top, path)
		if rerr != nil {
			rel = path
		}
		id := filepath.ToSlash(rel)
		if err != nil {
			// Unreadable directory (or entry): report it as a record and go on.
			w.s.inputs = append(w.s.inputs, input{display: path, id: id,
				err: fmt.Errorf("%s: %w", path, err)})
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if w.follow {
				real, err := filepath.EvalSymlinks(path)
				if err == nil && w.seen[real] {
					return filepath.SkipDir
				}
				w.seen[real] = true
			}
			return nil
		}
		if d.Type()&os.ModeSymlink != 0 {
			return w.link(path, id, d.Name())
		}
		k, ok := kindFromWalkName(d.Name())
		if !ok {
			return nil
		}
		if w.force != kindAuto {
			k = w.force
		}
		in := input{path: path, display: path, id: id, kind: k}
		fi, err := os.Stat(path)
		switch {
		case err != nil:
			in.err = fmt.Errorf("%s: %w", path, err)
		case !fi.Mode().IsRegular():
			in.err = fmt.Errorf("%s: not a regular file", path)
		default:
			w.s.addSize(fi)
		}
		w.s.inputs = append(w.s.inputs, in)
		return nil
	})
}

// link handles a symbolic link met in the walk. By default a link to a file
// inside the root is read like the file, a link that leads outside the root
// becomes an error record (its target is never opened) and a link to a
// directory is skipped. With FollowSymlinks, links to files are read
// wherever they lead and links to directories are walked, each directory
// once.
func (w *walker) link(path, id, name string) error {
	target, terr := filepath.EvalSymlinks(path)
	fi, err := os.Stat(path)
	if err == nil && terr != nil {
		err = terr
	}
	if err == nil && fi.IsDir() {
		if !w.follow || w.seen[target] {
			return nil
		}
		return w.walk(path + string(filepath.Separator))
	}
	k, ok := kindFromWalkName(name)
	if !ok {
		return nil
	}
	if w.force != kindAuto {
		k = w.force
	}
	in := input{path: path, display: path, id: id, kind: k}
	switch {
	case err != nil:
		in.err = fmt.Errorf("%s: %w", path, err)
	case !w.follow && !w.inside(target):
		in.err = fmt.Errorf("%s: %w", path, ErrLinkOutside)
	case !fi.Mode().IsRegular():
		in.err = fmt.Errorf("%s: not a regular file", path)
	default:
		w.s.addSize(fi)
	}
	w.s.inputs = append(w.s.inputs, in)
	return nil
}

// trimCompression removes a trailing .gz or .zst from a lower-cased name.
func trimCompression(name string) string {
	name = strings.ToLower(name)
	for _, ext := range []string{".gz", ".zst"} {
		if strings.HasSuffix(name, ext) {
			return strings.TrimSuffix(name, ext)
		}
	}
	return name
}

// kindFromWalkName selects files met in a directory walk.
func kindFromWalkName(name string) (kind, bool) {
	base := trimCompression(name)
	switch {
	case strings.HasSuffix(base, ".jsonl"), strings.HasSuffix(base, ".ndjson"):
		return kindJSONL, true
	case strings.HasSuffix(base, ".txt"):
		return kindText, true
	}
	return kindAuto, false
}

// kindFromName guesses the format of a file named on the command line;
// kindAuto means "look at the content".
func kindFromName(name string) kind {
	k, _ := kindFromWalkName(filepath.Base(name))
	return k
}

func (s *source) addSize(fi os.FileInfo) {
	if s.total >= 0 && fi.Mode().IsRegular() {
		s.total += fi.Size()
	}
}

func (s *source) addStdinSize() {
	fi, err := os.Stdin.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		s.total = -1
		return
	}
	s.addSize(fi)
}

var _ io.Closer = (*source)(nil)
