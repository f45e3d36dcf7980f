package lexicon

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"
)

//go:embed data/*.tsv
var dataFS embed.FS

// Entity types of entries.
const (
	TypeOrg      = "ORG"
	TypeLocation = "LOCATION"
)

// Entry is an organisation or place of the lexicon. Entries are shared and
// must not be modified.
type Entry struct {
	ID      string   `json:"id"`   // Type + ":" + Name, e.g. "ORG:마이크로소프트"
	Type    string   `json:"type"` // TypeOrg or TypeLocation
	Name    string   `json:"name"` // canonical Korean name
	English string   `json:"english,omitempty"`
	Aliases []string `json:"aliases,omitempty"`
	Kind    string   `json:"kind,omitempty"` // company, country, ...
}

// Match is an entity found in text. Start and End are byte offsets into the
// text; End excludes any particles, which are given in Josa (so the eojeol
// ends at End+len(Josa)).
type Match struct {
	Start, End int
	Entry      *Entry
	Surface    string // text[Start:End]
	Josa       string // particles following the match, e.g. "는", "과의"
	// Derived is set for a name derived by Korean word formation (see
	// [Lexicon.Derive]); Entry is then the derived organisation
	// (충청남도의회 for 충남도의회), also given in Derived.Entry.
	Derived *Derived
}

// TitleInfo describes a title, position or group noun from titles.tsv.
type TitleInfo struct {
	Title string // as listed, e.g. "수석 애널리스트"
	Kind  string // position, occupation, honorific, group, political
}

// TitleMatch is a title found in text (byte offsets, End excludes particles).
type TitleMatch struct {
	Start, End int
	Title      TitleInfo
	Surface    string // text[Start:End]
	Josa       string // particles after the title (TitlesIn only)
	WordStart  bool   // Start is at the start of an eojeol
}

// Lexicon is a loaded, compiled lexicon. It is immutable after construction
// and safe for concurrent use.
type Lexicon struct {
	entries    []*Entry
	byID       map[string]*Entry
	ents       *matcher
	titles     []TitleInfo
	titleExact map[string]int32
	// titleFirst holds the first words of titles of several words
	// (수석 of 수석 애널리스트), case-folded.
	titleFirst map[string]bool
	// titleFirstStart holds the first runes of the titleFirst words.
	titleFirstStart runeSet
	// titleLast holds the last runes of the titles: a Hangul word ending
	// in any other syllable is no title, which most words are not.
	titleLast  runeSet
	titleFold  map[string]int32
	titleM     *matcher
	maxTitle   int
	suffixes   map[string]string
	maxSuffix  int
	surnames   map[string]string
	maxSurname int
	josa       *josaSet
	verbs      map[string]string
	deriv      *derivTable
}

// Option configures New.
type Option func(*config)

type source struct {
	name string
	open func() (io.ReadCloser, error)
}

type config struct {
	noDefaults bool
	sources    []source
}

// WithFile adds a user lexicon file. Its kind comes from a header line
// "#kextract-lexicon: orgs" (or places, titles, orgsuffixes, surnames, josa,
// verbs) or else from its base name. Entries with a known name replace the
// earlier entry; others are added.
func WithFile(path string) Option {
	return func(c *config) {
		c.sources = append(c.sources, source{name: path, open: func() (io.ReadCloser, error) {
			return os.Open(path)
		}})
	}
}

// WithReader adds user lexicon data read from r, named name in errors and
// for kind detection (see WithFile). The reader is consumed by New.
func WithReader(name string, r io.Reader) Option {
	return func(c *config) {
		c.sources = append(c.sources, source{name: name, open: func() (io.ReadCloser, error) {
			return io.NopCloser(r), nil
		}})
	}
}

// WithoutDefaults leaves out the embedded data: the lexicon holds only the
// user files.
func WithoutDefaults() Option {
	return func(c *config) { c.noDefaults = true }
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
	defaultErr  error
)

