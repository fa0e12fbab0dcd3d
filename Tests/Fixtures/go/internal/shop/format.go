package shop

import (
	"fmt"

	"example.com/shop/internal/store"
)

const currency = "EUR" // @def constant currency

func describe(item store.Item) string { // @def function describe @references Item
	return fmt.Sprintf("%s: %d %s", item.SKU, item.Price, currency)
}
