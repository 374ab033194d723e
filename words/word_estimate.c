/* Dutch and English sentences about estimates of the hidden number of victims. */
#include "words/phrases.h"
#include "words/word_estimate.h"
#include "words/wording.h"

#include <math.h>

void rp_word_mse_model(rp_buf *b, const rp_estimate *e, double threshold, rp_lang lang)
{
    if (e->method == RP_MSE_MAIN)
        rp_buf_puts(b, RP_PH(lang, RP_PH_MAIN_EFFECTS_ONLY));
    else if (e->method == RP_MSE_FIXED)
        rp_buf_puts(b, RP_PH(lang, RP_PH_FIXED_MODEL));
    else {
        rp_buf_puts(b, RP_PH(lang, RP_PH_STEPWISE_SELECTION_OF_INTERACTIONS_P));
        rp_fmt_num(b, threshold, threshold >= 0.01 ? 2 : 3, lang);
        rp_buf_puts(b, ")");
    }
}

void rp_word_est_view(rp_buf *b, int view, int max_terms, rp_lang lang)
{
    if (view == 3) {
        rp_buf_puts(b, RP_PH(lang, RP_PH_MAIN_EFFECTS_ONLY_LEAVING_OUT_ONE));
        return;
    }
    if (view == 2)
        rp_buf_puts(b, RP_PH(lang, RP_PH_AVERAGED_BY_BIC_OVER));
    rp_buf_printf(b, max_terms == 1 ? RP_PH(lang, RP_PH_EVERY_MODEL_WITH_AT_MOST_INTERACTION)
                                    : RP_PH(lang, RP_PH_EVERY_MODEL_WITH_AT_MOST),
                  max_terms);
}

static void list_names(rp_buf *b, const rp_estimate *e, unsigned mask, rp_lang lang)
{
    int n = 0, total = 0;
    for (int i = 0; i < e->nlists; i++)
        total += (mask >> i) & 1u;
    for (int i = 0; i < e->nlists; i++) {
        if (!((mask >> i) & 1u))
            continue;
        if (n)
            rp_buf_puts(b, n == total - 1 ? RP_PH(lang, RP_PH_AND) : ", ");
        rp_buf_puts(b, e->lists[i]);
        n++;
    }
}

const char *rp_word_est_none(rp_lang lang)
{
    return RP_PH(lang, RP_PH_RECID_NOT_ESTIMABLE);
}

/* "A en B; C en D": the pairs of lists no one is on together (bit k of mask the k-th pair). */
static void pair_names(rp_buf *b, const rp_estimate *e, unsigned long long mask, rp_lang lang)
{
    int k = 0, n = 0;
    for (int a = 0; a < e->nlists; a++)
        for (int c = a + 1; c < e->nlists; c++, k++)
            if ((mask >> k) & 1ull)
                rp_buf_printf(b, "%s%s %s %s", n++ ? "; " : "", e->lists[a],
                              RP_PH(lang, RP_PH_AND_2), e->lists[c]);
}

void rp_word_est_check(rp_buf *b, int check, rp_lang lang)
{
    if (check < 0)
        rp_buf_puts(b, RP_PH(lang, RP_PH_THE_MODEL_DID_NOT_CONVERGE));
    else if (check & RP_MSE_NOT_EXIST)
        rp_buf_puts(b, RP_PH(lang, RP_PH_THE_MODEL_HAS_NO_FINITE_ESTIMATE));
    if (check > 0 && (check & RP_MSE_NOT_EXIST) && (check & RP_MSE_NOT_IDENT))
        rp_buf_puts(b, RP_PH(lang, RP_PH_AND_IS_NOT_IDENTIFIABLE));
    else if (check > 0 && (check & RP_MSE_NOT_IDENT))
        rp_buf_puts(b, RP_PH(lang, RP_PH_THE_MODEL_IS_NOT_IDENTIFIABLE));
}

