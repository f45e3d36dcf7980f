package extract

import ent "github.com/kextract/kextract/extract/internal/entity"

// The stages work with the entity package's types under these names. Files
// that call the package import it as ent, since entity is the type.
type (
	span    = ent.Span
	entity  = ent.Entity
	mention = ent.Mention
	// mentionRef is one mention in the index: its span and its entity
	// (nil once removed).
	mentionRef = ent.Ref
	// entitySet is the entities of a document and the index of their
	// mentions, kept in step.
	entitySet = ent.Set
	// mentionDrops are mentions taken out at once and out of their
	// entities' lists in one pass (Flush).
	mentionDrops = ent.Drops
)
