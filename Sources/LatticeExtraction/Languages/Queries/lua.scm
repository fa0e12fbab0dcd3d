; Lua queries for Lattice (breadth: definitions, calls, imports, blind spots).
; Capture vocabulary: docs/queries.md.
; Conventions (Lua has no classes or declared modules; a module is a table a file returns):
;   - Every function is a `function` symbol named by its last segment: `function M.fmt()`,
;     `function Store:add()` and `M.g = function() end` define `fmt`, `add`, `g` at the file's top
;     level (no owner table: `M` is a runtime value, not a declaration). So `util.fmt()` through
;     `local util = require("app.util")` binds to app/util.lua's `fmt`.
;   - `local function f()`, global `function f()` and top-level `local f = function() end` are
;     functions; nested ones are `outer.inner`.
;   - Tables and variables are not symbols. Calls keep their receiver (`M.f()` → receiver `M`,
;     `obj:m()` → receiver `obj`): a receiver that is a local table is untyped, so such calls
;     stay unresolved (documented in Tests/Fixtures/lua/NOTES.md).

; ---------------------------------------------------------------------------
; Definitions
; ---------------------------------------------------------------------------

; function M.f() / function a.b.f()
(function_declaration
  name: (dot_index_expression
    field: (identifier) @name)) @definition.function

; function M:m()
(function_declaration
  name: (method_index_expression
    method: (identifier) @name)) @definition.function

; function f()  /  local function f()
(function_declaration
  name: (identifier) @name) @definition.function

; top-level `local f = function() end` / `f = function() end` / `M.f = function() end`
(chunk
  (variable_declaration
    (assignment_statement
      (variable_list
        .
        name: (identifier) @name)
      (expression_list
        .
        value: (function_definition)))) @definition.function)
(chunk
  (assignment_statement
    (variable_list
      .
      name: [
        (identifier) @name
        (dot_index_expression field: (identifier) @name)
      ])
    (expression_list
      .
      value: (function_definition))) @definition.function)

; ---------------------------------------------------------------------------
; References
; ---------------------------------------------------------------------------

; f(...)  /  f "str"  /  f {table}
(function_call
  name: (identifier) @name
  (#not-any-of? @name "require" "load" "loadstring" "dofile" "loadfile" "pcall" "xpcall" "setmetatable" "getmetatable" "print" "error" "assert" "type" "tostring" "tonumber" "pairs" "ipairs" "select" "rawget" "rawset")) @reference.call

; M.f()  /  a.b.f()
(function_call
  name: (dot_index_expression
    table: (_) @receiver
    field: (identifier) @name)) @reference.call

; obj:m()
(function_call
  name: (method_index_expression
    table: (_) @receiver
    method: (identifier) @name)) @reference.call

; ---------------------------------------------------------------------------
; Imports
; ---------------------------------------------------------------------------

; local util = require("app.util")  /  local json = require "json"
(variable_declaration
  (assignment_statement
    (variable_list
      .
      name: (identifier) @import.namespace)
    (expression_list
      .
      value: (function_call
        name: (identifier) @_require
        arguments: (arguments
          .
          (string) @import.source))))
  (#eq? @_require "require"))

; util = require("app.util")  (global; a direct statement, not the inside of a `local`)
(chunk
  (assignment_statement
    (variable_list
      .
      name: (identifier) @import.namespace)
    (expression_list
      .
      value: (function_call
        name: (identifier) @_require
        arguments: (arguments
          .
          (string) @import.source))))
  (#eq? @_require "require"))
(block
  (assignment_statement
    (variable_list
      .
      name: (identifier) @import.namespace)
    (expression_list
      .
      value: (function_call
        name: (identifier) @_require
        arguments: (arguments
          .
          (string) @import.source))))
  (#eq? @_require "require"))

; require("app.setup")  as a statement (side effect)
(chunk
  (function_call
    name: (identifier) @_require
    arguments: (arguments
      .
      (string) @import.source))
  (#eq? @_require "require"))
(block
  (function_call
    name: (identifier) @_require
    arguments: (arguments
      .
      (string) @import.source))
  (#eq? @_require "require"))

; ---------------------------------------------------------------------------
; Blind spots
; ---------------------------------------------------------------------------

; require(name) with a computed module name
(function_call
  name: (identifier) @_require
  arguments: (arguments
    .
    [(identifier) (binary_expression) (function_call) (dot_index_expression)])
  (#eq? @_require "require")) @blindspot.dynamic_import

; load("return 1") / loadstring(s) / dofile(path) / loadfile(path)
(function_call
  name: (identifier) @_eval
  (#any-of? @_eval "load" "loadstring" "dofile" "loadfile")) @blindspot.eval

; obj[name](...)  /  _G[name](...)  (a function chosen by a computed key)
(function_call
  name: (bracket_index_expression)) @blindspot.reflection
