; Haskell queries for Lattice. Capture vocabulary: docs/queries.md.
; Order matters for definitions: the first pattern that captures a node decides its kind.
; Mapping: `module A.B` header -> module (spans the header only: a Haskell module is its file, so
; top-level definitions stay top-level names); data/newtype -> class; data constructors ->
; constructor (nested under their type: `Shape.Circle`); `type` synonym -> type; type class ->
; interface with its method signatures as methods; instance methods -> methods owned by the instance
; type (`instance Show Name` + `show` -> `Name.show`); top-level functions and bindings -> function.
; A function is ONE symbol even with a signature and several equations: its definition node is the
; FIRST equation (an equation whose previous sibling is not an equation of the same name). Later
; equations are not symbols, so calls written in them are attributed to the file (known gap).

; ---------------------------------------------------------------------------
; Definitions
; ---------------------------------------------------------------------------

(header
  module: (module) @name) @definition.module

; data types, newtypes (record, sum and plain)
(data_type
  name: (name) @name) @definition.class

(newtype
  name: (name) @name) @definition.class

(data_constructor
  constructor: (prefix
    name: (constructor) @name)) @definition.constructor

(data_constructor
  constructor: (record
    name: (constructor) @name)) @definition.constructor

(data_constructor
  constructor: (infix
    operator: (constructor_operator) @name)) @definition.constructor

(newtype_constructor
  name: (constructor) @name) @definition.constructor

(type_synomym
  name: (name) @name) @definition.type

(type_family
  name: (name) @name) @definition.type

; type classes and their method signatures
(class
  name: (name) @name) @definition.interface

(class_declarations
  (signature
    name: (variable) @name) @definition.method)

; Functions: ONE symbol per name, whose node is the FIRST equation. An equation is first when it
; opens its list, or when the nearest non-comment sibling before it is not an equation of the same
; name (comments, also trailing ones, sit between equations as siblings: `(comment)*` skips them).
; The preceding sibling is always captured (@_previous): an uncaptured alternation before an
; anchor loses matches in this tree-sitter version.

; instance methods: owned by the instance's type (`instance Show Name` -> Name.show,
; `instance Show (Tree a)` -> Tree.show)
(instance
  patterns: (type_patterns . [(name) @owner (parens (apply constructor: (name) @owner)) (apply constructor: (name) @owner)])
  declarations: (instance_declarations
    .
    (comment)* @_comment
    .
    (function
      name: (variable) @name) @definition.method))

