#!/bin/sh
# make bench: a records dataset in PostgreSQL (a throw-away server from tests/pg/server.sh),
# 1 and 10 million rows made in the database, counted there: tabulate --dataset and validate
# of a project with a count by category, a share, a mean and a rate on it. Wall time and peak
# memory of rapporteur (the server's memory is the server's); the memory should be flat.
# Usage: bench/pg.sh BIN DIR
set -eu
BIN=$1 DIR=$2
pg=$(mktemp -d /tmp/rapporteur-pg-XXXXXX)
trap 'sh tests/pg/server.sh stop "$pg"' EXIT INT TERM
sh tests/pg/server.sh start "$pg" $$
export PGPASSWORD=rp-test-only
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
sql() { "$bin/psql" -q -v ON_ERROR_STOP=1 -h "$pg" -U rp -d monitor -c "$1" >/dev/null; }
for n in 1000000 10000000; do
    sql "CREATE TABLE rows$n AS SELECT 2012 + (i * 7 + i / 13) % 13 AS jaar,
           (ARRAY['NN','ON','MN','NH','AM','DH','RT','ZWB','OB','LB'])[1 + i * 31 % 10] AS regio,
           (ARRAY['seksueel','arbeid','crimineel','overig'])[1 + i * 17 % 4] AS vorm,
           (i * 13 % 5 = 0)::int AS minderjarig, 12 + i * 37 % 60 AS leeftijd
         FROM generate_series(1::bigint, $n) AS i"
done
sql "VACUUM ANALYZE"
proj="$DIR/pgproject"
rm -rf "$proj" && mkdir -p "$proj" && cp datasets/example/regions.csv "$proj/"
best() {
    b=''
    for i in 1 2 3; do
        r=$("$DIR/measure" "$@")
        if [ -z "$b" ] || awk -v a="${r%% *}" -v c="${b%% *}" 'BEGIN{exit !(a < c)}'; then b="$r"; fi
    done
    echo "$b"
}
for n in 1000000 10000000; do
    cat > "$proj/monitor.ini" <<INI
[monitor]
title = Bench
language = en
suppress_below = 5
[regions]
file = regions.csv
[dataset big]
database = host=$pg dbname=monitor user=rp
table = rows$n
[indicator total]
title = Total
dataset = big
measure = count
by = vorm
[indicator minors]
title = Minors
dataset = big
measure = share
where = minderjarig = 1
[indicator age]
title = Age
dataset = big
measure = mean
column = leeftijd
[indicator rate]
title = Rate
dataset = big
measure = rate
INI
    [ -f "$proj/monitor.key" ] || "$BIN" init --key "$proj" >/dev/null
    set -- $(best "$BIN" validate "$proj")
    [ "$3" = 0 ] || { echo "validate failed (exit $3)"; exit 1; }
    awk -v n=$n -v s=$1 -v m=$2 'BEGIN{printf "validate (4 indicators: GROUP BY year, region, vorm, minderjarig, leeftijd), %8d rows in PostgreSQL: %6.3f s  peak %5.1f MB\n", n, s, m/1024}'
    set -- $(best "$BIN" tabulate "$proj" --dataset big --by jaar,vorm)
    [ "$3" = 0 ] || { echo "tabulate --dataset failed (exit $3)"; exit 1; }
    awk -v n=$n -v s=$1 -v m=$2 'BEGIN{printf "tabulate --by jaar,vorm (the report'"'"'s cells, from the model), %8d rows in PostgreSQL: %6.3f s  peak %5.1f MB\n", n, s, m/1024}'
    set -- $("$DIR/measure" "$BIN" tabulate "$proj" --dataset big --by jaar,regio,vorm)
    [ "$3" = 0 ] || { echo "tabulate --dataset failed (exit $3)"; exit 1; }
    awk -v n=$n -v s=$1 -v m=$2 'BEGIN{printf "tabulate --by jaar,regio,vorm (ad hoc: the records'"'"' keys added up in SQL), %8d rows in PostgreSQL: %6.3f s  peak %5.1f MB\n", n, s, m/1024}'
done
