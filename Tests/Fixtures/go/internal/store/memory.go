package store

// MemoryStore is an in-memory Store; it satisfies Store without saying so.
type MemoryStore struct { // @def class MemoryStore @implements Store
	Base                  // @extends Base
	items map[string]Item // @def property MemoryStore.items @references Item
}

// NewMemoryStore makes an empty store.
func NewMemoryStore() *MemoryStore { // @def function NewMemoryStore @references MemoryStore
	return &MemoryStore{items: map[string]Item{}} // @instantiates MemoryStore
}

func (m *MemoryStore) Save(item Item) error { // @def method MemoryStore.Save @references Item
	if len(m.items) >= MaxItems { // @references MaxItems
		return ErrFull // @references ErrFull
	}
	m.Touch() // @calls Base.Touch
	m.items[item.SKU] = item
	return nil
}

func (m *MemoryStore) Find(sku string) (Item, bool) { // @def method MemoryStore.Find
	item, ok := m.items[sku]
	if !ok {
		return Blank(), false // @calls Blank
	}
	return item, true
}
