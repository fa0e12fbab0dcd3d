import Vapor

// Vapor routes (Vapor is external: not a dependency in Package.swift). Handlers named with
// `use:` are Swift functions named with labels (`showUser(req:)`), so they do not bind: `-`.
func routes(_ app: Application) throws {  // @def function routes(_:)
    app.get("health") { req in  // @route GET /health -
        "ok"
    }
    app.get("users", ":id", use: showUser)  // @route GET /users/:id -
    app.post("users", use: createUser)  // @route POST /users -
    app.on(.PATCH, "users", ":id", use: createUser)  // @route PATCH /users/:id -
    app.group("admin") { adminRoutes in
        adminRoutes.delete("sessions") { req in  // @route DELETE /admin/sessions -
            "bye"
        }
    }
    // not captured: three or more path components
    app.get("users", ":id", "orders", use: showUser)
    try app.register(collection: OrdersController())  // @instantiates OrdersController
}

func showUser(req: Request) throws -> String {  // @def function showUser(req:)
    "user"
}

func createUser(req: Request) throws -> String {  // @def function createUser(req:)
    "created"
}

struct OrdersController: RouteCollection {  // @def class OrdersController
    func boot(routes: RoutesBuilder) throws {  // @def method OrdersController.boot(routes:)
        routes.get("orders", use: index)  // @route GET /orders -
    }

    func index(req: Request) throws -> String {  // @def method OrdersController.index(req:)
        "orders"
    }
}
