#!/usr/bin/env python3
"""Generates Queries/cpp.scm from cpp_template.scm: every "top-level" pattern must be repeated under each
container node (translation unit, #ifdef/#if/#else blocks, namespaces, templates), which tree-sitter
queries cannot express once. Run through regenerate.py."""
import os, sys

CONTAINERS = ['translation_unit','preproc_ifdef','preproc_if','preproc_else','declaration_list','template_declaration']
def each(body_fn):
    return '[\n' + '\n'.join(f'  ({c}\n    {body_fn()})' for c in CONTAINERS) + ']'
VAR_DECL = '''[(identifier) @name
                 (pointer_declarator declarator: (identifier) @name)
                 (reference_declarator (identifier) @name)
                 (array_declarator declarator: (identifier) @name)
                 (init_declarator
                   declarator: [(identifier) @name
                                (pointer_declarator declarator: (identifier) @name)
                                (reference_declarator (identifier) @name)
                                (array_declarator declarator: (identifier) @name)])]'''
def glob(kind):
    return f'''(declaration
      declarator: {VAR_DECL.replace(chr(10), chr(10)+'    ')}) @definition.{kind} @_decl'''
def typ(kind, spec):
    return f'''({spec} name: (type_identifier) @name body: (_)) @definition.{kind}'''

out = open(os.path.join(os.path.dirname(__file__), 'cpp_template.scm')).read()
out = out.replace('%CLASSES%', '(' + each(lambda: '[' + typ('class','class_specifier') + '\n     ' + typ('class','struct_specifier') + '\n     ' + typ('class','union_specifier') + ']') + ')')
out = out.replace('%ENUMS%', '(' + each(lambda: typ('enum','enum_specifier')) + ')')
out = out.replace('%CONSTS%', '(' + each(lambda: glob('constant')) + '''
  (#match? @_decl "^((static|inline)\\\\s+)*(const|constexpr)\\\\s")
  (#not-match? @_decl "^extern\\\\s"))''')
out = out.replace('%VARS%', '(' + each(lambda: glob('variable')) + '''
  (#not-match? @_decl "^extern\\\\s"))''')
sys.stdout.write(out)
