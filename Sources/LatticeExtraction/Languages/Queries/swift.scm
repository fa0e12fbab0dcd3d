; Lattice query for Swift (tree-sitter-swift). Capture vocabulary: docs/queries.md.
; Order matters: when several patterns capture the same node as a definition, the first one
; decides the kind, so specific patterns (initializers, methods) come before general ones.
; Notes:
; - The grammar uses `class_declaration` for class, struct, actor, enum AND extension; the
;   anonymous `declaration_kind` keyword tells them apart.
; - An extension is no definition: its members carry `@owner` (the extended type), so
;   `extension Greeter { func greet() }` defines `Greeter.greet`.
; - Argument labels: every function/initializer definition captures its `(parameter)` nodes as
;   `@label` and every call its `(value_argument)` nodes, so `remove(at:)` and `remove(_:)` are
;   distinct symbols and `list.remove(at: 1)` names `remove(at:)`.
; - Inheritance clauses do not say which entry is a class: for a `class`, the first entry is
;   taken as the superclass (`@reference.extends`) unless its name looks like a protocol
;   (`...able`, `...ible`, `...Protocol`, `...Delegate`, `...DataSource`, `...Convertible`,
;   `...Representable`, `Error`, `Sendable`...); every other entry, and every entry of a struct,
;   enum, actor or extension, is a conformance (`@reference.implements`).

; =====================================================================
; Definitions
; =====================================================================

; ---- Initializers (before methods) ------------------------------------------
; in an extension: owned by the extended type
(class_declaration
  declaration_kind: "extension"
  name: (_) @owner
  body: (class_body
    (init_declaration
      name: "init" @name
      (parameter)* @label) @definition.constructor))

(init_declaration
  name: "init" @name
  (parameter)* @label) @definition.constructor

; ---- Methods ------------------------------------------------------------------
; members of an extension: owned by the extended type
(class_declaration
  declaration_kind: "extension"
  name: (_) @owner
  body: (class_body
    (function_declaration
      name: (simple_identifier) @name
      (parameter)* @label) @definition.method))

