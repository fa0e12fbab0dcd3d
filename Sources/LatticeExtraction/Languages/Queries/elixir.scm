; Elixir queries for Lattice. Capture vocabulary: docs/queries.md.
; Order matters for definitions: the first pattern that captures a node decides its kind.
;
; In tree-sitter-elixir everything is a `call`: `defmodule A.B do ... end`, `def f(x) do ... end`,
; `alias A.B`, `f(x)` and `A.B.f(x)` alike. Definitions are calls whose target is a definition
; keyword; the head `f(x)` of a `def` is itself a call node, so the local-call patterns below list
; the parents a call may have and exclude the arguments of definition keywords (and the left side
; of a `when` guard), so that a definition head is never a call of itself.
;
; Modules are named by their alias text (`defmodule Shop.Cart` -> module `Shop.Cart`); a module
; nested in another is qualified by nesting (`Shop.Cart.Line`), as Elixir names it.
; Imports (documented choice):
;   alias A.B            -> @import.source `A.B` + @import.module (binds `B` to module A.B)
;   alias A.B, as: C     -> @import.source `A.B` + @import.namespace `C`
;   import A.B           -> @import.source `A.B` + @import.wildcard (its functions callable bare)
;   require A.B          -> @import.source alone (makes macros available; no new name)
;   use A.B              -> @blindspot.macro (`__using__` injects code syntax cannot see)

; ---------------------------------------------------------------------------
; Definitions
; ---------------------------------------------------------------------------

