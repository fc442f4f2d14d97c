#!/bin/sh
# Makes sure a PostgreSQL server for tests runs on loopback and prints its URL on stdout.
# Uses Debian's postgresql package (installed here when missing and we are root), in a private
# data folder under /tmp so it never touches a system cluster. Exit 3: cannot be had here.
set -e
PORT=${SALON_PG_PORT:-54329}
DIR=${SALON_PG_DIR:-${TMPDIR:-/tmp}/salon-postgres-$PORT}
URL="postgres://salon@127.0.0.1:$PORT/postgres"

find_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

BIN=$(find_bin)
if [ -z "$BIN" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "[setup] installing PostgreSQL from Debian's packages…" >&2
  if ! apt-get install -y -q postgresql >/dev/null 2>&1; then
    apt-get update -q >/dev/null 2>&1 || true
    apt-get install -y -q postgresql >&2 || true
  fi
  BIN=$(find_bin)
fi
if [ -z "$BIN" ]; then
  echo "PostgreSQL is not installed; install Debian's postgresql package (apt-get install postgresql)" >&2
  exit 3
fi

if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  echo "$URL"
  exit 0
fi

# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ ! -f "$DIR/PG_VERSION" ]; then
  mkdir -p "$DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres "$DIR"; fi
  chmod 700 "$DIR"
  as_owner "$BIN/initdb" -D "$DIR" -U salon --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
# Test data is disposable: durability settings off make each test database much faster.
as_owner "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 60 \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null
echo "$URL"