(instance
  patterns: (type_patterns . [(name) @owner (parens (apply constructor: (name) @owner)) (apply constructor: (name) @owner)])
  declarations: (instance_declarations
    [(function name: (variable) @_previous) (bind name: (variable) @_previous)]
    .
    (comment)* @_comment
    .
    (function
      name: (variable) @name) @definition.method
    (#not-eq? @_previous @name)))

(instance
  patterns: (type_patterns . [(name) @owner (parens (apply constructor: (name) @owner)) (apply constructor: (name) @owner)])
  declarations: (instance_declarations
    [(signature) (haddock) (pragma)] @_previous
    .
    (comment)* @_comment
    .
    (function
      name: (variable) @name) @definition.method))

(instance
  patterns: (type_patterns . [(name) @owner (parens (apply constructor: (name) @owner)) (apply constructor: (name) @owner)])
  declarations: (instance_declarations
    (bind
      name: (variable) @name) @definition.method))

; top-level functions
(declarations
  .
  (comment)* @_comment
  .
  (function
    name: (variable) @name) @definition.function)

(declarations
  [(function name: (variable) @_previous) (bind name: (variable) @_previous)]
  .
  (comment)* @_comment
  .
  (function
    name: (variable) @name) @definition.function
  (#not-eq? @_previous @name))

(declarations
  [(signature) (data_type) (newtype) (type_synomym) (type_family) (class) (instance)
   (data_family) (data_instance) (default_types) (deriving_instance) (fixity) (foreign_export)
   (foreign_import) (kind_signature) (pattern_synonym) (role_annotation) (top_splice)
   (type_instance) (haddock) (pragma)] @_previous
  .
  (comment)* @_comment
  .
  (function
    name: (variable) @name) @definition.function)

; functions bound in a top-level function's `where` clause (`scale.rebuild`); `where` values are
; locals, not symbols
(function
  binds: (local_binds
    .
    (comment)* @_comment
    .
    (function
      name: (variable) @name) @definition.function))

(function
  binds: (local_binds
    [(function name: (variable) @_previous) (bind name: (variable) @_previous)]
    .
    (comment)* @_comment
    .
    (function
      name: (variable) @name) @definition.function
    (#not-eq? @_previous @name)))

(function
  binds: (local_binds
    [(signature) (haddock) (pragma)] @_previous
    .
    (comment)* @_comment
    .
    (function
      name: (variable) @name) @definition.function))

; top-level bindings without parameters (`main = do ...`, `limit = 10`): one equation each
(declarations
  (bind
    name: (variable) @name) @definition.function)

; haddock comments (`-- |`) right before a definition or its signature
(declarations
  (haddock) @doc
  .
  [(data_type name: (name) @name) (newtype name: (name) @name)] @definition.class)

(declarations
  (haddock) @doc
  .
  (class name: (name) @name) @definition.interface)

(declarations
  (haddock) @doc
  .
  (signature name: (variable) @_signature)
  .
  (function name: (variable) @name) @definition.function
  (#eq? @_signature @name))

(declarations
  (haddock) @doc
  .
  (signature name: (variable) @_signature)
  .
  (bind name: (variable) @name) @definition.function
  (#eq? @_signature @name))

; ---------------------------------------------------------------------------
; References
; ---------------------------------------------------------------------------

; f x y: the head of an application (nested applications have one variable head)
(apply
  function: (variable) @name) @reference.call

; M.f x / Data.Map.insert k v: the receiver is the module qualifier's last segment (the name an
; `import qualified Data.Map` / `import ... as M` binds)
(apply
  function: (qualified
    module: (module (module_id) @receiver .)
    id: (variable) @name)) @reference.call

; Constructor applications (`Circle 1.0`) are not captured: the same syntax is a pattern on the
; left of `=` (`area (Circle r) = ...`), and a constructor is not a top-level name to bind to.

; f $ x
(infix
  left_operand: (variable) @name
  operator: (operator) @_dollar
  (#eq? @_dollar "$")) @reference.call

(infix
  left_operand: (qualified
    module: (module (module_id) @receiver .)
    id: (variable) @name)
  operator: (operator) @_dollar
  (#eq? @_dollar "$")) @reference.call

; x `f` y
(infix
  operator: (infix_id
    (variable) @name)) @reference.call

; instance Show Foo  (the instance is outside the type declaration: @owner is the type)
(instance
  name: (name) @name
  patterns: (type_patterns . [(name) @owner (parens (apply constructor: (name) @owner)) (apply constructor: (name) @owner)])) @reference.implements

(instance
  name: (qualified
    module: (module (module_id) @receiver .)
    id: (name) @name)
  patterns: (type_patterns . [(name) @owner (parens (apply constructor: (name) @owner)) (apply constructor: (name) @owner)])) @reference.implements

; class (Eq a) => Ord a: superclasses
(class
  context: (context
    context: [(apply constructor: (name) @name) (tuple (apply constructor: (name) @name))])) @reference.extends

; ---------------------------------------------------------------------------
; Imports (one binding per match). Module A.B is the file A/B.hs.
; ---------------------------------------------------------------------------

; import A.B            -> every exported name of A.B
(import
  "qualified"? @_qualified
  module: (module) @import.source @import.wildcard
  !alias
  !names
  (#not-eq? @_qualified "qualified"))

; import A.B as M       -> every name, and the namespace M
(import
  "qualified"? @_qualified
  module: (module) @import.source @import.wildcard
  alias: (module)
  !names
  (#not-eq? @_qualified "qualified"))

(import
  module: (module) @import.source
  alias: (module) @import.namespace)

; import qualified A.B  -> namespace B (written A.B.f; the receiver is the last segment)
(import
  "qualified"
  module: (module) @import.source @import.module
  !alias)

; import A.B hiding (f) -> every name but f
(import
  "qualified"? @_qualified
  module: (module) @import.source @import.wildcard
  "hiding"
  (#not-eq? @_qualified "qualified"))

; import A.B (f, T(..))
(import
  module: (module) @import.source
  "hiding"? @_hiding
  names: (import_list
    name: (import_name
      [(variable) (name)] @import.name))
  (#not-eq? @_hiding "hiding"))
