#!/usr/bin/env bash
# Starts a single-node Apache Kafka (KRaft) and FerretDB (MongoDB wire protocol, SQLite
# backend) on 127.0.0.1 and waits until both answer real client requests. Starts only the
# server that is not running, on its existing data, and touches nothing else: after a crash
# of one server, running this again restarts that server alone. Exits 0 if both are up.
# Data stays in $AFTERSALES_RUN_DIR/data across stops and restarts; only reset.sh deletes it.
# Writes $AFTERSALES_RUN_DIR/env (KAFKA_BROKERS, MONGO_URL). See deploy/local/README.md.
set -euo pipefail

# shellcheck source=deploy/local/lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

print_env() {
  log "ready; environment (also in $RUN_DIR/env):"
  cat "$RUN_DIR/env"
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
# The log cleaner (compacted __consumer_offsets) takes a 128 MB dedupe buffer by default: in the
# 512 MB heap of a broker restarted under load it ran out of memory. 16 MB is plenty for local topics.
log.cleaner.dedupe.buffer.size=16777216
CONF
}

# launch NAME LOGFILE CMD...: start CMD in its own session (so it outlives this
# script and its caller's process group) and record its pid. The log is appended to,
# so the lines before a crash are still there after the restart.
launch() {
  local name="$1" logfile="$2"
  shift 2
  rm -f "$RUN_DIR/$name.pid"
  printf -- '--- %s: start.sh starts %s\n' "$(date -Is)" "$name" >>"$logfile"
  # the inner shell writes its own pid and then execs the server, so the pid is the server's
  # shellcheck disable=SC2016 # $$, $0 and $@ are for the inner shell
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$RUN_DIR/$name.pid" "$@" </dev/null >>"$logfile" 2>&1 8>&- &
  for _ in $(seq 50); do
    [[ -s "$RUN_DIR/$name.pid" ]] && return
    sleep 0.1
  done
  die "$name did not start"
}

LAUNCHED=() # the servers this run started: a failed start stops these and nothing else

fail_with_log() {
  local name="$1" logfile="$2" why="$3" server
  log "ERROR: $name $why; last lines of $logfile:"
  tail -n 40 "$logfile" >&2 || true
  for server in ${LAUNCHED[@]+"${LAUNCHED[@]}"}; do
    if [[ "$server" == kafka ]]; then stop_one kafka kafka.Kafka; else stop_one ferretdb ferretdb; fi
  done
  exit 1
}

ports_free() {
  local port
  for port in "$@"; do
    port_open "$port" && die "127.0.0.1:$port is already in use by another process (override KAFKA_PORT / KAFKA_CONTROLLER_PORT / MONGO_PORT)"
  done
  return 0
}

# Kafka (KRaft, combined broker + controller). Its storage is formatted once, when empty;
# the cluster id is kept beside it, so a restart finds the same cluster and its topics.
start_kafka() {
  local data="$1" log_file="$RUN_DIR/kafka.log" cluster_id
  mkdir -p "$data/kafka/logs"
  write_kafka_config "$data/kafka/server.properties" "$data/kafka/logs"
  if [[ ! -f "$data/kafka/logs/meta.properties" ]]; then
    # cluster id = 16 random bytes, base64url without padding (what `random-uuid` prints).
    # It may start with '-', so it is passed as --cluster-id=ID: as a separate word the
    # argument parser would take it for an option (1 start in 64 failed that way).
    [[ -s "$data/kafka/cluster_id" ]] ||
      head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' >"$data/kafka/cluster_id"
    cluster_id="$(cat "$data/kafka/cluster_id")"
    log "kafka $KAFKA_VERSION: formatting empty storage (cluster $cluster_id)"
    java -Xmx128m "${KAFKA_LOG_OPTS[@]}" -cp "$KAFKA_HOME/libs/*" kafka.tools.StorageTool format \
      --cluster-id="$cluster_id" -c "$data/kafka/server.properties" >>"$log_file" 2>&1 ||
      fail_with_log kafka "$log_file" "storage format failed"
  fi
  log "kafka $KAFKA_VERSION: starting on 127.0.0.1:$KAFKA_PORT (controller :$KAFKA_CONTROLLER_PORT), data in $data/kafka"
  # shellcheck disable=SC2206 # KAFKA_JAVA_OPTS is a whitespace-separated list of JVM flags
  local jvm_opts=(-Xms128m "-Xmx$KAFKA_HEAP" -XX:+UseG1GC -XX:MaxGCPauseMillis=20
    -Djava.awt.headless=true ${KAFKA_JAVA_OPTS:-})
  LAUNCHED+=(kafka)
  launch kafka "$log_file" java "${jvm_opts[@]}" "${KAFKA_LOG_OPTS[@]}" \
    -cp "$KAFKA_HOME/libs/*" kafka.Kafka "$data/kafka/server.properties"
}

# FerretDB (SQLite backend) on the existing SQLite files, if any.
start_ferretdb() {
  local data="$1"
  mkdir -p "$data/ferretdb/sqlite"
  log "ferretdb $FERRETDB_VERSION: starting on 127.0.0.1:$MONGO_PORT, data in $data/ferretdb"
  LAUNCHED+=(ferretdb)
  launch ferretdb "$RUN_DIR/ferretdb.log" "$FERRETDB_HOME/bin/ferretdb" \
    --handler=sqlite \
    "--sqlite-url=file:$data/ferretdb/sqlite/" \
    "--state-dir=$data/ferretdb" \
    "--listen-addr=127.0.0.1:$MONGO_PORT" \
    "--debug-addr=${FERRETDB_DEBUG_ADDR:--}" \
    --telemetry=disable \
    --log-level="${FERRETDB_LOG_LEVEL:-warn}"
}

# wait_ready T0: until both answer, or fail. A server this run did not start may have been
# running for a while; one it started counts as running while its process exists (alive).
wait_ready() {
  local t0="$1" deadline=$((SECONDS + START_TIMEOUT)) kafka_up=0 mongo_up=0
  local kafka_log="$RUN_DIR/kafka.log" mongo_log="$RUN_DIR/ferretdb.log"
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
}

main() {
  bash "$LOCAL_DIR/setup.sh"

  lock_run_dir
  local data t0=$SECONDS
  data="$(data_dir)"
  mkdir -p "$data"
  printf '%s\n' "$data" >"$RUN_DIR/data_dir"

  local start_kafka=1 start_ferretdb=1
  if is_ours "$(pid_of kafka)" kafka.Kafka; then
    start_kafka=0
    log "kafka already running (pid $(pid_of kafka))"
  fi
  if is_ours "$(pid_of ferretdb)" ferretdb; then
    start_ferretdb=0
    log "ferretdb already running (pid $(pid_of ferretdb))"
  fi
  # check every port first: a refusal must leave nothing half-started
  if ((start_kafka)); then ports_free "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; fi
  if ((start_ferretdb)); then ports_free "$MONGO_PORT"; fi
  if ((start_kafka)); then start_kafka "$data"; fi
  if ((start_ferretdb)); then start_ferretdb "$data"; fi
  wait_ready "$t0"

  cat >"$RUN_DIR/env" <<ENV
export KAFKA_BROKERS=127.0.0.1:$KAFKA_PORT
export MONGO_URL=mongodb://127.0.0.1:$MONGO_PORT/
ENV
  if ((${#LAUNCHED[@]})); then
    log "started ${LAUNCHED[*]} in $((SECONDS - t0))s; data in $data, logs in $RUN_DIR/{kafka,ferretdb}.log"
  fi
  print_env
}

main "$@"