void rp_word_est_reason(rp_buf *b, const rp_estimate *e, const rp_estimate_row *r,
                        rp_lang lang)
{
    if (r->reason == RP_EST_OK)
        return;
    rp_buf_puts(b, RP_PH(lang, RP_PH_NOT_ESTIMABLE));
    switch (r->reason) {
    case RP_EST_OK:
        break;
    case RP_EST_NOONE:
        rp_buf_puts(b, RP_PH(lang, RP_PH_NO_ONE_REGISTERED));
        break;
    case RP_EST_FEWLISTS:
        rp_buf_puts(b, RP_PH(lang, RP_PH_FEWER_THAN_TWO_LISTS_HOLD_ANYONE));
        break;
    case RP_EST_ALLLIST:
        rp_buf_puts(b, RP_PH(lang, RP_PH_ONE_LIST_HOLDS_EVERYONE_REGISTERED));
        break;
    case RP_EST_CHECK:
        rp_word_est_check(b, r->check, lang);
        if (r->check & RP_MSE_NOT_EXIST)
            rp_buf_puts(b, RP_PH(lang, RP_PH_LINEAR_PROGRAM_OF_FIENBERG_AND));
        if ((r->check & RP_MSE_NOT_EXIST) && r->empty) {
            rp_buf_puts(b, RP_PH(lang, RP_PH_NO_ONE_IS_ON_BOTH_LISTS_OF));
            pair_names(b, e, r->empty, lang);
        }
        rp_buf_puts(b, ".");
        if (e->method == RP_MSE_FIXED)
            rp_buf_puts(b, RP_PH(lang, RP_PH_CHOOSE_OTHER_INTERACTIONS));
        break;
    case RP_EST_NOFIT:
        rp_buf_puts(b, RP_PH(lang, RP_PH_THE_MODEL_DID_NOT_CONVERGE_2));
        break;
    }
}

static void never_overlap(rp_buf *b, const rp_estimate *e, const rp_estimate_row *r,
                          rp_lang lang)
{
    rp_buf_puts(b, RP_PH(lang, RP_PH_NO_ONE_IS_ON_BOTH_LISTS_OF_2));
    pair_names(b, e, r->empty, lang);
    rp_buf_puts(b, RP_PH(lang, RP_PH_SUCH_A_PAIR_IN_THE_MODEL_IS_HANDLED));
}

static void warn_model(rp_buf *b, const rp_estimate_row *r, rp_lang lang)
{
    rp_buf_puts(b, RP_PH(lang, RP_PH_THE_ESTIMATE_DEPENDS_STRONGLY_ON_THE));
    rp_fmt_num(b, r->main_estimate, 0, lang);
    rp_buf_puts(b, RP_PH(lang, RP_PH_THE_CHOSEN_MODEL));
    rp_fmt_num(b, r->r.estimate, 0, lang);
    rp_buf_puts(b, ".\n");
}

void rp_word_est_model_all(rp_buf *b, const rp_estimate *e, rp_lang lang)
{
    int n = 0;
    for (size_t i = 0; i < e->nrows; i++) {
        const rp_estimate_row *r = &e->row[i];
        if (r->publish != RP_EST_SHOWN || !(r->warn & RP_EST_MODEL))
            continue;
        rp_buf_puts(b, n++ ? "; " : RP_PH(lang, RP_PH_THE_ESTIMATE_DEPENDS_STRONGLY_ON_THE_2));
        if (e->nrows > 1)
            rp_buf_printf(b, "%s ", i == e->nrows - 1 ? RP_PH(lang, RP_PH_POOLED)
                                                      : r->stratum);
        rp_fmt_num(b, r->main_estimate, 0, lang);
        rp_buf_puts(b, RP_PH(lang, RP_PH_INSTEAD_OF));
        rp_fmt_num(b, r->r.estimate, 0, lang);
    }
    if (n)
        rp_buf_puts(b, ".\n");
}

