/* The words of the editable and briefing outputs (report.docx, briefing.pptx, briefing.pdf):
 * their fixed labels, a slide title per key finding and a key finding as a headline figure,
 * Dutch and English, from the model's published cells. */
#ifndef RP_WORD_OFFICE_H
#define RP_WORD_OFFICE_H

#include "base/buf.h"
#include "stats/model.h"
#include "stats/findings.h"

/* "Inhoud" / "Contents". */
const char *rp_word_contents(rp_lang lang);
/* The running page number as three pieces around the page and the number of pages:
 * "pagina ", " van ", "" / "page ", " of ", "". */
void rp_word_page_of(rp_lang lang, const char *part[3]);
/* The warning on the title page of a monitor with invented figures. */
const char *rp_word_illustrative(rp_lang lang);
/* "Gemaakt met rapporteur 1.2" / "Made with rapporteur 1.2". */
void rp_word_made_with(rp_buf *b, const char *version, rp_lang lang);
/* The briefing's subtitle: "Briefing bij de monitor van 2024" / "Briefing on the 2024
 * monitor". */
void rp_word_briefing(rp_buf *b, int year, rp_lang lang);
/* "Kerncijfers" / "Key figures". */
const char *rp_word_key_figures(rp_lang lang);
/* "Doelen in één oogopslag" / "Targets at a glance". */
const char *rp_word_targets_glance(rp_lang lang);
/* The slide of the dashboard when no target is off track: a sentence on the categories. */
void rp_word_targets_count(rp_buf *b, const rp_model *m, rp_lang lang);
/* A short title for the slide of one key finding: the indicator or estimate it is about, or
 * what the list holds ("Doelen niet op koers"). */
void rp_word_finding_title(rp_buf *b, const rp_model *m, const rp_finding *f, rp_lang lang);

/* The alternative text of a small chart of a series: "Geregistreerde mogelijke slachtoffers
 * per jaar: 1.012 in 2012, 1.530 in 2024; de band is het 95%-betrouwbaarheidsinterval." The
 * values come as the series table writes them (v0, v1); band: the chart draws an interval. */
void rp_word_spark_alt(rp_buf *b, const char *title, int y0, const char *v0, int y1,
                       const char *v1, double level, int band, rp_lang lang);
/* "Verloop" / "Course": the heading over the small charts. */
const char *rp_word_course(rp_lang lang);
/* "... en nog 3 doelen: zie het rapport." for targets that do not fit the page. */
void rp_word_more_targets(rp_buf *b, size_t n, rp_lang lang);

/* A key finding as a headline figure: what it is, the figure as published, and its interval
 * and change. Ownership: the buffers belong to the card; rp_word_card_free frees them. */
typedef struct rp_card {
    rp_buf label;    /* "Geregistreerde mogelijke slachtoffers, 2024" */
    rp_buf value;    /* "1.060", "<5", "23%" */
    rp_buf interval; /* "95%-BI 990 tot 1.130", or empty */
    rp_buf detail;   /* the change: "+1,9% ten opzichte van 2023 (...), binnen de
                      * toevalsmarge"; for the hidden number, against those registered */
} rp_card;

/* Fills c (initialised here) from a finding that has one figure: an indicator's latest value
 * (headline, change), the hidden number (estimate), recidivism at its first follow-up.
 * Returns 0, or -1 (c empty, still to be freed) for findings that are lists. */
int rp_word_card(rp_card *c, const rp_model *m, const rp_finding *f, rp_lang lang);
void rp_word_card_free(rp_card *c);

#endif
