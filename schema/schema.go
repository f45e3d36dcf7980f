// Package schema embeds the JSON Schema of the kextract/v1 document format.
package schema

import _ "embed"

// JSON is the JSON Schema (draft 2020-12) of the Document that kextract
// writes, as stored in kextract-v1.json. Treat it as read-only.
//
//go:embed kextract-v1.json
var JSON []byte
