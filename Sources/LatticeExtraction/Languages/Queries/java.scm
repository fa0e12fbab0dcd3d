; Java queries for Lattice. Capture vocabulary: docs/queries.md.
; Order matters for definitions: the first pattern that captures a node decides its kind,
; so constructors and methods come before types, and constants before other fields.
; Java has no free functions: every method is a member of a class, interface, enum or record.
; The engine gives Java files the package of their directory (no import between files of one
; package) and implicit `this` for bare calls `m()` inside a type.

; ---------------------------------------------------------------------------
; Definitions
; ---------------------------------------------------------------------------

; constructors: `User(long id) { ... }` (named like their class: `User.User`)
(constructor_declaration
  name: (identifier) @name) @definition.constructor
(compact_constructor_declaration
  name: (identifier) @name) @definition.constructor

; methods (classes, interfaces, enums, records); the declared type is the return type
(method_declaration
  type: (_) @returns
  name: (identifier) @name) @definition.method

; types
(class_declaration
  name: (identifier) @name) @definition.class
(record_declaration
  name: (identifier) @name) @definition.class
(interface_declaration
  name: (identifier) @name) @definition.interface
(annotation_type_declaration
  name: (identifier) @name) @definition.interface
(enum_declaration
  name: (identifier) @name) @definition.enum
(enum_constant
  name: (identifier) @name) @definition.enum_member

