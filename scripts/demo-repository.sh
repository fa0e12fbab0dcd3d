#!/usr/bin/env bash
# Prints the path of a real repository to demonstrate Lattice on: the Flask 3.1.0 source
# distribution from PyPI (pinned by sha256), unpacked once into .build-demo/ (git-ignored).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$root/.build-demo/flask-3.1.0"
if [[ ! -d "$dest" ]]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  printf 'flask==3.1.0 --hash=sha256:5f873c5184c897c8d9d1b05df1e3d01b14910ce69607a117bd3277098a5836ac\n' >"$work/req.txt"
  "${PYTHON:-python3}" -m pip download --quiet --disable-pip-version-check --no-deps --require-hashes \
    --no-binary flask -r "$work/req.txt" -d "$work" >&2
  mkdir -p "$root/.build-demo"
  tar -xzf "$work/flask-3.1.0.tar.gz" -C "$root/.build-demo"
fi
echo "$dest"
