// Package extract reads Korean news text and returns what it says as a
// Document: the people, organizations, places and dates it mentions (each
// clustered across the article, with roles and affiliations), every direct
// quote with its speaker and reporting verb, attributed claims (indirect
// speech, 에 따르면, hearsay), and every amount as an exact number with its
// unit (money in ISO 4217 currencies, percentages, quantities, durations).
// Arithmetic is exact: values are normalize.Decimal, never floats.
//
// # Spans
//
// Every piece of the input the Document points at is a Span: Start and End
// are Unicode code point offsets (not bytes) into the original input, before
// any normalization, half-open, and Text is exactly that slice:
//
//	runes := []rune(article)
//	string(runes[s.Start:s.End]) == s.Text
//
// Input.Text is used as it is. Input.Raw (bytes) is first decoded as a
// text-mode reader does (UTF-8, or EUC-KR/CP949; CRLF read as LF), with a
// Warning when that changed anything; offsets then refer to the decoded text.
//
// # Use
//
// Build one Extractor with New and share it: it is safe for concurrent use.
//
//	x, err := extract.New(extract.WithDate("2025-04-07"))
//	if err != nil {
//		return err
//	}
//	doc, err := x.Extract(ctx, extract.Input{ID: "a1", Text: article})
//	if err != nil {
//		return err
//	}
//	for _, q := range doc.Quotes {
//		who := "unknown"
//		if q.Speaker != nil { // nil when no speaker was found
//			who = q.Speaker.Name
//		}
//		fmt.Println(who, q.Text)
//	}
//
// Some fields are nil when the article does not give them: Quote.Speaker and
// Claim.Source (no speaker found, or hearsay), Amount.Value (a range or a
// bound: read Min and Max), Amount.Converted (no target currency, or no rate
// for the amount's currency). Check them before use; the examples do.
// Document.Entity finds the entity a Speaker or an affiliation refers to.
// Compare Amount.Kind and Entity.Type with the exported constants
// (AmountMoney, TypePerson, ...). Encode and Marshal write the JSON format
// described by the JSON Schema in schema/kextract-v1.json.
//
// The zero Extractor works as New() with no options would; Extract never
// panics, and returns an error for input it cannot read (wrapping
// ErrTooLarge, normalize.ErrInvalidEncoding) or when its context is done.
package extract