; fields: `static final` ones are constants, interface fields are implicitly constants
; (a declaration with several declarators `int a, b;` is one node: only its first name counts)
(field_declaration
  (modifiers) @_modifiers
  declarator: (variable_declarator
    name: (identifier) @name)
  (#match? @_modifiers "\\bstatic\\b")
  (#match? @_modifiers "\\bfinal\\b")) @definition.constant
(constant_declaration
  declarator: (variable_declarator
    name: (identifier) @name)) @definition.constant
(field_declaration
  declarator: (variable_declarator
    name: (identifier) @name)) @definition.property

; ---- Annotations with run-time behaviour (framework, DI, tests, serialization) --------------
; These patterns only add @decorator to the definitions classified above; compiler-only
; annotations are not blind spots.
(class_declaration
  (modifiers
    [(marker_annotation name: (_) @_annotation)
     (annotation name: (_) @_annotation)] @decorator)
  name: (identifier) @name
  (#not-match? @_annotation "^(Override|Deprecated|SuppressWarnings|FunctionalInterface|SafeVarargs|Nullable|NonNull|Nonnull|NotNull)$")) @definition.class
(interface_declaration
  (modifiers
    [(marker_annotation name: (_) @_annotation)
     (annotation name: (_) @_annotation)] @decorator)
  name: (identifier) @name
  (#not-match? @_annotation "^(Override|Deprecated|SuppressWarnings|FunctionalInterface|SafeVarargs|Nullable|NonNull|Nonnull|NotNull)$")) @definition.interface
(record_declaration
  (modifiers
    [(marker_annotation name: (_) @_annotation)
     (annotation name: (_) @_annotation)] @decorator)
  name: (identifier) @name
  (#not-match? @_annotation "^(Override|Deprecated|SuppressWarnings|FunctionalInterface|SafeVarargs|Nullable|NonNull|Nonnull|NotNull)$")) @definition.class
(method_declaration
  (modifiers
    [(marker_annotation name: (_) @_annotation)
     (annotation name: (_) @_annotation)] @decorator)
  name: (identifier) @name
  (#not-match? @_annotation "^(Override|Deprecated|SuppressWarnings|FunctionalInterface|SafeVarargs|Nullable|NonNull|Nonnull|NotNull)$")) @definition.method
(constructor_declaration
  (modifiers
    [(marker_annotation name: (_) @_annotation)
     (annotation name: (_) @_annotation)] @decorator)
  name: (identifier) @name
  (#not-match? @_annotation "^(Override|Deprecated|SuppressWarnings|FunctionalInterface|SafeVarargs|Nullable|NonNull|Nonnull|NotNull)$")) @definition.constructor
(field_declaration
  (modifiers
    [(marker_annotation name: (_) @_annotation)
     (annotation name: (_) @_annotation)] @decorator)
  declarator: (variable_declarator
    name: (identifier) @name)
  (#not-match? @_annotation "^(Override|Deprecated|SuppressWarnings|FunctionalInterface|SafeVarargs|Nullable|NonNull|Nonnull|NotNull)$")) @definition.property

; ---- Javadoc: a `/** ... */` comment right before the definition ---------------------------
((block_comment) @doc
  .
  (class_declaration name: (identifier) @name) @definition.class
  (#match? @doc "^/\\*\\*"))
((block_comment) @doc
  .
  (interface_declaration name: (identifier) @name) @definition.interface
  (#match? @doc "^/\\*\\*"))
((block_comment) @doc
  .
  (enum_declaration name: (identifier) @name) @definition.enum
  (#match? @doc "^/\\*\\*"))
((block_comment) @doc
  .
  (method_declaration name: (identifier) @name) @definition.method
  (#match? @doc "^/\\*\\*"))
((block_comment) @doc
  .
  (constructor_declaration name: (identifier) @name) @definition.constructor
  (#match? @doc "^/\\*\\*"))

; ---------------------------------------------------------------------------
; References
; ---------------------------------------------------------------------------

; m()  (implicit this, or a static import)
(method_invocation
  !object
  name: (identifier) @name) @reference.call

; obj.m()  this.m()  super.m()  Foo.m()  this.repo.find()  a.b().c()
(method_invocation
  object: (_) @receiver
  name: (identifier) @name) @reference.call

; new Foo()  /  new Foo<>()  /  new Outer.Inner()
(object_creation_expression
  type: [(type_identifier) @name
         (generic_type . (type_identifier) @name)]) @reference.instantiate
(object_creation_expression
  type: [(scoped_type_identifier (_) @receiver . (type_identifier) @name .)
         (generic_type (scoped_type_identifier (_) @receiver . (type_identifier) @name .))]) @reference.instantiate

; method references `User::describe`, `this::log` (a read of the member)
(method_reference
  .
  (_) @receiver
  .
  (identifier) @name .) @reference.read

; base class: `extends Base` / `extends Base<T>` / `extends pkg.Base`
(superclass
  [(type_identifier) @name @reference.extends
   (generic_type . (type_identifier) @name) @reference.extends
   (scoped_type_identifier (_) @receiver . (type_identifier) @name .) @reference.extends])

; implemented interfaces (classes, enums, records)
(super_interfaces
  (type_list
    [(type_identifier) @name @reference.implements
     (generic_type . (type_identifier) @name) @reference.implements
     (scoped_type_identifier (_) @receiver . (type_identifier) @name .) @reference.implements]))

; interface extends interfaces
(extends_interfaces
  (type_list
    [(type_identifier) @name @reference.extends
     (generic_type . (type_identifier) @name) @reference.extends
     (scoped_type_identifier (_) @receiver . (type_identifier) @name .) @reference.extends]))

; type uses: fields, locals, parameters, return types, generic arguments, casts, instanceof,
; catch clauses, arrays (java.lang names and type parameters stay unbound, no edge)
(([(field_declaration type: (type_identifier) @name @reference.type)
   (constant_declaration type: (type_identifier) @name @reference.type)
   (local_variable_declaration type: (type_identifier) @name @reference.type)
   (formal_parameter type: (type_identifier) @name @reference.type)
   (method_declaration type: (type_identifier) @name @reference.type)
   (enhanced_for_statement type: (type_identifier) @name @reference.type)
   (cast_expression type: (type_identifier) @name @reference.type)
   (instanceof_expression right: (type_identifier) @name @reference.type)
   (catch_type (type_identifier) @name @reference.type)
   (type_arguments (type_identifier) @name @reference.type)
   (array_type element: (type_identifier) @name @reference.type)
   (generic_type . (type_identifier) @name @reference.type)])
  (#not-match? @name "^(var|String|Object|Integer|Long|Boolean|Double|Float|Short|Byte|Character|Number|Void|Exception|RuntimeException|Throwable|Class|Iterable|List|Map|Set|Collection|Optional|Stream|Function|Supplier|Consumer|Predicate|Runnable|T|E|K|V|R)$"))

; qualified type uses `Outer.Inner` (the outermost scoped name only; `java.*` is the JDK's)
(([(field_declaration type: (scoped_type_identifier (_) @receiver . (type_identifier) @name .) @reference.type)
   (local_variable_declaration type: (scoped_type_identifier (_) @receiver . (type_identifier) @name .) @reference.type)
   (formal_parameter type: (scoped_type_identifier (_) @receiver . (type_identifier) @name .) @reference.type)
   (method_declaration type: (scoped_type_identifier (_) @receiver . (type_identifier) @name .) @reference.type)
   (type_arguments (scoped_type_identifier (_) @receiver . (type_identifier) @name .) @reference.type)
   (generic_type (scoped_type_identifier (_) @receiver . (type_identifier) @name .) @reference.type)])
  (#not-match? @receiver "^javax?([.]|$)"))

; ---------------------------------------------------------------------------
; Imports (one binding per match)
; ---------------------------------------------------------------------------

; import com.acme.model.User;  /  import static com.acme.util.Slugs.slugify;
(import_declaration
  (scoped_identifier) @import.path
  .)

; import com.acme.model.*;  /  import static com.acme.util.Slugs.*;
(import_declaration
  (scoped_identifier) @import.source
  .
  (asterisk) @import.wildcard)

; ---------------------------------------------------------------------------
; Type bindings (light receiver typing)
; ---------------------------------------------------------------------------

; User user = ...;  List<User> users;  Outer.Inner x;
(local_variable_declaration
  type: [(type_identifier) (scoped_type_identifier) (generic_type)] @binding.type
  declarator: (variable_declarator
    name: (identifier) @binding.variable)
  (#not-eq? @binding.type "var"))

; var user = new User(...);
(local_variable_declaration
  type: (type_identifier) @_var
  declarator: (variable_declarator
    name: (identifier) @binding.variable
    value: (object_creation_expression
      type: [(type_identifier) (scoped_type_identifier) (generic_type)] @binding.type))
  (#eq? @_var "var"))

; var user = load();  (the callee's declared return type)
(local_variable_declaration
  type: (type_identifier) @_var
  declarator: (variable_declarator
    name: (identifier) @binding.variable
    value: (method_invocation
      !object
      name: (identifier) @binding.type))
  (#eq? @_var "var"))

; fields: `private UserRepository repo;` (bound in the field's own scope, read as `this.repo`)
(field_declaration
  type: [(type_identifier) (scoped_type_identifier) (generic_type)] @binding.type
  declarator: (variable_declarator
    name: (identifier) @binding.variable))

; parameters `User user`, record components, `for (User u : users)`
(formal_parameter
  type: [(type_identifier) (scoped_type_identifier) (generic_type)] @binding.type
  name: (identifier) @binding.variable)
(enhanced_for_statement
  type: [(type_identifier) (scoped_type_identifier) (generic_type)] @binding.type
  name: (identifier) @binding.variable
  (#not-eq? @binding.type "var"))

; lambdas are lexical scopes that are not symbols
(lambda_expression) @scope

; ---------------------------------------------------------------------------
; Blind spots
; ---------------------------------------------------------------------------

; Class.forName("...")  /  method.invoke(target, args)  /  type.newInstance()
(method_invocation
  object: (identifier) @_class
  name: (identifier) @_forName
  (#eq? @_class "Class")
  (#eq? @_forName "forName")) @blindspot.reflection
(method_invocation
  object: (_)
  name: (identifier) @_invoke
  (#any-of? @_invoke "invoke" "newInstance")) @blindspot.reflection

; ---------------------------------------------------------------------------
; Framework routes (docs/queries.md): Spring MVC / WebFlux annotated controllers
; ---------------------------------------------------------------------------
; The route is the method's mapping annotation; the class-level `RequestMapping("/api/users")`
; is the prefix. A class with a prefix also matches the prefix-less patterns: the match with the
; most captures wins. Only methods of classes count (a `FeignClient` interface declares calls).

; GetMapping("/{id}")  PostMapping(path = "/")  PutMapping(value = {"/a"})  (class prefix)
(class_declaration
  (modifiers
    (annotation
      name: (identifier) @_prefixAnnotation
      arguments: (annotation_argument_list
        [(string_literal) @route.prefix
         (element_value_array_initializer . (string_literal) @route.prefix)
         (element_value_pair
           key: (identifier) @_prefixKey
           value: [(string_literal) @route.prefix
                   (element_value_array_initializer . (string_literal) @route.prefix)])])))
  body: (class_body
    (method_declaration
      (modifiers
        (annotation
          name: (identifier) @route.method
          arguments: (annotation_argument_list
            [(string_literal) @route.path
             (element_value_array_initializer . (string_literal) @route.path)
             (element_value_pair
               key: (identifier) @_pathKey
               value: [(string_literal) @route.path
                       (element_value_array_initializer . (string_literal) @route.path)])])) @route)
      name: (identifier) @route.handler))
  (#eq? @_prefixAnnotation "RequestMapping")
  (#any-of? @_prefixKey "value" "path")
  (#any-of? @route.method "GetMapping" "PostMapping" "PutMapping" "DeleteMapping" "PatchMapping")
  (#any-of? @_pathKey "value" "path"))

; the same without a class prefix
(class_declaration
  body: (class_body
    (method_declaration
      (modifiers
        (annotation
          name: (identifier) @route.method
          arguments: (annotation_argument_list
            [(string_literal) @route.path
             (element_value_array_initializer . (string_literal) @route.path)
             (element_value_pair
               key: (identifier) @_pathKey
               value: [(string_literal) @route.path
                       (element_value_array_initializer . (string_literal) @route.path)])])) @route)
      name: (identifier) @route.handler))
  (#any-of? @route.method "GetMapping" "PostMapping" "PutMapping" "DeleteMapping" "PatchMapping")
  (#any-of? @_pathKey "value" "path"))

; GetMapping with no path: the class prefix is the whole path
(class_declaration
  (modifiers
    (annotation
      name: (identifier) @_prefixAnnotation
      arguments: (annotation_argument_list
        [(string_literal) @route.path
         (element_value_array_initializer . (string_literal) @route.path)
         (element_value_pair
           key: (identifier) @_prefixKey
           value: [(string_literal) @route.path
                   (element_value_array_initializer . (string_literal) @route.path)])])))
  body: (class_body
    (method_declaration
      (modifiers
        (marker_annotation
          name: (identifier) @route.method) @route)
      name: (identifier) @route.handler))
  (#eq? @_prefixAnnotation "RequestMapping")
  (#any-of? @_prefixKey "value" "path")
  (#any-of? @route.method "GetMapping" "PostMapping" "PutMapping" "DeleteMapping" "PatchMapping"))

; method-level RequestMapping("/x"): any method (class prefix / none)
(class_declaration
  (modifiers
    (annotation
      name: (identifier) @_prefixAnnotation
      arguments: (annotation_argument_list
        [(string_literal) @route.prefix
         (element_value_array_initializer . (string_literal) @route.prefix)
         (element_value_pair
           key: (identifier) @_prefixKey
           value: [(string_literal) @route.prefix
                   (element_value_array_initializer . (string_literal) @route.prefix)])])))
  body: (class_body
    (method_declaration
      (modifiers
        (annotation
          name: (identifier) @_mapping
          arguments: (annotation_argument_list
            [(string_literal) @route.path
             (element_value_array_initializer . (string_literal) @route.path)
             (element_value_pair
               key: (identifier) @_pathKey
               value: [(string_literal) @route.path
                       (element_value_array_initializer . (string_literal) @route.path)])])) @route)
      name: (identifier) @route.handler))
  (#eq? @_prefixAnnotation "RequestMapping")
  (#any-of? @_prefixKey "value" "path")
  (#eq? @_mapping "RequestMapping")
  (#any-of? @_pathKey "value" "path"))
(class_declaration
  body: (class_body
    (method_declaration
      (modifiers
        (annotation
          name: (identifier) @_mapping
          arguments: (annotation_argument_list
            [(string_literal) @route.path
             (element_value_array_initializer . (string_literal) @route.path)
             (element_value_pair
               key: (identifier) @_pathKey
               value: [(string_literal) @route.path
                       (element_value_array_initializer . (string_literal) @route.path)])])) @route)
      name: (identifier) @route.handler))
  (#eq? @_mapping "RequestMapping")
  (#any-of? @_pathKey "value" "path"))

; RequestMapping(value = "/x", method = RequestMethod.GET) (either order; class prefix / none)
(class_declaration
  (modifiers
    (annotation
      name: (identifier) @_prefixAnnotation
      arguments: (annotation_argument_list
        [(string_literal) @route.prefix
         (element_value_array_initializer . (string_literal) @route.prefix)
         (element_value_pair
           key: (identifier) @_prefixKey
           value: [(string_literal) @route.prefix
                   (element_value_array_initializer . (string_literal) @route.prefix)])])))
  body: (class_body
    (method_declaration
      (modifiers
        (annotation
          name: (identifier) @_mapping
          arguments: (annotation_argument_list
            (element_value_pair
              key: (identifier) @_pathKey
              value: [(string_literal) @route.path
                      (element_value_array_initializer . (string_literal) @route.path)])
            (element_value_pair
              key: (identifier) @_methodKey
              value: [(field_access field: (identifier) @route.method)
                      (identifier) @route.method]))) @route)
      name: (identifier) @route.handler))
  (#eq? @_prefixAnnotation "RequestMapping")
  (#any-of? @_prefixKey "value" "path")
  (#eq? @_mapping "RequestMapping")
  (#any-of? @_pathKey "value" "path")
  (#eq? @_methodKey "method"))
(class_declaration
  (modifiers
    (annotation
      name: (identifier) @_prefixAnnotation
      arguments: (annotation_argument_list
        [(string_literal) @route.prefix
         (element_value_array_initializer . (string_literal) @route.prefix)
         (element_value_pair
           key: (identifier) @_prefixKey
           value: [(string_literal) @route.prefix
                   (element_value_array_initializer . (string_literal) @route.prefix)])])))
  body: (class_body
    (method_declaration
      (modifiers
        (annotation
          name: (identifier) @_mapping
          arguments: (annotation_argument_list
            (element_value_pair
              key: (identifier) @_methodKey
              value: [(field_access field: (identifier) @route.method)
                      (identifier) @route.method])
            (element_value_pair
              key: (identifier) @_pathKey
              value: [(string_literal) @route.path
                      (element_value_array_initializer . (string_literal) @route.path)]))) @route)
      name: (identifier) @route.handler))
  (#eq? @_prefixAnnotation "RequestMapping")
  (#any-of? @_prefixKey "value" "path")
  (#eq? @_mapping "RequestMapping")
  (#any-of? @_pathKey "value" "path")
  (#eq? @_methodKey "method"))
(class_declaration
  body: (class_body
    (method_declaration
      (modifiers
        (annotation
          name: (identifier) @_mapping
          arguments: (annotation_argument_list
            (element_value_pair
              key: (identifier) @_pathKey
              value: [(string_literal) @route.path
                      (element_value_array_initializer . (string_literal) @route.path)])
            (element_value_pair
              key: (identifier) @_methodKey
              value: [(field_access field: (identifier) @route.method)
                      (identifier) @route.method]))) @route)
      name: (identifier) @route.handler))
  (#eq? @_mapping "RequestMapping")
  (#any-of? @_pathKey "value" "path")
  (#eq? @_methodKey "method"))
(class_declaration
  body: (class_body
    (method_declaration
      (modifiers
        (annotation
          name: (identifier) @_mapping
          arguments: (annotation_argument_list
            (element_value_pair
              key: (identifier) @_methodKey
              value: [(field_access field: (identifier) @route.method)
                      (identifier) @route.method])
            (element_value_pair
              key: (identifier) @_pathKey
              value: [(string_literal) @route.path
                      (element_value_array_initializer . (string_literal) @route.path)]))) @route)
      name: (identifier) @route.handler))
  (#eq? @_mapping "RequestMapping")
  (#any-of? @_pathKey "value" "path")
  (#eq? @_methodKey "method"))
