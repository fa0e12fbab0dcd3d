; Ruby queries for Lattice. Capture vocabulary: docs/queries.md.
; Order matters for definitions: the first pattern that captures a node decides its kind,
; so `initialize` (constructor) comes before methods, and methods before plain functions.
; Conventions:
;   - `module M` is a `module`; `class C` / `class A::B` is a `class` (`A::B` names B with @owner A).
;   - `def m` directly in a class/module body (also after `private`, and in `class << self`) is a
;     method; `def self.m` / `def Foo.m` is a method too; any other `def` (top level) is a function.
;   - Implicit-self calls are ambiguous with local variables, so a call without receiver is only
;     captured when it has an argument list (`greet("x")`, `helper()`), never a bare `helper`.
;   - `Foo.new(...)` is an instantiation of Foo (not a call of a method `new`).
;   - `attr_reader`/`attr_accessor` fields are not captured (their names are symbols, `:name`).
;   - No @doc: a `#` comment before a `def` is often a trailing comment of the previous line.

; ---------------------------------------------------------------------------
; Definitions
; ---------------------------------------------------------------------------

; initialize -> constructor (in a class body, possibly after `private`)
(class
  body: (body_statement
    (method
      name: (identifier) @name
      (#eq? @name "initialize")) @definition.constructor))

; methods directly in a class / module body
(class
  body: (body_statement
    (method
      name: (_) @name) @definition.method))
(module
  body: (body_statement
    (method
      name: (_) @name) @definition.method))

; `private def helper` / `protected def x` (the method is an argument of the visibility call)
(class
  body: (body_statement
    (call
      arguments: (argument_list
        (method
          name: (_) @name) @definition.method))))
(module
  body: (body_statement
    (call
      arguments: (argument_list
        (method
          name: (_) @name) @definition.method))))

; class << self ... end  (members of the enclosing class/module)
(singleton_class
  body: (body_statement
    (method
      name: (_) @name) @definition.method))

; def self.build  /  def Foo.build (outside Foo: @owner Foo)
(singleton_method
  object: (self)
  name: (_) @name) @definition.method
(singleton_method
  object: (constant) @owner
  name: (_) @name) @definition.method

; modules: module A  /  module A::B (B declared inside A)
(module
  name: (constant) @name) @definition.module
(module
  name: (scope_resolution
    scope: (_) @owner
    name: (constant) @name)) @definition.module

; classes: class A  /  class A::B  /  Struct-less plain classes only
(class
  name: (constant) @name) @definition.class
(class
  name: (scope_resolution
    scope: (_) @owner
    name: (constant) @name)) @definition.class

; every other `def` (top level, or nested in a method body) is a function
(method
  name: (_) @name) @definition.function

; constants: MAX = 3 at top level and in class / module bodies (not inside methods)
(program
  (assignment
    left: (constant) @name) @definition.constant)
(class
  body: (body_statement
    (assignment
      left: (constant) @name) @definition.constant))
(module
  body: (body_statement
    (assignment
      left: (constant) @name) @definition.constant))

; ---------------------------------------------------------------------------
; References
; ---------------------------------------------------------------------------

; Foo.new(...)  /  Shop::User.new  -> instantiation of the class
(call
  receiver: (constant) @name
  method: (identifier) @_new
  (#eq? @_new "new")) @reference.instantiate
(call
  receiver: (scope_resolution
    scope: (_) @receiver
    name: (constant) @name)
  method: (identifier) @_new
  (#eq? @_new "new")) @reference.instantiate

; obj.m  /  self.m  /  Foo.m  /  Foo::Bar.m  /  ivar.m   (with or without arguments)
(call
  receiver: (_) @receiver
  method: (identifier) @name
  (#not-eq? @name "new")) @reference.call

; m(args) / m() without receiver: implicit self or a top-level function. Bare `m` (no argument
; list) is not captured: the grammar cannot tell it from a local variable. Kernel/DSL calls and a
; receiver-less `new(...)` (an instantiation of the enclosing class) are left out.
(call
  !receiver
  method: (identifier) @name
  arguments: (argument_list)
  (#not-any-of? @name
    "require" "require_relative" "load" "include" "extend" "prepend" "private" "protected"
    "public" "module_function" "attr_reader" "attr_writer" "attr_accessor" "puts" "print" "p"
    "raise" "format" "sprintf" "lambda" "proc" "loop" "new")) @reference.call

; base class: class Admin < User  /  class Admin < Shop::User
(superclass
  (constant) @name @reference.extends)
(superclass
  (scope_resolution
    scope: (_) @receiver
    name: (constant) @name) @reference.extends)

; mixins in a class/module body: include Greeter / extend Util / prepend Audit
(body_statement
  (call
    !receiver
    method: (identifier) @_mixin
    arguments: (argument_list
      (constant) @name @reference.implements))
  (#any-of? @_mixin "include" "extend" "prepend"))
(body_statement
  (call
    !receiver
    method: (identifier) @_mixin
    arguments: (argument_list
      (scope_resolution
        scope: (_) @receiver
        name: (constant) @name) @reference.implements))
  (#any-of? @_mixin "include" "extend" "prepend"))

; constants passed as values: register(User), x = LIMIT
(call
  method: (identifier) @_callee
  arguments: (argument_list
    (constant) @name @reference.read)
  (#not-any-of? @_callee "include" "extend" "prepend"))
(assignment
  right: (constant) @name @reference.read)

; ---------------------------------------------------------------------------
; Imports: require_relative 'x' / require 'x' / load 'x.rb' load a file (side-effect imports)
; ---------------------------------------------------------------------------
(call
  !receiver
  method: (identifier) @_require
  arguments: (argument_list
    .
    (string) @import.source .)
  (#any-of? @_require "require" "require_relative" "load"))

; ---------------------------------------------------------------------------
; Type bindings (light receiver typing)
; ---------------------------------------------------------------------------

; x = Foo.new(...)  /  an ivar = Repo.new  /  x = Shop::User.new
(assignment
  left: [(identifier) (instance_variable)] @binding.variable
  right: (call
    receiver: [(constant) (scope_resolution)] @binding.type
    method: (identifier) @_new
    (#eq? @_new "new")))

; ---------------------------------------------------------------------------
; Blind spots
; ---------------------------------------------------------------------------

; obj.send(:name) / public_send / __send__ / define_method / instance_variable_get / const_get
(call
  method: (identifier) @_reflect
  (#any-of? @_reflect
    "send" "public_send" "__send__" "define_method" "instance_variable_get"
    "instance_variable_set" "const_get" "method")) @blindspot.reflection

; def method_missing(name, *args) / respond_to_missing?
(method
  name: (identifier) @_missing
  (#any-of? @_missing "method_missing" "respond_to_missing?")) @blindspot.reflection

; eval("...") / instance_eval("...") / class_eval(<<~RUBY ...)  (with a string: code from text)
(call
  method: (identifier) @_eval
  arguments: (argument_list
    .
    [(string) (heredoc_beginning) (identifier)])
  (#any-of? @_eval "eval" "instance_eval" "class_eval" "module_eval" "binding_eval")) @blindspot.eval

; require(expr) with a computed path
(call
  !receiver
  method: (identifier) @_require
  arguments: (argument_list
    .
    [(identifier) (call) (binary)])
  (#any-of? @_require "require" "require_relative" "load")) @blindspot.dynamic_import

; ---------------------------------------------------------------------------
; Framework routes (docs/queries.md): Rails config/routes.rb
; ---------------------------------------------------------------------------
; Registrations are matched inside `....routes.draw do ... end`, directly or one block deeper
; (`scope`, `constraints`, `controller`, `defaults`), so request specs' `get '/users'` are not routes.
; The handler `to: 'users#show'` is a string naming `UsersController#show` by convention: it is
; not captured (it cannot bind by name). Not captured: `root` (its path `/` is not written),
; `resources`/`resource` (generated routes), routes inside `namespace`/`resources` blocks and
; `concern`s (their prefix is a symbol), brace blocks.

; get '/users/:id', to: 'users#show'  /  post 'x' => 'users#create'
(call
  method: (identifier) @_draw
  block: (do_block
    body: (body_statement
      (call
        !receiver
        method: (identifier) @route.method
        arguments: (argument_list
          .
          [(string) @route.path (pair key: (string) @route.path)])) @route))
  (#eq? @_draw "draw")
  (#any-of? @route.method "get" "post" "put" "patch" "delete" "options" "match"))

; match '/m', to: 'a#b', via: [:get, :post]  (via: :all stays ANY)
(call
  method: (identifier) @_draw
  block: (do_block
    body: (body_statement
      (call
        !receiver
        method: (identifier) @route.method
        arguments: (argument_list
          .
          [(string) @route.path (pair key: (string) @route.path)]
          (pair key: (hash_key_symbol) @_via value: [(array) (simple_symbol)] @route.methods))) @route))
  (#eq? @_draw "draw")
  (#any-of? @route.method "get" "post" "put" "patch" "delete" "options" "match")
  (#eq? @_via "via")
  (#not-eq? @route.methods ":all"))

; one block deeper: constraints subdomain: 'api' do ... end  /  scope module: 'v1' do ... end
(call
  method: (identifier) @_draw
  block: (do_block
    body: (body_statement
      (call
        !receiver
        method: (identifier) @_wrap
        block: (do_block
          body: (body_statement
            (call
              !receiver
              method: (identifier) @route.method
              arguments: (argument_list
                .
                [(string) @route.path (pair key: (string) @route.path)])) @route)))))
  (#eq? @_draw "draw")
  (#any-of? @_wrap "scope" "constraints" "controller" "defaults")
  (#any-of? @route.method "get" "post" "put" "patch" "delete" "options" "match"))

(call
  method: (identifier) @_draw
  block: (do_block
    body: (body_statement
      (call
        !receiver
        method: (identifier) @_wrap
        block: (do_block
          body: (body_statement
            (call
              !receiver
              method: (identifier) @route.method
              arguments: (argument_list
                .
                [(string) @route.path (pair key: (string) @route.path)]
                (pair key: (hash_key_symbol) @_via value: [(array) (simple_symbol)] @route.methods))) @route)))))
  (#eq? @_draw "draw")
  (#any-of? @_wrap "scope" "constraints" "controller" "defaults")
  (#any-of? @route.method "get" "post" "put" "patch" "delete" "options" "match")
  (#eq? @_via "via")
  (#not-eq? @route.methods ":all"))

; scope '/api' do ... end  /  scope path: '/api' do ... end: the scope's path is the prefix
(call
  method: (identifier) @_draw
  block: (do_block
    body: (body_statement
      (call
        !receiver
        method: (identifier) @_scope
        arguments: (argument_list
          [(string) @route.prefix (pair key: (hash_key_symbol) @_path value: (string) @route.prefix)])
        block: (do_block
          body: (body_statement
            (call
              !receiver
              method: (identifier) @route.method
              arguments: (argument_list
                .
                [(string) @route.path (pair key: (string) @route.path)])) @route)))))
  (#eq? @_draw "draw")
  (#eq? @_scope "scope")
  (#eq? @_path "path")
  (#any-of? @route.method "get" "post" "put" "patch" "delete" "options" "match"))

(call
  method: (identifier) @_draw
  block: (do_block
    body: (body_statement
      (call
        !receiver
        method: (identifier) @_scope
        arguments: (argument_list
          [(string) @route.prefix (pair key: (hash_key_symbol) @_path value: (string) @route.prefix)])
        block: (do_block
          body: (body_statement
            (call
              !receiver
              method: (identifier) @route.method
              arguments: (argument_list
                .
                [(string) @route.path (pair key: (string) @route.path)]
                (pair key: (hash_key_symbol) @_via value: [(array) (simple_symbol)] @route.methods))) @route)))))
  (#eq? @_draw "draw")
  (#eq? @_scope "scope")
  (#eq? @_path "path")
  (#any-of? @route.method "get" "post" "put" "patch" "delete" "options" "match")
  (#eq? @_via "via")
  (#not-eq? @route.methods ":all"))
