/* Every phrase of every output, command and message, Dutch and English side by side: the one
 * table a reviewer or translator reads. A phrase is used as RP_PH(lang, RP_PH_NAME); its two
 * texts stay string literals, so a phrase that is a printf format is checked against its
 * arguments in both languages.
 *
 * Messages about input are written in English where they are found (datasets/, which cannot
 * call words/), and their Dutch is in the RP_MSG section at the end: the English is the key
 * (words/word_diag.c). tests/check_base.c checks that every entry has both texts, that no
 * phrase is written twice, and that both texts of a format take the same arguments. */
#ifndef RP_PHRASES_H
#define RP_PHRASES_H

#include "base/lang.h"

#define RP_PH(lang, id) RP_PH_PICK(lang, id)
#define RP_PH_PICK(lang, ...) RP_PH_NL_EN(lang, __VA_ARGS__)
#define RP_PH_NL_EN(lang, nl, en) ((lang) == RP_LANG_NL ? (nl) : (en))

/* ---- the documents and the commands: RP_PH_NAME "Dutch", "English" ---- */

/* an interval (words/wording.c, rp_word_interval): "95%-BI 997 tot 1.126" */
#define RP_PH_CI_AFTER_LEVEL "-BI ", " CI "
#define RP_PH_RANGE "%s tot %s", "%s to %s"

/* rapporteur ci */
#define RP_PH_CI_PROPORTION "%s van %s = %s", "%s of %s = %s"
#define RP_PH_CI_RATE "%s op %s = %s per %s", "%s in %s = %s per %s"
#define RP_PH_CI_COUNT "Aantal %s", "Count %s"
#define RP_PH_CI_MEAN "Gemiddelde %s", "Mean %s"
#define RP_PH_CI_WILSON "Wilson-scoreinterval", "Wilson score interval"
#define RP_PH_CI_CLOPPER_PEARSON "exact interval van Clopper-Pearson",                        \
    "Clopper-Pearson exact interval"
#define RP_PH_CI_EXACT "exact Poissoninterval", "exact Poisson interval"
#define RP_PH_CI_BYAR "benadering van Byar", "Byar's approximation"
#define RP_PH_CI_T "t-interval", "t interval"
#define RP_PH_CI_MEANING                                                                     \
    "Het interval geeft alleen de onzekerheid door toeval weer; een verschil dat kleiner is "  \
    "dan de breedte ervan, is niet als werkelijk verschil te rapporteren.\n",                 \
    "The interval shows the uncertainty from chance alone; a difference smaller than its "    \
    "width should not be reported as real.\n"

/* rapporteur trend */
#define RP_PH_TREND_HEAD_POISSON "Poissontrend van %s naar %s: %zu punten, %s tot en met %s.\n", \
    "Poisson trend of %s over %s: %zu points, %s to %s.\n"
#define RP_PH_TREND_HEAD_POISSON_RATE                                                        \
    "Poissontrend van %s als cijfer, naar %s: %zu punten, %s tot en met %s.\n",               \
    "Poisson trend of the rate of %s over %s: %zu points, %s to %s.\n"
#define RP_PH_TREND_HEAD_LINEAR "Lineaire trend van %s naar %s: %zu punten, %s tot en met %s.\n", \
    "Linear trend of %s over %s: %zu points, %s to %s.\n"
#define RP_PH_TREND_HEAD_MK "Mann-Kendalltoets op %s naar %s: %zu punten, %s tot en met %s.\n", \
    "Mann-Kendall test of %s over %s: %zu points, %s to %s.\n"
#define RP_PH_TREND_HEAD_JOINPOINT                                                           \
    "Joinpointtrend van %s naar %s: %zu punten, %s tot en met %s.\n",                         \
    "Joinpoint trend of %s over %s: %zu points, %s to %s.\n"
#define RP_PH_TREND_CONSTANT                                                                 \
    "Alle waarden van %s zijn %s: de reeks is constant, er is geen trend.\n",                 \
    "Every %s is %s: the series is constant, there is no trend.\n"
#define RP_PH_TREND_A_YEAR "per jaar", "a year"
#define RP_PH_TREND_PER_X "per eenheid van x", "per unit of x"
#define RP_PH_TREND_CHANGE "Verandering: ", "Change: "
#define RP_PH_TREND_LOGLINEAR_SLOPE "), log-lineaire helling ", "), log-linear slope "
#define RP_PH_TREND_DISPERSION "Spreidingsfactor ", "Dispersion "
#define RP_PH_TREND_OVERDISPERSED                                                            \
    ": de waarden variëren meer dan Poissonaantallen zouden doen; het interval houdt daar "   \
    "rekening mee (quasi-Poisson).\n",                                                        \
    ": the values vary more than Poisson counts would; the interval allows for it "           \
    "(quasi-Poisson).\n"
