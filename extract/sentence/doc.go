// Package sentence splits normalized Korean news text into sentences and
// labels each one as body text, a headline, or boilerplate.
//
// Split is a pure function over a string: it returns byte offsets into the
// input, in order and non-overlapping. A newline always ends a sentence, and
// within a line a sentence ends at final punctuation (. ! ? 。 and ellipses)
// that is followed by whitespace and is not part of a decimal number, an
// abbreviation, an initial, a list marker, a date, a URL, or a quotation or
// parenthesis that closes later on the same line.
//
// The cost of Split is linear in the size of its input; it never panics.
package sentence
