/* An output folder written safely: a run writes into a staging folder beside it, made with
 * mkdtemp, and replaces the whole folder at once when everything is written and synced (one
 * rename that swaps the two), so that a failed, interrupted or killed run leaves the earlier
 * outputs as they were, and a finished one leaves exactly its own files. A folder is ours to
 * replace only when it is new, empty, or holds our mark listing exactly what is in it: a
 * user's file is never deleted. Runs into one folder take turns (a lock beside it); staging
 * folders of killed runs are removed without following links, and a swap cut short by a kill
 * is rolled back by the next run. */
#ifndef RP_OUTDIR_H
#define RP_OUTDIR_H

#include "base/lang.h"

#include <stdio.h>

/* Staging folders are named "." + the output folder's name + RP_STAGE_INFIX + six random
 * characters, beside the output folder. */
#define RP_STAGE_INFIX ".rapporteur-"
/* The file that marks a folder as rapporteur's output and lists what the run wrote there:
 * its first line is RP_OUTDIR_HEAD, then one path a line (folders end in '/'). */
#define RP_OUTDIR_MARK ".rapporteur"
#define RP_OUTDIR_HEAD "rapporteur output folder; the next run replaces it as a whole. Its files:"

/* Ownership: rp_outdir_new returns a handle that rp_outdir_free releases (NULL ok); freeing
 * a handle whose run was not committed removes its staging folder. */
typedef struct rp_outdir rp_outdir;

/* The handle of a run into dir; nothing is created yet. Its messages (err, the warning) are
 * in lang. NULL with a message in err (size n) when dir is not a usable path. */
rp_outdir *rp_outdir_new(const char *dir, rp_lang lang, char *err, size_t n);
/* Checks, before any work, that the run may replace dir: dir is absent, or a real folder
 * that is empty or holds exactly what rapporteur's previous run listed in its mark; not a
 * mount point nor immutable (neither can be replaced by a rename), inside a folder the run
 * can write in. Returns RP_OK; RP_EINVAL when the user must name another folder (err names
 * the file or the reason); RP_EIO when it cannot be read. */
int rp_outdir_check(const rp_outdir *o, char *err, size_t n);
/* Takes the lock of dir (a file beside it; dir's parents are created when missing): returns
 * 1 when taken, 0 when another run holds it (rp_outdir_try_lock), -1 on failure. */
int rp_outdir_try_lock(rp_outdir *o, char *err, size_t n);
/* Waits for the lock. Returns 0 or -1. */
int rp_outdir_lock(rp_outdir *o, char *err, size_t n);
/* With the lock held: rolls back a swap an earlier run was killed in, checks dir again,
 * removes staging folders of killed runs and makes this run's, with the mode and group of
 * the earlier folder (the umask's mode for a new one). Returns RP_OK, or an rp_outdir_check
 * code or RP_EIO with a message. */
int rp_outdir_stage(rp_outdir *o, char *err, size_t n);
/* new, check, lock (waiting) and stage in one; NULL with a message on failure. */
rp_outdir *rp_outdir_open(const char *dir, rp_lang lang, char *err, size_t n);

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
/* Lists the staged files in the mark, syncs them to disk, checks that dir still holds only
 * what the previous run listed, replaces dir by the staging folder in one rename and removes
 * the earlier content. SIGINT, SIGTERM and SIGHUP stay blocked from the start of the commit,
 * so that the exit status says what happened: the run is done. Returns 0 (what could not be
 * removed is then told by rp_outdir_warning), or -1 with a message in err and dir
 * untouched. */
int rp_outdir_commit(rp_outdir *o, char *err, size_t n);
/* What the run could not tidy (earlier outputs or leftovers of killed runs that could not
 * be removed, a group that could not be carried over), or NULL. Owned by o. */
const char *rp_outdir_warning(const rp_outdir *o);
void rp_outdir_free(rp_outdir *o);

#endif
