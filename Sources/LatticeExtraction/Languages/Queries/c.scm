; C queries for Lattice (grammar `c`; `.c` and `.h` files). Capture vocabulary: docs/queries.md.
; Order matters for definitions: the first pattern that captures a node decides its kind, so
; `typedef struct {...} Name;` (a class) comes before the general typedef pattern (a type).
; C has one global namespace: prototypes and `extern` declarations in headers are NOT symbols
; (the engine links a call to the one definition of the name in the project).
; "Top level" is the translation unit and the bodies of preprocessor conditionals (include guards).

; ---------------------------------------------------------------------------
; Definitions
; ---------------------------------------------------------------------------

; ---- Macros: #define NAME value / #define NAME(args) body (include guards have no value) ----
(preproc_def
  name: (identifier) @name
  value: (preproc_arg)) @definition.macro

(preproc_function_def
  name: (identifier) @name) @definition.macro

; ---- typedef struct/union [Tag] { ... } Name;  -> class Name (the tag is not a second symbol) ----
(type_definition
  type: [(struct_specifier body: (field_declaration_list))
         (union_specifier body: (field_declaration_list))]
  declarator: (type_identifier) @name) @definition.class

; ---- typedef enum [Tag] { ... } Name;  -> enum Name ----
(type_definition
  type: (enum_specifier body: (enumerator_list))
  declarator: (type_identifier) @name) @definition.enum

; ---- struct Tag { ... };  union Tag { ... };  enum Tag { ... };  at top level ----
([(translation_unit
    [(struct_specifier name: (type_identifier) @name body: (field_declaration_list))
     (union_specifier name: (type_identifier) @name body: (field_declaration_list))] @definition.class)
  (preproc_ifdef
    [(struct_specifier name: (type_identifier) @name body: (field_declaration_list))
     (union_specifier name: (type_identifier) @name body: (field_declaration_list))] @definition.class)
  (preproc_if
    [(struct_specifier name: (type_identifier) @name body: (field_declaration_list))
     (union_specifier name: (type_identifier) @name body: (field_declaration_list))] @definition.class)
  (preproc_else
    [(struct_specifier name: (type_identifier) @name body: (field_declaration_list))
     (union_specifier name: (type_identifier) @name body: (field_declaration_list))] @definition.class)])

([(translation_unit
    (enum_specifier name: (type_identifier) @name body: (enumerator_list)) @definition.enum)
  (preproc_ifdef
    (enum_specifier name: (type_identifier) @name body: (enumerator_list)) @definition.enum)
  (preproc_if
    (enum_specifier name: (type_identifier) @name body: (enumerator_list)) @definition.enum)
  (preproc_else
    (enum_specifier name: (type_identifier) @name body: (enumerator_list)) @definition.enum)])

; `struct Tag { ... } var;` declares the struct too
(declaration
  type: [(struct_specifier name: (type_identifier) @name body: (field_declaration_list))
         (union_specifier name: (type_identifier) @name body: (field_declaration_list))] @definition.class)

; ---- enumerators (children of their enum: ShapeKind.SHAPE_CIRCLE) ----
(enumerator
  name: (identifier) @name) @definition.enum_member

; ---- struct/union fields: `int x;`, `char *name;`, `int v[4];`, `double (*area)(const Shape *);` ----
(field_declaration
  declarator: [(field_identifier) @name
               (pointer_declarator declarator: (field_identifier) @name)
               (pointer_declarator declarator: (pointer_declarator declarator: (field_identifier) @name))
               (array_declarator declarator: (field_identifier) @name)
               (function_declarator
                 declarator: (parenthesized_declarator
                   (pointer_declarator declarator: (field_identifier) @name)))]) @definition.property

; ---- other typedefs: `typedef unsigned long id_t;`, `typedef struct impl *Handle;`,
;      `typedef double (*area_fn)(const Shape *);`  (`typedef struct X X;` without a body is only
;      a forward declaration of the struct: not a second symbol) ----
(type_definition
  type: [(primitive_type) (type_identifier) (sized_type_specifier)]
  declarator: (type_identifier) @name) @definition.type

(type_definition
  declarator: [(pointer_declarator declarator: (type_identifier) @name)
               (function_declarator
                 declarator: (parenthesized_declarator
                   (pointer_declarator declarator: (type_identifier) @name)))]) @definition.type

; ---- functions (pointer-returning ones have the function declarator under pointer declarators) ----
(function_definition
  declarator: [(function_declarator declarator: (identifier) @name)
               (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))
               (pointer_declarator
                 declarator: (pointer_declarator declarator: (function_declarator declarator: (identifier) @name)))]) @definition.function

