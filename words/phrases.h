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

/* the heads of the commands' tables */
#define RP_PH_INTERVAL "interval", "interval"
#define RP_PH_COUNT "aantal", "count"

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

/* rapporteur recidivism */
#define RP_PH_RECID_TITLE                                                                    \
    "Recidive in %s. Kaplan-Meier-prevalentie van een nieuw delict, met "                     \
    "%s-betrouwbaarheidsintervallen (log-log).\n\n",                                          \
    "Recidivism in %s. Kaplan-Meier prevalence of a new offence with %s log-log intervals.\n\n"
#define RP_PH_RECID_TITLE_BY                                                                 \
    "Recidive in %s, naar %s. Kaplan-Meier-prevalentie van een nieuw delict, met "            \
    "%s-betrouwbaarheidsintervallen (log-log).\n\n",                                          \
    "Recidivism in %s, by %s. Kaplan-Meier prevalence of a new offence with %s log-log "      \
    "intervals.\n\n"
#define RP_PH_RECID_GROUP "groep", "group"
#define RP_PH_RECID_YEARS "jaren", "years"
#define RP_PH_RECID_EVENTS "recidivisten", "events"
#define RP_PH_RECID_AT_RISK "nog gevolgd", "at risk"
#define RP_PH_RECID_PREVALENCE "prevalentie", "prevalence"
#define RP_PH_RECID_NOT_ESTIMABLE "niet te schatten", "not estimable"
#define RP_PH_RECID_LOGRANK "\nLogranktoets tussen de groepen: chi-kwadraat ",                 \
    "\nLog-rank test across the groups: chi-square "
#define RP_PH_RECID_DF " bij %g vrijheidsgraden, ", " on %g df, "
#define RP_PH_RECID_DIFFERENT " (een significant verschil op het ",                            \
    " (a significant difference at the "
#define RP_PH_RECID_NOT_DIFFERENT " (geen significant verschil op het ",                       \
    " (no significant difference at the "
#define RP_PH_RECID_LEVEL "-niveau).\n", " level).\n"
#define RP_PH_RECID_TEST_WITHHELD                                                            \
    "\nDe logranktoets wordt niet getoond: die telt over alle groepen, ook over een "          \
    "verborgen groep.\n",                                                                     \
    "\nThe log-rank test is withheld: it sums over every group, a hidden one too.\n"
#define RP_PH_RECID_LEGEND                                                                   \
    "\nniet te schatten: na de laatste follow-up van de groep (er wordt nooit "                \
    "geëxtrapoleerd); ",                                                                       \
    "\nnot estimable: beyond the group's last follow-up (never extrapolated); "

/* rapporteur validate: what was loaded; a count of one takes the _ONE phrase */
#define RP_PH_VAL_NO_TITLE "(geen titel)", "(no title)"
#define RP_PH_VAL_DATASETS_ONE "%s dataset", "%s dataset"
#define RP_PH_VAL_DATASETS "%s datasets", "%s datasets"
#define RP_PH_VAL_INDICATORS_ONE "%s indicator", "%s indicator"
#define RP_PH_VAL_INDICATORS "%s indicatoren", "%s indicators"
#define RP_PH_VAL_TARGETS_ONE "%s doel", "%s target"
#define RP_PH_VAL_TARGETS "%s doelen", "%s targets"
#define RP_PH_VAL_ESTIMATES_ONE "%s schatting", "%s estimate"
#define RP_PH_VAL_ESTIMATES "%s schattingen", "%s estimates"
#define RP_PH_VAL_REGIONS_ONE "%s regio", "%s region"
#define RP_PH_VAL_REGIONS "%s regio's", "%s regions"
#define RP_PH_VAL_WITH_POPULATION " (%zu met bevolking), %d-%d\n", " (%zu with population), %d-%d\n"
#define RP_PH_VAL_RECID "%s: recidive, ", "%s: recidivism, "
#define RP_PH_VAL_RECID_AGG "%s: gepubliceerde recidive, ", "%s: published recidivism, "
#define RP_PH_VAL_PEOPLE_ONE "%s persoon", "%s person"
#define RP_PH_VAL_PEOPLE "%s personen", "%s people"
#define RP_PH_VAL_FIGURES_ONE "%s cijfer", "%s figure"
#define RP_PH_VAL_FIGURES "%s cijfers", "%s figures"
#define RP_PH_VAL_COHORTS ", cohorten %d-%d\n", ", cohorts %d-%d\n"
#define RP_PH_VAL_NOT_READ "%s: niet gelezen (de problemen staan hierboven)\n",                \
    "%s: not read (its problems are listed above)\n"
#define RP_PH_VAL_NOT_READ_TO_END "%s: niet tot het einde gelezen (de problemen staan hierboven)\n", \
    "%s: not read to its end (its problems are listed above)\n"
