#!/usr/bin/env bash
# A throwaway PostgreSQL for tests and local clusters: its own data directory, listening on
# 127.0.0.1 only, trusting local connections (no passwords: it holds test data and is gone after).
#
#   harness/cluster/postgres.sh start <dir> <port>   prints the DATABASE_URL on stdout
#   harness/cluster/postgres.sh stop  <dir> <port>   stops it and removes <dir>
#
# Uses Debian's PostgreSQL binaries (apt-get install postgresql) or whatever pg_ctl is on PATH.
# initdb refuses to run as root, so as root the server runs as the `postgres` user.
set -euo pipefail

usage() { echo "usage: $0 start|stop <dir> <port>" >&2; exit 2; }
[ $# -eq 3 ] || usage
action=$1 dir=$2 port=$3
case $port in '' | *[!0-9]*) usage ;; esac

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -n "$bin" ]; then PATH="$bin:$PATH"; fi
command -v pg_ctl >/dev/null || { echo "postgres.sh: pg_ctl not found; install postgresql" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case $action in
  start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ "$(id -u)" -eq 0 ]; then
      chown postgres: "$dir"
      runuser -u postgres -- test -w "$dir" || {
        echo "postgres.sh: the postgres user cannot reach $dir; pass a directory whose parents it may enter (e.g. mktemp -d itself)" >&2
        exit 1
      }
    fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner initdb --pgdata="$dir/data" --username=postgres --auth=trust --encoding=UTF8 --no-locale >"$dir/initdb.log"
    fi
    # The socket lives in <dir>, not /var/run/postgresql: several instances may run at once.
    as_owner pg_ctl start --pgdata="$dir/data" --log="$dir/postgres.log" --wait --silent \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=on -c max_connections=200"
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner pg_ctl stop --pgdata="$dir/data" --mode=fast --wait --silent
    fi
    rm -rf "$dir"
    ;;
  *) usage ;;
esac
