/* Recording an edition (report --record, baseline --record): the cells a run published, its
 * settings, date, version and the keyed manifest of its inputs, written as one file in
 * PROJECT/editions/ (the format is datasets/edition.h's). The file is staged under a hidden
 * name first and renamed into place only once the run's outputs are whole, so that a failed
 * run records nothing and a draft run (without --record) never does. */
#ifndef RP_RECORD_H
#define RP_RECORD_H

#include <stdio.h>
#include "datasets/edition.h"
#include "datasets/project.h"

/* What the edition says of its run besides the cells. */
typedef struct rp_record_info {
    rp_ed_kind kind;
    long long epoch;        /* the run's date */
    int year;               /* the monitor's year: data up to it */
    double confidence;
    const char *period;     /* a letter's half year, or NULL */
} rp_record_info;

/* Writes the edition to f: the run's rows, the manifest, then cells (sorted by the file's
 * order). A cell that is not shown is written with its mark only, whatever its value.
 * Returns 0, or -1 when the manifest cannot be made or a write fails. */
int rp_record_write(FILE *f, const rp_project *p, const rp_cells *cells,
                    const rp_record_info *info);

/* A staged edition. Ownership: rp_record_stage returns one that rp_record_commit or
 * rp_record_discard consumes. */
typedef struct rp_record rp_record;

/* Writes the edition under a hidden name in p's editions folder (made when missing). NULL
 * with why in err (n bytes) when it cannot. */
rp_record *rp_record_stage(const rp_project *p, const rp_cells *cells, const rp_record_info *info,
                           char *err, size_t n);
/* Renames it into place (replacing an edition of the same name: the same run recorded again).
 * Returns 0, or -1 with why in err. Consumes r. */
int rp_record_commit(rp_record *r, char *err, size_t n);
void rp_record_discard(rp_record *r);
/* The path it will have (editions/NAME.csv under the project), borrowed. */
const char *rp_record_path(const rp_record *r);

#endif
