package extract

import ent "github.com/kextract/kextract/extract/internal/entity"

// The stages work with the entity package's types under these names.
type (
	span    = ent.Span
	entity  = ent.Entity
	mention = ent.Mention
)
