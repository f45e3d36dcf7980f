package entity

// Span is a byte range [Start, End) of the clean text. Stages work with
// spans; the document step maps them to the original input once.
type Span struct{ Start, End int }

// Empty reports whether s holds no byte.
func (s Span) Empty() bool { return s.End <= s.Start }
