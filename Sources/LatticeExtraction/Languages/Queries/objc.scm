; Objective-C queries for Lattice (grammar `objc`; `.m` files — `.h` headers are parsed with the C
; grammar, so ObjC declarations in headers are not seen). Capture vocabulary: docs/queries.md.
; Breadth level: classes (`interface`), protocols, methods (`implementation`), properties, C
; functions and macros, message sends as calls, `#import`/`#include`.
; A method is named by the first keyword of its selector (`initWithName:age:` -> `initWithName`).
; Methods are defined in `implementation Foo` blocks (and categories `implementation Foo (Extras)`),
; outside the `interface` body, so they carry `@owner` (the class name). Method declarations in
; an `interface` are not symbols (the implementation is); in a `protocol` they are.
; Initialisers (`-initWithName:`) are ordinary methods: they are sent like any message, usually to
; `[Foo alloc]`, whose type the engine cannot follow, so they bind by name.
; Order matters: the first pattern that captures a node decides its kind.

; ---------------------------------------------------------------------------
; Definitions
; ---------------------------------------------------------------------------

; ---- Macros ----
(preproc_def
  name: (identifier) @name
  value: (preproc_arg)) @definition.macro

(preproc_function_def
  name: (identifier) @name) @definition.macro

; ---- Classes and protocols (a category `interface Foo (Extras)` is no new class) ----
(class_interface
  .
  (identifier) @name
  !category) @definition.class

(protocol_declaration
  .
  (identifier) @name) @definition.interface

; ---- Methods in `implementation` (owner = the class; also for categories) ----
(class_implementation
  .
  (identifier) @owner
  (implementation_definition
    (method_definition
      .
      (method_type)
      .
      (identifier) @name) @definition.method))

(class_implementation
  .
  (identifier) @owner
  (implementation_definition
    (method_definition
      .
      (identifier) @name) @definition.method))

; ---- Protocol requirements (also in `optional` / `required` sections) ----
(protocol_declaration
  [(method_declaration . (method_type) . (identifier) @name)
   (method_declaration . (identifier) @name)] @definition.method)

(protocol_declaration
  (qualified_protocol_interface_declaration
    [(method_declaration . (method_type) . (identifier) @name)
     (method_declaration . (identifier) @name)] @definition.method))

; ---- Properties and instance variables of a class interface ----
(class_interface
  !category
  (property_declaration
    (struct_declaration
      (struct_declarator
        [(identifier) @name
         (pointer_declarator declarator: (identifier) @name)]))) @definition.property)

(class_interface
  !category
  (instance_variables
    (instance_variable
      (struct_declaration
        (struct_declarator
          [(identifier) @name
           (pointer_declarator declarator: (identifier) @name)]))) @definition.property))

; ---- C: typedef struct { ... } Name;  enums; functions ----
(type_definition
  type: [(struct_specifier body: (field_declaration_list))
         (union_specifier body: (field_declaration_list))]
  declarator: (type_identifier) @name) @definition.class

(type_definition
  type: (enum_specifier body: (enumerator_list))
  declarator: (type_identifier) @name) @definition.enum

(enumerator
  name: (identifier) @name) @definition.enum_member

(function_definition
  declarator: [(function_declarator declarator: (identifier) @name)
               (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))]) @definition.function

; ---- top-level constants: static NSString *const kKey = @"...";  static const int kMax = 3; ----
(translation_unit
  (declaration
    declarator: (init_declarator
      declarator: [(identifier) @name
                   (pointer_declarator declarator: (identifier) @name)
                   (pointer_declarator (type_qualifier) declarator: (identifier) @name)])) @definition.constant @_decl
  (#match? @_decl "const"))

(translation_unit
  (declaration
    declarator: (init_declarator
      declarator: [(identifier) @name
                   (pointer_declarator declarator: (identifier) @name)])) @definition.variable @_decl
  (#not-match? @_decl "^extern\\s"))

; ---- Return types: these patterns only add @returns to methods captured above ----
(class_implementation
  .
  (identifier) @owner
  (implementation_definition
    (method_definition
      .
      (method_type (type_name (type_identifier) @returns))
      .
      (identifier) @name) @definition.method))

; ---------------------------------------------------------------------------
; References
; ---------------------------------------------------------------------------

; C calls: f()
(call_expression
  function: (identifier) @name) @reference.call

; message sends: [obj draw]  [self describeWith:1 and:2]  [super init]  [Shape shapeNamed:@"x"]
; (the call is named by the first selector keyword; `alloc`/`new` are instantiations, below)
(message_expression
  receiver: (_) @receiver
  .
  method: (identifier) @name
  (#not-any-of? @name "alloc" "new" "performSelector")) @reference.call

; [Shape alloc]  [Shape new]
(message_expression
  receiver: (identifier) @name
  .
  method: (identifier) @_alloc
  (#any-of? @_alloc "alloc" "new")
  (#match? @name "^[A-Z]")) @reference.instantiate

; `interface` Circle : Shape <Drawable, NSCopying>
(class_interface
  superclass: (identifier) @name @reference.extends)

(class_interface
  (parameterized_arguments
    (type_name (type_identifier) @name @reference.implements)))

; `protocol` Drawable <NSObject>
(protocol_declaration
  (protocol_reference_list
    (identifier) @name @reference.extends))

; C functions used as values in arguments
(call_expression
  arguments: (argument_list
    (identifier) @name @reference.read))

; type uses in declarations and method signatures
(declaration
  type: (type_identifier) @name @reference.type)

(method_type
  (type_name (type_identifier) @name @reference.type))

; ---------------------------------------------------------------------------
; Imports
; ---------------------------------------------------------------------------

; #import "Geometry.h"  /  #import <Foundation/Foundation.h>  /  #include
(preproc_include
  path: [(string_literal) (system_lib_string)] @import.source)

; ---------------------------------------------------------------------------
; Type bindings
; ---------------------------------------------------------------------------

; Shape *s = ...;
(declaration
  type: (type_identifier) @binding.type
  declarator: [(pointer_declarator declarator: (identifier) @binding.variable)
               (init_declarator
                 declarator: (pointer_declarator declarator: (identifier) @binding.variable))])

; - (void)addShape:(Shape *)shape
(method_parameter
  (method_type (type_name (type_identifier) @binding.type))
  (identifier) @binding.variable)

; ---------------------------------------------------------------------------
; Blind spots
; ---------------------------------------------------------------------------
; [obj performSelector:`selector`(x)]  NSSelectorFromString(name)  NSClassFromString(name)
(message_expression
  method: (identifier) @_perform
  (#match? @_perform "^performSelector")) @blindspot.reflection

(call_expression
  function: (identifier) @_reflect
  (#any-of? @_reflect "NSSelectorFromString" "NSClassFromString" "objc_msgSend")) @blindspot.reflection
