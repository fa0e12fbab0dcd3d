; Kotlin queries for Lattice. Capture vocabulary: docs/queries.md.
; Order matters for definitions: the first pattern that captures a node decides its kind,
; so constructors and methods come before plain functions, interfaces/enums before classes.
; The grammar (fwcd/tree-sitter-kotlin) has almost no field names: patterns rely on child
; node types and on the keywords `class` / `interface` / `constructor`.
; Primary constructors are part of the class (no symbol); their `val`/`var` parameters are
; properties. A `companion object` is no symbol of its own: its members are members of the
; enclosing class, as callers write them (`UserService.create()`).
; `Foo()` is a plain call: the engine makes it an instantiation when Foo is a class.

; ---------------------------------------------------------------------------
; Definitions
; ---------------------------------------------------------------------------

; secondary constructors `constructor(repo: Repo) : this(repo, "x")` (named `constructor`)
(secondary_constructor
  "constructor" @name) @definition.constructor

; extension functions `fun User.badge()`: methods of the receiver type (@owner)
(function_declaration
  receiver: (receiver_type
    [(user_type . (type_identifier) @owner)
     (nullable_type (user_type . (type_identifier) @owner))])
  (simple_identifier) @name) @definition.method

; members of classes, objects, companion objects and enums
(class_body
  (function_declaration
    (simple_identifier) @name) @definition.method)
(enum_class_body
  (function_declaration
    (simple_identifier) @name) @definition.method)

; top-level and local functions (local ones are qualified `outer.inner`)
(function_declaration
  (simple_identifier) @name) @definition.function

; return types (these patterns only add @returns to the functions above)
(function_declaration
  (simple_identifier) @name
  (function_value_parameters)
  .
  [(user_type) @returns (nullable_type (user_type) @returns)]) @definition.function

; types: interfaces, enums, then other classes (data, sealed, abstract, inner...)
(class_declaration
  "interface"
  (type_identifier) @name) @definition.interface
(class_declaration
  (type_identifier) @name
  (enum_class_body)) @definition.enum
(class_declaration
  (type_identifier) @name) @definition.class
(object_declaration
  (type_identifier) @name) @definition.class
(type_alias
  (type_identifier) @name) @definition.type
(enum_class_body
  (enum_entry
    (simple_identifier) @name) @definition.enum_member)

