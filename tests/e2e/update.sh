#!/bin/sh
# Rewrites the expected stdout, stderr and status of the named end-to-end cases (all when none
# is named) from the current build. Review the result with git diff before committing: the
# expected files are only as right as the reading that accepted them.
set -eu
cd "$(dirname "$0")"
BIN=${RP_BIN:-$(cd ../.. && pwd)/build/rapporteur}
# as tests/main.c: English on a bare file, unless a case's env file says otherwise
export LANG=C.UTF-8
unset LC_ALL LC_MESSAGES
[ $# -gt 0 ] || set -- */
for c in "$@"; do
    c=${c%/}
    [ -f "$c/args" ] || continue
    out=$(mktemp -d)
    (cd "$c" && set +e && args=$(sed "s|{OUT}|$out|g" args) &&
     if [ -f env ]; then set -a; . ./env; set +a; fi &&
     eval "\"$BIN\" $args" > stdout 2> stderr; st=$?
     sed -i "s|$out|{OUT}|g" stdout stderr
     if [ $st -ne 0 ]; then echo $st > status; else rm -f status; fi
     if [ -d expected ]; then for f in expected/*; do cp "$out/$(basename "$f")" "$f"; done; fi
     echo "$c: exit $st")
    rm -rf "$out"
done
