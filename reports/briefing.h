/* The briefing on a yearly monitor, built once from the model and its charts and written as a
 * 16:9 slide deck (briefing.pptx, reports/pptx.c) and as one A4 page for a minister
 * (briefing.pdf, reports/briefing_pdf.c): one slide per key finding with its chart, the target
 * dashboard and the hidden-number estimate; on the page the five headline figures, three
 * small charts and the targets at a glance. Only published cells, worded in words/. */
#ifndef RP_BRIEFING_H
#define RP_BRIEFING_H

#include <stdio.h>
#include "reports/dtable.h"
#include "stats/model.h"
#include "words/word_office.h"

struct rp_charts;

/* One slide: a title (every slide has one), the finding's sentence, its chart (the chart's id,
 * NULL for none) with the chart's alt text, the source line, and notes for the presenter (the
 * caption: the chart's alt text, or the sentence). Strings owned by the briefing. */
typedef struct rp_slide {
    char *title, *text, *chart, *alt, *source, *notes;
} rp_slide;

/* A small chart of an indicator's series on the page, drawn from its published table. */
typedef struct rp_spark {
    rp_dtable *table;    /* the series table (reports/tables.h's rp_table_series), owned */
    char *alt;           /* its alternative text */
} rp_spark;

/* Ownership: rp_briefing_build returns a briefing freed by rp_briefing_free (NULL ok); it
 * holds copies of everything, not pointers into the model. */
typedef struct rp_briefing {
    rp_lang lang;
    int year;
    long long epoch;
    int illustrative;
    char *title, *subtitle, *organisation, *date, *source, *author;
    rp_slide *slide;     /* after the title slide */
    size_t nslides;
    rp_card card[5];     /* the first five key findings with one figure */
    size_t ncards;
    rp_spark spark[3];
    size_t nsparks;
    rp_dtable *targets;  /* the targets at a glance, or NULL without targets */
} rp_briefing;

rp_briefing *rp_briefing_build(const rp_model *m, const struct rp_charts *cs);
void rp_briefing_free(rp_briefing *b);

/* The deck as .pptx onto f (the caller opens and closes it: reports/outdir.h); charts from
 * charts_dir/<id>.png and .svg. Returns 0, or -1 with a message in err. */
int rp_briefing_pptx(const rp_briefing *b, const char *charts_dir, FILE *f, char *err, size_t n);
/* The page as a tagged PDF at path (written through a temporary path.cairo beside it).
 * Returns 0, or -1 with a message in err. */
int rp_briefing_pdf(const rp_briefing *b, const char *path, char *err, size_t n);

#endif