// Default returns the lexicon of the embedded data, loaded on first use
// (from its compiled form, see compiled.go) and shared afterwards.
func Default() (*Lexicon, error) {
	defaultOnce.Do(func() {
		defaultLex, defaultErr = loadDefault()
	})
	return defaultLex, defaultErr
}

// New builds a lexicon from the embedded data plus the user files given as
// options. Without options it returns Default().
func New(opts ...Option) (*Lexicon, error) {
	c := &config{}
	for _, o := range opts {
		if o != nil {
			o(c)
		}
	}
	if !c.noDefaults && len(c.sources) == 0 {
		return Default()
	}
	return build(c)
}

// EmbeddedFiles returns the names of the embedded data files
// ("data/orgs.tsv", ...), sorted.
func EmbeddedFiles() []string {
	ents, err := fs.ReadDir(dataFS, "data")
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range ents {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".tsv") {
			out = append(out, "data/"+e.Name())
		}
	}
	slices.Sort(out)
	return out
}

// OpenEmbedded opens an embedded data file by the name EmbeddedFiles gives.
func OpenEmbedded(name string) (io.ReadCloser, error) {
	f, err := dataFS.Open(name)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	return f, nil
}

// builder accumulates parsed records.
type builder struct {
	entries   []*Entry
	entryPrio []int32 // source priority per entry
	byID      map[string]int
	titles    map[string]string
	titleList []string
	suffixes  map[string]string
	surnames  map[string]string
	josa      map[string]string
	verbs     map[string]string
}

func build(c *config) (*Lexicon, error) {
	b := &builder{
		byID:     map[string]int{},
		titles:   map[string]string{},
		suffixes: map[string]string{},
		surnames: map[string]string{},
		josa:     map[string]string{},
		verbs:    map[string]string{},
	}
	if !c.noDefaults {
		for _, name := range EmbeddedFiles() {
			kind := kindFromName(name)
			if kind == "" {
				continue
			}
			if err := b.load(name, kind, 0, func() (io.ReadCloser, error) { return OpenEmbedded(name) }); err != nil {
				return nil, err
			}
		}
	}
	for i, s := range c.sources {
		if err := b.load(s.name, "", int32(i+1), s.open); err != nil {
			return nil, err
		}
	}
	return b.finish(), nil
}

func (b *builder) load(name string, kind FileKind, prio int32, open func() (io.ReadCloser, error)) error {
	rc, err := open()
	if err != nil {
		return fmt.Errorf("lexicon: open %s: %w", name, err)
	}
	defer rc.Close()
	kind, recs, err := ParseFile(name, rc, kind)
	if err != nil {
		return err // already "file:line: ..."
	}
	for _, r := range recs {
		key := normKey(r.Field(0))
		switch kind {
		case KindOrgs, KindPlaces:
			typ := TypeOrg
			if kind == KindPlaces {
				typ = TypeLocation
			}
			e := &Entry{ID: typ + ":" + key, Type: typ, Name: key, English: normKey(r.Field(1)), Kind: r.Field(3)}
			for _, a := range r.List(2) {
				e.Aliases = append(e.Aliases, normKey(a))
			}
			if i, ok := b.byID[e.ID]; ok {
				b.entries[i] = e
				b.entryPrio[i] = prio
			} else {
				b.byID[e.ID] = len(b.entries)
				b.entries = append(b.entries, e)
				b.entryPrio = append(b.entryPrio, prio)
			}
		case KindTitles:
			if _, ok := b.titles[key]; !ok {
				b.titleList = append(b.titleList, key)
			}
			b.titles[key] = r.Field(1)
		case KindOrgSuffixes:
			b.suffixes[key] = r.Field(1)
		case KindSurnames:
			b.surnames[key] = r.Field(1)
		case KindJosa:
			b.josa[key] = r.Field(1)
		case KindVerbs:
			b.verbs[key] = r.Field(1)
		}
	}
	return nil
}

