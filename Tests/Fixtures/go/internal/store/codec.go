//go:build !nocodec
// +build !nocodec

package store

// encode is the default build's encoder.
func encode(item Item) string { // @def function encode @references Item
	return item.SKU
}
