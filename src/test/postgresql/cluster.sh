#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the integration tests, started by Maven in pre-integration-test and
# stopped in post-integration-test (pom.xml, exec-maven-plugin).
#
#   cluster.sh start STATE_DIR SERVER_DIR:DATABASE...   initdb into a new temporary directory, start on a free
#                                                      port, create each DATABASE and point each Liberty server
#                                                      at its own (postgresql.properties, bootstrap.include)
#   cluster.sh stop STATE_DIR                          stop the cluster and delete its directory
#
# STATE_DIR/cluster.properties tells Maven the outcome: kasus.postgresql.skip=true|false and the port.
# Without PostgreSQL on the machine the PostgreSQL test run is skipped with a loud message; with CI=true it
# fails instead. KASUS_SKIP_POSTGRESQL=true (Maven: -Dkasus.skip.postgresql) skips it on request.
# The server refuses to run as root: as root the cluster runs as the user postgres (or nobody).
set -euo pipefail

readonly DB_USER=kasus
# A fixture of this throw-away cluster only, which listens on 127.0.0.1 and is deleted at the end.
readonly DB_PASSWORD=kasus-test-password

action=${1:?start or stop}
state_dir=${2:?state directory}
state=$state_dir/cluster.properties

log() { echo "[kasus-postgresql] $*"; }

banner() {
  echo
  echo "##########################################################################################"
  for line in "$@"; do echo "###  $line"; done
  echo "##########################################################################################"
  echo
}

write_state() {
  mkdir -p "$state_dir"
  printf '%s\n' "$@" > "$state"
}

state_value() {
  [ -f "$state" ] && sed -n "s/^$1=//p" "$state" || true
}

find_bin() {
  local initdb
  if initdb=$(command -v initdb 2>/dev/null); then
    dirname "$(readlink -f "$initdb")"
    return
  fi
  initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$initdb" ]; then dirname "$initdb"; fi
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$(state_value kasus.postgresql.owner)" -- "$@"
  else
    "$@"
  fi
}

stop_cluster() {
  local dir bin watchdog
  dir=$(state_value kasus.postgresql.dir)
  bin=$(state_value kasus.postgresql.bin)
  watchdog=$(state_value kasus.postgresql.watchdog)
  if [ -n "$watchdog" ] && [ "$watchdog" != "$$" ]; then kill "$watchdog" 2>/dev/null || true; fi
  if [ -n "$dir" ] && [ -d "$dir" ]; then
    if [ -f "$dir/data/postmaster.pid" ]; then
      log "stopping the cluster in $dir"
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null || true
    fi
    rm -rf "$dir"
  fi
  if [ -f "$state" ]; then write_state "kasus.postgresql.skip=true"; fi
}

port_is_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

skip() {
  write_state "kasus.postgresql.skip=true"
  exit 0
}

