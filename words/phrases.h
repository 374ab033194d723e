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
#define RP_PH_RECID_THE_GROUPS "de groepen", "the groups"
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
#define RP_PH_VAL_TEXTS_ONE "%s tekst", "%s text"
#define RP_PH_VAL_TEXTS "%s teksten", "%s texts"
#define RP_PH_VAL_CITATIONS_ONE "%s verwijzing", "%s citation"
#define RP_PH_VAL_CITATIONS "%s verwijzingen", "%s citations"
#define RP_PH_VAL_TEXTS_UNUSED "; niet gebruikt in deze taal: ", "; not used in this language: "
#define RP_PH_VAL_YEARS_ONE "%s jaar", "%s year"
#define RP_PH_VAL_YEARS "%s jaren", "%s years"
#define RP_PH_VAL_CAPTURES "%s: overlap tussen lijsten voor [estimate %s], %d lijsten, ",        \
    "%s: capture histories for [estimate %s], %d lists, "
#define RP_PH_VAL_STRATA ", %zu strata naar %s (%s-%s)", ", %zu strata by %s (%s-%s)"
#define RP_PH_VAL_PROBLEMS_ONE "%s probleem gevonden.\n", "%s problem found.\n"
#define RP_PH_VAL_PROBLEMS "%s problemen gevonden.\n", "%s problems found.\n"
#define RP_PH_VAL_NO_PROBLEMS "Geen problemen gevonden.\n", "No problems found.\n"

/* rapporteur regions */
#define RP_PH_REGIONS_LEGEND_NO_FUNNEL                                                       \
    "\nverandering: verhouding van de cijfers tegen %d. %s.\n",                                \
    "\nchange: rate ratio against %d. %s.\n"
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
#define RP_PH_REPORT_TEXT_OTHER_YEAR                                                         \
    "%s/text is de tekst van de monitor van %d; deze van %d wordt zonder geschreven.\n",      \
    "%s/text is the text of the monitor of %d; this one of %d is written without it.\n"
#define RP_PH_REPORT_RECORDED "Editie %s vastgelegd.\n", "Recorded the edition %s.\n"
#define RP_PH_CHARTS_DREW_ONE                                                                \
    "%zu grafiek getekend in %s (afbeeldingen, gegevens, gnuplot-scripts, alt-teksten).\n",   \
    "Drew %zu chart into %s (images, data, gnuplot scripts, alt texts).\n"
#define RP_PH_CHARTS_DREW                                                                    \
    "%zu grafieken getekend in %s (afbeeldingen, gegevens, gnuplot-scripts, alt-teksten).\n", \
    "Drew %zu charts into %s (images, data, gnuplot scripts, alt texts).\n"

/* the rapporteur's own text (words/word_text.c) */
#define RP_PH_TEXT_INTRODUCTION "Inleiding", "Introduction"
#define RP_PH_TEXT_RECOMMENDATIONS "Aanbevelingen", "Recommendations"
#define RP_PH_TEXT_COLOPHON "Colofon", "Colophon"
#define RP_PH_TEXT_COMMENTARY "Duiding", "Commentary"
#define RP_PH_ABOUT \
    ", ongeveer ", \
    ", about "
#define RP_PH_ABOUT_2 \
    "ongeveer ", \
    "about "
#define RP_PH_ABOUT_AS_LIKELY_AS_NOT \
    "ongeveer even waarschijnlijk als niet", \
    "about as likely as not"
#define RP_PH_ABOUT_THIS_BASELINE \
    "Over deze nulmeting", \
    "About this baseline"
#define RP_PH_ABOVE_AND_BELOW_THE_99_8_LIMITS \
    ". %d %s boven en %d onder de grenzen van 99,8%%.", \
    ". %d %s above and %d below the 99.8%% limits."
#define RP_PH_ACCOUNTABLE \
    "verantwoordelijk: %s", \
    "accountable: %s"
#define RP_PH_ACCOUNTABLE_2 \
    "Verantwoordelijk: %s.", \
    "Accountable: %s."
#define RP_PH_ADDITIVE_RANDOM_EFFECT \
    "additief random effect; ", \
    "additive random effect; "
#define RP_PH_AGAINST \
    " tegen ", \
    " against "
#define RP_PH_AGAINST_CI \
    " ten opzichte van %d (%g%%-BI ", \
    " against %d (%g%% CI "
#define RP_PH_ALSO_NOT_FROM_N_THE_OTHER_GROUPING \
    "; ook uit n, de andere indeling of andere jaren niet.", \
    "; also not from n, the other grouping or other years."
#define RP_PH_AND \
    " en ", \
    " and "
#define RP_PH_AND_2 \
    "en", \
    "and"
#define RP_PH_AND_IS_NOT_IDENTIFIABLE \
    " en is niet identificeerbaar", \
    " and is not identifiable"
#define RP_PH_AND_MORE_TARGETS_SEE_THE_REPORT \
    "En nog %zu doelen: zie het rapport.", \
    "And %zu more targets: see the report."
#define RP_PH_AND_MORE_TARGET_SEE_THE_REPORT \
    "En nog %zu doel: zie het rapport.", \
    "And %zu more target: see the report."
#define RP_PH_AND_WHAT_WAS_REVISED_SINCE \
    ", en wat herzien is sinds ", \
    ", and what was revised since "
#define RP_PH_AN_AD_HOC_TABLE_EVERY_COUNT_IS \
    "Een ad-hoctabel: elk aantal is met zijn celsleutel met ten hoogste %d veranderd, steeds op " \
    "dezelfde manier, zodat geen twee tabellen samen een aantal teruggeven. Dit zijn niet de " \
    "gepubliceerde cijfers.\n", \
    "An ad-hoc table: every count is changed by at most %d by its cell key, the same way each " \
    "time, so that no two tables together give a count back. These are not the published " \
    "figures.\n"
#define RP_PH_AN_ESTIMATED \
    "Geschat ", \
    "An estimated "
#define RP_PH_AN_INTERACTION_WITH_A_LIST_LEFT_OUT \
    "Een interactie met een weggelaten lijst is vervallen.\n", \
    "An interaction with a list left out was dropped.\n"
#define RP_PH_ARE_ON_AT_LEAST_ONE_OF_THE_LISTS \
    " op ten minste één van de %d lijsten staan: ongeveer ", \
    " are on at least one of the %d lists: about "
#define RP_PH_AS_PUBLISHED \
    " (zoals gepubliceerd)", \
    " (as published)"
#define RP_PH_AS_PUBLISHED_2 \
    "Zoals gepubliceerd (", \
    "As published ("
#define RP_PH_AT_THE_SAME_ANNUAL_CHANGE_IN \
    " Met dezelfde jaarlijkse verandering in %d: ", \
    " At the same annual change, in %d: "
#define RP_PH_AVERAGED_BY_BIC \
    "gemiddeld naar BIC", \
    "averaged by BIC"
#define RP_PH_AVERAGED_BY_BIC_2 \
    ", naar BIC gemiddeld ", \
    ", averaged by BIC "
#define RP_PH_AVERAGED_BY_BIC_OVER \
    "gemiddeld naar BIC over ", \
    "averaged by BIC over "
#define RP_PH_A_BASELINE_OF_ZERO_HAS_NO_GROWTH \
    "een basiswaarde van 0 heeft geen groeivoet", \
    "a baseline of zero has no growth rate"
#define RP_PH_A_FIGURE_THAT_IS_NOT_PUBLISHED_NOW \
    "Een cijfer dat nu niet gepubliceerd wordt (%s), staat hier zonder zijn eerdere waarde: " \
    "naast de cijfers van nu zou die het alsnog kunnen prijsgeven. In de tabellen van %s staat r " \
    "bij een herzien cijfer en ** bij een herzien cijfer dat nog voorlopig is (nader voorlopig, " \
    "zoals het CBS het noemt); de grafieken tonen ze met een open symbool. De lijst staat ook in " \
    "tables/revisions.csv.", \
    "A figure that is not published now (%s) is listed without its earlier value: beside today's " \
    "figures that value could give it away. In the tables of %s r marks a revised figure and ** " \
    "a revised figure that is still provisional (revised provisional, as Statistics Netherlands " \
    "calls it); the charts draw them with an open symbol. The list is also in " \
    "tables/revisions.csv."
#define RP_PH_A_LOG_LINEAR_POISSON_MODEL_OF_THE \
    "): een log-lineair Poissonmodel van de overlap tussen de lijsten, ", \
    "): a log-linear Poisson model of the overlap between the lists, "
#define RP_PH_A_MISSING_VALUE_AMONG_THE_LATEST_5 \
    "een ontbrekende waarde in de laatste 5 jaren", \
    "a missing value among the latest 5 points"
#define RP_PH_A_POINT_WITHOUT_AN_INTERVAL \
    "een waarde zonder betrouwbaarheidsinterval", \
    "a point without an interval"
#define RP_PH_A_SERIES_BREAK_AFTER_THE_BASELINE \
    "een trendbreuk na het basisjaar", \
    "a series break after the baseline year"
#define RP_PH_A_SERIES_BREAK_AMONG_THE_LATEST_5 \
    "een trendbreuk in de laatste 5 jaren", \
    "a series break among the latest 5 points"
#define RP_PH_A_SIGNIFICANT_FALL \
    ", een significante daling", \
    ", a significant fall"
#define RP_PH_A_SIGNIFICANT_RISE \
    ", een significante stijging", \
    ", a significant rise"
#define RP_PH_A_VALUE_AMONG_THEM_IS_NOT_PUBLISHED \
    "een van de waarden is niet gepubliceerd", \
    "a value among them is not published"
#define RP_PH_A_YEAR \
    " per jaar", \
    " a year"
#define RP_PH_BAND \
    "Band", \
    "Band"
#define RP_PH_BAND_CONFIDENCE_INTERVAL \
    "Band: %g%%-betrouwbaarheidsinterval%s.", \
    "Band: %g%% confidence interval%s."
#define RP_PH_BAND_OR_ERROR_BAR \
    "Band of foutbalk (los jaar)", \
    "Band or error bar (single year)"
#define RP_PH_BAND_SINGLE_YEAR_ERROR_BAR \
    "Band (los jaar: foutbalk): %g%%-betrouwbaarheidsinterval%s.", \
    "Band (single year: error bar): %g%% confidence interval%s."
#define RP_PH_BAR_REGISTERED_POINT_WITH_WHISKERS \
    "Balk: geregistreerd. Punt met streepjes: geschat totaal met %g%%-betrouwbaarheidsinterval " \
    "(%s).", \
    "Bar: registered. Point with whiskers: estimated total with %g%% confidence interval (%s)."
#define RP_PH_BASELINE \
    " (nulmeting", \
    " (baseline"
#define RP_PH_BASELINE_2 \
    "Basisjaar %d: ", \
    "Baseline %d: "
#define RP_PH_BASELINE_3 \
    "Nulmeting %d", \
    "Baseline %d"
#define RP_PH_BASELINE_4 \
    ". Nulmeting %d: ", \
    ". Baseline %d: "
#define RP_PH_BASELINE_5 \
    "Nulmeting: %s", \
    "Baseline: %s"
#define RP_PH_BASELINE_6 \
    "basiswaarde", \
    "baseline"
#define RP_PH_BASELINE_7 \
    "nulmeting", \
    "baseline"
#define RP_PH_BASELINE_AND_TARGET \
    "Nulmeting en doel", \
    "Baseline and target"
#define RP_PH_BASELINE_PER_TARGET \
    "Nulmeting per doel", \
    "Baseline per target"
#define RP_PH_BASELINE_YEAR \
    "basisjaar", \
    "baseline year"
#define RP_PH_BASELINE_ZERO_MEASUREMENT \
    "Nulmeting", \
    "Baseline (zero measurement)"
#define RP_PH_BELOW_THE_THRESHOLD_OF_THIS_TABLE_IS \
    ", onder de drempel van %d: deze tabel is niet voor publicatie.\n", \
    ", below the threshold of %d: this table is not for publication.\n"
#define RP_PH_BEST_MODEL_BIC \
    "beste model (BIC)", \
    "best model (BIC)"
#define RP_PH_BREAK_IN_SERIES \
    "trendbreuk", \
    "break in series"
#define RP_PH_BRIEFING_ON_THE_MONITOR \
    "Briefing bij de monitor van %d", \
    "Briefing on the %d monitor"
#define RP_PH_BY \
    ", naar %s", \
    ", by %s"
#define RP_PH_BY_2 \
    "%s naar %s, %d", \
    "%s by %s, %d"
#define RP_PH_BY_3 \
    "Naar %s", \
    "By %s"
#define RP_PH_BY_CATEGORY \
    "%s, per categorie: ", \
    "%s, by category: "
#define RP_PH_BY_COHORT \
    "Naar cohort", \
    "By cohort"
#define RP_PH_BY_COHORT_WHERE_THE_NUMBER_OF \
    ", per cohort; waar ook het aantal veroordeelden is gepubliceerd, met het Wilson-interval " \
    "daarvan. Een cohort telt pas mee voor een termijn die binnen de monitor valt.", \
    ", by cohort; where the number of offenders is published too, with its Wilson interval. A " \
    "cohort counts for a follow-up only once it ends within the monitor's years."
#define RP_PH_BY_PER_YEAR \
    "%s naar %s per jaar", \
    "%s by %s per year"
#define RP_PH_BY_REGION \
    ", per regio", \
    ", by region"
#define RP_PH_BY_REGION_2 \
    "%s naar regio, %d", \
    "%s by region, %d"
#define RP_PH_BY_YEAR_IN \
    "%s per jaar: %s in %d", \
    "%s by year: %s in %d"
#define RP_PH_CANNOT_BE_ESTIMATED \
    "niet te schatten", \
    "cannot be estimated"
#define RP_PH_CATEGORY \
    "oordeel", \
    "category"
#define RP_PH_CELL_OF_SHEET_WAS_CUT_FROM \
    "Cel %s van blad %s is ingekort van ", \
    "Cell %s of sheet %s was cut from "
#define RP_PH_CHANCE \
    "kans ", \
    "chance "
#define RP_PH_CHANCE_2 \
    "kans", \
    "chance"
#define RP_PH_CHANCE_OF_MEETING_THE_TARGET \
    "); kans dat het doel wordt gehaald ", \
    "); chance of meeting the target "
#define RP_PH_CHANGED \
    "%zu %s gewijzigd", \
    "%zu %s changed"
#define RP_PH_CHARACTERS_EXCELS_LIMIT_THE_CSV_FILE \
    " tekens (de grens van Excel); het CSV-bestand heeft de hele tekst.", \
    " characters (Excel's limit); the CSV file holds the whole text."
#define RP_PH_CHI_SQUARE_TEST_OF_THE_REGIONAL \
    "Chi-kwadraattoets van de regionale aantallen tegen de op bevolking verwachte: ", \
    "Chi-square test of the regional counts against population-expected counts: "
#define RP_PH_CHOOSE_OTHER_INTERACTIONS \
    " Kies andere interacties.", \
    " Choose other interactions."
#define RP_PH_CI \
    "-BI", \
    " CI"
#define RP_PH_CI_2 \
    " (BI ", \
    " (CI "
#define RP_PH_CI_3 \
    "%g%%-BI", \
    "%g%% CI"
#define RP_PH_CONFIDENCE_INTERVAL \
    "Betrouwbaarheidsinterval", \
    "Confidence interval"
#define RP_PH_CONFIDENCE_INTERVAL_EACH_INDICATOR \
    "%s: %g%%-betrouwbaarheidsinterval. Elke indicator op zijn eigen schaal.", \
    "%s: %g%% confidence interval. Each indicator on its own scale."
#define RP_PH_CONFIDENCE_LEVEL_DISCLOSURE \
    "Betrouwbaarheid: %g%%. Drempel voor onthulling: %d. In de tabellen: %s; \u201c%s\u201d geen " \
    "gegevens. Status: b trendbreuk (de definitie veranderde dat jaar), p voorlopig, e geschat, " \
    "r herzien, ** nader voorlopig (herzien en nog voorlopig).", \
    "Confidence level: %g%%. Disclosure threshold: %d. In the tables: %s; \u201c%s\u201d no " \
    "data. Status: b break in series (the definition changed that year), p provisional, e " \
    "estimated, r revised, ** revised provisional (revised and still provisional)."
#define RP_PH_CONTENTS \
    "Inhoud", \
    "Contents"
#define RP_PH_COUNTS_FROM_ARE_SHOWN \
    "Aantallen vanaf %d worden getoond", \
    "Counts from %d are shown"
#define RP_PH_COUNT_PER_CATEGORY \
    "Aantal per categorie", \
    "Count per category"
#define RP_PH_COUNT_PER_YEAR_STACKED \
    "Aantal per jaar, gestapeld", \
    "Count per year, stacked"
#define RP_PH_COURSE \
    "Verloop", \
    "Over the years"
#define RP_PH_DARK \
    "niet geregistreerd", \
    "dark"
#define RP_PH_DASHED_95_SOLID_99_8_NAMES_AT \
    " Gestippeld 95%%, doorgetrokken 99,8%%. Namen bij regio's buiten de 95%%-grenzen.", \
    " Dashed 95%%, solid 99.8%%. Names at regions outside the 95%% limits."
#define RP_PH_DATA_UP_TO \
    ", gegevens tot en met %d)", \
    ", data up to %d)"
#define RP_PH_DEFINITION \
    "Definitie: %s. ", \
    "Definition: %s. "
#define RP_PH_DENOMINATOR \
    "noemer", \
    "denominator"
#define RP_PH_DEVIANCE \
    "deviantie", \
    "deviance"
#define RP_PH_DF \
    "vg", \
    "df"
#define RP_PH_DIAMOND_EMPIRICAL_BAYES_RATE_WITH \
    "Ruit: empirisch-Bayescijfer met %g%%-interval (Poisson-gamma, Clayton en Kaldor 1987), naar " \
    "het landelijke cijfer getrokken; kleine regio's het meest", \
    "Diamond: empirical-Bayes rate with %g%% interval (Poisson-gamma, Clayton and Kaldor 1987), " \
    "drawn towards the national rate; small regions most"
#define RP_PH_DOTTED_LINE_SERIES_BREAK_IN_THE \
    "Stippellijn: trendbreuk in %d, de definitie veranderde; jaren ervoor zijn niet " \
    "vergelijkbaar.", \
    "Dotted line: series break in %d, the definition changed; earlier years are not comparable."
#define RP_PH_DOTTED_LINE_TREND \
    "; stippellijn: trend", \
    "; dotted line: trend"
#define RP_PH_DRAWN_THE_FIRST_8_GROUPS_MORE_ARE_IN \
    "Getekend: de eerste 8 groepen; %zu meer staan in de tabel.", \
    "Drawn: the first 8 groups; %zu more are in the table."
#define RP_PH_DROPPED \
    "weggelaten", \
    "dropped"
#define RP_PH_EACH_POINT_IS_A_REGION_OUTSIDE_THE \
    "Elk punt is een regio; buiten de lijnen wijkt zij meer af dan toeval verklaart", \
    "Each point is a region; outside the lines it differs by more than chance explains"
#define RP_PH_EB_RATE \
    "EB-cijfer", \
    "EB rate"
#define RP_PH_EB_RATE_NOT_ESTIMATED_WHICH_NEEDS_AT \
    "EB-cijfer: niet geschat, want daarvoor zijn minstens 3 regio's met een gepubliceerd aantal " \
    "boven 0 nodig (nu %zu).", \
    "EB rate: not estimated, which needs at least 3 regions with a published count, not all 0 " \
    "(here %zu)."
#define RP_PH_EB_RATE_THE_EMPIRICAL_BAYES_ESTIMATE \
    "EB-cijfer: empirisch-Bayesschatting (Poisson-gammamodel, Clayton en Kaldor 1987), die het " \
    "cijfer van een regio naar het landelijke trekt naarmate toeval meer van de spreiding " \
    "verklaart: kleine regio's het meest.", \
    "EB rate: the empirical-Bayes estimate (Poisson-gamma model, Clayton and Kaldor 1987), which " \
    "draws a region's rate towards the national rate as far as chance explains the spread: small " \
    "regions most."
#define RP_PH_EFFECT_INDICATOR \
    "Effectindicator", \
    "Effect indicator"
#define RP_PH_EMPIRICAL_BAYES \
    ", empirisch-Bayes ", \
    ", empirical Bayes "
#define RP_PH_ERROR_BAR \
    "Foutbalk", \
    "Error bar"
#define RP_PH_ERROR_BAR_CONFIDENCE_INTERVAL \
    "Foutbalk: %g%%-betrouwbaarheidsinterval%s.", \
    "Error bar: %g%% confidence interval%s."
#define RP_PH_ESTIMATE \
    "schatting", \
    "estimate"
#define RP_PH_ESTIMATED \
    "geschat", \
    "estimated"
#define RP_PH_ESTIMATED_NUMBER_OF_VICTIMS \
    "Geschat aantal slachtoffers", \
    "Estimated number of victims"
#define RP_PH_ESTIMATED_TOTAL \
    "geschat totaal", \
    "estimated total"
#define RP_PH_EVERY_COUNT_IS_SHOWN \
    "Elk aantal wordt getoond", \
    "Every count is shown"
#define RP_PH_EVERY_INDICATOR \
    "%s: alle indicatoren", \
    "%s: every indicator"
#define RP_PH_OVERVIEW_PAGE \
    " (%zu van %zu)", \
    " (%zu of %zu)"
#define RP_PH_EACH_INDICATOR_OWN_SCALE \
    "Elke indicator op zijn eigen schaal.", \
    "Each indicator on its own scale."
#define RP_PH_EVERY_MODEL_WITH_AT_MOST \
    "elk model met hoogstens %d interacties", \
    "every model with at most %d interactions"
#define RP_PH_EVERY_MODEL_WITH_AT_MOST_INTERACTION \
    "elk model met hoogstens %d interactie", \
    "every model with at most %d interaction"
#define RP_PH_EVERY_PUBLISHED_FIGURE_IS_COMPARED \
    "Elk gepubliceerd cijfer is vergeleken met ", \
    "Every published figure is compared with "
#define RP_PH_EVERY_RANGE_REACHES_THE_THRESHOLD \
    ": elk bereik reikt tot de drempel.", \
    ": every range reaches the threshold."
#define RP_PH_EVERY_VALUE_IS_STILL_AS_THE_BASELINE \
    "Alle waarden zijn nog zoals de nulmeting ze publiceerde.", \
    "Every value is still as the baseline published it."
#define RP_PH_FAIL \
    "voldoet niet", \
    "fail"
#define RP_PH_FEWER_THAN_3_CONSECUTIVE_RECENT \
    "minder dan 3 opeenvolgende recente jaarcijfers", \
    "fewer than 3 consecutive recent annual points"
#define RP_PH_FEWER_THAN_3_POINTS_SINCE_THE_LATEST \
    "minder dan 3 waarden sinds de laatste trendbreuk", \
    "fewer than 3 points since the latest break"
#define RP_PH_FEWER_THAN_3_VALUES_FROM_THE \
    "minder dan 3 waarden vanaf het basisjaar", \
    "fewer than 3 values from the baseline year on"
#define RP_PH_FEWER_THAN_5_ANNUAL_POINTS \
    "minder dan 5 jaarcijfers", \
    "fewer than 5 annual points"
