/* Dutch and English sentences about estimates of the hidden number of victims. */
#include "words/word_estimate.h"
#include "words/wording.h"

#include <math.h>

void rp_word_mse_model(rp_buf *b, const rp_estimate *e, double threshold, rp_lang lang)
{
    if (e->method == RP_MSE_MAIN)
        rp_buf_puts(b, RP_NL(lang, "alleen hoofdeffecten", "main effects only"));
    else if (e->method == RP_MSE_FIXED)
        rp_buf_puts(b, RP_NL(lang, "vast model", "fixed model"));
    else {
        rp_buf_puts(b, RP_NL(lang, "stapsgewijze selectie van interacties (p < ",
                             "stepwise selection of interactions (p < "));
        rp_fmt_num(b, threshold, threshold >= 0.01 ? 2 : 3, lang);
        rp_buf_puts(b, ")");
    }
}

void rp_word_est_view(rp_buf *b, int view, int max_terms, rp_lang lang)
{
    if (view == 3) {
        rp_buf_puts(b, RP_NL(lang, "alleen hoofdeffecten, telkens zonder één van de lijsten",
                             "main effects only, leaving out one list at a time"));
        return;
    }
    if (view == 2)
        rp_buf_puts(b, RP_NL(lang, "gemiddeld naar BIC over ", "averaged by BIC over "));
    rp_buf_printf(b, max_terms == 1 ? RP_NL(lang, "elk model met hoogstens %d interactie",
                                            "every model with at most %d interaction")
                                    : RP_NL(lang, "elk model met hoogstens %d interacties",
                                            "every model with at most %d interactions"),
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
            rp_buf_puts(b, n == total - 1 ? RP_NL(lang, " en ", " and ") : ", ");
        rp_buf_puts(b, e->lists[i]);
        n++;
    }
}

const char *rp_word_est_none(rp_lang lang)
{
    return RP_NL(lang, "niet te schatten", "not estimable");
}

/* "A en B; C en D": the pairs of lists no one is on together (bit k of mask the k-th pair). */
static void pair_names(rp_buf *b, const rp_estimate *e, unsigned long long mask, rp_lang lang)
{
    int k = 0, n = 0;
    for (int a = 0; a < e->nlists; a++)
        for (int c = a + 1; c < e->nlists; c++, k++)
            if ((mask >> k) & 1ull)
                rp_buf_printf(b, "%s%s %s %s", n++ ? "; " : "", e->lists[a],
                              RP_NL(lang, "en", "and"), e->lists[c]);
}

void rp_word_est_check(rp_buf *b, int check, rp_lang lang)
{
    if (check < 0)
        rp_buf_puts(b, RP_NL(lang, "het model convergeerde niet", "the model did not converge"));
    else if (check & RP_MSE_NOT_EXIST)
        rp_buf_puts(b, RP_NL(lang, "het model heeft geen eindige schatting",
                             "the model has no finite estimate"));
    if (check > 0 && (check & RP_MSE_NOT_EXIST) && (check & RP_MSE_NOT_IDENT))
        rp_buf_puts(b, RP_NL(lang, " en is niet identificeerbaar", " and is not identifiable"));
    else if (check > 0 && (check & RP_MSE_NOT_IDENT))
        rp_buf_puts(b, RP_NL(lang, "het model is niet identificeerbaar",
                             "the model is not identifiable"));
}

