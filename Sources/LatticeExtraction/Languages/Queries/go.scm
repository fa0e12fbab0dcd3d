; Go queries for Lattice. Capture vocabulary: docs/queries.md.
; Order matters for definitions: the first pattern that captures a node decides its kind, so
; methods come before functions and the specific type kinds before the general `type`.
; Go specifics the engine relies on:
; - a method's `@owner` is its receiver type name (`func (s *Server) Start()` → `Server.Start`);
; - a package is a directory; `import "example.com/m/internal/store"` binds `store` (`@import.module`);
; - embedded struct fields / embedded interfaces are `@reference.extends`, so promoted methods resolve;
; - `implements` edges are added structurally by the engine (method sets), not captured here.
; Pointer types (`*T`) are unwrapped in `@returns` / `@binding.type` so the text is a plain name chain.
; Doc comments are not captured: a trailing comment of the previous line is indistinguishable.

; ---------------------------------------------------------------------------
; Definitions
; ---------------------------------------------------------------------------

; ---- Methods (receiver type = owner): T, *T, T[K], *T[K] --------------------
(method_declaration
  receiver: (parameter_list
    (parameter_declaration
      type: [(type_identifier) @owner
             (pointer_type (type_identifier) @owner)
             (generic_type type: (type_identifier) @owner)
             (pointer_type (generic_type type: (type_identifier) @owner))]))
  name: (field_identifier) @name) @definition.method

; ---- Functions ----------------------------------------------------------------
(function_declaration
  name: (identifier) @name) @definition.function

; ---- Types --------------------------------------------------------------------
(type_spec
  name: (type_identifier) @name
  type: (struct_type)) @definition.class
(type_spec
  name: (type_identifier) @name
  type: (interface_type)) @definition.interface
(type_spec
  name: (type_identifier) @name) @definition.type
(type_alias
  name: (type_identifier) @name) @definition.type

; struct fields (embedded fields have no name: they are `@reference.extends` below)
(struct_type
  (field_declaration_list
    (field_declaration
      name: (field_identifier) @name) @definition.property))

; interface methods
(interface_type
  (method_elem
    name: (field_identifier) @name) @definition.method)

; ---- Package-level constants and variables (not locals) -------------------------
(source_file
  (const_declaration
    (const_spec
      name: (identifier) @name) @definition.constant))
(source_file
  (var_declaration
    (var_spec
      name: (identifier) @name) @definition.variable))
(source_file
  (var_declaration
    (var_spec_list
      (var_spec
        name: (identifier) @name) @definition.variable)))

; ---- Return types: only add @returns to the definitions above --------------------
; The first result is the one that types `x := F()` and `x, err := F()`.
(method_declaration
  receiver: (parameter_list
    (parameter_declaration
      type: [(type_identifier) @owner
             (pointer_type (type_identifier) @owner)
             (generic_type type: (type_identifier) @owner)
             (pointer_type (generic_type type: (type_identifier) @owner))]))
  name: (field_identifier) @name
  result: [(type_identifier) @returns
           (qualified_type) @returns
           (generic_type) @returns
           (pointer_type [(type_identifier) (qualified_type) (generic_type)] @returns)
           (parameter_list
             .
             (parameter_declaration
               type: [(type_identifier) @returns
                      (qualified_type) @returns
                      (generic_type) @returns
                      (pointer_type [(type_identifier) (qualified_type) (generic_type)] @returns)]))]) @definition.method

(function_declaration
  name: (identifier) @name
  result: [(type_identifier) @returns
           (qualified_type) @returns
           (generic_type) @returns
           (pointer_type [(type_identifier) (qualified_type) (generic_type)] @returns)
           (parameter_list
             .
             (parameter_declaration
               type: [(type_identifier) @returns
                      (qualified_type) @returns
                      (generic_type) @returns
                      (pointer_type [(type_identifier) (qualified_type) (generic_type)] @returns)]))]) @definition.function

