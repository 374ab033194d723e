#!/bin/sh
# make demo: writes what rapporteur makes of the example monitor to out/.
set -eu
BIN=${1:-build/rapporteur}
OUT=${2:-out}
EX=datasets/example
mkdir -p "$OUT"

echo "== validate $EX"
"$BIN" validate "$EX" | tee "$OUT/validate.txt"
echo "== tabulate victims by year and form -> $OUT/victims-by-year-form.csv"
"$BIN" tabulate "$EX/victims.csv" --by jaar,vorm --format csv > "$OUT/victims-by-year-form.csv"
echo "== targets"
"$BIN" targets "$EX" | tee "$OUT/targets.txt"
"$BIN" regions "$EX" > "$OUT/regions.txt"
"$BIN" recidivism "$EX" > "$OUT/recidivism.txt"
echo "== the hidden number of victims (multiple systems estimation) -> $OUT/estimate.txt"
"$BIN" estimate "$EX" | tee "$OUT/estimate.txt"
echo "== charts -> $OUT/charts"
"$BIN" charts "$EX" -o "$OUT/charts"
echo "== baseline (nulmeting) -> $OUT/baseline"
"$BIN" baseline "$EX" -o "$OUT/baseline"
echo "== yearly report -> $OUT/report"
"$BIN" report "$EX" -o "$OUT/report"
echo "Done: see $OUT/"
