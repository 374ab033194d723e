#!/bin/sh
# The property: for every project genproject makes that `rapporteur validate` accepts,
# `rapporteur report` succeeds (exit 0) within PROPERTY_TIMEOUT seconds (600), and neither
# ever crashes.
#   property.sh BIN GENPROJECT WORKDIR FIRST COUNT [FEATURES-TO-LEAVE-OUT]
# Each seed's project, validate's and report's messages stay in WORKDIR/SEED; a failure
# leaves its project there to rerun (`rapporteur report WORKDIR/SEED/proj -o x`). Prints one
# line per failure and a summary; exits 1 when the property failed for some seed.
set -u
BIN=$1
GEN=$2
WORK=$3
FIRST=$4
COUNT=$5
WITHOUT=${6:-}
mkdir -p "$WORK"
accepted=0
written=0
failed=''
seed=$FIRST
while [ "$seed" -lt $((FIRST + COUNT)) ]; do
    d="$WORK/$seed"
    rm -rf "$d"
    mkdir -p "$d"
    if [ -n "$WITHOUT" ]; then
        "$GEN" "$seed" "$d/proj" --without "$WITHOUT"
    else
        "$GEN" "$seed" "$d/proj"
    fi
    timeout 600 "$BIN" validate "$d/proj" > "$d/validate.out" 2> "$d/validate.err"
    v=$?
    # a sanitizer's report (make sanitize's binary) exits 1 too: it is no refusal
    if grep -q 'Sanitizer\|runtime error:' "$d/validate.err"; then
        v=99
    fi
    if [ $v -ne 0 ] && [ $v -ne 1 ]; then
        failed="$failed $seed"
        echo "seed $seed: validate exited $v: $(head -c 300 "$d/validate.err" | tr '\n' ' ')"
    elif [ $v -eq 0 ]; then
        accepted=$((accepted + 1))
        # a small project's report takes seconds: ten minutes is a hang (exit 124)
        timeout "${PROPERTY_TIMEOUT:-600}" "$BIN" report "$d/proj" -o "$d/out" > "$d/report.out" \
            2> "$d/report.err"
        r=$?
        grep -q 'Sanitizer\|runtime error:' "$d/report.err" && r=99
        if [ $r -eq 0 ]; then
            written=$((written + 1))
            rm -rf "$d/out"
        else
            failed="$failed $seed"
            echo "seed $seed ($(cut -d: -f3 "$d/proj/GENERATED.txt" | sed 's/^ *//; s/^$/no fault-prone feature/')): validate accepted it, report exited $r: $(grep -v 'WARNING\|^$' "$d/report.err" | head -c 300 | tr '\n' ' ')"
        fi
    fi
    [ $v -eq 1 ] && rm -rf "$d"
    [ -d "$d" ] && ! echo " $failed " | grep -q " $seed " && rm -rf "$d"
    seed=$((seed + 1))
done
nf=$(echo $failed | wc -w)
echo "property: $COUNT projects from seed $FIRST, $accepted accepted by validate, $written reports written, $nf failed${failed:+ (seeds$failed)}"
[ "$nf" -eq 0 ]
