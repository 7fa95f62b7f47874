#!/usr/bin/env bash
# Stops the servers started by deploy/local/start.sh (SIGTERM, then SIGKILL after
# $STOP_TIMEOUT seconds). Keeps their data: the next start.sh goes on from it.
# reset.sh is the command that deletes it. Safe when nothing runs.
set -euo pipefail

# shellcheck source=deploy/local/lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

main() {
  [[ -d "$RUN_DIR" ]] || { log "nothing to stop"; return 0; }
  lock_run_dir
  # stop both at once: Kafka's controlled shutdown takes a few seconds
  stop_one kafka kafka.Kafka &
  local kafka_job=$!
  stop_one ferretdb ferretdb
  wait "$kafka_job"
  rm -f "$RUN_DIR/env"
  if [[ -d "$(data_dir)" ]]; then
    log "stopped; data kept in $(data_dir) (deploy/local/reset.sh deletes it)"
  else
    log "stopped"
  fi
}

main "$@"