#define RP_PH_FEWER_THAN_PEOPLE_ON \
    "Minder dan %d registraties op: ", \
    "Fewer than %d people on: "
#define RP_PH_FEWER_THAN_TWO_ANNUAL_VALUES_IN_THE \
    "minder dan twee jaarcijfers in de vijf jaar voor het basisjaar %d: of de reeks meetbaar is, " \
    "blijkt nog niet", \
    "fewer than two annual values in the five years before the baseline year %d: whether the " \
    "series is measurable is not yet shown"
#define RP_PH_FEWER_THAN_TWO_LISTS_HOLD_ANYONE \
    "minder dan twee lijsten met registraties.", \
    "fewer than two lists hold anyone."
#define RP_PH_FIGURE \
    "cijfer", \
    "figure"
#define RP_PH_FIGURES \
    "cijfers", \
    "figures"
#define RP_PH_FIGURES_IN_THIS_REPORT_ARE_NOT_SHOWN \
    "%zu cijfers in dit rapport zijn niet getoond, zodat geen aantal onder %d uit het getoonde " \
    "te achterhalen is:", \
    "%zu figures in this report are not shown, so that no count below %d can be worked out from " \
    "what is shown:"
#define RP_PH_FIGURES_NOT_SHOWN_THE_BASELINE_IS \
    " (getallen niet getoond: de basiswaarde is niet gepubliceerd)", \
    " (figures not shown: the baseline is not published)"
#define RP_PH_FILE \
    "bestand", \
    "file"
#define RP_PH_FIRST_HALF_OF \
    "eerste helft", \
    "first half of"
#define RP_PH_FITTED_OVER_THE_REGIONS_SHOWN \
    " (geschat over de %zu getoonde regio's)", \
    " (fitted over the %zu regions shown)"
#define RP_PH_FITTED_OVER_THE_REGIONS_WHOSE_COUNT \
    " Geschat over de %zu regio's met een gepubliceerd aantal.", \
    " Fitted over the %zu regions whose count is published."
#define RP_PH_FIXED_MODEL \
    "vast model", \
    "fixed model"
#define RP_PH_FLAG \
    "status", \
    "flag"
#define RP_PH_FLAG_OF_THE_LATEST_VALUE \
    "status laatste waarde", \
    "flag of the latest value"
#define RP_PH_FOR_THAT_RANGE_STAYS_NARROWER_THAN \
    ": bij %s blijft dat bereik smaller dan de regel vraagt.", \
    ": for %s that range stays narrower than the rule asks."
#define RP_PH_FROM \
    ", van ", \
    ", from "
#define RP_PH_FROM_THE_BASELINE \
    "%s ten opzichte van de basiswaarde", \
    "%s from the baseline"
#define RP_PH_FUNNEL_UPPER "trechter 99,8%% boven", "funnel 99.8%% upper"
#define RP_PH_FUNNEL_LOWER "trechter 99,8%% onder", "funnel 99.8%% lower"
#define RP_PH_FUNNEL_PLOT \
    "Trechterdiagram: %s, %d", \
    "Funnel plot: %s, %d"
#define RP_PH_FUNNEL_PLOT_2 \
    "Trechterdiagram: %s", \
    "Funnel plot: %s"
#define RP_PH_GROUPS_NOT_SHOWN \
    "%zu groepen niet getoond (", \
    "%zu groups not shown ("
#define RP_PH_GROWTH_NOT_SHOWN_THE_SERIES_HAS \
    " (groei niet getoond: de reeks heeft aantallen die niet worden getoond)", \
    " (growth not shown: the series has counts that are not shown)"
#define RP_PH_HAS_NO_POPULATION_OF_ITS_OWN_AND_IS \
    "%s heeft geen eigen bevolking en telt niet mee in de cijfers per inwoner, de trechter en de " \
    "toets.", \
    "%s has no population of its own and is left out of the rates, the funnel and the test."
#define RP_PH_HERE_ONLY_THE_PREVIOUS_ONE_WITH_THIS \
    "hier alleen de vorige met deze", \
    "here only the previous one with this one"
#define RP_PH_HIDDEN_COUNT_LEFT_OUT \
    " (%zu verborgen aantal%s weggelaten; ", \
    " (%zu hidden count%s left out; "
#define RP_PH_HIGH \
    "Hoog", \
    "High"
#define RP_PH_FUNNEL_ABOVE "boven: ", "above: "
#define RP_PH_HIGHER_IS_BETTER \
    "hoger is beter", \
    "higher is better"
#define RP_PH_HIGHEST \
    "%s het hoogst (", \
    "%s highest ("
#define RP_PH_HIGHEST_2 \
    "hoogste ", \
    "highest "
#define RP_PH_HIGHEST_WITH_ONE_LIST_LEFT_OUT \
    "hoogste met één lijst weggelaten", \
    "highest with one list left out"
#define RP_PH_HIGH_OUTSIDE_99_8 \
    "Hoog (buiten 99,8%)", \
    "High (outside 99.8%)"
#define RP_PH_HOW_FIGURES_ARE_REVISED_AS_THEY_AGE \
    "Hoe cijfers worden bijgesteld naarmate ze ouder worden: elke jaarrapportage vergeleken met " \
    "de volgende, ", \
    "How figures are revised as they age: every yearly monitor compared with the next, "
#define RP_PH_I \
    "% BI", \
    "% CI"
#define RP_PH_ILLUSTRATIVE_DATA_THESE_FIGURES_ARE \
    "Illustratieve gegevens: deze cijfers zijn verzonnen en geen officiële statistiek.", \
    "Illustrative data: these figures are invented, not official statistics."
#define RP_PH_IN \
    " in %d", \
    " in %d"
#define RP_PH_INDICATOR \
    "Indicator: %s", \
    "Indicator: %s"
#define RP_PH_INDICATORS \
    "indicatoren", \
    "indicators"
#define RP_PH_INDICATORS_2 \
    "Indicatoren", \
    "Indicators"
#define RP_PH_INDICATOR_2 \
    "indicator", \
    "indicator"
#define RP_PH_INDICATOR_3 \
    "Indicator: %s. ", \
    "Indicator: %s. "
#define RP_PH_INDICATOR_HAS_NO_DATA \
    "Indicator %s heeft geen gegevens.", \
    "Indicator %s has no data."
#define RP_PH_INDICATOR_HAS_NO_DATA_NOT_ASSESSABLE \
    "Indicator %s heeft geen gegevens: niet te beoordelen.", \
    "Indicator %s has no data: not assessable."
#define RP_PH_INDICATOR_UNIT_AND_POPULATION_ARE \
    "indicator, eenheid en populatie zijn omschreven", \
    "indicator, unit and population are defined"
#define RP_PH_INHABITANTS \
    " inwoners. ", \
    " inhabitants. "
#define RP_PH_INHABITANTS_2 \
    " inwoners", \
    " inhabitants"
#define RP_PH_INHABITANTS_MILLIONS_LOGARITHMIC \
    "inwoners (miljoen, logaritmische schaal)", \
    "inhabitants (millions, logarithmic scale)"
#define RP_PH_INPUTS_AND_PROGRAM \
    "Invoer en programma", \
    "Inputs and program"
#define RP_PH_INPUT_FILES \
    "Invoerbestanden", \
    "Input files"
#define RP_PH_INSTEAD_OF \
    " in plaats van ", \
    " instead of "
#define RP_PH_INTERACTION \
    " interactie", \
    " interaction"
#define RP_PH_INTERACTIONS \
    " interacties", \
    " interactions"
#define RP_PH_INTERACTIONS_2 \
    "interacties", \
    "interactions"
#define RP_PH_IN_2 \
    " in %s", \
    " in %s"
#define RP_PH_IN_3 \
    ", %s in %d", \
    ", %s in %d"
#define RP_PH_IN_4 \
    "%s, %d-%d. In %d: ", \
    "%s, %d-%d. In %d: "
#define RP_PH_IN_5 \
    "In %d: ", \
    "In %d: "
#define RP_PH_IN_AN_ESTIMATED \
    "In %s: geschat ", \
    "In %s: an estimated "
#define RP_PH_IN_BY_REGION \
    "%s in %d, per regio. ", \
    "%s in %d, by region. "
#define RP_PH_IN_COMBINATION \
    " in %zu combinatie%s", \
    " in %zu combination%s"
#define RP_PH_IN_OUTSIDE_THE_FUNNELS_LIMITS_99_8 \
    "%s in %d, buiten de grenzen van de trechter (99,8%%): ", \
    "%s in %d, outside the funnel's limits (99.8%%): "
#define RP_PH_IN_THE_TARGET_YEAR \
    " In het doeljaar %d: ", \
    " In the target year %d: "
#define RP_PH_IS_LARGER_THAN_THE_BASELINES_OWN \
    ") is groter dan de onzekerheid van de basiswaarde (± ", \
    ") is larger than the baseline's own uncertainty (± "
#define RP_PH_KAPLAN_MEIER_DOTTED_CONFIDENCE \
    "Kaplan-Meier; gestippeld: %g%%-betrouwbaarheidsinterval (log-log). Dagen in detentie tellen " \
    "niet mee. Per maand, in stappen van ten minste %d nieuwe delicten; curven stoppen waar " \
    "minder dan %d mensen worden gevolgd.", \
    "Kaplan-Meier; dotted: %g%% confidence interval (log-log). Days in detention do not count. " \
    "By month, in steps of at least %d new offences; curves stop where fewer than %d people are " \
    "followed."
#define RP_PH_KEY_FIGURES \
    "Kerncijfers", \
    "Key figures"
#define RP_PH_KEY_FINDINGS \
    "Belangrijkste bevindingen", \
    "Key findings"
#define RP_PH_LATEST \
    "laatste ", \
    "latest "
#define RP_PH_LATEST_2 \
    "laatste", \
    "latest"
#define RP_PH_LATEST_ESTIMATE \
    " (laatste schatting %d)", \
    " (latest estimate %d)"
#define RP_PH_LATEST_FIGURE \
    " (laatste cijfer %d)", \
    " (latest figure %d)"
#define RP_PH_LATEST_VALUE \
    "laatste waarde", \
    "latest value"
#define RP_PH_LATEST_YEAR \
    "laatste jaar", \
    "latest year"
#define RP_PH_LEAVING_OUT_ONE_LIST_AT_A_TIME_IT \
    "; zonder één van de lijsten loopt zij van ", \
    "; leaving out one list at a time, it runs from "
#define RP_PH_LEFT_OUT_FOR_HOLDING_NO_ONE \
    "Zonder registraties en daarom weggelaten: ", \
    "Left out for holding no one: "
#define RP_PH_LETTER \
    "letter", \
    "letter"
#define RP_PH_LIES_WITHIN_THE_BASELINES_OWN \
    ") valt binnen de onzekerheid van de basiswaarde (± ", \
    ") lies within the baseline's own uncertainty (± "
#define RP_PH_LIKELY \
    "waarschijnlijk", \
    "likely"
#define RP_PH_LIMITS_EXACT_POISSON_LIMITS_AROUND \
    "Grenzen: exacte Poissongrenzen rond het landelijke cijfer bij de bevolking van de regio " \
    "(als PHEindicatormethods).", \
    "Limits: exact Poisson limits around the national rate at the region's population (as " \
    "PHEindicatormethods)."
#define RP_PH_LIMITS_WIDENED_FOR_OVER_DISPERSION \
    "Grenzen verbreed voor overspreiding (Spiegelhalter 2005, ", \
    "Limits widened for over-dispersion (Spiegelhalter 2005, "
#define RP_PH_LINEAR_PROGRAM_OF_FIENBERG_AND \
    " (lineair programma van Fienberg en Rinaldo 2012)", \
    " (linear program of Fienberg and Rinaldo 2012)"
#define RP_PH_LITTLE \
    "weinig", \
    "little"
#define RP_PH_LOG_NORMAL \
    "log-normaal", \
    "log-normal"
#define RP_PH_LOG_RANK_TEST_BETWEEN_CHI_SQUARE \
    "Log-ranktoets tussen %s: chi-kwadraat ", \
    "Log-rank test between %s: chi-square "
#define RP_PH_LOW \
    "Laag", \
    "Low"
#define RP_PH_LOWER \
    "ondergrens", \
    "lower"
#define RP_PH_FUNNEL_BELOW "onder: ", "below: "
#define RP_PH_LOWER_IS_BETTER \
    "lager is beter", \
    "lower is better"
#define RP_PH_LOWEST \
    "), %s het laagst (", \
    "), %s lowest ("
#define RP_PH_LOWEST_2 \
    "laagste ", \
    "lowest "
#define RP_PH_LOWEST_WITH_ONE_LIST_LEFT_OUT \
    "laagste met één lijst weggelaten", \
    "lowest with one list left out"
#define RP_PH_LOW_OUTSIDE_99_8 \
    "Laag (buiten 99,8%)", \
    "Low (outside 99.8%)"
#define RP_PH_MADE_WITH_RAPPORTEUR \
    "Gemaakt met rapporteur %s", \
    "Made with rapporteur %s"
#define RP_PH_MADE_WITH_RAPPORTEUR_FROM_THE_FILES \
    "Gemaakt met rapporteur %s uit de onderstaande bestanden. Hun controlegetallen staan in " \
    "manifest.sha256 naast dit rapport, versleuteld met de geheime sleutel van het project " \
    "(HMAC-SHA256): een gewoon controlegetal van een klein bestand zou een gok naar een " \
    "verborgen aantal kunnen bevestigen.", \
    "Made with rapporteur %s from the files below. Their checksums are in manifest.sha256 beside " \
    "this report, keyed with the project's secret key (HMAC-SHA256): a plain checksum of a small " \
    "file could confirm a guess at a hidden count."
#define RP_PH_MAIN_EFFECTS_ONLY \
    "alleen hoofdeffecten", \
    "main effects only"
#define RP_PH_MAIN_EFFECTS_ONLY_LEAVING_OUT_ONE \
    "alleen hoofdeffecten, telkens zonder één van de lijsten", \
    "main effects only, leaving out one list at a time"
#define RP_PH_METHODS \
    "Methoden", \
    "Methods"
#define RP_PH_METHODS_AND_SOURCES \
    "Methoden en bronnen", \
    "Methods and sources"
#define RP_PH_MODEL \
    "model", \
    "model"
#define RP_PH_MODELS \
    "modellen", \
    "models"
#define RP_PH_MODELS_2 \
    "%zu modellen: ", \
    "%zu models: "
#define RP_PH_MODELS_LOG_LINEAR_ALL_MAIN_EFFECTS \
    "Modellen: log-lineair, alle hoofdeffecten en hoogstens %d interacties tussen twee lijsten " \
    "(%zu modellen, %zu met een schatting). BIC met n = het aantal geregistreerden, zoals " \
    "Rcapture. Gemiddeld: gewichten exp(-BIC/2), interval uit de onvoorwaardelijke variantie van " \
    "Buckland, Burnham en Augustin (1997). Eén lijst weggelaten: alleen hoofdeffecten van de " \
    "andere lijsten.", \
    "Models: log-linear, all main effects and at most %d two-list interactions (%zu models, %zu " \
    "with an estimate). BIC with n = the number registered, as Rcapture. Averaged: weights " \
    "exp(-BIC/2), interval from the unconditional variance of Buckland, Burnham and Augustin " \
    "(1997). One list left out: main effects of the other lists."
#define RP_PH_MODERATELY \
    "matig", \
    "moderately"
#define RP_PH_MONITOR_OF_INDICATORS_TRENDS_AND \
    "Monitor met indicatoren, trends en doelen, %d", \
    "Monitor of indicators, trends and targets, %d"
#define RP_PH_MULTIPLE_SYSTEMS_ESTIMATION \
    "Multiple systems estimation, ", \
    "Multiple systems estimation, "
#define RP_PH_MULTIPLICATIVE \
    "multiplicatief; ", \
    "multiplicative; "
#define RP_PH_N1_GROUP_NOT_SHOWN \
    "1 groep niet getoond (", \
    "1 group not shown ("
#define RP_PH_N99_8 \
    "99,8%", \
    "99.8%"
#define RP_PH_NATIONAL \
    "Landelijk", \
    "National"
#define RP_PH_NATIONAL_RATE \
    "Landelijk: ", \
    "National rate: "
#define RP_PH_NATIONAL_RATE_2 \
    "landelijk ", \
    "national rate "
#define RP_PH_NATIONAL_RATE_SORTED_FROM_HIGH_TO \
    "Landelijk %s %s; gesorteerd van hoog naar laag", \
    "National rate %s %s; sorted from high to low"
#define RP_PH_NEW_FIGURES \
    "Nieuwe cijfers", \
    "New figures"
#define RP_PH_NEW_THIS_YEAR_WITH_NO_COURSE_YET \
    "Nieuw dit jaar, nog zonder verloop: ", \
    "New this year, with no course yet: "
#define RP_PH_NOBODY_IS_NAMED_AS_ACCOUNTABLE_NO \
    "er is niemand verantwoordelijk gesteld (owner ontbreekt)", \
    "nobody is named as accountable (no owner)"
#define RP_PH_NOBODY_NAMED \
    "niemand genoemd", \
    "nobody named"
#define RP_PH_NONE \
    "geen", \
    "none"
#define RP_PH_NONE_ALL_LISTS \
    "geen (alle lijsten)", \
    "none (all lists)"
#define RP_PH_NOTE \
    "toelichting", \
    "note"
#define RP_PH_NOTES_ON_YEARS \
    "Noten bij jaren: ", \
    "Notes on years: "
#define RP_PH_NOTE_2 \
    " Noot: %s", \
    " Note: %s"
#define RP_PH_NOTE_THE_REGIONS_VARY_MORE_THAN \
    " Let op: de regio's verschillen meer dan Poissonruis (overspreiding); veel regio's vallen " \
    "daardoor buiten de grenzen.", \
    " Note: the regions vary more than Poisson noise (over-dispersion), which puts many outside."
#define RP_PH_NOTHING_IN_THIS_REPORT_IS_HIDDEN \
    "In dit rapport is niets verborgen.", \
    "Nothing in this report is hidden."
#define RP_PH_NOT_ESTIMABLE \
    "Niet te schatten: ", \
    "Not estimable: "
#define RP_PH_NOT_EVERY_VICTIM_IS_REGISTERED \
    "Niet elk slachtoffer komt in een registratie terecht. Met multiple systems estimation is " \
    "geschat hoeveel slachtoffers er in totaal waren, ook wie op geen van de %d lijsten staat (", \
    "Not every victim is registered. Multiple systems estimation gives the total number of " \
    "victims, including those on none of the %d lists ("
#define RP_PH_NOT_PUBLISHED \
    "niet gepubliceerd (", \
    "not published ("
#define RP_PH_NOT_PUBLISHED_A_COUNT_BELOW_OR_A \
    "niet gepubliceerd: een aantal onder de %d, of een cel waaruit zo'n aantal terug te rekenen " \
    "zou zijn", \
    "not published: a count below %d, or a cell from which such a count could be worked out"
#define RP_PH_NOT_PUBLISHED_SO_THAT_NO_COUNT_BELOW \
    "%s: niet gepubliceerd, zodat geen aantal onder de %d te achterhalen is", \
    "%s: not published, so that no count below %d can be worked out"
#define RP_PH_NOT_REGISTERED \
    "niet geregistreerd", \
    "not registered"
#define RP_PH_NOT_SHOWN \
    "%d %s niet getoond (", \
    "%d %s not shown ("
#define RP_PH_NO_COHORT_FOLLOWED_LONG_ENOUGH_YET \
    ": nog geen cohort lang genoeg gevolgd", \
    ": no cohort followed long enough yet"
#define RP_PH_NO_DATA \
    "Geen gegevens.", \
    "No data."
#define RP_PH_NO_DATA_AFTER_THE_BASELINE_YEAR_AND \
    "geen gegevens na het basisjaar %d, en minder dan twee jaren in de vijf jaar ervoor", \
    "no data after the baseline year %d, and fewer than two years in the five before it"
#define RP_PH_NO_DATA_FOR_THE_BASELINE_YEAR \
    "geen gegevens in het basisjaar %d", \
    "no data for the baseline year %d"
#define RP_PH_NO_DATA_FOR_THIS_YEAR_NEVER_0 \
    "geen gegevens voor dit jaar (nooit 0)", \
    "no data for this year (never 0)"
#define RP_PH_NO_DIRECTION \
    "geen richting", \
    "no direction"
#define RP_PH_NO_EARLIER_EDITION_HAS_BEEN_RECORDED \
    ". Er is nog geen eerdere editie vastgelegd om mee te vergelijken (report --record).", \
    ". No earlier edition has been recorded to compare with (report --record)."
#define RP_PH_NO_ONE_IS_ON_BOTH_LISTS_OF \
    "; niemand staat op beide lijsten van ", \
    "; no one is on both lists of "
#define RP_PH_NO_ONE_IS_ON_BOTH_LISTS_OF_2 \
    "Niemand staat op beide lijsten van: ", \
    "No one is on both lists of: "
#define RP_PH_NO_ONE_REGISTERED \
    "niemand geregistreerd.", \
    "no one registered."
#define RP_PH_NO_PROJECTION_VALUES_FROM_THE \
    " Geen projectie: %d waarden vanaf het basisjaar zijn te weinig voor een " \
    "voorspellingsinterval.", \
    " No projection: %d values from the baseline year on are too few for a prediction interval."
#define RP_PH_NO_REVISIONS_THE_FIGURES_BOTH \
    "Geen herzieningen: de %zu cijfers die beide publiceren, zijn gelijk gebleven, met dezelfde " \
    "markering en status.", \
    "No revisions: the %zu figures both publish are unchanged, with the same marks and status."
#define RP_PH_NO_TARGET_YEAR \
    "geen doeljaar", \
    "no target year"
#define RP_PH_NO_VALUES_SHOWN \
    "geen getoonde waarden", \
    "no values shown"
#define RP_PH_NO_VALUE_AFTER_THE_BASELINE_YEAR \
    "geen waarde na het basisjaar", \
    "no value after the baseline year"
#define RP_PH_NO_VALUE_IN_THE_BASELINE_YEAR \
    "geen waarde in het basisjaar", \
    "no value in the baseline year"
#define RP_PH_NO_VALUE_IN_THE_TARGET_YEAR \
    "geen waarde in het doeljaar", \
    "no value in the target year"
#define RP_PH_NUMBER \
    "aantal", \
    "number"
#define RP_PH_NUMERATOR \
    "teller", \
    "numerator"
#define RP_PH_OBSERVED \
    "geregistreerd", \
    "observed"
#define RP_PH_OBSERVED_2 \
    "Waargenomen ", \
    "Observed "
#define RP_PH_OBSERVED_CHANGE_A_YEAR \
    "waargenomen verandering per jaar", \
    "observed change a year"
#define RP_PH_OF \
    " van ", \
    " of "
#define RP_PH_OFF_TRACK \
    "Niet op koers: ", \
    "Off track: "
#define RP_PH_OF_BOOTSTRAP_REPLICATES_COULD_NOT_BE \
    "%d van %d bootstrapreplicaties waren niet te schatten%s.\n", \
    "%d of %d bootstrap replicates could not be fitted%s.\n"
#define RP_PH_OF_FIGURES_CHANGED \
    "%zu van de %zu cijfers gewijzigd", \
    "%zu of %zu figures changed"
