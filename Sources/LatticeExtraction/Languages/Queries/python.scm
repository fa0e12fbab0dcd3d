; Python queries for Lattice. Capture vocabulary: docs/queries.md.
; Order matters for definitions: the first pattern that captures a node decides its kind,
; so constructors come before methods, and methods before plain functions.
; Note: in this grammar `expression_statement` is a hidden supertype, so statements such as
; `assignment` and docstring `string`s are direct children of `module` / `block`.

; ---------------------------------------------------------------------------
; Definitions
; ---------------------------------------------------------------------------

; __init__ directly in a class body (plain and decorated) -> constructor
(class_definition
  body: (block
    (function_definition
      name: (identifier) @name
      (#eq? @name "__init__")) @definition.constructor))

(class_definition
  body: (block
    (decorated_definition
      (decorator)+ @decorator
      definition: (function_definition
        name: (identifier) @name
        (#eq? @name "__init__")) @definition.constructor)))

; any other function directly in a class body (plain and decorated) -> method
(class_definition
  body: (block
    (function_definition
      name: (identifier) @name) @definition.method))

(class_definition
  body: (block
    (decorated_definition
      (decorator)+ @decorator
      definition: (function_definition
        name: (identifier) @name) @definition.method)))

; classes (at any depth); the definition node stays the class_definition even when decorated
(decorated_definition
  (decorator)+ @decorator
  definition: (class_definition
    name: (identifier) @name) @definition.class)

(class_definition
  name: (identifier) @name) @definition.class

; functions: module-level and nested (qualified names come from nesting: outer.inner)
(decorated_definition
  (decorator)+ @decorator
  definition: (function_definition
    name: (identifier) @name) @definition.function)

(function_definition
  name: (identifier) @name) @definition.function

; docstrings: a string as the first statement of the body. These patterns come after the
; kind-deciding ones above, so they only contribute @doc to the already-classified node.
(class_definition
  name: (identifier) @name
  body: (block . (string) @doc)) @definition.class

(function_definition
  name: (identifier) @name
  body: (block . (string) @doc)) @definition.function

; class-level fields: `name = ...`, `name: str`, `name: str = ...`
(class_definition
  body: (block
    (assignment
      left: (identifier) @name) @definition.property))

; module-level assignments (also annotated `x: int = 3`); locals in functions are not symbols
(module
  (assignment
    left: (identifier) @name
    (#match? @name "^[A-Z][A-Z0-9_]*$")) @definition.constant)

(module
  (assignment
    left: (identifier) @name
    (#not-match? @name "^[A-Z][A-Z0-9_]*$")) @definition.variable)

; ---- Return types: these patterns only add @returns to definitions captured above ----------
(class_definition
  body: (block
    (function_definition
      name: (identifier) @name
      return_type: (type) @returns) @definition.method))
(class_definition
  body: (block
    (decorated_definition
      definition: (function_definition
        name: (identifier) @name
        return_type: (type) @returns) @definition.method)))
(function_definition
  name: (identifier) @name
  return_type: (type) @returns) @definition.function

; ---------------------------------------------------------------------------
; References
; ---------------------------------------------------------------------------

; foo()  /  User()  (the resolver turns a call that binds to a class into `instantiates`)
(call
  function: (identifier) @name) @reference.call

; obj.m()  self.m()  super().m()  self.repo.find()  mod.func()  a.b.func()
(call
  function: (attribute
    object: (_) @receiver
    attribute: (identifier) @name)) @reference.call

; decorators without a call: @my_decorator  /  @mod.decorator
; (decorators with arguments, @app.route("/"), are calls and are caught above)
(decorator
  (identifier) @name @reference.call)

(decorator
  (attribute
    object: (_) @receiver
    attribute: (identifier) @name) @reference.call)

; type annotations (parameters, return types, annotated assignments, generic arguments)
(type
  (identifier) @name @reference.type)

(type
  (attribute
    object: (_) @receiver
    attribute: (identifier) @name) @reference.type)

(generic_type
  (identifier) @name @reference.type)

; unions: A | B, A | B | None
(type
  (binary_operator
    left: (identifier) @name @reference.type))

(type
  (binary_operator
    right: (identifier) @name @reference.type))

(type
  (binary_operator
    left: (binary_operator
      [left: (identifier) right: (identifier)] @name @reference.type)))

; base classes (keyword arguments such as metaclass= are not bases)
(class_definition
  superclasses: (argument_list
    (identifier) @name @reference.extends))

(class_definition
  superclasses: (argument_list
    (attribute
      object: (_) @receiver
      attribute: (identifier) @name) @reference.extends))

(class_definition
  superclasses: (argument_list
    (subscript
      value: (identifier) @name) @reference.extends))

; names used as values: map(transform, xs), f(callback=handler), f([handler]), return wrapper
(call
  arguments: (argument_list
    (identifier) @name @reference.read
    (#not-match? @name "^(self|cls)$")))

(call
  arguments: (argument_list
    (keyword_argument
      value: (identifier) @name @reference.read
      (#not-match? @name "^(self|cls)$"))))

(call
  arguments: (argument_list
    [(list (identifier) @name @reference.read)
     (tuple (identifier) @name @reference.read)]
    (#not-match? @name "^(self|cls)$")))

(call
  arguments: (argument_list
    (keyword_argument
      value: [(list (identifier) @name @reference.read)
              (tuple (identifier) @name @reference.read)]
      (#not-match? @name "^(self|cls)$"))))

(assignment
  right: (identifier) @name @reference.read
  (#not-match? @name "^(self|cls)$"))

(assignment
  right: [(list (identifier) @name @reference.read)
          (tuple (identifier) @name @reference.read)]
  (#not-match? @name "^(self|cls)$"))

(return_statement
  (identifier) @name @reference.read
  (#not-match? @name "^(self|cls)$"))

; ---------------------------------------------------------------------------
; Imports (one binding per match)
; ---------------------------------------------------------------------------

; import a  /  import a.b   (the namespace is the dotted name itself)
(import_statement
  name: (dotted_name) @import.source @import.namespace)

; import a.b as c
(import_statement
  name: (aliased_import
    name: (dotted_name) @import.source
    alias: (identifier) @import.namespace))

; from m import x  /  from .m import x  /  from .. import x
; module_name is a dotted_name or a relative_import (kept verbatim: `.`, `..pkg`)
(import_from_statement
  module_name: (_) @import.source
  name: (dotted_name) @import.name)

; from m import x as y
(import_from_statement
  module_name: (_) @import.source
  name: (aliased_import
    name: (dotted_name) @import.name
    alias: (identifier) @import.alias))

; from m import *
(import_from_statement
  module_name: (_) @import.source
  (wildcard_import) @import.wildcard)

; ---------------------------------------------------------------------------
; Type bindings (light receiver typing)
; ---------------------------------------------------------------------------

; x = Foo()  /  x = mod.Foo()   (the resolver checks that the callee is a class)
(assignment
  left: (identifier) @binding.variable
  right: (call
    function: [(identifier) (attribute)] @binding.type))

; self.repo = Repo()
(assignment
  left: (attribute
    object: (identifier) @_self
    attribute: (identifier)) @binding.variable
  right: (call
    function: [(identifier) (attribute)] @binding.type)
  (#eq? @_self "self"))

; x: Foo = ...  /  class-level `repo: Repo`
(assignment
  left: (identifier) @binding.variable
  type: (type
    [(identifier) (attribute)] @binding.type))

; self.repo: Repo = ...
(assignment
  left: (attribute
    object: (identifier) @_self
    attribute: (identifier)) @binding.variable
  type: (type
    [(identifier) (attribute)] @binding.type)
  (#eq? @_self "self"))

; x: Optional[Foo] = ...
(assignment
  left: (identifier) @binding.variable
  type: (type
    (generic_type
      (identifier) @_optional
      (type_parameter
        .
        (type
          [(identifier) (attribute)] @binding.type) .)))
  (#eq? @_optional "Optional"))

; def f(c: Context)  /  def f(c: Context = None)  /  def f(c: mod.Context)
(typed_parameter
  (identifier) @binding.variable
  type: (type
    [(identifier) (attribute)] @binding.type))

(typed_default_parameter
  name: (identifier) @binding.variable
  type: (type
    [(identifier) (attribute)] @binding.type))

; def f(c: Optional[Context] = None)
(typed_default_parameter
  name: (identifier) @binding.variable
  type: (type
    (generic_type
      (identifier) @_optional
      (type_parameter
        .
        (type
          [(identifier) (attribute)] @binding.type) .)))
  (#eq? @_optional "Optional"))

; ---------------------------------------------------------------------------
; Framework routes (docs/queries.md): Flask / FastAPI decorators, Django URLconfs
; ---------------------------------------------------------------------------

; @app.route("/users/<id>", methods=["GET", "POST"])  /  @router.get("/items/{id}")
(decorated_definition
  (decorator
    (call
      function: (attribute object: (_) @route.receiver attribute: (identifier) @route.method)
      arguments: (argument_list
        . (string) @route.path
        (keyword_argument name: (identifier) @_methods value: (list) @route.methods))) @route)
  definition: (function_definition name: (identifier) @route.handler)
  (#any-of? @route.method "route" "api_route")
  (#eq? @_methods "methods")
  (#match? @route.path "^[rRbBuU]*['\"]/"))
(decorated_definition
  (decorator
    (call
      function: (attribute object: (_) @route.receiver attribute: (identifier) @route.method)
      arguments: (argument_list . (string) @route.path)) @route)
  definition: (function_definition name: (identifier) @route.handler)
  (#any-of? @route.method "route" "api_route" "get" "post" "put" "delete" "patch" "head" "options" "websocket")
  (#match? @route.path "^[rRbBuU]*['\"]/"))

; path("users/<int:id>/", views.show)  /  re_path(r"^users/$", list_users)
(call
  function: (identifier) @_urlconf
  arguments: (argument_list . (string) @route.path . (_) @route.handler)
  (#any-of? @_urlconf "path" "re_path")) @route

; ---------------------------------------------------------------------------
; Blind spots: what syntax cannot see at run time (docs/queries.md)
; ---------------------------------------------------------------------------
; getattr(obj, name) with a computed name (a literal name is an ordinary attribute access)
(call
  function: (identifier) @_reflect
  arguments: (argument_list . (_) . (_) @_attribute)
  (#any-of? @_reflect "getattr" "setattr" "delattr")
  (#not-match? @_attribute "^[rRbBuUfF]*['\"]")) @blindspot.reflection
(function_definition
  name: (identifier) @_dunder
  (#any-of? @_dunder "__getattr__" "__getattribute__")) @blindspot.reflection
(call
  function: (identifier) @_eval
  (#any-of? @_eval "eval" "exec")) @blindspot.eval
(call
  function: (attribute object: (identifier) @_module attribute: (identifier) @_load)
  (#eq? @_module "importlib")
  (#eq? @_load "import_module")) @blindspot.dynamic_import
(call
  function: (identifier) @_import
  (#eq? @_import "__import__")) @blindspot.dynamic_import
