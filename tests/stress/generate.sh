#!/bin/sh
# Writes a generated monitor project into DIR (which must exist) for the disclosure audit's
# stress test (tests/check_disclosure.c) and make bench: YEARS years from 2010, REGIONS
# regions with population and a national unit without, 8 forms of exploitation of which two
# are rare, and five count indicators with a region column, a share and a rate: well over
# 1,000 published counts, many of them from 1 to 9. Deterministic (awk's srand with a fixed
# seed).
# usage: generate.sh DIR [YEARS] [REGIONS]
set -eu
dir=$1
years=${2:-14}
regions=${3:-16}
awk -v years="$years" -v regions="$regions" -v dir="$dir" 'BEGIN {
    srand(24)
    reg = dir "/regions.csv"
    print "code;name;year;population" > reg
    for (y = 0; y < years; y++) {
        for (g = 1; g <= regions; g++)
            printf "R%02d;Region %02d;%d;%d\n", g, g, 2010 + y, 40000 + 60000 * g > reg
        printf "LE;National unit;%d;\n", 2010 + y > reg
    }
    split("seksueel arbeid crimineel huishoudelijk orgaan bedelarij gedwongen overig", form, " ")
    split("30 25 12 8 1 2 6 10", weight, " ")
    total = 0
    for (f = 1; f <= 8; f++) total += weight[f]
    v = dir "/victims.csv"
    print "jaar;regio;vorm;minderjarig;leeftijd" > v
    for (y = 0; y < years; y++)
        for (g = 0; g <= regions; g++) {
            n = g == 0 ? 2 + int(rand() * 8) : 3 + int(rand() * (6 + 5 * g))
            for (i = 0; i < n; i++) {
                r = rand() * total
                for (f = 1; f < 8 && r >= weight[f]; f++) r -= weight[f]
                m = rand() < 0.15
                printf "%d;%s;%s;%d;%d\n", 2010 + y, g == 0 ? "LE" : sprintf("R%02d", g),
                       form[f], m, m ? 12 + int(rand() * 6) : 18 + int(rand() * 50) > v
            }
        }
}'
cat > "$dir/monitor.ini" <<INI
; A generated project (tests/stress/generate.sh): the disclosure audit on well over 1,000
; published counts.
[monitor]
title = Stress
language = en
report_year = $((2009 + years))
suppress_below = 10

[regions]
file = regions.csv

[dataset victims]
file = victims.csv

[indicator victims]
title = Victims
dataset = victims
by = vorm

[indicator rate]
title = Victims per 100,000
dataset = victims
measure = rate
per = 100000

[indicator adults]
title = Adults
dataset = victims
where = minderjarig = 0

[indicator labour]
title = Labour exploitation
dataset = victims
where = vorm = arbeid

[indicator rare]
title = Organ trafficking and begging
dataset = victims
where = vorm in (orgaan, bedelarij)

[indicator minors]
title = Share of minors
dataset = victims
measure = share
where = minderjarig = 1
INI
