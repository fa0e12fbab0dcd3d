package shop

import (
	"fmt"

	"example.com/shop/internal/store"
)

// Service sells items from a store.
type Service struct { // @def class Service
	Name    string             // @def property Service.Name
	backend store.Store        // @def property Service.backend @references Store
	memory  *store.MemoryStore // @def property Service.memory @references MemoryStore
}

// NewService wires a service to a fresh memory store.
func NewService(name string) (*Service, error) { // @def function NewService @references Service
	if name == "" {
		return nil, fmt.Errorf("empty name")
	}
	mem := store.NewMemoryStore()                              // @calls NewMemoryStore
	return &Service{Name: name, backend: mem, memory: mem}, nil // @instantiates Service
}

func (s *Service) Stock(sku string, price int) error { // @def method Service.Stock
	item := store.Item{SKU: sku, Price: price} // @instantiates Item
	return s.backend.Save(item)                 // @calls Store.Save
}

func (s *Service) Lookup(sku string) string { // @def method Service.Lookup
	item, ok := s.backend.Find(sku) // @calls Store.Find
	if !ok {
		return describe(store.Blank()) // @calls describe @calls Blank
	}
	return describe(item) // @calls describe
}

// Writes shadows nothing: it is Service's own method, next to Base.Writes.
func (s *Service) Writes() int { // @def method Service.Writes
	s.memory.Touch()         // @calls Base.Touch
	return s.memory.Writes() // @calls Base.Writes
}
