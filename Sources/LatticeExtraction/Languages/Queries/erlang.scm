; Erlang queries for Lattice. Capture vocabulary: docs/queries.md.
; Order matters for definitions: the first pattern that captures a node decides its kind.
; Mapping: the file with `-module(m).` -> module `m` whose span is the whole file, so its
; functions are `m.f` and a remote call `m:f(X)` (receiver `m`) reaches them; functions ->
; function; `-record(r, {...})` -> class with fields as property; `-define(M, ...)` -> macro.
; One symbol per function: this grammar makes each clause (`f(0) -> ...;`) its own `fun_decl`, ended
; by `;` when another clause of the same function follows and by `.` at the end of the function.
; A function's node is its FIRST clause: the nearest non-comment form before it is not a clause
; ended by `;`. Clauses after the first are not symbols (calls written in them are attributed to
; the module). `-type`s are not symbols: their uses (`shape()`) have the syntax of calls.

; ---------------------------------------------------------------------------
; Definitions
; ---------------------------------------------------------------------------

(source_file
  (module_attribute
    name: (atom) @name)) @definition.module

(record_decl
  name: (atom) @name) @definition.class

(record_decl
  fields: (record_field
    name: (atom) @name) @definition.property)

(pp_define
  lhs: (macro_lhs
    name: (_) @name)) @definition.macro

; first clauses (comments between forms are skipped)
(source_file
  .
  (comment)* @_comment
  .
  (fun_decl
    clause: (function_clause
      name: (atom) @name)) @definition.function)

(source_file
  (fun_decl
    "." @_end) @_previous
  .
  (comment)* @_comment
  .
  (fun_decl
    clause: (function_clause
      name: (atom) @name)) @definition.function)

(source_file
  [(module_attribute) (behaviour_attribute) (callback) (compile_options_attribute) (deprecated_attribute) (export_attribute) (export_type_attribute) (feature_attribute) (file_attribute) (import_attribute) (nominal) (opaque) (optional_callbacks_attribute) (record_decl) (shebang) (spec) (ssr_definition) (type_alias) (wild_attribute) (pp_include) (pp_include_lib) (pp_define) (pp_undef) (pp_ifdef) (pp_ifndef) (pp_else) (pp_endif) (pp_if) (pp_elif)] @_previous
  .
  (comment)* @_comment
  .
  (fun_decl
    clause: (function_clause
      name: (atom) @name)) @definition.function)

; doc: the `%%` comment line right before a function or before its -spec (a trailing `%` comment
; after the previous form is not a doc)
(source_file
  [(fun_decl "." @_end) [(module_attribute) (behaviour_attribute) (callback) (compile_options_attribute) (deprecated_attribute) (export_attribute) (export_type_attribute) (feature_attribute) (file_attribute) (import_attribute) (nominal) (opaque) (optional_callbacks_attribute) (record_decl) (shebang) (spec) (ssr_definition) (type_alias) (wild_attribute) (pp_include) (pp_include_lib) (pp_define) (pp_undef) (pp_ifdef) (pp_ifndef) (pp_else) (pp_endif) (pp_if) (pp_elif)] ] @_previous
  .
  (comment)* @_comment
  .
  (comment) @doc
  .
  (fun_decl
    clause: (function_clause
      name: (atom) @name)) @definition.function
  (#match? @doc "^%%"))

(source_file
  (comment) @doc
  .
  (spec)
  .
  (comment)* @_comment
  .
  (fun_decl
    clause: (function_clause
      name: (atom) @name)) @definition.function
  (#match? @doc "^%%"))

; ---------------------------------------------------------------------------
; References
; ---------------------------------------------------------------------------

; f(X): a local call (or a call of a -import'ed function)
(call
  expr: (atom) @name) @reference.call

; m:f(X)
(call
  expr: (remote
    module: (remote_module
      module: (atom) @receiver)
    fun: (atom) @name)) @reference.call

; fun f/1, fun m:f/1: functions passed as values
(internal_fun
  fun: (atom) @name @reference.read)

(external_fun
  module: (module
    (atom) @receiver)
  fun: (atom) @name @reference.read)

; #r{...}: building a record. The same syntax is a pattern in clause heads and on the left of `=`,
; so only expression positions count: a body expression, the right of `=`, a call argument.
(clause_body
  (record_expr
    name: (record_name
      name: (atom) @name)) @reference.instantiate)

(match_expr
  rhs: (record_expr
    name: (record_name
      name: (atom) @name)) @reference.instantiate)

(call
  args: (expr_args
    (record_expr
      name: (record_name
        name: (atom) @name)) @reference.instantiate))

; -behaviour(gen_server).
(behaviour_attribute
  name: (atom) @name) @reference.implements

; ---------------------------------------------------------------------------
; Imports (one binding per match)
; ---------------------------------------------------------------------------

; -import(lists, [map/2]).
(import_attribute
  module: (atom) @import.source
  funs: (fa
    fun: (atom) @import.name))

; -include("x.hrl"). / -include_lib("app/include/x.hrl").
(pp_include
  file: (string) @import.source)

(pp_include_lib
  file: (string) @import.source)

; ---------------------------------------------------------------------------
; Blind spots
; ---------------------------------------------------------------------------

; Mod:f(X) / M:F(X): module or function chosen at run time
(call
  expr: (remote
    module: (remote_module
      module: (var)))) @blindspot.reflection

(call
  expr: (remote
    fun: (var))) @blindspot.reflection

; apply(M, F, Args) / erlang:apply(M, F, Args)
(call
  expr: (atom) @_apply
  (#eq? @_apply "apply")) @blindspot.reflection

(call
  expr: (remote
    module: (remote_module
      module: (atom) @_erlang)
    fun: (atom) @_apply)
  (#eq? @_erlang "erlang")
  (#eq? @_apply "apply")) @blindspot.reflection
