; Lattice query for C# (tree-sitter-c-sharp). Capture vocabulary: docs/queries.md.
; Order matters: when several patterns capture the same node as a definition, the first one
; decides the kind, so specific patterns (constructors, methods) come before general ones.
; Notes:
; - A block namespace `namespace A.B { ... }` is a namespace definition containing its types
;   (`A.B.User`); a file-scoped `namespace A.B;` is not captured (it contains no nodes), so the
;   types of such a file are top-level (`User`).
; - Base lists do not say which base is a class: a name matching `^I[A-Z]` is taken as an
;   interface (`@reference.implements`), any other as a class (`@reference.extends`).
; - Fields and properties are both `property`; records and structs are `class`.

; =====================================================================
; Definitions
; =====================================================================

; ---- Constructors and methods (before anything more general) --------------
(constructor_declaration
  name: (identifier) @name) @definition.constructor

(method_declaration
  returns: (_) @returns
  name: (identifier) @name) @definition.method

; local functions are functions nested in their method (`Outer.Local`)
(local_function_statement
  type: (_) @returns
  name: (identifier) @name) @definition.function

; ---- Properties, fields, events -------------------------------------------
(property_declaration
  type: (_) @returns
  name: (identifier) @name) @definition.property

(field_declaration
  (variable_declaration
    type: (_) @returns
    (variable_declarator
      name: (identifier) @name) @definition.property))

(event_field_declaration
  (variable_declaration
    (variable_declarator
      name: (identifier) @name) @definition.property))

; positional record parameters are properties: `record Point(int X, int Y)`
(record_declaration
  (parameter_list
    (parameter
      type: (_) @returns
      name: (identifier) @name) @definition.property))

; ---- Types ------------------------------------------------------------------
(class_declaration
  name: (identifier) @name) @definition.class
(struct_declaration
  name: (identifier) @name) @definition.class
(record_declaration
  name: (identifier) @name) @definition.class
(interface_declaration
  name: (identifier) @name) @definition.interface
(enum_declaration
  name: (identifier) @name) @definition.enum
(enum_member_declaration
  name: (identifier) @name) @definition.enum_member
(delegate_declaration
  name: (identifier) @name) @definition.type

; ---- Namespaces (block form only) -------------------------------------------
(namespace_declaration
  name: [(identifier) (qualified_name)] @name) @definition.namespace

