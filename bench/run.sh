#!/bin/sh
# make bench: the speed and memory goals of rapporteur, measured (never in a timed test).
#   1. tabulate --by jaar,regio,vorm on 1 and 5 million rows: rows per second and peak
#      memory, beside pandas when python3-pandas is installed. Goals: at most a quarter of
#      pandas' time, peak memory at most 16 MB and the same for 1 and 5 million rows.
#   2. further benchmarks of the commands that exist (charts, report).
set -eu
BIN=${1:-build/rapporteur}
DIR=build/bench
mkdir -p "$DIR"
CC=${CC:-cc}
$CC -O2 -o "$DIR/measure" bench/measure.c
$CC -O2 -o "$DIR/genrows" bench/genrows.c

for n in 1000000 5000000; do
    f="$DIR/rows-$n.csv"
    [ -s "$f" ] || { echo "generating $f (once)"; "$DIR/genrows" $n > "$f.tmp"; mv "$f.tmp" "$f"; }
done

echo "== tabulate --by jaar,regio,vorm"
for n in 1000000 5000000; do
    f="$DIR/rows-$n.csv"
    b=''
    for i in 1 2 3; do
        r=$("$DIR/measure" "$BIN" tabulate "$f" --by jaar,regio,vorm --suppress 0)
        s=${r%% *}
        if [ -z "$b" ] || awk -v a="$s" -v c="${b%% *}" 'BEGIN{exit !(a < c)}'; then b="$r"; fi
    done
    set -- $b
    awk -v n=$n -v s=$1 -v m=$2 'BEGIN{printf "rapporteur %7d rows: %6.3f s  %9.0f rows/s  peak %6.1f MB\n", n, s, n/s, m/1024}'
    eval "rp_$n=$1 rpmem_$n=$2"
done

PY=''
for p in /usr/bin/python3 python3; do
    if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import pandas' 2>/dev/null; then PY=$p; break; fi
done
if [ -n "$PY" ]; then
    f="$DIR/rows-5000000.csv"
    b=''
    for i in 1 2 3; do
        r=$("$DIR/measure" "$PY" -c "import pandas as pd; d = pd.read_csv('$f', sep=';', decimal=','); print(d.groupby(['jaar', 'regio', 'vorm']).size())")
        s=${r%% *}
        if [ -z "$b" ] || awk -v a="$s" -v c="${b%% *}" 'BEGIN{exit !(a < c)}'; then b="$r"; fi
    done
    set -- $b
    awk -v s=$1 -v m=$2 -v r=$rp_5000000 'BEGIN{printf "pandas     5000000 rows: %6.3f s  peak %6.1f MB  (rapporteur takes %.2f of pandas time; goal <= 0.25)\n", s, m/1024, r/s}'
else
    echo "pandas: not installed (apt-get install python3-pandas to compare)"
fi
awk -v a=$rpmem_1000000 -v b=$rpmem_5000000 'BEGIN{printf "peak memory 1M vs 5M rows: %.1f MB vs %.1f MB (goal: <= 16 MB, the same)\n", a/1024, b/1024}'

if "$BIN" --help | grep -q '^  report'; then
    echo "== report on the example monitor (every chart in three formats)"
    rm -rf "$DIR/report"
    set -- $("$DIR/measure" "$BIN" report datasets/example -o "$DIR/report")
    echo "report: $1 s, peak $(($2 / 1024)) MB (goal: about 2 s)"
fi
if "$BIN" --help | grep -q '^  charts'; then
    echo "== charts on the example monitor"
    rm -rf "$DIR/charts"
    set -- $("$DIR/measure" "$BIN" charts datasets/example -o "$DIR/charts")
    echo "charts: $1 s, peak $(($2 / 1024)) MB"
fi
if "$BIN" --help | grep -q '^  estimate'; then
    echo "== multiple systems estimation: the six-list Dutch data (SparseMSE's Ned), stepwise"
    ned=tests/mse/Ned.csv
    set -- $("$DIR/measure" "$BIN" estimate "$ned")
    echo "estimate, log-normal interval: $1 s, peak $(($2 / 1024)) MB"
    set -- $("$DIR/measure" "$BIN" estimate "$ned" --bootstrap 1000 --seed 1)
    echo "estimate, BCa bootstrap of 1000 replicates (selection repeated, every core): $1 s, peak $(($2 / 1024)) MB"
    if command -v Rscript >/dev/null 2>&1 && Rscript -e 'library(lpSolve)' >/dev/null 2>&1; then
        echo "   (R and lpSolve are here: SparseMSE's estimatepopulation(Ned, nboot = 1000) could be compared by hand)"
    fi
fi
