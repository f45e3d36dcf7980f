// Package date reads the dates and times of Korean news text and resolves
// them against the document's date.
//
// Reading and resolving are apart: Read turns words into an Expr, a typed
// description of what the text says (지난 15일 is "the nearest 15th before
// the document date"); Resolve turns an Expr into a Value, an ISO 8601
// value by precision (2016-10-15, 2016-12, 2016, 2016-W44,
// 2016-11-07T15:00), with the period it covers when it is longer than a
// day, or the reason it cannot be resolved. Anaphoric dates (이날, 전날)
// resolve against the date in focus, which the caller carries from one
// expression to the next in text order (see Context).
package date