#define RP_PH_OF_THE_REGIONS_BRING_75_GINI \
    " van de regio's brengt 75%; Gini ", \
    " of the regions bring 75%; Gini "
#define RP_PH_OF_THE_TOTAL \
    " van het totaal; ", \
    " of the total; "
#define RP_PH_ONE_LIST_HOLDS_EVERYONE_REGISTERED \
    "één lijst bevat iedereen die geregistreerd is, dus zegt de overlap niets over wie op geen " \
    "lijst staat.", \
    "one list holds everyone registered, so the overlap says nothing about who is on no list."
#define RP_PH_ONE_LIST_LEFT_OUT \
    "één lijst weggelaten", \
    "one list left out"
#define RP_PH_ONE_MODEL_HAS_AN_ESTIMATE \
    "één model heeft een schatting, ", \
    "one model has an estimate, "
#define RP_PH_ON_AT_LEAST_ONE_OF_THE_LISTS \
    " op ten minste één van de %d lijsten", \
    " on at least one of the %d lists"
#define RP_PH_ON_DF \
    " bij %g vrijheidsgraad, ", \
    " on %g df, "
#define RP_PH_OPEN_SYMBOLS_PROVISIONAL_ESTIMATED \
    "Open symbolen: voorlopige, geschatte of herziene cijfers.", \
    "Open symbols: provisional, estimated or revised figures."
#define RP_PH_OWNER \
    "eigenaar", \
    "owner"
#define RP_PH_PAGE \
    "pagina ", \
    "page "
#define RP_PH_PAGE_OF \
    "pagina %d van %d", \
    "page %d of %d"
#define RP_PH_PARTS_NOT_SHOWN \
    "Niet getoonde delen: ", \
    "Parts not shown: "
#define RP_PH_PASS \
    "voldoet", \
    "pass"
#define RP_PH_PER \
    " per ", \
    " per "
#define RP_PH_PERCENTAGE_POINTS \
    " procentpunt", \
    " percentage points"
#define RP_PH_PERCENTAGE_POINTS_A_YEAR \
    " procentpunt per jaar", \
    " percentage points a year"
#define RP_PH_PERCENTAGE_POINTS_A_YEAR_2 \
    "procentpunt per jaar", \
    "percentage points a year"
#define RP_PH_PERFORMANCE_INDICATOR \
    "Prestatie-indicator", \
    "Performance indicator"
#define RP_PH_PER_INDICATOR_AND_AGE_OF_THE_FIGURE \
    ". Per indicator en leeftijd van het cijfer (het aantal jaren tussen het jaar van het cijfer " \
    "en het laatste jaar van de oudere editie; 0: het cijfer was toen het nieuwste) over alle " \
    "cijfers die beide tonen, ook de ongewijzigde: de gemiddelde herziening (nieuw min oud) laat " \
    "zien of cijfers vooral omhoog of omlaag worden bijgesteld, de gemiddelde absolute " \
    "herziening hoe groot de bijstellingen zijn; voor aantallen, cijfers per inwoner en " \
    "gemiddelden ook als percentage van het oude cijfer, voor aandelen in procentpunten. Een " \
    "cijfer dat in een van beide niet gepubliceerd is, telt niet mee. De tabel toont de " \
    "indicatoren met een herzien cijfer; tables/revision_stats.csv heeft ze alle.", \
    ". Per indicator and age of the figure (the years between the figure's year and the older " \
    "edition's latest year; 0: it was the newest figure then) over every figure both show, the " \
    "unchanged ones too: the mean revision (new less old) shows whether figures tend to be " \
    "revised up or down, the mean absolute revision how large the revisions are; for counts, " \
    "rates and means also as a percentage of the old figure, for shares in percentage points. A " \
    "figure not published in either does not count. The table shows the indicators with a " \
    "revised figure; tables/revision_stats.csv has them all."
#define RP_PH_PER_INHABITANTS \
    "per %s inwoners", \
    "per %s inhabitants"
#define RP_PH_PER_TARGET_THE_BASELINE_PROGRESS_BY \
    "Per doel: de nulmeting, de voortgang volgens de methode van Eurostat (waargenomen tegen " \
    "nodige jaarlijkse verandering, voor aandelen in procentpunten), de laatste waarde met " \
    "diezelfde verandering doorgetrokken naar het doeljaar met de kans het doel te halen, en de " \
    "SMART-toets. Staat het doeljaar al in de gegevens, dan volgt het oordeel uit de waarde van " \
    "dat jaar. De samenvatting toont alle doelen in één oogopslag.", \
    "Per target: the baseline, progress by Eurostat's method (observed against required annual " \
    "change, for shares in percentage points), the latest value carried to the target year at " \
    "that same change with the chance of meeting the target, and the SMART audit. Once the " \
    "target year is in the data, the verdict follows from that year's value. The summary shows " \
    "all targets at a glance."
#define RP_PH_PER_TARGET_THE_VALUE_IN_THE_BASELINE \
    ". Per doel de waarde in het basisjaar, de streefwaarde en de nodige verandering per jaar " \
    "zoals die toen gepubliceerd zijn, naast wat de gegevens van nu geven. ", \
    ". Per target the value in the baseline year, the target value and the required change a " \
    "year as published then, beside what today's data give. "
#define RP_PH_PER_TARGET_THE_VALUE_IN_THE_BASELINE_2 \
    ". Per doel de waarde in het basisjaar, de streefwaarde en de nodige verandering per jaar " \
    "zoals de nulmeting ze publiceerde, naast wat de gegevens van nu geven. ", \
    ". Per target the value in the baseline year, the target value and the required change a " \
    "year as the baseline published them, beside what today's data give. "
#define RP_PH_POOLED \
    "samen", \
    "pooled"
#define RP_PH_POOLED_2 \
    "Samen", \
    "Pooled"
#define RP_PH_POPULATION \
    "inwoners", \
    "population"
#define RP_PH_PREDICTION_INTERVAL \
    " (voorspellingsinterval ", \
    " (prediction interval "
#define RP_PH_PREVALENCE \
    "recidive", \
    "prevalence"
#define RP_PH_PROGRESS_LETTER \
    " (voortgangsbrief %s", \
    " (progress letter %s"
#define RP_PH_PROGRESS_LETTER_2 \
    "Voortgangsbrief, ", \
    "Progress letter, "
#define RP_PH_PROGRESS_PER_TARGET \
    "Voortgang per doel", \
    "Progress per target"
#define RP_PH_PROGRESS_TOWARDS_EACH_TARGET_CHANCE \
    "Voortgang naar het doel, kans om het te halen en SMART-toets", \
    "Progress towards each target, chance of meeting it, SMART audit"
#define RP_PH_PROJECTION_PREDICTION_INTERVAL \
    "Projectie (voorspellingsinterval)", \
    "Projection (prediction interval)"
#define RP_PH_PROVISIONAL \
    "voorlopig", \
    "provisional"
#define RP_PH_PROVISIONAL_ESTIMATED_REVISED \
    "Voorlopig / geschat / herzien", \
    "Provisional / estimated / revised"
#define RP_PH_PROVISIONAL_FIGURES \
    "Voorlopige cijfers", \
    "Provisional figures"
#define RP_PH_PROVISIONAL_OR_ESTIMATED_SO_NOT_YET \
    "Voorlopig of geschat, en dus nog niet definitief: ", \
    "Provisional or estimated, so not yet final: "
#define RP_PH_PUBLISHED_WITHOUT_A_MARGIN_OF \
    "zonder onzekerheidsmarge", \
    "published without a margin of uncertainty"
#define RP_PH_PUBLISHED_WITHOUT_A_MARGIN_OF_2 \
    " (zonder onzekerheidsmarge)", \
    " (published without a margin of uncertainty)"
#define RP_PH_P_CLASS_WARN_ILLUSTRATIVE_DATA_THESE \
    "<p class=\"warn\">Illustratieve gegevens: deze cijfers zijn verzonnen en geen " \
    "offici&euml;le statistiek.</p>\n", \
    "<p class=\"warn\">Illustrative data: these figures are invented, not official " \
    "statistics.</p>\n"
#define RP_PH_P_MEET \
    "kans op halen", \
    "p_meet"
#define RP_PH_RANGE_2 \
    "spreiding", \
    "range"
#define RP_PH_RATE \
    "per 100.000", \
    "rate"
#define RP_PH_RATIO \
    " (verhouding ", \
    " (ratio "
#define RP_PH_RATIO_2 \
    "verhouding", \
    "ratio"
#define RP_PH_RATIO_OBSERVED_REQUIRED_ANNUAL \
    "Verhouding = waargenomen / nodige jaarlijkse groei (methode Eurostat): vanaf 0,95 " \
    "aanzienlijke, 0,60-0,95 matige, 0-0,60 onvoldoende vooruitgang, onder 0 van het doel af.", \
    "Ratio = observed / required annual growth (Eurostat's method): from 0.95 significant, " \
    "0.60-0.95 moderate, 0-0.60 insufficient progress, below 0 moving away."
#define RP_PH_RATIO_OBSERVED_REQUIRED_GROWTH \
    "verhouding waargenomen / nodige groei", \
    "ratio observed / required growth"
#define RP_PH_RATIO_TO \
    "verhouding t.o.v. %d", \
    "ratio to %d"
#define RP_PH_REASON \
    "reden", \
    "reason"
#define RP_PH_RECENT_TREND_LATEST_FIVE_YEARS \
    "Recente trend (laatste vijf jaar): ", \
    "Recent trend (latest five years): "
#define RP_PH_RECIDIVISM \
    "Recidive", \
    "Recidivism"
#define RP_PH_RECIDIVISM_AS_PUBLISHED \
    "Recidive, zoals gepubliceerd", \
    "Recidivism, as published"
#define RP_PH_RECIDIVISM_BY \
    "Recidive naar %s", \
    "Recidivism by %s"
#define RP_PH_RECIDIVISM_BY_AS_PUBLISHED \
    "Recidive naar %s, zoals gepubliceerd", \
    "Recidivism by %s, as published"
#define RP_PH_RECIDIVISM_BY_COHORT \
    "Recidive naar cohort", \
    "Recidivism by cohort"
#define RP_PH_RECIDIVISM_BY_KAPLAN_MEIER \
    "Recidive naar %s (Kaplan-Meier)", \
    "Recidivism by %s (Kaplan-Meier)"
#define RP_PH_RECIDIVISM_SHARE_WITH_A_NEW_OFFENCE \
    "Recidive: aandeel met een nieuw delict", \
    "Recidivism: share with a new offence"
#define RP_PH_RECIDIVISM_WITHIN_YEARS_COHORT \
    "Recidive binnen %g jaar, cohort %s", \
    "Recidivism within %g years, cohort %s"
#define RP_PH_RECIDIVISM_YEARS \
    "Recidive, %s %s, %g jaar", \
    "Recidivism, %s %s, %g years"
#define RP_PH_REGION \
    "%s, regio %s, %d", \
    "%s, region %s, %d"
#define RP_PH_REGIONS \
    "regio's", \
    "regions"
#define RP_PH_REGIONS_2 \
    "Regio's", \
    "Regions"
#define RP_PH_REGIONS_OUTSIDE_THE_FUNNEL \
    "Regio's buiten de trechter", \
    "Regions outside the funnel"
#define RP_PH_REGISTERED \
    ", geregistreerd ", \
    ", registered "
#define RP_PH_REGISTERED_2 \
    "geregistreerd", \
    "registered"
#define RP_PH_REQUIRED \
    " nodig", \
    " required"
#define RP_PH_REQUIRED_A_YEAR \
    "nodig per jaar", \
    "required a year"
#define RP_PH_REQUIRED_CHANGE_A_YEAR \
    "nodige verandering per jaar", \
    "required change a year"
#define RP_PH_REVISED \
    "herzien", \
    "revised"
#define RP_PH_REVISED_PROVISIONAL \
    "nader voorlopig", \
    "revised provisional"
#define RP_PH_ROLE \
    "rol", \
    "role"
#define RP_PH_ROWS \
    " rijen", \
    " rows"
#define RP_PH_S \
    "s", \
    "s"
#define RP_PH_SECOND_HALF_OF \
    "tweede helft", \
    "second half of"
#define RP_PH_SENSITIVITY_TO_THE_MODEL \
    "Gevoeligheid voor het model", \
    "Sensitivity to the model"
#define RP_PH_SENSITIVITY_TO_THE_MODEL_2 \
    "%s, %s: gevoeligheid voor het model (%s)", \
    "%s, %s: sensitivity to the model (%s)"
#define RP_PH_SENSITIVITY_TO_THE_MODEL_3 \
    "%s: gevoeligheid voor het model (%s)", \
    "%s: sensitivity to the model (%s)"
#define RP_PH_SERIES_BREAK_IN_THE_DEFINITION \
    "Trendbreuk in %d: de definitie veranderde; trends en doelen gebruiken alleen de jaren vanaf " \
    "%d.", \
    "Series break in %d: the definition changed; trends and targets use only the years from %d."
#define RP_PH_SERIES_UP_TO_THE_BASELINE \
    "Reeksen tot het basisjaar", \
    "Series up to the baseline"
#define RP_PH_SERIES_UP_TO_THE_BASELINE_YEAR \
    "Reeksen tot en met het basisjaar", \
    "Series up to the baseline year"
#define RP_PH_SHARE_PER_CATEGORY \
    "Aandeel per categorie", \
    "Share per category"
#define RP_PH_SIGNIFICANT_ABOVE_9_5 \
    "; significant boven 9,5).", \
    "; significant above 9.5)."
#define RP_PH_SIGNIFICANT_TRENDS \
    "Significante trends", \
    "Significant trends"
#define RP_PH_SIGNIFICANT_TREND_OVER_THE_LATEST \
    "Significante trend over de laatste vijf jaar: ", \
    "Significant trend over the latest five years: "
#define RP_PH_SMALLEST_BIC \
    "kleinste BIC", \
    "smallest BIC"
#define RP_PH_SMALL_CHARTS_OF_INDICATORS \
    "Kleine grafieken van %zu indicatoren: ", \
    "Small charts of %zu indicators: "
#define RP_PH_SMALL_CHARTS_OF_INDICATORS_SHEET \
    "Kleine grafieken van %zu indicatoren (blad %zu van %zu): ", \
    "Small charts of %zu indicators (sheet %zu of %zu): "
#define RP_PH_SMART_AUDIT_PER_TARGET \
    "SMART-toets per doel", \
    "SMART audit per target"
#define RP_PH_SORTED_FROM_HIGH_TO_LOW \
    "%s; gesorteerd van hoog naar laag", \
    "%s; sorted from high to low"
#define RP_PH_SOURCE \
    "Bron: %s", \
    "Source: %s"
#define RP_PH_SOURCE_2 \
    "Bron", \
    "Source"
#define RP_PH_SOURCE_3 \
    " Bron: %s.", \
    " Source: %s."
#define RP_PH_STEPWISE_P \
    "stapsgewijs (p < ", \
    "stepwise (p < "
#define RP_PH_STEPWISE_SELECTION_OF_INTERACTIONS_P \
    "stapsgewijze selectie van interacties (p < ", \
    "stepwise selection of interactions (p < "
#define RP_PH_STRATUM \
    "stratum", \
    "stratum"
#define RP_PH_STRONGLY \
    "sterk", \
    "strongly"
#define RP_PH_SUCH_A_PAIR_IN_THE_MODEL_IS_HANDLED \
    " (zo'n paar in het model wordt behandeld als in Chan, Silverman en Vincent 2021).\n", \
    " (such a pair in the model is handled as in Chan, Silverman and Vincent 2021).\n"
#define RP_PH_SUMMARY \
    "Samenvatting", \
    "Summary"
#define RP_PH_SUPPRESSED_FIGURES \
    "Onderdrukte cijfers", \
    "Suppressed figures"
#define RP_PH_S_2 \
    "len", \
    "s"
#define RP_PH_TARGET \
    "%zu doel: ", \
    "%zu target: "
#define RP_PH_TARGETS \
    "%zu doelen: ", \
    "%zu targets: "
#define RP_PH_TARGETS_2 \
    "%zu doelen. ", \
    "%zu targets. "
#define RP_PH_TARGETS_3 \
    "Doelen", \
    "Targets"
#define RP_PH_TARGETS_4 \
    "doelen", \
    "targets"
#define RP_PH_TARGETS_5 \
    "Doelen: ", \
    "Targets: "
#define RP_PH_TARGETS_AT_A_GLANCE \
    "Doelen in één oogopslag", \
    "Targets at a glance"
#define RP_PH_TARGETS_OFF_TRACK \
    "Doelen niet op koers", \
    "Targets off track"
#define RP_PH_TARGET_2 \
    "; doel ", \
    "; target "
#define RP_PH_TARGET_3 \
    "%zu doel. ", \
    "%zu target. "
#define RP_PH_TARGET_4 \
    ". Doel: ", \
    ". Target: "
#define RP_PH_TARGET_5 \
    "doel", \
    "target"
#define RP_PH_TARGET_VALUE \
    "streefwaarde %d", \
    "target value %d"
#define RP_PH_TARGET_VALUE_2 \
    "streefwaarde", \
    "target value"
#define RP_PH_TARGET_YEAR \
    "doeljaar", \
    "target year"
#define RP_PH_TARGET_YEAR_IS_AFTER_THE_BASELINE \
    "doeljaar %d ligt na het basisjaar %d", \
    "target year %d is after the baseline year %d"
#define RP_PH_TARGET_YEAR_IS_NOT_AFTER_THE \
    "doeljaar %d ligt niet na het basisjaar %d", \
    "target year %d is not after the baseline year %d"
#define RP_PH_TERMS \
    "interacties", \
    "terms"
#define RP_PH_TEST_OF_THE_RECENT_TREND_99_8_CHI \
    "Toets op de recente trend %d-%d (99,8%%): %s (chi-kwadraat ", \
    "Test of the recent trend %d-%d (99.8%%): %s (chi-square "
#define RP_PH_TEST_OF_THE_RECENT_TREND_CANNOT_BE \
    "Toets op de recente trend: niet te berekenen (%s).", \
    "Test of the recent trend: cannot be calculated (%s)."
#define RP_PH_THAT_HAVE_AN_ESTIMATE_GIVE \
    " die een schatting hebben, geven ", \
    " that have an estimate give "
#define RP_PH_THERE_IS_NO_TARGET_YEAR \
    "er is geen doeljaar", \
    "there is no target year"
#define RP_PH_THE_BAND_IS_THE_CONFIDENCE_INTERVAL \
    " De band is het %g%%-betrouwbaarheidsinterval.", \
    " The band is the %g%% confidence interval."
#define RP_PH_THE_BASELINE_RECORDS_FOR_EVERY \
    "De nulmeting legt voor elk doel vast waar het begint: de waarde in het basisjaar met haar " \
    "betrouwbaarheidsinterval, de reeks tot dat jaar, de jaarlijkse verandering die nodig is om " \
    "het doel op tijd te halen, en een toets of het doel SMART is (specifiek, meetbaar, " \
    "acceptabel, realistisch, tijdgebonden).", \
    "The baseline records for every target where it starts: the value in the baseline year with " \
    "its confidence interval, the series up to that year, the annual change needed to meet the " \
    "target in time, and an audit of whether the target is SMART (specific, measurable, " \
    "acceptable, realistic, time-bound)."
#define RP_PH_THE_BASELINE_STAYS_THE_STARTING \
    "De nulmeting blijft het vertrekpunt van de doelen: ", \
    "The baseline stays the starting point of the targets: "
#define RP_PH_THE_BASELINE_VALUE_OF_IS_NOT \
    "de basiswaarde van %d wordt niet gepubliceerd, dus de gevraagde verandering is niet tegen " \
    "haar onzekerheid af te wegen", \
    "the baseline value of %d is not published, so the required change cannot be weighed against " \
    "its uncertainty"
#define RP_PH_THE_BASELINE_YEAR_IS_AFTER_THE_DATA \
    "het basisjaar ligt na de gegevens", \
    "the baseline year is after the data"
#define RP_PH_THE_CHART_AND_THE_FIRST_TABLE_GROUP \
    "De figuur en de eerste tabel delen de veroordeelden in naar %s; de tweede tabel naar cohort.", \
    "The chart and the first table group the offenders by %s; the second table by cohort."
#define RP_PH_THE_CHOSEN_MODEL \
    ", het gekozen model ", \
    ", the chosen model "
#define RP_PH_THE_COHORTS \
    "de cohorten", \
    "the cohorts"
#define RP_PH_THE_CONFIDENCE_LEVEL_CHANGED_FROM_TO \
    " Het betrouwbaarheidsniveau veranderde van %g%% naar %g%%: daardoor verschilt elk interval; " \
    "dat staat niet per cijfer in de lijst.", \
    " The confidence level changed from %g%% to %g%%: every interval differs for that reason, " \
    "which is not listed per figure."
#define RP_PH_THE_DEFINITION_OF_U201C_U201D \
    " De definitie van \u201c%s\u201d is sinds die editie gewijzigd; haar herzieningen kunnen " \
    "daaruit volgen.", \
    " The definition of \u201c%s\u201d changed since that edition; its revisions may follow from " \
    "that."
#define RP_PH_THE_DIFFERENCES_ARE_COMPATIBLE_WITH \
    "de verschillen passen bij toeval", \
    "the differences are compatible with chance"
#define RP_PH_THE_DISCLOSURE_THRESHOLD_CHANGED \
    " De drempel voor onthulling veranderde van %d naar %d: cijfers die daardoor nu wel of niet " \
    "gepubliceerd worden, staan in de lijst.", \
    " The disclosure threshold changed from %d to %d: figures that are published or withheld now " \
    "for that reason are listed."
#define RP_PH_THE_EDITION_OF \
    "de editie van ", \
    "the edition of "
#define RP_PH_THE_ESTIMATE_DEPENDS_STRONGLY_ON_THE \
    "De schatting hangt sterk af van het model: alleen hoofdeffecten geeft ", \
    "The estimate depends strongly on the model: main effects alone give "
#define RP_PH_THE_ESTIMATE_DEPENDS_STRONGLY_ON_THE_2 \
    "De schatting hangt sterk af van het model; met alleen hoofdeffecten: ", \
    "The estimate depends strongly on the model; with main effects alone: "
#define RP_PH_THE_ESTIMATE_IS_SENSITIVE_TO_THEM \
    "; de schatting is daar gevoelig voor.\n", \
    "; the estimate is sensitive to them.\n"
#define RP_PH_THE_FIGURE_DEPENDS_ON_THE_MODEL \
    "De schatting hangt %s af van het model: ", \
    "The figure depends %s on the model: "
#define RP_PH_THE_GROUPS_BY \
    "de groepen naar %s", \
    "the groups by %s"
#define RP_PH_THE_INTERVAL_HOLDS_THE_TARGET_SO_THE \
    "; het interval omvat het doel, dus het verschil met het doel valt binnen de onzekerheid.", \
    "; the interval holds the target, so the difference from it lies within the uncertainty."
#define RP_PH_THE_INTERVAL_IS_A_BCA_BOOTSTRAP \
    "Het interval is een BCa-bootstrapinterval uit %d replicaties, het model telkens opnieuw " \
    "gekozen.", \
    "The interval is a BCa bootstrap interval from %d replicates, the model chosen anew in each."
