; Bash queries for Lattice. Capture vocabulary: docs/queries.md.
; Bash has one global namespace of functions: the engine binds a command name only when the
; project defines a function of that name, so every command name is captured as a call and
; builtins/external programs (echo, grep, tr...) simply stay unbound.
; Order matters for definitions: the first pattern that captures a node decides its kind.

; ---------------------------------------------------------------------------
; Definitions
; ---------------------------------------------------------------------------

; greet() { ... }  /  function greet { ... }  /  function greet() { ... }
; (functions defined inside functions nest: outer.inner)
(function_definition
  name: (word) @name) @definition.function

; (no @doc: tree-sitter anchors cannot tell a comment on the line above from a trailing comment
; of the previous statement or one separated by blank lines)

; ---------------------------------------------------------------------------
; References
; ---------------------------------------------------------------------------

; every simple command: `greet world`, `x=$(greet y)`, `greet | tr a b`
(command
  name: (command_name
    (word) @name)) @reference.call

; ---------------------------------------------------------------------------
; Imports: `source FILE` / `. FILE` load a file into the global namespace (side effect only)
; ---------------------------------------------------------------------------

; source ./lib.sh  /  . lib/log.sh  /  source "lib/log.sh"  (a literal path only)
(command
  name: (command_name
    (word) @_source)
  .
  argument: [(word) (string) (raw_string)] @import.source
  (#any-of? @_source "source" ".")
  (#not-match? @import.source "[$`]"))

; ---------------------------------------------------------------------------
; Blind spots
; ---------------------------------------------------------------------------

; eval "$cmd"
(command
  name: (command_name
    (word) @_eval)
  (#eq? @_eval "eval")) @blindspot.eval

; source "$DIR/lib.sh"  /  . "$(dirname "$0")/x.sh": the file is computed at run time
(command
  name: (command_name
    (word) @_source)
  .
  argument: (_) @_path
  (#any-of? @_source "source" ".")
  (#match? @_path "[$`]")) @blindspot.dynamic_import
