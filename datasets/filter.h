/* Row filters of monitor.ini and --where: conjunctions of `column = value`,
 * `column != value` and `column in (a, b)`, joined with `and`. */
#ifndef RP_FILTER_H
#define RP_FILTER_H

#include "datasets/csvfile.h"

/* Ownership: rp_filter_parse returns a filter the caller frees with rp_filter_free (NULL ok).
 * On a syntax error it returns NULL and sets *err to a message the caller frees, in the
 * language of lang's messages (NULL: English). An empty or blank text parses as the filter
 * that matches every row. */
typedef struct rp_filter rp_filter;

rp_filter *rp_filter_parse(const char *text, const rp_diag *lang, char **err);
void rp_filter_free(rp_filter *f);

size_t rp_filter_nterms(const rp_filter *f);
const char *rp_filter_column(const rp_filter *f, size_t term);  /* owned by f */

/* Resolves column names against a file's header. Returns 0, or -1 and sets *missing to the
 * first name the file lacks (owned by f). A filter is bound to one file at a time. */
int rp_filter_bind(rp_filter *f, const rp_csv *c, const char **missing);

/* Whether a row of the bound file passes. Values are equal when their text is equal or both
 * are numbers of equal value (so "1" matches "1,0" in a decimal-comma file). */
int rp_filter_match(const rp_filter *f, const rp_csv_row *row, char decimal);

/* Whether a filter reads only `column` (case-insensitive), and then whether a row holding
 * value in that column passes: 1 passes, 0 fails, -1 the filter reads another column too
 * (NULL, the filter that passes all, gives 1). For disclosure control: a filter on the
 * breakdown column publishes a sum over some of its categories. */
int rp_filter_match_only(const rp_filter *f, const char *column, const char *value,
                         char decimal);

/* Whether the filter keeps one value of column (a term `column = value`), so that rows with
 * other values of it are never added in. */
int rp_filter_pins(const rp_filter *f, const char *column);

/* A normalised text of the filter, for messages and reports; caller frees. */
char *rp_filter_text(const rp_filter *f);

#endif
