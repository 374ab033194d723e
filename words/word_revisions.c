/* The words of editions, revisions, the nulmeting as published and the progress letter. */
#include "words/phrases.h"
#include "words/word_revisions.h"
#include "words/wording.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

const char *rp_word_rv_label(rp_rv_label l, rp_lang lang)
{
    static const char *const w[][2] = {
        [RP_RVL_CHAPTER] = {"Gewijzigd sinds de vorige monitor", "Revisions since the last edition"},
        [RP_RVL_CHAPTER_LETTER] = {"Gewijzigd sinds de vorige editie",
                                   "Revisions since the last edition"},
        [RP_RVL_STATS] = {"Herzieningen naar leeftijd van het cijfer",
                          "Revisions by the age of the figure"},
        [RP_RVL_NULMETING] = {"De nulmeting zoals gepubliceerd", "The baseline as published"},
        [RP_RVL_FIGURE] = {"cijfer", "figure"},
        [RP_RVL_OLD] = {"vorige editie", "previous edition"},
        [RP_RVL_NEW] = {"nu", "now"},
        [RP_RVL_CHANGE] = {"verschil", "change"},
        [RP_RVL_REASON] = {"reden", "reason"},
        [RP_RVL_INDICATOR] = {"indicator", "indicator"},
        [RP_RVL_AGE] = {"leeftijd (jaar)", "age (years)"},
        [RP_RVL_FIGURES] = {"cijfers", "figures"},
        [RP_RVL_REVISED] = {"herzien", "revised"},
        [RP_RVL_MEAN] = {"gemiddelde herziening", "mean revision"},
        [RP_RVL_MEAN_ABS] = {"gemiddelde absolute herziening", "mean absolute revision"},
        [RP_RVL_MEAN_ABS_REL] = {"gemiddeld absoluut (%)", "mean absolute (%)"},
        [RP_RVL_TARGET] = {"doel", "target"},
        [RP_RVL_PUBLISHED] = {"nulmeting", "as published"},
        [RP_RVL_TODAY] = {"gegevens van nu", "today's data"},
        [RP_RVL_NOT_REPEATED] = {"(niet herhaald)", "(not repeated)"},
        [RP_RVL_REVISIONS_TITLE] = {"Herziene cijfers sinds de vorige editie",
                                    "Figures revised since the last edition"},
        [RP_RVL_REVISED_FIGURES] = {"Herziene cijfers", "Revised figures"},
        [RP_RVL_STATS_TITLE] = {"Herzieningen per indicator en leeftijd van het cijfer",
                                "Revisions by indicator and age of the figure"},
        [RP_RVL_NULMETING_TITLE] = {"De nulmeting zoals gepubliceerd en de gegevens van nu",
                                    "The baseline as published and today's data"},
        [RP_RVL_LATEST] = {"Laatste cijfers", "Latest figures"},
        [RP_RVL_LATEST_TITLE] = {"Het laatste cijfer van elke indicator",
                                 "The latest figure of every indicator"},
        [RP_RVL_YEAR] = {"jaar", "year"},
        [RP_RVL_VALUE] = {"waarde", "value"},
        [RP_RVL_LOWER] = {"ondergrens", "lower"},
        [RP_RVL_UPPER] = {"bovengrens", "upper"},
        [RP_RVL_FLAG] = {"status", "flag"},
        [RP_RVL_TARGETS] = {"Doelen", "Targets"},
        [RP_RVL_ABOUT_LETTER] = {"Stand van zaken", "Where things stand"},
        [RP_RVL_NATIONAL] = {"landelijk", "national"},
        [RP_RVL_POOLED] = {"samen", "pooled"},
    };
    return w[l][lang == RP_LANG_NL ? 0 : 1];
}

void rp_word_rv_edition(rp_buf *b, const rp_edition *e, rp_lang lang)
{
    rp_buf_puts(b, RP_PH(lang, RP_PH_THE_EDITION_OF));
    rp_fmt_date(b, e->epoch, lang);
    if (e->kind == RP_ED_BASELINE)
        rp_buf_puts(b, RP_PH(lang, RP_PH_BASELINE));
    else if (e->kind == RP_ED_LETTER)
        rp_buf_printf(b, RP_PH(lang, RP_PH_PROGRESS_LETTER),
                      e->period ? e->period : "");
    else
        rp_buf_puts(b, RP_PH(lang, RP_PH_YEARLY_MONITOR));
    rp_buf_printf(b, RP_PH(lang, RP_PH_DATA_UP_TO), e->year);
}

