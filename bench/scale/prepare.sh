#!/usr/bin/env bash
# Prepares the benchmark corpora in .build/bench-corpus/ (git-ignored), from the registries only:
# PyPI (pinned by sha256), Debian packages (versions recorded in corpora.json after the run) and the
# local Swift package mirror. Idempotent: a prepared corpus is kept. usage: prepare.sh [NAME...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$root/.build/bench-corpus"
mkdir -p "$out"
want=("$@")
[[ ${#want[@]} -gt 0 ]] || want=(django gin tokio swift-nio typescript jdk linux)

apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if ((${#missing[@]})); then
    apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
  fi
}
apt_install universal-ctags

for name in "${want[@]}"; do
  dest="$out/$name"
  [[ -f "$dest/.prepared" ]] && continue
  rm -rf "$dest" && mkdir -p "$dest"
  echo "bench: preparing $name" >&2
  case "$name" in
  django)
    tmp="$(mktemp -d)"
    printf 'django==5.1.4 --hash=sha256:de450c09e91879fa5a307f696e57c851955c910a438a35e6b4c895e86bedc82a\n' >"$tmp/req.txt"
    python3 -m pip download --quiet --no-deps --no-binary django --require-hashes -r "$tmp/req.txt" -d "$tmp"
    tar -xzf "$tmp"/Django-5.1.4.tar.gz -C "$dest" --strip-components=1
    rm -rf "$tmp" ;;
  gin)
    apt_install golang-github-gin-gonic-gin-dev
    cp -R /usr/share/gocode/src/github.com/gin-gonic/gin/. "$dest/" ;;
  tokio)
    apt_install librust-tokio-dev
    cp -R /usr/share/cargo/registry/tokio-1.*/. "$dest/" ;;
  swift-nio)
    git clone -q --bare https://github.com/apple/swift-nio "$out/.swift-nio.git" 2>/dev/null || true
    git -C "$out/.swift-nio.git" archive 2.101.3 | tar -x -C "$dest" ;;
  typescript)
    apt_install node-typescript
    cp -R /usr/share/nodejs/typescript/. "$dest/" ;;
  jdk)
    apt_install openjdk-17-source
    (cd "$dest" && unzip -q /usr/lib/jvm/openjdk-17/lib/src.zip) ;;
  linux)
    apt_install linux-source-6.1
    tar -xJf /usr/src/linux-source-6.1.tar.xz -C "$dest" --strip-components=1
    # Debian's source package appends `/*` and `!/debian/` to the kernel's .gitignore, which hides
    # the whole tree from any tool that honours it (Lattice does): drop those two lines.
    sed -i '/^\/\*$/d; /^!\/debian\/$/d' "$dest/.gitignore" ;;
  *) echo "bench: unknown corpus $name" >&2; exit 2 ;;
  esac
  touch "$dest/.prepared"
done
