// Package corpus reads records (articles) from JSONL files, plain text files,
// directories and compressed streams, runs a function over them on a pool of
// workers while keeping the output in input order, and writes the results
// atomically (with resume support).
//
// The package knows nothing about Korean or about extraction: a record is an
// id and a text, and the work function returns opaque bytes.
//
// Every input record produces exactly one Result: records that could not be
// read (malformed JSON, invalid UTF-8, too large, unreadable file) flow
// through the pipeline with Record.Err set, so no record is ever lost
// silently.
package corpus
