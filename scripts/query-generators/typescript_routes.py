#!/usr/bin/env python3
"""Generates the NestJS route patterns of Queries/typescript.scm (each class wrapper × with/without controller prefix): the same pattern repeated with small variations, kept in one place here. Run through regenerate.py."""
METHODS = '"Get" "Post" "Put" "Delete" "Patch" "Options" "Head" "All"'
def member(path_part):
    return f"""(class_body
      (decorator
        (call_expression
          function: (identifier) @route.method
          arguments: {path_part})) @route
      .
      [(decorator) (comment)]*
      .
      (method_definition
        name: [(property_identifier) (private_property_identifier)] @route.handler))"""
WITH_PATH = "(arguments . (string) @route.path)"
NO_ARGS = "(arguments) @_noArguments"
def prefixed(body, prefix_cap, preds):
    args = f"\n        arguments: (arguments . (string) @{prefix_cap})" if prefix_cap else ""
    dec = f"""(decorator
      (call_expression
        function: (identifier) @_controller{args}))"""
    wrap = [
        f"(export_statement\n  decorator: {dec}\n  declaration: (class_declaration\n    body: {body}))",
        f"(class_declaration\n  decorator: {dec}\n  body: {body})",
        f"(export_statement\n  decorator: {dec}\n  declaration: (abstract_class_declaration\n    body: {body}))",
    ]
    return "\n".join(f"""({w}\n (#eq? @_controller "Controller")\n {preds})""" for w in wrap) + "\n"
out = []
out.append("; @Get(':id') / @Post('x') under @Controller('users')")
out.append(prefixed(member(WITH_PATH), "route.prefix", f"(#any-of? @route.method {METHODS})"))
out.append("; @Get() with no path: the controller prefix is the whole path")
out.append(prefixed(member(NO_ARGS), "route.path", f"(#any-of? @route.method {METHODS})\n (#eq? @_noArguments \"()\")"))
out.append("; @Get(':id') in a controller without a prefix (@Controller())")
out.append(prefixed(member(WITH_PATH), None, f"(#any-of? @route.method {METHODS})"))
print("\n".join(out).replace("@Get", "Get").replace("@Post", "Post").replace("@Controller", "Controller"))
