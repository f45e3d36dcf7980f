// Package entity holds what the extractor knows of an article's entities
// while its stages run: the clean-text spans (Span), the mentions of an
// entity (Mention) and the entity itself (Entity), a cluster of mentions
// with its type, name, role and affiliation; Index, through which the
// stages add, widen, remove and merge mentions, so that each entity's
// mention list and the index by position stay in step; and Set, the
// article's entities with that index, which joins two entities (Merge,
// affiliations included) and drops the merged ones (Prune).
//
// Set.Link joins what an article names in more than one form: people by
// surname and title, organizations by abbreviation or as a sitting,
// lexicon aliases, place forms. It asks the extractor about words through
// Names. The rules it builds on need nothing but entities and their
// names: how Korean news shortens a name it gave in full (ShortFormOf,
// Abbreviates, InOrderFrom, LatinAbbreviation) and which person a shorter
// form refers to (PickFull, FamilyNameFirst, LastNamedBefore).
//
// Offsets are byte offsets into the normalized text of the extractor;
// mapping them to the original input is the document builder's job.
package entity