void rp_word_est_reason(rp_buf *b, const rp_estimate *e, const rp_estimate_row *r,
                        rp_lang lang)
{
    if (r->reason == RP_EST_OK)
        return;
    rp_buf_puts(b, RP_NL(lang, "Niet te schatten: ", "Not estimable: "));
    switch (r->reason) {
    case RP_EST_OK:
        break;
    case RP_EST_NOONE:
        rp_buf_puts(b, RP_NL(lang, "niemand geregistreerd.", "no one registered."));
        break;
    case RP_EST_FEWLISTS:
        rp_buf_puts(b, RP_NL(lang, "minder dan twee lijsten met registraties.",
                             "fewer than two lists hold anyone."));
        break;
    case RP_EST_ALLLIST:
        rp_buf_puts(b, RP_NL(lang, "één lijst bevat iedereen die geregistreerd is, dus zegt de "
                                   "overlap niets over wie op geen lijst staat.",
                             "one list holds everyone registered, so the overlap says nothing "
                             "about who is on no list."));
        break;
    case RP_EST_CHECK:
        rp_word_est_check(b, r->check, lang);
        if (r->check & RP_MSE_NOT_EXIST)
            rp_buf_puts(b, RP_NL(lang, " (lineair programma van Fienberg en Rinaldo 2012)",
                                 " (linear program of Fienberg and Rinaldo 2012)"));
        if ((r->check & RP_MSE_NOT_EXIST) && r->empty) {
            rp_buf_puts(b, RP_NL(lang, "; niemand staat op beide lijsten van ",
                                 "; no one is on both lists of "));
            pair_names(b, e, r->empty, lang);
        }
        rp_buf_puts(b, ".");
        if (e->method == RP_MSE_FIXED)
            rp_buf_puts(b, RP_NL(lang, " Kies andere interacties.", " Choose other interactions."));
        break;
    case RP_EST_NOFIT:
        rp_buf_puts(b, RP_NL(lang, "het model convergeerde niet.", "the model did not converge."));
        break;
    }
}

static void never_overlap(rp_buf *b, const rp_estimate *e, const rp_estimate_row *r,
                          rp_lang lang)
{
    rp_buf_puts(b, RP_NL(lang, "Niemand staat op beide lijsten van: ",
                         "No one is on both lists of: "));
    pair_names(b, e, r->empty, lang);
    rp_buf_puts(b, RP_NL(lang, " (zo'n paar in het model wordt behandeld als in Chan, "
                               "Silverman en Vincent 2021).\n",
                         " (such a pair in the model is handled as in Chan, Silverman and "
                         "Vincent 2021).\n"));
}

static void warn_model(rp_buf *b, const rp_estimate_row *r, rp_lang lang)
{
    rp_buf_puts(b, RP_NL(lang, "De schatting hangt sterk af van het model: alleen "
                               "hoofdeffecten geeft ",
                         "The estimate depends strongly on the model: main effects alone "
                         "give "));
    rp_fmt_num(b, r->main_estimate, 0, lang);
    rp_buf_puts(b, RP_NL(lang, ", het gekozen model ", ", the chosen model "));
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
        rp_buf_puts(b, n++ ? "; " : RP_NL(lang, "De schatting hangt sterk af van het model; "
                                                "met alleen hoofdeffecten: ",
                                          "The estimate depends strongly on the model; with "
                                          "main effects alone: "));
        if (e->nrows > 1)
            rp_buf_printf(b, "%s ", i == e->nrows - 1 ? RP_NL(lang, "samen", "pooled")
                                                      : r->stratum);
        rp_fmt_num(b, r->main_estimate, 0, lang);
        rp_buf_puts(b, RP_NL(lang, " in plaats van ", " instead of "));
        rp_fmt_num(b, r->r.estimate, 0, lang);
    }
    if (n)
        rp_buf_puts(b, ".\n");
}

void rp_word_est_warnings(rp_buf *b, const rp_estimate *e, const rp_estimate_row *r,
                          unsigned skip, rp_lang lang)
{
    if (r->warn & RP_EST_DROPPED & ~skip) {
        rp_buf_puts(b, RP_NL(lang, "Zonder registraties en daarom weggelaten: ",
                             "Left out for holding no one: "));
        list_names(b, e, r->dropped, lang);
        rp_buf_puts(b, ".\n");
    }
    if (r->warn & RP_EST_TERMGONE & ~skip)
        rp_buf_puts(b, RP_NL(lang, "Een interactie met een weggelaten lijst is vervallen.\n",
                             "An interaction with a list left out was dropped.\n"));
    if (r->warn & RP_EST_SPARSE & ~skip) {
        rp_buf_printf(b, RP_NL(lang, "Minder dan %d registraties op: ",
                               "Fewer than %d people on: "), RP_EST_SPARSE_N);
        list_names(b, e, r->sparse, lang);
        rp_buf_puts(b, RP_NL(lang, "; de schatting is daar gevoelig voor.\n",
                             "; the estimate is sensitive to them.\n"));
    }
    if (r->warn & RP_EST_EMPTY & ~skip)
        never_overlap(b, e, r, lang);
    if (r->warn & RP_EST_MODEL & ~skip)
        warn_model(b, r, lang);
    if (r->warn & RP_EST_BOOTFAIL & ~skip)
        rp_buf_printf(b, RP_NL(lang, "%d van %d bootstrapreplicaties waren niet te schatten%s.\n",
                               "%d of %d bootstrap replicates could not be fitted%s.\n"),
                      r->r.boot_failed, e->nboot,
                      r->bootstrap ? "" : RP_NL(lang, "; het interval is log-normaal",
                                                "; the interval is log-normal"));
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
        rp_buf_puts(b, RP_NL(lang, "niet gepubliceerd (", "not published ("));
        rp_word_hidden(b, r->publish, below);
        rp_buf_putc(b, ')');
        return;
    }
    if (r->reason != RP_EST_OK) {
        rp_buf_puts(b, rp_word_est_none(lang));
        return;
    }
    rp_fmt_num(b, r->r.estimate, 0, lang);
    rp_buf_printf(b, " (%g%%%s ", 100 * e->level, RP_NL(lang, "-BI", " CI"));
    rp_fmt_num(b, r->r.lo, 0, lang);
    rp_buf_puts(b, RP_NL(lang, " tot ", " to "));
    rp_fmt_num(b, r->r.hi, 0, lang);
    rp_buf_puts(b, ")");
}

