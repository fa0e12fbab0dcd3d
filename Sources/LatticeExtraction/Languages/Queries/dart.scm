; Dart queries for Lattice. Capture vocabulary: docs/queries.md.
; Order matters for definitions: the first pattern that captures a node decides its kind,
; so constructors come before methods, and methods before plain functions.
;
; Grammar notes (tree-sitter-dart):
; - A function or method with a body is TWO sibling nodes: `function_signature`/`method_signature`
;   followed by `function_body`. Definition patterns capture both with the same
;   definition capture so that the symbol can span signature and body; the mapper keys the
;   definition on the first node (the signature), which also carries the name, return type and doc.
; - A call is not one node: `foo(x)` is `(identifier) (selector (argument_part))` and `a.b(x)` is
;   `(identifier) (selector (unconditional_assignable_selector (identifier))) (selector (argument_part))`
;   as siblings inside the enclosing expression, so call patterns match sibling sequences.
; - Annotations on a top-level class are children of the class_definition; annotations on members
;   are siblings before the member's method_signature/declaration.

; ---------------------------------------------------------------------------
; Definitions
; ---------------------------------------------------------------------------

; ---- Types --------------------------------------------------------------
(class_definition
  name: (identifier) @name) @definition.class

; mixin Logger on Base { ... }
(mixin_declaration
  (mixin)
  .
  (identifier) @name) @definition.class

(enum_declaration
  name: (identifier) @name) @definition.enum

(enum_constant
  name: (identifier) @name) @definition.enum_member

; typedef Callback = void Function(int);  /  typedef Json = Map<String, Object?>;
(type_alias
  .
  (type_identifier) @name) @definition.type

; ---- Constructors (before methods) ----------------------------------------
; named constructors `Foo.named(...)`: the symbol is named by the part after the dot -> Foo.named
(class_body
  (method_signature
    (constructor_signature
      name: (identifier)
      name: (identifier) @name)) @definition.constructor
  .
  (function_body) @definition.constructor)

(class_body
  (declaration
    (constructor_signature
      name: (identifier)
      name: (identifier) @name)) @definition.constructor)

; unnamed constructor `Foo(...)` -> Foo.Foo
(class_body
  (method_signature
    (constructor_signature
      .
      name: (identifier) @name
      .
      parameters: (formal_parameter_list))) @definition.constructor
  .
  (function_body) @definition.constructor)

(class_body
  (declaration
    (constructor_signature
      .
      name: (identifier) @name
      .
      parameters: (formal_parameter_list))) @definition.constructor)

; factory Foo.named(...) { }  /  factory Foo(...) => ...
(class_body
  (method_signature
    (factory_constructor_signature
      (identifier)
      .
      (identifier) @name)) @definition.constructor
  .
  (function_body) @definition.constructor)

(class_body
  (method_signature
    (factory_constructor_signature
      .
      (identifier) @name
      .
      (formal_parameter_list))) @definition.constructor
  .
  (function_body) @definition.constructor)

(class_body
  (declaration
    (factory_constructor_signature
      .
      (identifier)
      .
      (identifier) @name)) @definition.constructor)

(class_body
  (declaration
    (redirecting_factory_constructor_signature
      .
      (identifier)
      .
      (identifier) @name)) @definition.constructor)

; ---- Methods, getters, setters (classes and mixins) ------------------------
(class_body
  (method_signature
    [(function_signature name: (identifier) @name)
     (getter_signature name: (identifier) @name)
     (setter_signature name: (identifier) @name)]) @definition.method
  .
  (function_body) @definition.method)

; abstract methods / getters (no body)
(class_body
  (declaration
    [(function_signature name: (identifier) @name)
     (getter_signature name: (identifier) @name)
     (setter_signature name: (identifier) @name)]) @definition.method)

; ---- Extension members: `extension UserLabels on User { String label() => ...; }`
; The members belong to the extended type (`@owner`): User.label, like Swift extensions.
(extension_declaration
  class: (type_identifier) @owner
  body: (extension_body
    (method_signature
      [(function_signature name: (identifier) @name)
       (getter_signature name: (identifier) @name)
       (setter_signature name: (identifier) @name)]) @definition.method
    .
    (function_body) @definition.method))

; ---- Fields -----------------------------------------------------------------
; final Repo repo;  int a, b;  var v;
(class_body
  (declaration
    (initialized_identifier_list
      (initialized_identifier
        (identifier) @name) @definition.property)))

