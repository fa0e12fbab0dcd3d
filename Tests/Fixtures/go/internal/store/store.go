// Package store keeps items in memory.
package store

import "errors"

// MaxItems bounds every store.
const MaxItems = 100 // @def constant MaxItems

const (
	defaultSKU = "none" // @def constant defaultSKU
)

// ErrFull is returned when a store is full.
var ErrFull = errors.New("store full") // @def variable ErrFull

// Item is one product line.
type Item struct { // @def class Item
	SKU   string // @def property Item.SKU
	Price int    // @def property Item.Price
}

// Store is implemented by every storage backend.
type Store interface { // @def interface Store
	Save(item Item) error         // @def method Store.Save @references Item
	Find(sku string) (Item, bool) // @def method Store.Find @references Item
}

// Price is an amount in cents.
type Price = int // @def type Price

// Base keeps bookkeeping shared by backends.
type Base struct { // @def class Base
	writes int // @def property Base.writes
}

// Touch counts one write.
func (b *Base) Touch() { // @def method Base.Touch
	b.writes++
}

// Writes reports the number of writes.
func (b *Base) Writes() int { // @def method Base.Writes
	return b.writes
}

// Blank returns an item with the default SKU.
func Blank() Item { // @def function Blank @references Item
	return Item{SKU: defaultSKU} // @instantiates Item @references defaultSKU
}