void rp_word_est_warnings(rp_buf *b, const rp_estimate *e, const rp_estimate_row *r,
                          unsigned skip, rp_lang lang)
{
    if (r->warn & RP_EST_DROPPED & ~skip) {
        rp_buf_puts(b, RP_PH(lang, RP_PH_LEFT_OUT_FOR_HOLDING_NO_ONE));
        list_names(b, e, r->dropped, lang);
        rp_buf_puts(b, ".\n");
    }
    if (r->warn & RP_EST_TERMGONE & ~skip)
        rp_buf_puts(b, RP_PH(lang, RP_PH_AN_INTERACTION_WITH_A_LIST_LEFT_OUT));
    if (r->warn & RP_EST_SPARSE & ~skip) {
        rp_buf_printf(b, RP_PH(lang, RP_PH_FEWER_THAN_PEOPLE_ON), RP_EST_SPARSE_N);
        list_names(b, e, r->sparse, lang);
        rp_buf_puts(b, RP_PH(lang, RP_PH_THE_ESTIMATE_IS_SENSITIVE_TO_THEM));
    }
    if (r->warn & RP_EST_EMPTY & ~skip)
        never_overlap(b, e, r, lang);
    if (r->warn & RP_EST_MODEL & ~skip)
        warn_model(b, r, lang);
    if (r->warn & RP_EST_BOOTFAIL & ~skip)
        rp_buf_printf(b, RP_PH(lang, RP_PH_OF_BOOTSTRAP_REPLICATES_COULD_NOT_BE),
                      r->r.boot_failed, e->nboot,
                      r->bootstrap ? "" : RP_PH(lang, RP_PH_THE_INTERVAL_IS_LOG_NORMAL));
}

void rp_word_est_stepwise(rp_buf *b, double threshold, rp_lang lang)
{
    rp_buf_puts(b, RP_PH(lang, RP_PH_STEPWISE_P));
    rp_fmt_num(b, threshold, threshold >= 0.01 ? 2 : 3, lang);
    rp_buf_putc(b, ')');
}

void rp_word_est_best_remark(rp_buf *b, const char *terms, double weight, rp_lang lang)
{
    rp_buf_puts(b, terms ? terms : rp_word_est_label(RP_ESTL_NONE, lang));
    rp_buf_printf(b, RP_PH(lang, RP_PH_WEIGHT_2));
    rp_fmt_num(b, weight, 2, lang);
}

void rp_word_est_average_remark(rp_buf *b, size_t nmodels, double min, double max,
                                rp_lang lang)
{
    rp_buf_printf(b, RP_PH(lang, RP_PH_MODELS_2), nmodels);
    rp_fmt_num(b, min, 0, lang);
    rp_buf_puts(b, RP_PH(lang, RP_PH_TO));
    rp_fmt_num(b, max, 0, lang);
}

void rp_word_est_registered(rp_buf *b, double observed, rp_lang lang)
{
    rp_buf_puts(b, RP_PH(lang, RP_PH_REGISTERED));
    rp_fmt_num(b, observed, 0, lang);
}

void rp_word_est_count(rp_buf *b, const rp_estimate_row *r, double v, int below, rp_lang lang)
{
    if (r->publish == RP_EST_SMALL || r->publish == RP_EST_SECOND)
        rp_word_hidden(b, r->publish, below);
    else
        rp_fmt_num(b, v, 0, lang);
}