#define RP_PH_VAL_RECORDS "records", "records"
#define RP_PH_VAL_COUNTS "aantallen", "counts"
#define RP_PH_VAL_ROWS_ONE "%s rij", "%s row"
#define RP_PH_VAL_ROWS "%s rijen", "%s rows"
#define RP_PH_VAL_TOTAL ", totaal ", ", total "
#define RP_PH_VAL_EMPTY_COUNTS_ONE "%s leeg aantal: ontbreekt", "%s empty count: missing"
#define RP_PH_VAL_EMPTY_COUNTS "%s lege aantallen: ontbreken", "%s empty counts: missing"
#define RP_PH_VAL_YEARS_ONE "%s jaar", "%s year"
#define RP_PH_VAL_YEARS "%s jaren", "%s years"
#define RP_PH_VAL_CAPTURES "%s: overlap tussen lijsten voor [estimate %s], %d lijsten, ",        \
    "%s: capture histories for [estimate %s], %d lists, "
#define RP_PH_VAL_STRATA ", %zu strata naar %s (%s-%s)", ", %zu strata by %s (%s-%s)"
#define RP_PH_VAL_PROBLEMS_ONE "%s probleem gevonden.\n", "%s problem found.\n"
#define RP_PH_VAL_PROBLEMS "%s problemen gevonden.\n", "%s problems found.\n"
#define RP_PH_VAL_NO_PROBLEMS "Geen problemen gevonden.\n", "No problems found.\n"

/* rapporteur regions */
#define RP_PH_REGIONS_HEAD "%s, %d. Landelijk %s per %s inwoners.\n",                          \
    "%s, %d. National rate %s per %s inhabitants.\n"
#define RP_PH_REGIONS_REGION "regio", "region"
#define RP_PH_REGIONS_RATE "cijfer", "rate"
#define RP_PH_REGIONS_FUNNEL "trechter 99,8%", "funnel 99.8%"
#define RP_PH_REGIONS_SIGNAL "signaal", "signal"
#define RP_PH_REGIONS_CHANGE "verandering", "change"
#define RP_PH_REGIONS_HIGH "hoog", "high"
#define RP_PH_REGIONS_LOW "laag", "low"
#define RP_PH_REGIONS_WITHIN "binnen", "within"
#define RP_PH_REGIONS_OUTSIDE_95 " (buiten 95%)", " (outside 95%)"
#define RP_PH_REGIONS_LEGEND                                                                 \
    "\nverandering: verhouding van de cijfers tegen %d. signaal: buiten de trechtergrenzen "   \
    "van 99,8%%. %s.\n",                                                                      \
    "\nchange: rate ratio against %d. signal: outside the 99.8%% funnel limits. %s.\n"
#define RP_PH_REGIONS_TEST_WITHHELD                                                          \
    "\nHeterogeniteit en concentratie: niet getoond, omdat ze met de totalen een "             \
    "achtergehouden aantal zouden teruggeven.\n",                                             \
    "\nHeterogeneity and concentration: not shown, since with the totals they would give a "  \
    "withheld count back.\n"
#define RP_PH_REGIONS_LEFT_OUT "Weggelaten: %s (geen eigen bevolking), aantal %s.\n",           \
    "Left out: %s (no population of its own), count %s.\n"

/* rapporteur estimate */
#define RP_PH_EST_HEAD_FILE "Geschat aantal slachtoffers in %s, %s; %d lijsten.\n",            \
    "Estimated number of victims in %s, %s; %d lists.\n"
#define RP_PH_EST_HEAD "%s: %s; %d lijsten.\n", "%s: %s; %d lists.\n"
#define RP_PH_EST_INTERVAL_AVERAGE                                                           \
    "Interval: onvoorwaardelijke variantie van Buckland, Burnham en Augustin (1997), met de "  \
    "onzekerheid over het model; log-normaal.\n",                                             \
    "Interval: the unconditional variance of Buckland, Burnham and Augustin (1997), carrying " \
    "the uncertainty of the model; log-normal.\n"
#define RP_PH_EST_INTERVAL_BCA                                                               \
    "Interval: BCa-bootstrap met %d replicaties (seed %lu), het model telkens opnieuw "        \
    "gekozen.\n",                                                                             \
    "Interval: BCa bootstrap of %d replicates (seed %lu), the model chosen anew in each.\n"
#define RP_PH_EST_INTERVAL_LOGNORMAL                                                         \
    "Interval: log-normaal uit de variantie van het intercept.\n",                            \
    "Interval: log-normal from the variance of the intercept.\n"

/* rapporteur targets */
#define RP_PH_TARGETS_HEAD_ONE "%s: %zu doel, beoordeeld met de gegevens tot en met %d.\n\n",   \
    "%s: %zu target, assessed with the data up to %d.\n\n"
#define RP_PH_TARGETS_HEAD "%s: %zu doelen, beoordeeld met de gegevens tot en met %d.\n\n",     \
    "%s: %zu targets, assessed with the data up to %d.\n\n"
#define RP_PH_TARGETS_NO_DATA "  indicator %s heeft geen gegevens: niet te beoordelen.\n\n",   \
    "  indicator %s has no data: not assessable.\n\n"

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