const char *rp_word_est_label(rp_est_label l, rp_lang lang)
{
    switch (l) {
    case RP_ESTL_STRATUM: return RP_NL(lang, "stratum", "stratum");
    case RP_ESTL_OBSERVED: return RP_NL(lang, "geregistreerd", "observed");
    case RP_ESTL_ESTIMATE: return RP_NL(lang, "schatting", "estimate");
    case RP_ESTL_DARK: return RP_NL(lang, "niet geregistreerd", "dark");
    case RP_ESTL_TERMS: return RP_NL(lang, "interacties", "terms");
    case RP_ESTL_DEVIANCE: return RP_NL(lang, "deviantie", "deviance");
    case RP_ESTL_DF: return RP_NL(lang, "vg", "df");
    case RP_ESTL_WEIGHT: return RP_NL(lang, "gewicht", "weight");
    case RP_ESTL_RANGE: return RP_NL(lang, "spreiding", "range");
    case RP_ESTL_BEST: return RP_NL(lang, "beste model (BIC)", "best model (BIC)");
    case RP_ESTL_DROPPED: return RP_NL(lang, "weggelaten", "dropped");
    case RP_ESTL_MODEL: return RP_NL(lang, "model", "model");
    case RP_ESTL_MAIN: return RP_NL(lang, "alleen hoofdeffecten", "main effects only");
    case RP_ESTL_BEST_BIC: return RP_NL(lang, "kleinste BIC", "smallest BIC");
    case RP_ESTL_AVERAGE: return RP_NL(lang, "gemiddeld naar BIC", "averaged by BIC");
    case RP_ESTL_LOO: return RP_NL(lang, "één lijst weggelaten", "one list left out");
    case RP_ESTL_ALL_LISTS: return RP_NL(lang, "geen (alle lijsten)", "none (all lists)");
    case RP_ESTL_POOLED: return RP_NL(lang, "samen", "pooled");
    case RP_ESTL_NONE: return RP_NL(lang, "geen", "none");
    case RP_ESTL_MODELS: return RP_NL(lang, "modellen", "models");
    case RP_ESTL_LOWER: return RP_NL(lang, "ondergrens", "lower");
    case RP_ESTL_UPPER: return RP_NL(lang, "bovengrens", "upper");
    case RP_ESTL_NOTE: return RP_NL(lang, "toelichting", "note");
    case RP_ESTL_SENSITIVITY: return RP_NL(lang, "Gevoeligheid voor het model",
                                           "Sensitivity to the model");
    }
    return "";
}

void rp_word_est_ci_head(rp_buf *b, double level, rp_lang lang)
{
    rp_fmt_num(b, 100 * level, 100 * level == floor(100 * level) ? 0 : 1, lang);
    rp_buf_puts(b, RP_NL(lang, "% BI", "% CI"));
}

/* "little", "moderately", "strongly": by the ratio of the largest to the smallest estimate of
 * the models that exist (below 1.25, 1.5, above), the same cut as the model warning's 1.5. */
