#!/usr/bin/env bash
# Accuracy of `lattice callers` on JavaScript against the TypeScript language service
# (bench/accuracy/ts/truth.js, Debian's node-typescript 4.8.4) on axios, from Debian's node-axios
# (plain ES-module JavaScript under /usr/share/nodejs/axios).
# usage: bench/accuracy/ts/run.sh [PROJECT]   PROJECT: axios (default) or express, the Debian package
#                                             node-PROJECT; LATTICE=/path/to/lattice to score another
#                                             binary; TRUTH_REFRESH=1 to regenerate the truth file;
#                                             SITES=1 to also list every miss/extra in .build/accuracy
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
here="$root/bench/accuracy/ts"
work="$root/.build/accuracy"
lattice="${LATTICE:-$root/.build/release/lattice}"
project="${1:-axios}"
package="node-$project"
src="/usr/share/nodejs/$project"
typescript=/usr/share/nodejs/typescript

if ! command -v node >/dev/null || [[ ! -f "$typescript/package.json" || ! -f "$src/package.json" ]]; then
  sudo=(); [[ $(id -u) -ne 0 ]] && sudo=(sudo)
  "${sudo[@]}" apt-get install -y nodejs node-typescript "$package" >/dev/null
fi
echo "$project $(dpkg-query -W -f='${Version}' "$package"), typescript $(dpkg-query -W -f='${Version}' node-typescript), node $(node --version)" >&2

# A private copy: indexing writes .lattice/ into the folder. Without dist/ (bundles built from lib/,
# which Lattice skips too) and node_modules; no symlinks (Debian links dependencies in).
dest="$work/$project"
rm -rf "$dest" && mkdir -p "$dest"
(cd "$src" && tar cf - --exclude=./dist --exclude=./node_modules .) | tar xf - -C "$dest"
find "$dest" -type l -delete

truth="$root/bench/accuracy/truth/$project.json"
if [[ ! -f "$truth" || -n "${TRUTH_REFRESH:-}" ]]; then
  TYPESCRIPT="$typescript" node "$here/truth.js" "$dest" --audit "$work/$project-ts-audit.tsv" >"$truth.tmp"
  mv "$truth.tmp" "$truth"
fi

"$lattice" index "$dest" >/dev/null
for mode in all syntax-only; do
  flag=(); [[ $mode == syntax-only ]] && flag=(--syntax-only)
  python3 "$root/bench/accuracy/score.py" "$dest" "$truth" --lattice "$lattice" "${flag[@]}" \
    --json "$root/bench/accuracy/results-$project-$mode.json" >/dev/null
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(sys.argv[2], sys.argv[3], {k: d[k] for k in ('questions','unmatched_definitions','sites_expected','sites_returned','precision','recall','exact_answer_rate')})" \
    "$root/bench/accuracy/results-$project-$mode.json" "$project" "$mode"
done
if [[ -n "${SITES:-}" ]]; then
  python3 "$here/sites.py" "$dest" "$truth" --lattice "$lattice" >"$work/$project-sites.tsv"
  echo "every miss/extra/unmatched definition: $work/$project-sites.tsv" >&2
fi
LATTICE="$lattice" "$root/bench/accuracy/definition.sh" "$dest" "$truth" "$project"
