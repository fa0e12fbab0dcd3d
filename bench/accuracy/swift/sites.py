#!/usr/bin/env python3
"""Every disagreement between `lattice callers` and a Swift truth file (truth.py), one line each,
with a first, mechanical cause read off Lattice's own index (REPO/.lattice/index.db, read-only:
what its parser extracted at the site, whether it was left unresolved and why, and what it was
bound to instead) and off the truth (dispatch and property-wrapper sites, other definitions that
the compiler says the site calls). The causes are a starting point for reading the source.

With --build BUILT_REPO (the built copy truth.py read), every extra site that is not a dispatch,
property-wrapper or uncompiled-file site is checked with sourcekit-lsp: `textDocument/symbolInfo`
at each occurrence of the name on the site line tells what the compiler binds it to (nothing: the
line is in an inactive `#if` branch).

usage: sites.py REPO TRUTH.json [--lattice PATH] [--syntax-only] [--build BUILT_REPO --details DETAILS.json] > sites.tsv
columns: missing|extra  cause  definition(file:line name)  site(file:line)  provenance  lattice-target  source line
"""
import argparse, json, os, re, sqlite3, subprocess, sys
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import lattice_json, repo_truth_parser  # noqa: E402
from collections import defaultdict

sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from truth import LSP, uri_of  # noqa: E402


def base(name):
    return name.split("(")[0]


def labels(name):
    """`(x:y:)` of `foo(x:y:)`; `()` when there is none (Lattice writes `foo` for `foo()`)."""
    return name[name.index("("):] if "(" in name else "()"


def main():
    parser = repo_truth_parser()
    parser.add_argument("--syntax-only", action="store_true")
    parser.add_argument("--build", help="the built copy of the repo, to ask sourcekit-lsp about extra sites")
    parser.add_argument("--details", help="truth.py --details output: every indexed reference, to tell "
                                          "non-call references from inactive #if code")
    args = parser.parse_args()
    rows, checks = [], []
    truth = json.load(open(args.truth))
    compiled_out = set(truth.get("coverage", {}).get("not_compiled", []))
    db = sqlite3.connect(f"file:{os.path.join(args.repo, '.lattice', 'index.db')}?mode=ro", uri=True)
    partial = {p for (p,) in db.execute("select path from files where status = 'partial'")}
    raw = defaultdict(list)
    for path, name, receiver, line in db.execute(
            "select f.path, r.name, r.receiver, r.line from raw_refs r join files f on f.id = r.file_id"):
        raw[(path, line)].append((name, receiver))
    unresolved = defaultdict(list)
    for path, name, receiver, line, reason, count in db.execute(
            "select file, name, receiver, line, reason, candidate_count from unresolved_refs"):
        unresolved[(path, line)].append((name, receiver, reason, count))
    edges = defaultdict(list)
    for path, line, target, kind, prov in db.execute(
            "select f.path, e.line, t.key, e.kind, e.provenance from edges e"
            " join files f on f.id = e.file_id join symbols t on t.id = e.target_id"):
        if kind in ("calls", "instantiates"):
            edges[(path, line)].append((target, prov))
    # Which truth definitions (by base name) each site calls, directly or by dispatch.
    site_calls = defaultdict(set)
    for item in truth["symbols"]:
        for site in item["callers"] + item.get("dispatch_sites", []):
            site_calls[tuple(site)].add(base(item["name"]))
    lines = {}

    def source(file, line):
        if file not in lines:
            lines[file] = open(os.path.join(args.repo, file), encoding="utf-8", errors="replace").read().split("\n")
        return lines[file][line - 1].strip() if 0 < line <= len(lines[file]) else ""

    for item in truth["symbols"]:
        node = lattice_json(args.lattice, args.repo, "node", f"{item['file']}:{item['line']}")
        result = ((node or {}).get("results") or [{}])[0]
        symbol = result.get("symbol")
        if not symbol or symbol.get("name") != item["name"]:
            got_name = symbol.get("name") if symbol else None
            rows.append(["unmatched", f"lattice names it {got_name!r}", f"{item['file']}:{item['line']} {item['name']}", "", "", "", ""])
            continue
        parent = (result.get("parent") or {}).get("key", "")
        parent_name = (result.get("parent") or {}).get("name", "")
        answer = lattice_json(args.lattice, args.repo, "callers", symbol["key"], "--limit", "0") or {"results": []}
        got = {}
        for r in answer.get("results", []):
            if r.get("kind") in ("calls", "instantiates") and (not args.syntax_only or r.get("provenance") == "syntax"):
                got.setdefault((r["file"], r["line"]), r.get("provenance"))
        want = {tuple(s) for s in item["callers"]}
        dispatch = {tuple(s) for s in item.get("dispatch_sites", [])}
        wrappers = {tuple(s) for s in item.get("wrapper_sites", [])}
        question = f"{item['file']}:{item['line']} {symbol['qualified_name']}"
        is_init = item["name"].startswith("init")
        b = base(item["name"])
        bases = {b, parent_name, "Self"} if is_init else {b}
        label = item["name"].split(".")[-1] if not is_init else None
        for site in sorted(want - set(got)):
            text = source(*site)
            names = [n for n, _ in raw.get(site, []) if base(n) in bases]
            targets = [t for t, _ in edges.get(site, [])]
            same = [t for t in targets if t != symbol["key"] and t != parent
                    and base(t.split("#", 1)[-1].split(":", 1)[-1].split(".")[-1].split("~")[0]) in bases]
            unres = [u for u in unresolved.get(site, []) if base(u[0]) in bases]
            implicit = re.search(r"(^|[^\w)\]?!>`\s]|[(,:=\[]\s*|return\s+|^\s*)\.(" + "|".join(map(re.escape, bases)) + r")\b", text)
            if is_init and parent and parent in targets:
                cause = "init: construction bound to the type, not to this initializer"
            elif is_init and re.search(r"@\s*" + re.escape(parent_name) + r"\b", text):
                cause = "init: property-wrapper attribute @Type(...) not bound to the initializer"
            elif same:
                cause = "bound to another same-named definition (overload / other type)"
            elif (unres or names) and labels((unres[0][0] if unres else names[0])) != labels(item["name"]):
                cause = "labels at the call differ from the declaration's (defaulted argument / trailing closure)"
            elif unres and unres[0][2] == "not_found":
                cause = "unresolved: receiver type not inferred" if unres[0][1] else "unresolved: not found"
            elif unres:
                cause = f"unresolved: {unres[0][2]} ({unres[0][3]} candidates)"
            elif names:
                cause = "extracted, bound to nothing" + (" (name-match edge, dropped by --syntax-only)"
                                                        if args.syntax_only else "")
            elif implicit:
                cause = "implicit member expression .name( not extracted"
            elif site[0] in partial:
                cause = "no call extracted: site file has syntax errors (tree-sitter)"
            else:
                cause = "no call extracted"
            if is_init and not cause.startswith("init"):
                cause = "init: " + cause
            rows.append(["missing", cause, question, f"{site[0]}:{site[1]}", "", ",".join(t.split("#")[-1] for t in targets), text])
        for site, prov in sorted(got.items()):
            if site in want:
                continue
            text = source(*site)
            if site in dispatch:
                cause = "dispatch: compiler binds the call to the requirement/base method"
            elif site in wrappers:
                cause = "property-wrapper attribute without arguments (truth: wrapper_sites)"
            elif site[0] in compiled_out:
                cause = "site in a file the build does not compile (no truth there)"
            elif b in site_calls.get(site, set()):
                cause = "site calls another same-named definition (compiler)"
            elif not re.search(r"\b" + re.escape(b if not is_init else "") + r"\b", text) and not is_init:
                cause = "name not on the site line"
            else:
                cause = "other"
            rows.append(["extra", cause, question, f"{site[0]}:{site[1]}", prov, "", text])
            if not cause.startswith(("dispatch", "property-wrapper", "site in a file")):
                checks.append((rows[-1], site, item, parent_name if is_init else b))
    if args.build and checks:
        indexed = defaultdict(set)
        if args.details:
            for ref in json.load(open(args.details))["references"]:
                file, line = ref["definition"].rsplit(" ", 1)[0].rsplit(":", 1)
                site_file, site_line, _ = ref["site"].rsplit(":", 2)
                indexed[(file, int(line))].add((site_file, int(site_line)))
        compiler_check(args.build, checks, lines, indexed)
    for row in rows:
        print("\t".join(row))


