package store

// Dump encodes every item.
func Dump(items []Item) []string { // @def function Dump
	var out []string
	for _, item := range items {
		out = append(out, encode(item)) // @calls internal/store/codec.go#encode
	}
	return out
}
