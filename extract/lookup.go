package extract

// Entity returns the entity whose ID is id (as in Speaker.Entity or
// Entity.Affiliation), or nil when the document has none; a nil Document
// has none. It scans the entities, which is fast for the tens of entities
// of an article; build a map when looking up many ids in a large document.
//
//	if q.Speaker != nil {
//		if e := doc.Entity(q.Speaker.Entity); e != nil {
//			fmt.Println(e.Name, e.Role)
//		}
//	}
func (d *Document) Entity(id string) *Entity {
	if d == nil || id == "" {
		return nil
	}
	for i := range d.Entities {
		if d.Entities[i].ID == id {
			return &d.Entities[i]
		}
	}
	return nil
}