; ---- globals at top level (not `extern` declarations, not prototypes); `const` -> constant ----
([
  (translation_unit
    (declaration
      declarator: [(identifier) @name
                   (pointer_declarator declarator: (identifier) @name)
                   (array_declarator declarator: (identifier) @name)
                   (pointer_declarator declarator: (array_declarator declarator: (identifier) @name))
                   (init_declarator
                     declarator: [(identifier) @name
                                  (pointer_declarator declarator: (identifier) @name)
                                  (array_declarator declarator: (identifier) @name)
                                  (pointer_declarator declarator: (array_declarator declarator: (identifier) @name))])]) @definition.constant @_decl)
  (preproc_ifdef
    (declaration
      declarator: [(identifier) @name
                   (pointer_declarator declarator: (identifier) @name)
                   (array_declarator declarator: (identifier) @name)
                   (pointer_declarator declarator: (array_declarator declarator: (identifier) @name))
                   (init_declarator
                     declarator: [(identifier) @name
                                  (pointer_declarator declarator: (identifier) @name)
                                  (array_declarator declarator: (identifier) @name)
                                  (pointer_declarator declarator: (array_declarator declarator: (identifier) @name))])]) @definition.constant @_decl)
  (preproc_if
    (declaration
      declarator: [(identifier) @name
                   (pointer_declarator declarator: (identifier) @name)
                   (array_declarator declarator: (identifier) @name)
                   (pointer_declarator declarator: (array_declarator declarator: (identifier) @name))
                   (init_declarator
                     declarator: [(identifier) @name
                                  (pointer_declarator declarator: (identifier) @name)
                                  (array_declarator declarator: (identifier) @name)
                                  (pointer_declarator declarator: (array_declarator declarator: (identifier) @name))])]) @definition.constant @_decl)
  (preproc_else
    (declaration
      declarator: [(identifier) @name
                   (pointer_declarator declarator: (identifier) @name)
                   (array_declarator declarator: (identifier) @name)
                   (pointer_declarator declarator: (array_declarator declarator: (identifier) @name))
                   (init_declarator
                     declarator: [(identifier) @name
                                  (pointer_declarator declarator: (identifier) @name)
                                  (array_declarator declarator: (identifier) @name)
                                  (pointer_declarator declarator: (array_declarator declarator: (identifier) @name))])]) @definition.constant @_decl)]
  (#match? @_decl "^(static\\s+)?const\\s")
  (#not-match? @_decl "^extern\\s"))

([
  (translation_unit
    (declaration
      declarator: [(identifier) @name
                   (pointer_declarator declarator: (identifier) @name)
                   (array_declarator declarator: (identifier) @name)
                   (pointer_declarator declarator: (array_declarator declarator: (identifier) @name))
                   (init_declarator
                     declarator: [(identifier) @name
                                  (pointer_declarator declarator: (identifier) @name)
                                  (array_declarator declarator: (identifier) @name)
                                  (pointer_declarator declarator: (array_declarator declarator: (identifier) @name))])]) @definition.variable @_decl)
  (preproc_ifdef
    (declaration
      declarator: [(identifier) @name
                   (pointer_declarator declarator: (identifier) @name)
                   (array_declarator declarator: (identifier) @name)
                   (pointer_declarator declarator: (array_declarator declarator: (identifier) @name))
                   (init_declarator
                     declarator: [(identifier) @name
                                  (pointer_declarator declarator: (identifier) @name)
                                  (array_declarator declarator: (identifier) @name)
                                  (pointer_declarator declarator: (array_declarator declarator: (identifier) @name))])]) @definition.variable @_decl)
  (preproc_if
    (declaration
      declarator: [(identifier) @name
                   (pointer_declarator declarator: (identifier) @name)
                   (array_declarator declarator: (identifier) @name)
                   (pointer_declarator declarator: (array_declarator declarator: (identifier) @name))
                   (init_declarator
                     declarator: [(identifier) @name
                                  (pointer_declarator declarator: (identifier) @name)
                                  (array_declarator declarator: (identifier) @name)
                                  (pointer_declarator declarator: (array_declarator declarator: (identifier) @name))])]) @definition.variable @_decl)
  (preproc_else
    (declaration
      declarator: [(identifier) @name
                   (pointer_declarator declarator: (identifier) @name)
                   (array_declarator declarator: (identifier) @name)
                   (pointer_declarator declarator: (array_declarator declarator: (identifier) @name))
                   (init_declarator
                     declarator: [(identifier) @name
                                  (pointer_declarator declarator: (identifier) @name)
                                  (array_declarator declarator: (identifier) @name)
                                  (pointer_declarator declarator: (array_declarator declarator: (identifier) @name))])]) @definition.variable @_decl)]
  (#not-match? @_decl "^extern\\s"))

; ---- Doc comments (`/** ... */` or `///` right before a function or a type) ----
((comment) @doc
  .
  (function_definition
    declarator: [(function_declarator declarator: (identifier) @name)
                 (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))]) @definition.function
  (#match? @doc "^(/\\*\\*|///)"))

((comment) @doc
  .
  (type_definition
    type: [(struct_specifier body: (field_declaration_list))
           (union_specifier body: (field_declaration_list))]
    declarator: (type_identifier) @name) @definition.class
  (#match? @doc "^(/\\*\\*|///)"))

((comment) @doc
  .
  [(struct_specifier name: (type_identifier) @name body: (field_declaration_list))
   (union_specifier name: (type_identifier) @name body: (field_declaration_list))] @definition.class
  (#match? @doc "^(/\\*\\*|///)"))

; ---- Return types: these patterns only add @returns to functions captured above ----
(function_definition
  type: [(type_identifier) @returns
         (struct_specifier name: (type_identifier) @returns)
         (union_specifier name: (type_identifier) @returns)]
  declarator: [(function_declarator declarator: (identifier) @name)
               (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))
               (pointer_declarator
                 declarator: (pointer_declarator declarator: (function_declarator declarator: (identifier) @name)))]) @definition.function

; ---------------------------------------------------------------------------
; References
; ---------------------------------------------------------------------------

; f()  (a call of a function-like macro looks the same and binds to the #define)
(call_expression
  function: (identifier) @name) @reference.call

; calls through struct fields: p->area(p)  s.area(&s)  (receiver typed by the bindings below)
(call_expression
  function: (field_expression
    argument: (_) @receiver
    field: (field_identifier) @name)) @reference.call

; functions used as values: callbacks in arguments, assignments, initialisers, designated initialisers
(call_expression
  arguments: (argument_list
    (identifier) @name @reference.read))

(assignment_expression
  right: [(identifier) @name @reference.read
          (conditional_expression consequence: (identifier) @name @reference.read)
          (conditional_expression alternative: (identifier) @name @reference.read)])

(init_declarator
  value: (identifier) @name @reference.read)

(initializer_list
  (identifier) @name @reference.read)

(initializer_pair
  value: (identifier) @name @reference.read)

(return_statement
  (identifier) @name @reference.read)

; type uses: parameters, fields, declarations, return types, casts, sizeof
(parameter_declaration
  type: [(type_identifier) @name @reference.type
         (struct_specifier name: (type_identifier) @name @reference.type !body)
         (union_specifier name: (type_identifier) @name @reference.type !body)
         (enum_specifier name: (type_identifier) @name @reference.type !body)])

(field_declaration
  type: [(type_identifier) @name @reference.type
         (struct_specifier name: (type_identifier) @name @reference.type !body)
         (union_specifier name: (type_identifier) @name @reference.type !body)
         (enum_specifier name: (type_identifier) @name @reference.type !body)])

(declaration
  type: [(type_identifier) @name @reference.type
         (struct_specifier name: (type_identifier) @name @reference.type !body)
         (union_specifier name: (type_identifier) @name @reference.type !body)
         (enum_specifier name: (type_identifier) @name @reference.type !body)])

(function_definition
  type: [(type_identifier) @name @reference.type
         (struct_specifier name: (type_identifier) @name @reference.type !body)
         (union_specifier name: (type_identifier) @name @reference.type !body)
         (enum_specifier name: (type_identifier) @name @reference.type !body)])

(type_descriptor
  type: [(type_identifier) @name @reference.type
         (struct_specifier name: (type_identifier) @name @reference.type !body)
         (union_specifier name: (type_identifier) @name @reference.type !body)])

(type_definition
  type: [(type_identifier) @name @reference.type
         (struct_specifier name: (type_identifier) @name @reference.type !body)
         (union_specifier name: (type_identifier) @name @reference.type !body)])

; ---------------------------------------------------------------------------
; Imports
; ---------------------------------------------------------------------------

; #include "shape.h"  /  #include <stdio.h>  (the engine strips quotes and <>; system headers are external)
(preproc_include
  path: [(string_literal) (system_lib_string)] @import.source)

; ---------------------------------------------------------------------------
; Type bindings (light receiver typing): `Shape *s = ...;`, `struct stats t;`, parameters
; ---------------------------------------------------------------------------

(declaration
  type: [(type_identifier) @binding.type
         (struct_specifier name: (type_identifier) @binding.type)
         (union_specifier name: (type_identifier) @binding.type)]
  declarator: [(identifier) @binding.variable
               (pointer_declarator declarator: (identifier) @binding.variable)
               (init_declarator
                 declarator: [(identifier) @binding.variable
                              (pointer_declarator declarator: (identifier) @binding.variable)])])

; parameters of function definitions (not of prototypes or function-pointer types)
(function_definition
  declarator: [(function_declarator
                 parameters: (parameter_list
                   (parameter_declaration
                     type: [(type_identifier) @binding.type
                            (struct_specifier name: (type_identifier) @binding.type)
                            (union_specifier name: (type_identifier) @binding.type)]
                     declarator: [(identifier) @binding.variable
                                  (pointer_declarator declarator: (identifier) @binding.variable)])))
               (pointer_declarator
                 declarator: (function_declarator
                   parameters: (parameter_list
                     (parameter_declaration
                       type: [(type_identifier) @binding.type
                              (struct_specifier name: (type_identifier) @binding.type)
                              (union_specifier name: (type_identifier) @binding.type)]
                       declarator: [(identifier) @binding.variable
                                    (pointer_declarator declarator: (identifier) @binding.variable)]))))])

; ---------------------------------------------------------------------------
; Blind spots
; ---------------------------------------------------------------------------
; dlsym(handle, "name"): a function looked up by name at run time
(call_expression
  function: (identifier) @_dlsym
  (#eq? @_dlsym "dlsym")) @blindspot.reflection
