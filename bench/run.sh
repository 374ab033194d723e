#!/bin/sh
# make bench: the speed and memory goals of rapporteur, measured in one run (never in a timed
# test), beside R's data.table, pandas and an R/ggplot2 script where they are installed (they
# are not dependencies):
#   1. tabulate --by jaar,regio,vorm on 1 and 5 million rows, on every core: wall time and
#      peak memory. Goals: within 1.25 times the parse floor (libcsv with empty callbacks
#      over the same byte ranges on as many threads, bench/floor.c), at most 0.5 of DuckDB's
#      time (2 threads; npm's @duckdb/node-api, installed here in build/bench when npm can
#      reach its registry, never required), at most 0.8 of data.table's, at most 0.25 of
#      pandas', peak memory at most 16 MB and the same for 1 and 5 million rows.
#   1b. a dataset in PostgreSQL (a throw-away server, tests/pg/server.sh): 1 and 10 million
#      records counted in the database (tabulate --dataset, and validate of a project with
#      a count, a breakdown, a share and a mean on them): time and peak memory, flat.
#   2. report on the example monitor: at most 0.10 of the R/ggplot2 script that draws 20 of
#      its charts; a monitor with 4 times the indicators at most 4.8 times as long.
#   3. estimate on the six-list Dutch capture histories, with a 1,000-replicate bootstrap; the
#      model panel, its BIC average and leave-one-out; the panel of the eight-list New Orleans
#      data.
#   4. regions with empirical-Bayes rates on the example and on 2,000 generated regions.
#   5. the disclosure audit (every published count protected and its range solved with GLPK)
#      on projects from tests/stress/generate.sh: about 1,000, 1,900 and 4,000 cells.
set -eu
BIN=${1:-build/rapporteur}
DIR=build/bench
mkdir -p "$DIR"
CC=${CC:-cc}
$CC -O2 -o "$DIR/measure" bench/measure.c
$CC -O2 -o "$DIR/genrows" bench/genrows.c
make --no-print-directory "$(dirname "$BIN")/librapporteur.a" >/dev/null
$CC -O2 -I. -o "$DIR/floor" bench/floor.c "$(dirname "$BIN")/librapporteur.a" -lcsv -lpthread -lm

for n in 1000000 5000000; do
    f="$DIR/rows-$n.csv"
    [ -s "$f" ] || { echo "generating $f (once)"; "$DIR/genrows" $n > "$f.tmp"; mv "$f.tmp" "$f"; }
done