void rp_word_rv_item(rp_buf *b, const rp_monitor *mon, const rp_edition *e, rp_ptable t,
                     const char *item, rp_lang lang)
{
    if (t == RP_PT_RECIDIVISM) {
        const char *by = strncmp(item, "recidivism_", 11) ? NULL : item + 11;
        if (by && !strcmp(by, "published"))
            rp_buf_puts(b, RP_PH(lang, RP_PH_RECIDIVISM_AS_PUBLISHED));
        else if (by)
            rp_buf_printf(b, RP_PH(lang, RP_PH_RECIDIVISM_BY), by);
        else
            rp_buf_puts(b, RP_PH(lang, RP_PH_RECIDIVISM_BY_COHORT));
        return;
    }
    const char *kind = t == RP_PT_ESTIMATE ? "estimate" : t == RP_PT_TARGET ? "target"
                                                                            : "indicator";
    const char *title = NULL;
    for (size_t i = 0; t == RP_PT_ESTIMATE && i < mon->nestimates; i++)
        if (!strcmp(mon->estimates[i].id, item))
            title = mon->estimates[i].title;
    for (size_t i = 0; t == RP_PT_TARGET && i < mon->ntargets; i++)
        if (!strcmp(mon->targets[i].id, item))
            title = mon->targets[i].title;
    const rp_indicator_def *d = t != RP_PT_ESTIMATE && t != RP_PT_TARGET
                                    ? rp_monitor_indicator(mon, item) : NULL;
    if (d)
        title = d->title;
    if (!title && e)
        title = rp_edition_definition(e, kind, item, "title");
    rp_buf_puts(b, title && *title ? title : item);
    if (t == RP_PT_REGION)
        rp_buf_puts(b, RP_PH(lang, RP_PH_BY_REGION));
    if (t == RP_PT_CATEGORY && d && d->by)
        rp_buf_printf(b, RP_PH(lang, RP_PH_BY), d->by);
}

void rp_word_rv_part(rp_buf *b, const rp_pcell *c, rp_lang lang)
{
    if (!strcmp(c->key, "baseline"))
        rp_buf_printf(b, RP_PH(lang, RP_PH_VALUE_IN), c->year);
    else if (!strcmp(c->key, "target"))
        rp_buf_printf(b, RP_PH(lang, RP_PH_TARGET_VALUE), c->year);
    else if (!strcmp(c->key, "required_change"))
        rp_buf_puts(b, RP_PH(lang, RP_PH_REQUIRED_CHANGE_A_YEAR));
    else
        rp_buf_puts(b, c->key);
}

void rp_word_rv_figure(rp_buf *b, const rp_monitor *mon, const rp_regions *regions,
                       const rp_pcell *c, rp_lang lang)
{
    const rp_indicator_def *d = rp_monitor_indicator(mon, c->item);
    switch (c->table) {
    case RP_PT_SERIES:
        if (d && d->measure == RP_MEASURE_RECIDIVISM)
            rp_buf_printf(b, "cohort %d", c->year);
        else
            rp_buf_printf(b, "%d", c->year);
        break;
    case RP_PT_CATEGORY:
        rp_buf_printf(b, "%d, %s", c->year, d ? rp_indicator_label(d, c->key) : c->key);
        break;
    case RP_PT_REGION: {
        int g = regions && *c->key ? rp_regions_find(regions, c->key) : -1;
        rp_buf_printf(b, "%d, %s", c->year, !*c->key ? rp_word_rv_label(RP_RVL_NATIONAL, lang)
                                            : g >= 0 ? regions->r[g].name : c->key);
        break;
    }
    case RP_PT_RECIDIVISM:
        if (*c->key)
            rp_buf_printf(b, "%s, ", c->key);
        else
            rp_buf_printf(b, "cohort %d, ", c->year);
        rp_buf_printf(b, RP_PH(lang, RP_PH_YEARS), c->followup);
        break;
    case RP_PT_ESTIMATE:
        rp_buf_puts(b, c->year ? rp_word_rv_label(RP_RVL_POOLED, lang) : c->key);
        break;
    case RP_PT_TARGET:
        rp_word_rv_part(b, c, lang);
        break;
    default:
        rp_buf_puts(b, c->key);
    }
}

