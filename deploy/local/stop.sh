#!/usr/bin/env bash
# Stops the servers started by deploy/local/start.sh (SIGTERM, then SIGKILL after
# $STOP_TIMEOUT seconds) and removes their temp data dir. Safe when nothing runs.
set -euo pipefail

# shellcheck source=deploy/local/lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

stop_one() {
  local name="$1" marker="$2" pid i
  pid="$(pid_of "$name")"
  if is_ours "$pid" "$marker"; then
    log "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < STOP_TIMEOUT * 10; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
      log "$name (pid $pid) still running after ${STOP_TIMEOUT}s; sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      for ((i = 0; i < 50; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
      done
    fi
  fi
  rm -f "$RUN_DIR/$name.pid"
}

main() {
  [[ -d "$RUN_DIR" ]] || { log "nothing to stop"; return 0; }
  lock_run_dir
  # stop both at once: Kafka's controlled shutdown takes a few seconds
  stop_one kafka kafka.Kafka &
  local kafka_job=$!
  stop_one ferretdb ferretdb
  wait "$kafka_job"

  local data=""
  [[ -f "$RUN_DIR/data_dir" ]] && data="$(cat "$RUN_DIR/data_dir")"
  # only ever delete a dir that start.sh created with mktemp
  if [[ -n "$data" && -d "$data" && "$(basename "$data")" == aftersales-local-data.* ]]; then
    rm -rf "$data"
    log "removed $data"
  fi
  rm -f "$RUN_DIR/data_dir" "$RUN_DIR/env"
  log "stopped"
}

main "$@"
