#!/usr/bin/env bash
# Fuzz every service's OpenAPI document with schemathesis, every check, bounded in examples and
# time; exit 1 on any failure. The services run from source on the servers in KAFKA_BROKERS and
# MONGO_URL, each on its port + SCHEMATHESIS_PORT_OFFSET, with a database and topic prefix of this
# run's own (dropped afterwards). schemathesis is installed once from PyPI into a venv under the
# cache (SCHEMATHESIS_VENV) and reused offline after that. README "Fuzzing the API".
set -euo pipefail
cd "$(dirname "$0")/../.."
ST_VERSION=4.32.5
VENV="${SCHEMATHESIS_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/aftersales/schemathesis-$ST_VERSION}"
MAX_EXAMPLES="${SCHEMATHESIS_MAX_EXAMPLES:-25}"
MAX_TIME_S="${SCHEMATHESIS_MAX_TIME_S:-75}"
PORT_OFFSET="${SCHEMATHESIS_PORT_OFFSET:-1000}"
: "${KAFKA_BROKERS:?set KAFKA_BROKERS (e.g. source /tmp/aftersales-local/env)}"
: "${MONGO_URL:?set MONGO_URL (e.g. source /tmp/aftersales-local/env)}"
RUN_ID="st$(date +%s)x$$"
LOGS=tmp/schemathesis
log() { printf '[schemathesis] %s\n' "$*"; }

if ! "$VENV/bin/st" --version 2>/dev/null | grep -q "$ST_VERSION"; then
  log "installing schemathesis $ST_VERSION into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$ST_VERSION"
fi

# name:port of every service in the one list (services.json)
mapfile -t SERVICES < <(node -e 'for (const [n, s] of Object.entries(require("./services.json"))) console.log(`${n}:${s.port + Number(process.argv[1])}`)' "$PORT_OFFSET")
PIDS=()
cleanup() {
  # SIGTERM (a graceful stop), then SIGKILL what still runs after 10 s: the run's data is dropped anyway.
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for _ in $(seq 20); do alive=0; for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done; [ "$alive" = 0 ] && break; sleep 0.5; done
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  node -e 'const { MongoClient } = require("mongodb");
    const [url, run, ...names] = process.argv.slice(1);
    MongoClient.connect(url).then(async (c) => { for (const n of names) await c.db(`${run}_${n}`).dropDatabase(); await c.close(); })
      .catch((e) => console.error(`[schemathesis] could not drop the run databases: ${e.message}`));' \
    "$MONGO_URL" "$RUN_ID" "${SERVICES[@]%%:*}" || true
}
trap cleanup EXIT

mkdir -p "$LOGS"
for entry in "${SERVICES[@]}"; do
  name="${entry%%:*}" port="${entry##*:}"
  PORT="$port" HOST=127.0.0.1 MONGO_DB="${RUN_ID}_${name}" TOPIC_PREFIX="${RUN_ID}-" RELAY_POLL_MS=50 LOG_LEVEL=warn \
    SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register "apps/$name/src/main.ts" >"$LOGS/$name.log" 2>&1 &
  PIDS+=("$!")
done

# Each document must be valid OpenAPI 3.0 (the specification's JSON Schema) before it is fuzzed.
for entry in "${SERVICES[@]}"; do
  "$VENV/bin/python" deploy/schemathesis/validate-document.py "http://127.0.0.1:${entry##*:}/docs/json" \
    || { log "${entry%%:*}: the document is not valid OpenAPI; the service's log is $LOGS/${entry%%:*}.log"; exit 1; }
done

# The services side by side, each fuzzed for the whole budget (fuzzing and stateful runs repeat
# until it is spent), so the step takes about MAX_TIME_S plus the start.
FUZZERS=()
for entry in "${SERVICES[@]}"; do
  name="${entry%%:*}" url="http://127.0.0.1:${entry##*:}"
  log "$name: fuzzing $url/docs/json (at most $MAX_EXAMPLES examples per operation and phase, $MAX_TIME_S s)"
  "$VENV/bin/st" --config-file deploy/schemathesis/schemathesis.toml --no-color run "$url/docs/json" \
    --wait-for-schema 120 --checks all --max-examples "$MAX_EXAMPLES" --max-time "$MAX_TIME_S" \
    --workers 1 --generation-database none --report junit --report-dir "$LOGS/$name" >"$LOGS/$name.st.txt" 2>&1 &
  FUZZERS+=("$name:$!")
done
failed=()
for fuzzer in "${FUZZERS[@]}"; do
  name="${fuzzer%%:*}"
  if wait "${fuzzer##*:}"; then status=passed; else status=FAILED; failed+=("$name"); fi
  printf '\n===== %s: %s =====\n' "$name" "$status"
  cat "$LOGS/$name.st.txt"
  [ "$status" = FAILED ] && log "$name: the service's log is $LOGS/$name.log"
done

if [ "${#failed[@]}" -gt 0 ]; then
  log "FAILED: ${failed[*]}"
  exit 1
fi
log "every service passed"
