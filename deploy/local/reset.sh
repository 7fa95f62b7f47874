#!/usr/bin/env bash
# Stops the servers (stop.sh) and deletes their data: every topic, offset, database and
# event. The next start.sh begins empty. The only deploy/local command that deletes data.
set -euo pipefail

# shellcheck source=deploy/local/lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

main() {
  [[ -d "$RUN_DIR" ]] || { log "nothing to reset"; return 0; }
  lock_run_dir
  bash "$LOCAL_DIR/stop.sh"
  local data
  data="$(data_dir)"
  # only ever delete a dir start.sh made: $RUN_DIR/data, or an older start.sh's temp dir
  if [[ -d "$data" ]]; then
    if [[ "$data" == "$RUN_DIR/data" || "$(basename "$data")" == aftersales-local-data.* ]]; then
      rm -rf "$data"
      log "deleted $data"
    else
      die "$RUN_DIR/data_dir names $data, which start.sh does not make; not deleting it"
    fi
  fi
  rm -f "$RUN_DIR/data_dir"
  log "reset: the next start.sh begins with empty servers"
}

main "$@"
