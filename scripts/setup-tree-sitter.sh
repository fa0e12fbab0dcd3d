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
# Grammars we build, named as in tree-sitter-language-pack's parsers/ folder (C# comes from its
# own sdist, tree-sitter-c-sharp, because the pack does not carry it).
grammars=(typescript tsx javascript python go rust java kotlin scala c cpp objc swift ruby php lua bash dart
  elixir zig haskell ocaml r julia erlang solidity markdown)
# Grammars without an external scanner (parser.c only).
no_scanner=" go java c objc zig solidity c_sharp "

want="$(cat "$reqs" "${BASH_SOURCE[0]}" | sha256sum | cut -d' ' -f1)"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  exit 0
fi

python="${PYTHON:-python3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "setup: fetching pinned tree-sitter sources from PyPI" >&2
"$python" -m pip download --quiet --disable-pip-version-check --no-deps --require-hashes \
  --no-binary tree-sitter,tree-sitter-language-pack,tree-sitter-c-sharp -r "$reqs" -d "$work/dl"

rm -rf "$out"
mkdir -p "$out/grammars/include"
printf 'typedef struct TSLanguage TSLanguage;\n' >"$out/grammars/include/tree_sitter_grammars.h"
tar -xzf "$work"/dl/tree_sitter-0.26.1.tar.gz -C "$work"
tar -xzf "$work"/dl/tree_sitter_language_pack-0.13.0.tar.gz -C "$work" \
  $(for g in "${grammars[@]}"; do echo "tree_sitter_language_pack-0.13.0/parsers/$g"; done)
tar -xzf "$work"/dl/tree_sitter_c_sharp-0.23.1.tar.gz -C "$work"
mkdir -p "$work/tree_sitter_language_pack-0.13.0/parsers/c_sharp"
cp -R "$work/tree_sitter_c_sharp-0.23.1/src" "$work/tree_sitter_language_pack-0.13.0/parsers/c_sharp/"
# That sdist lacks the generated-parser headers; its parser is ABI 14, like the pack's Java grammar,
# whose identical headers serve.
[[ -d "$work/tree_sitter_language_pack-0.13.0/parsers/c_sharp/src/tree_sitter" ]] ||
  cp -R "$work/tree_sitter_language_pack-0.13.0/parsers/java/src/tree_sitter" \
    "$work/tree_sitter_language_pack-0.13.0/parsers/c_sharp/src/"

missing=()
need() { for f in "$@"; do [[ -f "$f" ]] || missing+=("$f"); done; }

core="$work/tree_sitter-0.26.1/tree_sitter/core/lib"
need "$core/src/lib.c" "$core/include/tree_sitter/api.h"
mkdir -p "$out/tree-sitter"
cp -R "$core/src" "$core/include" "$out/tree-sitter/" 2>/dev/null || true

for g in "${grammars[@]}" c_sharp; do
  src="$work/tree_sitter_language_pack-0.13.0/parsers/$g"
  need "$src/src/parser.c" "$src/src/tree_sitter/parser.h"
  [[ "$no_scanner" == *" $g "* ]] || need "$src/src/scanner.c"
  case "$g" in typescript | tsx | php | ocaml) need "$src/common/scanner.h" ;; esac
  dest="$out/grammars/$g"
  mkdir -p "$dest"
  cp -R "$src/src" "$dest/"
  # A shared scanner header in common/ includes "tree_sitter/parser.h" from its own folder.
  if [[ -d "$src/common" ]]; then
    cp -R "$src/common" "$dest/"
    cp -R "$src/src/tree_sitter" "$dest/common/"
  fi
  rm -f "$dest/src/grammar.json" "$dest/src/node-types.json"
  # One public header declares every grammar's entry point for Swift.
  printf 'const TSLanguage *tree_sitter_%s(void);\n' "$g" >>"$out/grammars/include/tree_sitter_grammars.h"
done

if ((${#missing[@]})); then
  echo "setup: the fetched sources lack files the build needs:" >&2
  printf '  %s\n' "${missing[@]}" >&2
  rm -rf "$out"
  exit 1
fi

echo "$want" >"$stamp"
echo "setup: tree-sitter sources ready in ThirdParty/" >&2