static const char *dependence(double ratio, rp_lang lang)
{
    return ratio < 1.25  ? RP_NL(lang, "weinig", "little")
           : ratio < 1.5 ? RP_NL(lang, "matig", "moderately")
                         : RP_NL(lang, "sterk", "strongly");
}

static const char *number_word(int k, rp_lang lang)
{
    static const char *const nl[] = {"nul", "één", "twee", "drie", "vier"};
    static const char *const en[] = {"no", "one", "two", "three", "four"};
    return k >= 0 && k <= 4 ? RP_NL(lang, nl[k], en[k]) : NULL;
}

void rp_word_est_sensitivity(rp_buf *b, const rp_estimate *e, const rp_estimate_row *row,
                             const rp_est_sensitivity *s, rp_lang lang)
{
    (void)row;
    const rp_mse_panel *p = s->panel;
    if (!p || !p->nexist)
        return;
    const char *k = number_word(p->max_terms, lang);
    rp_buf_printf(b, RP_NL(lang, "De schatting hangt %s af van het model: ",
                           "The figure depends %s on the model: "),
                  dependence(p->max / p->min, lang));
    if (p->nexist == 1)
        rp_buf_puts(b, RP_NL(lang, "één model heeft een schatting, ",
                             "one model has an estimate, "));
    else {
        rp_buf_printf(b, RP_NL(lang, "de %zu modellen met hoogstens ", "the %zu models with up "
                                                                      "to "), p->nexist);
        if (k)
            rp_buf_puts(b, k);
        else
            rp_buf_printf(b, "%d", p->max_terms);
        rp_buf_puts(b, p->max_terms == 1 ? RP_NL(lang, " interactie", " interaction")
                                         : RP_NL(lang, " interacties", " interactions"));
        rp_buf_puts(b, RP_NL(lang, " die een schatting hebben, geven ", " that have an estimate "
                                                                       "give "));
    }
    rp_fmt_num(b, p->min, 0, lang);
    if (p->nexist > 1) {
        rp_buf_puts(b, RP_NL(lang, " tot ", " to "));
        rp_fmt_num(b, p->max, 0, lang);
    }
    rp_buf_puts(b, RP_NL(lang, ", naar BIC gemiddeld ", ", averaged by BIC "));
    rp_fmt_num(b, p->estimate, 0, lang);
    rp_buf_printf(b, " (%g%%%s ", 100 * p->level, RP_NL(lang, "-BI", " CI")); /* as the figure */
    rp_fmt_num(b, p->lo, 0, lang);
    rp_buf_puts(b, RP_NL(lang, " tot ", " to "));
    rp_fmt_num(b, p->hi, 0, lang);
    rp_buf_putc(b, ')');
    if (s->loo_shown > 1) {
        rp_buf_puts(b, RP_NL(lang, "; zonder één van de lijsten loopt zij van ",
                             "; leaving out one list at a time, it runs from "));
        rp_fmt_num(b, s->loo_min, 0, lang);
        rp_buf_printf(b, RP_NL(lang, " (zonder %s) tot ", " (without %s) to "),
                      e->lists[s->loo_min_list]);
        rp_fmt_num(b, s->loo_max, 0, lang);
        rp_buf_printf(b, RP_NL(lang, " (zonder %s)", " (without %s)"), e->lists[s->loo_max_list]);
    }
    rp_buf_puts(b, ".");
}

void rp_word_est_sensitivity_note(rp_buf *b, const rp_estimate *e, const rp_estimate_row *row,
                                  int below, rp_lang lang)
{
    const rp_mse_panel *p = &row->panel;
    (void)e;
    rp_buf_printf(b, RP_NL(lang, "Modellen: log-lineair, alle hoofdeffecten en hoogstens %d "
                                 "interacties tussen twee lijsten (%zu modellen, %zu met een "
                                 "schatting). BIC met n = het aantal geregistreerden, zoals "
                                 "Rcapture. Gemiddeld: gewichten exp(-BIC/2), interval uit de "
                                 "onvoorwaardelijke variantie van Buckland, Burnham en Augustin "
                                 "(1997). Eén lijst weggelaten: alleen hoofdeffecten van de "
                                 "andere lijsten.",
                           "Models: log-linear, all main effects and at most %d two-list "
                           "interactions (%zu models, %zu with an estimate). BIC with n = the "
                           "number registered, as Rcapture. Averaged: weights exp(-BIC/2), "
                           "interval from the unconditional variance of Buckland, Burnham and "
                           "Augustin (1997). One list left out: main effects of the other "
                           "lists."),
                  p->max_terms, p->n, p->nexist);
    size_t hidden = 0;
    for (size_t i = 0; i < row->nloo; i++)
        hidden += row->loo[i].publish == RP_EST_SMALL || row->loo[i].publish == RP_EST_SECOND;
    if (hidden)
        rp_buf_printf(b, RP_NL(lang, " Zonder %zu van de lijsten niet gepubliceerd: het verschil "
                                     "zou een aantal onder %d prijsgeven.",
                               " Without %zu of the lists not published: the difference would "
                               "give a count below %d away."), hidden, below);
}

