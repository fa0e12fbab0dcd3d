; C++ queries for Lattice (grammar `cpp`; `.cpp .cc .cxx .hpp .hh` files). Capture vocabulary: docs/queries.md.
; Order matters for definitions: the first pattern that captures a node decides its kind, so
; constructors come before methods and methods before free functions.
; Declarations without a body are NOT symbols (prototypes, in-class method declarations whose
; definition is out of line, `extern`): the definition is the symbol. The exception is a pure
; virtual method (`virtual double area() const = 0;`), which has no definition anywhere.
; Out-of-line definitions `void Foo::bar() {}` name the class with `@owner` (the engine names the
; symbol `Foo.bar` under the class). "Top level" is the translation unit, namespace and
; `extern "C"` bodies (declaration_list), preprocessor conditionals and template declarations.
; Generated: edit scripts/query-generators/cpp_template.scm or cpp.py, then run
; scripts/query-generators/regenerate.py (`make lint` checks that this file is up to date).

; ---------------------------------------------------------------------------
; Definitions
; ---------------------------------------------------------------------------

; ---- Macros: #define NAME value / #define NAME(args) body (include guards have no value) ----
(preproc_def
  name: (identifier) @name
  value: (preproc_arg)) @definition.macro

(preproc_function_def
  name: (identifier) @name) @definition.macro

; ---- Namespaces (`namespace a::b {}` keeps its written name; anonymous namespaces are no symbol) ----
(namespace_definition
  name: [(namespace_identifier) (nested_namespace_specifier)] @name) @definition.namespace

; ---- Constructors: in-class `Foo(int x) : ... {}` (no return type), out-of-line `Foo::Foo() {}` ----
(field_declaration_list
  (function_definition
    !type
    declarator: (function_declarator declarator: (identifier) @name)) @definition.constructor)