#define RP_PH_TREND_POISSON_LIKE ": dicht bij Poissonvariatie.\n", ": close to Poisson variation.\n"
#define RP_PH_TREND_SIGNIFICANT "Statistisch significant op het ", "Statistically significant at the "
#define RP_PH_TREND_NOT_SIGNIFICANT "Niet statistisch significant op het ",                    \
    "Not statistically significant at the "
#define RP_PH_TREND_LEVEL "-niveau (", " level ("
#define RP_PH_TREND_SLOPE "Helling: ", "Slope: "
#define RP_PH_TREND_R2 ", R-kwadraat ", ", R-squared "
#define RP_PH_TREND_MK_TIES "S = %.0f, tau = %s: alle waarden zijn gelijk, dus er is geen p-waarde.\n", \
    "S = %.0f, tau = %s: every value is the same, so there is no p-value.\n"
#define RP_PH_TREND_MK "S = %.0f, tau = %s, z = %s; p uit de %s.\n",                           \
    "S = %.0f, tau = %s, z = %s; p from the %s.\n"
#define RP_PH_TREND_MK_EXACT "exacte verdeling van S (n <= 10, geen gelijke waarden)",        \
    "exact distribution of S (n <= 10, no ties)"
#define RP_PH_TREND_MK_NORMAL "normale benadering met continuïteitscorrectie",               \
    "normal approximation with continuity correction"
#define RP_PH_TREND_SEN "Helling van Sen: ", "Sen's slope: "
#define RP_PH_TREND_JOINPOINTS_ONE "%d knikpunt, met BIC gekozen uit 0 tot en met %d.\n",     \
    "%d joinpoint, chosen by BIC from 0 to %d.\n"
#define RP_PH_TREND_JOINPOINTS "%d knikpunten, met BIC gekozen uit 0 tot en met %d.\n",       \
    "%d joinpoints, chosen by BIC from 0 to %d.\n"
#define RP_PH_TREND_AAPC "Gemiddelde jaarlijkse procentuele verandering %s-%s: ",              \
    "Average annual percentage change %s-%s: "
#define RP_PH_TREND_LEFT_OUT "Weggelaten wegens een lege cel: regel %s.\n",                    \
    "Left out for an empty cell: line %s.\n"
#define RP_PH_TREND_MISSING "Ontbreekt in de reeks (geschat op wat er is): %s.\n",            \
    "Missing from the series (fitted on what is there): %s.\n"

/* rapporteur init */
#define RP_PH_INIT_WROTE                                                                     \
    "Het voorbeeldproject van de monitor staat in %s (%zu bestanden; illustratieve gegevens, " \
    "geen officiële statistiek).\nVolgende stap: rapporteur validate %s\n",                  \
    "Wrote the example monitor project to %s (%zu files; illustrative data, not official "    \
    "statistics).\nNext: rapporteur validate %s\n"
#define RP_PH_INIT_KEY                                                                       \
    "%s/%s geschreven: bewaar de sleutel bij het project en publiceer hem nooit.\n",          \
    "Wrote %s/%s: keep it with the project, never publish it.\n"

/* rapporteur report, baseline, charts */
#define RP_PH_REPORT_WROTE                                                                   \
    "Geschreven in %s: %s, manifest.sha256, tables/ en charts/.\n",                          \
    "Wrote %s: %s, manifest.sha256, tables/ and charts/.\n"
#define RP_PH_REPORT_COMPARED "Vergeleken met de editie %s: %zu van de %zu cijfers veranderd.\n", \
    "Compared with the edition %s: %zu of %zu figures changed.\n"
#define RP_PH_REPORT_NULMETING                                                               \
    "De nulmeting zoals gepubliceerd (%s): %zu van de %zu waarden wijken af van de gegevens "  \
    "van nu.\n",                                                                              \
    "The nulmeting as published (%s): %zu of %zu values differ from today's data.\n"
#define RP_PH_REPORT_RECORDED "Editie %s vastgelegd.\n", "Recorded the edition %s.\n"
#define RP_PH_CHARTS_DREW_ONE                                                                \
    "%zu grafiek getekend in %s (afbeeldingen, gegevens, gnuplot-scripts, alt-teksten).\n",   \
    "Drew %zu chart into %s (images, data, gnuplot scripts, alt texts).\n"
#define RP_PH_CHARTS_DREW                                                                    \
    "%zu grafieken getekend in %s (afbeeldingen, gegevens, gnuplot-scripts, alt-teksten).\n", \
    "Drew %zu charts into %s (images, data, gnuplot scripts, alt texts).\n"

#endif

/* ---- messages about input: RP_MSG("English, as written at the call", "Dutch") ---- */
#ifdef RP_MSG
/* base/diag: the collector's own words */
RP_MSG("warning", "waarschuwing")
#endif