#define RP_PH_THE_INTERVAL_IS_LOG_NORMAL \
    "; het interval is log-normaal", \
    "; the interval is log-normal"
#define RP_PH_THE_INTERVAL_IS_LOG_NORMAL_FROM_THE \
    "Het interval is log-normaal, uit de variantie van het intercept.", \
    "The interval is log-normal, from the variance of the intercept."
#define RP_PH_THE_LARGEST_40_F_REGIONS_BRING \
    "De grootste 40%% van de regio's brengt ", \
    "The largest 40%% of regions bring "
#define RP_PH_THE_LARGEST_REVISION \
    "; de grootste herziening: ", \
    "; the largest revision: "
#define RP_PH_THE_LATEST_FIGURE_OF_EVERY_INDICATOR \
    ": het laatste cijfer van elke indicator (gegevens tot en met %d)", \
    ": the latest figure of every indicator (data up to %d)"
#define RP_PH_THE_LATEST_VALUES_ARE_ESTIMATES_NOT \
    "de laatste waarden zijn schattingen, geen tellingen", \
    "the latest values are estimates, not counts"
#define RP_PH_THE_LATEST_VALUE_ALREADY_MEETS_THE \
    ", de laatste waarde haalt het doel al", \
    ", the latest value already meets the target"
#define RP_PH_THE_LATEST_VALUE_IS \
    " (de laatste waarde is %s)", \
    " (the latest value is %s)"
#define RP_PH_THE_LOG_RANK_TEST_BETWEEN_IS \
    "De log-ranktoets tussen %s wordt niet gegeven: die telt over alle groepen, ook een die niet " \
    "gepubliceerd is.", \
    "The log-rank test between %s is withheld: it sums over every group, a hidden one too."
#define RP_PH_THE_MEAN_HAS_NO_UNIT_NO_UNIT \
    "het gemiddelde heeft geen eenheid (unit ontbreekt)", \
    "the mean has no unit (no unit)"
#define RP_PH_THE_MODELS_WITH_UP_TO \
    "de %zu modellen met hoogstens ", \
    "the %zu models with up to "
#define RP_PH_THE_MODEL_DID_NOT_CONVERGE \
    "het model convergeerde niet", \
    "the model did not converge"
#define RP_PH_THE_MODEL_DID_NOT_CONVERGE_2 \
    "het model convergeerde niet.", \
    "the model did not converge."
#define RP_PH_THE_MODEL_HAS_NO_FINITE_ESTIMATE \
    "het model heeft geen eindige schatting", \
    "the model has no finite estimate"
#define RP_PH_THE_MODEL_IS_NOT_IDENTIFIABLE \
    "het model is niet identificeerbaar", \
    "the model is not identifiable"
#define RP_PH_THE_NATIONAL_RATE_OF_THE_REGIONS_IS \
    "Het landelijke cijfer van de regio's wordt niet getoond: met het geregistreerde totaal zou " \
    "het een achtergehouden aantal prijsgeven; de trechter, de signalen en de EB-cijfers, die " \
    "erop rusten, evenmin. ", \
    "The national rate of the regions is not shown: with the registered total it would give a " \
    "withheld count away; nor are the funnel, the signals and the EB rates, which rest on it. "
#define RP_PH_THE_POPULATION_THE_INDICATOR_COUNTS \
    "de populatie die de indicator telt is niet omschreven (definition ontbreekt)", \
    "the population the indicator counts is not defined (no definition)"
#define RP_PH_THE_PROGRESS_OF_THE_TARGET \
    ", de voortgang van het doel", \
    ", the progress of the target"
#define RP_PH_THE_PROGRESS_OF_THE_TARGETS \
    ", de voortgang van de %zu doelen", \
    ", the progress of the %zu targets"
#define RP_PH_THE_PROJECT_PUBLISHES_COUNTS_OVER \
    "Het project publiceert in al zijn jaren en documenten %s aantallen; %s zijn verborgen, " \
    "%s daarvan door de controle toegevoegd. Voor elk van de %s aantallen onder de drempel van " \
    "%d die verborgen zijn of uit het gepubliceerde af te leiden zouden zijn, vonden %s " \
    "lineaire programma's de kleinste en grootste waarde die het gegeven al het gepubliceerde " \
    "kan hebben", \
    "The project publishes %s counts over all its years and documents; %s are hidden, %s of " \
    "them added by the audit. For each of the %s counts below the threshold of %d that are " \
    "hidden or could be worked out from the published ones, %s linear programs found the " \
    "smallest and largest value it can take given everything published"
#define RP_PH_THE_PUBLISHED_CELLS_OF_THE_INDICATOR \
    "De gepubliceerde cellen van de indicator %s, zoals in het rapport.\n", \
    "The published cells of the indicator %s, as in the report.\n"
#define RP_PH_THE_REGIONS_DIFFER_BY_MORE_THAN \
    "de regio's verschillen meer dan toeval verklaart", \
    "the regions differ by more than chance"
#define RP_PH_THE_REGIONS_DIFFER_NO_MORE_THAN \
    " De regio's verschillen niet meer dan toeval verklaart: elk EB-cijfer is het " \
    "gemeenschappelijke.", \
    " The regions differ no more than chance explains: every EB rate is the common one."
#define RP_PH_THE_REQUIRED_CHANGE \
    "de gevraagde verandering (", \
    "the required change ("
#define RP_PH_THE_REQUIRED_CHANGE_IS_LARGER_THAN \
    "de gevraagde verandering is groter dan de onzekerheid van de basiswaarde", \
    "the required change is larger than the baseline's own uncertainty"
#define RP_PH_THE_REQUIRED_CHANGE_LIES_WITHIN_THE \
    "de gevraagde verandering valt binnen de onzekerheid van de basiswaarde", \
    "the required change lies within the baseline's own uncertainty"
#define RP_PH_THE_SERIES_HAS_NEVER_SHOWN_THE \
    "de reeks liet de gevraagde verandering nooit zien", \
    "the series has never shown the required change"
#define RP_PH_THE_SERIES_HAS_SHOWN_THE_REQUIRED \
    "de reeks liet de gevraagde verandering al eens zien", \
    "the series has shown the required change before"
#define RP_PH_THE_SHARE_IS_0_OR_1_THROUGHOUT \
    "het aandeel is steeds 0 of 1", \
    "the share is 0 or 1 throughout"
#define RP_PH_THE_SHARE_OF_CONVICTED_OFFENDERS \
    "Het aandeel veroordeelden met een nieuw delict binnen 2, 5 en 7 jaar, geschat met " \
    "Kaplan-Meier (%g%%-BI, log-log). Dagen in detentie tellen niet als tijd waarin iemand kon " \
    "recidiveren; waar een groep nog niet lang genoeg is gevolgd, is het cijfer niet te schatten.", \
    "The share of convicted offenders with a new offence within 2, 5 and 7 years, estimated with " \
    "Kaplan-Meier (%g%% CI, log-log). Days in detention do not count as time at risk; where a " \
    "group has not been followed long enough, the figure is not estimable."
#define RP_PH_THE_SHARE_OF_CONVICTED_OFFENDERS_2 \
    "): het aandeel veroordeelden met een nieuw delict binnen ", \
    "): the share of convicted offenders with a new offence within "
#define RP_PH_THE_STARTING_VALUES_OF_THE_TARGETS \
    "De uitgangswaarden van de doelen en hun SMART-toets", \
    "The starting values of the targets and their SMART audit"
#define RP_PH_THE_TEST_OF_DIFFERENCES_BETWEEN \
    "De toets op verschillen tussen regio's en de concentratiematen worden niet getoond: met de " \
    "totalen zouden ze een achtergehouden aantal prijsgeven.", \
    "The test of differences between regions and the concentration figures are not shown: with " \
    "the totals they would give a withheld count away."
#define RP_PH_THE_TREND_MODEL_CANNOT_BE_FITTED_TO \
    "het trendmodel past niet op deze waarden", \
    "the trend model cannot be fitted to these values"
#define RP_PH_THE_VALUE_IN_THE_BASELINE_OR_LATEST \
    "de waarde in het basis- of laatste jaar is niet gepubliceerd", \
    "the value in the baseline or latest year is not published"
#define RP_PH_THIS_BASELINE_WAS_PUBLISHED_BEFORE \
    "Deze nulmeting is eerder gepubliceerd in ", \
    "This baseline was published before in "
#define RP_PH_THIS_EDITION_ALSO_PUBLISHES_FOR \
    " Daarnaast publiceert deze editie %zu %s voor jaren die de vorige al had (nieuwe " \
    "categorie\u00ebn of aangevulde jaren); die staan niet in de lijst.", \
    " This edition also publishes %zu %s for years the previous one had (new categories or " \
    "filled-in years); they are not listed."
#define RP_PH_THIS_LETTER \
    "deze brief", \
    "this letter"
#define RP_PH_THIS_LETTER_GIVES_THE_STATE_OF_THE \
    "Deze brief geeft de stand van de monitor in de ", \
    "This letter gives the state of the monitor in the "
#define RP_PH_THIS_MONITOR_AND_THAT_EDITION \
    "Deze monitor en die editie publiceren geen enkel cijfer van dezelfde indicator, hetzelfde " \
    "jaar en dezelfde indeling: er is niets te vergelijken.", \
    "This monitor and that edition publish no figure of the same indicator, year and breakdown: " \
    "there is nothing to compare."
#define RP_PH_THIS_MONITOR_FOLLOWS_WITH_DATA_UP_TO \
    "Deze monitor volgt %zu %s, met gegevens tot en met %d, en %zu %s.", \
    "This monitor follows %zu %s, with data up to %d, and %zu %s."
#define RP_PH_THIS_REPORT \
    "dit rapport", \
    "this report"
#define RP_PH_TIMES_AS_MANY_WHO_IS_ON_SEVERAL \
    " keer zoveel. Wie op meer lijsten staat, telt hier één keer; de lijsten zijn niet dezelfde " \
    "registratie als die van de indicatoren, zodat hun aantal daarvan kan verschillen.", \
    " times as many. Who is on several lists counts once here; the lists are not the " \
    "registration the indicators count, so their number may differ from it."
#define RP_PH_TIMES_SINCE_THE_EDITION_OF \
    "%zu keer sinds de editie van ", \
    "%zu times since the edition of "
#define RP_PH_TIMES_THE \
    " keer de ", \
    " times the "
#define RP_PH_TO \
    " tot ", \
    " to "
#define RP_PH_TOO_FEW_DATA_TO_COMPARE_THE_REQUIRED \
    "te weinig gegevens om de gevraagde verandering met de reeks te vergelijken", \
    "too few data to compare the required change with the series"
#define RP_PH_TOO_FEW_VALUES_FROM_THE_BASELINE \
    "te weinig waarden vanaf het basisjaar voor een projectie (minstens 4)", \
    "too few values from the baseline year on for a projection (at least 4)"
#define RP_PH_TOTAL \
    "totaal: ", \
    "total: "
#define RP_PH_TOTAL_OF_THE_COUNTS_SHOWN \
    "totaal van de getoonde aantallen: ", \
    "total of the counts shown: "
#define RP_PH_TO_2 \
    " naar ", \
    " to "
#define RP_PH_TREND \
    "trend %d-%d: ", \
    "trend %d-%d: "
#define RP_PH_TREND_2 \
    "Trend", \
    "Trend"
#define RP_PH_TREND_CANNOT_BE_CALCULATED \
    "trend: niet te berekenen (%s)", \
    "trend: cannot be calculated (%s)"
#define RP_PH_UNCHANGED \
    "gelijk gebleven", \
    "unchanged"
#define RP_PH_UNIT \
    "Eenheid: ", \
    "Unit: "
#define RP_PH_UNIT_OF_THE_CHANGE \
    "eenheid van de verandering", \
    "unit of the change"
#define RP_PH_UNLIKELY \
    "onwaarschijnlijk", \
    "unlikely"
#define RP_PH_UPPER \
    "bovengrens", \
    "upper"
#define RP_PH_UP_TO_THIS_ONE \
    " en tot en met deze", \
    " up to this one"
#define RP_PH_VALUE \
    "Waarde", \
    "Value"
#define RP_PH_VALUE_2 \
    "waarde", \
    "value"
#define RP_PH_VALUE_IN \
    "waarde in %d", \
    "value in %d"
#define RP_PH_VALUE_WITH_CONFIDENCE_INTERVAL \
    "Waarde met betrouwbaarheidsinterval", \
    "Value with confidence interval"
#define RP_PH_VERDICT \
    "oordeel", \
    "verdict"
#define RP_PH_VERTICAL_DOTTED_LINE_SERIES_BREAK_IN \
    "Verticale stippellijn: trendbreuk in %d, de definitie veranderde; lijn en trend lopen niet " \
    "over de breuk.", \
    "Vertical dotted line: series break in %d, the definition changed; neither line nor trend " \
    "crosses it."
#define RP_PH_VERY_LIKELY \
    "zeer waarschijnlijk", \
    "very likely"
#define RP_PH_VERY_UNLIKELY \
    "zeer onwaarschijnlijk", \
    "very unlikely"
#define RP_PH_VICTIMS \
    "slachtoffers", \
    "victims"
#define RP_PH_VICTIMS_OF_WHOM \
    " slachtoffers, van wie ", \
    " victims, of whom "
#define RP_PH_VICTIMS_ON_AT_LEAST_ONE_OF_THE_LISTS \
    " slachtoffers op ten minste één van de %d lijsten", \
    " victims on at least one of the %d lists"
#define RP_PH_WEIGHT \
    "gewicht", \
    "weight"
#define RP_PH_WEIGHT_2 \
    "; gewicht ", \
    "; weight "
#define RP_PH_WHISKERS_CONFIDENCE_INTERVAL \
    "Streepjes: %g%%-betrouwbaarheidsinterval. ", \
    "Whiskers: %g%% confidence interval. "
#define RP_PH_WHISKERS_CONFIDENCE_INTERVAL_2 \
    "Streepjes: %g%%-betrouwbaarheidsinterval.", \
    "Whiskers: %g%% confidence interval."
#define RP_PH_WHISKERS_CONFIDENCE_INTERVAL_LINE \
    "Streepjes: %g%%-betrouwbaarheidsinterval; lijn: landelijk. Hoog/laag: buiten de " \
    "trechtergrenzen van 99,8%%.", \
    "Whiskers: %g%% confidence interval; line: national rate. High/low: outside the 99.8%% " \
    "funnel limits."
#define RP_PH_WIDENED_LIMITS_WERE_ASKED_FOR_BUT \
    " Verbrede grenzen zijn gevraagd, maar %zu regio's zijn te weinig om de overspreiding te " \
    "schatten (minstens 3).", \
    " Widened limits were asked for, but %zu regions are too few to estimate the over-dispersion " \
    "(at least 3)."
#define RP_PH_WINSORISED_DISPERSION \
    "gewinsoriseerde spreidingsfactor ", \
    "winsorised dispersion "
#define RP_PH_WITHIN \
    "Binnen", \
    "Within"
#define RP_PH_WITHIN_CHANCE \
    ", binnen de toevalsmarge", \
    ", within chance"
#define RP_PH_WITHIN_THE_LIMITS \
    "Binnen de grenzen", \
    "Within the limits"
#define RP_PH_WITHIN_YEARS_COHORT \
    " binnen %g jaar (cohort %s)", \
    " within %g years (cohort %s)"
#define RP_PH_WITHOUT \
    " (zonder %s)", \
    " (without %s)"
#define RP_PH_WITHOUT_2 \
    "zonder %s", \
    "without %s"
#define RP_PH_WITHOUT_OF_THE_LISTS_NOT_PUBLISHED \
    " Zonder %zu van de lijsten niet gepubliceerd: het verschil zou een aantal onder %d " \
    "prijsgeven.", \
    " Without %zu of the lists not published: the difference would give a count below %d away."
#define RP_PH_WITHOUT_TO \
    " (zonder %s) tot ", \
    " (without %s) to "
#define RP_PH_WITH_THE_EXISTENCE_AND \
    ", met de controles op bestaan en identificeerbaarheid van Chan, Silverman en Vincent " \
    "(2021). ", \
    ", with the existence and identifiability checks of Chan, Silverman and Vincent (2021). "
#define RP_PH_YEARLY_MONITOR \
    " (jaarrapportage", \
    " (yearly monitor"
#define RP_PH_YEARLY_MONITOR_2 \
    "Jaarrapportage %d", \
    "Yearly monitor %d"
#define RP_PH_YEARS \
    "%g jaar", \
    "%g years"
#define RP_PH_YEARS_2 \
    "%s%g jaar ", \
    "%s%g years "
#define RP_PH_YEARS_3 \
    " jaar", \
    " years"
#define RP_PH_YEARS_AFTER_THE_START \
    "jaren na de start", \
    "years after the start"
#define RP_PH_YEAR_2 \
    "jaar", \
    "year"

/* SMART R: the rate a target asks against the best the series has shown (words/wording.c) */
#define RP_PH_SMART_R_RATES                                                                   \
    "vraagt %s; de reeks liet over perioden van %d jaar op zijn best %s zien",                 \
    "requires %s; over %d-year periods the series has shown at best %s"
/* the nulmeting: the yearly change a target needs (reports/nulmeting.c) */
#define RP_PH_TARGET_NEEDS " in %d; daarvoor is %s nodig", " in %d; that needs %s"

/* the recent-trend test beside the stated trend's interval over the same years (wording.c) */
#define RP_PH_MARKER_SIGNIFICANT_INTERVAL_NOT                                                 \
    " Het interval van de trend bevat wel nul: de toets weegt elk jaar als een telling "        \
    "(Poisson), het interval houdt ook rekening met de spreiding tussen de jaren",             \
    " The trend's interval does include zero: the test weighs each year as a count "           \
    "(Poisson), the interval also allows for the spread between the years"
#define RP_PH_MARKER_DISPERSION " (spreidingsfactor ", " (dispersion "
#define RP_PH_MARKER_NOT_SIGNIFICANT_INTERVAL_IS                                              \
    " Het interval van de trend sluit nul wel uit: de toets vraagt 99,8% zekerheid en een "     \
    "richting die blijft als één jaar wordt weggelaten",                                        \
    " The trend's interval does exclude zero: the test asks for 99.8% and a direction that "    \
    "holds with any one year left out"
#define RP_PH_MARKER_UNDERDISPERSED                                                           \
    ", en de jaren liggen dichter bij de lijn dan tellingen zouden doen (spreidingsfactor ",   \
    ", and the years lie closer to the line than counts would (dispersion "
#define RP_PH_MARKER_UNDERDISPERSED_END "), wat het interval smaller maakt",                 \
    "), which narrows the interval"
/* a key finding on an estimate that depends strongly on the model (word_findings.c) */
#define RP_PH_FINDING_ESTIMATE_DEPENDS_ON_MODEL                                               \
    " De schatting hangt sterk af van het gekozen model (zie %s).",                            \
    " The estimate depends strongly on the model chosen (see %s)."
/* number words for counts up to four (words/word_estimate.c) */
#define RP_PH_NUMBER_NO "nul", "no"
#define RP_PH_NUMBER_ONE "één", "one"
#define RP_PH_NUMBER_TWO "twee", "two"
#define RP_PH_NUMBER_THREE "drie", "three"
#define RP_PH_NUMBER_FOUR "vier", "four"
/* the methods of the annex (reports/annex.c), one item each */
#define RP_PH_METHOD_SHARES \
    "Aandelen: Wilson-scoreinterval (Wilson 1927; Newcombe 1998).", \
    "Shares: Wilson score interval (Wilson 1927; Newcombe 1998)."
#define RP_PH_METHOD_COUNTS \
    "Aantallen en cijfers per inwoner: exact Poisson-interval uit chi-kwadraatkwantielen " \
    "onder 10, Byars benadering vanaf 10, zoals de Britse public-health-indicatormethoden " \
    "(OHID, Public Health Data Science).", \
    "Counts and rates: exact Poisson interval from chi-square quantiles below 10, Byar's " \
    "approximation from 10, as the UK public-health indicator methods (OHID, Public Health " \
    "Data Science)."
#define RP_PH_METHOD_MEANS \
    "Gemiddelden: t-interval.", \
    "Means: t interval."
#define RP_PH_METHOD_TRENDS \
    "Trends: log-lineaire quasi-Poissonregressie (IRLS; McCullagh & Nelder 1989), " \
    "standaardfouten geschaald met de Pearson-dispersie; gelijk aan R glm(quasipoisson).", \
    "Trends: log-linear quasi-Poisson regression (IRLS; McCullagh & Nelder 1989), standard " \
    "errors scaled by the Pearson dispersion; equal to R glm(quasipoisson)."
#define RP_PH_METHOD_RECENT_TREND \
    "Recente trend: methode van Fingertips (OHID): de laatste 5 jaren, chi-kwadraattoets voor " \
    "trend (Cochran-Armitage voor aandelen, gewogen kleinste kwadraten anders), significant " \
    "boven 9,5495 (99,8%) als de helling haar teken houdt bij het weglaten van elk punt.", \
    "Recent trend: the Fingertips method (OHID): the latest 5 years, chi-square test for trend " \
    "(Cochran-Armitage for shares, weighted least squares otherwise), significant above 9.5495 " \
    "(99.8%) when the slope keeps its sign with each point left out."
#define RP_PH_METHOD_TARGETS \
    "Doelen: methode van Eurostat voor de SDG-monitoring: de waargenomen jaarlijkse " \
    "verandering van het basisjaar tot het laatste jaar (samengestelde groei; voor aandelen " \
    "procentpunten per jaar) tegen de nodige; de verhouding bepaalt het oordeel, met minder " \
    "dan 3 waarden vanaf het basisjaar niet te beoordelen. Dezelfde jaarlijkse verandering " \
    "trekt de laatste waarde door naar het doeljaar en geeft de kans het doel te halen " \
    "(spreiding uit kleinste kwadraten over dezelfde jaren), zodat oordeel, projectie en kans " \
    "altijd overeenstemmen. Staat het doeljaar in de gegevens, dan is het oordeel bereikt of " \
    "niet bereikt op de waarde van dat jaar. Daarnaast een SMART-toets per doel.", \
    "Targets: Eurostat's method for SDG monitoring: the observed annual change from the " \
    "baseline year to the latest (compound growth; percentage points a year for shares) " \
    "against the change required; their ratio gives the category, not assessable with fewer " \
    "than 3 values from the baseline on. The same annual change carries the latest value to " \
    "the target year and gives the chance of meeting the target (spread from least squares " \
    "over the same years), so category, projection and chance always agree. Once the target " \
    "year is in the data the verdict is achieved or not achieved on that year's value. And a " \
    "SMART audit per target."
#define RP_PH_METHOD_REGIONS \
    "Regio's: trechtergrenzen van 95% en 99,8%: exacte Poissongrenzen rond het landelijke " \
    "cijfer (als PHEindicatormethods), verbreed voor overspreiding waar de regio's meer " \
    "verschillen dan Poissonruis (Spiegelhalter 2005, gewinsoriseerde z-scores); " \
    "chi-kwadraattoets van de aantallen tegen de op bevolking verwachte aantallen; " \
    "concentratie (top-40%-aandeel, Gini).", \
    "Regions: 95% and 99.8% funnel limits: exact Poisson limits around the national rate (as " \
    "PHEindicatormethods), widened for over-dispersion where the regions vary more than " \
    "Poisson noise (Spiegelhalter 2005, winsorised z-scores); chi-square test of the counts " \
    "against population-expected counts; concentration (top-40% share, Gini)."
