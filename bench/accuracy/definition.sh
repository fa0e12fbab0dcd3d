#!/usr/bin/env bash
# Definition questions (use site → definition) for one scored project, after its run.sh indexed it:
#   bench/accuracy/definition.sh REPO TRUTH NAME   → bench/accuracy/definition-NAME.json and a summary line
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
lattice="${LATTICE:-$root/.build/release/lattice}"
out="$root/bench/accuracy/definition-$3.json"
python3 "$root/bench/accuracy/definition.py" "$1" "$2" --lattice "$lattice" --json "$out" >/dev/null
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(sys.argv[2], 'definition', {k: d[k] for k in ('questions','correct','wrong','unanswered','correct_rate','correct_when_answered')})" "$out" "$3"
