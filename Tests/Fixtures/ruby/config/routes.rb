# Rails routes: handlers are `controller#action` strings, so no handler edges (NOTES.md, Routes).
Rails.application.routes.draw do
  root "home#index"  # not captured: the path `/` is not written
  get "/users/:id", to: "users#show"  # @route GET /users/:id -
  post "users" => "users#create"  # @route POST /users -
  patch "/users/:id", to: "users#update", as: :update_user  # @route PATCH /users/:id -
  match "/search", to: "search#run", via: [:get, :post]  # @route GET /search - @route POST /search -
  match "/ping", to: "health#ping", via: :all  # @route ANY /ping -

  scope "/api" do
    get "status", to: "api#status"  # @route GET /api/status -
    delete "/sessions/:id", to: "sessions#destroy"  # @route DELETE /api/sessions/:id -
  end

  scope path: "/v2", as: "v2" do
    put "/items/:id" => "items#replace"  # @route PUT /v2/items/:id -
  end

  constraints subdomain: "admin" do
    get "/audit", to: "audit#index"  # @route GET /audit -
  end

  # not captured: generated routes and routes under a symbol prefix
  resources :orders
  namespace :admin do
    get "dashboard", to: "dashboard#show"
  end
end