#define RP_PH_METHOD_RECIDIVISM \
    "Recidive: Kaplan-Meier met Greenwood-variantie en log-log-interval (Kalbfleisch & " \
    "Prentice 1980), gelijk aan R survival; dagen in detentie tellen niet als risicotijd; " \
    "log-ranktoets tussen groepen.", \
    "Recidivism: Kaplan-Meier with Greenwood variance and log-log interval (Kalbfleisch & " \
    "Prentice 1980), equal to R survival; days in detention are not time at risk; log-rank " \
    "test between groups."
#define RP_PH_METHOD_DISCLOSURE \
    "Onthulling: elk aantal dat het project publiceert, in elk jaar en elk document, is een " \
    "cel van een grootboek, geschreven als som van de fijnste aantallen. Aantallen van 1 tot " \
    "de drempel worden niet getoond (x), met de aandelen, cijfers en gemiddelden waarin ze " \
    "zitten; waar het getoonde er een zou insluiten (een totaal min de rest, twee geneste " \
    "filters, een ander verslagjaar) worden meer cellen verborgen, tot voor elk verborgen " \
    "aantal de kleinste en grootste waarde die het gegeven al het gepubliceerde kan hebben " \
    "(twee lineaire programma's, GLPK) tot de drempel reiken en eronder beginnen, zoals " \
    "tau-argus en sdcTable gekoppelde tabellen controleren (Hundepool e.a. 2012). Welke cel " \
    "welke afdekt, staat nergens.", \
    "Disclosure: every count the project publishes, in every year and every document, is a " \
    "cell of one ledger, written as a sum of the finest counts. Counts from 1 to the threshold " \
    "are not shown (x), nor the shares, rates and means that contain them; where what is shown " \
    "would narrow one down (a total less the rest, two nested filters, another report year), " \
    "more cells are hidden, until for every hidden count the smallest and largest value it can " \
    "take given everything published (two linear programs, GLPK) reach the threshold and start " \
    "below it, as tau-argus and sdcTable audit linked tables (Hundepool et al. 2012). Which " \
    "cell covers which is not said."

#endif

/* ---- messages about input: RP_MSG("English, as written at the call", "Dutch") ---- */
#ifdef RP_MSG
/* In sections by the file that gives the message. A message is the English format at the call
 * (rp_diag_error, rp_diag_warn, rp_usage_error, rp_cli_msg and the like), or a word or reason
 * marked with RP_N that goes into one. The Dutch takes the same arguments in the same order
 * (tests/check_messages.c). */
/* base/buf.c */
RP_MSG("cannot open: %s", "kan niet worden geopend: %s")
RP_MSG("is not a regular file (a folder, device or pipe); expected a file",
       "is geen gewoon bestand (maar een map, apparaat of pipe); verwacht een bestand")
RP_MSG("is %lld bytes, more than the %lld this input may have",
       "is %lld bytes, meer dan de %lld die deze invoer mag hebben")
/* base/diag.c */
RP_MSG("warning", "waarschuwing")
RP_MSG("%s: %zu more problem not shown", "%s: nog %zu probleem niet getoond")
RP_MSG("%s: %zu more problems not shown", "%s: nog %zu problemen niet getoond")
/* cli/args.c */
RP_MSG("usage: rapporteur %s %s (--help for more)",
       "gebruik: rapporteur %s %s (--help voor meer)")
RP_MSG("internal error: more than %d options or %d arguments declared",
       "interne fout: meer dan %d opties of %d argumenten gedeclareerd")
RP_MSG("unexpected argument \"%s\"", "onverwacht argument \"%s\"")
RP_MSG("unknown option %.*s", "onbekende optie %.*s")
RP_MSG("option --%s takes no value", "optie --%s neemt geen waarde")
RP_MSG("option %s needs a value (%s)", "optie %s heeft een waarde nodig (%s)")
RP_MSG("missing argument", "argument ontbreekt")
RP_MSG("--format %s: expected text or csv", "--format %s: verwacht text of csv")
RP_MSG("--%s %s: expected a number from %g to %g",
       "--%s %s: verwacht een getal van %g tot en met %g")
RP_MSG("--%s %s: expected a whole number from %ld to %ld",
       "--%s %s: verwacht een geheel getal van %ld tot en met %ld")
/* cli/cmd_charts.c */
RP_MSG("warning: %s", "waarschuwing: %s")
RP_MSG("--only %s: no indicator or target of that name has a chart",
       "--only %s: geen indicator of doel met die naam heeft een grafiek")
/* cli/cmd_ci.c */
RP_MSG("--method %s does not apply to --kind %s", "--method %s past niet bij --kind %s")
RP_MSG("--x is required", "--x is verplicht")
RP_MSG("--n is required for --kind %s", "--n is verplicht bij --kind %s")
RP_MSG("--sd is required for --kind mean", "--sd is verplicht bij --kind mean")
RP_MSG("--x and --n must be whole numbers with 0 <= x <= n and n >= 1",
       "--x en --n moeten gehele getallen zijn met 0 <= x <= n en n >= 1")
RP_MSG("--x must be a whole number (a count)", "--x moet een geheel getal zijn (een aantal)")
RP_MSG("--n must be at least 2 for a mean", "--n moet bij een gemiddelde minstens 2 zijn")
RP_MSG("--kind must be proportion, count, rate or mean",
       "--kind moet proportion, count, rate of mean zijn")
RP_MSG("--x must not be negative for --kind %s", "--x mag bij --kind %s niet negatief zijn")
RP_MSG("these values have no interval (check --x and --n)",
       "bij deze waarden bestaat geen interval (controleer --x en --n)")
/* cli/cmd_estimate.c */
RP_MSG("--terms %s: %s", "--terms %s: %s")
RP_MSG("--max-terms goes with --model all or average",
       "--max-terms hoort bij --model all of average")
RP_MSG("--leave-one-out fits main effects: leave out --model %s",
       "--leave-one-out past alleen hoofdeffecten: laat --model %s weg")
RP_MSG("--bootstrap goes with --model main, fixed or stepwise",
       "--bootstrap hoort bij --model main, fixed of stepwise")
RP_MSG("--model %s: expected main, fixed, stepwise, all or average",
       "--model %s: verwacht main, fixed, stepwise, all of average")
RP_MSG("--seed goes with --bootstrap", "--seed hoort bij --bootstrap")
RP_MSG("--terms goes with --model fixed", "--terms hoort bij --model fixed")
RP_MSG("--model fixed needs --terms A:B,..", "--model fixed heeft --terms A:B,.. nodig")
RP_MSG("--max-terms %d: with %d lists that is more than %d models",
       "--max-terms %d: met %d lijsten zijn dat meer dan %d modellen")
RP_MSG("out of memory", "onvoldoende geheugen")
RP_MSG("--by, --count and --lists are for a FILE; a project's [estimate] sections name "
       "their strata, count and lists",
       "--by, --count en --lists zijn voor een BESTAND; de [estimate]-secties van een "
       "project noemen zelf hun strata, aantal en lijsten")
RP_MSG("--suppress is for a FILE: a project withholds what its report withholds "
       "(suppress_below in monitor.ini)",
       "--suppress is voor een BESTAND: een project houdt achter wat zijn rapport "
       "achterhoudt (suppress_below in monitor.ini)")
RP_MSG("%s has no [estimate %s] section", "%s heeft geen sectie [estimate %s]")
RP_MSG("%s has no [estimate] section", "%s heeft geen sectie [estimate]")
RP_MSG("--estimate names a section of a PROJECT", "--estimate noemt een sectie van een PROJECT")
/* cli/cmd_init.c */
RP_MSG("%s has no monitor.ini; expected a project folder",
       "%s heeft geen monitor.ini; verwacht een projectmap")
RP_MSG("the project has a key already: kept as it is",
       "het project heeft al een sleutel: die blijft zoals hij is")
RP_MSG("cannot write %s: %s", "kan %s niet schrijven: %s")
RP_MSG("%s already exists and is not an empty folder; choose a new one",
       "%s bestaat al en is geen lege map; kies een nieuwe")
RP_MSG("cannot create %s: %s", "kan %s niet aanmaken: %s")
/* cli/cmd_recidivism.c */
RP_MSG("--by %s: on a project this shows what the report publishes: cohort or %s; for "
       "another grouping run it on the file (%s), not for publication",
       "--by %s: bij een project toont dit wat het rapport publiceert: cohort of %s; voor "
       "een andere indeling gebruikt u het bestand (%s), niet voor publicatie")
RP_MSG("--by %s: on a project this shows what the report publishes: cohort; for another "
       "grouping run it on the file (%s), not for publication",
       "--by %s: bij een project toont dit wat het rapport publiceert: cohort; voor een "
       "andere indeling gebruikt u het bestand (%s), niet voor publicatie")
RP_MSG("--at: on a project this shows what the report publishes (2, 5 and 7 years); for "
       "other times run it on the file (%s), not for publication",
       "--at: bij een project toont dit wat het rapport publiceert (2, 5 en 7 jaar); voor "
       "andere termijnen gebruikt u het bestand (%s), niet voor publicatie")
RP_MSG("--suppress, --level and --dataset are for a file: on a project the report's "
       "threshold, level and data hold",
       "--suppress, --level en --dataset zijn voor een bestand: bij een project gelden de "
       "drempel, het niveau en de gegevens van het rapport")
RP_MSG("%s has no person-level recidivism dataset",
       "%s heeft geen recidivebestand met een rij per persoon")
RP_MSG("--by %s: %s has no such grouping column",
       "--by %s: %s heeft geen kolom met die naam om op in te delen")
RP_MSG("%s was not checked against a project's publication: for analysis, not for "
       "publication (and below the usual threshold of %d)",
       "%s is niet getoetst aan de publicatie van een project: voor analyse, niet voor "
       "publicatie (en onder de gebruikelijke drempel van %d)")
RP_MSG("%s was not checked against a project's publication: for analysis, not for "
       "publication",
       "%s is niet getoetst aan de publicatie van een project: voor analyse, niet voor "
       "publicatie")
RP_MSG("--at %s: expected up to 16 times in years above 0, such as 2,5,7",
       "--at %s: verwacht hoogstens 16 termijnen in jaren boven 0, zoals 2,5,7")
/* cli/cmd_regions.c */
RP_MSG("--indicator %s: no such indicator", "--indicator %s: die indicator bestaat niet")
RP_MSG("%s has no count or rate indicator with a region column",
       "%s heeft geen indicator van een aantal of cijfer met een regiokolom")
RP_MSG("indicator %s, %ld: %s", "indicator %s, %ld: %s")
RP_MSG("indicator %s: %s", "indicator %s: %s")
/* cli/cmd_report.c */
RP_MSG("--format %.*s: the nulmeting has no briefing; expected png, svg, pdf and/or docx",
       "--format %.*s: de nulmeting heeft geen briefing; verwacht png, svg, pdf en/of docx")
RP_MSG("--format %s: expected png, svg, pdf, docx, pptx and/or briefing, separated by commas",
       "--format %s: verwacht png, svg, pdf, docx, pptx en/of briefing, gescheiden door "
       "komma's")
RP_MSG("--format %s: expected png, svg, pdf and/or docx, separated by commas",
       "--format %s: verwacht png, svg, pdf en/of docx, gescheiden door komma's")
RP_MSG("--format %.*s: the letter has no briefing; expected png, svg, pdf and/or docx",
       "--format %.*s: de brief heeft geen briefing; verwacht png, svg, pdf en/of docx")
RP_MSG("--since %s: no such edition in %s/editions; expected %s",
       "--since %s: die editie staat niet in %s/editions; verwacht %s")
RP_MSG("--since %s: no such edition in %s/editions; expected an edition file (there are none)",
       "--since %s: die editie staat niet in %s/editions; verwacht een editiebestand (er zijn "
       "er geen)")
RP_MSG("--period %s: expected H1 or H2, or a year with it (2025-H1)",
       "--period %s: verwacht H1 of H2, eventueel met een jaar ervoor (2025-H1)")
RP_MSG("cannot record the edition: %s", "kan de editie niet vastleggen: %s")
/* cli/cmd_tabulate.c */
RP_MSG("--suppress and --decimal are for a FILE: a project hides what its report hides "
       "(suppress_below in monitor.ini)",
       "--suppress en --decimal zijn voor een BESTAND: een project verbergt wat zijn "
       "rapport verbergt (suppress_below in monitor.ini)")
RP_MSG("--decimal %s: expected . or ,", "--decimal %s: verwacht . of ,")
RP_MSG("--dataset names a dataset of a PROJECT", "--dataset noemt een dataset van een PROJECT")
RP_MSG("--by is required", "--by is verplicht")
RP_MSG("--by %s: expected 1 to 64 column names", "--by %s: verwacht 1 tot en met 64 kolomnamen")
/* cli/cmd_trend.c */
RP_MSG("%s %g appears again (also on line %ld); expected one value per %s",
       "%s %g komt nogmaals voor (ook op regel %ld); verwacht één waarde per %s")
RP_MSG("%s %g is negative; expected a count of 0 or more for the %s model",
       "%s %g is negatief; verwacht een aantal van 0 of meer voor het model %s")
RP_MSG("%s %g is not above 0; a rate needs a denominator such as a population",
       "%s %g is niet groter dan 0; een cijfer heeft een noemer nodig, zoals een "
       "bevolkingsaantal")
RP_MSG("every %s is 0: a log-linear model cannot be fitted (use --model linear or mk)",
       "alle waarden van %s zijn 0: een log-lineair model is niet te schatten (gebruik "
       "--model linear of mk)")
RP_MSG("the %s model did not converge on these values",
       "het model %s convergeert niet op deze waarden")
RP_MSG("the %s model cannot be fitted to these values",
       "het model %s is niet te schatten op deze waarden")
RP_MSG("--x and --y are required", "--x en --y zijn verplicht")
RP_MSG("--model must be poisson, linear, mk or joinpoint",
       "--model moet poisson, linear, mk of joinpoint zijn")
RP_MSG("--offset applies to the poisson and joinpoint models",
       "--offset hoort bij de modellen poisson en joinpoint")
RP_MSG("%zu point with values; a trend needs at least 3",
       "%zu punt met waarden; een trend heeft er minstens 3 nodig")
RP_MSG("%zu points with values; a trend needs at least 3",
       "%zu punten met waarden; een trend heeft er minstens 3 nodig")
/* cli/cmd_validate.c */
RP_MSG("[estimate %s] %s: %s", "[estimate %s] %s: %s")
/* cli/common.c */
RP_MSG("%s is not valid; run rapporteur validate %s for a summary",
       "%s is niet geldig; rapporteur validate %s geeft een overzicht")
RP_MSG("--year %ld: the data of %s cover %d-%d; expected a year in that range",
       "--year %ld: de gegevens van %s beslaan %d-%d; verwacht een jaar daarbinnen")
RP_MSG("-o %s is the project folder or holds it; expected a folder outside the project (the "
       "outputs replace the folder as a whole)",
       "-o %s is de projectmap of bevat die; verwacht een map buiten het project (de "
       "uitvoer vervangt de map in haar geheel)")
RP_MSG("warning: the staging folder's path is too long to clean up after an interruption",
       "waarschuwing: het pad van de tijdelijke map is te lang om na een onderbreking op te "
       "ruimen")
RP_MSG("waiting for another run that writes into %s to finish (Ctrl-C to stop waiting)",
       "wacht tot een andere run die in %s schrijft klaar is (Ctrl-C om niet langer te wachten)")
RP_MSG("warning: cannot write to standard output (%s); the outputs in %s are complete",
       "waarschuwing: kan niet naar de standaarduitvoer schrijven (%s); de uitvoer in %s is "
       "volledig")
RP_MSG("-o DIR is required", "-o MAP is verplicht")
RP_MSG("--format %s: expected png, svg and/or pdf, separated by commas",
       "--format %s: verwacht png, svg en/of pdf, gescheiden door komma's")
/* cli/main.c */
RP_MSG("unknown command \"%s\"", "onbekende opdracht \"%s\"")
RP_MSG("one command at a time", "één opdracht tegelijk")
RP_MSG("SOURCE_DATE_EPOCH=%.40s is not a time; expected whole seconds since 1970-01-01 UTC, "
       "from 0 to %lld (9999-12-31)",
       "SOURCE_DATE_EPOCH=%.40s is geen tijdstip; verwacht hele seconden sinds 1970-01-01 "
       "UTC, van 0 tot en met %lld (9999-12-31)")
RP_MSG("writing output: %s", "schrijven van de uitvoer: %s")
/* cli/tab_project.c */
RP_MSG("--dataset: no records or counts dataset of that name",
       "--dataset: geen dataset met records of aantallen met die naam")
RP_MSG("the project has no records or counts dataset",
       "het project heeft geen dataset met records of aantallen")
RP_MSG("the project has several datasets: name one with --dataset",
       "het project heeft meerdere datasets: noem er een met --dataset")
RP_MSG("an ad-hoc table of a project is perturbed with the project's key, and this project "
       "has none: run rapporteur init --key on it (it writes monitor.key)",
       "een ad-hoctabel van een project wordt verstoord met de sleutel van het project, en "
       "dit project heeft er geen: voer rapporteur init --key erop uit (dat schrijft "
       "monitor.key)")
/* datasets/captures.c */
RP_MSG("more than %d lists; multiple systems estimation here takes at most %d (name the "
       "lists to use)",
       "meer dan %d lijsten; de schatting met meerdere lijsten neemt er hier hoogstens %d "
       "(noem de lijsten die u wilt gebruiken)")
RP_MSG("no column %s; expected the number of people with each capture history",
       "geen kolom %s; verwacht het aantal personen met elke combinatie van lijsten")
RP_MSG("no column %s to stratify by", "geen kolom %s om naar te stratificeren")
RP_MSG("no list column %s", "geen lijstkolom %s")
RP_MSG("%d list column; estimating who is on no list needs at least 2 lists",
       "%d lijstkolom; wie op geen enkele lijst staat, is alleen te schatten met minstens 2 "
       "lijsten")
RP_MSG("%d list columns; estimating who is on no list needs at least 2 lists",
       "%d lijstkolommen; wie op geen enkele lijst staat, is alleen te schatten met "
       "minstens 2 lijsten")
RP_MSG("%s \"%.40s\" in list column %s; expected 0 (not on the list) or 1 (on it)",
       "%s \"%.40s\" in lijstkolom %s; verwacht 0 (niet op de lijst) of 1 (wel op de lijst)")
RP_MSG("value", "waarde")
RP_MSG("empty value", "lege waarde")
RP_MSG("%s is empty: the number of people with this capture history is not known, and the "
       "estimate needs it; expected that number (a missing count is not 0)",
       "%s is leeg: het aantal personen met deze combinatie van lijsten is onbekend, en de "
       "schatting heeft het nodig; verwacht dat aantal (een ontbrekend aantal is geen 0)")
RP_MSG("a whole number of people, 0 or more", "een geheel aantal personen, 0 of meer")
RP_MSG("%s \"%.40s\" in %s; expected a whole number of people, 0 or more",
       "%s \"%.40s\" in %s; verwacht een geheel aantal personen, 0 of meer")
RP_MSG("out of range", "buiten bereik")
RP_MSG("empty %s; expected the stratum of the row", "lege %s; verwacht het stratum van de rij")
RP_MSG("%s \"%.40s\"; expected a year from 1900 to 2100",
       "%s \"%.40s\"; verwacht een jaar van 1900 tot en met 2100")
RP_MSG("%ld people on no list; no one can be observed on no list (that is what is "
       "estimated): expected a 1 in at least one list column",
       "%ld personen op geen enkele lijst; niemand kan worden waargenomen zonder op een "
       "lijst te staan (dat aantal wordt juist geschat): verwacht een 1 in minstens één "
       "lijstkolom")
RP_MSG("this capture history appears again in the same stratum (also on line %ld); expected "
       "one row per history",
       "deze combinatie van lijsten komt in hetzelfde stratum nogmaals voor (ook op regel "
       "%ld); verwacht één rij per combinatie")
RP_MSG("this capture history appears again (also on line %ld); expected one row per history",
       "deze combinatie van lijsten komt nogmaals voor (ook op regel %ld); verwacht één rij "
       "per combinatie")
RP_MSG("no capture histories; expected a row per history with its count",
       "geen combinaties van lijsten; verwacht een rij per combinatie met het aantal")
RP_MSG("out of memory reading the file", "onvoldoende geheugen bij het lezen van het bestand")
RP_MSG("\"%s\" is not two different lists of %s joined by ':'",
       "\"%s\" is geen paar van twee verschillende lijsten van %s, verbonden door ':'")
RP_MSG("%s:%s is named twice", "%s:%s staat er twee keer in")
RP_MSG("more than %zu pairs", "meer dan %zu paren")
RP_MSG("no pairs; expected A:B, C:D", "geen paren; verwacht A:B, C:D")
/* datasets/columns.c */
RP_MSG("no column \"%s\"; expected one of: %s", "geen kolom \"%s\"; verwacht een van: %s")
RP_MSG("%s \"%s\" is not a number; expected a number with a decimal %s, or an empty cell",
       "%s \"%s\" is geen getal; verwacht een getal met een decimale %s, of een lege cel")
RP_MSG("comma", "komma")
RP_MSG("point", "punt")
/* datasets/csvfile.c */
RP_MSG("cell contains a NUL byte; expected text (is this really a CSV file?)",
       "cel bevat een NUL-byte; verwacht tekst (is dit wel een CSV-bestand?)")
RP_MSG("cell contains U+%04lX, a Unicode noncharacter (at character %zu), which no report "
       "can show; expected text without it (delete it)",
       "cel bevat U+%04lX, een Unicode-niet-teken (op teken %zu), dat geen rapport kan "
       "tonen; verwacht tekst zonder dit teken (verwijder het)")
RP_MSG("cell is not valid UTF-8 (byte 0x%02x at position %zu); save the file as \"CSV "
       "UTF-8\" (Excel's plain CSV is Windows-1252)",
       "cel is geen geldige UTF-8 (byte 0x%02x op positie %zu); sla het bestand op als "
       "\"CSV UTF-8\" (gewone CSV van Excel is Windows-1252)")
RP_MSG("more than %d columns; expected at most %d", "meer dan %d kolommen; verwacht hoogstens %d")
RP_MSG("cell of %zu bytes; expected at most %d (short text or numbers)",
       "cel van %zu bytes; verwacht hoogstens %d (korte tekst of getallen)")
RP_MSG("a quote in the wrong place (inside an unquoted cell, or text after a closing "
       "quote); expected RFC 4180 quoting: \"a \"\"quoted\"\" cell\"",
       "een aanhalingsteken op de verkeerde plaats (in een cel zonder aanhalingstekens, of "
       "tekst na een sluitend aanhalingsteken); verwacht aanhalingstekens volgens RFC 4180: "
       "\"een \"\"geciteerde\"\" cel\"")
RP_MSG("a cell longer than %d bytes (an unterminated quote?); expected short text or numbers",
       "een cel langer dan %d bytes (een niet-gesloten aanhalingsteken?); verwacht korte "
       "tekst of getallen")
