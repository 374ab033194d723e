/* Helpers shared by the subcommands: loading a project with its problems printed, telling a
 * project from a file, and formatting counts with disclosure control for the terminal. */
#ifndef RP_CLI_COMMON_H
#define RP_CLI_COMMON_H

#include "base/buf.h"
#include "words/numfmt.h"
#include "datasets/project.h"
#include "cli/args.h"

/* Whether path is a project (a folder, or a file ending in .ini). */
int rp_cli_is_project(const char *path);
/* The language of every message and text of a command on path: the project's (its
 * monitor.ini's language, read first) when path is a project whose monitor.ini can be read,
 * else the locale's (rp_cli_locale_lang). */
rp_lang rp_cli_lang(const char *path);
/* A collector of messages in lang (words/word_diag.c translates them); the caller frees with
 * rp_diag_free. NULL when memory runs out. */
rp_diag *rp_cli_diag(rp_lang lang);
/* Prints "rapporteur: message" (or "rapporteur CMD: message" when cmd is not NULL) and a line
 * break to stderr, the message in lang: fmt is English, its Dutch comes from the catalogue
 * (the RP_MSG section of words/phrases.h). */
void rp_cli_msg(rp_lang lang, const char *cmd, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Loads a project, its messages in its language; on problems prints them to stderr and
 * returns NULL with *status set to the exit status (1 for invalid data). The caller frees
 * with rp_project_free. */
rp_project *rp_cli_load(const char *path, int *status);
/* Loads the project and builds its model with the data up to year (0: the report year),
 * printing every problem. On success *pp holds the project; the caller frees the model with
 * rp_model_free and then the project with rp_project_free. On failure returns NULL with *pp
 * NULL and *status the exit status. */
struct rp_model *rp_cli_model(const char *path, long year, rp_project **pp, int *status);
/* The -o DIR and --format png,svg,pdf options of the commands that write files, checked
 * before any work with what the run needs (reports/outdir.h rp_outdir_check, the font,
 * RP_GNUPLOT_TIMEOUT); returns 0, or the exit status after printing why (2 when DIR is not
 * rapporteur's to replace: a user's file, a mount point, the project). Arms the cleanup of
 * DIR's staging folder on SIGINT, SIGTERM and SIGHUP (cli/interrupt.h). */
int rp_cli_outputs(const rp_cmd *spec, const rp_args *a, const char **dir, unsigned *formats);
/* Whether the output folder dir is the project's folder (or the folder of the project's
 * monitor.ini) or holds it. */
int rp_cli_inside(const char *project, const char *dir);
/* Opens the output folder dir for a run from project (reports/outdir.h), saying so when it
 * waits for another run into dir (a signal ends the wait), and names its staging folder to
 * the interrupt handler; on failure prints why and returns NULL with *status the exit status
 * (2 when dir is not rapporteur's to replace, 3 otherwise). */
struct rp_outdir *rp_cli_outdir(const char *dir, const char *project, int *status);
/* The language of a command on a bare file: Dutch when the locale's messages are Dutch
 * (LC_ALL, LC_MESSAGES or LANG starting with nl), else English. */
rp_lang rp_cli_locale_lang(void);
/* The summary of a finished run into dir, on stdout, then rp_cli_said. */
void rp_cli_done(rp_lang lang, const char *dir, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* After what a finished run into dir printed on stdout: a stdout that cannot be written (a
 * full disk, a closed pipe) is a warning in lang, since the outputs are in place, and what
 * was not written is dropped, so that the run still exits 0. */
void rp_cli_said(rp_lang lang, const char *dir);
/* Prints rows of cells as an aligned table; cells[r * ncols + c]; right-aligns columns whose
 * flag in right[] is set. */
void rp_cli_table(char **cells, size_t nrows, size_t ncols, const int *right);

#endif