(interface_type
  (method_elem
    name: (field_identifier) @name
    result: [(type_identifier) @returns
             (qualified_type) @returns
             (generic_type) @returns
             (pointer_type [(type_identifier) (qualified_type) (generic_type)] @returns)
             (parameter_list
               .
               (parameter_declaration
                 type: [(type_identifier) @returns
                        (qualified_type) @returns
                        (generic_type) @returns
                        (pointer_type [(type_identifier) (qualified_type) (generic_type)] @returns)]))]) @definition.method)

; ---------------------------------------------------------------------------
; References
; ---------------------------------------------------------------------------

; ---- Calls --------------------------------------------------------------------
; f()  /  F[int]()  (builtins such as len/append/make stay unbound: they are no project symbols)
(call_expression
  function: (identifier) @name) @reference.call

; x.m()  s.repo.Find()  pkg.F()
(call_expression
  function: (selector_expression
    operand: (_) @receiver
    field: (field_identifier) @name)) @reference.call

; F[int](x) / pkg.F[int](x): a generic call parses as a conversion to a generic type (a real
; conversion to a generic project type becomes an instantiation in the engine)
(type_conversion_expression
  type: (generic_type
    type: [(type_identifier) @name
           (qualified_type
             package: (package_identifier) @receiver
             name: (type_identifier) @name)])) @reference.call

; ---- Instantiation: composite literals T{…} / &T{…} / pkg.T{…} / T[int]{…} ----------
(composite_literal
  type: (type_identifier) @name) @reference.instantiate
(composite_literal
  type: (qualified_type
    package: (package_identifier) @receiver
    name: (type_identifier) @name)) @reference.instantiate
(composite_literal
  type: (generic_type
    type: [(type_identifier) @name
           (qualified_type
             package: (package_identifier) @receiver
             name: (type_identifier) @name)])) @reference.instantiate

; ---- Inheritance: embedded struct fields and embedded interfaces ------------------
(struct_type
  (field_declaration_list
    (field_declaration
      !name
      type: [(type_identifier) @name
             (pointer_type (type_identifier) @name)
             (generic_type type: (type_identifier) @name)
             (qualified_type
               package: (package_identifier) @receiver
               name: (type_identifier) @name)
             (pointer_type
               (qualified_type
                 package: (package_identifier) @receiver
                 name: (type_identifier) @name))]) @reference.extends))

(interface_type
  (type_elem
    [(type_identifier) @name
     (qualified_type
       package: (package_identifier) @receiver
       name: (type_identifier) @name)]) @reference.extends)

; ---- Type uses ------------------------------------------------------------------
; A type name in a type position (parameters, results, fields, variables, pointers,
; slices, maps, channels, type arguments, conversions/assertions). Declarations' own names,
; embedded fields and composite-literal types are captured above, not here.
([(parameter_declaration type: (type_identifier) @name @reference.type)
  (variadic_parameter_declaration type: (type_identifier) @name @reference.type)
  (method_declaration result: (type_identifier) @name @reference.type)
  (function_declaration result: (type_identifier) @name @reference.type)
  (method_elem result: (type_identifier) @name @reference.type)
  (function_type result: (type_identifier) @name @reference.type)
  (field_declaration name: (_) type: (type_identifier) @name @reference.type)
  (var_spec type: (type_identifier) @name @reference.type)
  (const_spec type: (type_identifier) @name @reference.type)
  (pointer_type (type_identifier) @name @reference.type)
  (slice_type element: (type_identifier) @name @reference.type)
  (array_type element: (type_identifier) @name @reference.type)
  (map_type key: (type_identifier) @name @reference.type)
  (map_type value: (type_identifier) @name @reference.type)
  (channel_type value: (type_identifier) @name @reference.type)
  (type_arguments (type_elem (type_identifier) @name @reference.type))
  (generic_type type: (type_identifier) @name @reference.type)
  (type_assertion_expression type: (type_identifier) @name @reference.type)
  (type_spec type: (type_identifier) @name @reference.type)
  (type_alias type: (type_identifier) @name @reference.type)])

