; PHP queries for Lattice (grammar `php`, which parses `<?php` files with embedded text).
; Capture vocabulary: docs/queries.md.
; Order matters for definitions: the first pattern that captures a node decides its kind,
; so `__construct` (constructor) comes before methods, and methods before functions.
; Conventions:
;   - A file-scoped `namespace App\Models;` is NOT a definition: classes of the file stay top-level
;     symbols (`User`, `User.save`); the namespace is implied by the directory (PSR-4), which is
;     the PHP package. Only the bracketed form `namespace App { ... }` is a `namespace` definition.
;   - Traits are `class` definitions; `use SomeTrait;` in a class body is `implements`.
;   - Enums are `enum`, their cases `enum_member`. Properties (without `$`) are `property`,
;     class constants and top-level `const` are `constant`.
;   - Receivers are kept as written: `$this`, `$this->repo`, `self`, `static`, `parent`, `Foo`,
;     `\App\Foo` (for scoped calls, the whole scope).

; ---------------------------------------------------------------------------
; Definitions
; ---------------------------------------------------------------------------

; __construct -> constructor
(declaration_list
  (method_declaration
    name: (name) @name
    (#eq? @name "__construct")) @definition.constructor)

; methods (classes, interfaces, traits)
(declaration_list
  (method_declaration
    name: (name) @name) @definition.method)
(enum_declaration_list
  (method_declaration
    name: (name) @name) @definition.method)

; types
(class_declaration
  name: (name) @name) @definition.class
(interface_declaration
  name: (name) @name) @definition.interface
(trait_declaration
  name: (name) @name) @definition.class
(enum_declaration
  name: (name) @name) @definition.enum
(enum_case
  name: (name) @name) @definition.enum_member

; bracketed namespace blocks only (see the header)
(namespace_definition
  name: (namespace_name) @name
  body: (compound_statement)) @definition.namespace

; functions (namespace level, or declared inside another function)
(function_definition
  name: (name) @name) @definition.function

; properties: private string $name;  (the symbol name has no `$`)
(property_declaration
  (property_element
    name: (variable_name
      (name) @name)) @definition.property)

; class constants and top-level `const X = 1;` (one symbol per element)
(const_declaration
  (const_element
    (name) @name) @definition.constant)

; ---- Return types (these patterns only add @returns to the definitions above) ----
(declaration_list
  (method_declaration
    name: (name) @name
    return_type: [
      (named_type [(name) (qualified_name)] @returns)
      (optional_type (named_type [(name) (qualified_name)] @returns))
    ]) @definition.method)
(function_definition
  name: (name) @name
  return_type: [
    (named_type [(name) (qualified_name)] @returns)
    (optional_type (named_type [(name) (qualified_name)] @returns))
  ]) @definition.function

; ---- Doc comments: /** ... */ right before a definition ----
((comment) @doc
  .
  (class_declaration
    name: (name) @name) @definition.class
  (#match? @doc "^/[*][*]"))
((comment) @doc
  .
  (interface_declaration
    name: (name) @name) @definition.interface
  (#match? @doc "^/[*][*]"))
((comment) @doc
  .
  (function_definition
    name: (name) @name) @definition.function
  (#match? @doc "^/[*][*]"))
(declaration_list
  (comment) @doc
  .
  (method_declaration
    name: (name) @name) @definition.method
  (#match? @doc "^/[*][*]"))

; ---- Attributes #[...] with runtime behaviour (not #[Override], #[Deprecated] ...) ----
(class_declaration
  attributes: (attribute_list
    (attribute_group
      (attribute
        [(name) (qualified_name)] @_attribute) @decorator))
  name: (name) @name
  (#not-any-of? @_attribute "Override" "Deprecated" "ReturnTypeWillChange" "AllowDynamicProperties" "SensitiveParameter")) @definition.class
(declaration_list
  (method_declaration
    attributes: (attribute_list
      (attribute_group
        (attribute
          [(name) (qualified_name)] @_attribute) @decorator))
    name: (name) @name
    (#not-any-of? @_attribute "Override" "Deprecated" "ReturnTypeWillChange" "AllowDynamicProperties" "SensitiveParameter")) @definition.method)
(function_definition
  attributes: (attribute_list
    (attribute_group
      (attribute
        [(name) (qualified_name)] @_attribute) @decorator))
  name: (name) @name
  (#not-any-of? @_attribute "Override" "Deprecated" "ReturnTypeWillChange" "AllowDynamicProperties" "SensitiveParameter")) @definition.function

; ---------------------------------------------------------------------------
; References
; ---------------------------------------------------------------------------

; new Foo()  /  new \App\Foo()   (not `new static` / `new self` / `new parent`)
(object_creation_expression
  (name) @name
  (#not-any-of? @name "static" "self" "parent")) @reference.instantiate
(object_creation_expression
  (qualified_name
    prefix: (namespace_name) @receiver
    (name) @name)) @reference.instantiate

; $obj->m()  /  $this->m()  /  $this->repo->m()  /  $obj?->m()
(member_call_expression
  object: (_) @receiver
  name: (name) @name) @reference.call
(nullsafe_member_call_expression
  object: (_) @receiver
  name: (name) @name) @reference.call

; Foo::m()  /  self::m()  /  static::m()  /  parent::m()  /  \App\Foo::m()
(scoped_call_expression
  scope: (_) @receiver
  name: (name) @name) @reference.call

; f()  /  \App\Support\f()
(function_call_expression
  function: (name) @name
  (#not-any-of? @name "call_user_func" "call_user_func_array" "eval")) @reference.call
(function_call_expression
  function: (qualified_name
    prefix: (namespace_name) @receiver
    (name) @name)) @reference.call

; extends (classes: one base; interfaces: several)
(base_clause
  (name) @name @reference.extends)
(base_clause
  (qualified_name
    prefix: (namespace_name) @receiver
    (name) @name) @reference.extends)

; implements
(class_interface_clause
  (name) @name @reference.implements)
(class_interface_clause
  (qualified_name
    prefix: (namespace_name) @receiver
    (name) @name) @reference.implements)

; `use Greets, \App\Traits\Logs;` inside a class body: the class takes the trait's members
(use_declaration
  (name) @name @reference.implements)
(use_declaration
  (qualified_name
    prefix: (namespace_name) @receiver
    (name) @name) @reference.implements)

; type uses: parameters, return types, properties (`?Foo`, `A|B` contain named_type too)
(named_type
  (name) @name @reference.type
  (#not-any-of? @name "self" "static" "parent"))
(named_type
  (qualified_name
    prefix: (namespace_name) @receiver
    (name) @name) @reference.type)

; Foo::CONST (not Foo::class)
(class_constant_access_expression
  .
  (name) @receiver
  .
  (name) @name
  (#not-eq? @name "class")) @reference.read
; Foo::class names the class
(class_constant_access_expression
  .
  (name) @name @reference.read
  .
  (name) @_class
  (#eq? @_class "class")
  (#not-any-of? @name "static" "self" "parent"))

; ---------------------------------------------------------------------------
; Imports (one binding per match)
; ---------------------------------------------------------------------------

; use App\Models\User;  /  use function App\Support\f;  /  use const App\X;
(namespace_use_declaration
  (namespace_use_clause
    [(qualified_name) (name)] @import.path
    !alias))

; use App\Models\User as Member;
(namespace_use_declaration
  (namespace_use_clause
    [(qualified_name) (name)] @import.path
    alias: (name) @import.alias))

; use App\Support\{Str, Arr as A};  (group: the prefix is the module, each clause a name)
(namespace_use_declaration
  (namespace_name) @import.source
  body: (namespace_use_group
    (namespace_use_clause
      (name) @import.name
      !alias)))
(namespace_use_declaration
  (namespace_name) @import.source
  body: (namespace_use_group
    (namespace_use_clause
      (name) @import.name
      alias: (name) @import.alias)))

; require_once 'lib/x.php'  (a literal path loads a file)
(require_once_expression
  (string) @import.source)
(require_expression
  (string) @import.source)
(include_once_expression
  (string) @import.source)
(include_expression
  (string) @import.source)

; ---------------------------------------------------------------------------
; Type bindings (light receiver typing)
; ---------------------------------------------------------------------------

; $x = new Foo()  /  $this->repo = new Repo()
(assignment_expression
  left: [(variable_name) (member_access_expression)] @binding.variable
  right: (object_creation_expression
    [(name) (qualified_name)] @binding.type))

; $x = make()  (the resolver follows make's declared return type)
(assignment_expression
  left: (variable_name) @binding.variable
  right: (function_call_expression
    function: [(name) (qualified_name)] @binding.type))

; function f(User $u, ?Repo $r = null)  /  constructor promotion `private Repo $repo`
(simple_parameter
  type: [
    (named_type [(name) (qualified_name)] @binding.type)
    (optional_type (named_type [(name) (qualified_name)] @binding.type))
  ]
  name: (variable_name) @binding.variable)
(property_promotion_parameter
  type: [
    (named_type [(name) (qualified_name)] @binding.type)
    (optional_type (named_type [(name) (qualified_name)] @binding.type))
  ]
  name: (variable_name) @binding.variable)

; typed properties: private Repo $repo;  (binds the property name, as `$this->repo` reads it)
(property_declaration
  type: [
    (named_type [(name) (qualified_name)] @binding.type)
    (optional_type (named_type [(name) (qualified_name)] @binding.type))
  ]
  (property_element
    name: (variable_name
      (name) @binding.variable)))

; ---------------------------------------------------------------------------
; Blind spots
; ---------------------------------------------------------------------------

; $obj->$method()  /  Foo::$method()
(member_call_expression
  name: (variable_name)) @blindspot.reflection
(scoped_call_expression
  name: (variable_name)) @blindspot.reflection

; call_user_func([$obj, 'm'])  /  call_user_func_array(...)  /  forward_static_call(...)
(function_call_expression
  function: (name) @_reflect
  (#any-of? @_reflect "call_user_func" "call_user_func_array" "forward_static_call" "forward_static_call_array")) @blindspot.reflection

; magic methods that answer calls of any name
(method_declaration
  name: (name) @_magic
  (#any-of? @_magic "__call" "__callStatic" "__get" "__set")) @blindspot.reflection

; eval('...')
(function_call_expression
  function: (name) @_eval
  (#eq? @_eval "eval")) @blindspot.eval

; include $path;  (computed file)
(include_expression
  (variable_name)) @blindspot.dynamic_import
(require_once_expression
  (variable_name)) @blindspot.dynamic_import

; ---------------------------------------------------------------------------
; Framework routes (docs/queries.md): Laravel routes/*.php
; ---------------------------------------------------------------------------
; `Route::get('/users/{id}', ...)` on the `Route` facade. The handler is captured only for an
; invokable controller (`ShowProfile::class`: the class's name); `[UserController::class, 'show']`
; and the older action strings name the method by a string and are not captured, closures are
; inline. Not captured: `Route::resource`/`apiResource`, `Route::view`/`redirect`, the
; `Route::group(['prefix' => ...])` array form, chains longer than one call before the verb.

; Route::get('/users/{id}', [UserController::class, 'show'])  /  Route::post('/x', function () {...})
(scoped_call_expression
  scope: (name) @route.receiver
  name: (name) @route.method
  arguments: (arguments . (argument (string) @route.path))
  (#eq? @route.receiver "Route")
  (#any-of? @route.method "get" "post" "put" "patch" "delete" "options" "any")) @route

; Route::get('/profile', ShowProfile::class): an invokable controller
(scoped_call_expression
  scope: (name) @route.receiver
  name: (name) @route.method
  arguments: (arguments
    . (argument (string) @route.path)
    . (argument (class_constant_access_expression . (name) @route.handler . (name) @_class)) .)
  (#eq? @route.receiver "Route")
  (#any-of? @route.method "get" "post" "put" "patch" "delete" "options" "any")
  (#eq? @_class "class")) @route

; Route::match(['get', 'post'], '/search', ...)
(scoped_call_expression
  scope: (name) @route.receiver
  name: (name) @route.method
  arguments: (arguments
    . (argument (array_creation_expression) @route.methods)
    . (argument (string) @route.path))
  (#eq? @route.receiver "Route")
  (#eq? @route.method "match")) @route

; Route::middleware('auth')->get('/me', ...)  /  Route::name('me')->post(...)
(member_call_expression
  object: (scoped_call_expression scope: (name) @route.receiver name: (name) @_chain)
  name: (name) @route.method
  arguments: (arguments . (argument (string) @route.path))
  (#eq? @route.receiver "Route")
  (#any-of? @_chain "middleware" "name" "where" "withoutMiddleware" "domain")
  (#any-of? @route.method "get" "post" "put" "patch" "delete" "options" "any")) @route

(member_call_expression
  object: (scoped_call_expression scope: (name) @route.receiver name: (name) @_chain)
  name: (name) @route.method
  arguments: (arguments
    . (argument (string) @route.path)
    . (argument (class_constant_access_expression . (name) @route.handler . (name) @_class)) .)
  (#eq? @route.receiver "Route")
  (#any-of? @_chain "middleware" "name" "where" "withoutMiddleware" "domain")
  (#any-of? @route.method "get" "post" "put" "patch" "delete" "options" "any")
  (#eq? @_class "class")) @route

; Route::prefix('admin')->group(function () { Route::get('/users', ...); })
; (also Route::prefix('admin')->middleware('auth')->group(...) and Route::middleware(...)->prefix('admin')->group(...))
(member_call_expression
  object: [
    (scoped_call_expression
      name: (name) @_prefix
      arguments: (arguments . (argument (string) @route.prefix)))
    (member_call_expression
      object: (scoped_call_expression
        name: (name) @_prefix
        arguments: (arguments . (argument (string) @route.prefix))))
    (member_call_expression
      object: (scoped_call_expression)
      name: (name) @_prefix
      arguments: (arguments . (argument (string) @route.prefix)))
  ]
  name: (name) @_group
  arguments: (arguments
    (argument
      (anonymous_function
        body: (compound_statement
          (expression_statement
            (scoped_call_expression
              scope: (name) @route.receiver
              name: (name) @route.method
              arguments: (arguments . (argument (string) @route.path))) @route)))))
  (#eq? @_prefix "prefix")
  (#eq? @_group "group")
  (#eq? @route.receiver "Route")
  (#any-of? @route.method "get" "post" "put" "patch" "delete" "options" "any"))

(member_call_expression
  object: [
    (scoped_call_expression
      name: (name) @_prefix
      arguments: (arguments . (argument (string) @route.prefix)))
    (member_call_expression
      object: (scoped_call_expression
        name: (name) @_prefix
        arguments: (arguments . (argument (string) @route.prefix))))
    (member_call_expression
      object: (scoped_call_expression)
      name: (name) @_prefix
      arguments: (arguments . (argument (string) @route.prefix)))
  ]
  name: (name) @_group
  arguments: (arguments
    (argument
      (anonymous_function
        body: (compound_statement
          (expression_statement
            (scoped_call_expression
              scope: (name) @route.receiver
              name: (name) @route.method
              arguments: (arguments
                . (argument (string) @route.path)
                . (argument (class_constant_access_expression . (name) @route.handler . (name) @_class)) .)) @route)))))
  (#eq? @_prefix "prefix")
  (#eq? @_group "group")
  (#eq? @route.receiver "Route")
  (#any-of? @route.method "get" "post" "put" "patch" "delete" "options" "any")
  (#eq? @_class "class"))

(member_call_expression
  object: [
    (scoped_call_expression
      name: (name) @_prefix
      arguments: (arguments . (argument (string) @route.prefix)))
    (member_call_expression
      object: (scoped_call_expression
        name: (name) @_prefix
        arguments: (arguments . (argument (string) @route.prefix))))
    (member_call_expression
      object: (scoped_call_expression)
      name: (name) @_prefix
      arguments: (arguments . (argument (string) @route.prefix)))
  ]
  name: (name) @_group
  arguments: (arguments
    (argument
      (anonymous_function
        body: (compound_statement
          (expression_statement
            (scoped_call_expression
              scope: (name) @route.receiver
              name: (name) @route.method
              arguments: (arguments
                . (argument (array_creation_expression) @route.methods)
                . (argument (string) @route.path))) @route)))))
  (#eq? @_prefix "prefix")
  (#eq? @_group "group")
  (#eq? @route.receiver "Route")
  (#eq? @route.method "match"))
