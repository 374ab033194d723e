#!/bin/sh
# Runs each libFuzzer harness for SECONDS, one worker per core, on its committed seeds plus
# what earlier runs found (kept in BUILD/corpus, never in the repository), and prints
# executions and crashes per harness. A crash leaves its input in BUILD/crashes/ and makes
# this script fail.
# usage: fuzz/run.sh BUILD SECONDS HARNESS...
set -u
build=$(cd "$1" && pwd) seconds=$2
shift 2
top=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 1)

# fuzz_ini reads monitor.ini against real data files: a small copy of the example, in memory
# when /dev/shm is there (the harness writes one file per input).
shm=/dev/shm
[ -d "$shm" ] && [ -w "$shm" ] || shm=$build
proj=$(mktemp -d "$shm/rapporteur-fuzz.XXXXXX")
trap 'rm -rf "$proj"' EXIT INT TERM
for f in "$top"/datasets/example/*.csv; do
    case $f in
    */regions.csv) cp "$f" "$proj/" ;;
    *) head -60 "$f" > "$proj/$(basename "$f")" ;;
    esac
done
RP_FUZZ_PROJECT=$proj
export RP_FUZZ_PROJECT
mkdir -p "$build/crashes"

status=0
for h in "$@"; do
    work=$build/corpus/$h logs=$build/logs/$h
    rm -rf "$logs"
    mkdir -p "$work" "$logs"
    dict=''
    [ -f "$top/fuzz/$h.dict" ] && dict="-dict=$top/fuzz/$h.dict"
    # -jobs writes fuzz-N.log into the current folder; -max_len allows long lines and wide
    # headers
    (cd "$logs" && "$build/fuzz_$h" -max_total_time="$seconds" -print_final_stats=1 \
        -max_len=65536 -rss_limit_mb=4096 -timeout=20 -jobs="$jobs" -workers="$jobs" \
        -artifact_prefix="$build/crashes/${h}-" $dict "$work" "$top/fuzz/corpus/$h" \
        > run.log 2>&1)
    execs=$(cat "$logs"/fuzz-*.log | awk '/stat::number_of_executed_units/ {s += $2} END {print s + 0}')
    crashes=$(ls "$build/crashes" | grep -c "^${h}-")
    printf 'fuzz_%-7s %12s executions in %ss on %s cores, %s crashes (logs: %s)\n' "$h" \
        "$execs" "$seconds" "$jobs" "$crashes" "$logs"
    [ "$crashes" -eq 0 ] || status=1
done
exit $status
