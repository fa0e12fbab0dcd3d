#!/usr/bin/env python3
"""Runs `lattice context` on each question of questions.json against a repository and reports
which key symbols the answer names (as a record, or in a record's relations), within the default
budget. Usage: eval.py LATTICE_BINARY REPO > report.md"""
import json
import subprocess
import sys

binary, repo = sys.argv[1], sys.argv[2]
questions = json.load(open(__file__.rsplit("/", 1)[0] + "/questions.json"))
total_keys = total_found = 0
print("| # | kind | question | tokens | key symbols named | missing |")
print("|---|---|---|---|---|---|")
details = []
for number, q in enumerate(questions, 1):
    out = subprocess.run([binary, "context", "--root", repo, "--json", q["question"]], capture_output=True, text=True)
    answer = json.loads(out.stdout) if out.stdout.strip() else {"results": [], "notes": [out.stderr.strip()], "tokens": 0}
    named = set()
    for record in answer["results"]:
        named.add(record["symbol"])
        for rel in record.get("related", []):
            named.add(rel["symbol"])
    found = [k for k in q["key_symbols"] if k in named]
    missing = [k for k in q["key_symbols"] if k not in named]
    total_keys += len(q["key_symbols"])
    total_found += len(found)
    print(f"| {number} | {q['kind']} | {q['question']} | {answer['tokens']} | "
          f"{len(found)}/{len(q['key_symbols'])} | {', '.join(missing) or '—'} |")
    entries = [r["symbol"] for r in answer["results"]]
    details.append((number, q["question"], entries, answer.get("notes", []), answer.get("cut")))
print(f"\nKey symbols named: {total_found}/{total_keys}.\n")
for number, question, entries, notes, cut in details:
    print(f"**{number}. {question}** — records: {', '.join(entries) or '(none)'}")
    for note in notes:
        print(f"  - note: {note}")
    if cut:
        print(f"  - cut: {cut}")
    print()
