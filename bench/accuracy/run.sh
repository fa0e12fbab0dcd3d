#!/usr/bin/env bash
# Accuracy of `lattice callers` against jedi on pinned Python projects (docs/accuracy.md).
# Sources come from PyPI sdists (pinned by sha256); jedi is installed into .build/accuracy-venv.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$root/.build/accuracy"
venv="$root/.build/accuracy-venv"
lattice="${LATTICE:-$root/.build/release/lattice}"
mkdir -p "$work"
[[ -x "$venv/bin/python" ]] || { python3 -m venv "$venv" && "$venv/bin/pip" install -q -r "$root/bench/accuracy/requirements.txt"; }

fetch() { # name version sha256 folder-inside-sdist
  local dest="$work/$1"
  [[ -d "$dest" ]] && return
  printf '%s==%s --hash=sha256:%s\n' "$1" "$2" "$3" >"$work/req-$1.txt"
  python3 -m pip download --quiet --no-deps --no-binary "$1" --require-hashes -r "$work/req-$1.txt" -d "$work/dl"
  mkdir -p "$dest" && tar -xzf "$work"/dl/"$4"-"$2".tar.gz -C "$dest" --strip-components=1
}
fetch flask 3.1.0 5f873c5184c897c8d9d1b05df1e3d01b14910ce69607a117bd3277098a5836ac flask
fetch requests 2.32.3 55365417734eb18255590a9ff9eb97e9e1da868d4ccd6402399eaf68af20a760 requests

for name in flask requests; do
  rm -rf "$work/$name/.lattice" && "$lattice" index "$work/$name" >/dev/null
  truth="$root/bench/accuracy/truth/$name.json"
  mkdir -p "$(dirname "$truth")"
  [[ -f "$truth" ]] || "$venv/bin/python" "$root/bench/accuracy/python_truth.py" "$work/$name" --under src >"$truth"
  LATTICE="$lattice" "$root/bench/accuracy/definition.sh" "$work/$name" "$truth" "$name"
  for mode in all syntax-only; do
    flag=(); [[ $mode == syntax-only ]] && flag=(--syntax-only)
    python3 "$root/bench/accuracy/score.py" "$work/$name" "$truth" --lattice "$lattice" "${flag[@]}" \
      --json "$root/bench/accuracy/results-$name-$mode.json" >/dev/null
    python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(sys.argv[2], sys.argv[3], {k: d[k] for k in ('questions','sites_expected','sites_returned','precision','recall','exact_answer_rate')})" \
      "$root/bench/accuracy/results-$name-$mode.json" "$name" "$mode"
  done
done
