#!/usr/bin/env python3
"""Scores `lattice callers` against a ground-truth file (python_truth.py): for each definition, the
set of (file, line) call sites each side reports. Prints precision, recall and the exact-answer rate
(both sets equal), overall and for symbols with and without callers, and the worst questions.

usage: score.py REPO TRUTH.json [--lattice PATH] [--json OUT]
"""
import json
from common import lattice_json, repo_truth_parser


def categories(item, want, name_count):
    """The hard cases a question belongs to, read from the reference alone."""
    name = item["name"].split("(")[0]
    found = []
    if not want:
        found.append("no callers")
    elif len(want) >= 10:
        found.append("10+ callers")
    if name_count[item["name"]] > 1:
        found.append("same name defined elsewhere")
    if name.startswith("_") and not name.startswith("__") or name[:1].islower() and item["file"].endswith(".go"):
        found.append("private (_name, Go unexported)")
    if name in ("__init__", "init", "constructor") or item.get("kind") in ("class", "constructor"):
        found.append("constructors")
    return found


def rates(t):
    precision = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 1.0
    recall = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else 1.0
    return {"questions": t["questions"], "sites_expected": t["tp"] + t["fn"], "precision": round(precision, 3),
            "recall": round(recall, 3), "exact_answer_rate": round(t["exact"] / t["questions"], 3)}


def main():
    parser = repo_truth_parser()
    parser.add_argument("--json")
    parser.add_argument("--syntax-only", action="store_true",
                        help="count only edges with provenance syntax (leave out name-match guesses)")
    args = parser.parse_args()
    truth = json.load(open(args.truth))
    tp = fp = fn = exact = asked = missing_symbol = 0
    rows = []
    # Hard cases (issue: measured correctness), each scored on its own: a question may be in several.
    name_count = {}
    for item in truth["symbols"]:
        name_count[item["name"]] = name_count.get(item["name"], 0) + 1
    tallies = {}

    def tally(category, got, want):
        t = tallies.setdefault(category, {"questions": 0, "tp": 0, "fp": 0, "fn": 0, "exact": 0})
        t["questions"] += 1
        t["tp"] += len(got & want)
        t["fp"] += len(got - want)
        t["fn"] += len(want - got)
        t["exact"] += got == want

    for item in truth["symbols"]:
        node = lattice_json(args.lattice, args.repo, "node", f"{item['file']}:{item['line']}")
        results = (node or {}).get("results") or [{}]
        symbol = results[0].get("symbol")
        if not symbol or symbol.get("name") != item["name"]:
            missing_symbol += 1
            rows.append({"question": f"{item['file']}:{item['line']} {item['name']}", "error": "no such definition"})
            continue
        answer = lattice_json(args.lattice, args.repo, "callers", symbol["key"], "--limit", "0") or {"results": []}
        got = {(r["file"], r["line"]) for r in answer.get("results", [])
               if r.get("kind") in ("calls", "instantiates")
               and (not args.syntax_only or r.get("provenance") == "syntax")}
        want = {tuple(site) for site in item["callers"]}
        asked += 1
        tp += len(got & want)
        fp += len(got - want)
        fn += len(want - got)
        exact += got == want
        for category in categories(item, want, name_count):
            tally(category, got, want)
        # Sites in the definition's own file and in other files, apart.
        for where, keep in (("same-file sites", lambda site: site[0] == item["file"]),
                            ("cross-file sites", lambda site: site[0] != item["file"])):
            tally(where, {x for x in got if keep(x)}, {x for x in want if keep(x)})
        rows.append({"question": f"{symbol['qualified_name']} ({item['file']}:{item['line']})", "want": len(want),
                     "extra": sorted(got - want), "missing": sorted(want - got)})
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    report = {"tool": truth["tool"], "questions": asked, "unmatched_definitions": missing_symbol,
              "sites_expected": tp + fn, "sites_returned": tp + fp, "precision": round(precision, 3),
              "recall": round(recall, 3), "exact_answer_rate": round(exact / asked, 3) if asked else None,
              "with_callers": sum(1 for r in rows if r.get("want")),
              "by_case": {name: rates(t) for name, t in sorted(tallies.items())},
              "worst": sorted((r for r in rows if "want" in r), key=lambda r: -(len(r["extra"]) + len(r["missing"])))[:10]}
    print(json.dumps(report, indent=1))
    if args.json:
        json.dump(report, open(args.json, "w"), indent=1)


if __name__ == "__main__":
    main()
