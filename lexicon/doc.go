// Package lexicon holds kextract's dictionaries (organisations, places,
// titles, organisation suffixes, surnames, Korean particles and reporting
// verbs) and a fast matcher that finds lexicon entities in Korean news text.
//
// The data is embedded from lexicon/data/*.tsv and can be extended or
// overridden with user files (see [WithFile] and [WithReader]). A [Lexicon]
// is immutable after construction and safe for concurrent use; [Default]
// loads the embedded lexicon once and shares it. It is loaded from its
// compiled form, data/default.lexc: the same lexicon built from the data
// files at generation time and serialized (see compiled.go; a few
// milliseconds of start-up less than building it).
//
// # Data format
//
// Every file is UTF-8 TSV. A line whose first non-blank character is '#' is a
// comment, blank lines are ignored, fields are separated by a TAB, '|'
// separates list items inside a field, and trailing empty fields may be
// omitted. Leading and trailing spaces of every field are trimmed. The file
// kinds and their columns are:
//
//	orgs.tsv         name  english  aliases  kind   (type ORG)
//	places.tsv       name  english  aliases  kind   (type LOCATION)
//	titles.tsv       title  kind
//	orgsuffixes.tsv  suffix  kind
//	surnames.tsv     surname  romanized
//	josa.tsv         particle  kind
//	verbs.tsv        form  kind
//
// Examples:
//
//	마이크로소프트	Microsoft	MS|마소|Microsoft Corp	company
//	미국	United States	美|USA|U.S.|US|미합중국	country
//	수석 애널리스트	occupation
//	대학교	university
//	남궁	Namgung
//	에서	adverbial
//	말했다	speech
//
// Known kinds:
//
//	orgs:        company government party agency university media international
//	             association military court sports religious research other
//	places:      country continent region province city district landmark
//	titles:      position occupation honorific group political
//	orgsuffixes: the org kinds above
//
// The kind column of josa.tsv and verbs.tsv is free text (for verbs the
// convention is speech, analysis, forecast, hearsay, according, ...).
// An empty kind is allowed everywhere. A 하다 verb listed in its past form
// (일축했다) also answers for its other forms of report (일축했고, 일축하며,
// 일축하였다, 일축한다 …) with the same kind, unless one is listed itself.
//
// An org or place line becomes an [Entry] whose ID is its type, a colon and
// its name ("ORG:마이크로소프트", "LOCATION:미국"). The ID is stable: it only
// depends on the name.
//
// Within one orgs or places file a name, English name or alias must belong
// to one entry only; a surface that is intentionally shared by several
// entries is declared in a comment line anywhere in the file:
//
//	#shared: 조지아|Georgia
//
// (the data tests report every other duplicate with its file and line).
//
// # Generated word lists
//
// nouns.txt (common nouns), names.txt (person-name words), verbstems.txt
// and verbforms.txt (verb and adjective stems, and their forms fused with an
// ending) are generated from mecab-ko-dic by `go generate` (see gen.go and
// tools/gazetteer), one word a line, sorted; [Lexicon.IsCommonNoun],
// [Lexicon.IsNameWord] and [Lexicon.VerbFormOf] search them in place. They
// are Apache-2.0 data, see data/MECAB_LICENSE.md.
//
// # User files
//
// A user file has the same format. Its kind is given by a header comment
// before the first data line:
//
//	#kextract-lexicon: orgs
//
// where the value is one of orgs, places, titles, orgsuffixes, surnames, josa
// or verbs. Without a header, the file's base name (orgs.tsv, places.tsv, ...)
// decides. An org or place whose name is already known (same ID) replaces the
// earlier entry; any other line adds to the data. When two entries share an
// alias, the entry from the later file wins, then a name beats an English
// name, which beats an alias. A malformed line makes [New] fail with an error
// of the form "file.tsv:3: ...".
//
// # Matching
//
// [Lexicon.Match] walks a byte trie built once at load time from every name,
// English name and alias, starting at each word (eojeol) start. A run of
// spaces in the text matches one space in a name. A match must end at a word
// end, or where the rest of the eojeol is a sequence of particles from
// josa.tsv (오픈AI는, 미국과의, 오픈AI에서는); the particles are reported in
// [Match.Josa] and are not part of the span. At most three particles stack,
// and only the last may be a final one (kinds topic, subject, object,
// genitive, copula, quotative, and 도, 이나, 나), so 천안을에서 or 천안도는
// do not match 천안. A place followed by 인 alone is a demonym
// (한국인), not a match. A one-syllable Hangul name only
// matches as a whole word. A one-character Hanja name (美, 中, 日, 北, ...)
// matches wherever it stands: alone, inside a run of Hanja (韓美, 美中: one
// match per character) or attached to a Hangul word (美국무부, 방美).
// Latin text matches case-insensitively, except short all-capital names of at
// most three letters (MS, LG, SK, U.S.), which match only as written; a Latin
// match never starts or ends inside a longer Latin word. Multi-word English
// names also match after Snowball stemming of each word, so "Alibaba Groups"
// finds "Alibaba Group". Among overlapping candidates the longest wins.
//
// # Derived names
//
// Match also finds organisation names formed by Korean word formation, which
// no list could hold: a listed province, city or district followed in the
// same eojeol by 도청, 도의회, 시청, 시의회, 군청, 구의회, 교육청, 경찰청,
// 경찰서, 지방법원/지법, 지방검찰청/지검, 지청, 상공회의소/상의, 대학교 and
// similar (충남도의회, 천안시청, 대전지법, 보령경찰서), or by a facility
// named after it, which is a place (대구역, 군산항), and a group's short
// name or a company acronym followed by a line of business such as 전자,
// 건설, 증권, 은행, 홈쇼핑 or 항공 (GS홈쇼핑, 롯데홈쇼핑, 두산건설). Such a
// match has [Match.Derived] set and an Entry made for it, whose Name is the
// canonical form (충청남도의회 for 충남도의회, 대전지방법원 for 대전지법),
// so that both spellings give one ID. A listed name is always preferred.
// Because the base must be a lexicon entry and the suffix is from a closed
// list, a common noun ending in the same syllables (도청, 시청, 재건설) is
// never derived. [Lexicon.Derive] applies the rule to one word.
package lexicon
