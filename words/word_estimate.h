/* The words of multiple systems estimation in Dutch and English: the model, why a stratum
 * has no estimate, the warnings beside the figure, and a published cell of a row. */
#ifndef RP_WORD_ESTIMATE_H
#define RP_WORD_ESTIMATE_H

#include "base/buf.h"
#include "words/numfmt.h"
#include "stats/estimate.h"

/* "stepwise selection (p < 0.02)", "main effects only", "fixed model". */
void rp_word_mse_model(rp_buf *b, const rp_estimate *e, double threshold, rp_lang lang);
/* The model of a view of the estimate command: 1 the panel ("every model with at most 2
 * interactions"), 2 its average, 3 leave one list out. */
void rp_word_est_view(rp_buf *b, int view, int max_terms, rp_lang lang);
/* Why the row has no estimate, as one sentence. */
void rp_word_est_reason(rp_buf *b, const rp_estimate *e, const rp_estimate_row *r,
                        rp_lang lang);
/* The row's warnings, one sentence each, each ending in ".\n"; skip: warning bits to leave
 * out (said for all rows at once). */
void rp_word_est_warnings(rp_buf *b, const rp_estimate *e, const rp_estimate_row *r,
                          unsigned skip, rp_lang lang);
/* One sentence for every published row whose estimate rests on the model (RP_EST_MODEL):
 * the main-effects figure beside the chosen one, per stratum. Nothing when there is none. */
void rp_word_est_model_all(rp_buf *b, const rp_estimate *e, rp_lang lang);
/* The method in one paragraph: lists, model, checks, interval. */
void rp_word_est_method(rp_buf *b, const rp_estimate *e, double threshold, rp_lang lang);
/* The headline row against the registered count: "In 2024: an estimated 5,479 (95% CI ...)
 * victims, of whom 962 are on at least one of the 4 lists: about 5.7 times as many. ..." */
void rp_word_est_headline(rp_buf *b, const rp_estimate *e, const rp_estimate_row *r,
                          int below, rp_lang lang);
/* The warnings and reasons of every row, one line per stratum, then the model warning of all
 * rows at once; empty when there is none. */
void rp_word_est_notes(rp_buf *b, const rp_estimate *e, rp_lang lang);
/* "niet te schatten" / "not estimable": the cell of an estimate that does not exist. */
const char *rp_word_est_none(rp_lang lang);

/* Labels of the estimate's tables and panels, both languages side by side. */
typedef enum {
    RP_ESTL_STRATUM, RP_ESTL_OBSERVED, RP_ESTL_ESTIMATE, RP_ESTL_DARK, RP_ESTL_TERMS,
    RP_ESTL_DEVIANCE, RP_ESTL_DF, RP_ESTL_WEIGHT, RP_ESTL_RANGE, RP_ESTL_BEST, RP_ESTL_DROPPED,
    RP_ESTL_MODEL, RP_ESTL_MAIN, RP_ESTL_BEST_BIC, RP_ESTL_AVERAGE, RP_ESTL_LOO,
    RP_ESTL_ALL_LISTS, RP_ESTL_POOLED, RP_ESTL_NONE, RP_ESTL_MODELS, RP_ESTL_LOWER,
    RP_ESTL_UPPER, RP_ESTL_NOTE, RP_ESTL_SENSITIVITY
} rp_est_label;
const char *rp_word_est_label(rp_est_label l, rp_lang lang);
/* "95% BI" / "95% CI". */
void rp_word_est_ci_head(rp_buf *b, double level, rp_lang lang);
/* Why a model of the panel has no estimate (its check code), as a short clause. */
void rp_word_est_check(rp_buf *b, int check, rp_lang lang);

/* One sentence on how far the row's figure depends on the model: the range of the models with
 * up to K interactions, their BIC-weighted average with its interval, and the range when one
 * list is left out (s from rp_estimate_sensitivity). */
void rp_word_est_sensitivity(rp_buf *b, const rp_estimate *e, const rp_estimate_row *row,
                             const rp_est_sensitivity *s, rp_lang lang);
/* The method of the sensitivity table, for its footnote. */
void rp_word_est_sensitivity_note(rp_buf *b, const rp_estimate *e, const rp_estimate_row *row,
                                  int below, rp_lang lang);

/* The remarks of the report's sensitivity table: the stepwise model's label "stapsgewijs (p <
 * 0,05)" at its threshold; the best model's terms (NULL: none) with its BIC weight "; gewicht
 * 0,62"; the average's "12 modellen: 1.000 tot 2.000" (nmodels and the range of their
 * estimates). */
void rp_word_est_stepwise(rp_buf *b, double threshold, rp_lang lang);
void rp_word_est_best_remark(rp_buf *b, const char *terms, double weight, rp_lang lang);
void rp_word_est_average_remark(rp_buf *b, size_t nmodels, double min, double max,
                                rp_lang lang);
/* The registered count after a row's figure in the chart's alt text: ", geregistreerd 1.234". */
void rp_word_est_registered(rp_buf *b, double observed, rp_lang lang);

/* A count of the row as published: the number, "<below", or "x" (hidden as a second cell). */
void rp_word_est_count(rp_buf *b, const rp_estimate_row *r, double v, int below, rp_lang lang);
/* "111.139 (95% BI 92.440-133.991)" or the mark of a hidden row. */
void rp_word_est_figure(rp_buf *b, const rp_estimate *e, const rp_estimate_row *r, int below,
                        rp_lang lang);

/* A row's stratum as a person reads it: the stratum's own name, or the pooled row's label
 * ("samen", "pooled"; CSV keeps "all"). Static or borrowed. */
const char *rp_word_est_stratum(const rp_estimate_row *r, rp_lang lang);

#endif
