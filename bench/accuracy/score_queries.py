#!/usr/bin/env python3
"""Scores `lattice callees`, `refs` or `implementations` against a truth file of go/more.go (callers
are score.py's): per question, the set of answers each side gives; precision, recall, exact-answer
rate (both sets equal), by kind of question, and the worst questions. What the truth lists apart —
methods an interface call may dispatch to, conversions, calls of function-valued fields, composite
literals (callees), other interfaces whose method set contains the asked one (implementations) — is
neither expected nor an error when returned: it is counted apart. So are the structural `implements`
rows of `refs` (a type declared with an interface's methods is no use of the interface's name).

A callees answer is matched by (site file, site line, callee file, callee line); refs by (file, line)
of the use; implementations by (file, line) of the type's name.

usage: score_queries.py REPO TRUTH.json --query callees|refs|implementations [--lattice PATH]
       [--json OUT] [--sites OUT.tsv]   (--sites: every missing, extra and apart answer with its source line)
"""
import json
from common import lattice_json, repo_truth_parser

SECTION = {"callees": "functions", "refs": "symbols", "implementations": "interfaces"}


def expected(kind, item):
    """(want, apart): want = the scored answers, apart = {answer: why it is not scored}."""
    if kind == "callees":
        key = lambda row: (item["file"], row[0], row[1], row[2])
        apart = {key(r): "interface dispatch" for r in item.get("dispatch", [])}
        apart.update({key(r): r[4] for r in item.get("other_sites", [])})
        want = {key(r) for r in item["callees"]}
        return want, {a: why for a, why in apart.items() if a not in want}
    if kind == "refs":
        return {tuple(r) for r in item["refs"]}, {}
    return {(f, l) for f, l, _ in item["implementations"]}, {(f, l): "sub-interface" for f, l, _ in item.get("sub_interfaces", [])}


def returned(kind, answer):
    """{answer: (what, provenance)} for Lattice's rows; structural `implements` rows of refs apart."""
    got, apart = {}, {}
    for r in answer.get("results", []):
        if kind == "callees":
            if r.get("kind") in ("calls", "instantiates") and r.get("symbol"):
                s = r["symbol"]
                got[(r["file"], r["line"], s["file"], s["line"])] = (f"{r['kind']} {s['qualified_name']}", r.get("provenance"))
        elif kind == "refs":
            where = apart if r.get("kind") == "implements" else got
            where[(r["file"], r["line"])] = (r.get("kind"), r.get("provenance"))
        else:
            got[(r["file"], r["line"])] = (f"{r['kind']} {r['qualified_name']}", "")
    return got, apart


def main():
    parser = repo_truth_parser()
    parser.add_argument("--query", dest="kind", choices=sorted(SECTION), required=True)
    parser.add_argument("--json")
    parser.add_argument("--sites")
    args = parser.parse_args()
    truth = json.load(open(args.truth))
    totals = {"questions": 0, "tp": 0, "fp": 0, "fn": 0, "exact": 0}
    by_case, apart_counts, rows, sites, unmatched = {}, {}, [], [], 0
    lines = {}

    def source(file, line):
        if file not in lines:
            lines[file] = open(f"{args.repo}/{file}", encoding="utf-8", errors="replace").read().split("\n")
        return lines[file][line - 1].strip() if 0 < line <= len(lines[file]) else ""

    for item in truth[SECTION[args.kind]]:
        # FILE:LINE:COL names the definition even if another one starts on the same line.
        node = lattice_json(args.lattice, args.repo, "node", f"{item['file']}:{item['line']}:{item['column'] + 1}")
        symbol = ((node or {}).get("results") or [{}])[0].get("symbol")
        question = f"{item['file']}:{item['line']} {item['name']}"
        if not symbol or symbol.get("name") != item["name"]:
            unmatched += 1
            rows.append({"question": question, "error": "no such definition"})
            sites.append(f"unmatched\t{question}\t\t\t")
            continue
        answer = lattice_json(args.lattice, args.repo, args.kind, symbol["key"], "--limit", "0") or {}
        want, apart = expected(args.kind, item)
        got, got_apart = returned(args.kind, answer)
        for a, why in list(apart.items()) + [(a, "implements row") for a in got_apart]:
            if a in got or a in got_apart:
                apart_counts[why] = apart_counts.get(why, 0) + 1
                sites.append(f"apart-{why}\t{question}\t{a}\t{(got.get(a) or got_apart[a])[1]}\t")
        scored = {a for a in got if a not in apart}
        missing, extra = sorted(want - scored), sorted(scored - want)
        case = item.get("kind") or ("test files" if item["file"].endswith("_test.go") else "non-test files")
        for t in (totals, by_case.setdefault(case, {"questions": 0, "tp": 0, "fp": 0, "fn": 0, "exact": 0})):
            t["questions"] += 1
            t["tp"] += len(want & scored)
            t["fp"] += len(extra)
            t["fn"] += len(missing)
            t["exact"] += not missing and not extra
        rows.append({"question": f"{symbol['qualified_name']} ({item['file']}:{item['line']})", "want": len(want),
                     "extra": extra, "missing": missing})
        # The line shown: the use or call site (callees, refs), the type's declaration (implementations).
        at = (lambda a: (a[0], a[1])) if args.kind != "implementations" else (lambda a: a)
        sites += [f"missing\t{question}\t{a}\t\t{source(*at(a))}" for a in missing]
        sites += [f"extra\t{question}\t{a}\t{got[a][0]} {got[a][1]}\t{source(*at(a))}" for a in extra]

    def rates(t):
        p = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 1.0
        r = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else 1.0
        return {"questions": t["questions"], "expected": t["tp"] + t["fn"], "returned": t["tp"] + t["fp"],
                "precision": round(p, 3), "recall": round(r, 3),
                "exact_answer_rate": round(t["exact"] / t["questions"], 3) if t["questions"] else None}

    report = {"tool": truth["tool"], "query": args.kind, **rates(totals), "unmatched_definitions": unmatched,
              "returned_apart": dict(sorted(apart_counts.items())),
              "by_case": {k: rates(v) for k, v in sorted(by_case.items())},
              "worst": sorted((r for r in rows if "want" in r), key=lambda r: -(len(r["extra"]) + len(r["missing"])))[:10]}
    print(json.dumps(report, indent=1))
    if args.json:
        json.dump(report, open(args.json, "w"), indent=1)
    if args.sites:
        open(args.sites, "w").write("\n".join(sites) + "\n")


if __name__ == "__main__":
    main()
