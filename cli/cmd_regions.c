/* rapporteur regions PROJECT: rates per region, funnel limits, heterogeneity, concentration. */
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "words/phrases.h"
#include "words/word_diag.h"
#include "words/word_eb.h"
#include "words/wording.h"
#include "base/buf.h"
#include "base/csvwrite.h"
#include "stats/disclosure.h"
#include "stats/model.h"
#include "stats/regional.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const rp_opt opts[] = {
    {"year", "Y", "the year to compare (default: the report year, else the latest)"},
    {"baseline", "Y", "the year to measure change from (default: the first with data)"},
    {"indicator", "ID", "a count or rate indicator with a region column (default: the first "
                        "rate)"},
    {"summary", NULL, "the test and concentration figures instead of the regions"},
    {"format", "text|csv", "a table sorted by rate (default) or the csv contract"},
    {NULL, NULL, NULL}};

static const rp_cmd spec = {
    "regions", "PROJECT [--year Y] [--indicator ID] [--summary] [--format text|csv]",
    "Compares regions fairly: rates per 100,000 inhabitants with intervals, funnel-plot limits "
    "(95% and 99.8%) around the national rate at each region's population from the Poisson "
    "distribution (Spiegelhalter 2005), a chi-square test of the counts against "
    "population-expected counts, and concentration (share of the top 40% of regions, the "
    "share of regions bringing 75%, Gini).",
    "signal: high or low outside the 99.8% limits, else within (empty where the count is "
    "withheld, since it would narrow it down); warning95 the same for the 95% limits. Regions without population (a national unit) are left out of rates, funnel, test "
    "and concentration, with a note.\n"
    "Empirical Bayes: eb_rate, eb_lo, eb_hi are the posterior mean and interval of the "
    "Poisson-gamma model (Clayton and Kaldor 1987: relative risks Gamma(a, b) against the "
    "national rate, a and b by maximum likelihood of the negative binomial), marshall_rate "
    "Marshall's (1991) global estimator and shrinkage the part of the way from the crude rate "
    "to the mean (0 to 1); both are fitted over the regions whose counts are shown, and "
    "withheld with a region's count.\n"
    "csv columns: region,year,count,population,rate,rate_lo,rate_hi,funnel95_lo,funnel95_hi,\n"
    "  funnel998_lo,funnel998_hi,signal,warning95,baseline_year,change,change_lo,change_hi,\n"
    "  eb_rate,eb_lo,eb_hi,marshall_rate,shrinkage,note\n"
    "--summary: year,regions,total,chi2,df,p_value,top40_share,share_for_75,gini,funnel,\n"
    "  dispersion,tau2,eb_a,eb_b,eb_regions,marshall_mean,marshall_var (funnel: exact,\n"
    "  multiplicative or additive, as [regions] funnel asks; auto: additive when the regions\n"
    "  vary more than Poisson counts, else exact; eb_a, eb_b: the gamma's shape and rate, eb_a\n"
    "  empty (inf) when the regions vary no more than chance, every rate then at the mean)",
    1, 1, opts};

static const char *signal_name(int s)
{
    return s > 0 ? "high" : s < 0 ? "low" : "within";
}

/* The same in the text, in the project's language. */
static const char *signal_word(int s, rp_lang lang)
{
    return s > 0 ? RP_PH(lang, RP_PH_REGIONS_HIGH) : s < 0 ? RP_PH(lang, RP_PH_REGIONS_LOW)
                                                        : RP_PH(lang, RP_PH_REGIONS_WITHIN);
}

/* "1,2 tot 6,6": a table cell whose head names what it is. */
static char *range(double lo, double hi, rp_lang lang)
{
    rp_buf b;
    rp_buf_init(&b);
    rp_word_range(&b, lo, hi, 1, lang);
    return rp_buf_steal(&b);
}

static void csv_regions(const rp_project *p, const rp_regional *r, int below)
{
    rp_csvw w;
    rp_csvw_init(&w, stdout, ',', '.');
    rp_csvw_header(&w, "region,year,count,population,rate,rate_lo,rate_hi,funnel95_lo,"
                       "funnel95_hi,funnel998_lo,funnel998_hi,signal,warning95,baseline_year,"
                       "change,change_lo,change_hi,eb_rate,eb_lo,eb_hi,marshall_rate,shrinkage,"
                       "note");
    for (size_t i = 0; i < r->k; i++) {
        const rp_regional_row *row = &r->rows[i];
        int small = row->hidden;
        int base_small = row->base_hidden;
        rp_csvw_text(&w, p->regions->r[row->region].code);
        rp_csvw_int(&w, r->year);
        rp_csvw_num(&w, small ? NAN : row->s.count);
        rp_csvw_num(&w, row->s.population);
        rp_csvw_num(&w, small ? NAN : row->s.rate.estimate);
        rp_csvw_num(&w, small ? NAN : row->s.rate.lo);
        rp_csvw_num(&w, small ? NAN : row->s.rate.hi);
        double f[] = {row->s.f95_lo, row->s.f95_hi, row->s.f998_lo, row->s.f998_hi};
        for (int k = 0; k < 4; k++)
            rp_csvw_num(&w, f[k]);
        rp_csvw_text(&w, row->hidden || r->national_hidden ? "" : signal_name(row->s.signal));
        rp_csvw_text(&w, row->s.warn95 ? signal_name(row->s.warn95) : "");
        rp_csvw_int(&w, r->baseline);
        double c[] = {row->change.estimate, row->change.lo, row->change.hi};
        for (int k = 0; k < 3; k++)
            rp_csvw_num(&w, small || base_small ? NAN : c[k]);
        double eb[] = {row->s.eb_rate, row->s.eb_lo, row->s.eb_hi, row->s.marshall_rate,
                       row->s.shrinkage};
        for (int k = 0; k < 5; k++)
            rp_csvw_num(&w, small ? NAN : eb[k]);
        rp_buf note;
        rp_buf_init(&note);
        if (small) /* one sign and one reason, whatever hid it */
            rp_word_hidden_legend(&note, below, RP_LANG_EN);
        else if (base_small)
            rp_buf_printf(&note, "change withheld: the %d count is not published", r->baseline);
        rp_csvw_text(&w, rp_buf_str(&note));
        rp_buf_free(&note);
        rp_csvw_end(&w);
    }
}

