/* The words of `rapporteur validate`: what was loaded, file by file, and how many problems. */
#ifndef RP_WORD_VALIDATE_H
#define RP_WORD_VALIDATE_H

#include "base/buf.h"
#include "base/lang.h"

#include <stddef.h>

/* "monitor.ini: Monitor 2024 (7 datasets, 11 indicators, 6 targets, 1 estimate)"; title NULL
 * when it has none. Each function ends its line. */
void rp_word_validate_project(rp_buf *b, const char *ini, const char *title, size_t ndatasets,
                              size_t nindicators, size_t ntargets, size_t nestimates,
                              rp_lang lang);
/* "regions.csv: 11 regions (10 with population), 2012-2024" */
void rp_word_validate_regions(rp_buf *b, const char *file, size_t n, size_t with_population,
                              int first, int last, rp_lang lang);
/* "recidivism.csv: recidivism, 951 people, cohorts 2012-2020" */
void rp_word_validate_recid(rp_buf *b, const char *file, size_t people, int first, int last,
                            rp_lang lang);
/* "recid.csv: published recidivism, 3 figures, cohorts 2017-2018" */
void rp_word_validate_recid_agg(rp_buf *b, const char *file, size_t figures, int first,
                                int last, rp_lang lang);
/* "v.csv: not read (its problems are listed above)"; partly: read in part */
void rp_word_validate_not_read(rp_buf *b, const char *file, int partly, rp_lang lang);
/* "victims.csv: records, 14,886 rows, 2012-2024 (13 years), 10 regions". counts: a counts
 * file (with its total); regions < 0 when the project has no regions file; first 0 when the
 * file has no years. */
void rp_word_validate_data(rp_buf *b, const char *file, int counts, long rows, double total,
                           long empty_counts, int first, int last, int years, long regions,
                           rp_lang lang);
/* "captures.csv: capture histories for [estimate victims_hidden], 4 lists, 5,399 people, 6
 * strata by jaar (2019-2024)"; by NULL without strata. */
void rp_word_validate_captures(rp_buf *b, const char *file, const char *estimate, int lists,
                               double people, size_t strata, const char *by, const char *first,
                               const char *last, rp_lang lang);
/* "DIR/text: inleiding.md, victims_total.md (2 texts, 5 citations; not used in this
 * language: introduction.md)": the rapporteur's own text files of the project in dir, by
 * name, the n used in the report and the nunused written for the other language. */
void rp_word_validate_texts(rp_buf *b, const char *dir, const char *const *names, size_t n,
                            size_t citations, const char *const *unused, size_t nunused,
                            rp_lang lang);
/* "3 problems found." or "No problems found." */
void rp_word_validate_result(rp_buf *b, size_t errors, rp_lang lang);

#endif