RP_MSG("read error: %s", "leesfout: %s")
RP_MSG("a quoted cell is never closed; expected a closing quote before the end of the file",
       "een cel tussen aanhalingstekens wordt nergens gesloten; verwacht een sluitend "
       "aanhalingsteken vóór het einde van het bestand")
RP_MSG("the file is empty; expected a header row (such as year;region;count)",
       "het bestand is leeg; verwacht een kopregel (zoals jaar;regio;aantal)")
RP_MSG("column %zu has no name; expected a header row naming every column",
       "kolom %zu heeft geen naam; verwacht een kopregel met een naam voor elke kolom")
RP_MSG("column \"%s\" appears twice in the header (also column %zu); expected unique names",
       "kolom \"%s\" staat twee keer in de kopregel (ook kolom %zu); verwacht unieke namen")
RP_MSG("column \"%s\" appears twice (also column %zu); expected unique names",
       "kolom \"%s\" komt twee keer voor (ook kolom %zu); verwacht unieke namen")
RP_MSG("%s holds U+%04lX, a Unicode noncharacter (at character %zu), which no report can "
       "show; expected text without it",
       "%s bevat U+%04lX, een Unicode-niet-teken (op teken %zu), dat geen rapport kan tonen; "
       "verwacht tekst zonder dit teken")
RP_MSG("%s is not valid UTF-8 (byte 0x%02x at position %zu); expected text in UTF-8 (the "
       "database's encoding?)",
       "%s is geen geldige UTF-8 (byte 0x%02x op positie %zu); verwacht tekst in UTF-8 (de "
       "codering van de database?)")
RP_MSG("%s: a cell of %zu bytes; expected at most %d (short text or numbers)",
       "%s: een cel van %zu bytes; verwacht hoogstens %d (korte tekst of getallen)")
RP_MSG("row has %zu cell; expected %zu, as in the header (a stray delimiter, or a cell with "
       "the delimiter that is not quoted?)",
       "rij heeft %zu cel; verwacht %zu, zoals in de kopregel (een los scheidingsteken, of "
       "een cel met het scheidingsteken zonder aanhalingstekens?)")
RP_MSG("row has %zu cells; expected %zu, as in the header (a stray delimiter, or a cell "
       "with the delimiter that is not quoted?)",
       "rij heeft %zu cellen; verwacht %zu, zoals in de kopregel (een los scheidingsteken, "
       "of een cel met het scheidingsteken zonder aanhalingstekens?)")
/* datasets/edition.c */
RP_MSG("edition format %g: this rapporteur reads format %d; expected a file written by it",
       "editieformaat %g: deze rapporteur leest formaat %d; verwacht een bestand dat hij zelf "
       "schreef")
RP_MSG("kind '%s': expected report, baseline or letter",
       "kind '%s': verwacht report, baseline of letter")
RP_MSG("epoch: expected whole seconds since 1970 up to %lld",
       "epoch: verwacht hele seconden sinds 1970, tot en met %lld")
RP_MSG("year: expected the monitor's year (1900-2100)",
       "year: verwacht het jaar van de monitor (1900-2100)")
RP_MSG("table '%s': expected edition, manifest, definition, series, category, region, "
       "recidivism, estimate, target, trend or change",
       "table '%s': verwacht edition, manifest, definition, series, category, region, "
       "recidivism, estimate, target, trend of change")
RP_MSG("year '%s': expected a year from 1900 to 2100, or nothing",
       "year '%s': verwacht een jaar van 1900 tot en met 2100, of niets")
RP_MSG("followup '%s': expected years of follow-up (2, 5, ...), or nothing",
       "followup '%s': verwacht jaren follow-up (2, 5, ...), of niets")
RP_MSG("value '%s': expected a number written with '.', or nothing",
       "value '%s': verwacht een getal met een '.', of niets")
RP_MSG("mark '%s': expected nothing (shown), x (hidden), missing or na",
       "mark '%s': verwacht niets (getoond), x (verborgen), missing of na")
RP_MSG("flags '%s': expected some of p, e, r, b, each once",
       "flags '%s': verwacht een of meer van p, e, r, b, elk één keer")
RP_MSG("the field is empty: expected value, lo, hi, ... or a setting's name",
       "het veld is leeg: verwacht value, lo, hi, ... of de naam van een instelling")
RP_MSG("a cell marked '%s' holds a value: an edition keeps a hidden or missing cell's mark "
       "only",
       "een cel met teken '%s' heeft een waarde: een editie bewaart van een verborgen of "
       "ontbrekende cel alleen het teken")
RP_MSG("not an edition: expected the header table,item,year,key,followup,field,value,mark,"
       "flags,text",
       "geen editie: verwacht de kopregel table,item,year,key,followup,field,value,mark,flags,"
       "text")
RP_MSG("the same cell twice (%s %s %s): expected one row per cell",
       "dezelfde cel twee keer (%s %s %s): verwacht één rij per cel")
RP_MSG("not a whole edition: it lacks the edition rows format, kind, epoch and year that a run "
       "writes",
       "geen volledige editie: de editierijen format, kind, epoch en year die een run schrijft, "
       "ontbreken")
RP_MSG("cannot read the editions folder: %s", "kan de map editions niet lezen: %s")
/* datasets/filter.c */
RP_MSG("filter \"%s\": %s at character %zu", "filter \"%s\": %s bij teken %zu")
RP_MSG("a quoted value is not closed", "een waarde tussen aanhalingstekens wordt niet gesloten")
RP_MSG("expected '(' after 'in'", "verwacht '(' na 'in'")
RP_MSG("expected a value in the list", "verwacht een waarde in de lijst")
RP_MSG("expected ',' or ')' in the list", "verwacht ',' of ')' in de lijst")
RP_MSG("expected a column name", "verwacht een kolomnaam")
RP_MSG("expected 'in' after 'not'", "verwacht 'in' na 'not'")
RP_MSG("expected '=', '!=' or 'in' after the column name",
       "verwacht '=', '!=' of 'in' na de kolomnaam")
RP_MSG("expected a value after the operator", "verwacht een waarde na de operator")
RP_MSG("expected 'and' between conditions", "verwacht 'and' tussen de voorwaarden")
RP_MSG("expected a condition after 'and'", "verwacht een voorwaarde na 'and'")
/* datasets/keyfile.c */
RP_MSG("cannot read %s: %s", "kan %s niet lezen: %s")
RP_MSG("%s is not 64 hexadecimal digits; expected the key rapporteur init wrote (delete the "
       "file to have a new one made)",
       "%s bestaat niet uit 64 hexadecimale cijfers; verwacht de sleutel die rapporteur "
       "init schreef (verwijder het bestand om een nieuwe te laten maken)")
RP_MSG("no random bytes for %s: %s", "geen willekeurige bytes voor %s: %s")
/* datasets/monitor.c */
RP_MSG("a second section named \"%s\" (the first is on line %ld); expected unique names",
       "een tweede sectie met de naam \"%s\" (de eerste staat op regel %ld); verwacht "
       "unieke namen")
RP_MSG("%s name \"%s\" has characters other than letters, digits, '_' and '-'; expected a "
       "name like %s_1 (it becomes a file name)",
       "naam van %s \"%s\" bevat andere tekens dan letters, cijfers, '_' en '-'; verwacht "
       "een naam als %s_1 (hij wordt een bestandsnaam)")
RP_MSG("a second [monitor] section; expected one", "een tweede sectie [monitor]; verwacht er één")
RP_MSG("a second [regions] section; expected one", "een tweede sectie [regions]; verwacht er één")
RP_MSG("[%s] needs a name; expected [%s NAME]", "[%s] heeft een naam nodig; verwacht [%s NAAM]")
RP_MSG("unknown section [%s%s%s]; expected [monitor], [regions], [dataset NAME], [indicator "
       "NAME], [target NAME] or [estimate NAME]",
       "onbekende sectie [%s%s%s]; verwacht [monitor], [regions], [dataset NAAM], "
       "[indicator NAAM], [target NAAM] of [estimate NAAM]")
RP_MSG("%s = %s; expected a whole number from %ld to %ld",
       "%s = %s; verwacht een geheel getal van %ld tot en met %ld")
RP_MSG("%s = %s; expected a number from %g to %g (with a decimal point)",
       "%s = %s; verwacht een getal van %g tot en met %g (met een decimale punt)")
RP_MSG("or", "of")
RP_MSG("%s = %s; expected %s", "%s = %s; verwacht %s")
RP_MSG("target = %s is ambiguous (a thousands separator, or decimals?); expected %.*s%.3s "
       "for the whole number, or %.*s%s%s for the decimal one",
       "target = %s is dubbelzinnig (een scheidingsteken voor duizendtallen, of "
       "decimalen?); verwacht %.*s%.3s voor het gehele getal, of %.*s%s%s voor het decimale")
RP_MSG("target = %s has a decimal comma; expected a decimal point in monitor.ini (%.*s.%s)",
       "target = %s heeft een decimale komma; verwacht een decimale punt in monitor.ini "
       "(%.*s.%s)")
RP_MSG("target = %s; expected an absolute value (1500, 0.25 or 25%%), a change from the "
       "baseline (+10%% or -25%%) or a yearly change (+5%% per year)",
       "target = %s; verwacht een absolute waarde (1500, 0.25 of 25%%), een verandering ten "
       "opzichte van de basiswaarde (+10%% of -25%%) of een jaarlijkse verandering (+5%% "
       "per year)")
RP_MSG("target = %s; a fall of 100%% or more is impossible",
       "target = %s; een daling van 100%% of meer is onmogelijk")
RP_MSG("target = %s; expected a value of 0 or more, or a change written with %% (-25%%)",
       "target = %s; verwacht een waarde van 0 of meer, of een verandering geschreven met "
       "%% (-25%%)")
RP_MSG("unknown key \"%s\" in %s; expected one of: %s",
       "onbekende sleutel \"%s\" in %s; verwacht een van: %s")
RP_MSG("findings has an empty name; expected names separated by commas, such as findings = "
       "victims_total, hidden, -inspections",
       "findings bevat een lege naam; verwacht namen gescheiden door komma's, zoals "
       "findings = victims_total, hidden, -inspections")
RP_MSG("decimal = %s; expected . or ,", "decimal = %s; verwacht . of ,")
RP_MSG("an empty name in \"%s\"; expected names separated by commas",
       "een lege naam in \"%s\"; verwacht namen gescheiden door komma's")
RP_MSG("bootstrap = %s; expected 0 (log-normal interval) or a number of replicates from 100 "
       "to 1000000",
       "bootstrap = %s; verwacht 0 (log-normaal interval) of een aantal replicaties van 100 "
       "tot en met 1000000")
RP_MSG("seed = %s; expected a whole number from 0 to 4294967295",
       "seed = %s; verwacht een geheel getal van 0 tot en met 4294967295")
RP_MSG("%s is given twice in this section; expected it once (indent a line to continue a "
       "long value)",
       "%s staat twee keer in deze sectie; verwacht één keer (laat een regel inspringen om "
       "een lange waarde voort te zetten)")
RP_MSG("an indented line continues %s, which takes a single value; expected keys at the "
       "start of the line",
       "een ingesprongen regel zet %s voort, dat één waarde heeft; verwacht sleutels aan "
       "het begin van de regel")
RP_MSG("%s has no value; expected %s = something (or leave the key out)",
       "%s heeft geen waarde; verwacht %s = iets (of laat de sleutel weg)")
RP_MSG("%s is outside any section; expected it under [monitor] or another section",
       "%s staat buiten elke sectie; verwacht onder [monitor] of een andere sectie")
RP_MSG("a word of more than %zu characters; expected text with spaces",
       "een woord van meer dan %zu tekens; verwacht tekst met spaties")
RP_MSG("line is longer than %d characters; expected shorter lines (indent the next line to "
       "continue a long text)",
       "regel is langer dan %d tekens; verwacht kortere regels (laat de volgende regel "
       "inspringen om een lange tekst voort te zetten)")
RP_MSG("line is longer than %d characters; expected shorter lines",
       "regel is langer dan %d tekens; verwacht kortere regels")
RP_MSG("line contains a NUL byte; expected text (save monitor.ini as UTF-8 text)",
       "regel bevat een NUL-byte; verwacht tekst (sla monitor.ini op als UTF-8-tekst)")
RP_MSG("U+%04lX is a Unicode noncharacter, which no report can show; expected text without "
       "it (delete it)",
       "U+%04lX is een Unicode-niet-teken, dat geen rapport kan tonen; verwacht tekst "
       "zonder dit teken (verwijder het)")
RP_MSG("line is not valid UTF-8 (byte 0x%02x at position %zu); save monitor.ini as UTF-8",
       "regel is geen geldige UTF-8 (byte 0x%02x op positie %zu); sla monitor.ini op als "
       "UTF-8")
RP_MSG("%s = %s leaves the project folder; expected a file inside %s",
       "%s = %s ligt buiten de projectmap; verwacht een bestand binnen %s")
RP_MSG("%s = %s: cannot open %s: %s", "%s = %s: kan %s niet openen: %s")
RP_MSG("%s = %s is not a regular file; expected a CSV file",
       "%s = %s is geen gewoon bestand; verwacht een CSV-bestand")
RP_MSG("%s = %s points outside the project folder (a link?); expected a file inside %s",
       "%s = %s wijst buiten de projectmap (een koppeling?); verwacht een bestand binnen %s")
RP_MSG("template = %s; expected a Word template or document (.dotx or .docx)",
       "template = %s; verwacht een Word-sjabloon of -document (.dotx of .docx)")
RP_MSG("%s; expected conditions like: minor = 1 and form in (sexual, labour)",
       "%s; verwacht voorwaarden als: minor = 1 and form in (sexual, labour)")
RP_MSG("no [monitor] section; expected one with at least a title",
       "geen sectie [monitor]; verwacht er een met minstens een titel")
RP_MSG("[monitor] has no title; expected title = ...",
       "[monitor] heeft geen titel; verwacht title = ...")
RP_MSG("[regions] has no file; expected file = regions.csv",
       "[regions] heeft geen bestand; verwacht file = regions.csv")
RP_MSG("no [dataset NAME] section; expected at least one",
       "geen sectie [dataset NAAM]; verwacht er minstens één")
RP_MSG("[dataset %s] has no file; expected file = NAME.csv (or database = a PostgreSQL "
       "connection with table = or query =)",
       "[dataset %s] heeft geen bestand; verwacht file = NAAM.csv (of database = een "
       "PostgreSQL-verbinding met table = of query =)")
RP_MSG("[dataset %s] database: %s", "[dataset %s] database: %s")
RP_MSG("[dataset %s] has both file and database; expected one of them",
       "[dataset %s] heeft zowel file als database; verwacht een van beide")
RP_MSG("[dataset %s] has %s but no database; expected database = a PostgreSQL connection "
       "(postgresql://host/db)",
       "[dataset %s] heeft %s maar geen database; verwacht database = een "
       "PostgreSQL-verbinding (postgresql://host/db)")
RP_MSG("[dataset %s] has a database but no table or query; expected table = NAME or query = "
       "SELECT ...",
       "[dataset %s] heeft een database maar geen table of query; verwacht table = NAAM of "
       "query = SELECT ...")
RP_MSG("[dataset %s] has both table and query; expected one of them",
       "[dataset %s] heeft zowel table als query; verwacht een van beide")
RP_MSG("[dataset %s] reads a database, whose numbers have no decimal convention; expected "
       "decimal only for a file",
       "[dataset %s] leest een database, waarvan de getallen geen decimaalteken kennen; "
       "verwacht decimal alleen bij een bestand")
RP_MSG("[dataset %s] has kind = %s from a database; expected records or counts (export %s "
       "data as a CSV file)",
       "[dataset %s] heeft kind = %s uit een database; verwacht records of counts (exporteer "
       "%s-gegevens als CSV-bestand)")
RP_MSG("labels: \"%s\" has no colon; expected code: Label, separated by commas",
       "labels: \"%s\" heeft geen dubbele punt; verwacht code: Label, gescheiden door "
       "komma's")
RP_MSG("labels: an empty code or label; expected code: Label",
       "labels: een lege code of een leeg label; verwacht code: Label")
RP_MSG("labels: %s is labelled twice", "labels: %s heeft twee labels")
RP_MSG("[indicator %s] has labels but no by column to label",
       "[indicator %s] heeft labels maar geen kolom by om te labelen")
RP_MSG("[indicator %s] has no title; expected title = ...",
       "[indicator %s] heeft geen titel; verwacht title = ...")
RP_MSG("[indicator %s] has no dataset; expected dataset = NAME of a [dataset NAME] section",
       "[indicator %s] heeft geen dataset; verwacht dataset = NAAM van een sectie [dataset "
       "NAAM]")
RP_MSG("dataset = %s: there is no [dataset %s]", "dataset = %s: er is geen [dataset %s]")
RP_MSG("[indicator %s] measures a share but has no where (the numerator); expected where = "
       "column = value",
       "[indicator %s] meet een aandeel maar heeft geen where (de teller); verwacht where = "
       "kolom = waarde")
RP_MSG("denominator is only for measure = share", "denominator is alleen voor measure = share")
RP_MSG("[indicator %s] measures a mean but has no column; expected column = a numeric "
       "column of the dataset",
       "[indicator %s] meet een gemiddelde maar heeft geen column; verwacht column = een "
       "numerieke kolom van de dataset")
RP_MSG("[indicator %s] measures a rate but the project has no [regions] file with population",
       "[indicator %s] meet een cijfer per inwoners, maar het project heeft geen bestand "
       "[regions] met bevolking")
RP_MSG("[indicator %s] uses dataset %s of capture histories; those feed an [estimate NAME] "
       "section, not an indicator",
       "[indicator %s] gebruikt dataset %s met combinaties van lijsten; die dienen voor een "
       "sectie [estimate NAAM], niet voor een indicator")
RP_MSG("[indicator %s] uses recidivism dataset %s; expected measure = recidivism",
       "[indicator %s] gebruikt recidivedataset %s; verwacht measure = recidivism")
RP_MSG("[indicator %s] measures recidivism; expected its dataset %s to have kind = "
       "recidivism",
       "[indicator %s] meet recidive; verwacht dat de dataset %s kind = recidivism heeft")
RP_MSG("and", "en")
RP_MSG("[indicator %s] breaks = %s is declared on this indicator only, while %s uses the "
       "same dataset %s and would run its trends across it; expected breaks = %s under "
       "[dataset %s], which every indicator on it honours",
       "[indicator %s] breaks = %s staat alleen bij deze indicator, terwijl %s dezelfde "
       "dataset %s gebruikt en zijn trends eroverheen zou trekken; verwacht breaks = %s "
       "onder [dataset %s], dat elke indicator op die dataset volgt")
RP_MSG("[indicator %s] breaks = %s is declared on this indicator only, while %s use the "
       "same dataset %s and would run their trends across it; expected breaks = %s under "
       "[dataset %s], which every indicator on it honours",
       "[indicator %s] breaks = %s staat alleen bij deze indicator, terwijl %s dezelfde "
       "dataset %s gebruiken en hun trends eroverheen zouden trekken; verwacht breaks = %s "
       "onder [dataset %s], dat elke indicator op die dataset volgt")
RP_MSG("[target %s] has no indicator; expected indicator = NAME",
       "[target %s] heeft geen indicator; verwacht indicator = NAAM")
RP_MSG("indicator = %s: there is no [indicator %s]", "indicator = %s: er is geen [indicator %s]")
RP_MSG("[target %s] has no baseline_year; expected the year of the nulmeting",
       "[target %s] heeft geen baseline_year; verwacht het jaar van de nulmeting")
RP_MSG("[target %s] has no target; expected target = a value or a change such as -25%%",
       "[target %s] heeft geen target; verwacht target = een waarde of een verandering "
       "zoals -25%%")
RP_MSG("[target %s]: target_year %d is before baseline_year %d; expected a later year",
       "[target %s]: target_year %d ligt vóór baseline_year %d; verwacht een later jaar")
RP_MSG("a yearly change needs a target_year to end at",
       "een jaarlijkse verandering heeft een target_year nodig waarop ze eindigt")
RP_MSG("[target %s] direction = %s, but target = %s asks for a %s; expected direction = %s, "
       "or no direction (the sign of a change says it)",
       "[target %s] direction = %s, maar target = %s vraagt om een %s; verwacht direction = "
       "%s, of geen direction (het teken van een verandering zegt het al)")
RP_MSG("rise", "stijging")
RP_MSG("fall", "daling")
RP_MSG("target = %s is a percentage, but indicator %s is a %s; expected a value in its unit "
       "(such as 1500), or a change from the baseline written with a sign (+30%%)",
       "target = %s is een percentage, maar indicator %s meet een %s; verwacht een waarde "
       "in de eenheid ervan (zoals 1500), of een verandering ten opzichte van de "
       "basiswaarde met een teken (+30%%)")
RP_MSG("target = %s is more than 100%% for the %s of indicator %s; expected a fraction "
       "(0.30) or a percentage (30%%)",
       "target = %s is meer dan 100%% (%s van indicator %s); verwacht een fractie (0.30) of "
       "een percentage (30%%)")
RP_MSG("[estimate %s] has no dataset; expected dataset = NAME of a [dataset NAME] with kind "
       "= captures",
       "[estimate %s] heeft geen dataset; verwacht dataset = NAAM van een [dataset NAAM] "
       "met kind = captures")
RP_MSG("[estimate %s] uses dataset %s; expected that dataset to have kind = captures "
       "(capture histories)",
       "[estimate %s] gebruikt dataset %s; verwacht dat die dataset kind = captures heeft "
       "(combinaties van lijsten)")
RP_MSG("[estimate %s] has model = fixed but no terms; expected terms = A:B, C:D (pairs of "
       "lists)",
       "[estimate %s] heeft model = fixed maar geen terms; verwacht terms = A:B, C:D (paren "
       "van lijsten)")
RP_MSG("terms is only for model = fixed", "terms is alleen voor model = fixed")
RP_MSG("findings names \"%s\", which is no indicator, estimate or kind of finding; expected "
       "an [indicator] or [estimate] id, or one of recidivism, regions, changes, trends, "
       "targets, new, provisional",
       "findings noemt \"%s\", dat geen indicator, schatting of soort bevinding is; "
       "verwacht de naam van een [indicator] of [estimate], of een van recidivism, regions, "
       "changes, trends, targets, new, provisional")
RP_MSG("cannot open: %s; expected a project folder with monitor.ini (rapporteur init DIR "
       "writes one)",
       "kan niet worden geopend: %s; verwacht een projectmap met monitor.ini (rapporteur "
       "init MAP schrijft er een)")
RP_MSG("%s; expected a monitor.ini (rapporteur init DIR writes an example)",
       "%s; verwacht een monitor.ini (rapporteur init MAP schrijft een voorbeeld)")
RP_MSG("not a key = value line or a [section]; expected lines like title = Monitor 2024",
       "geen regel sleutel = waarde en geen [sectie]; verwacht regels als title = Monitor "
       "2024")
RP_MSG("cannot read (out of memory)", "kan niet worden gelezen (onvoldoende geheugen)")
RP_MSG("count", "aantal")
RP_MSG("share", "aandeel")
RP_MSG("rate", "cijfer")
RP_MSG("mean", "gemiddelde")
RP_MSG("recidivism", "recidive")
/* datasets/numcell.c */
RP_MSG("in this file the comma is the decimal sign and a point groups thousands, in threes "
       "as in 1.372",
       "in dit bestand is de komma het decimaalteken en scheidt een punt de duizendtallen, "
       "per drie cijfers zoals in 1.372")
