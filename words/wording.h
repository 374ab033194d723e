/* The words of every output in Dutch and English: values in their units, categories, trend
 * labels, SMART verdicts and their reasons. Statistics come in as numbers and codes; this is
 * the one place that turns them into sentences. */
#ifndef RP_WORDING_H
#define RP_WORDING_H

#include "base/buf.h"
#include "words/numfmt.h"
#include "stats/series.h"
#include "stats/regions.h"
#include "stats/target.h"

/* A confidence level as people read it: 0.95 -> "95%", 0.995 -> "99,5%" (nl). */
void rp_word_level(rp_buf *b, double level, rp_lang lang);
/* The one way to write an interval: "95%-BI 997 tot 1.126" / "95% CI 997 to 1,126", or at
 * level 0 (a table whose head names the level) "997 tot 1.126". lo and hi come written in
 * their unit by the caller. */
void rp_word_interval(rp_buf *b, double level, const char *lo, const char *hi, rp_lang lang);
/* The same as a table cell whose head names the level, from the two ends: "1,2 tot 6,6"
 * (decimals each). */
void rp_word_range(rp_buf *b, double lo, double hi, int decimals, rp_lang lang);
/* A number as a table cell or in a sentence: 1.234,5 (nl) / 1,234.5 (en), NaN as "-"; with
 * percent a fraction as a percentage (0.243 -> "24,3%"); decimals < 0 writes a year or a code
 * as it is, without grouping. */
void rp_word_num_cell(rp_buf *b, double v, int decimals, int percent, rp_lang lang);
/* rp_word_num_cell's number (not a percentage) as a new string; caller frees. */
char *rp_word_num_str(double v, int decimals, rp_lang lang);
/* A published count: the hidden sign when mark is set, else the count ("-" when NaN). */
void rp_word_count(rp_buf *b, double v, int mark, int below, rp_lang lang);
/* A rate ratio as a whole percentage change: 1.12 -> "+12%", 0.9 -> "-10%". */
void rp_word_ratio_change(rp_buf *b, double ratio, rp_lang lang);
/* A chart axis's tick label: "1.000", "0,5", with percent "20%" (v is in percent then). */
void rp_word_tick(rp_buf *b, double v, int decimals, int percent, rp_lang lang);
/* The day a document was made, as its title page and metadata write it: "30 juni 2024". */
void rp_word_date(rp_buf *b, long long epoch, rp_lang lang);
/* The chance that a target is met, as the label beside its bar: "kans 62%". */
void rp_word_chance_label(rp_buf *b, double p, rp_lang lang);
/* A category of a breakdown as its chart's alt text gives it: the hidden sign when hide is
 * set, the monitor's missing sign for NaN, a share (value in percent) as "24,3%", else the
 * count. */
void rp_word_category_value(rp_buf *b, int hide, double value, int share,
                            const rp_monitor *mon);
/* A value in the indicator's unit: 1.234 / 24,3% / 5,9 / 27,4 (nl). NaN as "-". */
void rp_word_value(rp_buf *b, const rp_indicator_def *d, double v, rp_lang lang);
/* A difference in the indicator's unit (shares in percentage points). */
void rp_word_diff(rp_buf *b, const rp_indicator_def *d, double v, rp_lang lang);
/* A point as published: its value, "<N" when suppressed, "-" when missing. */
/* The sign of a hidden value, "x", whatever hid it (a small count or a cell that covers one):
 * one sign, so that the outputs never tell the two apart. */
const char *rp_word_hidden_sign(void);
void rp_word_hidden(rp_buf *b, int mark, int below);
/* What the sign means, for legends and notes: "x: niet gepubliceerd, zodat geen aantal onder
 * de 10 te achterhalen is". */
void rp_word_hidden_legend(rp_buf *b, int below, rp_lang lang);
/* The disclosure audit in figures, for the annex: the counts the project publishes, how many
 * are hidden (and how many of them the audit added), the small counts whose range it proved
 * and the linear programs it solved; and, should any range stay too narrow, that it did. */
struct rp_audit;
void rp_word_audit(rp_buf *b, const struct rp_audit *a, int below, rp_lang lang);
/* Why a test across groups (log-rank between `between`: "the cohorts") is not given: it sums
 * over every group, a hidden one too, and would carry its count. */
void rp_word_test_withheld(rp_buf *b, const char *between, rp_lang lang);
/* A chart's source line, "Bron: ..." : the indicator's source when it has one (d may be
 * NULL), else the monitor's, else its title. Caller frees. */
