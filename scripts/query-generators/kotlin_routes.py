#!/usr/bin/env python3
"""Generates the Spring route patterns of Queries/kotlin.scm (each annotation form × with/without class prefix): the same pattern repeated with small variations, kept in one place here. Run through regenerate.py."""
PATH_ARG = lambda cap, key, pad: f"""[(value_argument . (string_literal) @{cap})
{pad} (value_argument
{pad}   (simple_identifier) @{key}
{pad}   [(string_literal) @{cap}
{pad}    (collection_literal . (string_literal) @{cap})])]"""
PREFIX = f"""  (modifiers
    (annotation
      (constructor_invocation
        (user_type (type_identifier) @_prefixAnnotation .)
        (value_arguments
          {PATH_ARG('route.prefix', '_prefixKey', ' ' * 10)}))))"""
PREFIX_AS_PATH = PREFIX.replace("@route.prefix", "@route.path")
PRED_PREFIX = """  (#eq? @_prefixAnnotation "RequestMapping")
  (#any-of? @_prefixKey "value" "path")"""
MAPPINGS = '"GetMapping" "PostMapping" "PutMapping" "DeleteMapping" "PatchMapping"'
METHOD_ARG = """(value_argument
              (simple_identifier) @_methodKey
              [(collection_literal . [(navigation_expression (navigation_suffix (simple_identifier) @route.method))
                                      (simple_identifier) @route.method])
               (navigation_expression (navigation_suffix (simple_identifier) @route.method))
               (simple_identifier) @route.method])"""
NAMED_PATH = """(value_argument
              (simple_identifier) @_pathKey
              [(string_literal) @route.path
               (collection_literal . (string_literal) @route.path)])"""

def cls(prefix, body, preds):
    head = "(class_declaration\n" + (prefix + "\n" if prefix else "") + "  \"class\"\n"
    return head + f"""  (class_body
    (function_declaration
      (modifiers
{body})
      (simple_identifier) @route.handler))
{preds})
"""
mapping = f"""        (annotation
          (constructor_invocation
            (user_type (type_identifier) @route.method .)
            (value_arguments
              {PATH_ARG('route.path', '_pathKey', ' ' * 14)}))) @route"""
marker = """        (annotation
          (user_type (type_identifier) @route.method .)) @route"""
reqmap = f"""        (annotation
          (constructor_invocation
            (user_type (type_identifier) @_mapping .)
            (value_arguments
              {PATH_ARG('route.path', '_pathKey', ' ' * 14)}))) @route"""
def reqmethod(first, second):
    return f"""        (annotation
          (constructor_invocation
            (user_type (type_identifier) @_mapping .)
            (value_arguments
              {first}
              {second}))) @route"""
P_MAP = f"""  (#any-of? @route.method {MAPPINGS})
  (#any-of? @_pathKey "value" "path")"""
P_REQ = """  (#eq? @_mapping "RequestMapping")
  (#any-of? @_pathKey "value" "path")"""
P_METH = P_REQ + '\n  (#eq? @_methodKey "method")'
out = []
out.append("; GetMapping(\"/{id}\")  PostMapping(path = [\"/\"])  (class prefix / none)")
out.append(cls(PREFIX, mapping, PRED_PREFIX + "\n" + P_MAP))
out.append(cls(None, mapping, P_MAP))
out.append("; GetMapping with no arguments: the class prefix is the whole path")
out.append(cls(PREFIX_AS_PATH, marker, PRED_PREFIX + f"\n  (#any-of? @route.method {MAPPINGS})"))
out.append("; method-level RequestMapping(\"/x\"): any method (class prefix / none)")
out.append(cls(PREFIX, reqmap, PRED_PREFIX + "\n" + P_REQ))
out.append(cls(None, reqmap, P_REQ))
out.append("; RequestMapping(value = [\"/x\"], method = [RequestMethod.GET]) (either order; class prefix / none)")
for a, b in [(NAMED_PATH, METHOD_ARG), (METHOD_ARG, NAMED_PATH)]:
    out.append(cls(PREFIX, reqmethod(a, b), PRED_PREFIX + "\n" + P_METH))
for a, b in [(NAMED_PATH, METHOD_ARG), (METHOD_ARG, NAMED_PATH)]:
    out.append(cls(None, reqmethod(a, b), P_METH))
print("\n".join(out))
