#!/usr/bin/env bash
# Logging helpers shared by the scripts (sourced, never executed).

LOG_PREFIX="${LOG_PREFIX:-app}"

# Prints an informational message.
log_info() {  # @def function log_info
  printf '[%s] %s\n' "$LOG_PREFIX" "$*"
}

function log_error {  # @def function log_error
  log_info "error: $*" >&2  # @calls log_info
}

function die() {  # @def function die
  log_error "$@"  # @calls log_error
  exit 1
}
