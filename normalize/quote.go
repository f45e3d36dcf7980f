package normalize

// QuoteClass says how a quotation mark can be used.
type QuoteClass uint8

// Quote classes.
const (
	// NotQuote is any character that is not a quotation mark.
	NotQuote QuoteClass = iota
	// QuoteOpen only opens a quotation (“ ‘ 「 『 «).
	QuoteOpen
	// QuoteClose only closes one (” ’ 」 』 »).
	QuoteClose
	// QuoteEither opens or closes depending on position (" ').
	QuoteEither
)

// QuoteMark describes a quotation mark of the normalized text.
type QuoteMark struct {
	Class QuoteClass
	// Double is true for the marks of a main quotation (“ ” " 「 」 « »),
	// false for the marks of a quotation inside a quotation (‘ ’ ' 『 』).
	Double bool
	// Pair is the mark that closes an opening mark (or opens a closing one).
	Pair rune
}

// Quote classifies r as a quotation mark. After String, the odd variants
// („ ‟ 〝 〞 ″ ′ and full-width forms) have already been folded to the marks
// listed here.
func Quote(r rune) QuoteMark {
	switch r {
	case '“':
		return QuoteMark{QuoteOpen, true, '”'}
	case '”':
		return QuoteMark{QuoteClose, true, '“'}
	case '‘':
		return QuoteMark{QuoteOpen, false, '’'}
	case '’':
		return QuoteMark{QuoteClose, false, '‘'}
	case '"':
		return QuoteMark{QuoteEither, true, '"'}
	case '\'':
		return QuoteMark{QuoteEither, false, '\''}
	case '「':
		return QuoteMark{QuoteOpen, true, '」'}
	case '」':
		return QuoteMark{QuoteClose, true, '「'}
	case '『':
		return QuoteMark{QuoteOpen, false, '』'}
	case '』':
		return QuoteMark{QuoteClose, false, '『'}
	case '«':
		return QuoteMark{QuoteOpen, true, '»'}
	case '»':
		return QuoteMark{QuoteClose, true, '«'}
	}
	return QuoteMark{}
}