; defmodule Shop.Cart do ... end
(call
  target: (identifier) @_keyword
  (arguments
    .
    (alias) @name)
  (#eq? @_keyword "defmodule")) @definition.module

; defmacro twice(x) do ... end  /  defmacrop ...  (before functions)
(call
  target: (identifier) @_keyword
  (arguments
    .
    [(call target: (identifier) @name)
     (identifier) @name
     (binary_operator
       left: [(call target: (identifier) @name) (identifier) @name]
       operator: "when")])
  (#any-of? @_keyword "defmacro" "defmacrop")) @definition.macro

; def f(x) do ... end  /  defp f(x), do: ...  /  def f(x) when guard do  /  def f, do: ...
; (also defguard / defdelegate, which define callable functions)
(call
  target: (identifier) @_keyword
  (arguments
    .
    [(call target: (identifier) @name)
     (identifier) @name
     (binary_operator
       left: [(call target: (identifier) @name) (identifier) @name]
       operator: "when")])
  (#any-of? @_keyword "def" "defp" "defguard" "defguardp" "defdelegate")) @definition.function

; ---- Docs: the moduledoc attribute as the first statement of a module, the doc attribute right before a def ----
(call
  target: (identifier) @_keyword
  (arguments
    .
    (alias) @name)
  (do_block
    .
    (unary_operator
      operator: "@"
      operand: (call
        target: (identifier) @_attribute
        (arguments
          .
          (string) @doc))))
  (#eq? @_keyword "defmodule")
  (#eq? @_attribute "moduledoc")) @definition.module

((unary_operator
   operator: "@"
   operand: (call
     target: (identifier) @_attribute
     (arguments
       .
       (string) @doc)))
  .
  (call
    target: (identifier) @_keyword
    (arguments
      .
      [(call target: (identifier) @name)
       (identifier) @name
       (binary_operator
         left: [(call target: (identifier) @name) (identifier) @name]
         operator: "when")])) @definition.function
  (#eq? @_attribute "doc")
  (#any-of? @_keyword "def" "defguard" "defdelegate"))

((unary_operator
   operator: "@"
   operand: (call
     target: (identifier) @_attribute
     (arguments
       .
       (string) @doc)))
  .
  (call
    target: (identifier) @_keyword
    (arguments
      .
      [(call target: (identifier) @name)
       (identifier) @name
       (binary_operator
         left: [(call target: (identifier) @name) (identifier) @name]
         operator: "when")])) @definition.macro
  (#eq? @_attribute "doc")
  (#eq? @_keyword "defmacro"))

; ---------------------------------------------------------------------------
; References
; ---------------------------------------------------------------------------

; Remote calls: Shop.Price.round(x)  /  R.insert(x)  /  :lists.map(...)  /  mod.fun(x)
; (the receiver is the module alias text: `Shop.Price`). Without arguments or a do block,
; `cart.lines` is a map field access, not a call.
(call
  target: (dot
    left: (_) @receiver
    right: (identifier) @name)
  [(arguments) (do_block)]) @reference.call

; Local calls f(x), by parent (never the head of a definition, see the header)
([(source (call target: (identifier) @name) @reference.call)
  (do_block (call target: (identifier) @name) @reference.call)
  (body (call target: (identifier) @name) @reference.call)
  (block (call target: (identifier) @name) @reference.call)
  (else_block (call target: (identifier) @name) @reference.call)
  (after_block (call target: (identifier) @name) @reference.call)
  (rescue_block (call target: (identifier) @name) @reference.call)
  (catch_block (call target: (identifier) @name) @reference.call)
  (interpolation (call target: (identifier) @name) @reference.call)
  (list (call target: (identifier) @name) @reference.call)
  (tuple (call target: (identifier) @name) @reference.call)
  (bitstring (call target: (identifier) @name) @reference.call)
  (map_content (call target: (identifier) @name) @reference.call)
  (pair value: (call target: (identifier) @name) @reference.call)
  (access_call target: (call target: (identifier) @name) @reference.call)
  (dot left: (call target: (identifier) @name) @reference.call)
  (binary_operator right: (call target: (identifier) @name) @reference.call)]
  (#not-match? @name "^(def|defp|defmacro|defmacrop|defguard|defguardp|defdelegate|defmodule|defstruct|defexception|defprotocol|defimpl|alias|import|require|use|quote|unquote)$"))

; left operand of an operator other than a guard's `when`: `total(x) |> round()`, `f(x) + 1`
(binary_operator
  left: (call
    target: (identifier) @name) @reference.call
  operator: _ @_operator
  (#not-eq? @_operator "when"))

; unary operators other than module attributes: `not valid?(x)`, `-amount(x)`
(unary_operator
  operator: _ @_operator
  operand: (call
    target: (identifier) @name) @reference.call
  (#not-eq? @_operator "@"))

; arguments of an ordinary call: `IO.puts(format(x))`, `if valid?(x) do`
(call
  target: (_) @_outer
  (arguments
    (call
      target: (identifier) @name) @reference.call)
  (#not-match? @_outer "^(def|defp|defmacro|defmacrop|defguard|defguardp|defdelegate)$")
  (#not-match? @name "^(alias|import|require|use|quote|unquote)$"))

; %Line{sku: 1}: a struct of module Line
(struct
  (alias) @name @reference.type)

; ---------------------------------------------------------------------------
; Imports (one binding per match)
; ---------------------------------------------------------------------------

; alias Shop.Repo   (binds `Repo`)
(call
  target: (identifier) @_keyword
  (arguments
    .
    (alias) @import.source @import.module
    .)
  (#eq? @_keyword "alias"))

; alias Shop.Repo, as: R
(call
  target: (identifier) @_keyword
  (arguments
    .
    (alias) @import.source
    (keywords
      (pair
        key: (keyword) @_as
        value: (alias) @import.namespace)))
  (#eq? @_keyword "alias")
  (#match? @_as "^as:"))

; import Shop.Util  /  import Shop.Util, only: [f: 1]
(call
  target: (identifier) @_keyword
  (arguments
    .
    (alias) @import.source) @import.wildcard
  (#eq? @_keyword "import"))

; require Logger
(call
  target: (identifier) @_keyword
  (arguments
    .
    (alias) @import.source)
  (#eq? @_keyword "require"))

; ---------------------------------------------------------------------------
; Blind spots
; ---------------------------------------------------------------------------

; use GenServer: `__using__/1` injects definitions and imports at compile time
(call
  target: (identifier) @_keyword
  (arguments
    .
    (alias))
  (#eq? @_keyword "use")) @blindspot.macro

; apply(mod, fun, args)  /  Kernel.apply/3  /  Code.eval_string: calls chosen at run time
(call
  target: (identifier) @_apply
  (arguments
    .
    (_)
    .
    (_)
    .
    (_))
  (#eq? @_apply "apply")) @blindspot.reflection

(call
  target: (dot
    left: (alias) @_module
    right: (identifier) @_function)
  (#eq? @_module "Code")
  (#any-of? @_function "eval_string" "eval_quoted" "eval_file")) @blindspot.eval
