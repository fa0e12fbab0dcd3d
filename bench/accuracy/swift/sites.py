#!/usr/bin/env python3
"""Every disagreement between `lattice callers` and a Swift truth file (truth.py), one line each,
with a first, mechanical cause read off Lattice's own index (REPO/.lattice/index.db, read-only:
what its parser extracted at the site, whether it was left unresolved and why, and what it was
bound to instead) and off the truth (dispatch and property-wrapper sites, other definitions that
the compiler says the site calls). The causes are a starting point for reading the source.

usage: sites.py REPO TRUTH.json [--lattice PATH] [--syntax-only] > sites.tsv
columns: missing|extra  cause  definition(file:line name)  site(file:line)  provenance  lattice-target  source line
"""
import argparse, json, os, re, sqlite3, subprocess
from collections import defaultdict


def lattice_json(lattice, repo, *args):
    out = subprocess.run([lattice, *args, "--root", repo, "--json"], capture_output=True, text=True)
    return json.loads(out.stdout) if out.stdout.strip() else None


def base(name):
    return name.split("(")[0]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("repo")
    parser.add_argument("truth")
    parser.add_argument("--lattice", default=".build/release/lattice")
    parser.add_argument("--syntax-only", action="store_true")
    args = parser.parse_args()
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
    for path, line, target, kind, prov in db.execute("select file, line, target_key, kind, provenance from edges"):
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
            print(f"unmatched\tlattice names it {got_name!r}\t{item['file']}:{item['line']} {item['name']}\t\t\t\t")
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
        for site in sorted(want - set(got)):
            text = source(*site)
            names = [n for n, _ in raw.get(site, [])]
            targets = [t for t, _ in edges.get(site, [])]
            same = [t for t in targets if base(t.split(":", 2)[-1].split(".")[-1].split("~")[0]) == b and t != symbol["key"]]
            if is_init and parent and parent in targets:
                cause = "init: construction bound to the type, not to this initializer"
            elif is_init and re.search(r"@\s*" + re.escape(parent_name) + r"\b", text):
                cause = "init: property-wrapper attribute @Type(...)"
            elif same:
                cause = "bound to another same-named definition"
            elif site in partial and not any(base(n) == b for n in names):
                cause = "no call extracted: site file has syntax errors (tree-sitter)"
            elif any(base(n) == b for n, *_ in unresolved.get(site, [])):
                u = [x for x in unresolved[site] if base(x[0]) == b][0]
                cause = f"unresolved: {u[2]} ({u[3]} candidates){' receiver ' + repr(u[1]) if u[1] else ''}"
            elif any(base(n) == b for n in names):
                cause = "extracted, bound to nothing/other"
            elif is_init and (re.search(r"\.init\b|\bSelf\s*\(|\bsuper\.init|\bself\.init", text)):
                cause = "init: .init / Self( / self.init / super.init not extracted"
            elif is_init:
                cause = "init: construction not extracted"
            else:
                cause = "no call extracted at site"
            if is_init and not cause.startswith("init"):
                cause = "init: " + cause
            if item["file"] in partial and not cause.startswith("init: construction bound"):
                cause += " [definition file partial]"
            print(f"missing\t{cause}\t{question}\t{site[0]}:{site[1]}\t\t{','.join(t.split('#')[-1] for t in targets)}\t{text}")
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
            print(f"extra\t{cause}\t{question}\t{site[0]}:{site[1]}\t{prov}\t\t{text}")


if __name__ == "__main__":
    main()
