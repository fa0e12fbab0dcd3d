#!/usr/bin/env python3
"""Ground truth for callers in a Python repository, from jedi (a static analyser that follows
imports, attributes and inference). For every function and method defined in the repository's
.py files (or a deterministic sample of them), the call sites jedi finds: references to the
definition that are immediately called (`name(`), excluding the definition itself and imports.

usage: python_truth.py REPO [--sample N] > truth.json
Output: {"tool": "jedi x.y", "symbols": [{"file", "line", "column", "name", "callers": [[file, line], ...]}]}
"""
import argparse, json, os, sys

import jedi


def python_files(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in ("node_modules", "build", "dist"))
        for name in sorted(filenames):
            if name.endswith(".py"):
                yield os.path.relpath(os.path.join(dirpath, name), root)


def definitions(root, path, project):
    source = open(os.path.join(root, path), encoding="utf-8", errors="replace").read()
    script = jedi.Script(source, path=os.path.join(root, path), project=project)
    lines = source.split("\n")
    for name in script.get_names(all_scopes=True, definitions=True, references=False):
        # Functions defined here (`def name`), not names imported from elsewhere or lambdas.
        if name.type == "function" and f"def {name.name}" in lines[name.line - 1]:
            yield name.line, name.column, name.name


def callers(root, path, line, column, project, lines_of):
    source = open(os.path.join(root, path), encoding="utf-8", errors="replace").read()
    # A fresh Script per lookup: a reused one silently stops resolving after a few hundred calls.
    script = jedi.Script(source, path=os.path.join(root, path), project=project)
    sites = set()
    for ref in script.get_references(line, column + 1, include_builtins=False, scope="project"):
        if ref.module_path is None or ref.is_definition():
            continue
        file = os.path.relpath(str(ref.module_path), root)
        if file.startswith(".."):
            continue
        text = lines_of(file)
        if not (0 < ref.line <= len(text)):
            continue
        line_text = text[ref.line - 1]
        after = line_text[ref.column + len(ref.name):].lstrip()
        # A call, or a decorator applied without arguments (`@setupmethod`, `@app.before_request`):
        # the decorator is called with the function at definition time.
        decorator = line_text.lstrip().startswith("@") and (not after or after.startswith("#"))
        if after.startswith("(") or decorator:
            sites.add((file, ref.line))
    return sorted(sites)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("repo")
    parser.add_argument("--sample", type=int, default=0, help="take every k-th definition to reach about N")
    parser.add_argument("--under", default="", help="only definitions in files under this folder (e.g. src)")
    args = parser.parse_args()
    root = os.path.abspath(args.repo)
    # A src/ layout's packages are importable by the examples and tests (as after `pip install -e .`).
    extra = [os.path.join(root, "src")] if os.path.isdir(os.path.join(root, "src")) else []
    project = jedi.Project(root, added_sys_path=extra)
    cache = {}

    def lines_of(file):
        if file not in cache:
            cache[file] = open(os.path.join(root, file), encoding="utf-8", errors="replace").read().split("\n")
        return cache[file]

    defs = [(p, l, c, n) for p in python_files(root) if p.startswith(args.under)
            for (l, c, n) in definitions(root, p, project)]
    if args.sample and len(defs) > args.sample:
        step = len(defs) / args.sample
        defs = [defs[int(i * step)] for i in range(args.sample)]
    symbols = []
    for index, (path, line, column, name) in enumerate(defs):
        symbols.append({"file": path, "line": line, "column": column, "name": name,
                        "callers": callers(root, path, line, column, project, lines_of)})
        if (index + 1) % 50 == 0 or index + 1 == len(defs):
            print(f"jedi: {index + 1}/{len(defs)} definitions", file=sys.stderr)
    json.dump({"tool": f"jedi {jedi.__version__}", "symbols": symbols}, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
