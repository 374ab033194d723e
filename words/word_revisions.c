/* The words of editions, revisions, the nulmeting as published and the progress letter. */
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
    rp_buf_puts(b, RP_NL(lang, "de editie van ", "the edition of "));
    rp_fmt_date(b, e->epoch, lang);
    if (e->kind == RP_ED_BASELINE)
        rp_buf_puts(b, RP_NL(lang, " (nulmeting", " (baseline"));
    else if (e->kind == RP_ED_LETTER)
        rp_buf_printf(b, RP_NL(lang, " (voortgangsbrief %s", " (progress letter %s"),
                      e->period ? e->period : "");
    else
        rp_buf_puts(b, RP_NL(lang, " (jaarrapportage", " (yearly monitor"));
    rp_buf_printf(b, RP_NL(lang, ", gegevens tot en met %d)", ", data up to %d)"), e->year);
}

void rp_word_rv_item(rp_buf *b, const rp_monitor *mon, const rp_edition *e, rp_ptable t,
                     const char *item, rp_lang lang)
{
    if (t == RP_PT_RECIDIVISM) {
        const char *by = strncmp(item, "recidivism_", 11) ? NULL : item + 11;
        if (by && !strcmp(by, "published"))
            rp_buf_puts(b, RP_NL(lang, "Recidive, zoals gepubliceerd", "Recidivism, as published"));
        else if (by)
            rp_buf_printf(b, RP_NL(lang, "Recidive naar %s", "Recidivism by %s"), by);
        else
            rp_buf_puts(b, RP_NL(lang, "Recidive naar cohort", "Recidivism by cohort"));
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
        rp_buf_puts(b, RP_NL(lang, ", per regio", ", by region"));
    if (t == RP_PT_CATEGORY && d && d->by)
        rp_buf_printf(b, RP_NL(lang, ", naar %s", ", by %s"), d->by);
}

void rp_word_rv_part(rp_buf *b, const rp_pcell *c, rp_lang lang)
{
    if (!strcmp(c->key, "baseline"))
        rp_buf_printf(b, RP_NL(lang, "waarde in %d", "value in %d"), c->year);
    else if (!strcmp(c->key, "target"))
        rp_buf_printf(b, RP_NL(lang, "streefwaarde %d", "target value %d"), c->year);
    else if (!strcmp(c->key, "required_change"))
        rp_buf_puts(b, RP_NL(lang, "nodige verandering per jaar", "required change a year"));
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
        rp_buf_printf(b, RP_NL(lang, "%g jaar", "%g years"), c->followup);
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
        rp_buf_puts(b, c->text && !strcmp(c->text, "pp_per_year")
                           ? RP_NL(lang, " procentpunt per jaar", " percentage points a year")
                           : RP_NL(lang, "% per jaar", "% a year"));
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
        rp_buf_puts(b, RP_NL(lang, " procentpunt", " percentage points"));
        return;
    }
    int dec = decimals(mon, c, r->old_value);
    if (c->table == RP_PT_TARGET && !strcmp(c->key, "required_change")) {
        rp_fmt_signed(b, r->change, fabs(r->change) < 0.05 ? 2 : 1, lang);
        rp_buf_puts(b, c->text && !strcmp(c->text, "pp_per_year")
                           ? RP_NL(lang, " procentpunt per jaar", " percentage points a year")
                           : RP_NL(lang, " procentpunt per jaar", " percentage points a year"));
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
    rp_buf_puts(b, RP_NL(lang, "Elk gepubliceerd cijfer is vergeleken met ",
                         "Every published figure is compared with "));
    rp_word_rv_edition(b, r->since, lang);
    rp_buf_puts(b, ". ");
    if (!r->n && !r->compared)
        rp_buf_puts(b, RP_NL(lang, "Deze monitor en die editie publiceren geen enkel cijfer van "
                                   "dezelfde indicator, hetzelfde jaar en dezelfde indeling: er "
                                   "is niets te vergelijken.",
                             "This monitor and that edition publish no figure of the same "
                             "indicator, year and breakdown: there is nothing to compare."));
    else if (!r->n)
        rp_buf_printf(b, RP_NL(lang, "Geen herzieningen: de %zu cijfers die beide publiceren, zijn "
                                     "gelijk gebleven, met dezelfde markering en status.",
                               "No revisions: the %zu figures both publish are unchanged, with "
                               "the same marks and status."), r->compared);
    else if (lang == RP_LANG_NL)
        rp_buf_printf(b, "Van de %zu cijfers die beide publiceren, %s %zu herzien of anders "
                         "gemarkeerd, in %s hieronder.", r->compared,
                      r->n == 1 ? "is er" : "zijn er", r->n,
                      items == 1 ? "de tabel" : "de tabellen");
    else
        rp_buf_printf(b, "Of the %zu figures both publish, %zu changed in value, mark or status, "
                         "in the %s below.", r->compared, r->n, items == 1 ? "table" : "tables");
    if (r->added)
        rp_buf_printf(b, RP_NL(lang, " Daarnaast publiceert deze editie %zu %s voor jaren die de "
                                     "vorige al had (nieuwe categorie\u00ebn of aangevulde jaren); "
                                     "die staan niet in de lijst.",
                               " This edition also publishes %zu %s for years the previous one "
                               "had (new categories or filled-in years); they are not listed."),
                      r->added, plural(r->added, RP_NL(lang, "cijfer", "figure"),
                                       RP_NL(lang, "cijfers", "figures")));
    if (!isnan(r->old_level) && fabs(r->old_level - r->new_level) > 1e-9)
        rp_buf_printf(b, RP_NL(lang, " Het betrouwbaarheidsniveau veranderde van %g%% naar %g%%: "
                                     "daardoor verschilt elk interval; dat staat niet per cijfer "
                                     "in de lijst.",
                               " The confidence level changed from %g%% to %g%%: every "
                               "interval differs for that reason, which is not listed per "
                               "figure."), 100 * r->old_level, 100 * r->new_level);
    if (r->old_below != r->new_below)
        rp_buf_printf(b, RP_NL(lang, " De drempel voor onthulling veranderde van %d naar %d: "
                                     "cijfers die daardoor nu wel of niet gepubliceerd worden, "
                                     "staan in de lijst.",
                               " The disclosure threshold changed from %d to %d: figures that "
                               "are published or withheld now for that reason are listed."),
                      r->old_below, r->new_below);
    for (size_t i = 0; i < r->nchanged_def; i++) {
        const rp_indicator_def *d = rp_monitor_indicator(mon, r->changed_def[i]);
        rp_buf_printf(b, RP_NL(lang, " De definitie van \u201c%s\u201d is sinds die editie "
                                     "gewijzigd; haar herzieningen kunnen daaruit volgen.",
                               " The definition of \u201c%s\u201d changed since that edition; "
                               "its revisions may follow from that."),
                      d && d->title ? d->title : r->changed_def[i]);
    }
}

void rp_word_rv_rules(rp_buf *b, int letter, rp_lang lang)
{
    rp_buf_printf(b, RP_NL(lang, "Een cijfer dat nu niet gepubliceerd wordt (%s), staat hier zonder "
                                 "zijn eerdere waarde: naast de cijfers van nu zou die het alsnog "
                                 "kunnen prijsgeven. In de tabellen van %s staat r bij "
                                 "een herzien cijfer en ** bij een herzien cijfer dat nog voorlopig "
                                 "is (nader voorlopig, zoals het CBS het noemt); de grafieken tonen "
                                 "ze met een open symbool. De lijst staat ook in "
                                 "tables/revisions.csv.",
                           "A figure that is not published now (%s) is listed without its "
                           "earlier value: beside today's figures that value could give it "
                           "away. In the tables of %s r marks a revised figure and ** a "
                           "revised figure that is still provisional (revised provisional, as "
                           "Statistics Netherlands calls it); the charts draw them with an open "
                           "symbol. The list is also in tables/revisions.csv."),
                  rp_word_hidden_sign(),
                  letter ? RP_NL(lang, "deze brief", "this letter")
                         : RP_NL(lang, "dit rapport", "this report"));
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
        rp_buf_printf(b, RP_NL(lang, "%zu van de %zu cijfers gewijzigd", "%zu of %zu figures "
                                                                         "changed"), n, figures);
    else
        rp_buf_printf(b, RP_NL(lang, "%zu %s gewijzigd", "%zu %s changed"), n,
                      plural(n, RP_NL(lang, "cijfer", "figure"), RP_NL(lang, "cijfers", "figures")));
    if (big && nvalue > 1) {
        rp_buf_puts(b, RP_NL(lang, "; de grootste herziening: ", "; the largest revision: "));
    } else if (big) {
        rp_buf_puts(b, ": ");
    }
    if (big) {
        rp_word_rv_figure(b, mon, regions, big->cur, lang);
        rp_buf_puts(b, RP_NL(lang, ", van ", ", from "));
        rp_word_rv_value(b, mon, big, 0, lang);
        rp_buf_puts(b, RP_NL(lang, " naar ", " to "));
        rp_word_rv_value(b, mon, big, 1, lang);
        rp_buf_puts(b, ", ");
        rp_word_rv_change(b, mon, big, lang);
    }
    rp_buf_putc(b, '.');
}

void rp_word_rv_stats_method(rp_buf *b, const rp_revisions *r, rp_lang lang)
{
    rp_buf_puts(b, RP_NL(lang, "Hoe cijfers worden bijgesteld naarmate ze ouder worden: elke "
                               "jaarrapportage vergeleken met de volgende, ",
                         "How figures are revised as they age: every yearly monitor compared "
                         "with the next, "));
    if (r->pairs > 1 && r->first) {
        rp_buf_printf(b, RP_NL(lang, "%zu keer sinds de editie van ", "%zu times since the "
                                                                       "edition of "), r->pairs);
        rp_fmt_date(b, r->first->epoch, lang);
        rp_buf_puts(b, RP_NL(lang, " en tot en met deze", " up to this one"));
    } else {
        rp_buf_puts(b, RP_NL(lang, "hier alleen de vorige met deze", "here only the previous one "
                                                                      "with this one"));
    }
    rp_buf_puts(b, RP_NL(lang, ". Per indicator en leeftijd van het cijfer (het aantal jaren "
                               "tussen het jaar van het cijfer en het laatste jaar van de oudere "
                               "editie; 0: het cijfer was toen het nieuwste) over alle cijfers "
                               "die beide tonen, ook de ongewijzigde: de gemiddelde herziening "
                               "(nieuw min oud) laat zien of cijfers vooral omhoog of omlaag "
                               "worden bijgesteld, de gemiddelde absolute herziening hoe groot "
                               "de bijstellingen zijn; voor aantallen, cijfers per inwoner en "
                               "gemiddelden ook als percentage van het oude cijfer, voor "
                               "aandelen in procentpunten. Een cijfer dat in een van beide niet "
                               "gepubliceerd is, telt niet mee. De tabel toont de indicatoren "
                               "met een herzien cijfer; tables/revision_stats.csv heeft ze alle.",
                         ". Per indicator and age of the figure (the years between the figure's "
                         "year and the older edition's latest year; 0: it was the newest "
                         "figure then) over every figure both show, the unchanged ones too: "
                         "the mean revision (new less old) shows whether figures tend to be "
                         "revised up or down, the mean absolute revision how large the "
                         "revisions are; for counts, rates and means also as a percentage of "
                         "the old figure, for shares in percentage points. A figure not "
                         "published in either does not count. The table shows the indicators "
                         "with a revised figure; tables/revision_stats.csv has them all."));
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
        rp_buf_puts(b, RP_NL(lang, " procentpunt", " percentage points"));
}

void rp_word_rv_nulmeting(rp_buf *b, const rp_revisions *r, size_t differ, int doc,
                          rp_lang lang)
{
    int in_baseline = doc == 1;
    if (in_baseline) {
        rp_buf_puts(b, RP_NL(lang, "Deze nulmeting is eerder gepubliceerd in ",
                             "This baseline was published before in "));
        rp_word_rv_edition(b, r->since, lang);
        rp_buf_puts(b, RP_NL(lang, ". Per doel de waarde in het basisjaar, de streefwaarde en de "
                                   "nodige verandering per jaar zoals die toen gepubliceerd zijn, "
                                   "naast wat de gegevens van nu geven. ",
                             ". Per target the value in the baseline year, the target value and "
                             "the required change a year as published then, beside what "
                             "today's data give. "));
    } else {
        rp_buf_puts(b, RP_NL(lang, "De nulmeting blijft het vertrekpunt van de doelen: ",
                             "The baseline stays the starting point of the targets: "));
        rp_word_rv_edition(b, r->since, lang);
        rp_buf_puts(b, RP_NL(lang, ". Per doel de waarde in het basisjaar, de streefwaarde en de "
                                   "nodige verandering per jaar zoals de nulmeting ze publiceerde, "
                                   "naast wat de gegevens van nu geven. ",
                             ". Per target the value in the baseline year, the target value and "
                             "the required change a year as the baseline published them, "
                             "beside what today's data give. "));
    }
    if (!differ)
        rp_buf_puts(b, RP_NL(lang, "Alle waarden zijn nog zoals de nulmeting ze publiceerde.",
                             "Every value is still as the baseline published it."));
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
    rp_buf_printf(b, "%s %.*s", second ? RP_NL(lang, "tweede helft", "second half of")
                                       : RP_NL(lang, "eerste helft", "first half of"),
                  h ? (int)(h - period) : 0, period ? period : "");
}

void rp_word_letter_subtitle(rp_buf *b, const char *period, rp_lang lang)
{
    rp_buf_puts(b, RP_NL(lang, "Voortgangsbrief, ", "Progress letter, "));
    half(b, period, lang);
}

void rp_word_letter_intro(rp_buf *b, const rp_monitor *mon, const char *period, int data_year,
                          size_t ntargets, const rp_revisions *r, rp_lang lang)
{
    (void)mon;
    rp_buf_puts(b, RP_NL(lang, "Deze brief geeft de stand van de monitor in de ",
                         "This letter gives the state of the monitor in the "));
    half(b, period, lang);
    rp_buf_printf(b, RP_NL(lang, ": het laatste cijfer van elke indicator (gegevens tot en met "
                                 "%d)", ": the latest figure of every indicator (data up to %d)"),
                  data_year);
    if (ntargets == 1)
        rp_buf_puts(b, RP_NL(lang, ", de voortgang van het doel", ", the progress of the target"));
    else if (ntargets)
        rp_buf_printf(b, RP_NL(lang, ", de voortgang van de %zu doelen",
                               ", the progress of the %zu targets"), ntargets);
    if (r) {
        rp_buf_puts(b, RP_NL(lang, ", en wat herzien is sinds ", ", and what was revised since "));
        rp_word_rv_edition(b, r->since, lang);
        rp_buf_putc(b, '.');
    } else {
        rp_buf_puts(b, RP_NL(lang, ". Er is nog geen eerdere editie vastgelegd om mee te "
                                   "vergelijken (report --record).",
                             ". No earlier edition has been recorded to compare with "
                             "(report --record)."));
    }
}
