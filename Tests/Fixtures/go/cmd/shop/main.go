package main

import (
	"fmt"
	"os"

	"example.com/shop/internal/shop"
	st "example.com/shop/internal/store"
)

func main() { // @def function main
	svc, err := shop.NewService("corner") // @calls NewService
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := svc.Stock("apple", 3); err != nil { // @calls Service.Stock
		fmt.Println(err)
	}
	fmt.Println(svc.Lookup("apple")) // @calls Service.Lookup
	var backend st.Store = st.NewMemoryStore() // @calls NewMemoryStore @references Store
	report(backend, fmt.Println)               // @calls report
}

func report(s st.Store, log func(...any) (int, error)) { // @def function report @references Store
	if _, ok := s.Find("pear"); !ok { // @calls Store.Find
		log("no pears") // @unresolved log
	}
	var m st.MemoryStore // @references MemoryStore
	m.Touch()            // @calls Base.Touch
	fresh := &st.MemoryStore{} // @instantiates MemoryStore
	fresh.Save(st.Blank())     // @calls MemoryStore.Save @calls Blank
	if st.MaxItems > 0 { // @references MaxItems
		st.Shared = fresh // @references Shared
	}
}