# best of three: "seconds kilobytes"
best() {
    b=''
    for i in 1 2 3; do
        r=$("$DIR/measure" "$@")
        if [ -z "$b" ] || awk -v a="${r%% *}" -v c="${b%% *}" 'BEGIN{exit !(a < c)}'; then b="$r"; fi
    done
    echo "$b"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2f", a/b}'; }

echo "== tabulate --by jaar,regio,vorm (every core: $(nproc))"
for n in 1000000 5000000; do
    set -- $(best "$BIN" tabulate "$DIR/rows-$n.csv" --by jaar,regio,vorm --suppress 0)
    awk -v n=$n -v s=$1 -v m=$2 'BEGIN{printf "rapporteur %7d rows: %6.3f s  %9.0f rows/s  peak %6.1f MB\n", n, s, n/s, m/1024}'
    eval "rp_$n=$1 rpmem_$n=$2"
done
set -- $(RP_THREADS=1 best "$BIN" tabulate "$DIR/rows-5000000.csv" --by jaar,regio,vorm --suppress 0)
printf 'rapporteur 5000000 rows on one thread: %.3f s\n' "$1"
rp1=$1
f="$DIR/rows-5000000.csv"
set -- $(best "$DIR/floor" "$f" "$(nproc)")
echo "parse floor (libcsv, empty callbacks, $(nproc) threads over tabulate's ranges) 5000000 rows: $1 s (rapporteur takes $(ratio $rp_5000000 $1) of it; goal <= 1.25)"
set -- $(best "$DIR/floor" "$f" 1)
echo "parse floor on one thread: $1 s (rapporteur on one thread takes $(ratio $rp1 $1) of it)"
# DuckDB from npm, in build/bench only (a comparison, never a dependency)
duck="$DIR/duckdb"
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 && [ ! -d "$duck/node_modules/@duckdb/node-api" ]; then
    mkdir -p "$duck" && cp bench/duckdb/package.json "$duck/" &&
        (cd "$duck" && npm install --no-audit --no-fund --loglevel=error >/dev/null 2>&1) || true
fi
if [ -d "$duck/node_modules/@duckdb/node-api" ]; then
    cp bench/duckdb/tabulate.mjs "$duck/"
    set -- $(best node "$duck/tabulate.mjs" "$f")
    echo "DuckDB (read_csv + GROUP BY, 2 threads, from node) 5000000 rows: $1 s, peak $(($2 / 1024)) MB (rapporteur takes $(ratio $rp_5000000 $1) of its time; goal <= 0.5)"
else
    echo "DuckDB: not installed (npm install @duckdb/node-api in $duck to compare)"
fi
if command -v Rscript >/dev/null 2>&1 && Rscript -e 'library(data.table)' >/dev/null 2>&1; then
    set -- $(best Rscript -e "library(data.table); setDTthreads(2); d <- fread('$f', sep=';', dec=','); invisible(d[, .N, by = .(jaar, regio, vorm)])")
    echo "data.table (fread + .N by, 2 threads) 5000000 rows: $1 s, peak $(($2 / 1024)) MB (rapporteur takes $(ratio $rp_5000000 $1) of its time; goal <= 0.8)"
else
    echo "data.table: not installed (apt-get install r-cran-data.table to compare)"
fi
PY=''
for p in /usr/bin/python3 python3; do
    if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import pandas' 2>/dev/null; then PY=$p; break; fi
done
if [ -n "$PY" ]; then
    set -- $(best "$PY" -c "import pandas as pd; d = pd.read_csv('$f', sep=';', decimal=','); d.groupby(['jaar', 'regio', 'vorm']).size()")
    echo "pandas 5000000 rows: $1 s, peak $(($2 / 1024)) MB (rapporteur takes $(ratio $rp_5000000 $1) of its time; goal <= 0.25)"
else
    echo "pandas: not installed (apt-get install python3-pandas to compare)"
fi
awk -v a=$rpmem_1000000 -v b=$rpmem_5000000 'BEGIN{printf "peak memory 1M vs 5M rows: %.1f MB vs %.1f MB (goal: <= 16 MB, the same)\n", a/1024, b/1024}'

echo "== a dataset in PostgreSQL: the records counted in the database"
sh bench/pg.sh "$BIN" "$DIR" || echo "PostgreSQL: could not run (tests/pg/server.sh needs Debian's postgresql)"

echo "== report on the example monitor (every chart in three formats)"
rm -rf "$DIR/report"
set -- $(best "$BIN" report datasets/example -o "$DIR/report")
rep=$1
echo "report: $1 s, peak $(($2 / 1024)) MB"
if command -v Rscript >/dev/null 2>&1 && Rscript -e 'library(ggplot2); library(data.table)' >/dev/null 2>&1; then
    rm -rf "$DIR/ggplot"
    set -- $(best Rscript bench/ggplot_monitor.R datasets/example "$DIR/ggplot")
    echo "R/ggplot2 script, 20 charts as PNG: $1 s (rapporteur's whole report takes $(ratio $rep $1) of its time; goal <= 0.10)"
else
    echo "R/ggplot2: not installed (apt-get install r-cran-ggplot2 r-cran-data.table to compare)"
fi
# the example with every indicator four times over
big="$DIR/monitor4"
rm -rf "$big" && mkdir -p "$big" && cp datasets/example/*.csv "$big/"
awk '/^\[indicator /{ind=1} /^\[(target|estimate|dataset|regions|monitor)/{ind=0} {print}' \
    datasets/example/monitor.ini > "$big/monitor.ini"
for k in 2 3 4; do
    awk -v k=$k '/^\[/{ind = ($1 == "[indicator")} ind {sub(/^\[indicator [^]]*/, "&_" k); print}' \
        datasets/example/monitor.ini >> "$big/monitor.ini"
done
set -- $(best "$BIN" report "$big" -o "$DIR/report4")
echo "report of 4 x the indicators: $1 s ($(ratio $1 $rep) times the example's; goal <= 4.8)"

echo "== charts on the example monitor"
rm -rf "$DIR/charts"
set -- $("$DIR/measure" "$BIN" charts datasets/example -o "$DIR/charts")
echo "charts: $1 s, peak $(($2 / 1024)) MB"