func (b *builder) finish() *Lexicon {
	l := &Lexicon{
		entries:  b.entries,
		byID:     make(map[string]*Entry, len(b.entries)),
		suffixes: b.suffixes,
		surnames: b.surnames,
		verbs:    inflectVerbs(b.verbs),
	}
	n := 0
	for _, e := range b.entries {
		n += 2 + len(e.Aliases)
	}
	mb := newMatcherBuilder(n)
	for i, e := range b.entries {
		l.byID[e.ID] = e
		base := b.entryPrio[i] * 4
		place := e.Type == TypeLocation
		mb.add(e.Name, int32(i), base+2, place)
		mb.setBase(e)
		if e.English != "" {
			mb.add(e.English, int32(i), base+1, place)
			mb.setBase(e)
		}
		for _, a := range e.Aliases {
			mb.add(a, int32(i), base, place)
			mb.setBase(e)
		}
	}
	l.ents = mb.build(true)
	l.deriv = newDerivTable()
	l.ents.deriv = l.deriv
	// Titles.
	tb := newMatcherBuilder(len(b.titleList))
	l.titles = make([]TitleInfo, 0, len(b.titleList))
	for i, t := range b.titleList {
		l.titles = append(l.titles, TitleInfo{Title: t, Kind: b.titles[t]})
		tb.add(t, int32(i), 0, false)
	}
	l.indexTitles()
	l.titleM = tb.build(false)
	l.setMaxLengths()
	l.josa = josaSetOf(b.josa)
	return l
}

// indexTitles fills the look-up tables of the titles from l.titles.
func (l *Lexicon) indexTitles() {
	l.titleExact = make(map[string]int32, len(l.titles))
	l.titleFold = make(map[string]int32, len(l.titles))
	l.titleFirst = map[string]bool{}
	for i, ti := range l.titles {
		t := ti.Title
		l.titleExact[t] = int32(i)
		last, _ := utf8.DecodeLastRuneInString(t)
		l.titleLast.add(last)
		if first, _, ok := strings.Cut(t, " "); ok {
			l.titleFirst[foldASCII(first)] = true
			r, _ := utf8.DecodeRuneInString(first)
			l.titleFirstStart.add(r)
		}
		if !isShortCaps(t) {
			l.titleFold[foldASCII(t)] = int32(i)
		}
		l.maxTitle = max(l.maxTitle, len(t))
	}
}

// setMaxLengths sets the longest organisation suffix and surname.
func (l *Lexicon) setMaxLengths() {
	for s := range l.suffixes {
		l.maxSuffix = max(l.maxSuffix, len(s))
	}
	for s := range l.surnames {
		l.maxSurname = max(l.maxSurname, len(s))
	}
}

// josaSetOf builds the particle recogniser of particle -> kind.
func josaSetOf(josa map[string]string) *josaSet {
	jk := make(map[string][]int32, len(josa))
	for p, kind := range josa {
		final := int32(0)
		if finalJosaKinds[kind] || finalJosaForms[p] {
			final = 1
		}
		jk[p] = []int32{final}
	}
	return newJosaSet(jk, josa)
}

// Match returns all lexicon entities in text, sorted by Start, without
// overlaps; offsets are byte offsets. See the package documentation for the
// matching rules.
func (l *Lexicon) Match(text string) []Match {
	cs := l.ents.scan(text, l.josa)
	if len(cs) == 0 {
		return nil
	}
	out := make([]Match, 0, len(cs))
	for _, c := range cs {
		m := Match{
			Start:   c.start,
			End:     c.end,
			Entry:   l.entries[l.ents.pats[c.pat].target],
			Surface: text[c.start:c.end],
			Josa:    text[c.end:c.josaEnd],
		}
		if c.deriv != 0 {
			m.Derived = l.derive(text, c)
			m.Entry = m.Derived.Entry
		}
		out = append(out, m)
	}
	return out
}

