#!/usr/bin/env bash
# End-to-end tests of `lattice serve --mcp` with the official MCP Python SDK.
#
#   Tests/MCP/run.sh [pytest arguments...]
#
# Needs python3 (3.10+) and access to PyPI. Creates a virtualenv in .build/mcp-venv (override with
# MCP_VENV) and installs the pinned requirements.txt into it when they change. Tests the binary
# at $LATTICE_BINARY, default .build/debug/lattice (build it first with `swift build`).
# Re-record golden answers with LATTICE_RECORD_GOLDEN=1. Exits with pytest's status.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
venv="${MCP_VENV:-$repo/.build/mcp-venv}"
python="${PYTHON:-python3}"
requirements="$here/requirements.txt"

export LATTICE_BINARY="${LATTICE_BINARY:-$repo/.build/debug/lattice}"
if [[ ! -x "$LATTICE_BINARY" ]]; then
  echo "run.sh: no lattice binary at $LATTICE_BINARY (run 'swift build' or set LATTICE_BINARY)" >&2
  exit 2
fi

if [[ ! -x "$venv/bin/python" ]]; then
  echo "run.sh: creating $venv" >&2
  mkdir -p "$(dirname "$venv")"
  "$python" -m venv "$venv"
fi

# Reinstall only when requirements.txt differs from what was last installed.
stamp="$venv/.lattice-requirements.txt"
if ! cmp -s "$requirements" "$stamp" 2>/dev/null; then
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements"
  cp "$requirements" "$stamp"
fi

cd "$here"
set +e
PYTHONDONTWRITEBYTECODE=1 "$venv/bin/python" -m pytest -q "$@"
status=$?
exit "$status"
