package web

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func listOrders(w http.ResponseWriter, r *http.Request) {} // @def function listOrders

func cancelOrder(w http.ResponseWriter, r *http.Request) {} // @def function cancelOrder

func audit(next http.Handler) http.Handler { // @def function audit
	return next
}

// RegisterChi wires chi routes; r.Route nests a prefix around its registrations.
func RegisterChi(r chi.Router) { // @def function RegisterChi
	r.Use(audit)                            // no path: not a route
	r.Get("/orders", listOrders)            // @route GET /orders listOrders
	r.With(audit).Post("/orders", listOrders) // @route POST /orders listOrders
	r.Route("/admin", func(r chi.Router) {
		r.Delete("/orders/{id}", cancelOrder) // @route DELETE /admin/orders/{id} cancelOrder
	})
	r.Method("PATCH", "/orders/{id}", http.HandlerFunc(cancelOrder)) // @route PATCH /orders/{id} -
	r.HandleFunc("/orders/export", listOrders)                      // @route ANY /orders/export listOrders
}
