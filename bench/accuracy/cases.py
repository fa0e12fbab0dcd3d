#!/usr/bin/env python3
"""docs/accuracy.md's hard-case table: callers precision / recall per case and project, from the
results-PROJECT-all.json files score.py writes (run make accuracy first).

usage: cases.py PROJECT...   (e.g. requests flask gin axios swift-argument-parser swift-algorithms)
"""
import json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = ["cross-file sites", "same-file sites", "same name defined elsewhere", "private (_name, Go unexported)",
         "constructors", "10+ callers", "no callers"]


def main():
    projects = sys.argv[1:]
    results = {p: json.loads((HERE / f"results-{p}-all.json").read_text()).get("by_case", {}) for p in projects}
    print("| case | " + " | ".join(projects) + " |")
    print("|---|" + "---|" * len(projects))
    for case in CASES:
        cells = []
        for p in projects:
            r = results[p].get(case)
            if not r or (case != "no callers" and not r["sites_expected"]):
                cells.append("—")
            elif case == "no callers":
                cells.append(f"{r['exact_answer_rate']:.3f} exact ({r['questions']})")
            else:
                cells.append(f"{r['precision']:.3f} / {r['recall']:.3f} ({r['sites_expected']})")
        print(f"| {case} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
