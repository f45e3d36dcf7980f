package entity

// The entity types, as the extractor's JSON writes them (extract.TypePerson
// and the others are the same strings).
const (
	Person   = "PERSON"
	Org      = "ORG"
	Location = "LOCATION"
	Date     = "DATE"
	Time     = "TIME"
)