void rp_word_est_method(rp_buf *b, const rp_estimate *e, double threshold, rp_lang lang)
{
    rp_buf_printf(b, RP_NL(lang, "Niet elk slachtoffer komt in een registratie terecht. Met "
                                  "multiple systems estimation is geschat hoeveel slachtoffers er "
                                  "in totaal waren, ook wie op geen van de %d lijsten staat (",
                            "Not every victim is registered. Multiple systems estimation gives "
                            "the total number of victims, including those on none of the %d "
                            "lists ("), e->nlists);
    for (int i = 0; i < e->nlists; i++)
        rp_buf_printf(b, "%s%s", i == 0 ? "" : i == e->nlists - 1 ? RP_NL(lang, " en ", " and ")
                                                                    : ", ", e->lists[i]);
    rp_buf_puts(b, RP_NL(lang, "): een log-lineair Poissonmodel van de overlap tussen de lijsten, ",
                          "): a log-linear Poisson model of the overlap between the lists, "));
    rp_word_mse_model(b, e, threshold, lang);
    rp_buf_puts(b, RP_NL(lang, ", met de controles op bestaan en identificeerbaarheid van Chan, "
                                "Silverman en Vincent (2021). ",
                          ", with the existence and identifiability checks of Chan, Silverman "
                          "and Vincent (2021). "));
    if (e->nboot)
        rp_buf_printf(b, RP_NL(lang, "Het interval is een BCa-bootstrapinterval uit %d "
                                      "replicaties, het model telkens opnieuw gekozen.",
                                "The interval is a BCa bootstrap interval from %d replicates, the "
                                "model chosen anew in each."), e->nboot);
    else
        rp_buf_puts(b, RP_NL(lang, "Het interval is log-normaal, uit de variantie van het "
                                    "intercept.", "The interval is log-normal, from the variance "
                                                  "of the intercept."));
}

void rp_word_est_headline(rp_buf *b, const rp_estimate *e, const rp_estimate_row *r,
                          int below, rp_lang lang)
{
    if (e->nrows > 1)
        rp_buf_printf(b, RP_NL(lang, "In %s: geschat ", "In %s: an estimated "), r->stratum);
    else
        rp_buf_puts(b, RP_NL(lang, "Geschat ", "An estimated "));
    rp_word_est_figure(b, e, r, below, lang);
    rp_buf_puts(b, RP_NL(lang, " slachtoffers, van wie ", " victims, of whom "));
    rp_fmt_num(b, r->r.observed, 0, lang);
    rp_buf_printf(b, RP_NL(lang, " op ten minste een van de %d lijsten staan: ongeveer ",
                           " are on at least one of the %d lists: about "), e->nlists);
    rp_fmt_num(b, r->r.estimate / r->r.observed, 1, lang);
    rp_buf_puts(b, RP_NL(lang, " keer zoveel. Wie op meer lijsten staat, telt hier een keer; "
                               "de lijsten zijn niet dezelfde registratie als die van de "
                               "indicatoren, zodat hun aantal daarvan kan verschillen.",
                         " times as many. Who is on several lists counts once here; the "
                         "lists are not the registration the indicators count, so their "
                         "number may differ from it."));
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
                      all ? RP_NL(lang, "Samen", "Pooled") : r->stratum, rp_buf_str(&w));
    }
    rp_buf_clear(&w);
    rp_word_est_model_all(&w, e, lang);
    if (rp_buf_str(&w)[0])
        rp_buf_printf(b, "%s%s", rp_buf_str(b)[0] ? "\n" : "", rp_buf_str(&w));
    rp_buf_free(&w);
}
