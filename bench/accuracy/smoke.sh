#!/usr/bin/env bash
# The accuracy smoke test `make test` runs: `lattice callers` on requests 2.32.3 (fetched from PyPI by
# sha256) scored against the committed jedi reference (truth/requests.json). Fails when precision,
# recall or the exact-answer rate drops below the floors in smoke-expected.json — a resolution
# regression fails the build. usage: smoke.sh [LATTICE_BINARY]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
lattice="${1:-$root/.build/debug/lattice}"
work="$root/.build/accuracy"
dest="$work/requests"
if [[ ! -f "$dest/.prepared" ]]; then
  mkdir -p "$work/dl"
  printf 'requests==2.32.3 --hash=sha256:55365417734eb18255590a9ff9eb97e9e1da868d4ccd6402399eaf68af20a760\n' >"$work/req-smoke.txt"
  python3 -m pip download --quiet --disable-pip-version-check --no-deps --no-binary requests --require-hashes \
    -r "$work/req-smoke.txt" -d "$work/dl"
  rm -rf "$dest" && mkdir -p "$dest"
  tar -xzf "$work/dl/requests-2.32.3.tar.gz" -C "$dest" --strip-components=1
  touch "$dest/.prepared"
fi
rm -rf "$dest/.lattice"
"$lattice" index "$dest" >/dev/null
python3 "$root/bench/accuracy/score.py" "$dest" "$root/bench/accuracy/truth/requests.json" --lattice "$lattice" \
  --json "$work/smoke-result.json" >/dev/null
python3 - "$work/smoke-result.json" "$root/bench/accuracy/smoke-expected.json" <<'PY'
import json, sys
got, floor = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
failed = [k for k, v in floor.items() if got[k] < v]
print("accuracy smoke (requests 2.32.3 vs jedi): " + ", ".join(f"{k} {got[k]} (floor {floor[k]})" for k in floor))
sys.exit(1 if failed else 0)
PY
