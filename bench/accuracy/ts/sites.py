#!/usr/bin/env python3
"""Every disagreement between `lattice callers` and a truth file (bench/accuracy/ts/truth.js), one
line each, with the source line of the site, to classify misses and extras by hand. Unmatched
definitions are listed with what `lattice node FILE:LINE` returns at that line instead.

usage: sites.py REPO TRUTH.json [--lattice PATH] > sites.tsv
columns: missing|extra|unmatched  definition(file:line kind name)  site(file:line)  provenance  source line
For a missing site, the provenance column holds what Lattice recorded there instead, from the
index's unresolved_refs table (kind/reason/receiver of a reference with the definition's name), or
the keys of the edges it resolved that name to.
"""
import argparse, json, os, sqlite3, subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import lattice_json, repo_truth_parser  # noqa: E402


def main():
    parser = repo_truth_parser()
    args = parser.parse_args()
    lines = {}
    db = sqlite3.connect(os.path.join(args.repo, ".lattice", "index.db"))

    def recorded(file, line, name):
        rows = db.execute("select kind, reason, coalesce(receiver, '') from unresolved_refs where file=? and line=? and name=?",
                          (file, line, name)).fetchall()
        found = [f"unresolved {k}/{r} receiver={rc!r}" for k, r, rc in rows]
        found += [f"edge {k}->{t}" for k, t in db.execute(
            "select e.kind, t.key from edges e join files f on f.id = e.file_id join symbols t on t.id = e.target_id"
            " where f.path=? and e.line=? and e.kind in ('calls','instantiates') and t.key like ?",
            (file, line, f"%{name}")).fetchall()]
        return "; ".join(found) or "nothing"

    def source(file, line):
        if file not in lines:
            lines[file] = open(os.path.join(args.repo, file), encoding="utf-8", errors="replace").read().split("\n")
        return lines[file][line - 1].strip() if 0 < line <= len(lines[file]) else ""

    for item in json.load(open(args.truth))["symbols"]:
        node = lattice_json(args.lattice, args.repo, "node", f"{item['file']}:{item['line']}")
        symbol = ((node or {}).get("results") or [{}])[0].get("symbol")
        question = f"{item['file']}:{item['line']} {item.get('kind', '')} {item['name']}"
        if not symbol or symbol.get("name") != item["name"]:
            found = f"lattice has {symbol['kind']} {symbol['qualified_name']} (line {symbol['line']})" if symbol else "lattice has no symbol"
            print(f"unmatched\t{question}\t{len(item['callers'])} callers\t{found}\t{source(item['file'], item['line'])}")
            continue
        answer = lattice_json(args.lattice, args.repo, "callers", symbol["key"], "--limit", "0") or {"results": []}
        got = {}
        for r in answer.get("results", []):
            if r.get("kind") in ("calls", "instantiates"):
                got.setdefault((r["file"], r["line"]), r.get("provenance"))
        want = {tuple(s) for s in item["callers"]}
        for f, l in sorted(want - set(got)):
            print(f"missing\t{question}\t{f}:{l}\t{recorded(f, l, item['name'])}\t{source(f, l)}")
        for (f, l), prov in sorted(got.items()):
            if (f, l) not in want:
                print(f"extra\t{question}\t{f}:{l}\t{prov}\t{source(f, l)}")


if __name__ == "__main__":
    main()