// Lookup finds an entry by its exact name, English name or alias. Spaces are
// normalised and Latin letters compare case-insensitively, except for short
// all-capital names (MS, LG), which must be written as listed.
func (l *Lexicon) Lookup(name string) (*Entry, bool) {
	key := normKey(name)
	// The patterns of the matcher's trie node for the ASCII-folded key
	// are sorted by priority, as in matching: the first written exactly
	// as key, else the first that may be written in another case.
	pl := l.ents.t.payload(l.ents.t.find(key))
	for _, p := range pl {
		if pat := &l.ents.pats[p]; pat.orig == key {
			return l.entries[pat.target], true
		}
	}
	for _, p := range pl {
		if pat := &l.ents.pats[p]; !pat.caseSensitive {
			return l.entries[pat.target], true
		}
	}
	return nil, false
}

// ByID returns the entry with the given ID ("ORG:마이크로소프트").
func (l *Lexicon) ByID(id string) (*Entry, bool) {
	e, ok := l.byID[id]
	return e, ok
}

// Entries returns all entries in load order (embedded files first). The
// slice is a copy; the entries are shared and must not be modified.
func (l *Lexicon) Entries() []*Entry { return slices.Clone(l.entries) }

// Title reports whether s (spaces normalised, Latin case-insensitive except
// short capitals such as CEO) is a listed title.
func (l *Lexicon) Title(s string) (TitleInfo, bool) {
	if !l.MayEndTitle(s) {
		return TitleInfo{}, false
	}
	key := normKey(s)
	if i, ok := l.titleExact[key]; ok {
		return l.titles[i], true
	}
	// without a Latin letter the folded key is the key, already looked up
	if hasASCIILetter(key) {
		if i, ok := l.titleFold[foldASCII(key)]; ok {
			return l.titles[i], true
		}
	}
	return TitleInfo{}, false
}

// MayEndTitle is a quick test before the look-ups of titles (Title,
// TitleEndingAt): false when s ends in a Hangul syllable that ends no
// title, as most words do. Other endings (spaces, Latin letters in either
// case) are left to the look-up.
func (l *Lexicon) MayEndTitle(s string) bool {
	r := lastRune(s)
	return r < hangulFirst || r > hangulLast || l.titleLast.has(r)
}

// StartsTitle reports whether w is the first word of a listed title of
// several words (수석 of 수석 애널리스트), so that callers can skip looking up
// two-word titles that cannot exist.
func (l *Lexicon) StartsTitle(w string) bool {
	if r, ok := hangul.SyllableAt(w, 0); ok && !l.titleFirstStart.has(r) {
		return false // most words: no title of several words starts with them
	}
	return l.titleFirst[foldASCII(w)]
}

// TitlesIn returns the titles standing as words in text (followed by a word
// end or particles), longest first without overlaps, sorted by Start. Unlike
// entity names, one-syllable titles may take particles (씨는).
func (l *Lexicon) TitlesIn(text string) []TitleMatch {
	cs := l.titleM.scan(text, l.josa)
	if len(cs) == 0 {
		return nil
	}
	out := make([]TitleMatch, len(cs))
	for i, c := range cs {
		out[i] = TitleMatch{
			Start: c.start, End: c.end,
			Title:     l.titles[l.titleM.pats[c.pat].target],
			Surface:   text[c.start:c.end],
			Josa:      text[c.end:c.josaEnd],
			WordStart: true,
		}
	}
	return out
}

// TitleEndingAt returns the longest title that ends exactly at byte offset
// end of text (strip particles first, e.g. with StripJosa). The title may
// start inside an eojeol (부회장 ends with 회장); WordStart tells whether it
// starts a word. end must be a rune boundary.
func (l *Lexicon) TitleEndingAt(text string, end int) (TitleMatch, bool) {
	if end <= 0 || end > len(text) || l.maxTitle == 0 || (end < len(text) && !utf8.RuneStart(text[end])) {
		return TitleMatch{}, false
	}
	if !l.MayEndTitle(text[:end]) {
		return TitleMatch{}, false
	}
	lo := max(0, end-l.maxTitle-2*maxSpaceRun)
	for start := lo; start < end; start++ {
		if !utf8.RuneStart(text[start]) || hspaceAt(text, start) > 0 {
			continue
		}
		ti, ok := l.Title(text[start:end])
		if !ok {
			continue
		}
		ws := start == 0
		if !ws {
			r, _ := utf8.DecodeLastRuneInString(text[:start])
			ws = isBoundary(classOf(r))
		}
		return TitleMatch{Start: start, End: end, Title: ti, Surface: text[start:end], WordStart: ws}, true
	}
	return TitleMatch{}, false
}