/* The indicator whose unit a cell's value is in, or NULL (then: a plain number). */
static const rp_indicator_def *unit_def(const rp_monitor *mon, const rp_pcell *c)
{
    if (c->table == RP_PT_SERIES || c->table == RP_PT_CATEGORY)
        return rp_monitor_indicator(mon, c->item);
    if (c->table == RP_PT_TARGET && strcmp(c->key, "required_change"))
        for (size_t k = 0; k < mon->ntargets; k++)
            if (!strcmp(mon->targets[k].id, c->item))
                return rp_monitor_indicator(mon, mon->targets[k].indicator);
    return NULL;
}

static int is_fraction(const rp_monitor *mon, const rp_pcell *c)
{
    const rp_indicator_def *d = unit_def(mon, c);
    return c->table == RP_PT_RECIDIVISM ||
           (d && (d->measure == RP_MEASURE_SHARE || d->measure == RP_MEASURE_RECIDIVISM));
}

/* Decimals of a cell's number as its table shows it. */
static int decimals(const rp_monitor *mon, const rp_pcell *c, double v)
{
    const rp_indicator_def *d = unit_def(mon, c);
    if (d)
        return d->measure == RP_MEASURE_COUNT ? 0 : d->measure == RP_MEASURE_RATE
                                                   ? (fabs(v) < 10 ? 2 : 1) : 1;
    if (c->table == RP_PT_ESTIMATE)
        return 0;
    if (c->table == RP_PT_REGION)
        return 1;
    return c->table == RP_PT_TARGET && !strcmp(c->key, "required_change")
               ? 1 : rp_fmt_auto_decimals(v);
}

int rp_word_rv_decimals(const rp_monitor *mon, const rp_pcell *c, double v, int *percent)
{
    *percent = is_fraction(mon, c);
    return *percent ? 1 : decimals(mon, c, v);
}

static void number(rp_buf *b, const rp_monitor *mon, const rp_pcell *c, double v, rp_lang lang)
{
    const rp_indicator_def *d = unit_def(mon, c);
    if (d)
        rp_word_value(b, d, v, lang);
    else if (is_fraction(mon, c))
        rp_fmt_pct(b, v, 1, lang);
    else if (c->table == RP_PT_TARGET && !strcmp(c->key, "required_change")) {
        rp_fmt_signed(b, v, 2, lang);
        if (c->text && !strcmp(c->text, "pp_per_year"))
            rp_buf_puts(b, RP_PH(lang, RP_PH_PERCENTAGE_POINTS_A_YEAR));
        else
            rp_buf_printf(b, "%% %s", RP_PH(lang, RP_PH_TREND_A_YEAR)); /* "% per jaar" */
    } else
        rp_fmt_num(b, v, decimals(mon, c, v), lang);
}

void rp_word_rv_value(rp_buf *b, const rp_monitor *mon, const rp_revision *r, int now,
                      rp_lang lang)
{
    const rp_pcell *c = now ? r->cur : r->old;
    rp_pmark mark = now ? r->new_mark : r->old_mark;
    double v = now ? r->new_value : r->old_value;
    if (!now && r->old_withheld)
        rp_buf_puts(b, rp_word_rv_label(RP_RVL_NOT_REPEATED, lang));
    else if (!c || mark == RP_PM_MISSING)
        rp_buf_puts(b, mon->missing ? mon->missing : ".");
    else if (mark == RP_PM_HIDDEN)
        rp_buf_puts(b, rp_word_hidden_sign());
    else if (mark == RP_PM_NA)
        rp_buf_puts(b, "-");
    else if (!isnan(v))
        number(b, mon, c, v, lang);
    else if (c->text) /* a target published as written ("-50% from the baseline") */
        rp_buf_puts(b, c->text);
}

void rp_word_rv_change(rp_buf *b, const rp_monitor *mon, const rp_revision *r, rp_lang lang)
{
    if (isnan(r->change) || r->change == 0) /* listed for its mark or status: the reason says */
        return;
    const rp_pcell *c = r->cur ? r->cur : r->old;
    if (is_fraction(mon, c)) {
        double pp = 100 * r->change;
        rp_fmt_signed(b, pp, fabs(pp) < 0.05 ? 2 : 1, lang);
        rp_buf_puts(b, RP_PH(lang, RP_PH_PERCENTAGE_POINTS));
        return;
    }
    int dec = decimals(mon, c, r->old_value);
    if (c->table == RP_PT_TARGET && !strcmp(c->key, "required_change")) {
        rp_fmt_signed(b, r->change, fabs(r->change) < 0.05 ? 2 : 1, lang);
        rp_buf_puts(b, c->text && !strcmp(c->text, "pp_per_year")
                           ? RP_PH(lang, RP_PH_PERCENTAGE_POINTS_A_YEAR)
                           : RP_PH(lang, RP_PH_PERCENTAGE_POINTS_A_YEAR));
        return;
    }
    rp_fmt_signed(b, r->change, dec, lang);
    if (!isnan(r->rel_change)) {
        rp_buf_puts(b, " (");
        rp_fmt_change(b, r->rel_change, 1, lang);
        rp_buf_putc(b, ')');
    }
}