RP_MSG("in this file the point is the decimal sign and a comma groups thousands, in threes "
       "as in 1,372",
       "in dit bestand is de punt het decimaalteken en scheidt een komma de duizendtallen, "
       "per drie cijfers zoals in 1,372")
RP_MSG("%s \"%s\" is not a whole number (%s); expected %s, such as %s or %.*s%c%.3s",
       "%s \"%s\" is geen geheel getal (%s); verwacht %s, zoals %s of %.*s%c%.3s")
RP_MSG("%s \"%s\" is not a whole number (the %s is this file's decimal sign); expected %s",
       "%s \"%s\" is geen geheel getal (de %s is in dit bestand het decimaalteken); "
       "verwacht %s")
RP_MSG("%s \"%s\" is not a whole number (%s); expected %s",
       "%s \"%s\" is geen geheel getal (%s); verwacht %s")
RP_MSG("%s \"%s\" is not a whole number; expected %s",
       "%s \"%s\" is geen geheel getal; verwacht %s")
RP_MSG("%s \"%s\" is not a number (%s); expected %s, or decimal = %c for the dataset in "
       "monitor.ini when the whole file writes decimals with a %s",
       "%s \"%s\" is geen getal (%s); verwacht %s, of decimal = %c bij de dataset in "
       "monitor.ini als het hele bestand decimalen met een %s schrijft")
RP_MSG("%s \"%s\" is not a number (%s); expected a number as the file writes them, such as "
       "%s",
       "%s \"%s\" is geen getal (%s); verwacht een getal zoals het bestand ze schrijft, "
       "bijvoorbeeld %s")
RP_MSG("1.600,25 or 0,174", "1.600,25 of 0,174")
RP_MSG("1,600.25 or 0.174", "1,600.25 of 0.174")
/* datasets/pgsource.c */
RP_MSG("no reason given", "geen reden opgegeven")
RP_MSG("reading the rows failed: %s; expected the database to answer until the last row "
       "(nothing was published)",
       "het lezen van de rijen is mislukt: %s; verwacht dat de database antwoordt tot de "
       "laatste rij (er is niets gepubliceerd)")
RP_MSG("[dataset %s] cannot connect to the database: %s; expected a running server that "
       "accepts this user (its password in PGPASSWORD or ~/.pgpass)",
       "[dataset %s] kan geen verbinding maken met de database: %s; verwacht een draaiende "
       "server die deze gebruiker toelaat (het wachtwoord in PGPASSWORD of ~/.pgpass)")
RP_MSG("[dataset %s] the database refused the session settings: %s",
       "[dataset %s] de database weigerde de sessie-instellingen: %s")
RP_MSG("column %s is %s; expected a whole number (smallint, integer, bigint or numeric) for "
       "the year: cast it in query = (%s::integer AS %s)",
       "kolom %s is %s; verwacht een geheel getal (smallint, integer, bigint of numeric) voor "
       "het jaar: zet het om in query = (%s::integer AS %s)")
RP_MSG("column %s is %s; expected a whole number (smallint, integer, bigint or numeric) for "
       "a count: cast it in query = (%s::integer AS %s)",
       "kolom %s is %s; verwacht een geheel getal (smallint, integer, bigint of numeric) voor "
       "een aantal: zet het om in query = (%s::integer AS %s)")
RP_MSG("checking that each id appears once failed: %s",
       "de controle dat elk id één keer voorkomt is mislukt: %s")
RP_MSG("id \"%s\" appears %s times; expected each id once",
       "id \"%s\" komt %s keer voor; verwacht elk id één keer")
RP_MSG("the query could not be sent: %s", "de query kon niet worden verzonden: %s")
RP_MSG("[dataset %s] %s", "[dataset %s] %s")
RP_MSG("[dataset %s] the table cannot be read: %s",
       "[dataset %s] de tabel kan niet worden gelezen: %s")
RP_MSG("[dataset %s] the query cannot be read: %s",
       "[dataset %s] de query kan niet worden gelezen: %s")
RP_MSG("[dataset %s] the records' keys are added up in the database with sha256(), which "
       "needs PostgreSQL 11 or later",
       "[dataset %s] de sleutels van de records worden in de database opgeteld met sha256(), "
       "dat PostgreSQL 11 of later nodig heeft")
/* datasets/pqlib.c */
RP_MSG("cannot load libpq (Debian package libpq5): %s",
       "libpq kan niet worden geladen (Debian-pakket libpq5): %s")
RP_MSG("libpq lacks a function this program needs (version 10 or later)",
       "libpq mist een functie die dit programma nodig heeft (versie 10 of later)")
RP_MSG("%s; expected a libpq connection string (host=... dbname=...) or URI "
       "(postgresql://host/dbname)",
       "%s; verwacht een libpq-verbindingstekst (host=... dbname=...) of URI "
       "(postgresql://host/dbname)")
RP_MSG("the connection holds a %s; expected credentials in the environment (PGPASSWORD, "
       "PGSERVICE) or in ~/.pgpass, never in monitor.ini",
       "de verbinding bevat een %s; verwacht inloggegevens in de omgeving (PGPASSWORD, "
       "PGSERVICE) of in ~/.pgpass, nooit in monitor.ini")
/* datasets/project.c */
RP_MSG("[indicator %s] measures recidivism but dataset %s is not a recidivism file; "
       "expected columns id, cohort, start, event, end (one row per person) or cohort, "
       "years, prevalence, n (published)",
       "[indicator %s] meet recidive, maar dataset %s is geen recidivebestand; verwacht de "
       "kolommen id, cohort, start, event, end (een rij per persoon) of cohort, years, "
       "prevalence, n (gepubliceerd)")
RP_MSG("[dataset %s] has unit = percent, but %s holds people, not published figures; "
       "expected unit only for published shares",
       "[dataset %s] heeft unit = percent, maar %s bevat personen, geen gepubliceerde "
       "cijfers; verwacht unit alleen bij gepubliceerde aandelen")
RP_MSG("[indicator %s] %s in %d, where %s gives %s; expected measure = %s and a where that "
       "picks one row a year, since they do not add",
       "[indicator %s] %s in %d, waar %s %s geeft; verwacht measure = %s en een where die "
       "één rij per jaar kiest, want die zijn niet op te tellen")
RP_MSG("measures something else", "meet iets anders")
RP_MSG("adds up several rows", "telt meerdere rijen op")
RP_MSG("its file", "het bestand")
RP_MSG("[indicator %s] adds up the versions in the %s column of %s; expected where = %s = "
       "<version> (one indicator per version, each with its own line and chart)",
       "[indicator %s] telt de versies in de kolom %s van %s op; verwacht where = %s = "
       "<versie> (één indicator per versie, elk met een eigen lijn en grafiek)")
RP_MSG("no population for %d, which indicator %s needs (its dataset has that year); "
       "expected a row for every region in %d",
       "geen bevolking voor %d, die indicator %s nodig heeft (de dataset heeft dat jaar); "
       "verwacht een rij voor elke regio in %d")
RP_MSG("[target %s] baseline_year = %d, but indicator %s has no value in %d (it has values "
       "in %s); expected a year with a value, or the data of %d",
       "[target %s] baseline_year = %d, maar indicator %s heeft geen waarde in %d (wel in "
       "%s); verwacht een jaar met een waarde, of de gegevens van %d")
RP_MSG("[target %s] baseline_year = %d, but indicator %s has no value in %d (it has no "
       "values at all); expected a year with a value, or the data of %d",
       "[target %s] baseline_year = %d, maar indicator %s heeft geen waarde in %d (en "
       "helemaal geen waarden); verwacht een jaar met een waarde, of de gegevens van %d")
RP_MSG("terms = %s: %s", "terms = %s: %s")
RP_MSG("a published interval (lo, hi)", "een gepubliceerd interval (lo, hi)")
RP_MSG("a published figure (value)", "een gepubliceerd cijfer (value)")
/* datasets/recid.c */
RP_MSG("%s \"%s\" is not a valid date; expected YYYY-MM-DD or DD-MM-YYYY",
       "%s \"%s\" is geen geldige datum; verwacht JJJJ-MM-DD of DD-MM-JJJJ")
RP_MSG("id is empty; expected a unique id per person",
       "id is leeg; verwacht een uniek id per persoon")
RP_MSG("id \"%s\" appears again (first on line %ld); expected one row per person",
       "id \"%s\" komt nogmaals voor (eerst op regel %ld); verwacht één rij per persoon")
RP_MSG("end %s is before start %s; expected the end of observation on or after the start",
       "end %s ligt vóór start %s; verwacht het einde van de waarneming op of na de start")
RP_MSG("event %s is before start %s; expected a new offence on or after the first day at "
       "risk",
       "event %s ligt vóór start %s; verwacht een nieuw delict op of na de eerste dag in "
       "risico")
RP_MSG("event %s is after end %s; expected it within the observation",
       "event %s ligt na end %s; verwacht het binnen de waarneming")
RP_MSG("detained_days \"%s\" is not a whole number of 0 or more; expected days in detention "
       "(or empty)",
       "detained_days \"%s\" is geen geheel getal van 0 of meer; verwacht dagen in detentie "
       "(of leeg)")
RP_MSG("detained_days %ld is longer than the %ld days of follow-up; expected at most the "
       "days from start to %s",
       "detained_days %ld is langer dan de %ld dagen follow-up; verwacht hoogstens de dagen "
       "van start tot %s")
RP_MSG("the event", "het delict")
RP_MSG("end", "end")
RP_MSG("cohort \"%s\" is not a year; expected a year from 1900 to 2100",
       "cohort \"%s\" is geen jaar; verwacht een jaar van 1900 tot en met 2100")
RP_MSG("no column %s; expected one row per person (id, cohort, start, event, end, and "
       "optionally detained_days), or published figures (cohort;years;prevalence;n, in "
       "Dutch cohort;jaren;prevalentie;n)",
       "geen kolom %s; verwacht een rij per persoon (id, cohort, start, event, end en "
       "eventueel detained_days), of gepubliceerde cijfers (cohort;jaren;prevalentie;n, in "
       "het Engels cohort;years;prevalence;n)")
RP_MSG("no rows; expected one row per person", "geen rijen; verwacht een rij per persoon")
/* datasets/recid_agg.c */
RP_MSG("%s \"%s\" is not a share; expected 0 to 1, or 0%% to 100%%",
       "%s \"%s\" is geen aandeel; verwacht 0 tot en met 1, of 0%% tot en met 100%%")
RP_MSG("%s \"%s\" is a share above 1 without a percent sign; expected %s%% for a percentage "
       "or %s for a fraction (or unit = percent for the dataset in monitor.ini when all its "
       "figures are percentages)",
       "%s \"%s\" is een aandeel boven 1 zonder procentteken; verwacht %s%% voor een "
       "percentage of %s voor een fractie (of unit = percent bij de dataset in monitor.ini "
       "als al zijn cijfers percentages zijn)")
RP_MSG("%s \"%s\" is not a year; expected a year from 1900 to 2100",
       "%s \"%s\" is geen jaar; verwacht een jaar van 1900 tot en met 2100")
RP_MSG("%s \"%s\" is not a follow-up; expected a number of years above 0",
       "%s \"%s\" is geen follow-uptermijn; verwacht een aantal jaren boven 0")
RP_MSG("%s is empty while n is given; expected the published figure with them, or all empty",
       "%s is leeg terwijl n is ingevuld; verwacht het gepubliceerde cijfer erbij, of alles "
       "leeg")
RP_MSG("%s is empty while its interval is given; expected the published figure with them, "
       "or all empty",
       "%s is leeg terwijl het interval is ingevuld; verwacht het gepubliceerde cijfer "
       "erbij, of alles leeg")
RP_MSG("a whole number of offenders of 1 or more, or empty when it was not published",
       "een geheel aantal daders van 1 of meer, of leeg als het niet is gepubliceerd")
RP_MSG("%s \"%s\" is not a number of offenders; expected a whole number of 1 or more, or "
       "empty when it was not published",
       "%s \"%s\" is geen aantal daders; verwacht een geheel getal van 1 of meer, of leeg "
       "als het niet is gepubliceerd")
RP_MSG("the interval does not hold the %s; expected %s <= %s <= %s, both given or both empty",
       "het interval omvat de %s niet; verwacht %s <= %s <= %s, beide ingevuld of beide leeg")
RP_MSG("no column %s or %s; expected published recidivism as cohort;years;prevalence;n (in "
       "Dutch cohort;jaren;prevalentie;n), optionally lo;hi (ondergrens;bovengrens)",
       "geen kolom %s of %s; verwacht gepubliceerde recidive als cohort;jaren;prevalentie;n "
       "(in het Engels cohort;years;prevalence;n), eventueel met ondergrens;bovengrens "
       "(lo;hi)")
RP_MSG("no column %s; expected published recidivism as cohort;years;prevalence;n (in Dutch "
       "cohort;jaren;prevalentie;n), optionally lo;hi (ondergrens;bovengrens)",
       "geen kolom %s; verwacht gepubliceerde recidive als cohort;jaren;prevalentie;n (in "
       "het Engels cohort;years;prevalence;n), eventueel met ondergrens;bovengrens (lo;hi)")
RP_MSG("one bound of an interval; expected both lo and hi (ondergrens and bovengrens), or "
       "neither",
       "één grens van een interval; verwacht zowel ondergrens als bovengrens (lo en hi), of "
       "geen van beide")
RP_MSG("cohort %d at %g years appears again; expected one figure per cohort and follow-up",
       "cohort %d na %g jaar komt nogmaals voor; verwacht één cijfer per cohort en termijn")
/* datasets/regions.c */
RP_MSG("region code is empty; expected a short code such as NN",
       "regiocode is leeg; verwacht een korte code zoals NN")
RP_MSG("the number of inhabitants, or empty for a national unit",
       "het aantal inwoners, of leeg voor een landelijke eenheid")
RP_MSG("population \"%s\" is not a whole number above 0; expected the number of "
       "inhabitants, or empty for a national unit",
       "bevolking \"%s\" is geen geheel getal boven 0; verwacht het aantal inwoners, of "
       "leeg voor een landelijke eenheid")
RP_MSG("no column \"%s\"; expected the columns code;name;year;population",
       "geen kolom \"%s\"; verwacht de kolommen code;name;year;population")
RP_MSG("no regions; expected rows of code;name;year;population",
       "geen regio's; verwacht rijen met code;name;year;population")
RP_MSG("region %s appears twice for %d (also on line %ld); expected one row per region and "
       "year",
       "regio %s komt twee keer voor in %d (ook op regel %ld); verwacht één rij per regio "
       "en jaar")
RP_MSG("region %s has no population for %d; expected a population in every year from %d to "
       "%d (or none at all for a national unit)",
       "regio %s heeft geen bevolking voor %d; verwacht een bevolking in elk jaar van %d "
       "tot en met %d (of helemaal geen voor een landelijke eenheid)")
/* datasets/scan.c */
RP_MSG("[indicator %s] %s names column \"%s\", which %s does not have; expected one of: %s",
       "[indicator %s] %s noemt de kolom \"%s\", die %s niet heeft; verwacht een van: %s")
RP_MSG("%s \"%s\" is not a number; expected a number with a decimal %s",
       "%s \"%s\" is geen getal; verwacht een getal met een decimale %s")
RP_MSG("id \"%s\" appears again (first on line %ld); expected each id once",
       "id \"%s\" komt nogmaals voor (eerst op regel %ld); verwacht elk id één keer")
RP_MSG("id \"%s\" appears again; expected each id once",
       "id \"%s\" komt nogmaals voor; verwacht elk id één keer")
RP_MSG("duplicate row: %s twice; expected one count per combination (add them up in the "
       "query)",
       "dubbele rij: %s twee keer; verwacht één aantal per combinatie (tel ze op in de query)")
RP_MSG("duplicate row: the same cells as line %ld; expected one count per combination (add "
       "them up, or mark a revision with flag r)",
       "dubbele rij: dezelfde cellen als regel %ld; verwacht één aantal per combinatie (tel "
       "ze op, of markeer een herziening met flag r)")
RP_MSG("dataset %s has kind = counts but no column count or aantal; expected one",
       "dataset %s heeft kind = counts maar geen kolom count of aantal; verwacht er een")
RP_MSG("[dataset %s] has kind = records but %s has a count column; leave kind out (counts "
       "are detected) or rename the column",
       "[dataset %s] heeft kind = records, maar %s heeft een kolom met aantallen; laat kind "
       "weg (aantallen worden herkend) of geef de kolom een andere naam")
RP_MSG("a column %s without %s; expected both lo and hi (ondergrens and bovengrens) for a "
       "published interval, or neither",
       "een kolom %s zonder %s; verwacht zowel ondergrens als bovengrens (lo en hi) voor "
       "een gepubliceerd interval, of geen van beide")
RP_MSG("published bounds (%s, %s) in a file without a count column; expected counts (count "
       "or aantal) that the bounds belong to",
       "gepubliceerde grenzen (%s, %s) in een bestand zonder kolom met aantallen; verwacht "
       "de aantallen (aantal of count) waarbij de grenzen horen")
RP_MSG("[dataset %s] has unit = percent, but %s has no published shares (a column value or "
       "waarde); expected unit only for such a column",
       "[dataset %s] heeft unit = percent, maar %s heeft geen gepubliceerde aandelen (een "
       "kolom waarde of value); verwacht unit alleen bij zo'n kolom")
RP_MSG("hi or bovengrens", "hi of bovengrens")
RP_MSG("lo or ondergrens", "lo of ondergrens")
RP_MSG("no column year or jaar; expected one (every row belongs to a year)",
       "geen kolom jaar of year; verwacht er een (elke rij hoort bij een jaar)")
/* datasets/table.c */
RP_MSG("%s is empty; expected a year from %d to %d",
       "%s is leeg; verwacht een jaar van %d tot en met %d")
RP_MSG("%s \"%s\" is not a whole number; expected a year from %d to %d",
       "%s \"%s\" is geen geheel getal; verwacht een jaar van %d tot en met %d")
RP_MSG("%s %s is out of range; expected a year from %d to %d",
       "%s %s valt buiten het bereik; verwacht een jaar van %d tot en met %d")
RP_MSG("%s \"%s\" is not in %s; expected one of %s",
       "%s \"%s\" staat niet in %s; verwacht een van %s")
RP_MSG("%s %s is too large; expected a whole number of 0 or more below %ld",
       "%s %s is te groot; verwacht een geheel getal van 0 of meer onder %ld")
RP_MSG("a whole number of 0 or more", "een geheel getal van 0 of meer")
RP_MSG("%s %s is negative; expected a whole number of 0 or more",
       "%s %s is negatief; verwacht een geheel getal van 0 of meer")
RP_MSG("flag \"%s\" is not p, e or r; expected p (provisional), e (estimated), r (revised) "
       "or empty",
       "flag \"%s\" is geen p, e of r; verwacht p (voorlopig), e (geschat), r (herzien) of "
       "leeg")
RP_MSG("%s \"%s\" is not a number of 0 or more; expected the published upper bound",
       "%s \"%s\" is geen getal van 0 of meer; verwacht de gepubliceerde bovengrens")
RP_MSG("%s \"%s\" is not a number of 0 or more; expected the published lower bound",
       "%s \"%s\" is geen getal van 0 of meer; verwacht de gepubliceerde ondergrens")
RP_MSG("%s is empty while the other bound is given; expected both or neither",
       "%s is leeg terwijl de andere grens is ingevuld; verwacht beide of geen van beide")
RP_MSG("%s is empty while its published interval is given; expected the published figure "
       "with its bounds, or all three empty",
       "%s is leeg terwijl het gepubliceerde interval is ingevuld; verwacht het "
       "gepubliceerde cijfer met zijn grenzen, of alle drie leeg")
RP_MSG("the interval %g to %g does not hold the count %g; expected lower <= count <= upper",
       "het interval %g tot %g omvat het aantal %g niet; verwacht ondergrens <= aantal <= "
       "bovengrens")
RP_MSG("%s \"%s\" is not a number of 0 or more; expected the published figure (a share as "
       "%s or %s%%)",
       "%s \"%s\" is geen getal van 0 of meer; verwacht het gepubliceerde cijfer (een "
       "aandeel als %s of %s%%)")
RP_MSG("%s \"%s\" is a share above 1; expected a fraction from 0 to 1 or a percentage from "
       "0%% to 100%%",
       "%s \"%s\" is een aandeel boven 1; verwacht een fractie van 0 tot en met 1 of een "
       "percentage van 0%% tot en met 100%%")
RP_MSG("%s \"%s\" is more than 100%%; expected a share from 0%% to 100%%",
       "%s \"%s\" is meer dan 100%%; verwacht een aandeel van 0%% tot en met 100%%")
RP_MSG("the whole number the figure rests on, or empty",
       "het gehele getal waarop het cijfer berust, of leeg")
RP_MSG("n %s is negative; expected the whole number the figure rests on, or empty",
       "n %s is negatief; verwacht het gehele getal waarop het cijfer berust, of leeg")
/* datasets/tabulate.c */
RP_MSG("no column \"%s\" for %s; expected one of: %s",
       "geen kolom \"%s\" voor %s; verwacht een van: %s")
RP_MSG("%s is empty: a count that was not reported, which no sum can include; expected the "
       "count of every row that is counted (a missing count is not 0)",
       "%s is leeg: een aantal dat niet is opgegeven en dat geen som kan meetellen; "
       "verwacht het aantal van elke rij die wordt geteld (een ontbrekend aantal is geen 0)")
/* plots/fonts.c */
RP_MSG("cannot read the font configuration (fontconfig); install the Debian package %s",
       "kan de lettertype-instellingen (fontconfig) niet lezen; installeer het Debian-pakket %s")
RP_MSG("the font %s is not installed (fontconfig finds %s), so charts and documents would print "
       "without readable text; install the Debian package %s (apt-get install %s)",
       "het lettertype %s is niet geïnstalleerd (fontconfig vindt %s), dus grafieken en "
       "documenten zouden zonder leesbare tekst verschijnen; installeer het Debian-pakket %s "
       "(apt-get install %s)")
/* plots/gnuplot.c */
RP_MSG("RP_GNUPLOT_TIMEOUT=%.40s: expected whole seconds from 1 to %ld (a day), after which a "
       "gnuplot that stops answering is ended",
       "RP_GNUPLOT_TIMEOUT=%.40s: verwacht hele seconden van 1 tot en met %ld (een dag), "
       "waarna een gnuplot die niet meer reageert wordt beëindigd")
RP_MSG("gnuplot -V did not answer within %ld seconds and was ended; check the gnuplot on the "
       "PATH (the Debian package gnuplot-nox)",
       "gnuplot -V reageerde niet binnen %ld seconden en is beëindigd; controleer de gnuplot "
       "op het PATH (het Debian-pakket gnuplot-nox)")
RP_MSG("gnuplot is not installed; install the Debian package gnuplot-nox (apt-get install "
       "gnuplot-nox)",
       "gnuplot is niet geïnstalleerd; installeer het Debian-pakket gnuplot-nox (apt-get "
       "install gnuplot-nox)")
