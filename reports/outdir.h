/* An output folder written safely: every file goes to a staging folder inside it
 * (DIR/.rapporteur-PID) and is renamed into place only when the whole run has succeeded, so
 * a failed or interrupted run leaves the earlier outputs untouched and no file half-written.
 * Staging folders left by a killed run are removed by the next one. */
#ifndef RP_OUTDIR_H
#define RP_OUTDIR_H

#include <stdio.h>

/* The staging folder of process PID inside the output folder is RP_STAGE_PREFIX followed by
 * PID; cli/interrupt.c removes it on a signal. */
#define RP_STAGE_PREFIX ".rapporteur-"

/* Ownership: rp_outdir_open returns a handle that rp_outdir_commit or rp_outdir_abort
 * consumes (both free it; abort accepts NULL). */
typedef struct rp_outdir rp_outdir;

/* Creates dir (and its parents) when missing. On failure returns NULL with a message in
 * err (size n). */
rp_outdir *rp_outdir_open(const char *dir, char *err, size_t n);
/* The staged path of a file (name may contain one level of subfolder, created as needed);
 * caller frees. */
char *rp_outdir_path(rp_outdir *o, const char *name);
/* fopen(rp_outdir_path(name), "wb"); NULL on failure. */
FILE *rp_outdir_create(rp_outdir *o, const char *name);
/* Closes f, reporting a write error as failure. Returns 0 or -1. */
int rp_outdir_close(FILE *f);
/* The staging folder itself (owned by o). */
const char *rp_outdir_staging(const rp_outdir *o);
const char *rp_outdir_dir(const rp_outdir *o);
/* Moves every staged file into dir and removes the staging folder. Returns 0, or -1 with a
 * message in err. */
int rp_outdir_commit(rp_outdir *o, char *err, size_t n);
void rp_outdir_abort(rp_outdir *o);

#endif
