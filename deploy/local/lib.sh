# Shared settings and helpers for deploy/local/{setup,start,stop,reset}.sh. Sourced, not run.
# shellcheck shell=bash

LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE="${AFTERSALES_CACHE:-$HOME/.cache/aftersales-local}"
RUN_DIR="${AFTERSALES_RUN_DIR:-/tmp/aftersales-local}"
KAFKA_PORT="${KAFKA_PORT:-19092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-19093}"
MONGO_PORT="${MONGO_PORT:-27018}"
KAFKA_HEAP="${KAFKA_HEAP:-512m}"
START_TIMEOUT="${START_TIMEOUT:-120}"
STOP_TIMEOUT="${STOP_TIMEOUT:-30}"
FERRETDB_VERSION="${FERRETDB_VERSION:-v1.24.2}"
KAFKA_POM="$LOCAL_DIR/kafka/pom.xml"
KAFKA_VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$KAFKA_POM")"
KAFKA_HOME="$CACHE/kafka-$KAFKA_VERSION"
FERRETDB_HOME="$CACHE/ferretdb-$FERRETDB_VERSION"
# slf4j-simple: WARN and above, with timestamps, to stderr (redirected to the log file)
KAFKA_LOG_OPTS=(
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn
  -Dorg.slf4j.simpleLogger.showDateTime=true
  "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS"
  -Dorg.slf4j.simpleLogger.logFile=System.err
)

# lock_run_dir: serialise start/stop across processes (e.g. parallel test workers).
# Holds fd 8 until the script exits; nested calls (reset.sh -> stop.sh) skip it.
lock_run_dir() {
  mkdir -p "$RUN_DIR"
  if [[ -z "${AFTERSALES_LOCK_HELD:-}" ]] && command -v flock >/dev/null 2>&1; then
    exec 8>"$RUN_DIR/.lock"
    flock 8
    export AFTERSALES_LOCK_HELD=1
  fi
}

log() { printf '[local-infra] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# pid_of NAME: the recorded pid, or nothing
pid_of() { [[ -f "$RUN_DIR/$1.pid" ]] && cat "$RUN_DIR/$1.pid" || true; }

# is_ours PID MARKER: PID is alive and its command line contains MARKER (guards against pid reuse)
is_ours() {
  [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -q -- "$2"
}

# alive PID: the process exists. Enough for a server start.sh has just launched: reading
# /proc/PID/cmdline while it execs can come back empty, and is_ours then fails for a live
# server (seen once: FerretDB was declared dead during startup with nothing in its log).
alive() { [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null; }

# port_open PORT: something accepts TCP connections on 127.0.0.1:PORT
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

kafka_ready() {
  java -Xmx64m "${KAFKA_LOG_OPTS[@]}" -Dorg.slf4j.simpleLogger.defaultLogLevel=error \
    -cp "$KAFKA_HOME/libs/*:$KAFKA_HOME/classes" KafkaCheck ready "127.0.0.1:$KAFKA_PORT" >/dev/null 2>&1
}

mongo_ready() {
  "$FERRETDB_HOME/bin/aftersales-mongoping" "mongodb://127.0.0.1:$MONGO_PORT/" >/dev/null 2>&1
}

# data_dir: where this run dir's servers keep their data. Stable across restarts: the path
# recorded in $RUN_DIR/data_dir (an older start.sh recorded an aftersales-local-data.XXXXXX
# temp dir there), else $RUN_DIR/data. Only reset.sh deletes it.
data_dir() {
  if [[ -s "$RUN_DIR/data_dir" ]]; then cat "$RUN_DIR/data_dir"; else printf '%s\n' "$RUN_DIR/data"; fi
}

# stop_one NAME MARKER: SIGTERM to the recorded server, SIGKILL after $STOP_TIMEOUT seconds.
# Only a process whose command line carries MARKER is signalled (the pid may have been reused).
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
