#!/bin/sh
# make demo: writes what rapporteur makes of the example monitor to out/.
set -eu
BIN=${1:-build/rapporteur}
OUT=${2:-out}
EX=datasets/example
mkdir -p "$OUT"
has() { "$BIN" --help | grep -q "^  $1 "; }

echo "== validate $EX"
"$BIN" validate "$EX" | tee "$OUT/validate.txt"
echo "== tabulate victims by year and form -> $OUT/victims-by-year-form.csv"
"$BIN" tabulate "$EX/victims.csv" --by jaar,vorm --format csv > "$OUT/victims-by-year-form.csv"
if has targets; then
    echo "== targets"
    "$BIN" targets "$EX" | tee "$OUT/targets.txt"
fi
if has regions; then
    "$BIN" regions "$EX" > "$OUT/regions.txt"
fi
if has recidivism; then
    "$BIN" recidivism "$EX" > "$OUT/recidivism.txt"
fi
if has charts; then
    echo "== charts -> $OUT/charts"
    "$BIN" charts "$EX" -o "$OUT/charts"
fi
if has baseline; then
    echo "== baseline (nulmeting) -> $OUT/baseline"
    "$BIN" baseline "$EX" -o "$OUT/baseline"
fi
if has report; then
    echo "== yearly report -> $OUT/report"
    "$BIN" report "$EX" -o "$OUT/report"
fi
echo "Done: see $OUT/"
