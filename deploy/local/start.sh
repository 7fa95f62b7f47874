#!/usr/bin/env bash
# Starts a single-node Apache Kafka (KRaft) and FerretDB (MongoDB wire protocol,
# SQLite backend) on 127.0.0.1, with data in a fresh temp dir, and waits until both
# answer real client requests. Idempotent: exits 0 if they are already up.
# Writes $AFTERSALES_RUN_DIR/env (KAFKA_BROKERS, MONGO_URL). See deploy/local/README.md.
set -euo pipefail

# shellcheck source=deploy/local/lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

print_env() {
  log "ready; environment (also in $RUN_DIR/env):"
  cat "$RUN_DIR/env"
}

already_running() {
  [[ -f "$RUN_DIR/env" ]] &&
    is_ours "$(pid_of kafka)" kafka.Kafka && is_ours "$(pid_of ferretdb)" ferretdb &&
    kafka_ready && mongo_ready
}

write_kafka_config() {
  cat >"$1" <<CONF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$2
num.partitions=3
auto.create.topics.enable=true
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
num.network.threads=2
num.io.threads=4
CONF
}

# launch NAME LOGFILE CMD...: start CMD in its own session (so it outlives this
# script and its caller's process group) and record its pid
launch() {
  local name="$1" logfile="$2"
  shift 2
  # the inner shell writes its own pid and then execs the server, so the pid is the server's
  # shellcheck disable=SC2016 # $$, $0 and $@ are for the inner shell
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$RUN_DIR/$name.pid" "$@" </dev/null >"$logfile" 2>&1 8>&- &
  for _ in $(seq 50); do
    [[ -s "$RUN_DIR/$name.pid" ]] && return
    sleep 0.1
  done
  die "$name did not start"
}

fail_with_log() {
  local name="$1" logfile="$2" why="$3"
  log "ERROR: $name $why; last lines of $logfile:"
  tail -n 40 "$logfile" >&2 || true
  bash "$LOCAL_DIR/stop.sh" >/dev/null 2>&1 || true
  exit 1
}

main() {
  bash "$LOCAL_DIR/setup.sh"

  lock_run_dir
  if already_running; then
    log "already running (kafka pid $(pid_of kafka), ferretdb pid $(pid_of ferretdb))"
    print_env
    return 0
  fi
  if [[ -n "$(pid_of kafka)$(pid_of ferretdb)" || -f "$RUN_DIR/data_dir" ]]; then
    log "found a stale or half-running instance; stopping it first"
    bash "$LOCAL_DIR/stop.sh"
  fi

  local port
  for port in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "$MONGO_PORT"; do
    port_open "$port" && die "127.0.0.1:$port is already in use by another process (override KAFKA_PORT / KAFKA_CONTROLLER_PORT / MONGO_PORT)"
  done

  local data t0=$SECONDS
  data="$(mktemp -d "${TMPDIR:-/tmp}/aftersales-local-data.XXXXXX")"
  printf '%s\n' "$data" >"$RUN_DIR/data_dir"
  mkdir -p "$data/kafka/logs" "$data/ferretdb/sqlite"

  # --- Kafka (KRaft, combined broker + controller) ---
  local kafka_log="$RUN_DIR/kafka.log" cluster_id
  write_kafka_config "$data/kafka/server.properties" "$data/kafka/logs"
  # cluster id = 16 random bytes, base64url without padding (what `random-uuid` prints).
  # It may start with '-', so it is passed as --cluster-id=ID: as a separate word the
  # argument parser would take it for an option (1 start in 64 failed that way).
  cluster_id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
  log "kafka $KAFKA_VERSION: formatting storage (cluster $cluster_id)"
  java -Xmx128m "${KAFKA_LOG_OPTS[@]}" -cp "$KAFKA_HOME/libs/*" kafka.tools.StorageTool format \
    --cluster-id="$cluster_id" -c "$data/kafka/server.properties" >"$kafka_log" 2>&1 ||
    fail_with_log kafka "$kafka_log" "storage format failed"
  log "kafka $KAFKA_VERSION: starting on 127.0.0.1:$KAFKA_PORT (controller :$KAFKA_CONTROLLER_PORT)"
  # shellcheck disable=SC2206 # KAFKA_JAVA_OPTS is a whitespace-separated list of JVM flags
  local jvm_opts=(-Xms128m "-Xmx$KAFKA_HEAP" -XX:+UseG1GC -XX:MaxGCPauseMillis=20
    -Djava.awt.headless=true ${KAFKA_JAVA_OPTS:-})
  launch kafka "$kafka_log" java "${jvm_opts[@]}" "${KAFKA_LOG_OPTS[@]}" \
    -cp "$KAFKA_HOME/libs/*" kafka.Kafka "$data/kafka/server.properties"

  # --- FerretDB (SQLite backend) ---
  local mongo_log="$RUN_DIR/ferretdb.log"
  log "ferretdb $FERRETDB_VERSION: starting on 127.0.0.1:$MONGO_PORT"
  launch ferretdb "$mongo_log" "$FERRETDB_HOME/bin/ferretdb" \
    --handler=sqlite \
    "--sqlite-url=file:$data/ferretdb/sqlite/" \
    "--state-dir=$data/ferretdb" \
    "--listen-addr=127.0.0.1:$MONGO_PORT" \
    --debug-addr=- \
    --telemetry=disable \
    --log-level="${FERRETDB_LOG_LEVEL:-warn}"

  # --- wait for real answers ---
  local deadline=$((SECONDS + START_TIMEOUT)) kafka_up=0 mongo_up=0
  while ((!kafka_up || !mongo_up)); do
    if ((!mongo_up)); then
      alive "$(pid_of ferretdb)" || fail_with_log ferretdb "$mongo_log" "exited during startup"
      if port_open "$MONGO_PORT" && mongo_ready; then
        mongo_up=1
        log "ferretdb answers ping after $((SECONDS - t0))s"
      fi
    fi
    if ((!kafka_up)); then
      alive "$(pid_of kafka)" || fail_with_log kafka "$kafka_log" "exited during startup"
      if port_open "$KAFKA_PORT" && kafka_ready; then
        kafka_up=1
        log "kafka answers metadata requests after $((SECONDS - t0))s"
      fi
    fi
    if ((SECONDS >= deadline)); then
      ((kafka_up)) || fail_with_log kafka "$kafka_log" "not ready after ${START_TIMEOUT}s"
      fail_with_log ferretdb "$mongo_log" "not ready after ${START_TIMEOUT}s"
    fi
    ((kafka_up && mongo_up)) || sleep 0.5
  done

  cat >"$RUN_DIR/env" <<ENV
export KAFKA_BROKERS=127.0.0.1:$KAFKA_PORT
export MONGO_URL=mongodb://127.0.0.1:$MONGO_PORT/
ENV
  log "started in $((SECONDS - t0))s; data in $data, logs in $RUN_DIR/{kafka,ferretdb}.log"
  print_env
}

main "$@"
