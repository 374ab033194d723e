/* rapporteur targets PROJECT: every target's baseline, progress, category and SMART audit. */
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "base/csvwrite.h"
#include "words/phrases.h"
#include "words/wording.h"
#include "stats/model.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define CSV_HEAD                                                                          \
    "target,indicator,baseline_year,baseline,current_year,current,current_flag,target_year,"  \
    "target_value,change_unit,required_change,observed_change,required_cagr,observed_cagr,"   \
    "progress_ratio,category,p_meet,smart,projected,projected_lo,projected_hi,note"

static const rp_opt opts[] = {
    {"year", "Y", "assess with the data up to this year (default: the report year)"},
    {"format", "text|csv", "a note per target (default) or the csv contract"},
    {NULL, NULL, NULL}};

static const rp_cmd spec = {
    "targets", "PROJECT [--year Y] [--format text|csv]",
    "Assesses every target of the project with Eurostat's SDG method: the observed annual rate "
    "from the baseline year to the latest year against the rate required to reach the target, "
    "their ratio giving the category (significant_progress >= 0.95, moderate_progress "
    "0.60-0.95, insufficient_progress 0-0.60, moving_away < 0, not_assessable with fewer than 3 "
    "values from the baseline on; achieved or not_achieved once the target year is in the "
    "data). The same rate projects the latest value to the target year, with its prediction "
    "interval and p_meet, the chance of reaching the target: ratio >= 1, a projection that "
    "meets the target and p_meet >= 0.5 always go together. And a SMART audit with a verdict "
    "and reason per letter.",
    "Shares and prevalences move in percentage points a year (change_unit pp_per_year); counts,\n"
    "rates and means by growth (pct_per_year). Once the target year is in the data the verdict\n"
    "is achieved or not_achieved on that year's value, without projection or chance.\n"
    "csv columns: " CSV_HEAD,
    1, 1, opts};

static int small_at(const rp_target_result *r, int year)
{
    const rp_point *p = rp_series_at(r->series, year);
    return p && p->suppressed;
}

static const char *flag_letter(unsigned f)
{
    return f & RP_FLAG_R ? "r" : f & RP_FLAG_E ? "e" : f & RP_FLAG_P ? "p" : "";
}

static void csv_note(char *note, size_t n, const rp_target_result *r, int withheld,
                     rp_lang lang)
{
    note[0] = '\0';
    if (r->category == RP_CAT_NOT_ASSESSABLE)
        snprintf(note, n, "%s", rp_word_na(r->why_na, lang));
    else if (withheld)
        snprintf(note, n, "a value below %d withheld, and what would give it away",
                 r->series->below);
    else if (r->final && r->straddles)
        snprintf(note, n, "the interval of the target year's value holds the target");
    else if (r->proj_few)
        snprintf(note, n, "%s", rp_word_no_projection(lang));
}

static void csv_row(rp_csvw *w, const rp_target_def *t, const rp_target_result *r, int ok,
                    rp_lang lang)
{
    rp_csvw_text(w, t->id);
    rp_csvw_text(w, t->indicator);
    rp_csvw_int(w, t->baseline_year);
    if (!ok) {
        for (int i = 0; i < 12; i++)
            rp_csvw_empty(w);
        rp_csvw_text(w, "not_assessable");
        for (int i = 0; i < 5; i++)
            rp_csvw_empty(w);
        rp_csvw_text(w, "the indicator has no data");
        rp_csvw_end(w);
        return;
    }
    int sb = small_at(r, r->baseline_year), sc = small_at(r, r->current_year);
    rp_csvw_num(w, sb ? NAN : r->baseline);
    rp_csvw_num(w, r->current_year ? r->current_year : NAN);
    rp_csvw_num(w, sc ? NAN : r->current);
    rp_csvw_text(w, r->current_year ? flag_letter(r->current_flags) : "");
    rp_csvw_num(w, r->target_year ? r->target_year : NAN);
    rp_csvw_num(w, r->target_withheld ? NAN : r->target);
    rp_csvw_text(w, r->pp ? "pp_per_year" : "pct_per_year");
    double v[] = {r->required_change, r->observed_change, r->required_cagr, r->observed_cagr,
                  r->progress_ratio};
    for (size_t i = 0; i < sizeof v / sizeof *v; i++)
        rp_csvw_num(w, v[i]);
    rp_csvw_text(w, rp_category_name(r->category));
    rp_csvw_num(w, r->p_meet);
    rp_csvw_text(w, r->smart.code);
    rp_csvw_num(w, r->projected);
    rp_csvw_num(w, r->projected_lo);
    rp_csvw_num(w, r->projected_hi);
    char note[200];
    csv_note(note, sizeof note, r, sb || sc, lang);
    rp_csvw_text(w, note);
    rp_csvw_end(w);
}

static void text_target(const rp_model *m, size_t k, rp_lang lang)
{
    const rp_target_def *t = &m->p->m->targets[k];
    const rp_target_result *r = &m->targets[k];
    printf("%s: %s\n", t->id, t->title ? t->title : t->indicator);
    if (!m->assessed[k]) {
        printf(RP_PH(lang, RP_PH_TARGETS_NO_DATA), t->indicator);
        return;
    }
    rp_buf b;
    rp_buf_init(&b);
    rp_word_target_summary(&b, r, lang);
    printf("  %s\n", rp_buf_str(&b));
    printf("  SMART: %s\n", r->smart.code);
    static const char letters[] = "SMART";
    for (int i = 0; i < RP_SMART_N; i++) {
        rp_buf_clear(&b);
        rp_word_smart(&b, r, &r->smart, i, lang);
        printf("    %c%c %s\n", letters[i], r->smart.pass[i] ? '+' : '-', rp_buf_str(&b));
    }
    printf("\n");
    rp_buf_free(&b);
}

int rp_cmd_targets(int argc, char **argv)
{
    rp_args a;
    int fmt, r;
    if (!rp_args_begin(&spec, argc, argv, &a, &fmt, &r))
        return r;
    long year = 0;
    if (rp_args_int(&a, "year", 1900, 2100, &year))
        return RP_EXIT_USAGE;
    int status = RP_EXIT_OK;
    rp_project *p;
    rp_model *m = rp_cli_model(a.pos[0], year, &p, &status);
    if (!m)
        return status;
    rp_lang lang = p->m->lang;
    if (fmt == 1) {
        rp_csvw w;
        rp_csvw_init(&w, stdout, ',', '.');
        rp_csvw_header(&w, CSV_HEAD);
        for (size_t k = 0; k < p->m->ntargets; k++)
            csv_row(&w, &p->m->targets[k], &m->targets[k], m->assessed[k], lang);
    } else {
        printf(p->m->ntargets == 1 ? RP_PH(lang, RP_PH_TARGETS_HEAD_ONE)
                                   : RP_PH(lang, RP_PH_TARGETS_HEAD),
               p->m->title, p->m->ntargets, m->last_year ? m->last_year : p->year_max);
        for (size_t k = 0; k < p->m->ntargets; k++)
            text_target(m, k, lang);
    }
    rp_model_free(m);
    rp_project_free(p);
    return status;
}
