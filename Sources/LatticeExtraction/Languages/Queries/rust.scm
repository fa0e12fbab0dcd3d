; Rust queries for Lattice. Capture vocabulary: docs/queries.md.
; Order matters for definitions: the first pattern that captures a node decides its kind, so
; items inside `impl` / `trait` blocks (methods) come before free functions, and the doc-comment
; and attribute patterns (which only add @doc / @decorator) come after all kind-deciding ones.
; Rust specifics the engine relies on:
; - items of `impl Foo {}` / `impl Trait for Foo {}` carry `@owner` (the impl's type name): `Foo.new`;
; - `impl Trait for Foo` is `@reference.implements` (name = Trait, owner = Foo);
; - `self` is typed by a binding to the impl's (or trait's) type, `Self` in `-> Self` is the owner;
; - `use a::b::C` is `@import.path`; `Foo::new()` calls have the receiver `Foo` (`::` → `.`);
; - macro bodies are token trees: calls inside `format!(…)` etc. are invisible (no references).

; ---------------------------------------------------------------------------
; Definitions
; ---------------------------------------------------------------------------

; ---- Items of impl blocks (owner = the implementing type) ------------------------
(impl_item
  type: [(type_identifier) @owner
         (generic_type type: (type_identifier) @owner)
         (scoped_type_identifier name: (type_identifier) @owner)
         (generic_type type: (scoped_type_identifier name: (type_identifier) @owner))]
  body: (declaration_list
    (function_item
      name: (identifier) @name) @definition.method))

(impl_item
  type: [(type_identifier) @owner
         (generic_type type: (type_identifier) @owner)
         (scoped_type_identifier name: (type_identifier) @owner)
         (generic_type type: (scoped_type_identifier name: (type_identifier) @owner))]
  body: (declaration_list
    (const_item
      name: (identifier) @name) @definition.constant))

(impl_item
  type: [(type_identifier) @owner
         (generic_type type: (type_identifier) @owner)
         (scoped_type_identifier name: (type_identifier) @owner)
         (generic_type type: (scoped_type_identifier name: (type_identifier) @owner))]
  body: (declaration_list
    (type_item
      name: (type_identifier) @name) @definition.type))

; ---- Traits (interfaces): required and provided methods, associated items ---------
(trait_item
  body: (declaration_list
    [(function_signature_item name: (identifier) @name)
     (function_item name: (identifier) @name)] @definition.method))
(trait_item
  body: (declaration_list
    (associated_type
      name: (type_identifier) @name) @definition.type))
(trait_item
  body: (declaration_list
    (const_item
      name: (identifier) @name) @definition.constant))
(trait_item
  name: (type_identifier) @name) @definition.interface

; ---- Types ----------------------------------------------------------------------
(struct_item
  name: (type_identifier) @name) @definition.class
(union_item
  name: (type_identifier) @name) @definition.class
(enum_item
  name: (type_identifier) @name) @definition.enum
(enum_variant
  name: (identifier) @name) @definition.enum_member
(type_item
  name: (type_identifier) @name) @definition.type

; named struct fields (also of unions); fields of struct-like enum variants are not symbols
([(struct_item
   body: (field_declaration_list
     (field_declaration
       name: (field_identifier) @name) @definition.property))
  (union_item
   body: (field_declaration_list
     (field_declaration
       name: (field_identifier) @name) @definition.property))])

; ---- Modules: `mod a;` (body in a.rs / a/mod.rs) and inline `mod a { … }` ------------
(mod_item
  name: (identifier) @name) @definition.module

; ---- Macros: macro_rules! definitions ---------------------------------------------
(macro_definition
  name: (identifier) @name) @definition.macro

; ---- Functions (any depth: a fn nested in a fn is outer.inner; in `mod m {}` it is m.f) --
(function_item
  name: (identifier) @name) @definition.function
(function_signature_item
  name: (identifier) @name) @definition.function

