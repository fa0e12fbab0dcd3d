#!/usr/bin/env python3
"""Query harness for Lattice query files: try patterns in seconds, without building Swift.
usage: query-check.py LANG QUERY.scm [FILE...]     (query-check.py --tree LANG FILE prints a syntax tree)
Setup: python3 -m venv .build/query-venv && .build/query-venv/bin/pip install -r scripts/query-check-requirements.txt
  LANG is the tree-sitter-language-pack name (go, rust, java, kotlin, c, cpp, swift, ruby, php, scala,
  lua, bash, dart, elixir, zig, haskell, ocaml, objc, r, julia, erlang, solidity, markdown) or csharp.
Validates every capture name against the Lattice vocabulary (docs/queries.md), compiles the query with
the same tree-sitter runtime and grammars as the build, then prints one line per match: pattern index
and captures (name=text@line). Exit 1 on any vocabulary/compile error.
Caveat: py-tree-sitter does not apply `#not-any-of?` (Lattice does); write `#not-match? "^(a|b)$"` to
see in the harness what Lattice will do. Only the Swift tests (FixtureMarkerTests) are authoritative."""
import sys, re
import tree_sitter as ts

KINDS = "module namespace class interface type enum enum_member function method constructor property constant variable macro heading".split()
REFS = "call instantiate type extends implements read".split()
BLIND = "reflection dynamic_import eval macro".split()
FIXED = set("""name doc decorator receiver owner import.source import.name import.alias import.default
import.namespace import.wildcard import.path import.module reexport export.default export.name export.alias
binding.variable binding.type returns scope route route.method route.methods route.path route.handler
route.receiver route.arguments route.prefix arguments wrapped_value""".split())
PREDICATES = {"eq?", "not-eq?", "match?", "not-match?", "any-of?", "not-any-of?"}

def valid(c):
    if c.startswith("_"): return True
    if c.startswith("definition."): return c[11:] in KINDS
    if c.startswith("reference."): return c[10:] in REFS
    if c.startswith("blindspot."): return c[10:] in BLIND
    return c in FIXED

def language(name):
    if name == "csharp":
        import tree_sitter_c_sharp as cs
        return ts.Language(cs.language())
    from tree_sitter_language_pack import get_language
    return get_language(name)

def main():
    if sys.argv[1] == "--tree":
        L = language(sys.argv[2])
        print(str(ts.Parser(L).parse(open(sys.argv[3], "rb").read()).root_node))
        return
    lang, qpath, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    text = open(qpath).read()
    bad = sorted({c for c in re.findall(r"@([A-Za-z_][\w.]*)", text) if not valid(c)})
    preds = sorted({p for p in re.findall(r"\(#([\w-]+\?)", text) if p not in PREDICATES})
    if bad or preds:
        print("vocabulary errors:", bad, "unsupported predicates:", preds); sys.exit(1)
    L = language(lang)
    q = ts.Query(L, text)
    parser = ts.Parser(L)
    for f in files:
        src = open(f, "rb").read()
        tree = parser.parse(src)
        print(f"== {f}  (errors: {'yes' if tree.root_node.has_error else 'no'})")
        for idx, caps in ts.QueryCursor(q).matches(tree.root_node):
            parts = []
            for name, nodes in sorted(caps.items()):
                for n in nodes:
                    t = src[n.start_byte:n.end_byte].decode(errors="replace").split("\n")[0][:50]
                    parts.append(f"{name}={t!r}@{n.start_point[0]+1}")
            print(f"  p{idx}: " + "  ".join(parts))

if __name__ == "__main__":
    main()
