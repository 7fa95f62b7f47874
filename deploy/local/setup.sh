#!/usr/bin/env bash
# Fetches and builds the local (Docker-free) infrastructure once:
#   - Apache Kafka (KRaft) jars from Maven Central via deploy/local/kafka/pom.xml,
#     plus the small KafkaCheck client used for readiness checks;
#   - FerretDB v1 (MongoDB wire protocol on SQLite) built from its Go module,
#     plus the small mongoping client used for readiness checks.
# Everything lands in ${AFTERSALES_CACHE:-$HOME/.cache/aftersales-local}; a stamp
# file keyed by versions and input files makes later runs a no-op.
# See deploy/local/README.md.
set -euo pipefail

# lib.sh: CACHE, the versions, KAFKA_POM, KAFKA_HOME, FERRETDB_HOME (shared with start/stop.sh)
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
HERE="$LOCAL_DIR"
FERRETDB_MODULE="github.com/FerretDB/FerretDB"
FERRETDB_TAGS="ferretdb_no_postgresql"

log() { printf '[local-infra setup] %s\n' "$*" >&2; } # lib.sh's die() uses this prefix too

need() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || die "'$tool' not found on PATH (needs: Java 17+ with javac, Maven 3, Go 1.24+)"
  done
}

# stamp_key WORD... -- FILE...: hash of everything that influences an artifact,
# so a version bump or an edited input file rebuilds it
stamp_key() {
  local arg files=0
  for arg in "$@"; do
    if [[ "$arg" == "--" ]]; then
      files=1
    elif ((files)); then
      printf '%s  %s\n' "$(sha256sum <"$arg" | cut -d' ' -f1)" "${arg#"$HERE"/}"
    else
      printf '%s\n' "$arg"
    fi
  done | sha256sum | cut -d' ' -f1
}

is_current() { [[ -f "$1" && "$(cat "$1")" == "$2" ]]; }

setup_kafka() {
  local dir="$KAFKA_HOME" key tmp
  key="$(stamp_key "kafka=$KAFKA_VERSION" -- "$KAFKA_POM" "$HERE/kafka/KafkaCheck.java")"
  if is_current "$dir/.stamp" "$key"; then
    log "kafka $KAFKA_VERSION: cached in $dir"
    return
  fi
  need java javac mvn
  log "kafka $KAFKA_VERSION: fetching jars from Maven Central (maven-dependency-plugin)..."
  tmp="$(mktemp -d "$CACHE/.kafka.XXXXXX")"
  mvn -B -q -f "$KAFKA_POM" dependency:copy-dependencies -Dkafka.libdir="$tmp/libs" >"$tmp/mvn.log" 2>&1 ||
    { tail -n 40 "$tmp/mvn.log" >&2; die "maven could not fetch kafka jars"; }
  ls "$tmp/libs/kafka_2.13-$KAFKA_VERSION.jar" >/dev/null
  log "kafka $KAFKA_VERSION: compiling KafkaCheck..."
  mkdir -p "$tmp/classes"
  javac -nowarn -cp "$tmp/libs/*" -d "$tmp/classes" "$HERE/kafka/KafkaCheck.java"
  printf '%s\n' "$key" >"$tmp/.stamp"
  rm -rf "$dir"
  mv "$tmp" "$dir"
  log "kafka $KAFKA_VERSION: ready ($(find "$dir/libs" -name '*.jar' | wc -l) jars)"
}

apply_patch() {
  local p="$1"
  if command -v patch >/dev/null 2>&1; then
    patch -p1 --forward --quiet <"$p"
  else
    # never let git pick up a repository above the copied sources
    GIT_CEILING_DIRECTORIES="$(dirname "$PWD")" git apply "$p"
  fi
}

setup_ferretdb() {
  local dir="$FERRETDB_HOME" key tmp moddir p
  key="$(stamp_key "ferretdb=$FERRETDB_VERSION" "tags=$FERRETDB_TAGS" "go=$(go env GOVERSION 2>/dev/null || echo none)" \
    -- "$HERE/ferretdb/mongoping/main.go" "$HERE"/ferretdb/*.patch)"
  if is_current "$dir/.stamp" "$key"; then
    log "ferretdb $FERRETDB_VERSION: cached in $dir"
    return
  fi
  need go
  log "ferretdb $FERRETDB_VERSION: downloading module source through the Go module proxy..."
  tmp="$(mktemp -d "$CACHE/.ferretdb.XXXXXX")"
  # run outside any go.mod so only the requested module is resolved
  moddir="$(cd "$tmp" && go mod download -json "$FERRETDB_MODULE@$FERRETDB_VERSION" |
    sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')"
  [[ -n "$moddir" && -d "$moddir" ]] || die "go mod download gave no source dir for $FERRETDB_MODULE@$FERRETDB_VERSION"
  cp -R "$moddir" "$tmp/src"
  chmod -R u+w "$tmp/src"
  (
    cd "$tmp/src"
    # `go install …@version` would panic at start on a missing build/version/version.txt
    printf '%s\n' "$FERRETDB_VERSION" >build/version/version.txt
    printf '%s\n' "aftersales-local" >build/version/package.txt
    for p in "$HERE"/ferretdb/*.patch; do
      log "ferretdb $FERRETDB_VERSION: applying $(basename "$p")"
      apply_patch "$p"
    done
    mkdir -p cmd/aftersales-mongoping
    cp "$HERE/ferretdb/mongoping/main.go" cmd/aftersales-mongoping/main.go
    log "ferretdb $FERRETDB_VERSION: go build (first time takes ~1.5 min on 2 cores)..."
    CGO_ENABLED=0 GOFLAGS=-buildvcs=false go build -trimpath -tags "$FERRETDB_TAGS" \
      -o "$tmp/bin/" ./cmd/ferretdb ./cmd/aftersales-mongoping
  ) || die "ferretdb build failed"
  "$tmp/bin/ferretdb" --version >/dev/null || die "built ferretdb does not run"
  rm -rf "$tmp/src"
  printf '%s\n' "$key" >"$tmp/.stamp"
  rm -rf "$dir"
  mv "$tmp" "$dir"
  log "ferretdb $FERRETDB_VERSION: ready ($dir/bin/ferretdb)"
}

main() {
  [[ -n "$KAFKA_VERSION" ]] || die "cannot read <kafka.version> from $KAFKA_POM"
  need sha256sum
  mkdir -p "$CACHE"
  # serialise concurrent setups (e.g. parallel test workers) on one cache
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$CACHE/.setup.lock"
    flock 9
  fi
  local t0=$SECONDS
  setup_kafka
  setup_ferretdb
  log "done in $((SECONDS - t0))s (cache: $CACHE)"
}

main "$@"
