#!/usr/bin/env bash
# Generic helpers; needs log.sh.
. lib/log.sh

require_cmd() {  # @def function require_cmd
  command -v "$1" >/dev/null || die "missing command: $1"  # @calls die
}

with_retry() {  # @def function with_retry
  attempt() {  # @def function with_retry.attempt
    "$@"
  }
  attempt "$@" || {  # @calls with_retry.attempt
    log_info "retrying $1"  # @calls log_info
    attempt "$@"  # @calls with_retry.attempt
  }
}

run_hook() {  # @def function run_hook
  local hook="$1"
  [ -n "$hook" ] || usage  # @unresolved usage
  eval "$hook"  # @blindspot eval
}
