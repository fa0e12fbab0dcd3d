//! HTTP routes: an axum router and actix-web handlers (bodies return literals).

/// axum: `.route(path, get(h).post(h))` registers one route per method router.
pub mod api { // @def module api
    use axum::routing::{get, post};
    use axum::Router;

    async fn list_users() -> &'static str { // @def function api.list_users
        "users"
    }

    async fn create_user() -> &'static str { // @def function api.create_user
        "created"
    }

    async fn show_user() -> &'static str { // @def function api.show_user
        "user"
    }

    pub fn router() -> Router { // @def function api.router
        Router::new()
            .route("/users", get(list_users).post(create_user)) // @route GET /users api.list_users @route POST /users api.create_user
            .route("/users/:id", get(show_user)) // @route GET /users/:id api.show_user
            .route("/health", get(|| async { "ok" })) // @route GET /health -
    }
}

/// actix-web: attribute macros on handlers, and resources registered in a config function.
pub mod site { // @def module site
    use actix_web::{get, post, web};

    #[get("/items/{id}")] // @route GET /items/{id} site.show_item
    async fn show_item() -> &'static str { // @def function site.show_item
        "item"
    }

    #[post("/items")] // @route POST /items site.add_item
    async fn add_item() -> &'static str { // @def function site.add_item
        "added"
    }

    async fn list_items() -> &'static str { // @def function site.list_items
        "items"
    }

    pub fn config(cfg: &mut web::ServiceConfig) { // @def function site.config
        cfg.service(show_item).service(add_item);
        cfg.service(web::resource("/items").route(web::get().to(list_items))); // @route GET /items site.list_items
        cfg.route("/ping", web::get().to(|| async { "pong" })); // @route GET /ping -
        cfg.service(web::scope("/admin").route("/stats", web::get().to(list_items))); // @route GET /admin/stats site.list_items
        cfg.service(web::resource("/status").to(list_items)); // @route ANY /status site.list_items
    }
}
