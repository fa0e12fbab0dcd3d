; Julia queries for Lattice. Capture vocabulary: docs/queries.md.
; Order matters for definitions: the first pattern that captures a node decides its kind.
; Mapping: `module M` -> module (its items nest: `M.f`); `struct`/`mutable struct`/`abstract
; type` -> class (fields -> property), `struct A <: B` -> extends; `function f() end` and the short
; form `f(x) = ...` at top level / module level -> function (each method of a generic function is
; its own symbol with the same name: one entity, like overloads); `function Base.show(...)` ->
; function `show` (a method added to another module's function); `macro m()` -> macro; `const X`
; -> constant; top-level `x = ...` -> variable. A docstring right before a definition is its doc.
; Calls: a `call_expression` is also the head of a signature (`function f(x)`, `f(x) = ...`),
; which must not count as a call of f, and queries cannot exclude a parent; so calls are
; matched under each parent node type that holds an expression (see References).

; ---------------------------------------------------------------------------
; Definitions
; ---------------------------------------------------------------------------

(module_definition
  name: (identifier) @name) @definition.module

; struct A / struct A <: B / struct A{T} <: B{T}
(struct_definition
  (type_head
    [(identifier) @name
     (parametrized_type_expression . (identifier) @name)
     (binary_expression . [(identifier) @name (parametrized_type_expression . (identifier) @name)])])) @definition.class

(abstract_definition
  (type_head
    [(identifier) @name
     (parametrized_type_expression . (identifier) @name)
     (binary_expression . [(identifier) @name (parametrized_type_expression . (identifier) @name)])])) @definition.class

; fields: `r::Float64`, `r`, `r::Float64 = 1.0` (keyword-defined structs)
(struct_definition
  (block
    [(typed_expression . (identifier) @name)
     (identifier) @name
     (assignment . (typed_expression . (identifier) @name))] @definition.property))

; inner constructors: `Circle(r) = new(r)` / `function Circle(r) ... end` inside a struct
(struct_definition
  (block
    (assignment
      .
      [(call_expression . (identifier) @name)
       (where_expression . (call_expression . (identifier) @name))]) @definition.constructor))

(struct_definition
  (block
    (function_definition
      (signature
        [(call_expression . (identifier) @name)
         (where_expression . (call_expression . (identifier) @name))])) @definition.constructor))

; function f(x) / function f(x)::T / function f(x) where T / function M.f(x)
(function_definition
  (signature
    (typed_expression
      .
      (call_expression
        .
        [(identifier) @name (field_expression (identifier) @name .)])
      (_) @returns .))) @definition.function

(function_definition
  (signature
    [(call_expression . [(identifier) @name (field_expression (identifier) @name .)])
     (where_expression . (call_expression . [(identifier) @name (field_expression (identifier) @name .)]))
     (where_expression . (typed_expression . (call_expression . [(identifier) @name (field_expression (identifier) @name .)])))])) @definition.function

; function f end (no methods yet)
(function_definition
  (signature
    (identifier) @name)) @definition.function

; short form `f(x) = ...` at top level and in module bodies (not locals in function bodies)
(source_file
  (assignment
    .
    [(call_expression . [(identifier) @name (field_expression (identifier) @name .)])
     (where_expression . (call_expression . [(identifier) @name (field_expression (identifier) @name .)]))
     (typed_expression . (call_expression . [(identifier) @name (field_expression (identifier) @name .)]))]
    (operator) @_eq
    (#eq? @_eq "=")) @definition.function)

(module_definition
  (block
    (assignment
      .
      [(call_expression . [(identifier) @name (field_expression (identifier) @name .)])
       (where_expression . (call_expression . [(identifier) @name (field_expression (identifier) @name .)]))
       (typed_expression . (call_expression . [(identifier) @name (field_expression (identifier) @name .)]))]
      (operator) @_eq
      (#eq? @_eq "=")) @definition.function))

(macro_definition
  (signature
    (call_expression . (identifier) @name))) @definition.macro

; const X = ... (top level and module level)
(source_file
  (const_statement
    (assignment . (identifier) @name)) @definition.constant)

(module_definition
  (block
    (const_statement
      (assignment . (identifier) @name)) @definition.constant))

; x = ... (top level and module level)
(source_file
  (assignment
    .
    (identifier) @name
    (operator) @_eq
    (#eq? @_eq "=")) @definition.variable)

(module_definition
  (block
    (assignment
      .
      (identifier) @name
      (operator) @_eq
      (#eq? @_eq "=")) @definition.variable))

; docstrings: a string right before a definition (adds @doc to the nodes captured above)

(_
  (string_literal) @doc
  .
  (function_definition
    (signature
      [(call_expression . [(identifier) @name (field_expression (identifier) @name .)])
       (typed_expression . (call_expression . [(identifier) @name (field_expression (identifier) @name .)]))
       (where_expression . (call_expression . [(identifier) @name (field_expression (identifier) @name .)]))])) @definition.function)

(source_file
  (string_literal) @doc
  .
  (assignment
    .
    [(call_expression . [(identifier) @name (field_expression (identifier) @name .)])
     (typed_expression . (call_expression . [(identifier) @name (field_expression (identifier) @name .)]))]) @definition.function)

(module_definition
  (block
    (string_literal) @doc
    .
    (assignment
      .
      [(call_expression . [(identifier) @name (field_expression (identifier) @name .)])
     (typed_expression . (call_expression . [(identifier) @name (field_expression (identifier) @name .)]))]) @definition.function))

(_
  (string_literal) @doc
  .
  [(struct_definition
     (type_head
       [(identifier) @name
        (parametrized_type_expression . (identifier) @name)
        (binary_expression . [(identifier) @name (parametrized_type_expression . (identifier) @name)])]))
   (abstract_definition
     (type_head
       [(identifier) @name
        (parametrized_type_expression . (identifier) @name)
        (binary_expression . [(identifier) @name (parametrized_type_expression . (identifier) @name)])]))] @definition.class)

; ---------------------------------------------------------------------------
; References
; ---------------------------------------------------------------------------

; struct A <: B / abstract type A <: B
([(struct_definition (type_head (binary_expression
    .
    (_)
    (operator) @_subtype
    .
    [(identifier) @name
     (parametrized_type_expression . (identifier) @name)
     (field_expression value: (_) @receiver (identifier) @name .)])))
  (abstract_definition (type_head (binary_expression
    .
    (_)
    (operator) @_subtype
    .
    [(identifier) @name
     (parametrized_type_expression . (identifier) @name)
     (field_expression value: (_) @receiver (identifier) @name .)])))] @reference.extends
  (#eq? @_subtype "<:"))

; f.(xs) broadcast calls and x |> f pipes
(broadcast_call_expression
  .
  [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call

(binary_expression
  (operator) @_pipe
  .
  [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)] @reference.call
  .
  (#eq? @_pipe "|>"))

; a macro use (`at-sign twice x`) names the macro twice
(macrocall_expression
  (macro_identifier
    (identifier) @name)) @reference.call

(macrocall_expression
  (field_expression
    (_) @receiver
    (macro_identifier
      (identifier) @name))) @reference.call

; f(x), M.f(x), obj.f(x): under every parent that holds an expression (not under `signature`,
; `where_expression`, `typed_expression` or on the left of `=`, where the call is a signature)
(block (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(source_file (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(argument_list (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(assignment (operator) . (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(binary_expression (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(unary_expression (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(parenthesized_expression (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(return_statement (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(if_statement (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(elseif_clause (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(if_clause (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(ternary_expression (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(while_statement (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(for_binding (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(generator (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(comprehension_expression (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(let_statement (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(local_statement (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(global_statement (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(const_statement (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(vector_expression (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(tuple_expression (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(open_tuple (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(matrix_row (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(string_interpolation (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(index_expression (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(field_expression (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(range_expression (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(splat_expression (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(adjoint_expression (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(juxtaposition_expression (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(broadcast_call_expression (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(macro_argument_list (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(do_clause (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(compound_assignment_expression (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call)
(arrow_function_expression (call_expression . [(identifier) @name (field_expression value: (_) @receiver (identifier) @name .)]) @reference.call .)

; ---------------------------------------------------------------------------
; Imports (one binding per match)
; ---------------------------------------------------------------------------

; include("x.jl"): loads a file (path relative to the including file)
(call_expression
  .
  (identifier) @_include
  (argument_list . (string_literal) @import.source .)
  (#eq? @_include "include"))

; using A / using A.B / using .Local: every exported name
(using_statement
  [(identifier) (import_path)] @import.source @import.wildcard)

; using A: f, g as h / import A: f, g as h
([(using_statement
   (selected_import
     .
     [(identifier) (import_path)] @import.source
     (identifier) @import.name))
  (import_statement
   (selected_import
     .
     [(identifier) (import_path)] @import.source
     (identifier) @import.name))])

([(using_statement
   (selected_import
     .
     [(identifier) (import_path)] @import.source
     (import_alias . (identifier) @import.name . (identifier) @import.alias)))
  (import_statement
   (selected_import
     .
     [(identifier) (import_path)] @import.source
     (import_alias . (identifier) @import.name . (identifier) @import.alias)))])

; import A: binds the module A
(import_statement
  (identifier) @import.source @import.namespace)

; import A.B: binds B
(import_statement
  (import_path) @import.source @import.module)

; import A.B as C
(import_statement
  (import_alias
    .
    [(identifier) (import_path)] @import.source
    .
    (identifier) @import.namespace))

; ---------------------------------------------------------------------------
; Blind spots
; ---------------------------------------------------------------------------

(call_expression
  .
  [(identifier) @_eval (field_expression (identifier) @_eval .)]
  (#any-of? @_eval "eval" "evalfile" "include_string")) @blindspot.eval

(macrocall_expression
  (macro_identifier (identifier) @_eval)
  (#eq? @_eval "eval")) @blindspot.eval

(call_expression
  .
  (identifier) @_reflect
  (#any-of? @_reflect "getfield" "setfield!" "getproperty" "invoke" "invokelatest")) @blindspot.reflection

; include(expr) with a computed path
(call_expression
  .
  (identifier) @_include
  (argument_list . (_) @_path .)
  (#eq? @_include "include")
  (#not-match? @_path "^\"")) @blindspot.dynamic_import
