/* An output folder written safely: a run writes into a staging folder beside it, made with
 * mkdtemp, and replaces the whole folder at once when everything is written (one rename that
 * swaps the two), so that a failed, interrupted or killed run leaves the earlier outputs as
 * they were, and a finished one leaves exactly its own files. Runs into one folder take turns
 * (a lock beside it); staging folders of killed runs are removed without following links. */
#ifndef RP_OUTDIR_H
#define RP_OUTDIR_H

#include <stdio.h>

/* Staging folders are named "." + the output folder's name + RP_STAGE_INFIX + six random
 * characters, beside the output folder. */
#define RP_STAGE_INFIX ".rapporteur-"
/* The file that marks a folder as rapporteur's output, which the next run may replace. */
#define RP_OUTDIR_MARK ".rapporteur"

/* Ownership: rp_outdir_open returns a handle that rp_outdir_commit or rp_outdir_abort
 * consumes (both free it; abort accepts NULL). */
typedef struct rp_outdir rp_outdir;

/* Prepares a run into dir (its parents are created when missing). Refuses a dir that is a
 * symbolic link, or that holds files rapporteur did not write (an output folder replaces
 * its whole content). On failure returns NULL with a message in err (size n). */
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
/* Replaces dir by the staging folder in one rename and removes the earlier content. SIGINT,
 * SIGTERM and SIGHUP stay blocked after a successful commit, so that the exit status says
 * what happened: the run is done. Returns 0, or -1 with a message in err (dir untouched). */
int rp_outdir_commit(rp_outdir *o, char *err, size_t n);
void rp_outdir_abort(rp_outdir *o);

#endif