([(parameter_declaration type: (qualified_type package: (package_identifier) @receiver name: (type_identifier) @name) @reference.type)
  (variadic_parameter_declaration type: (qualified_type package: (package_identifier) @receiver name: (type_identifier) @name) @reference.type)
  (method_declaration result: (qualified_type package: (package_identifier) @receiver name: (type_identifier) @name) @reference.type)
  (function_declaration result: (qualified_type package: (package_identifier) @receiver name: (type_identifier) @name) @reference.type)
  (method_elem result: (qualified_type package: (package_identifier) @receiver name: (type_identifier) @name) @reference.type)
  (function_type result: (qualified_type package: (package_identifier) @receiver name: (type_identifier) @name) @reference.type)
  (field_declaration name: (_) type: (qualified_type package: (package_identifier) @receiver name: (type_identifier) @name) @reference.type)
  (var_spec type: (qualified_type package: (package_identifier) @receiver name: (type_identifier) @name) @reference.type)
  (pointer_type (qualified_type package: (package_identifier) @receiver name: (type_identifier) @name) @reference.type)
  (slice_type element: (qualified_type package: (package_identifier) @receiver name: (type_identifier) @name) @reference.type)
  (array_type element: (qualified_type package: (package_identifier) @receiver name: (type_identifier) @name) @reference.type)
  (map_type key: (qualified_type package: (package_identifier) @receiver name: (type_identifier) @name) @reference.type)
  (map_type value: (qualified_type package: (package_identifier) @receiver name: (type_identifier) @name) @reference.type)
  (channel_type value: (qualified_type package: (package_identifier) @receiver name: (type_identifier) @name) @reference.type)
  (type_arguments (type_elem (qualified_type package: (package_identifier) @receiver name: (type_identifier) @name) @reference.type))
  (generic_type type: (qualified_type package: (package_identifier) @receiver name: (type_identifier) @name) @reference.type)
  (type_assertion_expression type: (qualified_type package: (package_identifier) @receiver name: (type_identifier) @name) @reference.type)
  (type_spec type: (qualified_type package: (package_identifier) @receiver name: (type_identifier) @name) @reference.type)])

; ---- Reads: names used as values (functions passed as callbacks, constants) --------
(argument_list
  (identifier) @name @reference.read)
(keyed_element
  value: (literal_element
    (identifier) @name @reference.read))