; ---- Attributes with run-time meaning (serialization, DI, routing, tests...) ----
; Compile-time-only attributes are skipped.
([(class_declaration (attribute_list (attribute name: (_) @_attr) @decorator) name: (identifier) @name) @definition.class
  (struct_declaration (attribute_list (attribute name: (_) @_attr) @decorator) name: (identifier) @name) @definition.class
  (record_declaration (attribute_list (attribute name: (_) @_attr) @decorator) name: (identifier) @name) @definition.class
  (interface_declaration (attribute_list (attribute name: (_) @_attr) @decorator) name: (identifier) @name) @definition.interface
  (enum_declaration (attribute_list (attribute name: (_) @_attr) @decorator) name: (identifier) @name) @definition.enum
  (constructor_declaration (attribute_list (attribute name: (_) @_attr) @decorator) name: (identifier) @name) @definition.constructor
  (method_declaration (attribute_list (attribute name: (_) @_attr) @decorator) name: (identifier) @name) @definition.method
  (property_declaration (attribute_list (attribute name: (_) @_attr) @decorator) name: (identifier) @name) @definition.property]
 (#not-match? @_attr "^(System\\.)?(Obsolete|Flags|Pure|Conditional|AttributeUsage|SuppressMessage|DebuggerDisplay|DebuggerStepThrough|DebuggerHidden|DebuggerBrowsable|ExcludeFromCodeCoverage|EditorBrowsable|MethodImpl|NotNull|MaybeNull|AllowNull|DisallowNull|NotNullWhen|MaybeNullWhen|MemberNotNull|NotNullIfNotNull|CallerMemberName|CallerFilePath|CallerLineNumber|CompilerGenerated|GeneratedCode|Description|SkipLocalsInit|StructLayout)(Attribute)?$"))
((field_declaration
   (attribute_list (attribute name: (_) @_attr) @decorator)
   (variable_declaration
     (variable_declarator name: (identifier) @name) @definition.property))
 (#not-match? @_attr "^(System\\.)?(Obsolete|NonSerialized|ThreadStatic|SuppressMessage|DebuggerBrowsable|EditorBrowsable|FixedBuffer|FieldOffset)(Attribute)?$"))

; ---- Doc comments (`///` lines immediately before the definition) ------------
((comment)+ @doc
  .
  [(class_declaration name: (identifier) @name) @definition.class
   (struct_declaration name: (identifier) @name) @definition.class
   (record_declaration name: (identifier) @name) @definition.class
   (interface_declaration name: (identifier) @name) @definition.interface
   (enum_declaration name: (identifier) @name) @definition.enum
   (constructor_declaration name: (identifier) @name) @definition.constructor
   (method_declaration name: (identifier) @name) @definition.method
   (property_declaration name: (identifier) @name) @definition.property]
  (#match? @doc "^///"))

; =====================================================================
; References
; =====================================================================

; ---- Calls --------------------------------------------------------------------
; `F()`, `F<T>()` (implicit this, local functions, static imports)
(invocation_expression
  function: [(identifier) @name
             (generic_name (identifier) @name)]) @reference.call

; `x.M()`, `this.M()`, `base.M()`, `Foo.Bar()`, `a.b.M<T>()`
(invocation_expression
  function: (member_access_expression
    expression: _ @receiver
    name: [(identifier) @name
           (generic_name (identifier) @name)])) @reference.call

; `x?.M()`
(invocation_expression
  function: (conditional_access_expression
    condition: (_) @receiver
    (member_binding_expression
      name: [(identifier) @name
             (generic_name (identifier) @name)]))) @reference.call

; ---- Instantiation --------------------------------------------------------------
; `new Foo()`, `new Foo<T>()`, `new Ns.Foo()`
(object_creation_expression
  type: [(identifier) @name
         (generic_name (identifier) @name)
         (qualified_name
           qualifier: (_) @receiver
           name: [(identifier) @name (generic_name (identifier) @name)])]) @reference.instantiate

; ---- Inheritance ------------------------------------------------------------------
; classes, records and structs: `class A : B, IFoo` (record bases may carry arguments)
([(class_declaration
   (base_list
     [(identifier) @name
      (generic_name (identifier) @name)
      (qualified_name qualifier: (_) @receiver name: [(identifier) @name (generic_name (identifier) @name)])
      (primary_constructor_base_type
        type: [(identifier) @name
               (generic_name (identifier) @name)
               (qualified_name qualifier: (_) @receiver name: [(identifier) @name (generic_name (identifier) @name)])])] @reference.extends))
  (record_declaration
   (base_list
     [(identifier) @name
      (generic_name (identifier) @name)
      (qualified_name qualifier: (_) @receiver name: [(identifier) @name (generic_name (identifier) @name)])
      (primary_constructor_base_type
        type: [(identifier) @name
               (generic_name (identifier) @name)
               (qualified_name qualifier: (_) @receiver name: [(identifier) @name (generic_name (identifier) @name)])])] @reference.extends))]
 (#not-match? @name "^I[A-Z]"))

([(class_declaration
   (base_list
     [(identifier) @name
      (generic_name (identifier) @name)
      (qualified_name qualifier: (_) @receiver name: [(identifier) @name (generic_name (identifier) @name)])] @reference.implements))
  (record_declaration
   (base_list
     [(identifier) @name
      (generic_name (identifier) @name)
      (qualified_name qualifier: (_) @receiver name: [(identifier) @name (generic_name (identifier) @name)])] @reference.implements))]
 (#match? @name "^I[A-Z]"))

; structs cannot inherit: every base is an interface
(struct_declaration
  (base_list
    [(identifier) @name
     (generic_name (identifier) @name)
     (qualified_name qualifier: (_) @receiver name: [(identifier) @name (generic_name (identifier) @name)])] @reference.implements))

; interfaces extend interfaces
(interface_declaration
  (base_list
    [(identifier) @name
     (generic_name (identifier) @name)
     (qualified_name qualifier: (_) @receiver name: [(identifier) @name (generic_name (identifier) @name)])] @reference.extends))

; ---- Type uses --------------------------------------------------------------------
; A type name (`Foo`, `Foo<T>`, `Ns.Foo`, `Foo?`, `Foo[]`) in a declaration's type position,
; a cast, `is`/`as`, `typeof`, a pattern, or a type argument.
[(parameter
   type: [(identifier) @name @reference.type
          (generic_name (identifier) @name) @reference.type
          (qualified_name qualifier: (_) @receiver name: (identifier) @name) @reference.type
          (nullable_type type: [(identifier) @name (generic_name (identifier) @name)]) @reference.type
          (array_type type: [(identifier) @name (generic_name (identifier) @name)]) @reference.type])
 (method_declaration
   returns: [(identifier) @name @reference.type
             (generic_name (identifier) @name) @reference.type
             (qualified_name qualifier: (_) @receiver name: (identifier) @name) @reference.type
             (nullable_type type: [(identifier) @name (generic_name (identifier) @name)]) @reference.type
             (array_type type: [(identifier) @name (generic_name (identifier) @name)]) @reference.type])
 (local_function_statement
   type: [(identifier) @name @reference.type
          (generic_name (identifier) @name) @reference.type
          (nullable_type type: [(identifier) @name (generic_name (identifier) @name)]) @reference.type])
 (property_declaration
   type: [(identifier) @name @reference.type
          (generic_name (identifier) @name) @reference.type
          (qualified_name qualifier: (_) @receiver name: (identifier) @name) @reference.type
          (nullable_type type: [(identifier) @name (generic_name (identifier) @name)]) @reference.type
          (array_type type: [(identifier) @name (generic_name (identifier) @name)]) @reference.type])
 (variable_declaration
   type: [(identifier) @name @reference.type
          (generic_name (identifier) @name) @reference.type
          (qualified_name qualifier: (_) @receiver name: (identifier) @name) @reference.type
          (nullable_type type: [(identifier) @name (generic_name (identifier) @name)]) @reference.type
          (array_type type: [(identifier) @name (generic_name (identifier) @name)]) @reference.type])
 (cast_expression
   type: [(identifier) @name @reference.type
          (generic_name (identifier) @name) @reference.type
          (nullable_type type: [(identifier) @name (generic_name (identifier) @name)]) @reference.type])
 (typeof_expression
   type: [(identifier) @name @reference.type
          (generic_name (identifier) @name) @reference.type])
 (declaration_pattern
   type: [(identifier) @name @reference.type
          (generic_name (identifier) @name) @reference.type])
 (type_pattern
   type: [(identifier) @name @reference.type
          (generic_name (identifier) @name) @reference.type])
 (as_expression
   right: [(identifier) @name @reference.type
           (generic_name (identifier) @name) @reference.type
           (nullable_type type: [(identifier) @name (generic_name (identifier) @name)]) @reference.type])
 (binary_expression
   operator: "is"
   right: [(identifier) @name @reference.type
           (generic_name (identifier) @name) @reference.type])
 (type_argument_list
   [(identifier) @name @reference.type
    (generic_name (identifier) @name) @reference.type
    (nullable_type type: [(identifier) @name (generic_name (identifier) @name)]) @reference.type
    (array_type type: [(identifier) @name (generic_name (identifier) @name)]) @reference.type])]

; ---- Reads: methods passed as values (`list.ForEach(Print)`, `Run(this.Handle)`) -----
(argument
  (identifier) @name @reference.read)
(argument
  (member_access_expression
    expression: "this" @receiver
    name: (identifier) @name) @reference.read)

; =====================================================================
; Imports
; =====================================================================

; `using A.B;`, `using static A.B.C;`, `global using A.B;`: every name of the namespace (or
; every static member of the type) becomes visible
(using_directive
  !name
  [(identifier) (qualified_name)] @import.source @import.wildcard)

; `using Alias = A.B.C;`: the last segment is the imported name
(using_directive
  name: (identifier) @import.alias
  [(qualified_name) (identifier)] @import.path)

; =====================================================================
; Type bindings (light receiver typing)
; =====================================================================

; `Foo x = ...`, `Foo<T> x`, `Ns.Foo x`, `Foo? x`, fields included
(variable_declaration
  type: [(identifier) @binding.type
         (generic_name (identifier) @binding.type)
         (qualified_name name: (identifier) @binding.type)
         (nullable_type type: [(identifier) @binding.type (generic_name (identifier) @binding.type)])]
  (variable_declarator
    name: (identifier) @binding.variable))

; `var x = new Foo()`
(variable_declaration
  type: (implicit_type)
  (variable_declarator
    name: (identifier) @binding.variable
    (object_creation_expression
      type: [(identifier) @binding.type
             (generic_name (identifier) @binding.type)
             (qualified_name name: (identifier) @binding.type)])))

; `var x = Make()`, `var x = Foo.Create()`, `var x = this.Load()`: the callee's return type
(variable_declaration
  type: (implicit_type)
  (variable_declarator
    name: (identifier) @binding.variable
    (invocation_expression
      function: [(identifier) (member_access_expression)] @binding.type)))

; typed parameters `Foo x`
(parameter
  type: [(identifier) @binding.type
         (generic_name (identifier) @binding.type)
         (qualified_name name: (identifier) @binding.type)
         (nullable_type type: [(identifier) @binding.type (generic_name (identifier) @binding.type)])]
  name: (identifier) @binding.variable)

; properties `public Foo Bar { get; }` (a member: reached as `Bar` or `this.Bar`)
(property_declaration
  type: [(identifier) @binding.type
         (generic_name (identifier) @binding.type)
         (qualified_name name: (identifier) @binding.type)
         (nullable_type type: [(identifier) @binding.type (generic_name (identifier) @binding.type)])]
  name: (identifier) @binding.variable)

; `if (x is Foo f)` / `case Foo f:`
(declaration_pattern
  type: [(identifier) @binding.type
         (generic_name (identifier) @binding.type)]
  name: (identifier) @binding.variable)

; ---- Anonymous functions: lexical scopes that are not symbols -------------------
(lambda_expression) @scope
(anonymous_method_expression) @scope

; ---------------------------------------------------------------------------
; Framework routes (docs/queries.md): ASP.NET Core controllers and minimal APIs
; ---------------------------------------------------------------------------
; The route is the action's HttpGet/HttpPost/... attribute; the controller's `Route("api/[controller]")`
; is the prefix, kept as written (`[controller]` is not replaced by the class name). A controller
; with a prefix also matches the prefix-less patterns: the match with the most captures wins.

; [HttpGet("{id}")]  [HttpDelete("{id}", Name = "x")]  [HttpPatch(template: "{id}")]  (prefix / none)
(class_declaration
  (attribute_list
    (attribute
      name: (identifier) @_prefixAttribute
      (attribute_argument_list . (attribute_argument !name (string_literal) @route.prefix))))
  body: (declaration_list
    (method_declaration
      (attribute_list
        (attribute
          name: (identifier) @route.method
          (attribute_argument_list
            (attribute_argument !name (string_literal) @route.path))) @route)
      name: (identifier) @route.handler))
  (#eq? @_prefixAttribute "Route")
  (#match? @route.method "^Http(Get|Post|Put|Delete|Patch|Head|Options)$")
  )
(class_declaration
  body: (declaration_list
    (method_declaration
      (attribute_list
        (attribute
          name: (identifier) @route.method
          (attribute_argument_list
            (attribute_argument !name (string_literal) @route.path))) @route)
      name: (identifier) @route.handler))
  (#match? @route.method "^Http(Get|Post|Put|Delete|Patch|Head|Options)$")
  )

; [HttpGet] with no template: the controller prefix is the whole path
(class_declaration
  (attribute_list
    (attribute
      name: (identifier) @_prefixAttribute
      (attribute_argument_list . (attribute_argument !name (string_literal) @route.path))))
  body: (declaration_list
    (method_declaration
      (attribute_list
        (attribute
          name: (identifier) @route.method) @route)
      name: (identifier) @route.handler))
  (#eq? @_prefixAttribute "Route")
  (#match? @route "^Http(Get|Post|Put|Delete|Patch|Head|Options)$"))

; an action's own [Route("ping")]: any method (prefix / none)
(class_declaration
  (attribute_list
    (attribute
      name: (identifier) @_prefixAttribute
      (attribute_argument_list . (attribute_argument !name (string_literal) @route.prefix))))
  body: (declaration_list
    (method_declaration
      (attribute_list
        (attribute
          name: (identifier) @_action
          (attribute_argument_list . (attribute_argument !name (string_literal) @route.path))) @route)
      name: (identifier) @route.handler))
  (#eq? @_prefixAttribute "Route")
  (#eq? @_action "Route"))
(class_declaration
  body: (declaration_list
    (method_declaration
      (attribute_list
        (attribute
          name: (identifier) @_action
          (attribute_argument_list . (attribute_argument !name (string_literal) @route.path))) @route)
      name: (identifier) @route.handler))
  (#eq? @_action "Route"))

; minimal APIs: app.MapGet("/users/{id}", GetUser)  /  group.MapPost("/", (User u) => ...)
; (the handler is the last argument; MapGet/MapPost... are normalised to GET/POST)
(invocation_expression
  function: (member_access_expression
    expression: (_) @route.receiver
    name: (identifier) @route.method)
  arguments: (argument_list . (argument (string_literal) @route.path)) @route.arguments
  (#any-of? @route.method "MapGet" "MapPost" "MapPut" "MapDelete" "MapPatch")) @route
; app.Map("/x", handler): any method
(invocation_expression
  function: (member_access_expression
    expression: (_) @route.receiver
    name: (identifier) @_map)
  arguments: (argument_list . (argument (string_literal) @route.path)) @route.arguments
  (#eq? @_map "Map")) @route