def compiler_check(build, checks, lines, indexed):
    """Replace the cause of extra sites with what sourcekit-lsp binds the name on that line to."""
    root = os.path.realpath(build)
    lsp = LSP(root)
    lsp.request("initialize", {"processId": os.getpid(), "rootUri": uri_of(root), "capabilities": {},
                               "initializationOptions": {"backgroundIndexing": False}})
    lsp.notify("initialized", {})
    lsp.request("workspace/synchronize", {"index": True})
    opened = set()
    for row, (file, line), item, name in checks:
        path = os.path.join(root, file)
        if file not in opened:
            lsp.notify("textDocument/didOpen", {"textDocument": {
                "uri": uri_of(path), "languageId": "swift", "version": 1,
                "text": open(path, encoding="utf-8", errors="replace").read()}})
            opened.add(file)
        text = lines[file][line - 1]
        names = [name] + (["init", "Self"] if item["name"].startswith("init") else [])
        bound = []
        for n in names:
            for m in re.finditer(r"(?<![A-Za-z0-9_])" + re.escape(n) + r"(?![A-Za-z0-9_])", text):
                character = len(text[:m.start()].encode("utf-16-le")) // 2
                info = lsp.request("textDocument/symbolInfo", {"textDocument": {"uri": uri_of(path)},
                                                               "position": {"line": line - 1, "character": character}}) or []
                bound += [i for i in info if i.get("usr")]
        in_index = (file, line) in indexed.get((item["file"], item["line"]), set())
        if any(i["usr"] == item.get("usr") for i in bound):
            # sourcekitd also resolves names in inactive `#if` branches, which the index leaves out.
            row[1] = ("non-call reference to this definition (function value / unapplied name)" if in_index
                      else "inactive #if branch (not compiled; the index has no reference here)")
        elif not bound:
            row[1] = "compiler binds nothing here"
        else:
            i = ([i for i in bound if i.get("kind") in (6, 9, 12)] or bound)[0]
            module = (i.get("systemModule") or {}).get("moduleName", "")
            where = f"{module} (system)" if i.get("isSystem") else "this repo"
            row[1] = f"compiler binds it to {i.get('name')} in {where}"
            row[5] = i["usr"]
    lsp.close()


if __name__ == "__main__":
    main()