void rp_word_rv_reason(rp_buf *b, const rp_revision *r, rp_lang lang)
{
    static const char *const w[RP_RV_NREASONS][2] = {
        {"gewijzigd in de gegevens", "changed in the data"},
        {"definitief (was voorlopig)", "final (was provisional)"},
        {"nu voorlopig", "provisional now"},
        {"nader voorlopig", "revised provisional"},
        {"nu geschat", "an estimate now"},
        {"niet langer geschat", "no longer an estimate"},
        {"nieuwe trendbreuk", "new break in series"},
        {"trendbreuk vervallen", "break in series removed"},
        {"nu niet gepubliceerd (x)", "not published now (x)"},
        {"nu gepubliceerd", "published now"},
        {"nu een cijfer", "a figure now"},
        {"geen cijfer meer", "no figure now"},
        {"niet meer gepubliceerd", "no longer published"},
        {"definitie gewijzigd", "definition changed"},
        {"andere drempel voor onthulling", "another disclosure threshold"},
        {"noot", "note"},
        {"volgt de herziene basiswaarde", "follows the revised baseline value"},
    };
    int li = lang == RP_LANG_NL ? 0 : 1;
    /* a value revised for a reason that is said needs no "changed in the data" beside it */
    unsigned said = RP_RV_FINAL | RP_RV_PROV_REVISED | RP_RV_ESTIMATED | RP_RV_MEASURED |
                    RP_RV_BREAK | RP_RV_DEFINITION | RP_RV_NOTE | RP_RV_FOLLOWS;
    unsigned why = r->why;
    if (why & said)
        why &= ~(unsigned)RP_RV_VALUE;
    int first = 1;
    for (int k = 0; k < RP_RV_NREASONS; k++) {
        unsigned bit = 1u << k;
        if (!(why & bit))
            continue;
        rp_buf_puts(b, first ? "" : "; ");
        first = 0;
        if (bit == RP_RV_NOTE && r->note)
            rp_buf_printf(b, "%s: %s", w[k][li], r->note);
        else
            rp_buf_puts(b, w[k][li]);
    }
}

/* "1 indicator" / "3 indicatoren". */
static const char *plural(size_t n, const char *one, const char *many)
{
    return n == 1 ? one : many;
}

void rp_word_rv_intro(rp_buf *b, const rp_monitor *mon, const rp_revisions *r, size_t items,
                      rp_lang lang)
{
    rp_buf_puts(b, RP_PH(lang, RP_PH_EVERY_PUBLISHED_FIGURE_IS_COMPARED));
    rp_word_rv_edition(b, r->since, lang);
    rp_buf_puts(b, ". ");
    if (!r->n && !r->compared)
        rp_buf_puts(b, RP_PH(lang, RP_PH_THIS_MONITOR_AND_THAT_EDITION));
    else if (!r->n)
        rp_buf_printf(b, RP_PH(lang, RP_PH_NO_REVISIONS_THE_FIGURES_BOTH), r->compared);
    else if (lang == RP_LANG_NL)
        rp_buf_printf(b, "Van de %zu cijfers die beide publiceren, %s %zu herzien of anders "
                         "gemarkeerd, in %s hieronder.", r->compared,
                      r->n == 1 ? "is er" : "zijn er", r->n,
                      items == 1 ? "de tabel" : "de tabellen");
    else
        rp_buf_printf(b, "Of the %zu figures both publish, %zu changed in value, mark or status, "
                         "in the %s below.", r->compared, r->n, items == 1 ? "table" : "tables");
    if (r->added)
        rp_buf_printf(b, RP_PH(lang, RP_PH_THIS_EDITION_ALSO_PUBLISHES_FOR),
                      r->added, plural(r->added, RP_PH(lang, RP_PH_FIGURE),
                                       RP_PH(lang, RP_PH_FIGURES)));
    if (!isnan(r->old_level) && fabs(r->old_level - r->new_level) > 1e-9)
        rp_buf_printf(b, RP_PH(lang, RP_PH_THE_CONFIDENCE_LEVEL_CHANGED_FROM_TO), 100 * r->old_level, 100 * r->new_level);
    if (r->old_below != r->new_below)
        rp_buf_printf(b, RP_PH(lang, RP_PH_THE_DISCLOSURE_THRESHOLD_CHANGED),
                      r->old_below, r->new_below);
    for (size_t i = 0; i < r->nchanged_def; i++) {
        const rp_indicator_def *d = rp_monitor_indicator(mon, r->changed_def[i]);
        rp_buf_printf(b, RP_PH(lang, RP_PH_THE_DEFINITION_OF_U201C_U201D),
                      d && d->title ? d->title : r->changed_def[i]);
    }
}