(function_definition
  !type
  declarator: (function_declarator
    declarator: (qualified_identifier
      scope: (_) @owner
      name: (identifier) @name))
  (#eq? @owner @name)) @definition.constructor

(function_definition
  !type
  declarator: (function_declarator
    declarator: (qualified_identifier
      name: (qualified_identifier
        scope: (_) @owner
        name: (identifier) @name)))
  (#eq? @owner @name)) @definition.constructor

; ---- Methods defined in the class body (member names are field_identifiers; member templates
;      and operators are left out) ----
(function_definition
  declarator: [(function_declarator declarator: (field_identifier) @name)
               (pointer_declarator declarator: (function_declarator declarator: (field_identifier) @name))
               (reference_declarator (function_declarator declarator: (field_identifier) @name))]) @definition.method

(field_declaration_list
  (template_declaration
    (function_definition
      declarator: [(function_declarator declarator: (identifier) @name)
                   (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))
                   (reference_declarator (function_declarator declarator: (identifier) @name))]) @definition.method))

; pure virtual methods: `virtual double area() const = 0;`
(field_declaration
  declarator: [(function_declarator declarator: (field_identifier) @name)
               (pointer_declarator declarator: (function_declarator declarator: (field_identifier) @name))
               (reference_declarator (function_declarator declarator: (field_identifier) @name))]
  default_value: (number_literal)) @definition.method

; ---- Out-of-line methods: `double Circle::area() const {}`, `double geo::Circle::area() {}`,
;      `Shape *Registry::largest() {}`; @owner is the innermost scope (the class) ----
(function_definition
  declarator: [(function_declarator
                 declarator: (qualified_identifier scope: (_) @owner name: (identifier) @name))
               (pointer_declarator
                 declarator: (function_declarator
                   declarator: (qualified_identifier scope: (_) @owner name: (identifier) @name)))
               (reference_declarator
                 (function_declarator
                   declarator: (qualified_identifier scope: (_) @owner name: (identifier) @name)))]) @definition.method

(function_definition
  declarator: [(function_declarator
                 declarator: (qualified_identifier
                   name: (qualified_identifier scope: (_) @owner name: (identifier) @name)))
               (pointer_declarator
                 declarator: (function_declarator
                   declarator: (qualified_identifier
                     name: (qualified_identifier scope: (_) @owner name: (identifier) @name))))
               (reference_declarator
                 (function_declarator
                   declarator: (qualified_identifier
                     name: (qualified_identifier scope: (_) @owner name: (identifier) @name))))]) @definition.method

; ---- Classes, structs, unions, enums ----
; typedef struct [Tag] { ... } Name;  (C style) -> class Name
(type_definition
  type: [(struct_specifier body: (field_declaration_list))
         (union_specifier body: (field_declaration_list))]
  declarator: (type_identifier) @name) @definition.class

(type_definition
  type: (enum_specifier body: (enumerator_list))
  declarator: (type_identifier) @name) @definition.enum

; at top level / in namespaces / under `template <...>`
%CLASSES%

%ENUMS%

; nested types: `class Outer { struct Inner { ... }; };`
(field_declaration
  type: [(class_specifier name: (type_identifier) @name body: (_))
         (struct_specifier name: (type_identifier) @name body: (_))
         (union_specifier name: (type_identifier) @name body: (_))] @definition.class)

(field_declaration
  type: (enum_specifier name: (type_identifier) @name body: (_)) @definition.enum)

; `struct Tag { ... } var;`
(declaration
  type: [(class_specifier name: (type_identifier) @name body: (_))
         (struct_specifier name: (type_identifier) @name body: (_))] @definition.class)

; enumerators (children of their enum: Color.Red)
(enumerator
  name: (identifier) @name) @definition.enum_member

; ---- Data members: `int x;`, `Foo *p;`, `int &r;`, `int v[4];`, `int (*fp)(int);`, `int n = 0;` ----
(field_declaration
  declarator: [(field_identifier) @name
               (pointer_declarator declarator: (field_identifier) @name)
               (pointer_declarator declarator: (pointer_declarator declarator: (field_identifier) @name))
               (reference_declarator (field_identifier) @name)
               (array_declarator declarator: (field_identifier) @name)
               (function_declarator
                 declarator: (parenthesized_declarator
                   (pointer_declarator declarator: (field_identifier) @name)))]) @definition.property

; ---- Type aliases: `using Id = int;`, `typedef unsigned long id_t;`, `typedef Foo *FooRef;` ----
(alias_declaration
  name: (type_identifier) @name) @definition.type

(type_definition
  type: [(primitive_type) (type_identifier) (sized_type_specifier) (qualified_identifier) (template_type)]
  declarator: (type_identifier) @name) @definition.type

(type_definition
  declarator: [(pointer_declarator declarator: (type_identifier) @name)
               (function_declarator
                 declarator: (parenthesized_declarator
                   (pointer_declarator declarator: (type_identifier) @name)))]) @definition.type

; ---- Free functions (also function templates, functions in namespaces and extern "C") ----
(function_definition
  declarator: [(function_declarator declarator: (identifier) @name)
               (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))
               (pointer_declarator
                 declarator: (pointer_declarator declarator: (function_declarator declarator: (identifier) @name)))
               (reference_declarator (function_declarator declarator: (identifier) @name))]) @definition.function

; ---- Globals and namespace-level variables (not `extern`, not prototypes);
;      `const`/`constexpr` -> constant ----
%CONSTS%

%VARS%

; ---- Doc comments (`/** ... */` or `///` right before a class or a function) ----
((comment) @doc
  .
  [(class_specifier name: (type_identifier) @name body: (_)) @definition.class
   (struct_specifier name: (type_identifier) @name body: (_)) @definition.class]
  (#match? @doc "^(/\\*\\*|///)"))

((comment) @doc
  .
  (function_definition
    declarator: (function_declarator declarator: (identifier) @name)) @definition.function
  (#match? @doc "^(/\\*\\*|///)"))

((comment) @doc
  .
  (function_definition
    declarator: (function_declarator declarator: (field_identifier) @name)) @definition.method
  (#match? @doc "^(/\\*\\*|///)"))

; ---- Return types: these patterns only add @returns to definitions captured above ----
(function_definition
  type: [(type_identifier) (qualified_identifier) (template_type)] @returns
  declarator: [(function_declarator declarator: (field_identifier) @name)
               (pointer_declarator declarator: (function_declarator declarator: (field_identifier) @name))
               (reference_declarator (function_declarator declarator: (field_identifier) @name))]) @definition.method

(function_definition
  type: [(type_identifier) (qualified_identifier) (template_type)] @returns
  declarator: [(function_declarator
                 declarator: (qualified_identifier scope: (_) @owner name: (identifier) @name))
               (pointer_declarator
                 declarator: (function_declarator
                   declarator: (qualified_identifier scope: (_) @owner name: (identifier) @name)))
               (function_declarator
                 declarator: (qualified_identifier
                   name: (qualified_identifier scope: (_) @owner name: (identifier) @name)))
               (pointer_declarator
                 declarator: (function_declarator
                   declarator: (qualified_identifier
                     name: (qualified_identifier scope: (_) @owner name: (identifier) @name))))]) @definition.method

(function_definition
  type: [(type_identifier) (qualified_identifier) (template_type)] @returns
  declarator: [(function_declarator declarator: (identifier) @name)
               (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))
               (reference_declarator (function_declarator declarator: (identifier) @name))]) @definition.function

; ---------------------------------------------------------------------------
; References
; ---------------------------------------------------------------------------

; f()  /  Foo(1) (a temporary: the engine turns a call of a class into `instantiates`)
(call_expression
  function: (identifier) @name) @reference.call

; max_of<int>(a, b)
(call_expression
  function: (template_function name: (identifier) @name)) @reference.call

; obj.m()  p->m()  this->m()
(call_expression
  function: (field_expression
    argument: (_) @receiver
    field: (field_identifier) @name)) @reference.call

; obj.template m<T>()
(call_expression
  function: (field_expression
    argument: (_) @receiver
    field: (template_method name: (field_identifier) @name))) @reference.call

; ns::f()  Foo::make()  ns::f<T>()  (receiver `ns`; the engine turns `::` into `.`)
(call_expression
  function: (qualified_identifier
    scope: (_) @receiver
    name: [(identifier) @name
           (template_function name: (identifier) @name)])) @reference.call

; a::b::f(): only the innermost scope is a node of its own, so the receiver is `b`
(call_expression
  function: (qualified_identifier
    name: (qualified_identifier
      scope: (_) @receiver
      name: [(identifier) @name
             (template_function name: (identifier) @name)]))) @reference.call

; new Foo(...)  new ns::Foo(...)  new Box<int>(...)
(new_expression
  type: [(type_identifier) @name
         (template_type name: (type_identifier) @name)]) @reference.instantiate

(new_expression
  type: (qualified_identifier
    scope: (_) @receiver
    name: [(type_identifier) @name
           (template_type name: (type_identifier) @name)])) @reference.instantiate

; Foo x(...);  Foo x{...};  ns::Foo x(...);  Box<int> b{...};  (a constructor runs)
(declaration
  type: [(type_identifier) @name
         (template_type name: (type_identifier) @name)]
  declarator: (init_declarator
    value: [(argument_list) (initializer_list)])) @reference.instantiate

(declaration
  type: (qualified_identifier
    scope: (_) @receiver
    name: [(type_identifier) @name
           (template_type name: (type_identifier) @name)])
  declarator: (init_declarator
    value: [(argument_list) (initializer_list)])) @reference.instantiate

; base classes: class B : public A, public ns::C, public Base<T>
(base_class_clause
  [(type_identifier) @name
   (template_type name: (type_identifier) @name)] @reference.extends)

(base_class_clause
  (qualified_identifier
    scope: (_) @receiver
    name: [(type_identifier) @name
           (template_type name: (type_identifier) @name)]) @reference.extends)

; functions used as values: callbacks in arguments, assignments, initialisers
(call_expression
  arguments: (argument_list
    (identifier) @name @reference.read))

(assignment_expression
  right: (identifier) @name @reference.read)

(init_declarator
  value: (identifier) @name @reference.read)

(return_statement
  (identifier) @name @reference.read)

; type uses: parameters, members, declarations, return types, template arguments, casts
(parameter_declaration
  type: [(type_identifier) @name @reference.type
         (template_type name: (type_identifier) @name @reference.type)])
(parameter_declaration
  type: (qualified_identifier
    scope: (_) @receiver
    name: [(type_identifier) @name
           (template_type name: (type_identifier) @name)]) @reference.type)

(field_declaration
  type: [(type_identifier) @name @reference.type
         (template_type name: (type_identifier) @name @reference.type)])
(field_declaration
  type: (qualified_identifier
    scope: (_) @receiver
    name: [(type_identifier) @name
           (template_type name: (type_identifier) @name)]) @reference.type)

(declaration
  type: [(type_identifier) @name @reference.type
         (template_type name: (type_identifier) @name @reference.type)])
(declaration
  type: (qualified_identifier
    scope: (_) @receiver
    name: [(type_identifier) @name
           (template_type name: (type_identifier) @name)]) @reference.type)

(function_definition
  type: [(type_identifier) @name @reference.type
         (template_type name: (type_identifier) @name @reference.type)])
(function_definition
  type: (qualified_identifier
    scope: (_) @receiver
    name: [(type_identifier) @name
           (template_type name: (type_identifier) @name)]) @reference.type)

(for_range_loop
  type: (qualified_identifier
    scope: (_) @receiver
    name: [(type_identifier) @name
           (template_type name: (type_identifier) @name)]) @reference.type)

(type_descriptor
  type: [(type_identifier) @name @reference.type
         (template_type name: (type_identifier) @name @reference.type)])
(type_descriptor
  type: (qualified_identifier
    scope: (_) @receiver
    name: [(type_identifier) @name
           (template_type name: (type_identifier) @name)]) @reference.type)

; ---------------------------------------------------------------------------
; Imports
; ---------------------------------------------------------------------------

; #include "shapes.hpp"  /  #include <vector>  (the engine strips quotes and <>)
(preproc_include
  path: [(string_literal) (system_lib_string)] @import.source)

; ---------------------------------------------------------------------------
; Type bindings (light receiver typing). The type is written as is (`geo::Circle`, `Box<int>`):
; the engine reads `::` as `.` and drops template arguments.
; ---------------------------------------------------------------------------

; Foo x;  Foo *p = ...;  const Foo &r = ...;  Foo x(...);  ns::Foo x{...};
(declaration
  type: [(type_identifier) (qualified_identifier) (template_type)] @binding.type
  declarator: [(identifier) @binding.variable
               (pointer_declarator declarator: (identifier) @binding.variable)
               (reference_declarator (identifier) @binding.variable)
               (init_declarator
                 declarator: [(identifier) @binding.variable
                              (pointer_declarator declarator: (identifier) @binding.variable)
                              (reference_declarator (identifier) @binding.variable)])])

; auto x = new Foo(...);  auto *p = new ns::Foo(...);
(declaration
  type: (placeholder_type_specifier)
  declarator: (init_declarator
    declarator: [(identifier) @binding.variable
                 (pointer_declarator declarator: (identifier) @binding.variable)]
    value: (new_expression
      type: (_) @binding.type)))

; auto x = Foo(...);  auto x = make();  auto x = ns::make();  (class or callee's return type)
(declaration
  type: (placeholder_type_specifier)
  declarator: (init_declarator
    declarator: [(identifier) @binding.variable
                 (reference_declarator (identifier) @binding.variable)]
    value: (call_expression
      function: [(identifier) (qualified_identifier)] @binding.type)))

; for (const Foo *x : xs)  /  for (Foo &x : xs)
(for_range_loop
  type: [(type_identifier) (qualified_identifier) (template_type)] @binding.type
  declarator: [(identifier) @binding.variable
               (pointer_declarator declarator: (identifier) @binding.variable)
               (reference_declarator (identifier) @binding.variable)])

; parameters of function definitions
(function_definition
  declarator: [(function_declarator
                 parameters: (parameter_list
                   (parameter_declaration
                     type: [(type_identifier) (qualified_identifier) (template_type)] @binding.type
                     declarator: [(identifier) @binding.variable
                                  (pointer_declarator declarator: (identifier) @binding.variable)
                                  (reference_declarator (identifier) @binding.variable)])))
               (pointer_declarator
                 declarator: (function_declarator
                   parameters: (parameter_list
                     (parameter_declaration
                       type: [(type_identifier) (qualified_identifier) (template_type)] @binding.type
                       declarator: [(identifier) @binding.variable
                                    (pointer_declarator declarator: (identifier) @binding.variable)
                                    (reference_declarator (identifier) @binding.variable)]))))
               (reference_declarator
                 (function_declarator
                   parameters: (parameter_list
                     (parameter_declaration
                       type: [(type_identifier) (qualified_identifier) (template_type)] @binding.type
                       declarator: [(identifier) @binding.variable
                                    (pointer_declarator declarator: (identifier) @binding.variable)
                                    (reference_declarator (identifier) @binding.variable)]))))])

; data members: `Repo *repo_;` (the binding belongs to the member's own symbol)
(field_declaration
  type: [(type_identifier) (qualified_identifier) (template_type)] @binding.type
  declarator: [(field_identifier) @binding.variable
               (pointer_declarator declarator: (field_identifier) @binding.variable)
               (reference_declarator (field_identifier) @binding.variable)])

; ---------------------------------------------------------------------------
; Blind spots
; ---------------------------------------------------------------------------
; dlsym(handle, "name"): a function looked up by name at run time
(call_expression
  function: [(identifier) (qualified_identifier)] @_dlsym
  (#match? @_dlsym "^(::)?dlsym$")) @blindspot.reflection