(return_statement
  (expression_list
    (identifier) @name @reference.read
    (#not-match? @name "^(nil|true|false|iota)$")))

; Every other place a bare name is a value: operands, both sides of assignments, initializers,
; `case` values, conditions, indexes, `range`, sends, unkeyed composite elements, `x++`. A local
; binds to nothing (its declaration is a binding below, which shadows package-level names); a
; package-level var or const (`case MIMEJSON:`, `EnableDecoderUseNumber = true`) is referenced.
; Composite-literal keys are not here: in a struct literal they name fields.
([(binary_expression left: (identifier) @name @reference.read)
  (binary_expression right: (identifier) @name @reference.read)
  (unary_expression operand: (identifier) @name @reference.read)
  (parenthesized_expression (identifier) @name @reference.read)
  (assignment_statement left: (expression_list (identifier) @name @reference.read))
  (assignment_statement right: (expression_list (identifier) @name @reference.read))
  (short_var_declaration right: (expression_list (identifier) @name @reference.read))
  (var_spec value: (expression_list (identifier) @name @reference.read))
  (const_spec value: (expression_list (identifier) @name @reference.read))
  (expression_case value: (expression_list (identifier) @name @reference.read))
  (expression_switch_statement value: (identifier) @name @reference.read)
  (index_expression operand: (identifier) @name @reference.read)
  (index_expression index: (identifier) @name @reference.read)
  (slice_expression operand: (identifier) @name @reference.read)
  (range_clause right: (identifier) @name @reference.read)
  (inc_statement (identifier) @name @reference.read)
  (dec_statement (identifier) @name @reference.read)
  (if_statement condition: (identifier) @name @reference.read)
  (for_clause condition: (identifier) @name @reference.read)
  (send_statement channel: (identifier) @name @reference.read)
  (send_statement value: (identifier) @name @reference.read)
  (type_assertion_expression operand: (identifier) @name @reference.read)
  (type_switch_statement value: (identifier) @name @reference.read)
  (literal_value (literal_element (identifier) @name @reference.read))
  (variadic_argument (identifier) @name @reference.read)
  (selector_expression operand: (identifier) @name @reference.read)]
  (#not-match? @name "^(nil|true|false|iota|_)$"))

; x.f / pkg.Var / s.Method as a value: a field read, a package-qualified var or const
; (`binding.MIMEJSON`), a method value. When the selector is called, the call above names the
; same node and this read is dropped.
(selector_expression
  operand: (_) @receiver
  field: (field_identifier) @name) @reference.read

; make(T, n) / new(T): the first argument is a type
(call_expression
  arguments: (argument_list
    .
    [(type_identifier) @name
     (qualified_type
       package: (package_identifier) @receiver
       name: (type_identifier) @name)] @reference.type))

; ---------------------------------------------------------------------------
; Imports (one binding per match)
; ---------------------------------------------------------------------------

; import "example.com/shop/internal/store"   → binds `store` (last path segment)
(import_spec
  !name
  path: (interpreted_string_literal
    (interpreted_string_literal_content) @import.source @import.module))

; import st "example.com/shop/internal/store"   → binds `st`
(import_spec
  name: (package_identifier) @import.namespace
  path: (interpreted_string_literal
    (interpreted_string_literal_content) @import.source @import.module))

; import . "example.com/shop/internal/store"   → all exported names
(import_spec
  name: (dot) @import.wildcard
  path: (interpreted_string_literal
    (interpreted_string_literal_content) @import.source))

; import _ "example.com/driver"   → side effect only
(import_spec
  name: (blank_identifier)
  path: (interpreted_string_literal
    (interpreted_string_literal_content) @import.source))

; ---------------------------------------------------------------------------
; Type bindings (light receiver typing)
; ---------------------------------------------------------------------------

; receivers and typed parameters: func (s *Service) …, func f(s store.Store, n int)
(parameter_declaration
  name: (identifier) @binding.variable
  type: [(type_identifier) @binding.type
         (qualified_type) @binding.type
         (generic_type) @binding.type
         (pointer_type [(type_identifier) (qualified_type) (generic_type)] @binding.type)])

; struct fields: `repo store.Store` types `s.repo` (the binding lives in the field's scope)
(field_declaration
  name: (field_identifier) @binding.variable
  type: [(type_identifier) @binding.type
         (qualified_type) @binding.type
         (generic_type) @binding.type
         (pointer_type [(type_identifier) (qualified_type) (generic_type)] @binding.type)])

; var x Foo  /  var x *pkg.Foo = …
(var_spec
  name: (identifier) @binding.variable
  type: [(type_identifier) @binding.type
         (qualified_type) @binding.type
         (generic_type) @binding.type
         (pointer_type [(type_identifier) (qualified_type) (generic_type)] @binding.type)])

; x := Foo{}  /  x := &pkg.Foo{}  (also the first name of `x, y := …`)
(short_var_declaration
  left: (expression_list . (identifier) @binding.variable)
  (#not-eq? @binding.variable "_")
  right: (expression_list
    .
    [(composite_literal
       type: [(type_identifier) (qualified_type) (generic_type)] @binding.type)
     (unary_expression
       operand: (composite_literal
         type: [(type_identifier) (qualified_type) (generic_type)] @binding.type))]))

; x := NewFoo()  /  x, err := pkg.NewFoo()  /  x := s.make()   (callee; @returns is followed)
(short_var_declaration
  left: (expression_list . (identifier) @binding.variable)
  (#not-eq? @binding.variable "_")
  right: (expression_list
    .
    (call_expression
      function: [(identifier) (selector_expression)] @binding.type)))

; x := Form  /  x := pkg.Default  /  r := c.Request  (a copy of a variable or field has its type)
(short_var_declaration
  left: (expression_list . (identifier) @binding.variable .)
  (#not-eq? @binding.variable "_")
  right: (expression_list . [(identifier) (selector_expression)] @binding.type .))

; var x = Foo{} / var x = NewFoo()
(var_spec
  !type
  name: (identifier) @binding.variable
  value: (expression_list
    .
    [(composite_literal
       type: [(type_identifier) (qualified_type) (generic_type)] @binding.type)
     (unary_expression
       operand: (composite_literal
         type: [(type_identifier) (qualified_type) (generic_type)] @binding.type))
     (call_expression
       function: [(identifier) (selector_expression)] @binding.type)]))

; x = Foo{}  /  x = NewFoo()
(assignment_statement
  left: (expression_list . (identifier) @binding.variable)
  (#not-eq? @binding.variable "_")
  right: (expression_list
    .
    [(composite_literal
       type: [(type_identifier) (qualified_type) (generic_type)] @binding.type)
     (unary_expression
       operand: (composite_literal
         type: [(type_identifier) (qualified_type) (generic_type)] @binding.type))
     (call_expression
       function: [(identifier) (selector_expression)] @binding.type)]))

; Locals whose type is not read (range variables, later names of `a, b :=`, parameters of map or
; function type, `var x []T`, a type switch's alias): no type, but each shadows package-level
; definitions of its name from the next line on (a typed binding above at the same name wins).
(range_clause left: (expression_list (identifier) @binding.variable))
(short_var_declaration left: (expression_list (identifier) @binding.variable))
(parameter_declaration name: (identifier) @binding.variable)
(variadic_parameter_declaration name: (identifier) @binding.variable)
(statement_list (var_declaration (var_spec name: (identifier) @binding.variable)))
(statement_list (var_declaration (var_spec_list (var_spec name: (identifier) @binding.variable))))
(type_switch_statement alias: (expression_list (identifier) @binding.variable))

; ---------------------------------------------------------------------------
; Blind spots
; ---------------------------------------------------------------------------

; reflect.ValueOf(x).MethodByName(name).Call(…) / FieldByName: members reached by computed names
(call_expression
  function: (selector_expression
    field: (field_identifier) @_reflect)
  (#any-of? @_reflect "MethodByName" "FieldByName")) @blindspot.reflection

; plugin.Open(path): a package chosen at run time
(call_expression
  function: (selector_expression
    operand: (identifier) @_plugin
    field: (field_identifier) @_open)
  (#eq? @_plugin "plugin")
  (#eq? @_open "Open")) @blindspot.dynamic_import

; ---------------------------------------------------------------------------
; Framework routes (docs/queries.md): gin, echo, chi, net/http
; ---------------------------------------------------------------------------
; The registration's arguments after the path are middleware then the handler (last), as in gin,
; chi and net/http. Echo puts the handler FIRST and route middleware after it, which syntax cannot
; tell apart from gin (both write `x.GET(path, …)`): with echo route middleware the last one is read
; as the handler. Paths must start with `/` (a Go 1.22 `"GET /x"` pattern is kept whole as the path).
; `Use(mw)` takes no path in these frameworks, so it is no route. chi's `Mount` is not captured.

; r.GET("/users/:id", auth, show)  e.POST("/x", h)  r.Get("/x", h)  http.HandleFunc("/x", h)
; mux.HandleFunc("GET /x/{id}", h)
(call_expression
  function: (selector_expression
    operand: (_) @route.receiver
    field: (field_identifier) @route.method)
  arguments: (argument_list
    .
    [(interpreted_string_literal) (raw_string_literal)] @route.path
    .
    (_)) @route.arguments
  (#any-of? @route.method
    "GET" "POST" "PUT" "DELETE" "PATCH" "HEAD" "OPTIONS" "CONNECT" "TRACE" "Any"
    "Get" "Post" "Put" "Delete" "Patch" "Head" "Options" "Connect" "Trace"
    "Handle" "HandleFunc")
  (#match? @route.path "^[\"`]([A-Z]+ +)?/")) @route

; gin r.Handle("GET", "/x", h)  /  chi r.Method("GET", "/x", h), r.MethodFunc(…): the method is a string
(call_expression
  function: (selector_expression
    operand: (_) @route.receiver
    field: (field_identifier) @_register)
  arguments: (argument_list
    .
    (interpreted_string_literal (interpreted_string_literal_content) @route.method)
    .
    [(interpreted_string_literal) (raw_string_literal)] @route.path
    .
    (_)) @route.arguments
  (#any-of? @_register "Handle" "Method" "MethodFunc")
  (#match? @route.method "^[A-Z]+$")
  (#match? @route.path "^[\"`]/")) @route

; A group variable and the registrations on it later in the same block (gin/echo):
;   v1 := r.Group("/v1")        v1 := r.Group("/v1")
;   v1.GET("/users", list)      { v1.GET("/users", list) }      → GET /v1/users
; One level only: a group of a group gets the inner prefix alone.
(statement_list
  (short_var_declaration
    left: (expression_list . (identifier) @_group)
    right: (expression_list
      .
      (call_expression
        function: (selector_expression field: (field_identifier) @_group_call)
        arguments: (argument_list . [(interpreted_string_literal) (raw_string_literal)] @route.prefix))))
  [(expression_statement
     (call_expression
       function: (selector_expression
         operand: (identifier) @route.receiver
         field: (field_identifier) @route.method)
       arguments: (argument_list
         .
         [(interpreted_string_literal) (raw_string_literal)] @route.path
    .
    (_)) @route.arguments) @route)
   (block
     (statement_list
       (expression_statement
         (call_expression
           function: (selector_expression
             operand: (identifier) @route.receiver
             field: (field_identifier) @route.method)
           arguments: (argument_list
             .
             [(interpreted_string_literal) (raw_string_literal)] @route.path
    .
    (_)) @route.arguments) @route)))]
  (#eq? @_group_call "Group")
  (#eq? @route.receiver @_group)
  (#any-of? @route.method
    "GET" "POST" "PUT" "DELETE" "PATCH" "HEAD" "OPTIONS" "CONNECT" "TRACE" "Any"
    "Handle" "HandleFunc")
  (#match? @route.path "^[\"`]/"))

; chi: r.Route("/admin", func(r chi.Router) { r.Delete("/x/{id}", h) })   → DELETE /admin/x/{id}
(call_expression
  function: (selector_expression field: (field_identifier) @_chi_route)
  arguments: (argument_list
    .
    [(interpreted_string_literal) (raw_string_literal)] @route.prefix
    .
    (func_literal
      body: (block
        (statement_list
          (expression_statement
            (call_expression
              function: (selector_expression
                operand: (_) @route.receiver
                field: (field_identifier) @route.method)
              arguments: (argument_list
                .
                [(interpreted_string_literal) (raw_string_literal)] @route.path
    .
    (_)) @route.arguments) @route)))))
  (#eq? @_chi_route "Route")
  (#any-of? @route.method
    "Get" "Post" "Put" "Delete" "Patch" "Head" "Options" "Connect" "Trace" "Handle" "HandleFunc")
  (#match? @route.path "^[\"`]/"))