RP_MSG("gnuplot 5.2 or later is needed, found \"%.60s\"; install the Debian package gnuplot-nox",
       "gnuplot 5.2 of later is nodig, gevonden: \"%.60s\"; installeer het Debian-pakket "
       "gnuplot-nox")
RP_MSG("gnuplot 5.2 or later is needed, and gnuplot -V printed nothing; install the Debian "
       "package gnuplot-nox",
       "gnuplot 5.2 of later is nodig, en gnuplot -V gaf niets; installeer het Debian-pakket "
       "gnuplot-nox")
RP_MSG("cannot write: %s", "kan niet schrijven: %s")
RP_MSG("gnuplot could not draw the chart: %.400s", "gnuplot kon de grafiek niet tekenen: %.400s")
RP_MSG("gnuplot: %.400s", "gnuplot: %.400s")
RP_MSG("gnuplot wrote no image; see the messages above",
       "gnuplot schreef geen afbeelding; zie de meldingen hierboven")
RP_MSG("gnuplot stopped answering and was ended after %ld seconds; no chart of this run is "
       "kept",
       "gnuplot reageerde niet meer en is na %ld seconden beëindigd; geen grafiek van deze "
       "run is bewaard")
RP_MSG("gnuplot stopped before drawing every chart",
       "gnuplot stopte voordat elke grafiek was getekend")
RP_MSG("not usable as an output folder for gnuplot", "niet bruikbaar als uitvoermap voor gnuplot")
RP_MSG("cannot start gnuplot: %s", "kan gnuplot niet starten: %s")
RP_MSG("cannot rewrite its SVG", "kan de SVG niet herschrijven")
/* plots/raster.c */
RP_MSG("cannot draw the %s from its SVG", "kan de %s niet uit de SVG tekenen")
/* reports/outdir.c */
RP_MSG("not removed (another owner's folder)", "niet verwijderd (de map van een andere eigenaar)")
RP_MSG("%s/%.*s was not written by rapporteur's last run into this folder (nor are the other "
       "files beside it); " "an output folder is replaced as a whole, so it must be new, empty, or hold only what "
       "rapporteur's last run into it wrote (move the file, or give another folder)",
       "%s/%.*s is niet geschreven door de laatste run van rapporteur in deze map (de andere "
       "bestanden ernaast ook niet); " "een uitvoermap wordt in haar geheel vervangen, dus ze moet nieuw of leeg zijn, of alleen "
       "bevatten wat de laatste run van rapporteur erin schreef (verplaats het bestand, of kies "
       "een andere map)")
RP_MSG("%s/%.*s was not written by rapporteur's last run into this folder; " "an output folder is replaced as a whole, so it must be new, empty, or hold only what "
       "rapporteur's last run into it wrote (move the file, or give another folder)",
       "%s/%.*s is niet geschreven door de laatste run van rapporteur in deze map; " "een uitvoermap wordt in haar geheel vervangen, dus ze moet nieuw of leeg zijn, of alleen "
       "bevatten wat de laatste run van rapporteur erin schreef (verplaats het bestand, of kies "
       "een andere map)")
RP_MSG("%s/%.*s is not rapporteur's output (nor are the other files beside it); " "an output folder is replaced as a whole, so it must be new, empty, or hold only what "
       "rapporteur's last run into it wrote (move the file, or give another folder)",
       "%s/%.*s is geen uitvoer van rapporteur (de andere bestanden ernaast ook niet); "
       "een uitvoermap wordt in haar geheel vervangen, dus ze moet nieuw of leeg zijn, of alleen "
       "bevatten wat de laatste run van rapporteur erin schreef (verplaats het bestand, of kies "
       "een andere map)")
RP_MSG("%s/%.*s is not rapporteur's output; " "an output folder is replaced as a whole, so it must be new, empty, or hold only what "
       "rapporteur's last run into it wrote (move the file, or give another folder)",
       "%s/%.*s is geen uitvoer van rapporteur; " "een uitvoermap wordt in haar geheel vervangen, dus ze moet nieuw of leeg zijn, of alleen "
       "bevatten wat de laatste run van rapporteur erin schreef (verplaats het bestand, of kies "
       "een andere map)")
RP_MSG("%s/%s is not rapporteur's mark (not a file); an output folder is replaced as a whole, "
       "so give a new or empty folder",
       "%s/%s is niet het merkteken van rapporteur (geen bestand); een uitvoermap wordt in haar "
       "geheel vervangen, dus kies een nieuwe of lege map")
RP_MSG("%s was written by an earlier version of rapporteur, which did not list its files; move "
       "what you keep out of it and remove it, or give a new folder",
       "%s is geschreven door een eerdere versie van rapporteur, die haar bestanden niet "
       "bijhield; verplaats wat u wilt bewaren en verwijder de map, of kies een nieuwe map")
RP_MSG("cannot read the list of files in %s/%s", "kan de lijst van bestanden in %s/%s niet lezen")
RP_MSG("%s is immutable (chattr), so it cannot be replaced; give another folder, or remove the "
       "attribute with chattr -i",
       "%s is onveranderlijk (chattr), dus kan niet worden vervangen; kies een andere map, of "
       "verwijder het kenmerk met chattr -i")
RP_MSG("%s is immutable (chattr), so it cannot be written in; give another folder, or remove the "
       "attribute with chattr -i",
       "%s is onveranderlijk (chattr), dus er kan niet in worden geschreven; kies een andere "
       "map, of verwijder het kenmerk met chattr -i")
RP_MSG("%s is append-only (chattr), so it cannot be replaced; give another folder, or remove the "
       "attribute with chattr -a",
       "%s is alleen-toevoegen (chattr), dus kan niet worden vervangen; kies een andere map, of "
       "verwijder het kenmerk met chattr -a")
RP_MSG("%s is append-only (chattr), so it cannot be written in; give another folder, or remove "
       "the attribute with chattr -a",
       "%s is alleen-toevoegen (chattr), dus er kan niet in worden geschreven; kies een andere "
       "map, of verwijder het kenmerk met chattr -a")
RP_MSG("%s is a mount point (a volume or bind mount), which cannot be replaced by another "
       "folder; give a folder inside it (such as %s/out)",
       "%s is een koppelpunt (een volume of bind mount), dat niet door een andere map kan "
       "worden vervangen; kies een map daarbinnen (zoals %s/out)")
RP_MSG("cannot write in %s: %s", "kan niet schrijven in %s: %s")
RP_MSG("cannot use %s: %s", "kan %s niet gebruiken: %s")
RP_MSG("%s is a symbolic link; expected a folder (give the folder it points to)",
       "%s is een symbolische koppeling; verwacht een map (kies de map waarnaar ze verwijst)")
RP_MSG("%s is a file; expected a folder to write the outputs into",
       "%s is een bestand; verwacht een map om de uitvoer in te schrijven")
RP_MSG("%s: expected the path of a folder to write into",
       "%s: verwacht het pad van een map om in te schrijven")
RP_MSG("cannot lock %s: %s", "kan %s niet vergrendelen: %s")
RP_MSG("%s/%s, left by an earlier run, cannot be removed (%s/%s)",
       "%s/%s, achtergelaten door een eerdere run, kan niet worden verwijderd (%s/%s)")
RP_MSG("%s keeps your group, not the earlier folder's (%s)",
       "%s houdt uw groep, niet die van de eerdere map (%s)")
RP_MSG("cannot create a staging folder beside %s: %s",
       "kan geen tijdelijke map naast %s maken: %s")
RP_MSG("cannot list the files written into %s: %s",
       "kan de bestanden die in %s zijn geschreven niet opsommen: %s")
RP_MSG("cannot write the outputs to disk in %s: %s",
       "kan de uitvoer in %s niet naar de schijf schrijven: %s")
RP_MSG("cannot replace %s: %s", "kan %s niet vervangen: %s")
RP_MSG("the earlier outputs in %s cannot all be removed (%s); remove them by hand",
       "de eerdere uitvoer in %s kan niet helemaal worden verwijderd (%s); verwijder die met "
       "de hand")
/* reports/publish.c */
RP_MSG("cannot write manifest.sha256", "kan manifest.sha256 niet schrijven")
RP_MSG("%s was not written whole (is the disk full?)",
       "%s is niet volledig geschreven (is de schijf vol?)")
RP_MSG("memory ran out while the document was built; nothing was written",
       "het geheugen raakte op tijdens het opbouwen van het document; er is niets geschreven")
/* stats/model.c */
RP_MSG("disclosure control failed: %s", "de onthullingscontrole is mislukt: %s")
RP_MSG("disclosure control: %zu hidden count keeps a narrower range than the rule asks, "
       "with nothing left to hide beside it (the annex says so); check suppress_below and "
       "what the project publishes",
       "onthullingscontrole: %zu verborgen aantal houdt een smaller bereik dan de regel "
       "vraagt, zonder iets ernaast dat nog te verbergen is (de bijlage vermeldt dit); "
       "controleer suppress_below en wat het project publiceert")
RP_MSG("disclosure control: %zu hidden counts keep a narrower range than the rule asks, "
       "with nothing left to hide beside them (the annex says so); check suppress_below and "
       "what the project publishes",
       "onthullingscontrole: %zu verborgen aantallen houden een smaller bereik dan de regel "
       "vraagt, zonder iets ernaast dat nog te verbergen is (de bijlage vermeldt dit); "
       "controleer suppress_below en wat het project publiceert")
RP_MSG("[target %s] %s", "[target %s] %s")
/* stats/publication.c */
RP_MSG("the disclosure audit's linear programs failed (GLPK)",
       "de lineaire programma's van de onthullingscontrole zijn mislukt (GLPK)")
/* stats/regional.c */
RP_MSG("a region's count is missing that year (an empty count cell); expected every "
       "region's count",
       "het aantal van een regio ontbreekt in dat jaar (een lege cel); verwacht het aantal "
       "van elke regio")
RP_MSG("the regions file has no population for that year; expected a row for every region "
       "with population",
       "het regiobestand heeft geen bevolking voor dat jaar; verwacht een rij voor elke "
       "regio met bevolking")
RP_MSG("no counts in any region with population that year",
       "geen aantallen in enige regio met bevolking in dat jaar")
RP_MSG("the indicator has no counts per region (it needs measure count or rate on a dataset "
       "with a region column)",
       "de indicator heeft geen aantallen per regio (daarvoor is measure count of rate "
       "nodig op een dataset met een regiokolom)")
RP_MSG("the data have no rows in that year", "de gegevens hebben geen rijen in dat jaar")
/* stats/target.c */
RP_MSG("a change from the baseline cannot be a target when the baseline value is 0; "
       "expected an absolute target",
       "een verandering ten opzichte van de basiswaarde kan geen doel zijn als de "
       "basiswaarde 0 is; verwacht een absoluut doel")
RP_MSG("baseline_year %d has no value of indicator %s (its data cover %d-%d); expected a "
       "year with a value",
       "baseline_year %d heeft geen waarde van indicator %s (de gegevens beslaan %d-%d); "
       "verwacht een jaar met een waarde")
RP_MSG("direction = up contradicts target %s, which lies below the baseline (%g in %d); "
       "expected direction = down, or a target above the baseline",
       "direction = up spreekt doel %s tegen, dat onder de basiswaarde ligt (%g in %d); "
       "verwacht direction = down, of een doel boven de basiswaarde")
RP_MSG("direction = down contradicts target %s, which lies above the baseline (%g in %d); "
       "expected direction = up, or a target below the baseline",
       "direction = down spreekt doel %s tegen, dat boven de basiswaarde ligt (%g in %d); "
       "verwacht direction = up, of een doel onder de basiswaarde")
RP_MSG("target %s is below the baseline of %d while indicator %s has polarity = up (higher "
       "is better); expected a target above it, or direction = down to ask for that",
       "doel %s ligt onder de basiswaarde van %d, terwijl indicator %s polarity = up heeft "
       "(hoger is beter); verwacht een doel daarboven, of direction = down om daarom te "
       "vragen")
RP_MSG("target %s is above the baseline of %d while indicator %s has polarity = down (lower "
       "is better); expected a target below it, or direction = up to ask for that",
       "doel %s ligt boven de basiswaarde van %d, terwijl indicator %s polarity = down "
       "heeft (lager is beter); verwacht een doel daaronder, of direction = up om daarom te "
       "vragen")
/* datasets/text.c: the rapporteur's own text */
RP_MSG("a NUL byte; expected text (save the file as UTF-8 text)",
       "een NUL-byte; verwacht tekst (sla het bestand op als UTF-8-tekst)")
RP_MSG("not valid UTF-8 (byte 0x%02x); save the file as UTF-8 text",
       "geen geldige UTF-8 (byte 0x%02x); sla het bestand op als UTF-8-tekst")
RP_MSG("a control character (0x%02x), which no report can show; expected text without it "
       "(delete it)",
       "een stuurteken (0x%02x), dat geen rapport kan tonen; verwacht tekst zonder (verwijder "
       "het)")
RP_MSG("a brace that opens no citation (no } after it on this line); expected a citation such "
       "as {victims_total.2024}, or \\{ for a brace",
       "een accolade die geen verwijzing opent (geen } erna op deze regel); verwacht een "
       "verwijzing zoals {victims_total.2024}, of \\{ voor een accolade")
RP_MSG("%s is no citation; expected {name.year}, {name.figure} or {name.year.figure} with "
       "names of letters, digits, _ and - (such as {victims_total.2024}), or \\{ for a brace",
       "%s is geen verwijzing; verwacht {naam.jaar}, {naam.cijfer} of {naam.jaar.cijfer} met "
       "namen van letters, cijfers, _ en - (zoals {victims_total.2024}), of \\{ voor een "
       "accolade")
RP_MSG("a citation in a link's address; expected a citation in the text, and an address as "
       "written (https://...)",
       "een verwijzing in het adres van een link; verwacht een verwijzing in de tekst, en een "
       "adres zoals het is (https://...)")
RP_MSG("a link to \"%s\"; expected an address that starts with https://, http:// or mailto:",
       "een link naar \"%s\"; verwacht een adres dat begint met https://, http:// of mailto:")
RP_MSG("a link's address holds a space or control character; expected an address without "
       "(write %%20 for a space)",
       "het adres van een link bevat een spatie of stuurteken; verwacht een adres zonder "
       "(schrijf %%20 voor een spatie)")
RP_MSG("lists, quotes or emphasis nested more than %d deep; expected text less deeply nested",
       "lijsten, citaten of nadruk meer dan %d diep genest; verwacht minder diep geneste tekst")
RP_MSG("an image, which text/ cannot place; expected text and links (the report draws its "
       "charts from the data)",
       "een afbeelding, die text/ niet kan plaatsen; verwacht tekst en links (het rapport "
       "tekent zijn grafieken uit de gegevens)")
RP_MSG("a key finding is named by one word; expected a list of names, one an item, such as - "
       "victims_total, - trends, or - ~~regions~~ to drop one",
       "een kernbevinding wordt met één woord genoemd; verwacht een lijst van namen, één per "
       "item, zoals - victims_total, - trends, of - ~~regions~~ om er een weg te laten")
RP_MSG("\"%s\" is no indicator, estimate or kind of finding; expected an [indicator] or "
       "[estimate] id, or one of recidivism, regions, changes, trends, targets, new, "
       "provisional",
       "\"%s\" is geen indicator, schatting of soort bevinding; verwacht de naam van een "
       "[indicator] of [estimate], of een van recidivism, regions, changes, trends, targets, "
       "new, provisional")
RP_MSG("the key findings are pinned in %s too (findings = on line %ld); expected them in one "
       "place",
       "de kernbevindingen worden ook in %s vastgezet (findings = op regel %ld); verwacht ze "
       "op één plaats")
RP_MSG("findings.md holds the key findings to pin or drop, and nothing else; expected a list "
       "of names, one an item, such as - victims_total, - trends, or - ~~regions~~ to drop "
       "one",
       "findings.md bevat de kernbevindingen om vast te zetten of weg te laten, en verder "
       "niets; verwacht een lijst van namen, één per item, zoals - victims_total, - trends, "
       "of - ~~regions~~ om er een weg te laten")
RP_MSG("the file is empty, so the report has no text from it",
       "het bestand is leeg, dus het rapport heeft er geen tekst uit")
RP_MSG("cannot read: %s", "kan niet worden gelezen: %s")
RP_MSG("the name is both %s and %s %s; expected a name that says which (rename the section in "
       "monitor.ini)",
       "de naam is zowel %s als %s %s; verwacht een naam die zegt welke (hernoem de sectie in "
       "monitor.ini)")
RP_MSG("no text of the report has this name; expected introduction.md, recommendations.md, "
       "colophon.md, findings.md, a chapter's opening (summary.md, indicators.md, targets.md, "
       "regions.md, recidivism.md), their Dutch names (inleiding.md, aanbevelingen.md, "
       "colofon.md, bevindingen.md, samenvatting.md, indicatoren.md, doelen.md, regios.md, "
       "recidive.md), or the id of an [indicator], [target] or [estimate] with .md (any of "
       "them may end in .nl.md or .en.md for its language)",
       "geen tekst van het rapport heeft deze naam; verwacht inleiding.md, aanbevelingen.md, "
       "colofon.md, bevindingen.md, de opening van een hoofdstuk (samenvatting.md, "
       "indicatoren.md, doelen.md, regios.md, recidive.md), hun Engelse namen "
       "(introduction.md, recommendations.md, colophon.md, findings.md, summary.md, "
       "indicators.md, targets.md, regions.md, recidivism.md), of de id van een [indicator], "
       "[target] of [estimate] met .md (elk mag eindigen op .nl.md of .en.md voor de taal)")
RP_MSG("%s says the same; expected one file for each text (keep one)",
       "%s zegt hetzelfde; verwacht één bestand per tekst (houd er een)")
RP_MSG("is not a folder; expected a folder of Markdown files (the report's own text), or "
       "nothing by that name",
       "is geen map; verwacht een map met Markdown-bestanden (de eigen tekst van het "
       "rapport), of niets met die naam")
/* words/word_text.c: citations in the rapporteur's own text */
RP_MSG("%s has no data; expected a citation of an indicator with figures",
       "%s heeft geen gegevens; verwacht een verwijzing naar een indicator met cijfers")
RP_MSG("%s has figures from %d to %d (the data up to the monitor's year); expected a year in "
       "that range",
       "%s heeft cijfers van %d tot en met %d (de gegevens tot en met het jaar van de monitor); "
       "verwacht een jaar daartussen")
RP_MSG("%s has figures from %d to %d; expected a year in that range",
       "%s heeft cijfers van %d tot en met %d; verwacht een jaar daartussen")
RP_MSG("%s has no figure for %d (no data that year, or too few to compute one); expected a "
       "year with a figure",
       "%s heeft geen cijfer voor %d (geen gegevens dat jaar, of te weinig om er een te "
       "berekenen); verwacht een jaar met een cijfer")
RP_MSG("%s has no change to %d: %d has no figure; expected a year after one with a figure",
       "%s heeft geen verandering naar %d: %d heeft geen cijfer; verwacht een jaar na een jaar "
       "met een cijfer")
RP_MSG("%s has no change to %d: the series breaks there (the definition changed); expected a "
       "year within one part of the series",
       "%s heeft geen verandering naar %d: de reeks breekt daar (de definitie veranderde); "
       "verwacht een jaar binnen één deel van de reeks")
RP_MSG("the report states no change of %s to %d: it gives the change of the latest year for "
       "the key findings' indicators only; expected one of them, or %s pinned among them "
       "(findings = or text/findings.md)",
       "het rapport noemt geen verandering van %s naar %d: het geeft de verandering van het "
       "laatste jaar alleen voor de indicatoren van de kernbevindingen; verwacht een daarvan, "
       "of %s daartussen vastgezet (findings = of text/findings.md)")
RP_MSG("%s has no trend: %s", "%s heeft geen trend: %s")
RP_MSG("%s is no year or figure of %s; expected a year (such as %d), latest, year, ci, change "
       "or trend",
       "%s is geen jaar of cijfer van %s; verwacht een jaar (zoals %d), latest, year, ci, "
       "change of trend")
RP_MSG("%s has no figure in any year", "%s heeft in geen enkel jaar een cijfer")
RP_MSG("%s of %s takes no year; expected {%s.%s}", "%s van %s neemt geen jaar; verwacht {%s.%s}")
RP_MSG("%s is no figure of an indicator; expected a year (such as %d), latest, year, ci, "
       "change or trend",
       "%s is geen cijfer van een indicator; verwacht een jaar (zoals %d), latest, year, ci, "
       "change of trend")
RP_MSG("a target has no years; expected {%s.verdict}, {%s.baseline} or {%s.target}",
       "een doel heeft geen jaren; verwacht {%s.verdict}, {%s.baseline} of {%s.target}")
RP_MSG("%s has no verdict", "%s heeft geen oordeel")
RP_MSG("%s is no figure of a target; expected verdict, baseline or target",
       "%s is geen cijfer van een doel; verwacht verdict, baseline of target")
RP_MSG("%s has no %s: its indicator has no data",
       "%s heeft geen %s: de indicator ervan heeft geen gegevens")
RP_MSG("%s has no %s value: its indicator has no figure for %d",
       "%s heeft geen waarde voor %s: de indicator ervan heeft geen cijfer voor %d")
RP_MSG("%s has no estimate (no capture histories up to the monitor's year)",
       "%s heeft geen schatting (geen overlap tussen lijsten tot en met het jaar van de "
       "monitor)")
RP_MSG("%s has no published estimate", "%s heeft geen gepubliceerde schatting")
RP_MSG("%s is no stratum or figure of %s; expected a stratum (%s to %s), latest, year, value, "
       "ci, ratio or observed",
       "%s is geen stratum of cijfer van %s; verwacht een stratum (%s tot en met %s), latest, "
       "year, value, ci, ratio of observed")
RP_MSG("%s.year is the stratum of the latest estimate; expected {%s.year} without a stratum",
       "%s.year is het stratum van de laatste schatting; verwacht {%s.year} zonder stratum")
RP_MSG("%s is no figure of an estimate; expected a stratum (such as %s), latest, year, value, "
       "ci, ratio or observed",
       "%s is geen cijfer van een schatting; verwacht een stratum (zoals %s), latest, year, "
       "value, ci, ratio of observed")
RP_MSG("%s has no published estimate for %s", "%s heeft geen gepubliceerde schatting voor %s")
RP_MSG("%s has no estimate for %s: %s", "%s heeft geen schatting voor %s: %s")
RP_MSG("%s names more than one section of monitor.ini (an indicator, a target or an "
       "estimate); expected a name that says which (rename one)",
       "%s noemt meer dan één sectie van monitor.ini (een indicator, een doel of een "
       "schatting); verwacht een naam die zegt welke (hernoem er een)")
RP_MSG("%s is no indicator, target or estimate of monitor.ini; expected one of %s, or {year}",
       "%s is geen indicator, doel of schatting van monitor.ini; verwacht een van %s, of {year}")
RP_MSG("a citation names a figure of %s; expected such as {%s.%s}",
       "een verwijzing noemt een cijfer van %s; verwacht zoiets als {%s.%s}")
RP_MSG(" (indicators)", " (indicatoren)")
RP_MSG(" (targets)", " (doelen)")
RP_MSG(" (estimates)", " (schattingen)")
#endif
