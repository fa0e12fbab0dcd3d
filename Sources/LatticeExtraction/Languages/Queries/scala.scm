; Scala (2 and 3) queries for Lattice. Capture vocabulary: docs/queries.md.
; Order matters for definitions: the first pattern that captures a node decides its kind,
; so auxiliary constructors and methods come before plain functions, constants before fields.
; Traits are interfaces; objects (and companion objects) are classes. `Foo(...)` is a plain call
; (case-class `apply`): the engine makes it an instantiation when Foo is a class.
; Imports: the grammar has no node for a dotted path (`import a.b.C` is a list of `path:`
; identifiers), so import patterns capture the FIRST and the LAST identifier of a path under the
; same capture name; the engine reads the source text spanning both nodes (`a.b.C`).

; ---------------------------------------------------------------------------
; Definitions
; ---------------------------------------------------------------------------

; auxiliary constructors `def this(...) = this(...)` (named `this`)
(function_definition
  name: (identifier) @name
  (#eq? @name "this")) @definition.constructor

; Scala 3 extension methods `extension (u: User) def badge(): String`: methods of the
; extended type (@owner)
(extension_definition
  parameters: (parameters
    (parameter
      type: [(type_identifier) @owner
             (generic_type type: (type_identifier) @owner)]))
  body: [(function_definition name: (identifier) @name) @definition.method
         (_ (function_definition name: (identifier) @name) @definition.method)])

; members of classes, traits, objects and enums (abstract `def f(): T` included)
(template_body
  [(function_definition name: (identifier) @name)
   (function_declaration name: (identifier) @name)] @definition.method)
(enum_body
  [(function_definition name: (identifier) @name)
   (function_declaration name: (identifier) @name)] @definition.method)

; top-level (Scala 3) and local functions
(function_definition
  name: (identifier) @name) @definition.function
(function_declaration
  name: (identifier) @name) @definition.function

; return types (these patterns only add @returns to the definitions above)
(function_definition
  name: (identifier) @name
  return_type: (_) @returns) @definition.function
(function_declaration
  name: (identifier) @name
  return_type: (_) @returns) @definition.function

; companion objects (an object next to a class or trait of the same name) are modules: their
; members are the class's static side and are attached to the class with @owner, so
; `User.guest()` and `new User(...)` / `user.m()` all find the class
(_
  [(class_definition name: (identifier) @_type)
   (trait_definition name: (identifier) @_type)]
  (object_definition name: (identifier) @name) @definition.module
  (#eq? @name @_type))
(_
  (object_definition name: (identifier) @name) @definition.module
  [(class_definition name: (identifier) @_type)
   (trait_definition name: (identifier) @_type)]
  (#eq? @name @_type))
; types
(trait_definition
  name: (identifier) @name) @definition.interface
(class_definition
  name: (identifier) @name) @definition.class
(object_definition
  name: (identifier) @name) @definition.class
(enum_definition
  name: (identifier) @name) @definition.enum
(simple_enum_case
  name: (identifier) @name) @definition.enum_member
(full_enum_case
  name: (identifier) @name) @definition.enum_member
(type_definition
  name: (type_identifier) @name) @definition.type

; constants: capitalised vals of objects and files (`val MaxUsers = 100`, `val TIMEOUT = 5`)
(object_definition
  body: (template_body
    (val_definition
      pattern: (identifier) @name
      (#match? @name "^[A-Z]")) @definition.constant))
(compilation_unit
  (val_definition
    pattern: (identifier) @name
    (#match? @name "^[A-Z]")) @definition.constant)
(compilation_unit
  [(val_definition pattern: (identifier) @name)
   (var_definition pattern: (identifier) @name)] @definition.variable)

; fields of classes, traits, objects (abstract `val limit: Int` included)
(template_body
  [(val_definition pattern: (identifier) @name)
   (var_definition pattern: (identifier) @name)
   (val_declaration name: (identifier) @name)
   (var_declaration name: (identifier) @name)] @definition.property)

; constructor parameters that are fields: `val`/`var` ones, and every case-class parameter
(class_parameter
  "val"
  name: (identifier) @name) @definition.property
(class_parameter
  "var"
  name: (identifier) @name) @definition.property
(class_definition
  "case"
  class_parameters: (class_parameters
    (class_parameter
      name: (identifier) @name) @definition.property))

; companion-object members belong to the class (these patterns only add @owner)
(_
  [(class_definition name: (identifier) @owner)
   (trait_definition name: (identifier) @owner)]
  (object_definition
    name: (identifier) @_object
    body: (template_body
      [(function_definition name: (identifier) @name)
       (val_definition pattern: (identifier) @name)
       (var_definition pattern: (identifier) @name)] @definition.property))
  (#eq? @owner @_object))
(_
  (object_definition
    name: (identifier) @_object
    body: (template_body
      [(function_definition name: (identifier) @name)
       (val_definition pattern: (identifier) @name)
       (var_definition pattern: (identifier) @name)] @definition.property))
  [(class_definition name: (identifier) @owner)
   (trait_definition name: (identifier) @owner)]
  (#eq? @owner @_object))

; ---- Annotations with run-time behaviour (framework, DI, tests, serialization) --------------
; These patterns only add @decorator to the definitions classified above.
(class_definition
  (annotation name: (_) @_annotation) @decorator
  name: (identifier) @name
  (#not-match? @_annotation "^(deprecated|tailrec|inline|unused|nowarn|throws|switch|specialized|implicitNotFound|targetName|static|varargs|transient|volatile|SerialVersionUID)$")) @definition.class
(object_definition
  (annotation name: (_) @_annotation) @decorator
  name: (identifier) @name
  (#not-match? @_annotation "^(deprecated|tailrec|inline|unused|nowarn|throws|switch|specialized|implicitNotFound|targetName|static|varargs|transient|volatile|SerialVersionUID)$")) @definition.class
(trait_definition
  (annotation name: (_) @_annotation) @decorator
  name: (identifier) @name
  (#not-match? @_annotation "^(deprecated|tailrec|inline|unused|nowarn|throws|switch|specialized|implicitNotFound|targetName|static|varargs|transient|volatile|SerialVersionUID)$")) @definition.interface
(function_definition
  (annotation name: (_) @_annotation) @decorator
  name: (identifier) @name
  (#not-match? @_annotation "^(deprecated|tailrec|inline|unused|nowarn|throws|switch|specialized|implicitNotFound|targetName|static|varargs|transient|volatile|SerialVersionUID)$")) @definition.function
(val_definition
  (annotation name: (_) @_annotation) @decorator
  pattern: (identifier) @name
  (#not-match? @_annotation "^(deprecated|tailrec|inline|unused|nowarn|throws|switch|specialized|implicitNotFound|targetName|static|varargs|transient|volatile|SerialVersionUID)$")) @definition.property
(var_definition
  (annotation name: (_) @_annotation) @decorator
  pattern: (identifier) @name
  (#not-match? @_annotation "^(deprecated|tailrec|inline|unused|nowarn|throws|switch|specialized|implicitNotFound|targetName|static|varargs|transient|volatile|SerialVersionUID)$")) @definition.property

; ---- Scaladoc: a `/** ... */` comment right before the definition ---------------------------
((block_comment) @doc
  .
  (class_definition name: (identifier) @name) @definition.class
  (#match? @doc "^/\\*\\*"))
((block_comment) @doc
  .
  (trait_definition name: (identifier) @name) @definition.interface
  (#match? @doc "^/\\*\\*"))
((block_comment) @doc
  .
  (object_definition name: (identifier) @name) @definition.class
  (#match? @doc "^/\\*\\*"))
((block_comment) @doc
  .
  (function_definition name: (identifier) @name) @definition.function
  (#match? @doc "^/\\*\\*"))

; ---------------------------------------------------------------------------
; References
; ---------------------------------------------------------------------------

; f(x)  /  User("x")  /  f[T](x)  (implicit this, same file/package, imports)
(call_expression
  function: [(identifier) @name
             (generic_function function: (identifier) @name)]
  (#not-eq? @name "this")) @reference.call

; obj.m(x)  this.m()  super.m()  Foo.create()  a.b.f()  obj.m[T](x)
(call_expression
  function: [(field_expression value: (_) @receiver field: (identifier) @name)
             (generic_function function: (field_expression value: (_) @receiver field: (identifier) @name))]) @reference.call

; `obj.member` without parentheses: a parameterless method or a field (a read of the member)
(field_expression
  value: (_) @receiver
  field: (identifier) @name) @reference.read

; new Foo(...)  /  new Foo[T](...)  /  new pkg.Foo
(instance_expression
  [(type_identifier) @name
   (generic_type type: (type_identifier) @name)
   (stable_type_identifier (_) @receiver . (type_identifier) @name .)
   (generic_type type: (stable_type_identifier (_) @receiver . (type_identifier) @name .))]) @reference.instantiate

; supertypes. Classes and objects: the first type after `extends` is the superclass, the
; `with` (or `,`) types are mixed-in traits. Traits: every supertype is extended.
(class_definition
  extend: (extends_clause
    .
    type: [(type_identifier) @name
           (generic_type type: (type_identifier) @name)
           (stable_type_identifier (_) @receiver . (type_identifier) @name .)] @reference.extends))
(object_definition
  extend: (extends_clause
    .
    type: [(type_identifier) @name
           (generic_type type: (type_identifier) @name)
           (stable_type_identifier (_) @receiver . (type_identifier) @name .)] @reference.extends))
(class_definition
  extend: (extends_clause
    (_)
    .
    [(type_identifier) @name
           (generic_type type: (type_identifier) @name)
           (stable_type_identifier (_) @receiver . (type_identifier) @name .)] @reference.implements))
(object_definition
  extend: (extends_clause
    (_)
    .
    [(type_identifier) @name
           (generic_type type: (type_identifier) @name)
           (stable_type_identifier (_) @receiver . (type_identifier) @name .)] @reference.implements))
(trait_definition
  extend: (extends_clause
    type: [(type_identifier) @name
           (generic_type type: (type_identifier) @name)
           (stable_type_identifier (_) @receiver . (type_identifier) @name .)] @reference.extends))

; type uses: parameters, fields, return types, generic arguments, aliases
(([(parameter type: (type_identifier) @name @reference.type)
   (class_parameter type: (type_identifier) @name @reference.type)
   (val_definition type: (type_identifier) @name @reference.type)
   (var_definition type: (type_identifier) @name @reference.type)
   (val_declaration type: (type_identifier) @name @reference.type)
   (function_definition return_type: (type_identifier) @name @reference.type)
   (function_declaration return_type: (type_identifier) @name @reference.type)
   (type_arguments (type_identifier) @name @reference.type)
   (generic_type type: (type_identifier) @name @reference.type)
   (type_definition type: (type_identifier) @name @reference.type)])
  (#not-match? @name "^(Int|Long|Short|Byte|Char|Boolean|Double|Float|String|Unit|Any|AnyRef|AnyVal|Nothing|Null|Option|Some|List|Seq|IndexedSeq|Vector|Map|Set|Array|Either|Future|Try|Iterable|Iterator|A|B|C|K|V|T|R)$"))

; ---------------------------------------------------------------------------
; Imports (one binding per match; see the header about paths)
; ---------------------------------------------------------------------------

; import com.acme.model.User
(import_declaration
  .
  (identifier) @import.path
  (identifier) @import.path
  .)

; import com.acme.util.{Slugs, Clock => Time}  /  import util.{Slugs}
(import_declaration
  .
  (identifier) @import.source
  (identifier) @import.source
  .
  (namespace_selectors
    [(identifier) @import.name
     (arrow_renamed_identifier name: (identifier) @import.name alias: (identifier) @import.alias)]))
(import_declaration
  .
  (identifier) @import.source
  .
  (namespace_selectors
    [(identifier) @import.name
     (arrow_renamed_identifier name: (identifier) @import.name alias: (identifier) @import.alias)]))

; import com.acme.model._  /  import com.acme.model.*  /  import model._
(import_declaration
  .
  (identifier) @import.source
  (identifier) @import.source
  .
  (namespace_wildcard) @import.wildcard)
(import_declaration
  .
  (identifier) @import.source
  .
  (namespace_wildcard) @import.wildcard)

; ---------------------------------------------------------------------------
; Type bindings (light receiver typing)
; ---------------------------------------------------------------------------

; val user: User = ...  /  class fields `private val repo: UserRepository = ...`
(val_definition
  pattern: (identifier) @binding.variable
  type: [(type_identifier) (generic_type) (stable_type_identifier)] @binding.type)
(var_definition
  pattern: (identifier) @binding.variable
  type: [(type_identifier) (generic_type) (stable_type_identifier)] @binding.type)
(val_declaration
  name: (identifier) @binding.variable
  type: [(type_identifier) (generic_type) (stable_type_identifier)] @binding.type)

; val user = new User("x")
([(val_definition
    pattern: (identifier) @binding.variable
    !type
    value: (instance_expression
      [(type_identifier) (generic_type) (stable_type_identifier)] @binding.type))
  (var_definition
    pattern: (identifier) @binding.variable
    !type
    value: (instance_expression
      [(type_identifier) (generic_type) (stable_type_identifier)] @binding.type))])

; val user = User("x")  /  val found = repo.find(name)  (class, or the callee's return type)
([(val_definition
    pattern: (identifier) @binding.variable
    !type
    value: (call_expression
      function: [(identifier) (field_expression)] @binding.type))
  (var_definition
    pattern: (identifier) @binding.variable
    !type
    value: (call_expression
      function: [(identifier) (field_expression)] @binding.type))])

; parameters `user: User`, constructor parameters `repo: UserRepository`
(parameter
  name: (identifier) @binding.variable
  type: [(type_identifier) (generic_type) (stable_type_identifier)] @binding.type)
(class_parameter
  name: (identifier) @binding.variable
  type: [(type_identifier) (generic_type) (stable_type_identifier)] @binding.type)

; lambdas are lexical scopes that are not symbols
(lambda_expression) @scope

; ---------------------------------------------------------------------------
; Blind spots
; ---------------------------------------------------------------------------

; Class.forName("...")  /  method.invoke(target)  /  cls.newInstance()
(call_expression
  function: (field_expression
    value: (identifier) @_class
    field: (identifier) @_forName)
  (#eq? @_class "Class")
  (#eq? @_forName "forName")) @blindspot.reflection
(call_expression
  function: (field_expression
    field: (identifier) @_invoke)
  (#any-of? @_invoke "invoke" "newInstance")) @blindspot.reflection