void rp_word_rv_rules(rp_buf *b, int letter, rp_lang lang)
{
    rp_buf_printf(b, RP_PH(lang, RP_PH_A_FIGURE_THAT_IS_NOT_PUBLISHED_NOW),
                  rp_word_hidden_sign(),
                  letter ? RP_PH(lang, RP_PH_THIS_LETTER)
                         : RP_PH(lang, RP_PH_THIS_REPORT));
}

void rp_word_rv_item_summary(rp_buf *b, const rp_monitor *mon, const rp_regions *regions,
                             const rp_revisions *r, size_t from, size_t to, size_t figures,
                             rp_lang lang)
{
    const rp_revision *big = NULL;
    size_t nvalue = 0;
    for (size_t i = from; i < to; i++) {
        const rp_revision *v = &r->r[i];
        if (isnan(v->change))
            continue;
        nvalue++;
        double size = isnan(v->rel_change) ? fabs(v->change) : fabs(v->rel_change);
        double best = !big ? -1 : isnan(big->rel_change) ? fabs(big->change)
                                                         : fabs(big->rel_change);
        if (size > best)
            big = v;
    }
    size_t n = to - from;
    if (figures)
        rp_buf_printf(b, RP_PH(lang, RP_PH_OF_FIGURES_CHANGED), n, figures);
    else
        rp_buf_printf(b, RP_PH(lang, RP_PH_CHANGED), n,
                      plural(n, RP_PH(lang, RP_PH_FIGURE), RP_PH(lang, RP_PH_FIGURES)));
    if (big && nvalue > 1) {
        rp_buf_puts(b, RP_PH(lang, RP_PH_THE_LARGEST_REVISION));
    } else if (big) {
        rp_buf_puts(b, ": ");
    }
    if (big) {
        rp_word_rv_figure(b, mon, regions, big->cur, lang);
        rp_buf_puts(b, RP_PH(lang, RP_PH_FROM));
        rp_word_rv_value(b, mon, big, 0, lang);
        rp_buf_puts(b, RP_PH(lang, RP_PH_TO_2));
        rp_word_rv_value(b, mon, big, 1, lang);
        rp_buf_puts(b, ", ");
        rp_word_rv_change(b, mon, big, lang);
    }
    rp_buf_putc(b, '.');
}

void rp_word_rv_stats_method(rp_buf *b, const rp_revisions *r, rp_lang lang)
{
    rp_buf_puts(b, RP_PH(lang, RP_PH_HOW_FIGURES_ARE_REVISED_AS_THEY_AGE));
    if (r->pairs > 1 && r->first) {
        rp_buf_printf(b, RP_PH(lang, RP_PH_TIMES_SINCE_THE_EDITION_OF), r->pairs);
        rp_fmt_date(b, r->first->epoch, lang);
        rp_buf_puts(b, RP_PH(lang, RP_PH_UP_TO_THIS_ONE));
    } else {
        rp_buf_puts(b, RP_PH(lang, RP_PH_HERE_ONLY_THE_PREVIOUS_ONE_WITH_THIS));
    }
    rp_buf_puts(b, RP_PH(lang, RP_PH_PER_INDICATOR_AND_AGE_OF_THE_FIGURE));
}