echo "== multiple systems estimation: the six-list Dutch data (SparseMSE's Ned), stepwise"
ned=tests/mse/Ned.csv
set -- $("$DIR/measure" "$BIN" estimate "$ned")
echo "estimate, log-normal interval: $1 s, peak $(($2 / 1024)) MB"
set -- $("$DIR/measure" "$BIN" estimate "$ned" --bootstrap 1000 --seed 1)
echo "estimate, BCa bootstrap of 1000 replicates (selection repeated, every core): $1 s, peak $(($2 / 1024)) MB"
set -- $("$DIR/measure" "$BIN" estimate "$ned" --model all)
echo "estimate --model all, 121 models with up to 2 interactions (each checked and fitted): $1 s, peak $(($2 / 1024)) MB"
set -- $("$DIR/measure" "$BIN" estimate "$ned" --model average)
echo "estimate --model average over those 121 models: $1 s, peak $(($2 / 1024)) MB"
set -- $("$DIR/measure" "$BIN" estimate "$ned" --leave-one-out)
echo "estimate --leave-one-out, 6 lists: $1 s, peak $(($2 / 1024)) MB"
set -- $("$DIR/measure" "$BIN" estimate tests/mse/NewOrl.csv --model all)
echo "estimate --model all on the eight-list New Orleans data, 407 models: $1 s, peak $(($2 / 1024)) MB"
set -- $("$DIR/measure" "$BIN" estimate datasets/example --model average)
echo "estimate --model average on the example (6 strata and the pooled row, 22 models each; the report's sensitivity table): $1 s"

echo "== regions with empirical-Bayes rates"
set -- $(best "$BIN" regions datasets/example --format csv)
echo "regions on the example (10 regions, Poisson-gamma and Marshall fits): $1 s"
eb="$DIR/regions2000"
rm -rf "$eb" && mkdir -p "$eb"
awk 'BEGIN { srand(7); print "code;name;year;population" > "'"$eb"'/regions.csv";
             print "year;region;count" > "'"$eb"'/reports.csv";
             for (i = 0; i < 2000; i++) { p = int(20000 + 400000 * rand() * rand());
                 printf "R%d;Region %d;2024;%d\n", i, i, p > "'"$eb"'/regions.csv";
                 printf "2024;R%d;%d\n", i, int(p * 0.0001 * (0.5 + rand()) + 0.5) > "'"$eb"'/reports.csv" } }'
printf '[monitor]\ntitle = B\nlanguage = en\n[regions]\nfile = regions.csv\n[dataset reports]\nfile = reports.csv\n[indicator r]\ntitle = R\ndataset = reports\nmeasure = rate\n' > "$eb/monitor.ini"
set -- $(best "$BIN" regions "$eb" --format csv)
echo "regions on 2,000 regions (the same fits over all of them): $1 s, peak $(($2 / 1024)) MB"

echo "== disclosure audit (stats/ledger.c) of generated projects"
for size in "15 16" "20 24" "30 32"; do
    set -- $size
    st="$DIR/stress-$1-$2"
    rm -rf "$st" && mkdir -p "$st"
    sh tests/stress/generate.sh "$st" "$1" "$2"
    printf '%s years, %s regions: ' "$1" "$2"
    "$(dirname "$BIN")/bench_audit" "$st"
done

# Scale (issue 31): 1,000 indicators (the example's eleven, 91 times over: the overview takes
# 112 charts of nine panels) and 5,000 regions (the example with 4,990 more, 13 years of
# population and reports each). Both must run; their time and peak memory are noted.
echo "== scale: 1,000 indicators and 5,000 regions"
big="$DIR/monitor1000"
rm -rf "$big" && mkdir -p "$big" && cp datasets/example/*.csv "$big/"
awk '/^\[indicator /{ind=1} /^\[(target|estimate|dataset|regions|monitor)/{ind=0} {print}' \
    datasets/example/monitor.ini > "$big/monitor.ini"
k=2
while [ $k -le 91 ]; do
    awk -v k=$k '/^\[/{ind = ($1 == "[indicator")} ind {sub(/^\[indicator [^]]*/, "&_" k); print}' \
        datasets/example/monitor.ini >> "$big/monitor.ini"
    k=$((k + 1))
done
rm -rf "$DIR/report1000"
set -- $("$DIR/measure" "$BIN" report "$big" -o "$DIR/report1000")
echo "report of $(grep -c '^\[indicator' "$big/monitor.ini") indicators: $1 s, peak $(($2 / 1024)) MB, exit $3"
reg="$DIR/regions5000"
rm -rf "$reg" && mkdir -p "$reg" && cp -r datasets/example/. "$reg/"
awk 'BEGIN { srand(1); for (i = 1; i <= 4990; i++) { pop = int(2000 + rand() * 298000);
         for (y = 2012; y <= 2024; y++) {
             printf "G%04d;Gemeente %04d;%d;%d\n", i, i, y, pop >> "'"$reg"'/regions.csv";
             for (b = 0; b < 2; b++)
                 printf "%d;G%04d;%s;%d\n", y, i, b ? "burger" : "politie",
                        int(pop * 4.5e-5 + rand() * 3) >> "'"$reg"'/reports.csv" } } }'
rm -rf "$DIR/report5000"
set -- $("$DIR/measure" "$BIN" report "$reg" -o "$DIR/report5000")
echo "report with $(($(wc -l < "$reg/regions.csv") / 13)) regions: $1 s, peak $(($2 / 1024)) MB, exit $3"
