#!/usr/bin/env bash
# Deploys the build to every target given on the command line.
set -euo pipefail
source lib/log.sh
source "lib/util.sh"
. "$(dirname "$0")/../config/env.sh"  # @blindspot dynamic_import

usage() {  # @def function bin/deploy.sh#usage
  echo "usage: deploy.sh TARGET..." >&2
  die "no target"  # @calls die
}

deploy_target() {  # @def function deploy_target
  local target="$1"
  log_info "deploying to $target"  # @calls log_info
  with_retry rsync -a build/ "$target:/srv/app"  # @calls with_retry
}

main() {  # @def function bin/deploy.sh#main
  [ "$#" -gt 0 ] || usage  # @calls bin/deploy.sh#usage
  require_cmd rsync  # @calls require_cmd
  for target in "$@"; do
    deploy_target "$target" | tee -a deploy.log  # @calls deploy_target
  done
  run_hook "${POST_DEPLOY:-}"  # @calls run_hook
}

main "$@"  # @calls bin/deploy.sh#main
