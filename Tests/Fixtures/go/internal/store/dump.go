package store

// Dump encodes every item.
func Dump(items []Item) []string { // @def function Dump
	var out []string
	for _, item := range items {
		out = append(out, encode(item)) // @calls internal/store/codec.go#encode @calls internal/store/codec_nocodec.go#encode
	}
	return out
}

// Shared is the package's store.
var Shared = NewMemoryStore() // @def variable Shared @calls NewMemoryStore

// Keep saves an item through a copy of the shared store.
func Keep(item Item) error { // @def function Keep @references Item
	s := Shared
	return s.Save(item) // @calls MemoryStore.Save
}

// Shelf is a named type that a field of the same name holds.
type Shelf struct{} // @def class Shelf

// Count counts nothing.
func (s Shelf) Count() int { return 0 } // @def method Shelf.Count

// Rack holds a shelf in a field named like its type.
type Rack struct { // @def class Rack
	Shelf Shelf // @def property Rack.Shelf @references Shelf
}

// Size counts the rack's shelf.
func (r Rack) Size() int { // @def method Rack.Size
	return r.Shelf.Count() // @calls Shelf.Count
}

// Tally counts racks through locals named like package-level definitions.
func Tally(racks []Rack) int { // @def function Tally @references Rack
	total := 0
	for _, Shared := range racks {
		total += Shared.Size() + len(racks) // @unresolved Size
	}
	if total > MaxItems { // @references MaxItems
		total = MaxItems // @references MaxItems
	}
	return total
}