void rp_word_est_figure(rp_buf *b, const rp_estimate *e, const rp_estimate_row *r, int below,
                        rp_lang lang)
{
    if (r->publish == RP_EST_SMALL || r->publish == RP_EST_SECOND) { /* alike: one sign */
        rp_buf_puts(b, RP_PH(lang, RP_PH_NOT_PUBLISHED));
        rp_word_hidden(b, r->publish, below);
        rp_buf_putc(b, ')');
        return;
    }
    if (r->reason != RP_EST_OK) {
        rp_buf_puts(b, rp_word_est_none(lang));
        return;
    }
    rp_fmt_num(b, r->r.estimate, 0, lang);
    rp_buf_printf(b, " (%g%%%s ", 100 * e->level, RP_PH(lang, RP_PH_CI));
    rp_fmt_num(b, r->r.lo, 0, lang);
    rp_buf_puts(b, RP_PH(lang, RP_PH_TO));
    rp_fmt_num(b, r->r.hi, 0, lang);
    rp_buf_puts(b, ")");
}

const char *rp_word_est_label(rp_est_label l, rp_lang lang)
{
    switch (l) {
    case RP_ESTL_STRATUM: return RP_PH(lang, RP_PH_STRATUM);
    case RP_ESTL_OBSERVED: return RP_PH(lang, RP_PH_OBSERVED);
    case RP_ESTL_ESTIMATE: return RP_PH(lang, RP_PH_ESTIMATE);
    case RP_ESTL_DARK: return RP_PH(lang, RP_PH_DARK);
    case RP_ESTL_TERMS: return RP_PH(lang, RP_PH_TERMS);
    case RP_ESTL_DEVIANCE: return RP_PH(lang, RP_PH_DEVIANCE);
    case RP_ESTL_DF: return RP_PH(lang, RP_PH_DF);
    case RP_ESTL_WEIGHT: return RP_PH(lang, RP_PH_WEIGHT);
    case RP_ESTL_RANGE: return RP_PH(lang, RP_PH_RANGE_2);
    case RP_ESTL_BEST: return RP_PH(lang, RP_PH_BEST_MODEL_BIC);
    case RP_ESTL_DROPPED: return RP_PH(lang, RP_PH_DROPPED);
    case RP_ESTL_MODEL: return RP_PH(lang, RP_PH_MODEL);
    case RP_ESTL_MAIN: return RP_PH(lang, RP_PH_MAIN_EFFECTS_ONLY);
    case RP_ESTL_BEST_BIC: return RP_PH(lang, RP_PH_SMALLEST_BIC);
    case RP_ESTL_AVERAGE: return RP_PH(lang, RP_PH_AVERAGED_BY_BIC);
    case RP_ESTL_LOO: return RP_PH(lang, RP_PH_ONE_LIST_LEFT_OUT);
    case RP_ESTL_ALL_LISTS: return RP_PH(lang, RP_PH_NONE_ALL_LISTS);
    case RP_ESTL_POOLED: return RP_PH(lang, RP_PH_POOLED);
    case RP_ESTL_NONE: return RP_PH(lang, RP_PH_NONE);
    case RP_ESTL_MODELS: return RP_PH(lang, RP_PH_MODELS);
    case RP_ESTL_LOWER: return RP_PH(lang, RP_PH_LOWER);
    case RP_ESTL_UPPER: return RP_PH(lang, RP_PH_UPPER);
    case RP_ESTL_NOTE: return RP_PH(lang, RP_PH_NOTE);
    case RP_ESTL_SENSITIVITY: return RP_PH(lang, RP_PH_SENSITIVITY_TO_THE_MODEL);
    }
    return "";
}

void rp_word_est_ci_head(rp_buf *b, double level, rp_lang lang)
{
    rp_fmt_num(b, 100 * level, 100 * level == floor(100 * level) ? 0 : 1, lang);
    rp_buf_puts(b, RP_PH(lang, RP_PH_I));
}

/* "little", "moderately", "strongly": by the ratio of the largest to the smallest estimate of
 * the models that exist (below 1.25, 1.5, above), the same cut as the model warning's 1.5. */
static const char *dependence(double ratio, rp_lang lang)
{
    return ratio < 1.25  ? RP_PH(lang, RP_PH_LITTLE)
           : ratio < 1.5 ? RP_PH(lang, RP_PH_MODERATELY)
                         : RP_PH(lang, RP_PH_STRONGLY);
}