// IsSurname reports whether s is a listed Korean surname (김, 남궁, ...).
func (l *Lexicon) IsSurname(s string) bool {
	_, ok := l.surnames[s]
	return ok
}

// SplitName splits a Korean personal name into the longest listed surname
// and a non-empty given name: "남궁민수" -> "남궁", "민수".
func (l *Lexicon) SplitName(name string) (surname, given string, ok bool) {
	for n := min(l.maxSurname, len(name)-1); n > 0; n-- {
		if utf8.RuneStart(name[n]) && l.IsSurname(name[:n]) {
			return name[:n], name[n:], true
		}
	}
	return "", name, false
}

// StripJosa splits word into a stem and the longest suffix that is a
// sequence of listed particles (에서+는), leaving a non-empty stem:
// "오픈AI에서는" -> "오픈AI", "에서는". Without a particle, josa is "".
func (l *Lexicon) StripJosa(word string) (stem, josa string) {
	if word == "" {
		return word, ""
	}
	last := lastRune(word)
	if l.josa == nil || !l.josa.last.has(last) {
		return word, "" // most words without a particle end here
	}
	_, first := utf8.DecodeRuneInString(word)
	from := max(first, len(word)-maxJosaSeqBytes)
	for i := from; i < len(word); {
		// a particle sequence begins with the first syllable of a particle
		// (the last one was tested above): test it from the bytes
		if r, ok := hangul.SyllableAt(word, i); ok {
			if l.josa.first.has(r) && l.josa.sequence(word[i:]) && !caseAfterChoice(word[i:]) {
				return word[:i], word[i:]
			}
			i += 3
			continue
		}
		if utf8.RuneStart(word[i]) && l.josa.isSequence(word[i:]) {
			return word[:i], word[i:]
		}
		i++
	}
	return word, ""
}

// caseAfterChoice reports whether josa is 이든 (or 든) followed by a case
// or topic particle, which Korean does not stack: 바이든은 is 바이든 + 은,
// not 바 + 이든 + 은.
func caseAfterChoice(josa string) bool {
	rest, ok := strings.CutPrefix(josa, "이든")
	if !ok {
		rest, ok = strings.CutPrefix(josa, "든")
	}
	switch rest {
	case "은", "는", "이", "가", "을", "를", "의", "에", "과", "와", "도":
		return ok
	}
	return false
}

// IsJosa reports whether s is one listed particle and returns its kind.
func (l *Lexicon) IsJosa(s string) (kind string, ok bool) {
	kind, ok = l.josa.kind[s]
	return kind, ok
}

// IsJosaSequence reports whether s is a non-empty sequence of listed
// particles ("과의", "에서는").
func (l *Lexicon) IsJosaSequence(s string) bool { return l.josa.isSequence(s) }

// Verb returns the kind (speech, analysis, forecast, hearsay, according,
// ...) of a listed reporting verb form such as "말했다".
func (l *Lexicon) Verb(form string) (kind string, ok bool) {
	kind, ok = l.verbs[form]
	return kind, ok
}

// OrgSuffix returns the longest listed organisation suffix that ends name and
// leaves a non-empty prefix ("서울대학교" -> "대학교", "university").
func (l *Lexicon) OrgSuffix(name string) (suffix, kind string, ok bool) {
	name = normKey(name)
	if name == "" {
		return "", "", false
	}
	_, first := utf8.DecodeRuneInString(name)
	for i := max(first, len(name)-l.maxSuffix); i < len(name); i++ {
		if !utf8.RuneStart(name[i]) {
			continue
		}
		s := strings.TrimLeft(name[i:], " ")
		if k, found := l.suffixes[s]; found {
			return s, k, true
		}
	}
	return "", "", false
}
