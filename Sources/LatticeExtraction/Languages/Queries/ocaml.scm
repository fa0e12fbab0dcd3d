; OCaml queries for Lattice. Capture vocabulary: docs/queries.md.
; Order matters for definitions: the first pattern that captures a node decides its kind.
; Mapping: `let f x = ...` / `let f = fun ...` / `let f = function ...` -> function; other
; top-level `let x = ...` -> variable; `module M = struct ... end` -> module (its items nest:
; `M.f`); `module type S = sig ... end` -> interface with its `val`s as methods; variant types ->
; enum with constructors as enum_member; record types -> class with fields as property; other
; types -> type; `class c = object ... end` -> class with methods; `external` -> function.
; Only structure-level bindings are symbols (the top level and module bodies), not `let ... in`.
; A file is itself a module (`shapes.ml` is `Shapes`); its items are top-level names here.

; ---------------------------------------------------------------------------
; Definitions
; ---------------------------------------------------------------------------

(module_definition
  (module_binding
    (module_name) @name) @definition.module)

(module_type_definition
  (module_type_name) @name) @definition.interface

(module_type_definition
  body: (signature
    (value_specification
      (value_name) @name) @definition.method))

(class_definition
  (class_binding
    (class_name) @name) @definition.class)

(method_definition
  (method_name) @name) @definition.method

; types: variants (enum), records (class), anything else (type)
(type_definition
  (type_binding
    name: (type_constructor) @name
    body: (variant_declaration)) @definition.enum)

(variant_declaration
  (constructor_declaration
    (constructor_name) @name) @definition.enum_member)

(type_definition
  (type_binding
    name: (type_constructor) @name
    body: (record_declaration)) @definition.class)

(record_declaration
  (field_declaration
    (field_name) @name) @definition.property)

(type_definition
  (type_binding
    name: (type_constructor) @name) @definition.type)

; top-level and module-level bindings: functions when they take parameters or are a `fun`/`function`
(compilation_unit
  (value_definition
    (let_binding
      pattern: (value_name) @name
      (parameter)) @definition.function))

(structure
  (value_definition
    (let_binding
      pattern: (value_name) @name
      (parameter)) @definition.function))

(compilation_unit
  (value_definition
    (let_binding
      pattern: (value_name) @name
      body: [(fun_expression) (function_expression)]) @definition.function))

(structure
  (value_definition
    (let_binding
      pattern: (value_name) @name
      body: [(fun_expression) (function_expression)]) @definition.function))

(compilation_unit
  (value_definition
    (let_binding
      pattern: (value_name) @name) @definition.variable))

(structure
  (value_definition
    (let_binding
      pattern: (value_name) @name) @definition.variable))

(external
  (value_name) @name) @definition.function

; doc comments `(** ... *)` right before a definition (these add @doc to nodes captured above)
(compilation_unit
  (comment) @doc
  .
  (value_definition
    .
    (let_binding
      pattern: (value_name) @name) @definition.function)
  (#match? @doc "^\\(\\*\\*[^*]"))

(structure
  (comment) @doc
  .
  (value_definition
    .
    (let_binding
      pattern: (value_name) @name) @definition.function)
  (#match? @doc "^\\(\\*\\*[^*]"))

(compilation_unit
  (comment) @doc
  .
  (type_definition
    .
    (type_binding
      name: (type_constructor) @name) @definition.type)
  (#match? @doc "^\\(\\*\\*[^*]"))

(compilation_unit
  (comment) @doc
  .
  (module_definition
    (module_binding
      (module_name) @name) @definition.module)
  (#match? @doc "^\\(\\*\\*[^*]"))

; ---------------------------------------------------------------------------
; References
; ---------------------------------------------------------------------------

; f x y
(application_expression
  function: (value_path
    .
    (value_name) @name)) @reference.call

; M.f x / A.B.f x: the receiver is the module path
(application_expression
  function: (value_path
    (module_path) @receiver
    (value_name) @name)) @reference.call

; x |> f   /   f @@ x
(infix_expression
  operator: (rel_operator) @_pipe
  right: (value_path . (value_name) @name) @reference.call
  (#eq? @_pipe "|>"))

(infix_expression
  operator: (rel_operator) @_pipe
  right: (value_path (module_path) @receiver (value_name) @name) @reference.call
  (#eq? @_pipe "|>"))

(infix_expression
  left: (value_path . (value_name) @name) @reference.call
  operator: (concat_operator) @_apply
  (#eq? @_apply "@@"))

; obj#m
(method_invocation
  object: (_) @receiver
  method: (method_name) @name) @reference.call

; new counter
(new_expression
  (class_path
    (class_name) @name)) @reference.instantiate

; inherit base
(inheritance_definition
  (class_path
    (class_name) @name)) @reference.extends

; ---------------------------------------------------------------------------
; Imports (one binding per match)
; ---------------------------------------------------------------------------

; open M / open A.B: every name of the module
(open_module
  module: (module_path) @import.source @import.wildcard)

; include M inside a module: its names become the module's own
(include_module
  module: (module_path) @import.source @import.wildcard)
