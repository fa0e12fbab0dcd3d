package web

import "github.com/labstack/echo/v4"

func listItems(c echo.Context) error { // @def function listItems
	return nil
}

func addItem(c echo.Context) error { // @def function addItem
	return nil
}

// RegisterEcho wires echo routes (the handler comes right after the path).
func RegisterEcho(e *echo.Echo) { // @def function RegisterEcho
	e.GET("/items", listItems)  // @route GET /items listItems
	e.POST("/items", addItem)   // @route POST /items addItem
	g := e.Group("/shop")
	g.GET("/items", listItems) // @route GET /shop/items listItems
	e.Any("/status", func(c echo.Context) error { // @route ANY /status -
		return nil
	})
}
