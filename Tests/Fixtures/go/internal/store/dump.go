package store

// Dump encodes every item.
func Dump(items []Item) []string { // @def function Dump
	var out []string
	for _, item := range items {
		out = append(out, encode(item)) // @calls internal/store/codec.go#encode
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