void rp_word_rv_stat(rp_buf *b, const rp_monitor *mon, const char *item, double v, int signed_,
                     rp_lang lang)
{
    const rp_indicator_def *d = rp_monitor_indicator(mon, item);
    int frac = d && (d->measure == RP_MEASURE_SHARE || d->measure == RP_MEASURE_RECIDIVISM);
    double x = frac ? 100 * v : v;
    int dec = frac ? 2 : !d || d->measure == RP_MEASURE_COUNT ? 1 : 2;
    if (v == 0) { /* no revision at this age: one plain 0, not "0,00 procentpunt" */
        rp_buf_putc(b, '0');
        return;
    }
    if (signed_)
        rp_fmt_signed(b, x, dec, lang);
    else
        rp_fmt_num(b, x, dec, lang);
    if (frac)
        rp_buf_puts(b, RP_PH(lang, RP_PH_PERCENTAGE_POINTS));
}

void rp_word_rv_nulmeting(rp_buf *b, const rp_revisions *r, size_t differ, int doc,
                          rp_lang lang)
{
    int in_baseline = doc == 1;
    if (in_baseline) {
        rp_buf_puts(b, RP_PH(lang, RP_PH_THIS_BASELINE_WAS_PUBLISHED_BEFORE));
        rp_word_rv_edition(b, r->since, lang);
        rp_buf_puts(b, RP_PH(lang, RP_PH_PER_TARGET_THE_VALUE_IN_THE_BASELINE));
    } else {
        rp_buf_puts(b, RP_PH(lang, RP_PH_THE_BASELINE_STAYS_THE_STARTING));
        rp_word_rv_edition(b, r->since, lang);
        rp_buf_puts(b, RP_PH(lang, RP_PH_PER_TARGET_THE_VALUE_IN_THE_BASELINE_2));
    }
    if (!differ)
        rp_buf_puts(b, RP_PH(lang, RP_PH_EVERY_VALUE_IS_STILL_AS_THE_BASELINE));
    else if (lang == RP_LANG_NL)
        rp_buf_printf(b, "Bij %zu %s wijken de gegevens van nu af van de gepubliceerde "
                         "nulmeting; %s rekent met de gegevens van nu.", differ,
                      differ == 1 ? "waarde" : "waarden",
                      in_baseline ? "deze nulmeting" : doc == 2 ? "de voortgang in deze brief"
                                                                : "de voortgang in dit rapport");
    else
        rp_buf_printf(b, "Today's data differ from the published baseline in %zu %s; %s uses "
                         "today's data.", differ, differ == 1 ? "value" : "values",
                      in_baseline ? "this baseline" : doc == 2 ? "the progress in this letter"
                                                               : "the progress in this report");
}

/* "eerste helft 2025" from "2025-H1". */
static void half(rp_buf *b, const char *period, rp_lang lang)
{
    const char *h = period ? strrchr(period, '-') : NULL;
    int second = h && !strcmp(h, "-H2");
    rp_buf_printf(b, "%s %.*s", second ? RP_PH(lang, RP_PH_SECOND_HALF_OF)
                                       : RP_PH(lang, RP_PH_FIRST_HALF_OF),
                  h ? (int)(h - period) : 0, period ? period : "");
}

void rp_word_letter_subtitle(rp_buf *b, const char *period, rp_lang lang)
{
    rp_buf_puts(b, RP_PH(lang, RP_PH_PROGRESS_LETTER_2));
    half(b, period, lang);
}

void rp_word_letter_intro(rp_buf *b, const rp_monitor *mon, const char *period, int data_year,
                          size_t ntargets, const rp_revisions *r, rp_lang lang)
{
    (void)mon;
    rp_buf_puts(b, RP_PH(lang, RP_PH_THIS_LETTER_GIVES_THE_STATE_OF_THE));
    half(b, period, lang);
    rp_buf_printf(b, RP_PH(lang, RP_PH_THE_LATEST_FIGURE_OF_EVERY_INDICATOR),
                  data_year);
    if (ntargets == 1)
        rp_buf_puts(b, RP_PH(lang, RP_PH_THE_PROGRESS_OF_THE_TARGET));
    else if (ntargets)
        rp_buf_printf(b, RP_PH(lang, RP_PH_THE_PROGRESS_OF_THE_TARGETS), ntargets);
    if (r) {
        rp_buf_puts(b, RP_PH(lang, RP_PH_AND_WHAT_WAS_REVISED_SINCE));
        rp_word_rv_edition(b, r->since, lang);
        rp_buf_putc(b, '.');
    } else {
        rp_buf_puts(b, RP_PH(lang, RP_PH_NO_EARLIER_EDITION_HAS_BEEN_RECORDED));
    }
}
