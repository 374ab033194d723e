/* Draws charts with one gnuplot process fed through a pipe: the data go in as inline
 * datablocks, every chart's messages are told apart by markers on gnuplot's stderr, and each
 * chart is written beside its data (.csv), its script (.gp) and its alt text (.alt.txt). */
#ifndef RP_GNUPLOT_H
#define RP_GNUPLOT_H

#include <stddef.h>
#include "base/diag.h"
#include "plots/chart.h"

enum { RP_FMT_PNG = 1, RP_FMT_SVG = 2, RP_FMT_PDF = 4, RP_FMT_ALL = 7 };

/* Parses "png,svg,pdf" into a mask; 0 when a name is unknown. */
unsigned rp_gp_formats(const char *list);

/* Checks that gnuplot 5.2 or later can be run (`gnuplot -V`, ended after at most 30
 * seconds); on failure returns -1 with a message in lang naming the Debian package in err. */
int rp_gp_check(rp_lang lang, char *err, size_t n);

/* The seconds after which a gnuplot drawing ncharts charts that stops answering is ended
 * with everything it started (its process group): RP_GNUPLOT_TIMEOUT when set (whole seconds,
 * 1 to 86400), else 60 and 10 a chart. Returns 0, or -1 with a message in lang when the
 * variable holds anything else. */
int rp_gp_timeout(size_t ncharts, rp_lang lang, long *seconds, char *err, size_t n);

/* Draws the n charts into dir (which exists) in the formats given. epoch: the time written
 * into the PDFs (from SOURCE_DATE_EPOCH), or -1 to leave cairo's. Every problem is reported
 * to diag naming the chart. Returns 0 when every chart was drawn. */
int rp_gp_draw(rp_chart *const *charts, size_t n, const char *dir, unsigned formats,
               long long epoch, rp_diag *diag);

/* The same in two halves, so that the caller can work while gnuplot draws: rp_gp_begin
 * returns once every SVG is written (or gnuplot has stopped), gnuplot going on with the other
 * formats; rp_gp_end waits for it, reports, checks every file and frees the job. The charts,
 * dir and diag must outlive the job. rp_gp_begin returns NULL after reporting a problem that
 * kept gnuplot from starting; rp_gp_end(NULL) returns -1. */
typedef struct rp_gp_job rp_gp_job;
rp_gp_job *rp_gp_begin(rp_chart *const *charts, size_t n, const char *dir, unsigned formats,
                       long long epoch, rp_diag *diag);
int rp_gp_end(rp_gp_job *job);
/* Whether gnuplot failed to draw some chart (already reported): nothing should be laid out
 * around the charts. 1 for NULL. */
int rp_gp_failed(const rp_gp_job *job);

/* The script as saved beside a chart: the chart's body drawing from its CSV file, in a loop
 * over the formats. Caller frees. */
char *rp_gp_script(const rp_chart *c, unsigned formats, const char *source);

#endif
