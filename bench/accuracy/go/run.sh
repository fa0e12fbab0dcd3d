#!/usr/bin/env bash
# Accuracy of `lattice callers`, `definition`, `callees`, `refs` and `implementations` on Go against
# go/types (bench/accuracy/go/truth.go, more.go) on gin, from
# Debian's golang-github-gin-gonic-gin-dev (Go source in GOPATH layout under /usr/share/gocode).
# usage: bench/accuracy/go/run.sh          (LATTICE=/path/to/lattice to score another binary;
#                                           TRUTH_REFRESH=1 to regenerate the committed truth file)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
here="$root/bench/accuracy/go"
work="$root/.build/accuracy"
lattice="${LATTICE:-$root/.build/release/lattice}"
gopath=/usr/share/gocode
src="$gopath/src/github.com/gin-gonic/gin"

if ! command -v go >/dev/null || [[ ! -f "$src/gin.go" ]]; then
  sudo=(); [[ $(id -u) -ne 0 ]] && sudo=(sudo)
  "${sudo[@]}" apt-get install -y golang-go golang-github-gin-gonic-gin-dev >/dev/null
fi
echo "gin $(dpkg-query -W -f='${Version}' golang-github-gin-gonic-gin-dev), $(go version)" >&2

# A private copy: indexing writes .lattice/ into the folder.
dest="$work/gin"
rm -rf "$dest" && mkdir -p "$work" && cp -r "$src" "$dest"

# One go/types run writes the callers truth (stdout) and, through more.go, the callees, refs and
# implementations truth (gin-KIND.json); all are regenerated together when one is missing.
truth="$root/bench/accuracy/truth/gin.json"
kinds=(callees refs implementations)
missing=""
for kind in "${kinds[@]}"; do [[ -f "${truth%.json}-$kind.json" ]] || missing=1; done
if [[ ! -f "$truth" || -n "$missing" || -n "${TRUTH_REFRESH:-}" ]]; then
  GO111MODULE=off GOPATH="$gopath" GOPROXY=off GOFLAGS= \
    go run "$here/truth.go" "$here/more.go" -importpath github.com/gin-gonic/gin \
    -callees "${truth%.json}-callees.json" -refs "${truth%.json}-refs.json" \
    -implementations "${truth%.json}-implementations.json" "$dest" >"$truth.tmp"
  mv "$truth.tmp" "$truth"
fi

"$lattice" index "$dest" >/dev/null
for mode in all syntax-only; do
  flag=(); [[ $mode == syntax-only ]] && flag=(--syntax-only)
  python3 "$root/bench/accuracy/score.py" "$dest" "$truth" --lattice "$lattice" "${flag[@]}" \
    --json "$root/bench/accuracy/results-gin-$mode.json" >/dev/null
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(sys.argv[2], sys.argv[3], {k: d[k] for k in ('questions','unmatched_definitions','sites_expected','sites_returned','precision','recall','exact_answer_rate')})" \
    "$root/bench/accuracy/results-gin-$mode.json" gin "$mode"
done
LATTICE="$lattice" "$root/bench/accuracy/definition.sh" "$dest" "$truth" gin
# callees, refs, implementations: bench/accuracy/score_queries.py (add --sites FILE.tsv to list every
# missing, extra and apart answer).
for kind in "${kinds[@]}"; do
  python3 "$root/bench/accuracy/score_queries.py" "$dest" "${truth%.json}-$kind.json" --query "$kind" \
    --lattice "$lattice" --json "$root/bench/accuracy/results-gin-$kind.json" >/dev/null
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(sys.argv[2], sys.argv[3], {k: d[k] for k in ('questions','unmatched_definitions','expected','returned','precision','recall','exact_answer_rate','returned_apart')})" \
    "$root/bench/accuracy/results-gin-$kind.json" gin "$kind"
done
