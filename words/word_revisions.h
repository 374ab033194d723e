/* The words of editions and revisions in Dutch and English: the chapter on what changed since
 * the previous edition, its figures, values, changes and reasons, the revision statistics,
 * the nulmeting as published, and the half-yearly progress letter. Everything comes in as a
 * comparison of published cells (stats/revisions.h): a figure hidden now has no old value to
 * word. */
#ifndef RP_WORD_REVISIONS_H
#define RP_WORD_REVISIONS_H

#include "base/buf.h"
#include "words/numfmt.h"
#include "stats/revisions.h"

/* Headings, column heads and short labels, both languages side by side. */
typedef enum {
    RP_RVL_CHAPTER, RP_RVL_CHAPTER_LETTER, RP_RVL_STATS, RP_RVL_NULMETING, RP_RVL_FIGURE,
    RP_RVL_OLD, RP_RVL_NEW, RP_RVL_CHANGE, RP_RVL_REASON, RP_RVL_INDICATOR, RP_RVL_AGE,
    RP_RVL_FIGURES, RP_RVL_REVISED, RP_RVL_MEAN, RP_RVL_MEAN_ABS, RP_RVL_MEAN_ABS_REL,
    RP_RVL_TARGET, RP_RVL_PUBLISHED, RP_RVL_TODAY, RP_RVL_NOT_REPEATED, RP_RVL_REVISIONS_TITLE,
    RP_RVL_STATS_TITLE, RP_RVL_NULMETING_TITLE, RP_RVL_LATEST, RP_RVL_LATEST_TITLE,
    RP_RVL_YEAR, RP_RVL_VALUE, RP_RVL_LOWER, RP_RVL_UPPER, RP_RVL_FLAG, RP_RVL_TARGETS,
    RP_RVL_ABOUT_LETTER, RP_RVL_NATIONAL, RP_RVL_POOLED, RP_RVL_REVISED_FIGURES
} rp_rv_label;
const char *rp_word_rv_label(rp_rv_label l, rp_lang lang);

/* How a comparison's figures read: "30 juni 2024" for an edition's date, its kind and year:
 * "de editie van 30 juni 2024 (jaarrapportage, gegevens tot en met 2023)". */
void rp_word_rv_edition(rp_buf *b, const rp_edition *e, rp_lang lang);

/* The title of the item a revision belongs to: the indicator's, target's or estimate's title
 * (from monitor.ini, or the edition's definition when it is gone), or the recidivism table's
 * name. */
void rp_word_rv_item(rp_buf *b, const rp_monitor *mon, const rp_edition *e, rp_ptable t,
                     const char *item, rp_lang lang);
/* Which figure of its item a revision is: "2022", "2022, Seksuele uitbuiting", "2024,
 * Groningen", "cohort 2016, 2 jaar", "nulmeting 2019". regions: for the names of codes (may be
 * NULL). */
void rp_word_rv_figure(rp_buf *b, const rp_monitor *mon, const rp_regions *regions,
                       const rp_pcell *c, rp_lang lang);
/* A figure's value as a revision shows it: the number in the item's unit, "x" when hidden,
 * the missing sign, "-" when none could be made, "(niet herhaald)" when withheld. */
void rp_word_rv_value(rp_buf *b, const rp_monitor *mon, const rp_revision *r, int now,
                      rp_lang lang);
/* How a cell's number shows in a table: its decimals, and *percent when it is a share or
 * prevalence (a fraction shown as a percentage). */
int rp_word_rv_decimals(const rp_monitor *mon, const rp_pcell *c, double v, int *percent);
/* The change: "+16 (+1,3%)", "-0,4 procentpunt"; nothing when there is none. */
void rp_word_rv_change(rp_buf *b, const rp_monitor *mon, const rp_revision *r, rp_lang lang);
/* Why, in words, joined by "; ": "definitief (was voorlopig); noot: ...". A value revised
 * without a reason the data give is "gewijzigd in de gegevens". */
void rp_word_rv_reason(rp_buf *b, const rp_revision *r, rp_lang lang);

/* The chapter's opening: what was compared, how many figures both publish, how many were
 * revised and in how many items; or that nothing changed. Then what else moved: new figures
 * for old years, the confidence level, the threshold, changed definitions. */
void rp_word_rv_intro(rp_buf *b, const rp_monitor *mon, const rp_revisions *r, size_t items,
                      rp_lang lang);
/* Why a figure hidden now shows no earlier value, and what r and ** mean (letter: the
 * document is the letter, not the report). */
void rp_word_rv_rules(rp_buf *b, int letter, rp_lang lang);
/* One item's summary: "2 van de 13 cijfers herzien; de grootste: 2022, van 1.234 naar 1.250
 * (+16; +1,3%)." from its rows [from, to) of r. */
void rp_word_rv_item_summary(rp_buf *b, const rp_monitor *mon, const rp_regions *regions,
                             const rp_revisions *r, size_t from, size_t to, size_t figures,
                             rp_lang lang);
/* What the revision statistics are, and over which editions (r->pairs, r->first). */
void rp_word_rv_stats_method(rp_buf *b, const rp_revisions *r, rp_lang lang);
/* A statistic in the item's unit: a mean revision ("+2,5", "+0,3 procentpunt"). */
void rp_word_rv_stat(rp_buf *b, const rp_monitor *mon, const char *item, double v, int signed_,
                     rp_lang lang);
/* The nulmeting as published: what it is, and how many values today's data differ in. doc:
 * the document it stands in, 0 a yearly monitor, 1 a nulmeting, 2 a letter. */
void rp_word_rv_nulmeting(rp_buf *b, const rp_revisions *r, size_t differ, int doc,
                          rp_lang lang);
/* A target part of the nulmeting: "waarde in 2019", "streefwaarde 2022", "nodige verandering
 * per jaar". */
void rp_word_rv_part(rp_buf *b, const rp_pcell *c, rp_lang lang);

/* The letter: its subtitle ("Voortgangsbrief, eerste helft 2025") and its opening. */
void rp_word_letter_subtitle(rp_buf *b, const char *period, rp_lang lang);
void rp_word_letter_intro(rp_buf *b, const rp_monitor *mon, const char *period, int data_year,
                          size_t ntargets, const rp_revisions *r, rp_lang lang);

#endif
