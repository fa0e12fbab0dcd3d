; Zig queries for Lattice. Capture vocabulary: docs/queries.md.
; Order matters for definitions: the first pattern that captures a node decides its kind,
; so functions inside containers (methods) come before top-level functions.
;
; Grammar notes (tree-sitter-zig, PascalCase node names): a declaration is `Decl`; a function is
; `(Decl (FnProto function: (IDENTIFIER)) (Block))`; a type is a constant bound to a container:
; `(Decl (VarDecl (IDENTIFIER) (ErrorUnionExpr (SuffixExpr (ContainerDecl (ContainerDeclType) ...)))))`.
; Member access is flat: `a.b.c(x)` is `(SuffixExpr (IDENTIFIER a) (FieldOrFnCall b) (FieldOrFnCall c (FnCallArguments)))`,
; so the receiver of a call is the segment right before it (`a` for `a.b()`, `.b` in a longer chain).

; ---------------------------------------------------------------------------
; Definitions
; ---------------------------------------------------------------------------

; ---- Types: const Foo = struct { ... };  enum / union / opaque --------------
(Decl
  (VarDecl
    variable_type_function: (IDENTIFIER) @name
    (ErrorUnionExpr
      (SuffixExpr
        (ContainerDecl
          (ContainerDeclType) @_container)))
    (#match? @_container "^enum"))) @definition.enum

(Decl
  (VarDecl
    variable_type_function: (IDENTIFIER) @name
    (ErrorUnionExpr
      (SuffixExpr
        (ContainerDecl
          (ContainerDeclType) @_container)))
    (#match? @_container "^(struct|union|opaque)"))) @definition.class

; ---- Fields and enum members --------------------------------------------------
(ContainerDecl
  (ContainerDeclType) @_container
  (ContainerField
    .
    (ErrorUnionExpr
      (SuffixExpr
        .
        variable_type_function: (IDENTIFIER) @name .))) @definition.enum_member
  (#match? @_container "^enum"))

(ContainerDecl
  (ContainerField
    field_member: (IDENTIFIER) @name) @definition.property)

; ---- Functions: inside a container -> method (Stack.push), else function ----
(ContainerDecl
  (Decl
    (FnProto
      function: (IDENTIFIER) @name)) @definition.method)

(Decl
  (FnProto
    function: (IDENTIFIER) @name)) @definition.function

; ---- Top-level constants with a literal value: const max_items = 8; ------------
(source_file
  (Decl
    (VarDecl
      variable_type_function: (IDENTIFIER) @name
      .
      (ErrorUnionExpr)?
      .
      (ErrorUnionExpr
        (SuffixExpr
          .
          [(INTEGER) (FLOAT) (STRINGLITERALSINGLE) (CHAR_LITERAL)] .)) .)) @definition.constant)

; ---- Doc comments (only add docs to definitions above) ------------------------
((doc_comment)+ @doc
  .
  (Decl
    (VarDecl
      variable_type_function: (IDENTIFIER) @name
      (ErrorUnionExpr
        (SuffixExpr
          (ContainerDecl
            (ContainerDeclType) @_container)))
      (#match? @_container "^(struct|union|opaque)"))) @definition.class)

(ContainerDecl
  (doc_comment)+ @doc
  .
  (Decl
    (FnProto
      function: (IDENTIFIER) @name)) @definition.method)

((doc_comment)+ @doc
  .
  (Decl
    (FnProto
      function: (IDENTIFIER) @name)) @definition.function)

; ---- Return types (only add returns): fn f() Foo / fn f() !Foo / fn f() *Foo -----
(ContainerDecl
  (Decl
    (FnProto
      function: (IDENTIFIER) @name
      (ErrorUnionExpr
        (SuffixExpr
          .
          variable_type_function: (IDENTIFIER) @returns .)) .)) @definition.method)

(Decl
  (FnProto
    function: (IDENTIFIER) @name
    (ErrorUnionExpr
      (SuffixExpr
        .
        variable_type_function: (IDENTIFIER) @returns .)) .)) @definition.function

; ---------------------------------------------------------------------------
; References
; ---------------------------------------------------------------------------

; helper(x)
(SuffixExpr
  .
  variable_type_function: (IDENTIFIER) @name
  .
  (FnCallArguments) @reference.call)

; Stack.init()  /  s.push(1)  /  geo.Point.make(1, 2) (receiver `.Point`)
(SuffixExpr
  (_) @receiver
  .
  (FieldOrFnCall
    function_call: (IDENTIFIER) @name
    (FnCallArguments)) @reference.call)

; struct literals: Stack{ .len = 0 }  /  const p: Point = .{ ... }
(_
  (ErrorUnionExpr
    (SuffixExpr
      .
      variable_type_function: (IDENTIFIER) @name .)) @reference.instantiate
  .
  (InitList))

; type uses: parameters, return types, variable annotations
(ParamType
  (ErrorUnionExpr
    (SuffixExpr
      .
      variable_type_function: (IDENTIFIER) @name @reference.type .)))

(FnProto
  (ErrorUnionExpr
    (SuffixExpr
      .
      variable_type_function: (IDENTIFIER) @name @reference.type .)) .)

; ---------------------------------------------------------------------------
; Imports
; ---------------------------------------------------------------------------

; const geo = (builtin import)("geo.zig");   const std = (builtin import)("std");
(VarDecl
  variable_type_function: (IDENTIFIER) @import.namespace
  (ErrorUnionExpr
    (SuffixExpr
      .
      (BUILTINIDENTIFIER) @_builtin
      .
      (FnCallArguments
        (ErrorUnionExpr
          (SuffixExpr
            (STRINGLITERALSINGLE) @import.source))) .))
  (#match? @_builtin "^.import$"))

; const PointStack = (builtin import)("stack.zig").PointStack;  (one declaration of the file, renamed)
(VarDecl
  variable_type_function: (IDENTIFIER) @import.alias
  (ErrorUnionExpr
    (SuffixExpr
      .
      (BUILTINIDENTIFIER) @_builtin
      .
      (FnCallArguments
        (ErrorUnionExpr
          (SuffixExpr
            (STRINGLITERALSINGLE) @import.source)))
      .
      (FieldOrFnCall
        field_access: (IDENTIFIER) @import.name) .))
  (#match? @_builtin "^.import$"))

; usingnamespace (builtin import)("extra.zig");  (every public declaration becomes visible)
((Decl
   (ErrorUnionExpr
     (SuffixExpr
       (BUILTINIDENTIFIER) @_builtin
       (FnCallArguments
         (ErrorUnionExpr
           (SuffixExpr
             (STRINGLITERALSINGLE) @import.source)))))) @import.wildcard
  (#match? @_builtin "^.import$")
  (#match? @import.wildcard "usingnamespace"))

; ---------------------------------------------------------------------------
; Type bindings (light receiver typing)
; ---------------------------------------------------------------------------

; var t: Stack = ...;  var t = Stack{};  const p: Point = .{};
(VarDecl
  variable_type_function: (IDENTIFIER) @binding.variable
  .
  (ErrorUnionExpr
    (SuffixExpr
      .
      variable_type_function: (IDENTIFIER) @binding.type .))
  .
  [(ErrorUnionExpr) (InitList)])

; var s = Stack.init();  const s = try Stack.create(alloc);  (init/create return the type by convention)
(VarDecl
  variable_type_function: (IDENTIFIER) @binding.variable
  .
  [(ErrorUnionExpr
     (SuffixExpr
       .
       variable_type_function: (IDENTIFIER) @binding.type
       .
       (FieldOrFnCall
         function_call: (IDENTIFIER) @_constructor) .))
   (UnaryExpr
     left: (ErrorUnionExpr
       (SuffixExpr
         .
         variable_type_function: (IDENTIFIER) @binding.type
         .
         (FieldOrFnCall
           function_call: (IDENTIFIER) @_constructor) .)))]
  .
  (#any-of? @_constructor "init" "create"))

; var s = makeStack();  (the callee's declared return type)
(VarDecl
  variable_type_function: (IDENTIFIER) @binding.variable
  .
  (ErrorUnionExpr
    (SuffixExpr
      .
      variable_type_function: (IDENTIFIER) @binding.type
      .
      (FnCallArguments) .))
  .)

; parameters: fn push(self: *Stack, v: i32)
(ParamDecl
  parameter: (IDENTIFIER) @binding.variable
  (ParamType
    (ErrorUnionExpr
      (SuffixExpr
        .
        variable_type_function: (IDENTIFIER) @binding.type .))))