static void csv_summary(const rp_regional *r)
{
    rp_csvw w;
    rp_csvw_init(&w, stdout, ',', '.');
    static const char *const method[] = {"auto", "exact", "multiplicative", "additive"};
    rp_csvw_header(&w, "year,regions,total,chi2,df,p_value,top40_share,share_for_75,gini,"
                       "funnel,dispersion,tau2,eb_a,eb_b,eb_regions,marshall_mean,marshall_var");
    rp_csvw_int(&w, r->year);
    rp_csvw_int(&w, (long)r->k);
    double v[] = {r->sum.total, r->sum.chi2, r->sum.df, r->sum.p_value, r->sum.top40_share,
                  r->sum.share_for_75, r->sum.gini};
    for (size_t i = 0; i < sizeof v / sizeof *v; i++)
        rp_csvw_num(&w, v[i]);
    rp_csvw_text(&w, method[r->sum.funnel]);
    rp_csvw_num(&w, r->sum.phi);
    rp_csvw_num(&w, r->sum.tau2);
    rp_csvw_num(&w, isinf(r->eb_a) ? NAN : r->eb_a);
    rp_csvw_num(&w, r->eb_b);
    rp_csvw_int(&w, (long)r->eb_k);
    rp_csvw_num(&w, r->marshall_mean);
    rp_csvw_num(&w, r->marshall_var);
    rp_csvw_end(&w);
}

static char *num(double v, int d, rp_lang lang)
{
    return rp_word_num_str(v, d, lang);
}


static void text_rows(const rp_project *p, const rp_regional *r, int below, rp_lang lang)
{
    const rp_regional_row **order = malloc(r->k * sizeof *order);
    size_t nc = 8, nr = r->k + 1;
    char **cells = calloc(nr * nc, sizeof *cells);
    if (!order || !cells) {
        free(order);
        free(cells);
        return;
    }
    for (size_t i = 0; i < r->k; i++)
        order[i] = &r->rows[i];
    qsort(order, r->k, sizeof *order, rp_regional_by_rate);
    const char *head[] = {RP_PH(lang, RP_PH_REGIONS_REGION), RP_PH(lang, RP_PH_COUNT),
                          RP_PH(lang, RP_PH_REGIONS_RATE), RP_PH(lang, RP_PH_INTERVAL),
                          rp_word_eb_label(lang), RP_PH(lang, RP_PH_REGIONS_FUNNEL),
                          RP_PH(lang, RP_PH_REGIONS_SIGNAL), RP_PH(lang, RP_PH_REGIONS_CHANGE)};
    for (size_t c = 0; c < nc; c++)
        cells[c] = rp_strdup(head[c]);
    for (size_t i = 0; i < r->k; i++) {
        const rp_regional_row *row = order[i];
        char **c = cells + (i + 1) * nc;
        int small = row->hidden;
        rp_buf b;
        rp_buf_init(&b);
        rp_word_count(&b, row->s.count, small, (int)below, lang);
        c[0] = rp_strdup(p->regions->r[row->region].name);
        c[1] = rp_buf_steal(&b);
        c[2] = small ? rp_strdup("") : num(row->s.rate.estimate, 1, lang);
        c[3] = small ? rp_strdup("") : range(row->s.rate.lo, row->s.rate.hi, lang);
        c[4] = small || isnan(row->s.eb_rate) ? rp_strdup("") : num(row->s.eb_rate, 1, lang);
        c[5] = r->national_hidden ? rp_strdup("") : range(row->s.f998_lo, row->s.f998_hi, lang);
        c[6] = rp_strfmt("%s%s", row->hidden || r->national_hidden ? ""
                                                                    : signal_word(row->s.signal, lang),
                         !row->s.signal && row->s.warn95 ? RP_PH(lang, RP_PH_REGIONS_OUTSIDE_95)
                                                         : "");
        rp_buf_init(&b);
        if (!small && !isnan(row->change.estimate))
            rp_word_ratio_change(&b, row->change.estimate, lang);
        c[7] = rp_buf_steal(&b);
    }
    static const int right[] = {0, 1, 1, 1, 1, 1, 0, 1};
    rp_cli_table(cells, nr, nc, right);
    for (size_t i = 0; i < nr * nc; i++)
        free(cells[i]);
    free(cells);
    free(order);
}

