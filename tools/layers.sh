#!/bin/sh
# Checks the structure the folders' READMEs state: each folder includes only the folders it may
# call (data flows one way: base -> datasets -> stats -> words -> plots, reports -> cli), no
# sentence in two languages, no language-dependent sign and no number formatted for people
# (rp_fmt_*) outside words/, and no new cycle of files that include each other (the ones
# listed in tools/layers.cycles are known, to break).
# Run by make layers and make check; exit 1 and one line per problem when something is wrong.
cd "$(dirname "$0")/.." || exit 2
bad=0
allowed() {
    case $1 in
    base) echo "base" ;;
    datasets) echo "base datasets" ;;
    stats) echo "base datasets stats" ;;
    words) echo "base datasets stats words" ;;
    plots) echo "base datasets stats words plots" ;;
    reports) echo "base datasets stats words plots reports" ;;
    cli) echo "base datasets stats words plots reports cli" ;;
    esac
}
for dir in base datasets stats words plots reports cli; do
    ok=$(allowed $dir)
    for f in $dir/*.c $dir/*.h; do
        [ -f "$f" ] || continue
        for inc in $(sed -n 's/^#include "\([a-z]*\)\/.*/\1/p' "$f" | sort -u); do
            case " $ok " in
            *" $inc "*) ;;
            *) echo "layers: $f includes $inc/, which $dir/README.md does not allow ($ok)"; bad=1 ;;
            esac
        done
    done
done

# Words live in words/phrases.h: a choice of text by language outside words/ is a sentence
# that escaped the table (language tags, decimal signs and the like: words/numfmt.h).
if grep -n 'RP_LANG_NL *?[^:]*"' base/*.[ch] datasets/*.[ch] stats/*.[ch] plots/*.[ch] \
    reports/*.[ch] cli/*.[ch] 2>/dev/null; then
    echo "layers: text chosen by language outside words/ (put the phrase in words/phrases.h)"
    bad=1
fi
if grep -rn '\bRP_NL *(' --include=*.c --include=*.h base datasets stats words plots reports cli; then
    echo "layers: RP_NL is gone: a phrase is RP_PH(lang, RP_PH_NAME) from words/phrases.h"
    bad=1
fi

# Numbers are written for people only in words/: a number, share, change or date formatted
# elsewhere is a label, cell or sentence part that escaped the words layer. The language's
# tags, decimal sign and list separator (document metadata, static strings) may be read
# anywhere.
fmt=$(grep -nE '\brp_fmt_[a-z_]+ *\(' base/*.[ch] datasets/*.[ch] stats/*.[ch] plots/*.[ch] \
    reports/*.[ch] cli/*.[ch] 2>/dev/null |
    awk '{ t = $0; gsub(/rp_fmt_(lang_tag|lang_code|decimal_sign|list_separator) *\(/, "", t) }
         t ~ /rp_fmt_[a-z_]+ *\(/')
if [ -n "$fmt" ]; then
    printf '%s\n' "$fmt"
    echo "layers: number formatted outside words/ (rp_fmt_*): add a words/ function that writes the finished label, cell or sentence part, and call that"
    bad=1
fi

# Modules (x.c with x.h) of the library that include each other, through others too.
edges=$(for f in base/*.[ch] datasets/*.[ch] stats/*.[ch] words/*.[ch] plots/*.[ch] reports/*.[ch]; do
    [ -f "$f" ] || continue
    from=${f%.[ch]}
    sed -n 's/^#include "\([a-z]*\/[a-z_0-9]*\)\.h".*/\1/p' "$f" |
        while read -r to; do [ "$to" = "$from" ] || echo "$to $from"; done
done | sort -u)
known=$(grep -v '^#' tools/layers.cycles 2>/dev/null)
# drop the known cycles' closing edges, then nothing may loop
loops=$(printf '%s\n' "$edges" | grep -vxF "$known" | tsort 2>&1 >/dev/null |
        sed -n 's/^tsort: \([a-z]*\/[a-z_0-9]*\)$/\1/p')
if [ -n "$loops" ]; then
    echo "layers: files that include each other (break the cycle; see tools/layers.cycles):"
    printf '  %s\n' $loops
    bad=1
fi
[ $bad -eq 0 ] && echo "layers: every folder includes only what its README allows; no phrase and no number format outside words/; no new include cycle"
exit $bad