static const char *number_word(int k, rp_lang lang)
{
    switch (k) {
    case 0: return RP_PH(lang, RP_PH_NUMBER_NO);
    case 1: return RP_PH(lang, RP_PH_NUMBER_ONE);
    case 2: return RP_PH(lang, RP_PH_NUMBER_TWO);
    case 3: return RP_PH(lang, RP_PH_NUMBER_THREE);
    case 4: return RP_PH(lang, RP_PH_NUMBER_FOUR);
    default: return NULL;
    }
}

void rp_word_est_sensitivity(rp_buf *b, const rp_estimate *e, const rp_estimate_row *row,
                             const rp_est_sensitivity *s, rp_lang lang)
{
    (void)row;
    const rp_mse_panel *p = s->panel;
    if (!p || !p->nexist)
        return;
    const char *k = number_word(p->max_terms, lang);
    rp_buf_printf(b, RP_PH(lang, RP_PH_THE_FIGURE_DEPENDS_ON_THE_MODEL),
                  dependence(p->max / p->min, lang));
    if (p->nexist == 1)
        rp_buf_puts(b, RP_PH(lang, RP_PH_ONE_MODEL_HAS_AN_ESTIMATE));
    else {
        rp_buf_printf(b, RP_PH(lang, RP_PH_THE_MODELS_WITH_UP_TO), p->nexist);
        if (k)
            rp_buf_puts(b, k);
        else
            rp_buf_printf(b, "%d", p->max_terms);
        rp_buf_puts(b, p->max_terms == 1 ? RP_PH(lang, RP_PH_INTERACTION)
                                         : RP_PH(lang, RP_PH_INTERACTIONS));
        rp_buf_puts(b, RP_PH(lang, RP_PH_THAT_HAVE_AN_ESTIMATE_GIVE));
    }
    rp_fmt_num(b, p->min, 0, lang);
    if (p->nexist > 1) {
        rp_buf_puts(b, RP_PH(lang, RP_PH_TO));
        rp_fmt_num(b, p->max, 0, lang);
    }
    rp_buf_puts(b, RP_PH(lang, RP_PH_AVERAGED_BY_BIC_2));
    rp_fmt_num(b, p->estimate, 0, lang);
    rp_buf_printf(b, " (%g%%%s ", 100 * p->level, RP_PH(lang, RP_PH_CI)); /* as the figure */
    rp_fmt_num(b, p->lo, 0, lang);
    rp_buf_puts(b, RP_PH(lang, RP_PH_TO));
    rp_fmt_num(b, p->hi, 0, lang);
    rp_buf_putc(b, ')');
    if (s->loo_shown > 1) {
        rp_buf_puts(b, RP_PH(lang, RP_PH_LEAVING_OUT_ONE_LIST_AT_A_TIME_IT));
        rp_fmt_num(b, s->loo_min, 0, lang);
        rp_buf_printf(b, RP_PH(lang, RP_PH_WITHOUT_TO),
                      e->lists[s->loo_min_list]);
        rp_fmt_num(b, s->loo_max, 0, lang);
        rp_buf_printf(b, RP_PH(lang, RP_PH_WITHOUT), e->lists[s->loo_max_list]);
    }
    rp_buf_puts(b, ".");
}

void rp_word_est_sensitivity_note(rp_buf *b, const rp_estimate *e, const rp_estimate_row *row,
                                  int below, rp_lang lang)
{
    const rp_mse_panel *p = &row->panel;
    (void)e;
    rp_buf_printf(b, RP_PH(lang, RP_PH_MODELS_LOG_LINEAR_ALL_MAIN_EFFECTS),
                  p->max_terms, p->n, p->nexist);
    size_t hidden = 0;
    for (size_t i = 0; i < row->nloo; i++)
        hidden += row->loo[i].publish == RP_EST_SMALL || row->loo[i].publish == RP_EST_SECOND;
    if (hidden)
        rp_buf_printf(b, RP_PH(lang, RP_PH_WITHOUT_OF_THE_LISTS_NOT_PUBLISHED), hidden, below);
}