char *rp_word_source(const rp_monitor *mon, const rp_indicator_def *d);
void rp_word_point(rp_buf *b, const rp_series *s, const rp_point *p, rp_lang lang);
/* "value (95% BI lo-hi)" with suppression. */
void rp_word_point_ci(rp_buf *b, const rp_series *s, const rp_point *p, double level,
                      rp_lang lang);
/* The unit as a label: "aantal", "%", "per 100.000 inwoners", the indicator's own unit. */
void rp_word_unit(rp_buf *b, const rp_indicator_def *d, rp_lang lang);
/* The trend a section states (one fit over one window, stats/series.h): "trend 2020-2024:
 * -3,7% per jaar (95%-BI -15,3% tot +9,4%)" (full), or short "trend 2020-2024: -3,7% per
 * jaar" with the recent-trend marker's word when it is significant (", dalend"); without a
 * trend "trend: niet te berekenen (reason)". */
void rp_word_trend(rp_buf *b, const rp_series *s, double level, int full, rp_lang lang);
/* The annual change of that trend alone, "-3,7% per jaar" or "+1,2 procentpunt per jaar";
 * only when s has one (s->change is not NaN). */
void rp_word_trend_rate(rp_buf *b, const rp_series *s, rp_lang lang);
/* The recent-trend marker (Fingertips) as a sentence with its test and level. */
void rp_word_marker(rp_buf *b, const rp_series *s, rp_lang lang);
/* An annual growth rate: "+3,5% per jaar". */
void rp_word_growth(rp_buf *b, double rate, rp_lang lang);
/* A target's annual rate (a fraction): growth, or for shares "+1,2 procentpunt per jaar". */
void rp_word_rate(rp_buf *b, const rp_target_result *r, double rate, rp_lang lang);
/* The word of a value's flags: "voorlopig", "geschat", "herzien", "nader voorlopig" (revised
 * and still provisional, CBS's **) (nl), or NULL. */
/* A table's status cell (SDMX observation status, as Eurostat): "p (voorlopig)", "b
 * (trendbreuk)" in the first year after a break, both as "b p (trendbreuk, voorlopig)";
 * a revised figure that is still provisional "** (nader voorlopig)", as CBS marks it;
 * nothing when there is neither. */
void rp_word_flag_cell(rp_buf *b, unsigned flags, int brk, rp_lang lang);
const char *rp_word_flag(unsigned flags, rp_lang lang);

const char *rp_word_category(rp_category c, rp_lang lang);
/* A p-value as people read it: "p < 0,001", "p = 0,64", "p = 0,012". */
void rp_word_p(rp_buf *b, double p, rp_lang lang);
/* How the funnel limits were made, as a sentence: exact Poisson, or widened for
 * over-dispersion with the dispersion found. */
/* The chi-square test of the regional counts and the concentration figures (the report's and
 * the regions command's text). */
void rp_word_heterogeneity(rp_buf *b, const rp_regions_summary *s, rp_lang lang);
void rp_word_funnel(rp_buf *b, const rp_regions_summary *s, rp_lang lang);
const char *rp_word_mark(rp_mark m, rp_lang lang);
const char *rp_word_measure(rp_measure m, rp_lang lang);
const char *rp_word_na(rp_na_reason r, rp_lang lang);
const char *rp_word_why(rp_why why, rp_lang lang);
/* The reason behind one SMART letter (RP_SMART_S ... RP_SMART_T). */
/* m: r->smart (the audit on all data) or r->smart_base (the nulmeting's). */
void rp_word_smart(rp_buf *b, const rp_target_result *r, const rp_smart *m, int letter,
                   rp_lang lang);
/* The target as a value of the indicator, or as written ("-50% from the baseline") when that
 * value would give a suppressed baseline away. */
void rp_word_target(rp_buf *b, const rp_target_result *r, rp_lang lang);
/* The whole target in one sentence, for text output and reports. */
void rp_word_target_summary(rp_buf *b, const rp_target_result *r, rp_lang lang);
/* Why a target has no projection when it has fewer than 4 values (r->proj_few). */
const char *rp_word_no_projection(rp_lang lang);
/* A short interpretation of p_meet ("unlikely", "about even", ...). */
const char *rp_word_chance(double p, rp_lang lang);
/* The overview of small charts: its title (numbered when it takes several pages), the note
 * on what the bands and bars are, and the start of its alt text. */
void rp_word_overview_title(rp_buf *b, const char *title, size_t page, size_t pages,
                            rp_lang lang);
void rp_word_overview_note(rp_buf *b, int bands, int bars, double level, rp_lang lang);
void rp_word_overview_alt(rp_buf *b, size_t n, size_t page, size_t pages, rp_lang lang);

#endif