; static const int k = 1;  static final x = ...;
(class_body
  (declaration
    (static_final_declaration_list
      (static_final_declaration
        (identifier) @name) @definition.property)))

; ---- Top-level functions ----------------------------------------------------
(program
  (function_signature
    name: (identifier) @name) @definition.function
  .
  (function_body) @definition.function)

(program
  (getter_signature
    name: (identifier) @name) @definition.function
  .
  (function_body) @definition.function)

; local functions: `String fmt(int x) => ...;` inside a body (the node contains its body)
(local_function_declaration
  (lambda_expression
    parameters: (function_signature
      name: (identifier) @name))) @definition.function

; ---- Top-level variables --------------------------------------------------
; const maxUsers = 10;  final registry = <String>[];
(program
  (static_final_declaration_list
    (static_final_declaration
      (identifier) @name) @definition.constant))

; var counter = 0;  String label = 'x';
(program
  (initialized_identifier_list
    (initialized_identifier
      (identifier) @name) @definition.variable))

; ---- Doc comments (only add docs to definitions captured above) ------------
(program
  (documentation_comment)+ @doc
  .
  (class_definition
    name: (identifier) @name) @definition.class)

(program
  (documentation_comment)+ @doc
  .
  (mixin_declaration
    (mixin)
    .
    (identifier) @name) @definition.class)

(program
  (documentation_comment)+ @doc
  .
  (function_signature
    name: (identifier) @name) @definition.function)

(class_body
  (documentation_comment)+ @doc
  .
  (method_signature
    [(function_signature name: (identifier) @name)
     (getter_signature name: (identifier) @name)]) @definition.method)