static void text(const rp_project *p, const rp_regional *r, int below, int summary_only)
{
    rp_lang lang = p->m->lang;
    const rp_indicator_def *d = &p->m->indicators[r->indicator];
    rp_buf nb;
    rp_buf_init(&nb);
    rp_word_national_rate(&nb, r, lang);
    if (nb.len && nb.data[nb.len - 1] == ' ')
        nb.data[--nb.len] = '\0';
    printf("%s, %d. %s\n", d->title, r->year, rp_buf_str(&nb));
    rp_buf_free(&nb);
    if (!summary_only) {
        printf("\n");
        text_rows(p, r, below, lang);
        rp_buf fb;
        rp_buf_init(&fb);
        if (!r->national_hidden) {
            rp_word_funnel(&fb, &r->sum, lang);
            rp_buf_puts(&fb, " ");
        }
        rp_word_hidden_legend(&fb, below, lang);
        if (r->national_hidden)
            printf(RP_PH(lang, RP_PH_REGIONS_LEGEND_NO_FUNNEL), r->baseline, rp_buf_str(&fb));
        else
            printf(RP_PH(lang, RP_PH_REGIONS_LEGEND), r->baseline, rp_buf_str(&fb));
        rp_buf_clear(&fb);
        rp_word_eb_method(&fb, r, lang);
        if (rp_buf_str(&fb)[0])
            printf("%s\n", rp_buf_str(&fb));
        rp_buf_free(&fb);
    }
    if (r->test_withheld) {
        printf("%s", RP_PH(lang, RP_PH_REGIONS_TEST_WITHHELD));
    } else {
        rp_buf b;
        rp_buf_init(&b);
        rp_word_heterogeneity(&b, &r->sum, lang);
        printf("\n%s\n", rp_buf_str(&b));
        rp_buf_free(&b);
    }
    for (size_t i = 0; i < r->nleft; i++) {
        rp_buf b;
        rp_buf_init(&b);
        rp_word_count(&b, r->left_out_count[i], r->left_out_hidden[i], (int)below, lang);
        printf(RP_PH(lang, RP_PH_REGIONS_LEFT_OUT), p->regions->r[r->left_out[i]].name,
               rp_buf_str(&b));
        rp_buf_free(&b);
    }
}

static int pick_indicator(const rp_project *p, const char *id)
{
    if (!id)
        return rp_regional_default(p);
    return rp_project_indicator(p, id);
}

int rp_cmd_regions(int argc, char **argv)
{
    rp_args a;
    int fmt, r;
    if (!rp_args_begin(&spec, argc, argv, &a, &fmt, &r))
        return r;
    long year = 0, base = 0;
    if (rp_args_int(&a, "year", 1900, 2100, &year) ||
        rp_args_int(&a, "baseline", 1900, 2100, &base))
        return RP_EXIT_USAGE;
    int status = RP_EXIT_OK;
    rp_project *p = rp_cli_load(a.pos[0], &status);
    if (!p)
        return status;
    const char *id = rp_args_get(&a, "indicator");
    int ind = pick_indicator(p, id);
    if (ind < 0) {
        rp_project_free(p);
        return rp_usage_error(&spec, id ? "--indicator %s: no such indicator" :
                              "%s has no count or rate indicator with a region column",
                              id ? id : a.pos[0]);
    }
    /* a view of the project's published model: the same marks as the report's */
    const char *why = "out of memory";
    rp_lang lang = p->m->lang;
    rp_diag *diag = rp_cli_diag(lang);
    rp_model *m = diag ? rp_model_build(p, 0, diag) : NULL;
    rp_regional *reg = m ? rp_model_regional(m, ind, (int)year, (int)base, &why) : NULL;
    if (!m && diag && rp_diag_errors(diag)) {
        rp_diag_print(diag, stderr);
        status = RP_EXIT_DATA;
    } else if (!reg) {
        const char *because = rp_word_msg(why ? why : "out of memory", lang);
        if (year)
            rp_cli_msg(lang, "regions", "indicator %s, %ld: %s", p->m->indicators[ind].id, year,
                       because);
        else
            rp_cli_msg(lang, "regions", "indicator %s: %s", p->m->indicators[ind].id, because);
        status = RP_EXIT_DATA;
    } else if (fmt == 1 && rp_args_get(&a, "summary")) {
        csv_summary(reg);
    } else if (fmt == 1) {
        csv_regions(p, reg, p->m->suppress_below);
    } else {
        text(p, reg, p->m->suppress_below, rp_args_get(&a, "summary") != NULL);
    }
    rp_regional_free(reg);
    rp_model_free(m);
    rp_diag_free(diag);
    rp_project_free(p);
    return status;
}
