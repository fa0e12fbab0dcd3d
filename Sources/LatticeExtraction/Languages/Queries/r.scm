; R queries for Lattice. Capture vocabulary: docs/queries.md.
; Order matters for definitions: the first pattern that captures a node decides its kind,
; so R6 / Reference-class methods come before plain functions.
;
; R has no function statement: a function is a `function_definition` assigned to a name
; (`f <- function(x) ...`, `f = function()`, `f <<- function()`). The definition node is the
; assignment, so nested functions are qualified by nesting (`outer.inner`). Every project file
; shares one global namespace (the engine's package for R is the whole project).

; ---------------------------------------------------------------------------
; Definitions
; ---------------------------------------------------------------------------

; ---- Classes: Person <- setRefClass("Person", ...)  /  Account <- R6::R6Class("Account", ...) ----
(binary_operator
  lhs: (identifier) @name
  operator: ["<-" "=" "<<-"]
  rhs: (call
    function: [(identifier) (namespace_operator rhs: (identifier))] @_constructor)
  (#match? @_constructor "(^|:)(R6Class|setRefClass)$")) @definition.class

; ---- Constructors: `initialize = function(...)` in an R6 public list / setRefClass methods ----
(call
  function: [(identifier) (namespace_operator rhs: (identifier))] @_constructor
  arguments: (arguments
    argument: (argument
      name: (identifier) @_section
      value: (call
        function: (identifier) @_list
        arguments: (arguments
          argument: (argument
            name: (identifier) @name
            value: (function_definition)) @definition.constructor))))
  (#match? @_constructor "(^|:)(R6Class|setRefClass)$")
  (#match? @_section "^(public|methods)$")
  (#eq? @_list "list")
  (#eq? @name "initialize"))

; ---- Methods: `greet = function() ...` in the public/private/active list of R6Class or the
; methods list of setRefClass (qualified by the class assignment: Account.deposit)
(call
  function: [(identifier) (namespace_operator rhs: (identifier))] @_constructor
  arguments: (arguments
    argument: (argument
      name: (identifier) @_section
      value: (call
        function: (identifier) @_list
        arguments: (arguments
          argument: (argument
            name: (identifier) @name
            value: (function_definition)) @definition.method))))
  (#match? @_constructor "(^|:)(R6Class|setRefClass)$")
  (#match? @_section "^(public|private|active|methods)$")
  (#eq? @_list "list"))

; fields of R6 classes: `total = 0` in public/private lists, `fields = list(name = "character")`
(call
  function: [(identifier) (namespace_operator rhs: (identifier))] @_constructor
  arguments: (arguments
    argument: (argument
      name: (identifier) @_section
      value: (call
        function: (identifier) @_list
        arguments: (arguments
          argument: (argument
            name: (identifier) @name
            value: (_) @_value) @definition.property))))
  (#match? @_constructor "(^|:)(R6Class|setRefClass)$")
  (#match? @_section "^(public|private|fields)$")
  (#eq? @_list "list")
  (#not-match? @_value "^function"))

; ---- Functions -------------------------------------------------------------------
; add <- function(x) ...  /  add = function(x) ...  /  add <<- function(x) ...
(binary_operator
  lhs: (identifier) @name
  operator: ["<-" "=" "<<-"]
  rhs: (function_definition)) @definition.function

; function(x) ... -> add
(binary_operator
  lhs: (function_definition)
  operator: "->"
  rhs: (identifier) @name) @definition.function

; ---- Docs: roxygen comments (#') right above a function ------------------------
((comment)+ @doc
  .
  (binary_operator
    lhs: (identifier) @name
    operator: ["<-" "=" "<<-"]
    rhs: (function_definition)) @definition.function
  (#match? @doc "^#'"))

((comment)+ @doc
  .
  (binary_operator
    lhs: (identifier) @name
    operator: ["<-" "=" "<<-"]
    rhs: (call
      function: [(identifier) (namespace_operator rhs: (identifier))] @_constructor)) @definition.class
  (#match? @doc "^#'")
  (#match? @_constructor "(^|:)(R6Class|setRefClass)$"))

; ---------------------------------------------------------------------------
; References
; ---------------------------------------------------------------------------

; add(1, 2)
(call
  function: (identifier) @name) @reference.call

; stats::median(x)  /  pkg:::internal(x)   (the package is the receiver)
(call
  function: (namespace_operator
    lhs: (identifier) @receiver
    rhs: (identifier) @name)) @reference.call

; account$deposit(10)  /  self$log("x")   (`Class$new()` is an instantiation, below)
(call
  function: (extract_operator
    lhs: (_) @receiver
    operator: "$"
    rhs: (identifier) @name)
  (#not-eq? @name "new")) @reference.call

; Account$new(...)  /  pkg::Account$new(...)
(call
  function: (extract_operator
    lhs: (identifier) @name
    operator: "$"
    rhs: (identifier) @_new)
  (#eq? @_new "new")) @reference.instantiate

; functions passed by name to the apply family: sapply(xs, normalize)  /  Map(f = add, ...)
(call
  function: [(identifier) (namespace_operator rhs: (identifier))] @_apply
  arguments: (arguments
    argument: (argument
      value: (identifier) @name @reference.read))
  (#match? @_apply "(^|:)(s|l|v|m|t|r)?apply$|(^|:)(Map|Reduce|Filter|Find|Position|map|map_[a-z]+|walk|reduce|keep|discard)$"))

; ---------------------------------------------------------------------------
; Imports
; ---------------------------------------------------------------------------

; source("R/utils.R")  (loads a file into the global environment)
(call
  function: (identifier) @_source
  arguments: (arguments
    .
    argument: (argument
      value: (string) @import.source))
  (#any-of? @_source "source" "sys.source"))

; library(dplyr)  /  require("stringr")  /  requireNamespace("x")  (external packages)
(call
  function: (identifier) @_library
  arguments: (arguments
    .
    argument: (argument
      value: [(identifier) (string)] @import.source))
  (#any-of? @_library "library" "require" "requireNamespace"))

; ---------------------------------------------------------------------------
; Type bindings (light receiver typing)
; ---------------------------------------------------------------------------

; acct <- Account$new(...)
(binary_operator
  lhs: (identifier) @binding.variable
  operator: ["<-" "=" "<<-"]
  rhs: (call
    function: (extract_operator
      lhs: (identifier) @binding.type
      operator: "$"
      rhs: (identifier) @_new))
  (#eq? @_new "new"))

; ---------------------------------------------------------------------------
; Blind spots
; ---------------------------------------------------------------------------

; eval(parse(text = code))  /  evalq(...)  /  eval(expr, env)
(call
  function: (identifier) @_eval
  (#any-of? @_eval "eval" "evalq" "eval.parent")) @blindspot.eval

; do.call("name", args)  /  get("name")()  /  match.fun(name): functions chosen by name at run time
(call
  function: (identifier) @_reflect
  (#any-of? @_reflect "do.call" "get" "get0" "mget" "match.fun")) @blindspot.reflection

; source(path) with a computed path  /  library(pkg, character.only = TRUE)
(call
  function: (identifier) @_source
  arguments: (arguments
    .
    argument: (argument
      value: (_) @_path))
  (#any-of? @_source "source" "sys.source")
  (#not-match? @_path "^[\"']")) @blindspot.dynamic_import