; ---- Constants and statics at file / module level (not locals) ----------------------
([(source_file
   [(const_item name: (identifier) @name) @definition.constant
    (static_item name: (identifier) @name) @definition.variable])
  (mod_item
   body: (declaration_list
     [(const_item name: (identifier) @name) @definition.constant
      (static_item name: (identifier) @name) @definition.variable]))])

; ---- Return types: only add @returns to the definitions above ------------------------
; `-> Self` is kept as written (the engine reads `Self` as the owner type); `-> &T` is unwrapped.
([(function_item
   name: (identifier) @name
   return_type: [(type_identifier) (scoped_type_identifier) (generic_type)] @returns) @definition.function
  (function_item
   name: (identifier) @name
   return_type: (reference_type
     type: [(type_identifier) (scoped_type_identifier) (generic_type)] @returns)) @definition.function
  (function_signature_item
   name: (identifier) @name
   return_type: [(type_identifier) (scoped_type_identifier) (generic_type)] @returns) @definition.function
  (function_signature_item
   name: (identifier) @name
   return_type: (reference_type
     type: [(type_identifier) (scoped_type_identifier) (generic_type)] @returns)) @definition.function])

; ---- Doc comments (/// lines right before the item, attributes may sit in between) ----
((line_comment outer: (outer_doc_comment_marker))+ @doc
  .
  (attribute_item)*
  .
  [(function_item name: (identifier) @name) @definition.function
   (function_signature_item name: (identifier) @name) @definition.function
   (struct_item name: (type_identifier) @name) @definition.class
   (union_item name: (type_identifier) @name) @definition.class
   (enum_item name: (type_identifier) @name) @definition.enum
   (enum_variant name: (identifier) @name) @definition.enum_member
   (trait_item name: (type_identifier) @name) @definition.interface
   (type_item name: (type_identifier) @name) @definition.type
   (associated_type name: (type_identifier) @name) @definition.type
   (mod_item name: (identifier) @name) @definition.module
   (macro_definition name: (identifier) @name) @definition.macro
   (const_item name: (identifier) @name) @definition.constant
   (static_item name: (identifier) @name) @definition.variable
   (field_declaration name: (field_identifier) @name) @definition.property])

; ---- Attributes with run-time / code-generating effect (derive, serde, test, tokio::main…) --
; Lint, cfg and documentation attributes are not decorators.
((attribute_item
   (attribute
     [(identifier) @_attribute
      (scoped_identifier name: (identifier) @_attribute)])) @decorator
  .
  [(attribute_item) (line_comment) (block_comment)]*
  .
  [(function_item name: (identifier) @name) @definition.function
   (struct_item name: (type_identifier) @name) @definition.class
   (union_item name: (type_identifier) @name) @definition.class
   (enum_item name: (type_identifier) @name) @definition.enum
   (enum_variant name: (identifier) @name) @definition.enum_member
   (trait_item name: (type_identifier) @name) @definition.interface
   (mod_item name: (identifier) @name) @definition.module
   (field_declaration name: (field_identifier) @name) @definition.property]
  (#not-match? @_attribute "^(allow|warn|deny|forbid|expect|cfg|cfg_attr|doc|inline|cold|must_use|deprecated|non_exhaustive|rustfmt|clippy|macro_export|macro_use|path|repr|track_caller|automatically_derived)$"))

; ---------------------------------------------------------------------------
; References
; ---------------------------------------------------------------------------

; ---- Calls --------------------------------------------------------------------
; f()  /  f::<T>()
(call_expression
  function: [(identifier) @name
             (generic_function function: (identifier) @name)]) @reference.call

; x.m()  self.m()  self.repo.find()  x.m::<T>()
(call_expression
  function: [(field_expression
               value: (_) @receiver
               field: (field_identifier) @name)
             (generic_function
               function: (field_expression
                 value: (_) @receiver
                 field: (field_identifier) @name))]) @reference.call

; Foo::new()  util::slug()  Self::new()  crate::a::f()  Foo::make::<T>()
(call_expression
  function: [(scoped_identifier
               path: [(identifier) (scoped_identifier) (crate) (self) (super) (metavariable)] @receiver
               name: (identifier) @name)
             (generic_function
               function: (scoped_identifier
                 path: [(identifier) (scoped_identifier) (crate) (self) (super) (metavariable)] @receiver
                 name: (identifier) @name))]) @reference.call

; Vec::<u8>::new()  (the receiver is the type without its turbofish arguments)
(call_expression
  function: (scoped_identifier
    path: (generic_type
      type: (_) @receiver)
    name: (identifier) @name)) @reference.call

; <T as Trait>::f()  /  <Foo>::f()
(call_expression
  function: (scoped_identifier
    path: (bracketed_type
      [(type_identifier) (scoped_type_identifier)] @receiver)
    name: (identifier) @name)) @reference.call
(call_expression
  function: (scoped_identifier
    path: (bracketed_type
      (qualified_type
        alias: (_) @receiver))
    name: (identifier) @name)) @reference.call

; ---- Instantiation: struct literals Foo { .. } / a::Foo { .. } / Self { .. } ------------
(struct_expression
  name: [(type_identifier) @name
         (generic_type_with_turbofish type: (type_identifier) @name)]) @reference.instantiate
(struct_expression
  name: [(scoped_type_identifier
           path: (_) @receiver
           name: (type_identifier) @name)
         (generic_type_with_turbofish
           type: (scoped_identifier
             path: (_) @receiver
             name: (identifier) @name))]) @reference.instantiate

; ---- Inheritance -------------------------------------------------------------------
; impl Trait for Foo   (the implementing type is the owner)
(impl_item
  trait: [(type_identifier) @name
          (scoped_type_identifier
            path: (_) @receiver
            name: (type_identifier) @name)
          (generic_type
            type: [(type_identifier) @name
                   (scoped_type_identifier
                     path: (_) @receiver
                     name: (type_identifier) @name)])] @reference.implements
  type: [(type_identifier) @owner
         (generic_type type: (type_identifier) @owner)
         (scoped_type_identifier name: (type_identifier) @owner)
         (generic_type type: (scoped_type_identifier name: (type_identifier) @owner))])

; trait A: B + fmt::Debug   (supertraits)
(trait_item
  bounds: (trait_bounds
    [(type_identifier) @name @reference.extends
     (scoped_type_identifier
       path: (_) @receiver
       name: (type_identifier) @name) @reference.extends
     (generic_type
       type: [(type_identifier) @name
              (scoped_type_identifier
                path: (_) @receiver
                name: (type_identifier) @name)]) @reference.extends]))

; ---- Type uses ------------------------------------------------------------------
; A type name in a type position. Declarations' own names, struct literals and heritage
; clauses are captured above. `a::T` carries the path as receiver.
([(parameter type: (type_identifier) @name @reference.type)
  (function_item return_type: (type_identifier) @name @reference.type)
  (function_signature_item return_type: (type_identifier) @name @reference.type)
  (field_declaration type: (type_identifier) @name @reference.type)
  (ordered_field_declaration_list type: (type_identifier) @name @reference.type)
  (let_declaration type: (type_identifier) @name @reference.type)
  (const_item type: (type_identifier) @name @reference.type)
  (static_item type: (type_identifier) @name @reference.type)
  (type_item type: (type_identifier) @name @reference.type)
  (reference_type type: (type_identifier) @name @reference.type)
  (pointer_type type: (type_identifier) @name @reference.type)
  (array_type element: (type_identifier) @name @reference.type)
  (tuple_type (type_identifier) @name @reference.type)
  (type_arguments (type_identifier) @name @reference.type)
  (generic_type type: (type_identifier) @name @reference.type)
  (dynamic_type trait: (type_identifier) @name @reference.type)
  (abstract_type trait: (type_identifier) @name @reference.type)
  (trait_bounds (type_identifier) @name @reference.type)
  (impl_item type: (type_identifier) @name @reference.type)
  (type_cast_expression type: (type_identifier) @name @reference.type)
  (closure_parameters (parameter type: (type_identifier) @name @reference.type))])

([(parameter type: (scoped_type_identifier path: (_) @receiver name: (type_identifier) @name) @reference.type)
  (function_item return_type: (scoped_type_identifier path: (_) @receiver name: (type_identifier) @name) @reference.type)
  (function_signature_item return_type: (scoped_type_identifier path: (_) @receiver name: (type_identifier) @name) @reference.type)
  (field_declaration type: (scoped_type_identifier path: (_) @receiver name: (type_identifier) @name) @reference.type)
  (ordered_field_declaration_list type: (scoped_type_identifier path: (_) @receiver name: (type_identifier) @name) @reference.type)
  (let_declaration type: (scoped_type_identifier path: (_) @receiver name: (type_identifier) @name) @reference.type)
  (const_item type: (scoped_type_identifier path: (_) @receiver name: (type_identifier) @name) @reference.type)
  (static_item type: (scoped_type_identifier path: (_) @receiver name: (type_identifier) @name) @reference.type)
  (type_item type: (scoped_type_identifier path: (_) @receiver name: (type_identifier) @name) @reference.type)
  (reference_type type: (scoped_type_identifier path: (_) @receiver name: (type_identifier) @name) @reference.type)
  (pointer_type type: (scoped_type_identifier path: (_) @receiver name: (type_identifier) @name) @reference.type)
  (array_type element: (scoped_type_identifier path: (_) @receiver name: (type_identifier) @name) @reference.type)
  (tuple_type (scoped_type_identifier path: (_) @receiver name: (type_identifier) @name) @reference.type)
  (type_arguments (scoped_type_identifier path: (_) @receiver name: (type_identifier) @name) @reference.type)
  (generic_type type: (scoped_type_identifier path: (_) @receiver name: (type_identifier) @name) @reference.type)
  (dynamic_type trait: (scoped_type_identifier path: (_) @receiver name: (type_identifier) @name) @reference.type)
  (abstract_type trait: (scoped_type_identifier path: (_) @receiver name: (type_identifier) @name) @reference.type)
  (trait_bounds (scoped_type_identifier path: (_) @receiver name: (type_identifier) @name) @reference.type)
  (impl_item type: (scoped_type_identifier path: (_) @receiver name: (type_identifier) @name) @reference.type)])

; ---- Reads: names used as values ---------------------------------------------------
; f(handler), f(CAPACITY), f(Kind::A), match arms `Kind::A =>`, `x >= LIMIT`
(arguments
  (identifier) @name @reference.read)
(arguments
  (scoped_identifier
    path: (_) @receiver
    name: (identifier) @name) @reference.read)
(match_pattern
  (scoped_identifier
    path: (_) @receiver
    name: (identifier) @name) @reference.read)
(binary_expression
  [left: (identifier) @name @reference.read
   right: (identifier) @name @reference.read]
  (#match? @name "^[A-Z][A-Z0-9_]*$"))

; ---------------------------------------------------------------------------
; Imports (one binding per match)
; ---------------------------------------------------------------------------

; use crate::a::Thing;  use super::x;  use std::fmt;
(use_declaration
  argument: (scoped_identifier) @import.path)

; use crate::a::Thing as Other;
(use_declaration
  argument: (use_as_clause
    path: (scoped_identifier) @import.path
    alias: (identifier) @import.alias))

; use a::b::*;  use super::*;
(use_declaration
  argument: (use_wildcard
    [(scoped_identifier) (identifier) (crate) (super) (self)] @import.source) @import.wildcard)

; use crate::a::{B, C as D, self};
(use_declaration
  argument: (scoped_use_list
    path: (_) @import.source
    list: (use_list
      (identifier) @import.name)))
(use_declaration
  argument: (scoped_use_list
    path: (_) @import.source
    list: (use_list
      (use_as_clause
        path: (identifier) @import.name
        alias: (identifier) @import.alias))))
(use_declaration
  argument: (scoped_use_list
    path: (_) @import.source @import.module
    list: (use_list
      (self))))
(use_declaration
  argument: (scoped_use_list
    path: (_) @import.source
    list: (use_list
      (use_wildcard
        (self)) @import.wildcard)))

; extern crate foo;  (binds the crate as a namespace)
(extern_crate_declaration
  name: (identifier) @import.source @import.module
  !alias)
(extern_crate_declaration
  name: (identifier) @import.source @import.module
  alias: (identifier) @import.namespace)

; ---------------------------------------------------------------------------
; Type bindings (light receiver typing)
; ---------------------------------------------------------------------------

; `self` in impl methods is the impl's type; in provided trait methods, the trait
(impl_item
  type: [(type_identifier) @binding.type
         (generic_type type: (type_identifier) @binding.type)
         (scoped_type_identifier) @binding.type
         (generic_type type: (scoped_type_identifier) @binding.type)]
  body: (declaration_list
    (function_item
      parameters: (parameters
        (self_parameter
          (self) @binding.variable)))))
(trait_item
  name: (type_identifier) @binding.type
  body: (declaration_list
    (function_item
      parameters: (parameters
        (self_parameter
          (self) @binding.variable)))))

; typed parameters: fn f(s: Store), s: &Store, s: &mut a::Store, s: &dyn Store, s: impl Store, s: Box<T>
(parameter
  pattern: (identifier) @binding.variable
  type: [(type_identifier) @binding.type
         (scoped_type_identifier) @binding.type
         (generic_type) @binding.type
         (reference_type
           type: [(type_identifier) (scoped_type_identifier) (generic_type)] @binding.type)
         (reference_type
           type: (dynamic_type
             trait: [(type_identifier) (scoped_type_identifier)] @binding.type))
         (dynamic_type
           trait: [(type_identifier) (scoped_type_identifier)] @binding.type)
         (abstract_type
           trait: [(type_identifier) (scoped_type_identifier)] @binding.type)])

; struct fields: `repo: Repo` types `self.repo` (the binding lives in the field's scope)
(field_declaration
  name: (field_identifier) @binding.variable
  type: [(type_identifier) @binding.type
         (scoped_type_identifier) @binding.type
         (generic_type) @binding.type
         (reference_type
           type: [(type_identifier) (scoped_type_identifier) (generic_type)] @binding.type)])

; let x: Foo = …;  let x: &Foo = …;
(let_declaration
  pattern: (identifier) @binding.variable
  type: [(type_identifier) @binding.type
         (scoped_type_identifier) @binding.type
         (generic_type) @binding.type
         (reference_type
           type: [(type_identifier) (scoped_type_identifier) (generic_type)] @binding.type)])

; let x = Foo { .. };  let x = &Foo { .. };
(let_declaration
  pattern: (identifier) @binding.variable
  !type
  value: [(struct_expression
            name: [(type_identifier) (scoped_type_identifier)] @binding.type)
          (reference_expression
            value: (struct_expression
              name: [(type_identifier) (scoped_type_identifier)] @binding.type))])

; let x = Foo::new();  let x = make();  let x = self.build();  let x = Foo::open()?;
; (the callee; the engine follows its @returns, reading `Self` as the owner)
(let_declaration
  pattern: (identifier) @binding.variable
  !type
  value: [(call_expression
            function: [(identifier) (scoped_identifier) (field_expression)] @binding.type)
          (try_expression
            (call_expression
              function: [(identifier) (scoped_identifier) (field_expression)] @binding.type))])

; ---------------------------------------------------------------------------
; Blind spots
; ---------------------------------------------------------------------------

; Macro invocations other than the std formatting / assertion ones: their expansion is
; invisible to syntax (calls and definitions inside them are not seen).
(macro_invocation
  macro: [(identifier) @_macro
          (scoped_identifier name: (identifier) @_macro)]
  (#not-match? @_macro "^(println|print|eprintln|eprint|format|format_args|write|writeln|vec|assert|assert_eq|assert_ne|debug_assert|debug_assert_eq|debug_assert_ne|panic|unreachable|todo|unimplemented|matches|dbg|concat|stringify|include_str|include_bytes|env|option_env|line|file|column|module_path|cfg|compile_error|thread_local)$")) @blindspot.macro

; Any::downcast_ref / downcast_mut: members of a type chosen at run time
(call_expression
  function: [(field_expression field: (field_identifier) @_downcast)
             (generic_function function: (field_expression field: (field_identifier) @_downcast))]
  (#any-of? @_downcast "downcast_ref" "downcast_mut" "downcast")) @blindspot.reflection

; libloading::Library::new(path): a library chosen at run time
(call_expression
  function: (scoped_identifier
    path: (_) @_library
    name: (identifier) @_new)
  (#match? @_library "(^|::)Library$")
  (#eq? @_new "new")) @blindspot.dynamic_import

; ---------------------------------------------------------------------------
; Framework routes (docs/queries.md): axum, actix-web (and Rocket-style attribute macros)
; ---------------------------------------------------------------------------
; Only a plain identifier handler is bound (`get(show)`); a path handler (`get(handlers::show)`)
; or a closure makes a route without a `routes` edge. Prefixes from axum `nest`, actix
; `web::scope(…).service(…)` and attribute-macro handlers mounted under a scope are not joined.

; axum: .route("/users/:id", get(show).post(create).delete(remove))
; One route per method router; the method call node is the route (so each gets its own span).
; Chains of up to four method routers are seen.
(call_expression
  function: (field_expression field: (field_identifier) @_route)
  arguments: (arguments
    .
    (string_literal) @route.path
    .
    (call_expression
      function: [(identifier) @route.method
                 (field_expression field: (field_identifier) @route.method)]
      arguments: (arguments . (_) @route.handler)) @route)
  (#eq? @_route "route")
  (#any-of? @route.method "get" "post" "put" "delete" "patch" "head" "options" "trace" "any")
  (#match? @route.path "^\"/"))
(call_expression
  function: (field_expression field: (field_identifier) @_route)
  arguments: (arguments
    .
    (string_literal) @route.path
    .
    (call_expression
      function: (field_expression
        value: (call_expression
          function: [(identifier) @route.method
                     (field_expression field: (field_identifier) @route.method)]
          arguments: (arguments . (_) @route.handler)) @route)))
  (#eq? @_route "route")
  (#any-of? @route.method "get" "post" "put" "delete" "patch" "head" "options" "trace" "any")
  (#match? @route.path "^\"/"))
(call_expression
  function: (field_expression field: (field_identifier) @_route)
  arguments: (arguments
    .
    (string_literal) @route.path
    .
    (call_expression
      function: (field_expression
        value: (call_expression
          function: (field_expression
            value: (call_expression
              function: [(identifier) @route.method
                         (field_expression field: (field_identifier) @route.method)]
              arguments: (arguments . (_) @route.handler)) @route)))))
  (#eq? @_route "route")
  (#any-of? @route.method "get" "post" "put" "delete" "patch" "head" "options" "trace" "any")
  (#match? @route.path "^\"/"))
(call_expression
  function: (field_expression field: (field_identifier) @_route)
  arguments: (arguments
    .
    (string_literal) @route.path
    .
    (call_expression
      function: (field_expression
        value: (call_expression
          function: (field_expression
            value: (call_expression
              function: (field_expression
                value: (call_expression
                  function: [(identifier) @route.method
                             (field_expression field: (field_identifier) @route.method)]
                  arguments: (arguments . (_) @route.handler)) @route)))))))
  (#eq? @_route "route")
  (#any-of? @route.method "get" "post" "put" "delete" "patch" "head" "options" "trace" "any")
  (#match? @route.path "^\"/"))

; actix-web / Rocket: #[get("/users/{id}")] async fn show() …   (the attribute is the route,
; the function after it — past other attributes and comments — the handler)
((attribute_item
   (attribute
     [(identifier) @route.method
      (scoped_identifier name: (identifier) @route.method)]
     arguments: (token_tree . (string_literal) @route.path))) @route
  .
  [(attribute_item) (line_comment) (block_comment)]*
  .
  (function_item name: (identifier) @route.handler)
  (#any-of? @route.method "get" "post" "put" "delete" "patch" "head" "options" "trace" "connect")
  (#match? @route.path "^\"/"))

; actix-web: app.route("/x", web::get().to(handler))  /  cfg.route(…)
(call_expression
  function: (field_expression
    value: (_) @route.receiver
    field: (field_identifier) @_route)
  arguments: (arguments
    .
    (string_literal) @route.path
    .
    (call_expression
      function: (field_expression
        value: (call_expression
          function: (scoped_identifier name: (identifier) @route.method))
        field: (field_identifier) @_to)
      arguments: (arguments . (_) @route.handler)) @route)
  (#eq? @_route "route")
  (#eq? @_to "to")
  (#any-of? @route.method "get" "post" "put" "delete" "patch" "head" "trace")
  (#match? @route.path "^\"/"))

; actix-web: web::scope("/admin").route("/x", web::get().to(handler))   → GET /admin/x
; (one capture more than the pattern above, so this match wins for the same registration)
(call_expression
  function: (field_expression
    value: (call_expression
      function: (scoped_identifier name: (identifier) @_scope)
      arguments: (arguments . (string_literal) @route.prefix)) @route.receiver
    field: (field_identifier) @_route)
  arguments: (arguments
    .
    (string_literal) @route.path
    .
    (call_expression
      function: (field_expression
        value: (call_expression
          function: (scoped_identifier name: (identifier) @route.method))
        field: (field_identifier) @_to)
      arguments: (arguments . (_) @route.handler)) @route)
  (#eq? @_scope "scope")
  (#eq? @_route "route")
  (#eq? @_to "to")
  (#any-of? @route.method "get" "post" "put" "delete" "patch" "head" "trace")
  (#match? @route.path "^\"/"))

; actix-web: web::resource("/x").route(web::get().to(h))[.route(web::post().to(h2))]
(call_expression
  function: (field_expression
    value: [(call_expression
              function: (scoped_identifier name: (identifier) @_resource)
              arguments: (arguments . (string_literal) @route.path))
            (call_expression
              function: (field_expression
                value: (call_expression
                  function: (scoped_identifier name: (identifier) @_resource)
                  arguments: (arguments . (string_literal) @route.path))))]
    field: (field_identifier) @_route)
  arguments: (arguments
    .
    (call_expression
      function: (field_expression
        value: (call_expression
          function: (scoped_identifier name: (identifier) @route.method))
        field: (field_identifier) @_to)
      arguments: (arguments . (_) @route.handler)) @route)
  (#eq? @_resource "resource")
  (#eq? @_route "route")
  (#eq? @_to "to")
  (#any-of? @route.method "get" "post" "put" "delete" "patch" "head" "trace")
  (#match? @route.path "^\"/"))

; actix-web: web::resource("/x").to(handler)   → any method
(call_expression
  function: (field_expression
    value: (call_expression
      function: (scoped_identifier name: (identifier) @_resource)
      arguments: (arguments . (string_literal) @route.path))
    field: (field_identifier) @_to)
  arguments: (arguments . (_) @route.handler)
  (#eq? @_resource "resource")
  (#eq? @_to "to")
  (#match? @route.path "^\"/")) @route
