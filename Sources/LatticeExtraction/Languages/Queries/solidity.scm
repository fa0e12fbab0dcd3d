; Solidity queries for Lattice. Capture vocabulary: docs/queries.md.
; Order matters for definitions: the first pattern that captures a node decides its kind.
; Mapping: contract / abstract contract -> class; interface -> interface; library -> module
; (`Lib.f()` reaches its functions through the library name); functions in a contract, interface
; or library -> method, free functions -> function; `constructor` -> constructor named
; `constructor`; modifiers -> method (a modifier use is a call); state variables and struct members
; -> property; structs -> class; enums -> enum with enum_member values. Events and errors are not
; symbols. `is A, B` is always extends (the language has one keyword for bases and interfaces).

; ---------------------------------------------------------------------------
; Definitions
; ---------------------------------------------------------------------------

(contract_declaration
  name: (identifier) @name) @definition.class

(interface_declaration
  name: (identifier) @name) @definition.interface

(library_declaration
  name: (identifier) @name) @definition.module

(constructor_definition
  "constructor" @name) @definition.constructor

(contract_body
  (function_definition
    name: (identifier) @name) @definition.method)

(contract_body
  (modifier_definition
    name: (identifier) @name) @definition.method)

(function_definition
  name: (identifier) @name) @definition.function

(state_variable_declaration
  name: (identifier) @name) @definition.property

(struct_declaration
  name: (identifier) @name) @definition.class

(struct_member
  name: (identifier) @name) @definition.property

(enum_declaration
  name: (identifier) @name) @definition.enum

(enum_value) @name @definition.enum_member

; return types: `returns (T)` with one value (only adds @returns to definitions captured above)
(contract_body
  (function_definition
    name: (identifier) @name
    return_type: (return_type_definition
      .
      (parameter
        type: (type_name) @returns) .)) @definition.method)

(function_definition
  name: (identifier) @name
  return_type: (return_type_definition
    .
    (parameter
      type: (type_name) @returns) .)) @definition.function

; NatSpec comments (`///`, `/** */`) right before a definition
((comment) @doc
  .
  [(contract_declaration name: (identifier) @name)
   (interface_declaration name: (identifier) @name)] @definition.class
  (#match? @doc "^(///|/\\*\\*)"))

((comment) @doc
  .
  (function_definition
    name: (identifier) @name) @definition.method
  (#match? @doc "^(///|/\\*\\*)"))

; ---------------------------------------------------------------------------
; References
; ---------------------------------------------------------------------------

; f(x)  (a call of a contract name, `Token(addr)`, is a conversion: the resolver binds it to the type)
(call_expression
  function: (expression
    (identifier) @name)) @reference.call

; x.f(), this.f(), Lib.f(), a.b.f()
(call_expression
  function: (expression
    (member_expression
      object: (_) @receiver
      property: (identifier) @name))) @reference.call

; new Foo(...)
(new_expression
  name: (type_name
    (user_defined_type
      (identifier) @name))) @reference.instantiate

; modifiers applied to a function: `onlyOwner`, `onlyPositive(r)` (base constructor calls in a
; constructor header, `Ownable(msg.sender)`, are not modifier uses: they start with a capital)
(modifier_invocation
  (identifier) @name
  (#match? @name "^[a-z_]")) @reference.call

; contract C is A, B / interface I is J
(inheritance_specifier
  ancestor: (user_defined_type
    (identifier) @name .)) @reference.extends

; type uses: parameters, variables, state variables, return types
(type_name
  (user_defined_type
    (identifier) @name .) @reference.type)

; ---------------------------------------------------------------------------
; Imports (one binding per match)
; ---------------------------------------------------------------------------

; import "./X.sol";  (every global name of X)
(import_directive
  .
  source: (string) @import.source .)

; import {A, B as C} from "./X.sol";
(import_directive
  import_name: (identifier) @import.name
  .
  [import_name: (identifier) source: (string)]
  source: (string) @import.source)

(import_directive
  import_name: (identifier) @import.name
  .
  alias: (identifier) @import.alias
  source: (string) @import.source)

; import * as X from "./X.sol";  /  import "./X.sol" as X;
(import_directive
  "*"
  alias: (identifier) @import.namespace
  source: (string) @import.source)

(import_directive
  .
  source: (string) @import.source
  alias: (identifier) @import.namespace)

; ---------------------------------------------------------------------------
; Type bindings (light receiver typing)
; ---------------------------------------------------------------------------

; Foo x = ...;  /  Foo x = new Foo();
(variable_declaration
  type: (type_name
    (user_defined_type
      (identifier) @binding.type .))
  name: (identifier) @binding.variable)

; function f(Foo x)
(parameter
  type: (type_name
    (user_defined_type
      (identifier) @binding.type .))
  name: (identifier) @binding.variable)

; Foo public x;  (state variables, visible in every function of the contract)
(state_variable_declaration
  type: (type_name
    (user_defined_type
      (identifier) @binding.type .))
  name: (identifier) @binding.variable)

; ---------------------------------------------------------------------------
; Blind spots
; ---------------------------------------------------------------------------

; addr.call(data) / addr.delegatecall(data) / addr.staticcall(data): the callee is chosen at run time
(call_expression
  function: (expression
    (member_expression
      property: (identifier) @_low
      (#any-of? @_low "call" "delegatecall" "staticcall")))) @blindspot.reflection

(call_expression
  function: (expression
    (struct_expression
      type: (expression
        (member_expression
          property: (identifier) @_low))
      (#any-of? @_low "call" "delegatecall" "staticcall")))) @blindspot.reflection
