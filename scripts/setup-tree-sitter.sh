#!/usr/bin/env bash
# Fetches the pinned tree-sitter runtime and grammar sources from PyPI (sdists only,
# verified by sha256), checks that every file the build needs is present, and lays
# them out under ThirdParty/ (git-ignored) where Package.swift expects them.
# Idempotent: a stamp holding the requirements' hash skips the work when nothing changed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
reqs="$root/scripts/tree-sitter-requirements.txt"
out="$root/ThirdParty"
stamp="$out/.stamp"
# Grammars we build, named as in tree-sitter-language-pack's parsers/ folder.
grammars=(typescript tsx javascript python)

want="$(sha256sum "$reqs" | cut -d' ' -f1) ${grammars[*]}"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  exit 0
fi

python="${PYTHON:-python3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "setup: fetching pinned tree-sitter sources from PyPI" >&2
"$python" -m pip download --quiet --disable-pip-version-check --no-deps --require-hashes \
  --no-binary tree-sitter,tree-sitter-language-pack -r "$reqs" -d "$work/dl"

rm -rf "$out"
mkdir -p "$out/grammars"
tar -xzf "$work"/dl/tree_sitter-0.26.1.tar.gz -C "$work"
tar -xzf "$work"/dl/tree_sitter_language_pack-0.13.0.tar.gz -C "$work" \
  $(for g in "${grammars[@]}"; do echo "tree_sitter_language_pack-0.13.0/parsers/$g"; done)

missing=()
need() { for f in "$@"; do [[ -f "$f" ]] || missing+=("$f"); done; }

core="$work/tree_sitter-0.26.1/tree_sitter/core/lib"
need "$core/src/lib.c" "$core/include/tree_sitter/api.h"
mkdir -p "$out/tree-sitter"
cp -R "$core/src" "$core/include" "$out/tree-sitter/" 2>/dev/null || true

for g in "${grammars[@]}"; do
  src="$work/tree_sitter_language_pack-0.13.0/parsers/$g"
  need "$src/src/parser.c" "$src/src/scanner.c" "$src/src/tree_sitter/parser.h"
  case "$g" in typescript | tsx) need "$src/common/scanner.h" ;; esac
  dest="$out/grammars/$g"
  mkdir -p "$dest/include"
  cp -R "$src/src" "$dest/"
  [[ -d "$src/common" ]] && cp -R "$src/common" "$dest/"
  rm -f "$dest/src/grammar.json" "$dest/src/node-types.json"
  # A one-line public header makes the grammar's entry point visible to Swift.
  printf 'typedef struct TSLanguage TSLanguage;\nconst TSLanguage *tree_sitter_%s(void);\n' "$g" \
    >"$dest/include/tree_sitter_$g.h"
done

if ((${#missing[@]})); then
  echo "setup: the fetched sources lack files the build needs:" >&2
  printf '  %s\n' "${missing[@]}" >&2
  rm -rf "$out"
  exit 1
fi

echo "$want" >"$stamp"
echo "setup: tree-sitter sources ready in ThirdParty/" >&2
