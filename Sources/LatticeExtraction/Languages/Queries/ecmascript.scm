; Patterns shared by the TypeScript/TSX and JavaScript query files: node types common to all three
; grammars. Loaded after the language's own file (it holds no definitions, so pattern order does not
; decide any kind). Capture vocabulary: docs/queries.md.

; =====================================================================
; Framework routes (docs/queries.md): Express / Koa-router / Fastify / Hono style registrations
; =====================================================================

; app.get('/users/:id', auth, showUser)  /  router.use('/api', apiRouter)
(call_expression
  function: (member_expression object: (_) @route.receiver property: (property_identifier) @route.method)
  arguments: (arguments . (string) @route.path) @route.arguments
  (#any-of? @route.method "get" "post" "put" "delete" "patch" "all" "head" "options" "use")
  (#match? @route.path "^['\"`]/")) @route

; =====================================================================
; Blind spots: what syntax cannot see at run time (docs/queries.md)
; =====================================================================
(call_expression
  function: (identifier) @_eval
  (#eq? @_eval "eval")) @blindspot.eval
(new_expression
  constructor: (identifier) @_function
  (#eq? @_function "Function")) @blindspot.eval
(call_expression
  function: (import)) @blindspot.dynamic_import
(call_expression
  function: (identifier) @_require
  arguments: (arguments . [(identifier) (template_string) (binary_expression) (member_expression) (call_expression)])
  (#eq? @_require "require")) @blindspot.dynamic_import
(call_expression
  function: (member_expression object: (identifier) @_reflect)
  (#eq? @_reflect "Reflect")) @blindspot.reflection
(call_expression
  function: (subscript_expression index: (_) @_computed)
  (#not-match? @_computed "^['\"`]")) @blindspot.reflection

; =====================================================================
; Shared references and type bindings
; =====================================================================
; `x instanceof Foo` uses the class as a type.
(binary_expression
  operator: "instanceof"
  right: (identifier) @name) @reference.type
(binary_expression
  operator: "instanceof"
  right: (member_expression
    object: (identifier) @receiver
    property: (property_identifier) @name)) @reference.type

; A variable holding a call's result: the callee's declared return type types it.
; (`require(...)` results are namespace imports, captured above.)
(variable_declarator
  name: (identifier) @binding.variable
  value: (call_expression
    function: [(identifier) (member_expression)] @binding.type)
  (#not-eq? @binding.type "require"))
(variable_declarator
  name: (identifier) @binding.variable
  value: (await_expression
    (call_expression
      function: [(identifier) (member_expression)] @binding.type)))

; export default { a, b: c }: an object of the module's definitions. A default import reads it like a
; namespace (`import utils from './utils'; utils.a()`); renamed properties are exported by their key.
(export_statement
  value: (object) @export.object)
(export_statement
  value: (object
    [(shorthand_property_identifier) @export.name
     (pair
       key: (property_identifier) @export.alias
       value: (identifier) @export.name)]))