; members of a class, struct, actor or enum body
((class_declaration
   declaration_kind: _ @_kind
   body: [(class_body
            (function_declaration
              name: (simple_identifier) @name
              (parameter)* @label) @definition.method)
          (enum_class_body
            (function_declaration
              name: (simple_identifier) @name
              (parameter)* @label) @definition.method)])
 (#not-eq? @_kind "extension"))

; protocol requirements
(protocol_function_declaration
  name: (simple_identifier) @name
  (parameter)* @label) @definition.method

; ---- Functions (top level, or nested in another function) ----------------------
(function_declaration
  name: (simple_identifier) @name
  (parameter)* @label) @definition.function

; ---- Properties -------------------------------------------------------------------
(class_declaration
  declaration_kind: "extension"
  name: (_) @owner
  body: (class_body
    (property_declaration
      name: (pattern
        bound_identifier: (simple_identifier) @name)) @definition.property))

(class_body
  (property_declaration
    name: (pattern
      bound_identifier: (simple_identifier) @name)) @definition.property)
(enum_class_body
  (property_declaration
    name: (pattern
      bound_identifier: (simple_identifier) @name)) @definition.property)
(protocol_body
  (protocol_property_declaration
    name: (pattern
      bound_identifier: (simple_identifier) @name)) @definition.property)

; ---- Types --------------------------------------------------------------------------
((class_declaration
   declaration_kind: _ @_kind
   name: (type_identifier) @name) @definition.class
 (#any-of? @_kind "class" "struct" "actor"))
((class_declaration
   declaration_kind: _ @_kind
   name: (type_identifier) @name) @definition.enum
 (#eq? @_kind "enum"))
(protocol_declaration
  name: (type_identifier) @name) @definition.interface
(typealias_declaration
  name: (type_identifier) @name) @definition.type

; enum cases: `case red, green` defines two members (the name is the span)
(enum_entry
  name: (simple_identifier) @name @definition.enum_member)

; ---- Top-level constants and variables (globals, main.swift) --------------------------
(source_file
  (property_declaration
    (value_binding_pattern mutability: "let")
    name: (pattern
      bound_identifier: (simple_identifier) @name)) @definition.constant)
(source_file
  (property_declaration
    (value_binding_pattern mutability: "var")
    name: (pattern
      bound_identifier: (simple_identifier) @name)) @definition.variable)

; ---- Return types and property types (only add @returns to definitions above) ---------
(function_declaration
  name: (simple_identifier) @name
  [(user_type) (optional_type) (array_type) (dictionary_type) (tuple_type)] @returns) @definition.function
(protocol_function_declaration
  name: (simple_identifier) @name
  [(user_type) (optional_type) (array_type) (dictionary_type) (tuple_type)] @returns) @definition.method
([(class_body) (enum_class_body)]
  (property_declaration
    name: (pattern
      bound_identifier: (simple_identifier) @name)
    (type_annotation
      (_) @returns)) @definition.property)

; ---- Attributes with run-time meaning (MainActor, objc, Published, State...) -------
; Compile-time-only attributes are skipped.
([(class_declaration
    (modifiers (attribute (user_type (type_identifier) @_attr)) @decorator)
    name: (type_identifier) @name) @definition.class
  (protocol_declaration
    (modifiers (attribute (user_type (type_identifier) @_attr)) @decorator)
    name: (type_identifier) @name) @definition.interface
  (function_declaration
    (modifiers (attribute (user_type (type_identifier) @_attr)) @decorator)
    name: (simple_identifier) @name) @definition.function
  (init_declaration
    (modifiers (attribute (user_type (type_identifier) @_attr)) @decorator)
    name: "init" @name) @definition.constructor
  (property_declaration
    (modifiers (attribute (user_type (type_identifier) @_attr)) @decorator)
    name: (pattern
      bound_identifier: (simple_identifier) @name)) @definition.property]
 (#not-match? @_attr "^(discardableResult|inlinable|inline|usableFromInline|available|frozen|warn_unqualified_access|unknown|backDeployed|preconcurrency|_spi|_disfavoredOverload|_implementationOnly|nonobjc|unchecked|Sendable)$"))

; ---- Doc comments (`///` lines or `/** */` immediately before the definition) -----------
((comment)+ @doc
  .
  [(class_declaration name: (type_identifier) @name) @definition.class
   (protocol_declaration name: (type_identifier) @name) @definition.interface
   (function_declaration name: (simple_identifier) @name) @definition.function
   (protocol_function_declaration name: (simple_identifier) @name) @definition.method
   (init_declaration name: "init" @name) @definition.constructor
   (property_declaration name: (pattern bound_identifier: (simple_identifier) @name)) @definition.property]
  (#match? @doc "^///"))
((multiline_comment) @doc
  .
  [(class_declaration name: (type_identifier) @name) @definition.class
   (protocol_declaration name: (type_identifier) @name) @definition.interface
   (function_declaration name: (simple_identifier) @name) @definition.function
   (protocol_function_declaration name: (simple_identifier) @name) @definition.method
   (init_declaration name: "init" @name) @definition.constructor]
  (#match? @doc "^/\\*\\*"))

; ---- Closures: lexical scopes that are not symbols ------------------------------------
(lambda_literal) @scope

; =====================================================================
; References
; =====================================================================

; ---- Calls (labels make the name: `remove(at:)`; `User(name:)` instantiates User) -------
; Each call shape comes twice: with its argument list (0 to 6 arguments, anchored so that one
; match holds every label) and with a trailing closure only (`f { ... }`).
; `f(...)`, `Foo(...)`, `f { ... }`
(call_expression
  (simple_identifier) @name
  (call_suffix
    [(value_arguments "(" . ")")
     (value_arguments . (value_argument) @label .)
     (value_arguments . (value_argument) @label . (value_argument) @label .)
     (value_arguments . (value_argument) @label . (value_argument) @label . (value_argument) @label .)
     (value_arguments . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label .)
     (value_arguments . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label .)
     (value_arguments . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label .)])) @reference.call
(call_expression
  (simple_identifier) @name
  (call_suffix
    .
    (lambda_literal))) @reference.call
; `x.m(...)`, `self.m(...)`, `super.init(...)`, `Foo.make(...)`, `a.b.m(...)`
(call_expression
  (navigation_expression
    target: [(simple_identifier) (self_expression) (super_expression) (navigation_expression) (call_expression)
             (postfix_expression) (tuple_expression) (array_literal) (dictionary_literal)
             (line_string_literal) (prefix_expression)] @receiver
    suffix: (navigation_suffix suffix: (simple_identifier) @name))
  (call_suffix
    [(value_arguments "(" . ")")
     (value_arguments . (value_argument) @label .)
     (value_arguments . (value_argument) @label . (value_argument) @label .)
     (value_arguments . (value_argument) @label . (value_argument) @label . (value_argument) @label .)
     (value_arguments . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label .)
     (value_arguments . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label .)
     (value_arguments . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label .)])) @reference.call
(call_expression
  (navigation_expression
    target: [(simple_identifier) (self_expression) (super_expression) (navigation_expression) (call_expression)
             (postfix_expression) (tuple_expression) (array_literal) (dictionary_literal)
             (line_string_literal) (prefix_expression)] @receiver
    suffix: (navigation_suffix suffix: (simple_identifier) @name))
  (call_suffix
    .
    (lambda_literal))) @reference.call
; The grammar parses `a + f()` as `(a + f)()`: the callee is the right operand
(call_expression
  [(additive_expression rhs: (simple_identifier) @name)
   (multiplicative_expression rhs: (simple_identifier) @name)]
  (call_suffix
    [(value_arguments "(" . ")")
     (value_arguments . (value_argument) @label .)
     (value_arguments . (value_argument) @label . (value_argument) @label .)
     (value_arguments . (value_argument) @label . (value_argument) @label . (value_argument) @label .)
     (value_arguments . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label .)
     (value_arguments . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label .)
     (value_arguments . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label .)])) @reference.call
(call_expression
  [(additive_expression rhs: (simple_identifier) @name)
   (multiplicative_expression rhs: (simple_identifier) @name)]
  (call_suffix
    .
    (lambda_literal))) @reference.call
; ... and `a + x.f()` as `(a + x.f)()`
(call_expression
  [(additive_expression rhs: (navigation_expression target: (_) @receiver suffix: (navigation_suffix suffix: (simple_identifier) @name)))
   (multiplicative_expression rhs: (navigation_expression target: (_) @receiver suffix: (navigation_suffix suffix: (simple_identifier) @name)))]
  (call_suffix
    [(value_arguments "(" . ")")
     (value_arguments . (value_argument) @label .)
     (value_arguments . (value_argument) @label . (value_argument) @label .)
     (value_arguments . (value_argument) @label . (value_argument) @label . (value_argument) @label .)
     (value_arguments . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label .)
     (value_arguments . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label .)
     (value_arguments . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label .)])) @reference.call
(call_expression
  [(additive_expression rhs: (navigation_expression target: (_) @receiver suffix: (navigation_suffix suffix: (simple_identifier) @name)))
   (multiplicative_expression rhs: (navigation_expression target: (_) @receiver suffix: (navigation_suffix suffix: (simple_identifier) @name)))]
  (call_suffix
    .
    (lambda_literal))) @reference.call
; ... and `a + super.f()` as `((a + super).f)()`: the receiver is the right operand
(call_expression
  (navigation_expression
    target: [(additive_expression rhs: (_) @receiver) (multiplicative_expression rhs: (_) @receiver)]
    suffix: (navigation_suffix suffix: (simple_identifier) @name))
  (call_suffix
    [(value_arguments "(" . ")")
     (value_arguments . (value_argument) @label .)
     (value_arguments . (value_argument) @label . (value_argument) @label .)
     (value_arguments . (value_argument) @label . (value_argument) @label . (value_argument) @label .)
     (value_arguments . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label .)
     (value_arguments . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label .)
     (value_arguments . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label . (value_argument) @label .)])) @reference.call
(call_expression
  (navigation_expression
    target: [(additive_expression rhs: (_) @receiver) (multiplicative_expression rhs: (_) @receiver)]
    suffix: (navigation_suffix suffix: (simple_identifier) @name))
  (call_suffix
    .
    (lambda_literal))) @reference.call

; ---- Property wrappers: `@Option(name: .short) var x = 3` calls `Option.init(wrappedValue:name:)` ----
; (the initial value is passed first, as `wrappedValue:`). Without parentheses (`@Flag var v`) the
; attribute is no call written in the source, and is not captured.
(property_declaration
  (modifiers
    (attribute
      (user_type (type_identifier) @name .)
      "(") @reference.call @arguments)
  value: (_)? @wrapped_value)

; ---- Inheritance and conformance ----------------------------------------------------
; a class's first entry: its superclass, unless the name looks like a protocol
((class_declaration
   declaration_kind: "class"
   name: (type_identifier)
   .
   (type_parameters)?
   .
   (inheritance_specifier
     inherits_from: (user_type
       (type_identifier) @name .)) @reference.extends)
 (#not-match? @name "(able|ible|Protocol|Delegate|DataSource|Convertible|Representable)$")
 (#not-any-of? @name "Error" "Sendable" "AnyObject" "Identifiable" "ObservableObject" "View"))
((class_declaration
   declaration_kind: "class"
   name: (type_identifier)
   .
   (type_parameters)?
   .
   (inheritance_specifier
     inherits_from: (user_type
       (type_identifier) @name .)) @reference.implements)
 (#match? @name "(able|ible|Protocol|Delegate|DataSource|Convertible|Representable)$"))
((class_declaration
   declaration_kind: "class"
   name: (type_identifier)
   .
   (type_parameters)?
   .
   (inheritance_specifier
     inherits_from: (user_type
       (type_identifier) @name .)) @reference.implements)
 (#any-of? @name "Error" "Sendable" "AnyObject" "Identifiable" "ObservableObject" "View"))

; a class's later entries: conformances
(class_declaration
  declaration_kind: "class"
  (inheritance_specifier)
  .
  (inheritance_specifier
    inherits_from: (user_type
      (type_identifier) @name .)) @reference.implements)

; struct, enum, actor: conformances only
((class_declaration
   declaration_kind: _ @_kind
   (inheritance_specifier
     inherits_from: (user_type
       (type_identifier) @name .)) @reference.implements)
 (#any-of? @_kind "struct" "enum" "actor"))

; `extension User: Greeter {}`: the extended type conforms
(class_declaration
  declaration_kind: "extension"
  name: (_) @owner
  (inheritance_specifier
    inherits_from: (user_type
      (type_identifier) @name .)) @reference.implements)

; `protocol Named: Greeter`: protocols refine protocols
(protocol_declaration
  (inheritance_specifier
    inherits_from: (user_type
      (type_identifier) @name .)) @reference.extends)

; ---- Type uses ------------------------------------------------------------------------
; `x: Foo`, `x: Foo?`, `-> Foo`, parameters, generic arguments (`[Foo]` element types too)
(type_annotation
  [(user_type (type_identifier) @name .) @reference.type
         (optional_type wrapped: (user_type (type_identifier) @name .)) @reference.type
         (array_type (user_type (type_identifier) @name .)) @reference.type])
(parameter
  [(user_type (type_identifier) @name .) @reference.type
   (optional_type wrapped: (user_type (type_identifier) @name .)) @reference.type
   (array_type (user_type (type_identifier) @name .)) @reference.type])
(function_declaration
  [(user_type (type_identifier) @name .) @reference.type
                (optional_type wrapped: (user_type (type_identifier) @name .)) @reference.type
                (array_type (user_type (type_identifier) @name .)) @reference.type])
(protocol_function_declaration
  [(user_type (type_identifier) @name .) @reference.type
                (optional_type wrapped: (user_type (type_identifier) @name .)) @reference.type])
(type_arguments
  (user_type (type_identifier) @name .) @reference.type)
(as_expression
  (user_type (type_identifier) @name .) @reference.type)
(check_expression
  (user_type (type_identifier) @name .) @reference.type)

; =====================================================================
; Imports
; =====================================================================

; `import Shop`: every public name of the module becomes visible
(import_declaration
  (identifier) @import.source @import.wildcard)

; =====================================================================
; Type bindings (light receiver typing)
; =====================================================================

; `let x: Foo`, `var x: Foo? = ...` (locals, properties, globals)
(property_declaration
  name: (pattern
    bound_identifier: (simple_identifier) @binding.variable)
  (type_annotation
    [(user_type (type_identifier) @binding.type .)
           (optional_type wrapped: (user_type (type_identifier) @binding.type .))]))

; `let x = Foo(...)`, `let x = make()`, `let x = Foo.make()`, `let x = self.load()`
(property_declaration
  name: (pattern
    bound_identifier: (simple_identifier) @binding.variable)
  !computed_value
  value: (call_expression
    [(simple_identifier) (navigation_expression)] @binding.type))

; typed parameters `(_ user: User)`, `(of user: User?)`
(parameter
  name: (simple_identifier) @binding.variable
  [(user_type (type_identifier) @binding.type .)
   (optional_type wrapped: (user_type (type_identifier) @binding.type .))])

; =====================================================================
; Framework routes (docs/queries.md): Vapor
; =====================================================================
; `app.get("users", ":id", use: show)` / `routes.post("users") { req in ... }`: path components
; are separate string arguments. One component is the path; two are prefix + path (joined
; `/users/:id`); three or more, or none, are not captured. A registration needs a `use:` handler
; or a trailing closure (so `Environment.get("X")` is no route). `use: index` is captured as the
; handler, but Swift definitions are named with labels (`index(req:)`), so it does not bind.
; Not captured: prefixes of `app.grouped("api")` variables, group/grouped chains, `RouteCollection`
; mounting (`app.register(collection:)`), nested components in `app.group("x") { ... }` beyond one.

; app.get("users", use: list)  /  app.post("users") { req in ... }
(call_expression
  (navigation_expression
    target: (_) @route.receiver
    suffix: (navigation_suffix suffix: (simple_identifier) @route.method))
  [(call_suffix
     (value_arguments
       . (value_argument !name value: (line_string_literal) @route.path)
       . (value_argument name: (value_argument_label) @_use value: [(simple_identifier) (navigation_expression)] @route.handler) .))
   (call_suffix
     (value_arguments
       . (value_argument !name value: (line_string_literal) @route.path) .)
     (lambda_literal))]
  (#any-of? @route.method "get" "post" "put" "patch" "delete")
  (#eq? @_use "use")
  (#not-match? @route.receiver "client$")
  (#not-match? @route.path "^\"[a-z]+:")) @route

; app.get("users", ":id", use: show)  /  app.delete("users", ":id") { req in ... }
(call_expression
  (navigation_expression
    target: (_) @route.receiver
    suffix: (navigation_suffix suffix: (simple_identifier) @route.method))
  [(call_suffix
     (value_arguments
       . (value_argument !name value: (line_string_literal) @route.prefix)
       . (value_argument !name value: (line_string_literal) @route.path)
       . (value_argument name: (value_argument_label) @_use value: [(simple_identifier) (navigation_expression)] @route.handler) .))
   (call_suffix
     (value_arguments
       . (value_argument !name value: (line_string_literal) @route.prefix)
       . (value_argument !name value: (line_string_literal) @route.path) .)
     (lambda_literal))]
  (#any-of? @route.method "get" "post" "put" "patch" "delete")
  (#eq? @_use "use")
  (#not-match? @route.receiver "client$")
  (#not-match? @route.prefix "^\"[a-z]+:")) @route

; app.on(.PATCH, "users", use: update)
(call_expression
  (navigation_expression
    target: (_) @route.receiver
    suffix: (navigation_suffix suffix: (simple_identifier) @_on))
  [(call_suffix
     (value_arguments
       . (value_argument !name value: (prefix_expression target: (simple_identifier) @route.method))
       . (value_argument !name value: (line_string_literal) @route.path)
       . (value_argument name: (value_argument_label) @_use value: [(simple_identifier) (navigation_expression)] @route.handler) .))
   (call_suffix
     (value_arguments
       . (value_argument !name value: (prefix_expression target: (simple_identifier) @route.method))
       . (value_argument !name value: (line_string_literal) @route.path) .)
     (lambda_literal))]
  (#eq? @_on "on")
  (#eq? @_use "use")) @route

; app.on(.PATCH, "users", ":id", use: update)
(call_expression
  (navigation_expression
    target: (_) @route.receiver
    suffix: (navigation_suffix suffix: (simple_identifier) @_on))
  [(call_suffix
     (value_arguments
       . (value_argument !name value: (prefix_expression target: (simple_identifier) @route.method))
       . (value_argument !name value: (line_string_literal) @route.prefix)
       . (value_argument !name value: (line_string_literal) @route.path)
       . (value_argument name: (value_argument_label) @_use value: [(simple_identifier) (navigation_expression)] @route.handler) .))
   (call_suffix
     (value_arguments
       . (value_argument !name value: (prefix_expression target: (simple_identifier) @route.method))
       . (value_argument !name value: (line_string_literal) @route.prefix)
       . (value_argument !name value: (line_string_literal) @route.path) .)
     (lambda_literal))]
  (#eq? @_on "on")
  (#eq? @_use "use")) @route

; app.group("admin") { admin in admin.get("stats", use: stats) }: the group's component is the prefix
(call_expression
  (navigation_expression
    suffix: (navigation_suffix suffix: (simple_identifier) @_group))
  (call_suffix
    (value_arguments
      . (value_argument !name value: (line_string_literal) @route.prefix) .)
    (lambda_literal
      (statements
        (call_expression
          (navigation_expression
            target: (_) @route.receiver
            suffix: (navigation_suffix suffix: (simple_identifier) @route.method))
          [(call_suffix
             (value_arguments
               . (value_argument !name value: (line_string_literal) @route.path)
               . (value_argument name: (value_argument_label) @_use value: [(simple_identifier) (navigation_expression)] @route.handler) .))
           (call_suffix
             (value_arguments
               . (value_argument !name value: (line_string_literal) @route.path) .)
             (lambda_literal))]) @route)))
  (#eq? @_group "group")
  (#any-of? @route.method "get" "post" "put" "patch" "delete")
  (#eq? @_use "use"))
