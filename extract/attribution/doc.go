// Package attribution reads direct quotations in Korean news text: it pairs
// the quotation marks of each paragraph (Pairs), whatever mix of “ ” " ‘ ’ '
// 「 」 『 』 « » the writer used, and reads what follows a pair to tell
// speech (“…”고 말했다, “…있”다며, “…”라는 입장을 밝혔다, a quoted sentence
// standing alone) from a quoted term, title or scare quote (‘과잉 공급’을,
// “…”라는 제목의) (Read).
//
// Offsets are byte offsets into the text the caller passes, which is the
// normalized text of the extractor; mapping them to the original input is
// the caller's job. Every function is linear in the length of its input.
package attribution
