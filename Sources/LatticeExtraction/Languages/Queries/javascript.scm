; Lattice query for JavaScript (.js .mjs .cjs .jsx), `javascript` grammar (JSX included).
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

; Class fields initialised with a function: methods (before the general field pattern)
(field_definition
  property: [(property_identifier) (private_property_identifier)] @name
  value: [(arrow_function) (function_expression) (generator_function)]) @definition.method

; Class fields
(field_definition
  property: [(property_identifier) (private_property_identifier)] @name) @definition.property

; ---- Classes --------------------------------------------------------------
(class_declaration
  name: (identifier) @name) @definition.class

; ---- Functions (any depth: nested functions are outer.inner) --------------
(function_declaration
  name: (identifier) @name) @definition.function
(generator_function_declaration
  name: (identifier) @name) @definition.function

; ---- Top-level variables (program level or exported at program level) -----
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

; CommonJS `exports.f = function ...` / `module.exports.f = () => ...`
(program
  (expression_statement
    (assignment_expression
      left: (member_expression
        object: [(identifier) @_exports
                 (member_expression object: (identifier) property: (property_identifier) @_exports)]
        property: (property_identifier) @name)
      right: [(arrow_function) (function_expression) (generator_function)]) @definition.function)
  (#eq? @_exports "exports"))

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

; Top-level `let` / `var`: variables (`var x = require(...)` is an import)
(program
  [(lexical_declaration
     kind: "let"
     (variable_declarator
       name: (identifier) @name
       !value) @definition.variable)
   (variable_declaration
     (variable_declarator
       name: (identifier) @name
       !value) @definition.variable)
   (export_statement
     declaration: [
       (lexical_declaration
         kind: "let"
         (variable_declarator
           name: (identifier) @name
           !value) @definition.variable)
       (variable_declaration
         (variable_declarator
           name: (identifier) @name
           !value) @definition.variable)])])
(program
  [(lexical_declaration
     kind: "let"
     (variable_declarator
       name: (identifier) @name
       value: (_) @_value) @definition.variable)
   (variable_declaration
     (variable_declarator
       name: (identifier) @name
       value: (_) @_value) @definition.variable)
   (export_statement
     declaration: [
       (lexical_declaration
         kind: "let"
         (variable_declarator
           name: (identifier) @name
           value: (_) @_value) @definition.variable)
       (variable_declaration
         (variable_declarator
           name: (identifier) @name
           value: (_) @_value) @definition.variable)])]
  (#not-match? @_value "^require\\s*\\("))

; ---- Decorators -----------------------------------------------------------
(class_declaration
  decorator: (decorator) @decorator
  name: (identifier) @name) @definition.class
(export_statement
  decorator: (decorator) @decorator
  declaration: (class_declaration name: (identifier) @name) @definition.class)
(method_definition
  decorator: (decorator) @decorator
  name: [(property_identifier) (private_property_identifier)] @name) @definition.method
(field_definition
  decorator: (decorator) @decorator
  property: [(property_identifier) (private_property_identifier)] @name) @definition.property

; ---- Doc comments (/** ... */ immediately before the definition) ----------
((comment) @doc
  .
  [(class_declaration name: (identifier) @name) @definition.class
   (function_declaration name: (identifier) @name) @definition.function
   (generator_function_declaration name: (identifier) @name) @definition.function]
  (#match? @doc "^/\\*\\*"))

((comment) @doc
  .
  (export_statement
    declaration: [
      (class_declaration name: (identifier) @name) @definition.class
      (function_declaration name: (identifier) @name) @definition.function
      (generator_function_declaration name: (identifier) @name) @definition.function])
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

(class_body
  (comment) @doc
  .
  [(method_definition name: [(property_identifier) (private_property_identifier)] @name) @definition.method
   (field_definition property: [(property_identifier) (private_property_identifier)] @name) @definition.property]
  (#match? @doc "^/\\*\\*"))

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

; JSX components `<Greeting />`, `<ui.Button>` (lower-case names are DOM elements)
(jsx_opening_element
  name: (identifier) @name
  (#match? @name "^[A-Z]")) @reference.call
(jsx_self_closing_element
  name: (identifier) @name
  (#match? @name "^[A-Z]")) @reference.call
(jsx_opening_element
  name: (member_expression
    object: (_) @receiver
    property: (property_identifier) @name)) @reference.call
(jsx_self_closing_element
  name: (member_expression
    object: (_) @receiver
    property: (property_identifier) @name)) @reference.call

; ---- Instantiation --------------------------------------------------------
(new_expression
  constructor: (identifier) @name) @reference.instantiate
(new_expression
  constructor: (member_expression
    object: (_) @receiver
    property: (property_identifier) @name)) @reference.instantiate

; ---- Heritage: class A extends B / extends ns.B ----------------------------
(class_heritage
  (identifier) @name @reference.extends)
(class_heritage
  (member_expression
    object: (_) @receiver
    property: (property_identifier) @name) @reference.extends)

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

; import {a, b as c} from './x'
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
    (class_declaration name: (identifier) @export.default)
    (function_declaration name: (identifier) @export.default)
    (generator_function_declaration name: (identifier) @export.default)])

; ---- CommonJS ---------------------------------------------------------------
; const x = require('./x')
(variable_declarator
  name: (identifier) @import.namespace
  value: (call_expression
    function: (identifier) @_req
    arguments: (arguments . (string (string_fragment) @import.source) .))
  (#eq? @_req "require"))

; const {a, b: c} = require('./x')
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

; require('./side') as a statement
(expression_statement
  (call_expression
    function: (identifier) @_req
    arguments: (arguments . (string (string_fragment) @import.source) .))
  (#eq? @_req "require"))

; module.exports = foo  (the module's default export)
(assignment_expression
  left: (member_expression
    object: (identifier) @_module
    property: (property_identifier) @_exports)
  right: (identifier) @export.default
  (#eq? @_module "module")
  (#eq? @_exports "exports"))

; module.exports = { a, b: c }: the object is the module's default export (`import u from './u.cjs'`)
(assignment_expression
  left: (member_expression
    object: (identifier) @_module
    property: (property_identifier) @_exports)
  right: (object) @export.object
  (#eq? @_module "module")
  (#eq? @_exports "exports"))
(assignment_expression
  left: (member_expression
    object: (identifier) @_module
    property: (property_identifier) @_exports)
  right: (object
    [(shorthand_property_identifier) @export.name
     (pair
       key: (property_identifier) @export.alias
       value: (identifier) @export.name)])
  (#eq? @_module "module")
  (#eq? @_exports "exports"))

; exports.f = function ... / module.exports.f = () => ...  (the definition `f` is exported as `f`)
(assignment_expression
  left: (member_expression
    object: [(identifier) @_exports
             (member_expression object: (identifier) property: (property_identifier) @_exports)]
    property: (property_identifier) @export.name)
  right: [(arrow_function) (function_expression) (generator_function)]
  (#eq? @_exports "exports"))

; exports.a = b / module.exports.a = b
(assignment_expression
  left: (member_expression
    object: [(identifier) @_exports
             (member_expression object: (identifier) property: (property_identifier) @_exports)]
    property: (property_identifier) @export.alias)
  right: (identifier) @export.name
  (#eq? @_exports "exports"))

; =====================================================================
; Type bindings (light receiver typing)
; =====================================================================

; const x = new Foo() / new ns.Foo()
(variable_declarator
  name: (identifier) @binding.variable
  value: (new_expression
    constructor: [(identifier) @binding.type
                  (member_expression property: (property_identifier) @binding.type)]))

; this.repo = new Repo() / x = new Foo()
(assignment_expression
  left: [(identifier) (member_expression object: (this))] @binding.variable
  right: (new_expression
    constructor: [(identifier) @binding.type
                  (member_expression property: (property_identifier) @binding.type)]))

; class fields `repo = new Repo()`
(field_definition
  property: [(property_identifier) (private_property_identifier)] @binding.variable
  value: (new_expression
    constructor: [(identifier) @binding.type
                  (member_expression property: (property_identifier) @binding.type)]))
