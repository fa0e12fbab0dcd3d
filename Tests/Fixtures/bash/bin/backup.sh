#!/usr/bin/env bash
# Archives a directory; a second `usage` and `main` make those names ambiguous project-wide.
source lib/log.sh

usage() {  # @def function bin/backup.sh#usage
  echo "usage: backup.sh DIR" >&2
}

main() {  # @def function bin/backup.sh#main
  if [ "$#" -ne 1 ]; then
    usage  # @calls bin/backup.sh#usage
    return 2
  fi
  local archive
  archive="$(date +%F)-$(basename "$1").tar.gz"
  tar -czf "$archive" "$1" && log_info "wrote $archive"  # @calls log_info
}

main "$@"  # @calls bin/backup.sh#main
