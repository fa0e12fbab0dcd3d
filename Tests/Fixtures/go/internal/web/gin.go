package web

import "github.com/gin-gonic/gin"

// Users groups the user handlers; its methods are registered as method values.
type Users struct{} // @def class Users

func (u *Users) List(c *gin.Context) {} // @def method Users.List

func requireLogin(c *gin.Context) {} // @def function requireLogin

func showUser(c *gin.Context) {} // @def function showUser

func createUser(c *gin.Context) {} // @def function createUser

// RegisterGin wires gin routes: middleware comes before the handler, which is last.
func RegisterGin(r *gin.Engine, u *Users) { // @def function RegisterGin
	r.Use(requireLogin)                            // no path: not a route
	r.GET("/users/:id", requireLogin, showUser)    // @route GET /users/:id showUser
	r.POST("/users", createUser)                   // @route POST /users createUser
	r.Any("/ping", func(c *gin.Context) {})        // @route ANY /ping -
	r.Handle("DELETE", "/users/:id", showUser)     // @route DELETE /users/:id showUser
	v1 := r.Group("/v1")
	{
		v1.GET("/users", u.List) // @route GET /v1/users Users.List
	}
	admin := r.Group("/admin")
	admin.PUT("/users/:id", createUser) // @route PUT /admin/users/:id createUser
}
