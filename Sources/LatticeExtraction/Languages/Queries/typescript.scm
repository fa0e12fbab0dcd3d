; Lattice query for TypeScript, used for BOTH the `typescript` and `tsx` grammars.
; Only node types present in both grammars may appear here (no jsx_* nodes, no type_assertion).
; Capture vocabulary and mapper semantics: docs/queries.md.
; Order matters: when several patterns capture the same node as a definition, the first one
; decides the kind, so specific patterns come before general ones.

; =====================================================================
; Definitions
; =====================================================================

; ---- Constructors (before methods) -------------------------------------
(class_body
  (method_definition
    name: (property_identifier) @name
    (#eq? @name "constructor")) @definition.constructor)

; ---- Methods: getters, setters, static, #private, generators -------------
(class_body
  (method_definition
    name: [(property_identifier) (private_property_identifier)] @name) @definition.method)

; Overload signatures in classes, abstract methods
(class_body
  (method_signature
    name: [(property_identifier) (private_property_identifier)] @name) @definition.method)
(class_body
  (abstract_method_signature
    name: [(property_identifier) (private_property_identifier)] @name) @definition.method)

; Class fields initialised with a function: methods (before the general field pattern)
(public_field_definition
  name: [(property_identifier) (private_property_identifier)] @name
  value: [(arrow_function) (function_expression) (generator_function)]) @definition.method

; Class fields
(public_field_definition
  name: [(property_identifier) (private_property_identifier)] @name) @definition.property

; ---- Interface members (and members of object types of type aliases) ----
(interface_body
  (method_signature
    name: (property_identifier) @name) @definition.method)
(interface_body
  (property_signature
    name: (property_identifier) @name) @definition.property)
(type_alias_declaration
  value: (object_type
    (method_signature
      name: (property_identifier) @name) @definition.method))
(type_alias_declaration
  value: (object_type
    (property_signature
      name: (property_identifier) @name) @definition.property))

; ---- Types ----------------------------------------------------------------
(class_declaration
  name: (type_identifier) @name) @definition.class
(abstract_class_declaration
  name: (type_identifier) @name) @definition.class
(interface_declaration
  name: (type_identifier) @name) @definition.interface
(type_alias_declaration
  name: (type_identifier) @name) @definition.type
(enum_declaration
  name: (identifier) @name) @definition.enum
(enum_body
  name: (property_identifier) @name @definition.enum_member)
(enum_body
  (enum_assignment
    name: (property_identifier) @name) @definition.enum_member)

; ---- Namespaces / modules -------------------------------------------------
(internal_module
  name: [(identifier) (nested_identifier)] @name) @definition.namespace
(module
  name: [(identifier) (nested_identifier)] @name) @definition.namespace

; ---- Functions (any depth: nested functions are outer.inner) --------------
(function_declaration
  name: (identifier) @name) @definition.function
(generator_function_declaration
  name: (identifier) @name) @definition.function
(function_signature
  name: (identifier) @name) @definition.function

; ---- Top-level variables (program level, export at program level, namespace bodies) ----
; `const f = () => ...` / `const f = function ...`: a function; the declarator is the span.
(program
  [(lexical_declaration
     (variable_declarator
       name: (identifier) @name
       value: [(arrow_function) (function_expression) (generator_function)]) @definition.function)
   (variable_declaration
     (variable_declarator
       name: (identifier) @name
       value: [(arrow_function) (function_expression) (generator_function)]) @definition.function)
   (export_statement
     declaration: [
       (lexical_declaration
         (variable_declarator
           name: (identifier) @name
           value: [(arrow_function) (function_expression) (generator_function)]) @definition.function)
       (variable_declaration
         (variable_declarator
           name: (identifier) @name
           value: [(arrow_function) (function_expression) (generator_function)]) @definition.function)])])

[(internal_module
   body: (statement_block
     [(lexical_declaration
        (variable_declarator
          name: (identifier) @name
          value: [(arrow_function) (function_expression) (generator_function)]) @definition.function)
      (export_statement
        declaration: (lexical_declaration
          (variable_declarator
            name: (identifier) @name
            value: [(arrow_function) (function_expression) (generator_function)]) @definition.function))]))
 (module
   body: (statement_block
     [(lexical_declaration
        (variable_declarator
          name: (identifier) @name
          value: [(arrow_function) (function_expression) (generator_function)]) @definition.function)
      (export_statement
        declaration: (lexical_declaration
          (variable_declarator
            name: (identifier) @name
            value: [(arrow_function) (function_expression) (generator_function)]) @definition.function))]))]

; Other top-level `const`: constants (`const x = require(...)` is an import, not a constant)
(program
  [(lexical_declaration
     kind: "const"
     (variable_declarator
       name: (identifier) @name
       value: (_) @_value) @definition.constant)
   (export_statement
     declaration: (lexical_declaration
       kind: "const"
       (variable_declarator
         name: (identifier) @name
         value: (_) @_value) @definition.constant))]
  (#not-match? @_value "^require\\s*\\("))

; Top-level `let` / `var`: variables
(program
  [(lexical_declaration
     kind: "let"
     (variable_declarator
       name: (identifier) @name) @definition.variable)
   (variable_declaration
     (variable_declarator
       name: (identifier) @name) @definition.variable)
   (export_statement
     declaration: [
       (lexical_declaration
         kind: "let"
         (variable_declarator
           name: (identifier) @name) @definition.variable)
       (variable_declaration
         (variable_declarator
           name: (identifier) @name) @definition.variable)])])

; `const` / `let` directly inside a namespace or module body
([(internal_module body: (statement_block
    [(lexical_declaration
       kind: "const"
       (variable_declarator name: (identifier) @name) @definition.constant)
     (export_statement
       declaration: (lexical_declaration
         kind: "const"
         (variable_declarator name: (identifier) @name) @definition.constant))]))
  (module body: (statement_block
    [(lexical_declaration
       kind: "const"
       (variable_declarator name: (identifier) @name) @definition.constant)
     (export_statement
       declaration: (lexical_declaration
         kind: "const"
         (variable_declarator name: (identifier) @name) @definition.constant))]))])
([(internal_module body: (statement_block
    [(lexical_declaration
       kind: "let"
       (variable_declarator name: (identifier) @name) @definition.variable)
     (export_statement
       declaration: (lexical_declaration
         kind: "let"
         (variable_declarator name: (identifier) @name) @definition.variable))]))
  (module body: (statement_block
    [(lexical_declaration
       kind: "let"
       (variable_declarator name: (identifier) @name) @definition.variable)
     (export_statement
       declaration: (lexical_declaration
         kind: "let"
         (variable_declarator name: (identifier) @name) @definition.variable))]))])

; ---- Decorators -----------------------------------------------------------
(class_declaration
  decorator: (decorator) @decorator
  name: (type_identifier) @name) @definition.class
(abstract_class_declaration
  decorator: (decorator) @decorator
  name: (type_identifier) @name) @definition.class
(export_statement
  decorator: (decorator) @decorator
  declaration: [
    (class_declaration name: (type_identifier) @name)
    (abstract_class_declaration name: (type_identifier) @name)] @definition.class)
; method decorators are siblings in the class body before the method (other decorators and
; comments may sit in between)
(class_body
  (decorator) @decorator
  .
  [(decorator) (comment)]*
  .
  (method_definition
    name: [(property_identifier) (private_property_identifier)] @name) @definition.method)
(public_field_definition
  decorator: (decorator) @decorator
  name: [(property_identifier) (private_property_identifier)] @name) @definition.property

; ---- Doc comments (/** ... */ immediately before the definition) ----------
((comment) @doc
  .
  [(class_declaration name: (type_identifier) @name) @definition.class
   (abstract_class_declaration name: (type_identifier) @name) @definition.class
   (interface_declaration name: (type_identifier) @name) @definition.interface
   (type_alias_declaration name: (type_identifier) @name) @definition.type
   (enum_declaration name: (identifier) @name) @definition.enum
   (function_declaration name: (identifier) @name) @definition.function
   (generator_function_declaration name: (identifier) @name) @definition.function
   (function_signature name: (identifier) @name) @definition.function
   (internal_module name: [(identifier) (nested_identifier)] @name) @definition.namespace
   (module name: [(identifier) (nested_identifier)] @name) @definition.namespace]
  (#match? @doc "^/\\*\\*"))

((comment) @doc
  .
  (export_statement
    declaration: [
      (class_declaration name: (type_identifier) @name) @definition.class
      (abstract_class_declaration name: (type_identifier) @name) @definition.class
      (interface_declaration name: (type_identifier) @name) @definition.interface
      (type_alias_declaration name: (type_identifier) @name) @definition.type
      (enum_declaration name: (identifier) @name) @definition.enum
      (function_declaration name: (identifier) @name) @definition.function
      (generator_function_declaration name: (identifier) @name) @definition.function
      (function_signature name: (identifier) @name) @definition.function
      (internal_module name: [(identifier) (nested_identifier)] @name) @definition.namespace])
  (#match? @doc "^/\\*\\*"))

; top-level variables with an initialiser: the doc goes to the first declarator (the kind comes
; from the patterns above, which come first)
(program
  (comment) @doc
  .
  [(lexical_declaration . (variable_declarator name: (identifier) @name value: (_) @_value) @definition.constant)
   (variable_declaration . (variable_declarator name: (identifier) @name value: (_) @_value) @definition.variable)
   (export_statement
     declaration: [
       (lexical_declaration . (variable_declarator name: (identifier) @name value: (_) @_value) @definition.constant)
       (variable_declaration . (variable_declarator name: (identifier) @name value: (_) @_value) @definition.variable)])]
  (#match? @doc "^/\\*\\*")
  (#not-match? @_value "^require\\s*\\("))

; class members (decorators and plain comments may sit between the doc comment and a method)
(class_body
  (comment) @doc
  .
  [(decorator) (comment)]*
  .
  [(method_definition name: [(property_identifier) (private_property_identifier)] @name) @definition.method
   (method_signature name: [(property_identifier) (private_property_identifier)] @name) @definition.method
   (abstract_method_signature name: [(property_identifier) (private_property_identifier)] @name) @definition.method
   (public_field_definition name: [(property_identifier) (private_property_identifier)] @name) @definition.property]
  (#match? @doc "^/\\*\\*"))

(interface_body
  (comment) @doc
  .
  [(method_signature name: (property_identifier) @name) @definition.method
   (property_signature name: (property_identifier) @name) @definition.property]
  (#match? @doc "^/\\*\\*"))

(enum_body
  (comment) @doc
  .
  [(property_identifier) @name @definition.enum_member
   (enum_assignment name: (property_identifier) @name) @definition.enum_member]
  (#match? @doc "^/\\*\\*"))

; ---- Return types: these patterns only add @returns to definitions captured above ----------
; (same contexts as above, listed after them so they never decide a kind)
(class_body
  (method_definition
    name: [(property_identifier) (private_property_identifier)] @name
    return_type: (type_annotation (_) @returns)) @definition.method)
(class_body
  [(method_signature
     name: [(property_identifier) (private_property_identifier)] @name
     return_type: (type_annotation (_) @returns))
   (abstract_method_signature
     name: [(property_identifier) (private_property_identifier)] @name
     return_type: (type_annotation (_) @returns))] @definition.method)
(interface_body
  (method_signature
    name: (property_identifier) @name
    return_type: (type_annotation (_) @returns)) @definition.method)
(public_field_definition
  name: [(property_identifier) (private_property_identifier)] @name
  value: [(arrow_function return_type: (type_annotation (_) @returns))
          (function_expression return_type: (type_annotation (_) @returns))]) @definition.method
(function_declaration
  name: (identifier) @name
  return_type: (type_annotation (_) @returns)) @definition.function
(function_signature
  name: (identifier) @name
  return_type: (type_annotation (_) @returns)) @definition.function
(program
  [(lexical_declaration
     (variable_declarator
       name: (identifier) @name
       value: [(arrow_function return_type: (type_annotation (_) @returns))
               (function_expression return_type: (type_annotation (_) @returns))]) @definition.function)
   (export_statement
     declaration: (lexical_declaration
       (variable_declarator
         name: (identifier) @name
         value: [(arrow_function return_type: (type_annotation (_) @returns))
                 (function_expression return_type: (type_annotation (_) @returns))]) @definition.function))])

; ---- Anonymous functions: lexical scopes that are not symbols ------------------------------
(arrow_function) @scope
(function_expression) @scope

; =====================================================================
; References
; =====================================================================

; ---- Calls ----------------------------------------------------------------
; plain call `foo()` (require(...) is an import, not a call)
(call_expression
  function: (identifier) @name
  (#not-eq? @name "require")) @reference.call

; member call `obj.m()`, `this.m()`, `this.#p()`, `super.m()`, `this.repo.find()`, `a?.b()`
(call_expression
  function: (member_expression
    object: (_) @receiver
    property: [(property_identifier) (private_property_identifier)] @name)) @reference.call

; `super(...)`
(call_expression
  function: (super) @name) @reference.call

; a bare decorator (`sealed` or `ns.sealed` without arguments) calls the decorator function;
; with arguments the decorator holds an ordinary call_expression
(decorator
  (identifier) @name) @reference.call
(decorator
  (member_expression
    object: (_) @receiver
    property: (property_identifier) @name)) @reference.call

; ---- Instantiation --------------------------------------------------------
(new_expression
  constructor: (identifier) @name) @reference.instantiate
(new_expression
  constructor: (member_expression
    object: (_) @receiver
    property: (property_identifier) @name)) @reference.instantiate

; ---- Heritage -------------------------------------------------------------
; class A extends B / extends ns.B / extends B<T>
(extends_clause
  value: (identifier) @name) @reference.extends
(extends_clause
  value: (member_expression
    object: (_) @receiver
    property: (property_identifier) @name)) @reference.extends

; class A implements I, ns.J, K<T>
(implements_clause
  [(type_identifier) @name @reference.implements
   (nested_type_identifier
     module: (_) @receiver
     name: (type_identifier) @name) @reference.implements
   (generic_type
     name: [
       (type_identifier) @name
       (nested_type_identifier
         module: (_) @receiver
         name: (type_identifier) @name)]) @reference.implements])

; interface I extends J, ns.K, L<T>
(extends_type_clause
  type: [
    (type_identifier) @name @reference.extends
    (nested_type_identifier
      module: (_) @receiver
      name: (type_identifier) @name) @reference.extends
    (generic_type
      name: [
        (type_identifier) @name
        (nested_type_identifier
          module: (_) @receiver
          name: (type_identifier) @name)]) @reference.extends])

; ---- Type uses ------------------------------------------------------------
; A type (`T`, `ns.T`, `T<...>`, `ns.T<...>`) in any type position. Type arguments are
; reached through the type_arguments pattern, so `Map<K, V>` yields Map, K and V.
; Type positions: every parent that holds a type, except declarations' own names and the
; heritage clauses above.
([(type_annotation
    [(type_identifier) @name @reference.type
     (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
     (generic_type name: [(type_identifier) @name
                          (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (opting_type_annotation
    [(type_identifier) @name @reference.type
     (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
     (generic_type name: [(type_identifier) @name
                          (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (omitting_type_annotation
    [(type_identifier) @name @reference.type
     (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
     (generic_type name: [(type_identifier) @name
                          (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (adding_type_annotation
    [(type_identifier) @name @reference.type
     (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
     (generic_type name: [(type_identifier) @name
                          (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (type_arguments
    [(type_identifier) @name @reference.type
     (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
     (generic_type name: [(type_identifier) @name
                          (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (union_type
    [(type_identifier) @name @reference.type
     (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
     (generic_type name: [(type_identifier) @name
                          (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (intersection_type
    [(type_identifier) @name @reference.type
     (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
     (generic_type name: [(type_identifier) @name
                          (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (array_type
    [(type_identifier) @name @reference.type
     (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
     (generic_type name: [(type_identifier) @name
                          (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (tuple_type
    [(type_identifier) @name @reference.type
     (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
     (generic_type name: [(type_identifier) @name
                          (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (optional_type
    [(type_identifier) @name @reference.type
     (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
     (generic_type name: [(type_identifier) @name
                          (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (rest_type
    [(type_identifier) @name @reference.type
     (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
     (generic_type name: [(type_identifier) @name
                          (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (parenthesized_type
    [(type_identifier) @name @reference.type
     (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
     (generic_type name: [(type_identifier) @name
                          (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (readonly_type
    [(type_identifier) @name @reference.type
     (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
     (generic_type name: [(type_identifier) @name
                          (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (conditional_type
    [(type_identifier) @name @reference.type
     (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
     (generic_type name: [(type_identifier) @name
                          (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (lookup_type
    [(type_identifier) @name @reference.type
     (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
     (generic_type name: [(type_identifier) @name
                          (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (index_type_query
    [(type_identifier) @name @reference.type
     (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
     (generic_type name: [(type_identifier) @name
                          (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (constraint
    [(type_identifier) @name @reference.type
     (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
     (generic_type name: [(type_identifier) @name
                          (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (default_type
    [(type_identifier) @name @reference.type
     (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
     (generic_type name: [(type_identifier) @name
                          (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (template_type
    [(type_identifier) @name @reference.type
     (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
     (generic_type name: [(type_identifier) @name
                          (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (as_expression
    [(type_identifier) @name @reference.type
     (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
     (generic_type name: [(type_identifier) @name
                          (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (satisfies_expression
    [(type_identifier) @name @reference.type
     (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
     (generic_type name: [(type_identifier) @name
                          (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (infer_type
    [(nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
     (generic_type name: [(type_identifier) @name
                          (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (type_alias_declaration
    value: [(type_identifier) @name @reference.type
            (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
            (generic_type name: [(type_identifier) @name
                                 (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (function_type
    return_type: [(type_identifier) @name @reference.type
                  (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
                  (generic_type name: [(type_identifier) @name
                                       (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (constructor_type
    type: [(type_identifier) @name @reference.type
           (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
           (generic_type name: [(type_identifier) @name
                                (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (type_predicate
    type: [(type_identifier) @name @reference.type
           (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
           (generic_type name: [(type_identifier) @name
                                (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (mapped_type_clause
    type: [(type_identifier) @name @reference.type
           (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
           (generic_type name: [(type_identifier) @name
                                (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (mapped_type_clause
    alias: [(type_identifier) @name @reference.type
            (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
            (generic_type name: [(type_identifier) @name
                                 (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])
  (index_signature
    index_type: [(type_identifier) @name @reference.type
                 (nested_type_identifier module: (_) @receiver name: (type_identifier) @name) @reference.type
                 (generic_type name: [(type_identifier) @name
                                      (nested_type_identifier module: (_) @receiver name: (type_identifier) @name)]) @reference.type])])

; ---- Reads: functions and members passed as values ------------------------
; `arr.map(transform)`, `emitter.on("x", this.handle)`
(arguments
  (identifier) @name @reference.read)
(arguments
  (member_expression
    object: (this) @receiver
    property: [(property_identifier) (private_property_identifier)] @name) @reference.read)


; =====================================================================
; Imports and exports (one binding per match)
; =====================================================================

; import d from './x'
(import_statement
  (import_clause
    (identifier) @import.default)
  source: (string (string_fragment) @import.source))

; import {a, b as c} from './x'   /   import type {T} from './t'
(import_statement
  (import_clause
    (named_imports
      (import_specifier
        name: (_) @import.name
        alias: (_)? @import.alias)))
  source: (string (string_fragment) @import.source))

; import * as ns from './x'
(import_statement
  (import_clause
    (namespace_import
      (identifier) @import.namespace))
  source: (string (string_fragment) @import.source))

; import './side'
(import_statement
  .
  source: (string (string_fragment) @import.source))

; import fs = require('fs')
(import_statement
  (import_require_clause
    (identifier) @import.namespace
    source: (string (string_fragment) @import.source)))

; export {a, b as c} from './x'
(export_statement
  (export_clause
    (export_specifier
      name: (_) @import.name
      alias: (_)? @import.alias))
  source: (string (string_fragment) @import.source)) @reexport

; export * as ns from './x'
(export_statement
  (namespace_export
    (_) @import.namespace)
  source: (string (string_fragment) @import.source)) @reexport

; export * from './x'
(export_statement
  "*" @import.wildcard
  source: (string (string_fragment) @import.source)) @reexport

; export { a as b }  (no `from`)
(export_statement
  !source
  (export_clause
    (export_specifier
      name: (_) @export.name
      alias: (_)? @export.alias)))

; export default foo / export default class Foo / export default function foo
(export_statement
  "default"
  value: (identifier) @export.default)
(export_statement
  "default"
  declaration: [
    (class_declaration name: (type_identifier) @export.default)
    (abstract_class_declaration name: (type_identifier) @export.default)
    (function_declaration name: (identifier) @export.default)
    (generator_function_declaration name: (identifier) @export.default)
    (interface_declaration name: (type_identifier) @export.default)])

; export = Foo  (CommonJS-style export assignment)
(export_statement
  "="
  (identifier) @export.default)

;  CommonJS in TypeScript files: const x = require('./x') / const {a, b: c} = require('./x')
(variable_declarator
  name: (identifier) @import.namespace
  value: (call_expression
    function: (identifier) @_req
    arguments: (arguments . (string (string_fragment) @import.source) .))
  (#eq? @_req "require"))
(variable_declarator
  name: (object_pattern
    [(shorthand_property_identifier_pattern) @import.name
     (pair_pattern
       key: (property_identifier) @import.name
       value: (identifier) @import.alias)
     (object_assignment_pattern
       left: (shorthand_property_identifier_pattern) @import.name)])
  value: (call_expression
    function: (identifier) @_req
    arguments: (arguments . (string (string_fragment) @import.source) .))
  (#eq? @_req "require"))

; =====================================================================
; Type bindings (light receiver typing)
; =====================================================================

; const x = new Foo() / new ns.Foo()
(variable_declarator
  name: (identifier) @binding.variable
  value: (new_expression
    constructor: [(identifier) @binding.type
                  (member_expression property: (property_identifier) @binding.type)]))

; const x: Foo = ... / let x: Foo<T>
(variable_declarator
  name: (identifier) @binding.variable
  type: (type_annotation
    [(type_identifier) @binding.type
     (nested_type_identifier name: (type_identifier) @binding.type)
     (generic_type name: [(type_identifier) @binding.type
                          (nested_type_identifier name: (type_identifier) @binding.type)])]))

; this.repo = new Repo() / x = new Foo()
(assignment_expression
  left: [(identifier) (member_expression object: (this))] @binding.variable
  right: (new_expression
    constructor: [(identifier) @binding.type
                  (member_expression property: (property_identifier) @binding.type)]))

; typed parameters `c: Context`, `o?: Options`, parameter properties `private repo: Repo`
([(required_parameter
    pattern: (identifier) @binding.variable
    type: (type_annotation
      [(type_identifier) @binding.type
       (nested_type_identifier name: (type_identifier) @binding.type)
       (generic_type name: [(type_identifier) @binding.type
                            (nested_type_identifier name: (type_identifier) @binding.type)])]))
  (optional_parameter
    pattern: (identifier) @binding.variable
    type: (type_annotation
      [(type_identifier) @binding.type
       (nested_type_identifier name: (type_identifier) @binding.type)
       (generic_type name: [(type_identifier) @binding.type
                            (nested_type_identifier name: (type_identifier) @binding.type)])]))])

; class fields `repo: Repo` / `repo = new Repo()`
(public_field_definition
  name: [(property_identifier) (private_property_identifier)] @binding.variable
  type: (type_annotation
    [(type_identifier) @binding.type
     (nested_type_identifier name: (type_identifier) @binding.type)
     (generic_type name: [(type_identifier) @binding.type
                          (nested_type_identifier name: (type_identifier) @binding.type)])]))
(public_field_definition
  name: [(property_identifier) (private_property_identifier)] @binding.variable
  !type
  value: (new_expression
    constructor: [(identifier) @binding.type
                  (member_expression property: (property_identifier) @binding.type)]))

; ---------------------------------------------------------------------------
; Framework routes (docs/queries.md): NestJS controllers (Express-style registrations are in
; ecmascript.scm, shared with JavaScript)
; ---------------------------------------------------------------------------
; The route is the method decorator (Get(':id'), Post()...), a sibling before the method in the
; class body (other decorators and comments may sit in between); the class decorator
; Controller('users') is the prefix. A controller with a prefix also matches the prefix-less
; pattern: the match with the most captures wins.
; >>> generated by scripts/query-generators/typescript_routes.py: edit it, then run regenerate.py
; Get(':id') / Post('x') under Controller('users')
((export_statement
  decorator: (decorator
      (call_expression
        function: (identifier) @_controller
        arguments: (arguments . (string) @route.prefix)))
  declaration: (class_declaration
    body: (class_body
      (decorator
        (call_expression
          function: (identifier) @route.method
          arguments: (arguments . (string) @route.path))) @route
      .
      [(decorator) (comment)]*
      .
      (method_definition
        name: [(property_identifier) (private_property_identifier)] @route.handler))))
 (#eq? @_controller "Controller")
 (#any-of? @route.method "Get" "Post" "Put" "Delete" "Patch" "Options" "Head" "All"))
((class_declaration
  decorator: (decorator
      (call_expression
        function: (identifier) @_controller
        arguments: (arguments . (string) @route.prefix)))
  body: (class_body
      (decorator
        (call_expression
          function: (identifier) @route.method
          arguments: (arguments . (string) @route.path))) @route
      .
      [(decorator) (comment)]*
      .
      (method_definition
        name: [(property_identifier) (private_property_identifier)] @route.handler)))
 (#eq? @_controller "Controller")
 (#any-of? @route.method "Get" "Post" "Put" "Delete" "Patch" "Options" "Head" "All"))
((export_statement
  decorator: (decorator
      (call_expression
        function: (identifier) @_controller
        arguments: (arguments . (string) @route.prefix)))
  declaration: (abstract_class_declaration
    body: (class_body
      (decorator
        (call_expression
          function: (identifier) @route.method
          arguments: (arguments . (string) @route.path))) @route
      .
      [(decorator) (comment)]*
      .
      (method_definition
        name: [(property_identifier) (private_property_identifier)] @route.handler))))
 (#eq? @_controller "Controller")
 (#any-of? @route.method "Get" "Post" "Put" "Delete" "Patch" "Options" "Head" "All"))

; Get() with no path: the controller prefix is the whole path
((export_statement
  decorator: (decorator
      (call_expression
        function: (identifier) @_controller
        arguments: (arguments . (string) @route.path)))
  declaration: (class_declaration
    body: (class_body
      (decorator
        (call_expression
          function: (identifier) @route.method
          arguments: (arguments) @_noArguments)) @route
      .
      [(decorator) (comment)]*
      .
      (method_definition
        name: [(property_identifier) (private_property_identifier)] @route.handler))))
 (#eq? @_controller "Controller")
 (#any-of? @route.method "Get" "Post" "Put" "Delete" "Patch" "Options" "Head" "All")
 (#eq? @_noArguments "()"))
((class_declaration
  decorator: (decorator
      (call_expression
        function: (identifier) @_controller
        arguments: (arguments . (string) @route.path)))
  body: (class_body
      (decorator
        (call_expression
          function: (identifier) @route.method
          arguments: (arguments) @_noArguments)) @route
      .
      [(decorator) (comment)]*
      .
      (method_definition
        name: [(property_identifier) (private_property_identifier)] @route.handler)))
 (#eq? @_controller "Controller")
 (#any-of? @route.method "Get" "Post" "Put" "Delete" "Patch" "Options" "Head" "All")
 (#eq? @_noArguments "()"))
((export_statement
  decorator: (decorator
      (call_expression
        function: (identifier) @_controller
        arguments: (arguments . (string) @route.path)))
  declaration: (abstract_class_declaration
    body: (class_body
      (decorator
        (call_expression
          function: (identifier) @route.method
          arguments: (arguments) @_noArguments)) @route
      .
      [(decorator) (comment)]*
      .
      (method_definition
        name: [(property_identifier) (private_property_identifier)] @route.handler))))
 (#eq? @_controller "Controller")
 (#any-of? @route.method "Get" "Post" "Put" "Delete" "Patch" "Options" "Head" "All")
 (#eq? @_noArguments "()"))

; Get(':id') in a controller without a prefix (Controller())
((export_statement
  decorator: (decorator
      (call_expression
        function: (identifier) @_controller))
  declaration: (class_declaration
    body: (class_body
      (decorator
        (call_expression
          function: (identifier) @route.method
          arguments: (arguments . (string) @route.path))) @route
      .
      [(decorator) (comment)]*
      .
      (method_definition
        name: [(property_identifier) (private_property_identifier)] @route.handler))))
 (#eq? @_controller "Controller")
 (#any-of? @route.method "Get" "Post" "Put" "Delete" "Patch" "Options" "Head" "All"))
((class_declaration
  decorator: (decorator
      (call_expression
        function: (identifier) @_controller))
  body: (class_body
      (decorator
        (call_expression
          function: (identifier) @route.method
          arguments: (arguments . (string) @route.path))) @route
      .
      [(decorator) (comment)]*
      .
      (method_definition
        name: [(property_identifier) (private_property_identifier)] @route.handler)))
 (#eq? @_controller "Controller")
 (#any-of? @route.method "Get" "Post" "Put" "Delete" "Patch" "Options" "Head" "All"))
((export_statement
  decorator: (decorator
      (call_expression
        function: (identifier) @_controller))
  declaration: (abstract_class_declaration
    body: (class_body
      (decorator
        (call_expression
          function: (identifier) @route.method
          arguments: (arguments . (string) @route.path))) @route
      .
      [(decorator) (comment)]*
      .
      (method_definition
        name: [(property_identifier) (private_property_identifier)] @route.handler))))
 (#eq? @_controller "Controller")
 (#any-of? @route.method "Get" "Post" "Put" "Delete" "Patch" "Options" "Head" "All"))
; <<< end of generated section

