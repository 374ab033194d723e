/* A whole monitor project loaded and checked: monitor.ini, the regions file, and every
 * dataset read once, with the per-indicator sums that stats/ turns into series. */
#ifndef RP_PROJECT_H
#define RP_PROJECT_H

#include "datasets/captures.h"
#include "datasets/edition.h"
#include "base/epoch.h"
#include "datasets/monitor.h"
#include "datasets/recid.h"
#include "datasets/recid_agg.h"
#include "datasets/regions.h"
#include "datasets/scan.h"
#include "datasets/text.h"

#include <stdint.h>
#include <time.h>

/* Ownership: rp_project_load returns a project the caller frees with rp_project_free (NULL
 * ok); everything reachable from it belongs to it. */
typedef struct rp_project {
    rp_monitor *m;
    rp_regions *regions;                 /* NULL without a [regions] file */
    rp_scan **scans;                     /* per dataset; NULL for recidivism datasets */
    rp_recid **recid;                    /* per dataset; NULL for other datasets */
    const rp_indicator_data **ind;       /* per indicator; NULL for measure = recidivism */
    const rp_recid **ind_recid;          /* per indicator: its recidivism data, or NULL */
    rp_recid_agg **recid_agg;            /* per dataset: published recidivism figures, or NULL */
    const rp_recid_agg **ind_recid_agg;  /* per indicator: its published figures, or NULL */
    int year_min, year_max;              /* over all record and count datasets */
    rp_captures **captures;              /* per estimate: its capture histories, or NULL */
    int **terms;                         /* per estimate: fixed terms as list index pairs */
    size_t *nterms;
    /* The project's secret (datasets/keyfile.h): has_key 0 without monitor.key; key is its
     * first 8 bytes as a number, for orders that must not be guessed (0 without). */
    unsigned char key_bytes[32];
    int has_key;
    uint64_t key;
    rp_editions *editions;               /* what earlier runs published (editions/), by date;
                                          * an empty list when there are none */
    rp_texts *texts;                     /* the report's own text (text/), never NULL */
} rp_project;

/* Loads path (a folder with monitor.ini, or the ini file) and reads every file, reporting
 * every problem to diag. Returns NULL when there was any error, unless partial is set: then
 * whatever could be loaded is returned, for validate's summary (NULL still when monitor.ini
 * cannot be read). */
rp_project *rp_project_load(const char *path, int partial, rp_diag *diag);
void rp_project_free(rp_project *p);

/* The time to stamp outputs with: SOURCE_DATE_EPOCH when set, else the newest modification
 * time of monitor.ini, the files it names and the texts of text/, so that the same inputs give the same bytes;
 * always within RP_EPOCH_MAX. */
long long rp_project_epoch(const rp_project *p);


/* Index of an indicator by id, or -1. */
int rp_project_indicator(const rp_project *p, const char *id);

#endif
