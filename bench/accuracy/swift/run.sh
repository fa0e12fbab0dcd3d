#!/usr/bin/env bash
# Accuracy of `lattice callers` on Swift against sourcekit-lsp over the compiler's index store
# (bench/accuracy/swift/truth.py) on a pinned tag of an apple/ package: swift-argument-parser 1.8.2
# (no dependencies) by default, swift-algorithms 1.2.1 (generic Sequence/Collection extensions; its
# one dependency, swift-numerics, is compiled under .build/ and not asked about) as the second project.
# usage: bench/accuracy/swift/run.sh [PROJECT TAG]  (LATTICE=/path/to/lattice to score another binary;
#                                                   TRUTH_REFRESH=1 to regenerate the committed truth file;
#                                                   SITES=1 to also list every disagreement with a cause)
# Needs swift + sourcekit-lsp on PATH (Swift 6.3.1 here) and git that resolves github.com to the mirror.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
here="$root/bench/accuracy/swift"
work="$root/.build/accuracy"
lattice="${LATTICE:-$root/.build/release/lattice}"
project="${1:-swift-argument-parser}"
tag="${2:-1.8.2}"
mirror="$work/$project.git"
build="$work/$project-build"   # built with an index store; sourcekit-lsp reads it
dest="$work/$project"          # a clean copy of the sources for Lattice (indexing writes .lattice/)
truth="$root/bench/accuracy/truth/$project.json"

mkdir -p "$work"
[[ -d "$mirror" ]] || git clone -q --bare "https://github.com/apple/$project" "$mirror"
echo "$project $tag ($(git -C "$mirror" rev-parse "$tag^{commit}")), $(swift --version 2>/dev/null | head -1)" >&2

fresh() { rm -rf "$1" && mkdir -p "$1" && git -C "$mirror" archive "$tag" | tar -x -C "$1"; }

if [[ ! -f "$truth" || -n "${TRUTH_REFRESH:-}" || -n "${SITES:-}" ]]; then
  if [[ ! -f "$build/.build/debug.yaml" || -n "${TRUTH_REFRESH:-}" ]]; then
    fresh "$build"
    # Every target and test target, debug, with the index store (.build/<triple>/debug/index/store).
    (cd "$build" && swift build --build-tests --enable-index-store -j 2 >"$work/$project-build.log" 2>&1) \
      || { tail -30 "$work/$project-build.log" >&2; exit 1; }
  fi
fi
if [[ ! -f "$truth" || -n "${TRUTH_REFRESH:-}" ]]; then
  python3 "$here/truth.py" "$build" --details "$work/$project-truth-details.json" >"$truth.tmp"
  mv "$truth.tmp" "$truth"
fi

fresh "$dest"
"$lattice" index "$dest" >/dev/null
for mode in all syntax-only; do
  flag=(); [[ $mode == syntax-only ]] && flag=(--syntax-only)
  out="$root/bench/accuracy/results-$project-$mode.json"
  python3 "$root/bench/accuracy/score.py" "$dest" "$truth" --lattice "$lattice" "${flag[@]}" --json "$out" >/dev/null
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(sys.argv[2], sys.argv[3], {k: d[k] for k in ('questions','unmatched_definitions','sites_expected','sites_returned','precision','recall','exact_answer_rate')})" \
    "$out" "$project" "$mode"
  if [[ -n "${SITES:-}" ]]; then
    python3 "$here/sites.py" "$dest" "$truth" --lattice "$lattice" --build "$build" --details "$work/$project-truth-details.json" "${flag[@]}" >"$work/$project-sites-$mode.tsv"
    echo "disagreements: $work/$project-sites-$mode.tsv" >&2
  fi
done
