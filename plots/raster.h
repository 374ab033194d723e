/* PNG and PDF files of the charts drawn from their SVGs in this process, on every core. */
#ifndef RP_RASTER_H
#define RP_RASTER_H

#include <stddef.h>
#include "base/diag.h"
#include "plots/chart.h"

/* Ownership: rp_raster_begin returns a job that rp_raster_end consumes. */
typedef struct rp_raster rp_raster;

/* Starts drawing dir/ID.png (1920x1080) and dir/ID.pdf (16 x 9 cm, dated epoch) from
 * dir/ID.svg for each chart, as formats asks (RP_FMT_PNG, RP_FMT_PDF), on one thread per
 * core. The SVGs must be complete. Returns NULL when nothing is asked or memory runs out
 * (then rp_raster_end reports nothing and the caller finds the files missing). */
rp_raster *rp_raster_begin(rp_chart *const *charts, size_t n, const char *dir,
                           unsigned formats, long long epoch);
/* Waits for the drawing and reports every file that could not be drawn to diag. Returns 0,
 * or -1 when any failed. */
int rp_raster_end(rp_raster *r, rp_diag *diag);

#endif