; ---- Decorators: annotations with run-time meaning (not override, deprecated...) ----
(class_definition
  (annotation
    name: (identifier) @_annotation) @decorator
  name: (identifier) @name
  (#not-match? @_annotation "^(override|deprecated|Deprecated|immutable|sealed|protected|visibleForTesting|visibleForOverriding|mustCallSuper|pragma|internal|experimental)$")) @definition.class

(class_body
  (annotation
    name: (identifier) @_annotation) @decorator
  .
  (method_signature
    [(function_signature name: (identifier) @name)
     (getter_signature name: (identifier) @name)
     (setter_signature name: (identifier) @name)]) @definition.method
  (#not-match? @_annotation "^(override|deprecated|Deprecated|protected|visibleForTesting|visibleForOverriding|mustCallSuper|pragma|internal|experimental)$"))

(program
  (annotation
    name: (identifier) @_annotation) @decorator
  .
  (function_signature
    name: (identifier) @name) @definition.function
  (#not-match? @_annotation "^(deprecated|Deprecated|pragma|visibleForTesting|internal|experimental)$"))

; ---- Return types (only add @returns) -------------------------------------
(class_body
  (method_signature
    (function_signature
      .
      (type_identifier) @returns
      name: (identifier) @name)) @definition.method)

(class_body
  (method_signature
    (getter_signature
      .
      (type_identifier) @returns
      name: (identifier) @name)) @definition.method)

(extension_declaration
  class: (type_identifier) @owner
  body: (extension_body
    (method_signature
      [(function_signature . (type_identifier) @returns name: (identifier) @name)
       (getter_signature . (type_identifier) @returns name: (identifier) @name)]) @definition.method))

(program
  (function_signature
    .
    (type_identifier) @returns
    name: (identifier) @name) @definition.function)

; ---------------------------------------------------------------------------
; References
; ---------------------------------------------------------------------------

; foo(x)  /  User('a')  (a call that names a class is an instantiation)  /  foo<int>(x)
(_
  (identifier) @name
  .
  (selector
    (argument_part)) @reference.call)

; obj.m(x)  /  this.m()  /  Foo.make()  /  ns.f()  /  a.b().c() (receiver: the previous selector)
(_
  (_) @receiver
  .
  (selector
    [(unconditional_assignable_selector (identifier) @name)
     (conditional_assignable_selector (identifier) @name)])
  .
  (selector
    (argument_part)) @reference.call)

; super.m()
(_
  (super) @receiver
  .
  (unconditional_assignable_selector
    (identifier) @name)
  .
  (selector
    (argument_part)) @reference.call)

; cascades: list..add(1)..add(2)
(expression_statement
  .
  (identifier) @receiver
  (cascade_section
    (cascade_selector
      (identifier) @name)
    .
    (argument_part)) @reference.call)

; new Foo()  /  new Foo.named()  /  const Foo()
(new_expression
  (type_identifier) @name) @reference.instantiate

(const_object_expression
  (type_identifier) @name) @reference.instantiate

; type uses: parameters, fields, locals, return types, generic arguments
(formal_parameter
  (type_identifier) @name @reference.type)

(initialized_variable_definition
  (type_identifier) @name @reference.type)

(class_body
  (declaration
    (type_identifier) @name @reference.type))

(function_signature
  .
  (type_identifier) @name @reference.type)

(getter_signature
  .
  (type_identifier) @name @reference.type)

(type_arguments
  (type_identifier) @name @reference.type)

; ---- Inheritance -----------------------------------------------------------
; class A extends B
(superclass
  .
  (type_identifier) @name @reference.extends)

; class A with M1, M2 / class A extends B with M: mixins bring members like a base class
(superclass
  (mixins
    (type_identifier) @name @reference.extends))

; class A implements I, J  /  mixin M implements I
(interfaces
  (type_identifier) @name @reference.implements)

; mixin M on Base: the members of Base are reachable through `this`
(mixin_declaration
  (mixin)
  .
  (identifier)
  (type_identifier) @name @reference.extends)

; ---------------------------------------------------------------------------
; Imports (one binding per match)
; ---------------------------------------------------------------------------
; A plain Dart import makes every public name of the library visible: a wildcard import.
; `package:app/x.dart` names lib/x.dart of the package `app` (pubspec.yaml); 'x.dart' is relative.

; import 'package:app/models.dart';   (nothing after the uri)
(library_import
  (import_specification
    [(configurable_uri (uri (string_literal) @import.source))
     (uri (string_literal) @import.source)]
    .) @import.wildcard)

; import 'x.dart' hide Foo;   (everything but the hidden names)
(library_import
  (import_specification
    [(configurable_uri (uri (string_literal) @import.source))
     (uri (string_literal) @import.source)]
    (combinator) @_combinator
    (#match? @_combinator "^hide")) @import.wildcard)

; import 'x.dart' as p;  /  import 'x.dart' deferred as p;
(library_import
  (import_specification
    [(configurable_uri (uri (string_literal) @import.source))
     (uri (string_literal) @import.source)]
    .
    (identifier) @import.namespace))

; import 'x.dart' show Foo, bar;
(library_import
  (import_specification
    [(configurable_uri (uri (string_literal) @import.source))
     (uri (string_literal) @import.source)]
    (combinator
      (identifier) @import.name) @_combinator
    (#match? @_combinator "^show")))

; export 'src/x.dart';  re-exports every public name
(library_export
  [(configurable_uri (uri (string_literal) @import.source))
   (uri (string_literal) @import.source)]
  .) @import.wildcard @reexport

; export 'src/x.dart' show Foo;
(library_export
  [(configurable_uri (uri (string_literal) @import.source))
   (uri (string_literal) @import.source)]
  (combinator
    (identifier) @import.name) @_combinator
  (#match? @_combinator "^show")) @reexport

; ---------------------------------------------------------------------------
; Type bindings (light receiver typing)
; ---------------------------------------------------------------------------

; final Repo repo = ...;  Repo repo;  (locals)
(initialized_variable_definition
  (type_identifier) @binding.type
  name: (identifier) @binding.variable)

; var repo = Repo();  final r = makeRepo();   (the callee: a class, or a function's @returns)
(initialized_variable_definition
  name: (identifier) @binding.variable
  value: (identifier) @binding.type
  .
  value: (selector
    (argument_part))
  .)

; var repo = new Repo();  const p = const Point(1, 2);
(initialized_variable_definition
  name: (identifier) @binding.variable
  value: [(new_expression (type_identifier) @binding.type)
          (const_object_expression (type_identifier) @binding.type)])

; parameters: void f(Repo repo)
(formal_parameter
  (type_identifier) @binding.type
  name: (identifier) @binding.variable)

; fields: final Repo repo;  (members reach them without `this.`)
(class_body
  (declaration
    (type_identifier) @binding.type
    (initialized_identifier_list
      (initialized_identifier
        (identifier) @binding.variable))))

; ---------------------------------------------------------------------------
; Blind spots
; ---------------------------------------------------------------------------

; noSuchMethod overrides answer calls to members that do not exist
(method_signature
  (function_signature
    name: (identifier) @_nsm
    (#eq? @_nsm "noSuchMethod"))) @blindspot.reflection