start_cluster() {
  stop_cluster # a cluster left behind by an interrupted build

  case "${KASUS_SKIP_ITS:-}" in *true*) skip ;; esac # -DskipITs or -DskipTests
  if [ "${KASUS_SKIP_POSTGRESQL:-false}" = "true" ]; then
    banner "The integration tests on PostgreSQL are SKIPPED: -Dkasus.skip.postgresql was given." \
           "Only Derby is tested."
    skip
  fi

  local bin
  bin=$(find_bin)
  if [ -z "$bin" ]; then
    if [ "${CI:-}" = "true" ]; then
      banner "PostgreSQL is not installed (no initdb on PATH or in /usr/lib/postgresql/*/bin)." \
             "CI=true: the integration tests must run on PostgreSQL too. Install Debian's postgresql package."
      exit 1
    fi
    banner "PostgreSQL is not installed: the integration tests on PostgreSQL are SKIPPED." \
           "Only Derby is tested. Install PostgreSQL (Debian: apt-get install postgresql) to run both," \
           "or pass -Dkasus.skip.postgresql to silence this message."
    skip
  fi

  local owner=""
  local dir
  dir=$(mktemp -d "${TMPDIR:-/tmp}/kasus-postgresql.XXXXXX")
  if [ "$(id -u)" -eq 0 ]; then
    owner=postgres
    id -u "$owner" >/dev/null 2>&1 || owner=nobody
    chown "$owner" "$dir"
  else
    owner=$(id -un)
  fi
  write_state "kasus.postgresql.skip=true" "kasus.postgresql.dir=$dir" "kasus.postgresql.bin=$bin" \
              "kasus.postgresql.owner=$owner"

  log "initdb with $bin into $dir as $owner"
  as_owner bash -c "umask 077; echo '$DB_PASSWORD' > '$dir/pwfile'"
  as_owner "$bin/initdb" -D "$dir/data" -U "$DB_USER" --pwfile="$dir/pwfile" -E UTF8 --no-locale \
      --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log"; exit 1; }

  local port="" attempt candidate
  for attempt in 1 2 3 4 5 6 7 8; do
    candidate=$((20000 + RANDOM % 30000))
    port_is_free "$candidate" || continue
    # Durability is worth nothing in a cluster that is deleted at the end: fsync off saves minutes.
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o \
        "-p $candidate -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null; then
      port=$candidate
      break
    fi
    log "could not start on port $candidate (attempt $attempt)"
  done
  if [ -z "$port" ]; then
    cat "$dir/server.log" || true
    echo "[kasus-postgresql] the cluster did not start" >&2
    exit 1
  fi
  log "started on 127.0.0.1:$port"

  shift 2
  local target server database
  for target in "$@"; do
    server=${target%:*}
    database=${target##*:}
    # Several servers may share one database (the two-instance test): create it once.
    if [ -z "$(as_owner "$bin/psql" -qtA -h "$dir" -p "$port" -U "$DB_USER" -d postgres \
          -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" ]; then
      as_owner "$bin/psql" -q -h "$dir" -p "$port" -U "$DB_USER" -d postgres -v ON_ERROR_STOP=1 \
          -c "CREATE DATABASE $database"
    fi
    # Bootstrap properties, not configDropins: server.xml's include location is resolved before the
    # configDropins are read, so kasus.db can only come from the environment or bootstrap properties.
    mkdir -p "$server"
    cat > "$server/postgresql.properties" <<EOF
# Written by src/test/postgresql/cluster.sh: this test server runs on the throw-away PostgreSQL cluster.
kasus.db=postgresql
kasus.db.url=jdbc:postgresql://127.0.0.1:$port/$database
kasus.db.user=$DB_USER
kasus.db.password=$DB_PASSWORD
EOF
    grep -qx 'bootstrap.include=postgresql.properties' "$server/bootstrap.properties" 2>/dev/null \
      || echo 'bootstrap.include=postgresql.properties' >> "$server/bootstrap.properties"
    log "database $database for $(basename "$server")"
  done

  # Stops the cluster when Maven ends without reaching post-integration-test (interrupted, killed).
  local maven_pid=$PPID
  nohup setsid bash -c "while kill -0 $maven_pid 2>/dev/null; do sleep 5; done; exec '$0' stop '$state_dir'" \
      </dev/null >"$dir/watchdog.log" 2>&1 &
  local watchdog=$!

  write_state "kasus.postgresql.skip=false" "kasus.postgresql.port=$port" "kasus.postgresql.dir=$dir" \
              "kasus.postgresql.bin=$bin" "kasus.postgresql.owner=$owner" "kasus.postgresql.user=$DB_USER" \
              "kasus.postgresql.password=$DB_PASSWORD" "kasus.postgresql.watchdog=$watchdog"
}

case "$action" in
  start) start_cluster "$@" ;;
  stop) stop_cluster ;;
  *) echo "usage: $0 start|stop STATE_DIR [SERVER_DIR:DATABASE...]" >&2; exit 2 ;;
esac
