#!/usr/bin/env python3
"""Precision and recall by kind of question (initializers vs functions and methods), and without the
property-wrapper attribute sites (`@Option(...)`), from a truth file and the sites.py listing of
the same run; plus the count of each cause in the listing.

usage: breakdown.py TRUTH.json SITES.tsv
"""
import json, re, sys
from collections import Counter


def main():
    truth = json.load(open(sys.argv[1]))
    rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[2])]
    missing, extra = Counter(), Counter()
    attribute_missing = Counter()
    for kind, cause, question, site, *_ in rows:
        key = question.rsplit(" ", 1)[0]  # "file:line qualified_name"; file names may hold spaces
        if kind == "missing":
            missing[key] += 1
            attribute_missing[key] += cause.startswith("init: property-wrapper attribute")
        elif kind == "extra":
            extra[key] += 1
    groups = {"all": lambda s: True,
              "initializers": lambda s: s["name"].startswith("init"),
              "functions and methods": lambda s: not s["name"].startswith("init")}
    for label, keep in groups.items():
        for no_attr in (False, True):
            want = fn = fp = 0
            for s in truth["symbols"]:
                if not keep(s):
                    continue
                key = f"{s['file']}:{s['line']}"
                lines = {tuple(site) for site in s["callers"]}
                want += len(lines) - (attribute_missing[key] if no_attr else 0)
                fn += missing[key] - (attribute_missing[key] if no_attr else 0)
                fp += extra[key]
            tp = want - fn
            print(f"{label}{' (no @Wrapper(...) sites)' if no_attr else ''}: sites {want}, returned {tp + fp}, "
                  f"precision {tp / (tp + fp) if tp + fp else 1:.3f}, recall {tp / want if want else 1:.3f}")
    print()
    causes = Counter((r[0], re.sub(r"compiler binds it to .* in ", "compiler binds it to another function in ",
                                   re.sub(r"\(\d+ candidates\)", "(N candidates)", r[1]))) for r in rows)
    for (kind, cause), n in sorted(causes.items(), key=lambda x: (x[0][0], -x[1])):
        print(f"{n:5d}  {kind:8s} {cause}")


if __name__ == "__main__":
    main()