; properties: `const val`, and UPPER_CASE vals of files and objects, are constants
(property_declaration
  (modifiers (property_modifier) @_const)
  (variable_declaration (simple_identifier) @name)
  (#eq? @_const "const")) @definition.constant
(source_file
  (property_declaration
    (binding_pattern_kind) @_val
    (variable_declaration (simple_identifier) @name)
    (#eq? @_val "val")
    (#match? @name "^[A-Z][A-Z0-9_]*$")) @definition.constant)
(object_declaration
  (class_body
    (property_declaration
      (binding_pattern_kind) @_val
      (variable_declaration (simple_identifier) @name)
      (#eq? @_val "val")
      (#match? @name "^[A-Z][A-Z0-9_]*$")) @definition.constant))
(source_file
  (property_declaration
    (variable_declaration (simple_identifier) @name)) @definition.variable)
(class_body
  (property_declaration
    (variable_declaration (simple_identifier) @name)) @definition.property)
(enum_class_body
  (property_declaration
    (variable_declaration (simple_identifier) @name)) @definition.property)
; primary-constructor properties `class User(val name: String)`
(primary_constructor
  (class_parameter
    (binding_pattern_kind)
    (simple_identifier) @name) @definition.property)

; ---- Annotations with run-time behaviour (framework, DI, tests, serialization) --------------
; These patterns only add @decorator to the definitions classified above.
(class_declaration
  (modifiers
    (annotation
      [(user_type (type_identifier) @_annotation .)
       (constructor_invocation (user_type (type_identifier) @_annotation .))]) @decorator)
  (type_identifier) @name
  (#not-match? @_annotation "^(Deprecated|Suppress|JvmStatic|JvmField|JvmOverloads|JvmName|Throws|OptIn|PublishedApi|Volatile|Synchronized)$")) @definition.class
(object_declaration
  (modifiers
    (annotation
      [(user_type (type_identifier) @_annotation .)
       (constructor_invocation (user_type (type_identifier) @_annotation .))]) @decorator)
  (type_identifier) @name
  (#not-match? @_annotation "^(Deprecated|Suppress|JvmStatic|JvmField|JvmOverloads|JvmName|Throws|OptIn|PublishedApi|Volatile|Synchronized)$")) @definition.class
(function_declaration
  (modifiers
    (annotation
      [(user_type (type_identifier) @_annotation .)
       (constructor_invocation (user_type (type_identifier) @_annotation .))]) @decorator)
  (simple_identifier) @name
  (#not-match? @_annotation "^(Deprecated|Suppress|JvmStatic|JvmField|JvmOverloads|JvmName|Throws|OptIn|PublishedApi|Volatile|Synchronized)$")) @definition.function
(property_declaration
  (modifiers
    (annotation
      [(user_type (type_identifier) @_annotation .)
       (constructor_invocation (user_type (type_identifier) @_annotation .))]) @decorator)
  (variable_declaration (simple_identifier) @name)
  (#not-match? @_annotation "^(Deprecated|Suppress|JvmStatic|JvmField|JvmOverloads|JvmName|Throws|OptIn|PublishedApi|Volatile|Synchronized)$")) @definition.property
(class_parameter
  (modifiers
    (annotation
      [(user_type (type_identifier) @_annotation .)
       (constructor_invocation (user_type (type_identifier) @_annotation .))]) @decorator)
  (binding_pattern_kind)
  (simple_identifier) @name
  (#not-match? @_annotation "^(Deprecated|Suppress|JvmStatic|JvmField|JvmOverloads|JvmName|Throws|OptIn|PublishedApi|Volatile|Synchronized)$")) @definition.property

; ---- KDoc: a `/** ... */` comment right before the definition -------------------------------
((multiline_comment) @doc
  .
  (class_declaration (type_identifier) @name) @definition.class
  (#match? @doc "^/\\*\\*"))
((multiline_comment) @doc
  .
  (object_declaration (type_identifier) @name) @definition.class
  (#match? @doc "^/\\*\\*"))
((multiline_comment) @doc
  .
  (function_declaration (simple_identifier) @name) @definition.function
  (#match? @doc "^/\\*\\*"))

; ---------------------------------------------------------------------------
; References
; ---------------------------------------------------------------------------

; f()  /  User("x")  (implicit this, same file/package, imports; classes become instantiations)
(call_expression
  .
  (simple_identifier) @name) @reference.call

; obj.m()  this.m()  super.m()  Foo.create()  repo.find(x)?.greet()  a.b.C.f()
(call_expression
  .
  (navigation_expression
    (_) @receiver
    .
    (navigation_suffix (simple_identifier) @name) .)) @reference.call

; function references `::handler`, `User::greet`
(callable_reference
  .
  (simple_identifier) @name .) @reference.read
(callable_reference
  (type_identifier) @receiver
  .
  (simple_identifier) @name .) @reference.read

; supertypes: a constructor call `Base(...)` is the superclass; a bare type of a class is an
; implemented interface; a bare type of an interface is an extended interface
(class_declaration
  (delegation_specifier
    (constructor_invocation
      (user_type . (type_identifier) @name .) @reference.extends)))
(class_declaration
  "class"
  (delegation_specifier
    (user_type . (type_identifier) @name) @reference.implements))
(object_declaration
  (delegation_specifier
    (user_type . (type_identifier) @name) @reference.implements))
(object_declaration
  (delegation_specifier
    (constructor_invocation
      (user_type . (type_identifier) @name .) @reference.extends)))
(class_declaration
  "interface"
  (delegation_specifier
    (user_type . (type_identifier) @name) @reference.extends))

; type uses: parameters, properties, return types, generic arguments, aliases, receivers
(([(parameter (user_type . (type_identifier) @name) @reference.type)
   (parameter (nullable_type (user_type . (type_identifier) @name) @reference.type))
   (class_parameter (user_type . (type_identifier) @name) @reference.type)
   (class_parameter (nullable_type (user_type . (type_identifier) @name) @reference.type))
   (variable_declaration (user_type . (type_identifier) @name) @reference.type)
   (variable_declaration (nullable_type (user_type . (type_identifier) @name) @reference.type))
   (function_declaration (user_type . (type_identifier) @name) @reference.type)
   (function_declaration (nullable_type (user_type . (type_identifier) @name) @reference.type))
   (type_projection (user_type . (type_identifier) @name) @reference.type)
   (type_projection (nullable_type (user_type . (type_identifier) @name) @reference.type))
   (type_alias (user_type . (type_identifier) @name) @reference.type)
   (receiver_type (user_type . (type_identifier) @name) @reference.type)])
  (#not-match? @name "^(String|Int|Long|Boolean|Double|Float|Short|Byte|Char|Unit|Any|Nothing|Number|List|MutableList|Map|MutableMap|Set|MutableSet|Collection|Iterable|Sequence|Array|Pair|Triple|T|E|K|V|R)$"))

; ---------------------------------------------------------------------------
; Imports (one binding per match)
; ---------------------------------------------------------------------------

; import com.acme.model.User  /  import com.acme.util.slugify
; (a trailing comment is a child of import_header, so no anchor: the text test excludes the rest)
((import_header
  (identifier) @import.path) @_import
  (#not-match? @_import "^import\\s+[A-Za-z0-9_.`]+\\s*(\\.\\s*\\*|as\\s)"))

; import com.acme.util.slugify as slug
(import_header
  (identifier) @import.path
  (import_alias (type_identifier) @import.alias))

; import com.acme.model.*
(import_header
  (identifier) @import.source
  (wildcard_import) @import.wildcard)

; ---------------------------------------------------------------------------
; Type bindings (light receiver typing)
; ---------------------------------------------------------------------------

; val user: User = ...  /  val user: User? = ...  /  class-body `lateinit var repo: Repo`
(variable_declaration
  (simple_identifier) @binding.variable
  [(user_type) @binding.type
   (nullable_type (user_type) @binding.type)])

; val user = User("x")  /  val user = load()  (the resolver checks class or return type)
(property_declaration
  (variable_declaration
    (simple_identifier) @binding.variable
    .)
  (call_expression
    .
    (simple_identifier) @binding.type))

; val user = repo.find(x)  /  val s = UserService.create()  (the callee's return type)
(property_declaration
  (variable_declaration
    (simple_identifier) @binding.variable
    .)
  (call_expression
    .
    (navigation_expression) @binding.type))

; parameters `user: User`, primary-constructor parameters `private val repo: Repo`
(parameter
  (simple_identifier) @binding.variable
  [(user_type) @binding.type
   (nullable_type (user_type) @binding.type)])
(class_parameter
  (simple_identifier) @binding.variable
  [(user_type) @binding.type
   (nullable_type (user_type) @binding.type)])

; lambdas and anonymous functions are lexical scopes that are not symbols
(lambda_literal) @scope
(anonymous_function) @scope

; ---------------------------------------------------------------------------
; Blind spots
; ---------------------------------------------------------------------------

; Class.forName("...")  /  method.invoke(target)  /  KFunction.call(...)  via reflection
(call_expression
  .
  (navigation_expression
    (simple_identifier) @_class
    .
    (navigation_suffix (simple_identifier) @_forName) .)
  (#eq? @_class "Class")
  (#eq? @_forName "forName")) @blindspot.reflection
(call_expression
  .
  (navigation_expression
    (_)
    .
    (navigation_suffix (simple_identifier) @_invoke) .)
  (#any-of? @_invoke "invoke" "newInstance" "callBy")) @blindspot.reflection

; ---------------------------------------------------------------------------
; Framework routes (docs/queries.md): Spring MVC / WebFlux annotated controllers
; ---------------------------------------------------------------------------
; The route is the function's mapping annotation; the class-level `RequestMapping("/api/users")`
; is the prefix. A class with a prefix also matches the prefix-less patterns: the match with the
; most captures wins. Only functions of classes count (a FeignClient interface declares calls).
; >>> generated by scripts/query-generators/kotlin_routes.py: edit it, then run regenerate.py
; GetMapping("/{id}")  PostMapping(path = ["/"])  (class prefix / none)
(class_declaration
  (modifiers
    (annotation
      (constructor_invocation
        (user_type (type_identifier) @_prefixAnnotation .)
        (value_arguments
          [(value_argument . (string_literal) @route.prefix)
           (value_argument
             (simple_identifier) @_prefixKey
             [(string_literal) @route.prefix
              (collection_literal . (string_literal) @route.prefix)])]))))
  "class"
  (class_body
    (function_declaration
      (modifiers
        (annotation
          (constructor_invocation
            (user_type (type_identifier) @route.method .)
            (value_arguments
              [(value_argument . (string_literal) @route.path)
               (value_argument
                 (simple_identifier) @_pathKey
                 [(string_literal) @route.path
                  (collection_literal . (string_literal) @route.path)])]))) @route)
      (simple_identifier) @route.handler))
  (#eq? @_prefixAnnotation "RequestMapping")
  (#any-of? @_prefixKey "value" "path")
  (#any-of? @route.method "GetMapping" "PostMapping" "PutMapping" "DeleteMapping" "PatchMapping")
  (#any-of? @_pathKey "value" "path"))

(class_declaration
  "class"
  (class_body
    (function_declaration
      (modifiers
        (annotation
          (constructor_invocation
            (user_type (type_identifier) @route.method .)
            (value_arguments
              [(value_argument . (string_literal) @route.path)
               (value_argument
                 (simple_identifier) @_pathKey
                 [(string_literal) @route.path
                  (collection_literal . (string_literal) @route.path)])]))) @route)
      (simple_identifier) @route.handler))
  (#any-of? @route.method "GetMapping" "PostMapping" "PutMapping" "DeleteMapping" "PatchMapping")
  (#any-of? @_pathKey "value" "path"))

; GetMapping with no arguments: the class prefix is the whole path
(class_declaration
  (modifiers
    (annotation
      (constructor_invocation
        (user_type (type_identifier) @_prefixAnnotation .)
        (value_arguments
          [(value_argument . (string_literal) @route.path)
           (value_argument
             (simple_identifier) @_prefixKey
             [(string_literal) @route.path
              (collection_literal . (string_literal) @route.path)])]))))
  "class"
  (class_body
    (function_declaration
      (modifiers
        (annotation
          (user_type (type_identifier) @route.method .)) @route)
      (simple_identifier) @route.handler))
  (#eq? @_prefixAnnotation "RequestMapping")
  (#any-of? @_prefixKey "value" "path")
  (#any-of? @route.method "GetMapping" "PostMapping" "PutMapping" "DeleteMapping" "PatchMapping"))

; method-level RequestMapping("/x"): any method (class prefix / none)
(class_declaration
  (modifiers
    (annotation
      (constructor_invocation
        (user_type (type_identifier) @_prefixAnnotation .)
        (value_arguments
          [(value_argument . (string_literal) @route.prefix)
           (value_argument
             (simple_identifier) @_prefixKey
             [(string_literal) @route.prefix
              (collection_literal . (string_literal) @route.prefix)])]))))
  "class"
  (class_body
    (function_declaration
      (modifiers
        (annotation
          (constructor_invocation
            (user_type (type_identifier) @_mapping .)
            (value_arguments
              [(value_argument . (string_literal) @route.path)
               (value_argument
                 (simple_identifier) @_pathKey
                 [(string_literal) @route.path
                  (collection_literal . (string_literal) @route.path)])]))) @route)
      (simple_identifier) @route.handler))
  (#eq? @_prefixAnnotation "RequestMapping")
  (#any-of? @_prefixKey "value" "path")
  (#eq? @_mapping "RequestMapping")
  (#any-of? @_pathKey "value" "path"))

(class_declaration
  "class"
  (class_body
    (function_declaration
      (modifiers
        (annotation
          (constructor_invocation
            (user_type (type_identifier) @_mapping .)
            (value_arguments
              [(value_argument . (string_literal) @route.path)
               (value_argument
                 (simple_identifier) @_pathKey
                 [(string_literal) @route.path
                  (collection_literal . (string_literal) @route.path)])]))) @route)
      (simple_identifier) @route.handler))
  (#eq? @_mapping "RequestMapping")
  (#any-of? @_pathKey "value" "path"))

; RequestMapping(value = ["/x"], method = [RequestMethod.GET]) (either order; class prefix / none)
(class_declaration
  (modifiers
    (annotation
      (constructor_invocation
        (user_type (type_identifier) @_prefixAnnotation .)
        (value_arguments
          [(value_argument . (string_literal) @route.prefix)
           (value_argument
             (simple_identifier) @_prefixKey
             [(string_literal) @route.prefix
              (collection_literal . (string_literal) @route.prefix)])]))))
  "class"
  (class_body
    (function_declaration
      (modifiers
        (annotation
          (constructor_invocation
            (user_type (type_identifier) @_mapping .)
            (value_arguments
              (value_argument
              (simple_identifier) @_pathKey
              [(string_literal) @route.path
               (collection_literal . (string_literal) @route.path)])
              (value_argument
              (simple_identifier) @_methodKey
              [(collection_literal . [(navigation_expression (navigation_suffix (simple_identifier) @route.method))
                                      (simple_identifier) @route.method])
               (navigation_expression (navigation_suffix (simple_identifier) @route.method))
               (simple_identifier) @route.method])))) @route)
      (simple_identifier) @route.handler))
  (#eq? @_prefixAnnotation "RequestMapping")
  (#any-of? @_prefixKey "value" "path")
  (#eq? @_mapping "RequestMapping")
  (#any-of? @_pathKey "value" "path")
  (#eq? @_methodKey "method"))

(class_declaration
  (modifiers
    (annotation
      (constructor_invocation
        (user_type (type_identifier) @_prefixAnnotation .)
        (value_arguments
          [(value_argument . (string_literal) @route.prefix)
           (value_argument
             (simple_identifier) @_prefixKey
             [(string_literal) @route.prefix
              (collection_literal . (string_literal) @route.prefix)])]))))
  "class"
  (class_body
    (function_declaration
      (modifiers
        (annotation
          (constructor_invocation
            (user_type (type_identifier) @_mapping .)
            (value_arguments
              (value_argument
              (simple_identifier) @_methodKey
              [(collection_literal . [(navigation_expression (navigation_suffix (simple_identifier) @route.method))
                                      (simple_identifier) @route.method])
               (navigation_expression (navigation_suffix (simple_identifier) @route.method))
               (simple_identifier) @route.method])
              (value_argument
              (simple_identifier) @_pathKey
              [(string_literal) @route.path
               (collection_literal . (string_literal) @route.path)])))) @route)
      (simple_identifier) @route.handler))
  (#eq? @_prefixAnnotation "RequestMapping")
  (#any-of? @_prefixKey "value" "path")
  (#eq? @_mapping "RequestMapping")
  (#any-of? @_pathKey "value" "path")
  (#eq? @_methodKey "method"))

(class_declaration
  "class"
  (class_body
    (function_declaration
      (modifiers
        (annotation
          (constructor_invocation
            (user_type (type_identifier) @_mapping .)
            (value_arguments
              (value_argument
              (simple_identifier) @_pathKey
              [(string_literal) @route.path
               (collection_literal . (string_literal) @route.path)])
              (value_argument
              (simple_identifier) @_methodKey
              [(collection_literal . [(navigation_expression (navigation_suffix (simple_identifier) @route.method))
                                      (simple_identifier) @route.method])
               (navigation_expression (navigation_suffix (simple_identifier) @route.method))
               (simple_identifier) @route.method])))) @route)
      (simple_identifier) @route.handler))
  (#eq? @_mapping "RequestMapping")
  (#any-of? @_pathKey "value" "path")
  (#eq? @_methodKey "method"))

(class_declaration
  "class"
  (class_body
    (function_declaration
      (modifiers
        (annotation
          (constructor_invocation
            (user_type (type_identifier) @_mapping .)
            (value_arguments
              (value_argument
              (simple_identifier) @_methodKey
              [(collection_literal . [(navigation_expression (navigation_suffix (simple_identifier) @route.method))
                                      (simple_identifier) @route.method])
               (navigation_expression (navigation_suffix (simple_identifier) @route.method))
               (simple_identifier) @route.method])
              (value_argument
              (simple_identifier) @_pathKey
              [(string_literal) @route.path
               (collection_literal . (string_literal) @route.path)])))) @route)
      (simple_identifier) @route.handler))
  (#eq? @_mapping "RequestMapping")
  (#any-of? @_pathKey "value" "path")
  (#eq? @_methodKey "method"))
; <<< end of generated section

