package web

import "net/http"

func health(w http.ResponseWriter, r *http.Request) {} // @def function health

func showItem(w http.ResponseWriter, r *http.Request) {} // @def function showItem

// NewMux registers handlers on the standard library's mux (Go 1.22 patterns keep their method).
func NewMux() *http.ServeMux { // @def function NewMux
	http.HandleFunc("/healthz", health) // @route ANY /healthz health
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items/{id}", showItem)          // route "ANY GET /items/{id}": no marker (see NOTES.md)
	mux.Handle("/static/", http.FileServer(http.Dir("."))) // @route ANY /static/ -
	return mux
}
