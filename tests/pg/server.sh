#!/bin/sh
# A throw-away PostgreSQL server for the database tests and make bench, in a folder of its
# own: the data, the Unix socket (no TCP port), the log. Debian's postgresql package gives
# initdb and pg_ctl; as root they run as nobody (PostgreSQL refuses to run as root).
#   server.sh start DIR PID  initdb, start, and watch PID: when it ends (a crashed or killed
#                            test run too), the server is stopped and DIR removed
#   server.sh load DIR       the example's records and counts as tables (tests/pg/load.sql)
#   server.sh stop DIR       stop the server and remove DIR
# The user is rp, its password in DIR/password (scram-sha-256, so a wrong one is refused);
# connect with host=DIR dbname=monitor user=rp and PGPASSWORD. Every statement is logged in
# DIR/server.log, for the tests to see what was asked.
set -eu
cmd=$1 dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
owner() { if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi; }
ctl() { owner "$bin/pg_ctl" -D "$dir/data" "$@"; }

case $cmd in
start)
    watch=$3
    if [ ! -x "$bin/initdb" ]; then
        echo "server.sh: no PostgreSQL server (initdb); apt-get install postgresql" >&2
        exit 1
    fi
    [ "$(id -u)" = 0 ] && chown nobody "$dir"
    printf 'rp-test-only\n' > "$dir/password"
    chmod 644 "$dir/password"
    owner "$bin/initdb" -D "$dir/data" -U rp --pwfile="$dir/password" --auth=scram-sha-256 \
        -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    # the watcher first, so that a server that starts and then loses its test run still stops
    (
        while kill -0 "$watch" 2>/dev/null && [ -d "$dir/data" ]; do sleep 1; done
        [ -d "$dir/data" ] && ctl -m immediate stop >/dev/null 2>&1
        rm -rf "$dir"
    ) </dev/null >/dev/null 2>&1 &
    # a Unix socket in DIR only; nothing to keep after a crash; every statement logged
    opts="-k $dir -c listen_addresses= -c fsync=off -c full_page_writes=off"
    opts="$opts -c max_connections=20 -c log_statement=all"
    ctl -l "$dir/server.log" -w -t 60 -o "$opts" start >/dev/null ||
        { cat "$dir/server.log" >&2; exit 1; }
    PGPASSWORD=rp-test-only "$bin/psql" -q -h "$dir" -U rp -d postgres \
        -c 'CREATE DATABASE monitor' >/dev/null
    ;;
load)
    top=$(cd "$(dirname "$0")/../.." && pwd)
    sql() { PGPASSWORD=rp-test-only "$bin/psql" -q -v ON_ERROR_STOP=1 -h "$dir" -U rp \
                -d monitor "$@" >/dev/null; }
    sql -f "$top/tests/pg/load.sql"
    for t in victims cases municipalities reports investigations; do
        sql -c "\\copy $t FROM '$top/datasets/example/$t.csv' WITH (FORMAT csv, DELIMITER ';', \
HEADER true)"
    done
    ;;
stop)
    [ -d "$dir/data" ] && ctl -m fast stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
*)
    echo "usage: server.sh start DIR PID | load DIR | stop DIR" >&2
    exit 2
    ;;
esac
