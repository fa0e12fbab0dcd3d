#!/usr/bin/env python3
"""Scores `lattice definition` (use site → definition) against a ground-truth file: every call site a
truth file lists for a definition is a question "what does NAME at FILE:LINE refer to?", asked with
`lattice definition FILE:LINE --name NAME --json`. An answer is correct when one of its results is
the definition (its file and line, or the same Lattice entity: a Python `@overload` signature and its
implementation), wrong when it names only other symbols (a substitute: the worst failure), and
unanswered when Lattice binds nothing there (unresolved or ambiguous, which it says).

usage: definition.py REPO TRUTH.json [--lattice PATH] [--json OUT] [--sample N]
"""
import json, random
from common import lattice_json, repo_truth_parser


def ask(lattice, repo, file, line, name):
    return lattice_json(lattice, repo, "definition", f"{file}:{line}", "--name", name) or {"results": []}


def main():
    parser = repo_truth_parser()
    parser.add_argument("--json")
    parser.add_argument("--sample", type=int, help="ask a random sample of N sites (seed 7)")
    args = parser.parse_args()
    truth = json.load(open(args.truth))
    # One question per use site and name; a site may have several right answers: the same call
    # resolved under different build configurations (Go build tags merged into one reference).
    expected = {}
    for item in truth["symbols"]:
        # Lattice names a Swift call by its labels; the use site's text is the base name.
        name = item["name"].split("(")[0]
        for file, line in item["callers"]:
            expected.setdefault((file, line, name), set()).add((item["file"], item["line"]))
    questions = sorted(expected)
    if args.sample and args.sample < len(questions):
        questions = sorted(random.Random(7).sample(questions, args.sample))
    entity = {}

    def same_entity(definition):
        """Lattice's key for the definition at FILE:LINE: overload signatures and their
        implementation are one entity (one key), whichever line a reference tool picks."""
        if definition not in entity:
            node = lattice_json(args.lattice, args.repo, "node", f"{definition[0]}:{definition[1]}")
            results = (node or {}).get("results") or [{}]
            entity[definition] = (results[0].get("symbol") or {}).get("key")
        return entity[definition]

    correct = wrong = unanswered = 0
    wrong_examples, unanswered_examples = [], []
    for file, line, name in questions:
        answer = ask(args.lattice, args.repo, file, line, name)
        results = answer.get("results") or []
        found = {(r.get("file"), r.get("line")) for r in results}
        keys = {r.get("key") for r in results}
        want = expected[(file, line, name)]
        question = f"{file}:{line} {name} -> " + ", ".join(f"{f}:{l}" for f, l in sorted(want))
        if found & want or keys & {same_entity(d) for d in want}:
            correct += 1
        elif results:
            wrong += 1
            wrong_examples.append({"question": question, "answered": sorted(found)})
        else:
            unanswered += 1
            reasons = [u.get("reason") for u in answer.get("unresolved") or []]
            unanswered_examples.append({"question": question, "unresolved": reasons})
    asked = len(questions)
    report = {"tool": truth["tool"], "questions": asked, "correct": correct, "wrong": wrong,
              "unanswered": unanswered,
              "correct_rate": round(correct / asked, 3) if asked else None,
              "correct_when_answered": round(correct / (correct + wrong), 3) if correct + wrong else None,
              "wrong_examples": wrong_examples[:15], "unanswered_examples": unanswered_examples[:15]}
    print(json.dumps(report, indent=1))
    if args.json:
        json.dump(report, open(args.json, "w"), indent=1)


if __name__ == "__main__":
    main()