void rp_word_est_method(rp_buf *b, const rp_estimate *e, double threshold, rp_lang lang)
{
    rp_buf_printf(b, RP_PH(lang, RP_PH_NOT_EVERY_VICTIM_IS_REGISTERED), e->nlists);
    for (int i = 0; i < e->nlists; i++)
        rp_buf_printf(b, "%s%s", i == 0 ? "" : i == e->nlists - 1 ? RP_PH(lang, RP_PH_AND)
                                                                    : ", ", e->lists[i]);
    rp_buf_puts(b, RP_PH(lang, RP_PH_A_LOG_LINEAR_POISSON_MODEL_OF_THE));
    rp_word_mse_model(b, e, threshold, lang);
    rp_buf_puts(b, RP_PH(lang, RP_PH_WITH_THE_EXISTENCE_AND));
    if (e->nboot)
        rp_buf_printf(b, RP_PH(lang, RP_PH_THE_INTERVAL_IS_A_BCA_BOOTSTRAP), e->nboot);
    else
        rp_buf_puts(b, RP_PH(lang, RP_PH_THE_INTERVAL_IS_LOG_NORMAL_FROM_THE));
}

void rp_word_est_headline(rp_buf *b, const rp_estimate *e, const rp_estimate_row *r,
                          int below, rp_lang lang)
{
    if (e->nrows > 1)
        rp_buf_printf(b, RP_PH(lang, RP_PH_IN_AN_ESTIMATED), r->stratum);
    else
        rp_buf_puts(b, RP_PH(lang, RP_PH_AN_ESTIMATED));
    rp_word_est_figure(b, e, r, below, lang);
    rp_buf_puts(b, RP_PH(lang, RP_PH_VICTIMS_OF_WHOM));
    rp_fmt_num(b, r->r.observed, 0, lang);
    rp_buf_printf(b, RP_PH(lang, RP_PH_ARE_ON_AT_LEAST_ONE_OF_THE_LISTS), e->nlists);
    rp_fmt_num(b, r->r.estimate / r->r.observed, 1, lang);
    rp_buf_puts(b, RP_PH(lang, RP_PH_TIMES_AS_MANY_WHO_IS_ON_SEVERAL));
}

void rp_word_est_notes(rp_buf *b, const rp_estimate *e, rp_lang lang)
{
    rp_buf w;
    rp_buf_init(&w);
    for (size_t i = 0; i < e->nrows; i++) {
        const rp_estimate_row *r = &e->row[i];
        rp_buf_clear(&w);
        if (r->publish == RP_EST_SHOWN)
            rp_word_est_warnings(&w, e, r, RP_EST_MODEL, lang);
        else if (r->publish == RP_EST_FAILED)
            rp_word_est_reason(&w, e, r, lang);
        if (!rp_buf_str(&w)[0])
            continue;
        for (char *c = w.data; *c; c++)
            if (*c == '\n' && c[1])
                *c = ' ';
        int all = e->nrows > 1 && i == e->nrows - 1;
        rp_buf_printf(b, "%s%s: %s", rp_buf_str(b)[0] ? "\n" : "",
                      all ? RP_PH(lang, RP_PH_POOLED_2) : r->stratum, rp_buf_str(&w));
    }
    rp_buf_clear(&w);
    rp_word_est_model_all(&w, e, lang);
    if (rp_buf_str(&w)[0])
        rp_buf_printf(b, "%s%s", rp_buf_str(b)[0] ? "\n" : "", rp_buf_str(&w));
    rp_buf_free(&w);
}

const char *rp_word_est_stratum(const rp_estimate_row *r, rp_lang lang)
{
    return r->pooled ? rp_word_est_label(RP_ESTL_POOLED, lang) : r->stratum;
}
