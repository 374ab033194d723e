/* The words of `rapporteur validate`. */
#include "words/word_validate.h"
#include "words/numfmt.h"
#include "words/phrases.h"

#include <stdlib.h>

/* "7 datasets" or "1 dataset": a count with its noun, the phrase ONE or MANY. */
#define COUNT(b, n, ONE, MANY, lang)                                                         \
    do {                                                                                     \
        char *num_ = rp_fmt_numstr((double)(n), 0, lang);                                    \
        rp_buf_printf(b, (n) == 1 ? RP_PH_PICK(lang, ONE) : RP_PH_PICK(lang, MANY),           \
                      num_ ? num_ : "");                                                     \
        free(num_);                                                                          \
    } while (0)

void rp_word_validate_project(rp_buf *b, const char *ini, const char *title, size_t ndatasets,
                              size_t nindicators, size_t ntargets, size_t nestimates,
                              rp_lang lang)
{
    rp_buf_printf(b, "%s: %s (", ini, title ? title : RP_PH(lang, RP_PH_VAL_NO_TITLE));
    COUNT(b, ndatasets, RP_PH_VAL_DATASETS_ONE, RP_PH_VAL_DATASETS, lang);
    rp_buf_puts(b, ", ");
    COUNT(b, nindicators, RP_PH_VAL_INDICATORS_ONE, RP_PH_VAL_INDICATORS, lang);
    rp_buf_puts(b, ", ");
    COUNT(b, ntargets, RP_PH_VAL_TARGETS_ONE, RP_PH_VAL_TARGETS, lang);
    if (nestimates) {
        rp_buf_puts(b, ", ");
        COUNT(b, nestimates, RP_PH_VAL_ESTIMATES_ONE, RP_PH_VAL_ESTIMATES, lang);
    }
    rp_buf_puts(b, ")\n");
}

void rp_word_validate_regions(rp_buf *b, const char *file, size_t n, size_t with_population,
                              int first, int last, rp_lang lang)
{
    rp_buf_printf(b, "%s: ", file);
    COUNT(b, n, RP_PH_VAL_REGIONS_ONE, RP_PH_VAL_REGIONS, lang);
    rp_buf_printf(b, RP_PH(lang, RP_PH_VAL_WITH_POPULATION), with_population, first, last);
}

void rp_word_validate_recid(rp_buf *b, const char *file, size_t people, int first, int last,
                            rp_lang lang)
{
    rp_buf_printf(b, RP_PH(lang, RP_PH_VAL_RECID), file);
    COUNT(b, people, RP_PH_VAL_PEOPLE_ONE, RP_PH_VAL_PEOPLE, lang);
    rp_buf_printf(b, RP_PH(lang, RP_PH_VAL_COHORTS), first, last);
}

void rp_word_validate_recid_agg(rp_buf *b, const char *file, size_t figures, int first,
                                int last, rp_lang lang)
{
    rp_buf_printf(b, RP_PH(lang, RP_PH_VAL_RECID_AGG), file);
    COUNT(b, figures, RP_PH_VAL_FIGURES_ONE, RP_PH_VAL_FIGURES, lang);
    rp_buf_printf(b, RP_PH(lang, RP_PH_VAL_COHORTS), first, last);
}

void rp_word_validate_not_read(rp_buf *b, const char *file, int partly, rp_lang lang)
{
    rp_buf_printf(b, partly ? RP_PH(lang, RP_PH_VAL_NOT_READ_TO_END)
                            : RP_PH(lang, RP_PH_VAL_NOT_READ), file);
}

void rp_word_validate_data(rp_buf *b, const char *file, int counts, long rows, double total,
                           long empty_counts, int first, int last, int years, long regions,
                           rp_lang lang)
{
    rp_buf_printf(b, "%s: %s, ", file, counts ? RP_PH(lang, RP_PH_VAL_COUNTS)
                                              : RP_PH(lang, RP_PH_VAL_RECORDS));
    COUNT(b, rows, RP_PH_VAL_ROWS_ONE, RP_PH_VAL_ROWS, lang);
    if (counts) {
        rp_buf_puts(b, RP_PH(lang, RP_PH_VAL_TOTAL));
        rp_fmt_num(b, total, 0, lang);
    }
    if (empty_counts) {
        rp_buf_puts(b, " (");
        COUNT(b, empty_counts, RP_PH_VAL_EMPTY_COUNTS_ONE, RP_PH_VAL_EMPTY_COUNTS, lang);
        rp_buf_puts(b, ")");
    }
    if (first) {
        rp_buf_printf(b, ", %d-%d (", first, last);
        COUNT(b, years, RP_PH_VAL_YEARS_ONE, RP_PH_VAL_YEARS, lang);
        rp_buf_puts(b, ")");
    }
    if (regions >= 0) {
        rp_buf_puts(b, ", ");
        COUNT(b, regions, RP_PH_VAL_REGIONS_ONE, RP_PH_VAL_REGIONS, lang);
    }
    rp_buf_putc(b, '\n');
}

void rp_word_validate_captures(rp_buf *b, const char *file, const char *estimate, int lists,
                               double people, size_t strata, const char *by, const char *first,
                               const char *last, rp_lang lang)
{
    rp_buf_printf(b, RP_PH(lang, RP_PH_VAL_CAPTURES), file, estimate, lists);
    COUNT(b, people, RP_PH_VAL_PEOPLE_ONE, RP_PH_VAL_PEOPLE, lang);
    if (by)
        rp_buf_printf(b, RP_PH(lang, RP_PH_VAL_STRATA), strata, by, first, last);
    rp_buf_putc(b, '\n');
}

void rp_word_validate_result(rp_buf *b, size_t errors, rp_lang lang)
{
    if (errors)
        COUNT(b, errors, RP_PH_VAL_PROBLEMS_ONE, RP_PH_VAL_PROBLEMS, lang);
    else
        rp_buf_puts(b, RP_PH(lang, RP_PH_VAL_NO_PROBLEMS));
}

void rp_word_validate_texts(rp_buf *b, const char *dir, const char *const *names, size_t n,
                            size_t citations, const char *const *unused, size_t nunused,
                            rp_lang lang)
{
    rp_buf_printf(b, "%s/text: ", dir);
    for (size_t i = 0; i < n; i++)
        rp_buf_printf(b, "%s%s", i ? ", " : "", names[i]);
    rp_buf_puts(b, n ? " (" : "(");
    COUNT(b, n, RP_PH_VAL_TEXTS_ONE, RP_PH_VAL_TEXTS, lang);
    rp_buf_puts(b, ", ");
    COUNT(b, citations, RP_PH_VAL_CITATIONS_ONE, RP_PH_VAL_CITATIONS, lang);
    for (size_t i = 0; i < nunused; i++)
        rp_buf_printf(b, "%s%s", i ? ", " : RP_PH(lang, RP_PH_VAL_TEXTS_UNUSED), unused[i]);
    rp_buf_puts(b, ")\n");
}
