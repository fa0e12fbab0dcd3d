#!/usr/bin/env python3
"""Every disagreement between `lattice callers` and a truth file, one line each, with the source
line of the site, to classify misses and extras by hand (score.py only keeps the 10 worst questions).

usage: sites.py REPO TRUTH.json [--lattice PATH] > sites.tsv
columns: missing|extra  definition(file:line qualified_name)  site(file:line)  provenance  source line
"""
import argparse, json, os, subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import lattice_json, repo_truth_parser  # noqa: E402


def main():
    parser = repo_truth_parser()
    args = parser.parse_args()
    lines = {}

    def source(file, line):
        if file not in lines:
            lines[file] = open(os.path.join(args.repo, file), encoding="utf-8", errors="replace").read().split("\n")
        return lines[file][line - 1].strip() if 0 < line <= len(lines[file]) else ""

    for item in json.load(open(args.truth))["symbols"]:
        node = lattice_json(args.lattice, args.repo, "node", f"{item['file']}:{item['line']}")
        symbol = ((node or {}).get("results") or [{}])[0].get("symbol")
        if not symbol or symbol.get("name") != item["name"]:
            print(f"unmatched\t{item['file']}:{item['line']} {item['name']}\t\t\t")
            continue
        answer = lattice_json(args.lattice, args.repo, "callers", symbol["key"], "--limit", "0") or {"results": []}
        got = {}
        for r in answer.get("results", []):
            if r.get("kind") in ("calls", "instantiates"):
                got.setdefault((r["file"], r["line"]), r.get("provenance"))
        want = {tuple(s) for s in item["callers"]}
        dispatch = {tuple(s) for s in item.get("dispatch_sites", [])}
        question = f"{item['file']}:{item['line']} {symbol['qualified_name']}"
        for f, l in sorted(want - set(got)):
            print(f"missing\t{question}\t{f}:{l}\t\t{source(f, l)}")
        for (f, l), prov in sorted(got.items()):
            if (f, l) not in want:
                tag = "extra-dispatch" if (f, l) in dispatch else "extra"
                print(f"{tag}\t{question}\t{f}:{l}\t{prov}\t{source(f, l)}")


if __name__ == "__main__":
    main()
