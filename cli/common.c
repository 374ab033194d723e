/* Helpers shared by the subcommands. */
#include "cli/common.h"
#include "cli/args.h"
#include "cli/interrupt.h"
#include "base/error.h"
#include "plots/fonts.h"
#include "plots/gnuplot.h"
#include "reports/outdir.h"
#include "stats/disclosure.h"
#include "stats/model.h"
#include "words/word_diag.h"
#include "words/wording.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int rp_cli_is_project(const char *path)
{
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        return 1;
    size_t n = strlen(path);
    return n > 4 && !strcmp(path + n - 4, ".ini");
}

rp_lang rp_cli_lang(const char *path)
{
    rp_lang lang = rp_cli_locale_lang();
    if (rp_cli_is_project(path))
        rp_monitor_lang(path, &lang);
    return lang;
}

rp_diag *rp_cli_diag(rp_lang lang)
{
    rp_diag *d = rp_diag_new();
    rp_diag_set_lang(d, lang, rp_word_msg);
    return d;
}

void rp_cli_msg(rp_lang lang, const char *cmd, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "rapporteur%s%s: ", cmd ? " " : "", cmd ? cmd : "");
    va_start(ap, fmt);
    vfprintf(stderr, rp_word_msg(fmt, lang), ap);
    va_end(ap);
    fputc('\n', stderr);
}

rp_project *rp_cli_load(const char *path, int *status)
{
    rp_lang lang = rp_cli_lang(path);
    rp_diag *diag = rp_cli_diag(lang);
    rp_project *p = diag ? rp_project_load(path, 0, diag) : NULL;
    rp_diag_print(diag, stderr);
    if (!p) {
        rp_cli_msg(lang, NULL, "%s is not valid; run rapporteur validate %s for a summary",
                   path, path);
        *status = RP_EXIT_DATA;
    }
    rp_diag_free(diag);
    return p;
}

rp_model *rp_cli_model(const char *path, long year, rp_project **pp, int *status)
{
    *pp = rp_cli_load(path, status);
    if (!*pp)
        return NULL;
    /* a year outside the data would print a monitor of nothing, or claim data it lacks */
    const rp_project *p = *pp;
    if (year && p->year_min && (year < p->year_min || year > p->year_max)) {
        rp_cli_msg(p->m->lang, NULL, "--year %ld: the data of %s cover %d-%d; expected a year "
                   "in that range", year, path, p->year_min, p->year_max);
        rp_project_free(*pp);
        *pp = NULL;
        *status = RP_EXIT_USAGE;
        return NULL;
    }
    rp_diag *diag = rp_cli_diag(p->m->lang);
    rp_model *m = diag ? rp_model_build(*pp, (int)year, diag) : NULL;
    rp_diag_print(diag, stderr);
    rp_diag_free(diag);
    if (!m) {
        rp_project_free(*pp);
        *pp = NULL;
        *status = RP_EXIT_DATA;
    }
    return m;
}

/* The absolute path of path, whose last components may not exist yet. Caller frees. */
static char *absolute(const char *path)
{
    char *copy = rp_strdup(path), *rest = NULL;
    while (copy) {
        char *real = realpath(copy, NULL);
        if (real) {
            char *full = rest ? rp_strfmt("%s/%s", strcmp(real, "/") ? real : "", rest) : real;
            if (rest)
                free(real);
            free(copy);
            free(rest);
            return full;
        }
        char *slash = strrchr(copy, '/');
        char *tail = rp_strdup(slash ? slash + 1 : copy);
        char *joined = rest ? rp_strfmt("%s/%s", tail, rest) : rp_strdup(tail);
        free(tail);
        free(rest);
        rest = joined;
        if (slash == copy)
            copy[1] = '\0';
        else if (slash)
            *slash = '\0';
        else
            strcpy(copy, ".");
    }
    free(rest);
    return NULL;
}

int rp_cli_inside(const char *project, const char *dir)
{
    struct stat st;
    char *proj = NULL;
    if (stat(project, &st) == 0 && !S_ISDIR(st.st_mode)) {
        const char *slash = strrchr(project, '/');
        proj = slash ? rp_strndup(project, (size_t)(slash - project + (slash == project)))
                     : rp_strdup(".");
    } else {
        proj = rp_strdup(project);
    }
    char *p = proj ? absolute(proj) : NULL, *o = absolute(dir);
    size_t n = o ? strlen(o) : 0;
    int inside = p && o && (!strcmp(p, o) || !strcmp(o, "/") ||
                            (!strncmp(p, o, n) && p[n] == '/'));
    free(proj);
    free(p);
    free(o);
    return inside;
}

/* The exit status of an output folder's problem: the user must name another folder (2), or
 * it could not be read or written (3). */
static int outdir_status(int code)
{
    return code == RP_EINVAL ? RP_EXIT_USAGE : RP_EXIT_IO;
}

static int refuse_inside(rp_lang lang, const char *project, const char *dir)
{
    if (!rp_cli_inside(project, dir))
        return 0;
    rp_cli_msg(lang, NULL, "-o %s is the project folder or holds it; expected a folder "
               "outside the project (the outputs replace the folder as a whole)", dir);
    return 1;
}

struct rp_outdir *rp_cli_outdir(const char *dir, const char *project, int *status)
{
    char err[1024];
    rp_lang lang = rp_cli_lang(project);
    if (refuse_inside(lang, project, dir)) {
        *status = RP_EXIT_USAGE;
        return NULL;
    }
    rp_outdir *o = rp_outdir_new(dir, lang, err, sizeof err);
    int got = o ? rp_outdir_try_lock(o, err, sizeof err) : -1;
    if (got == 0) {
        /* the interrupt handler knows no staging folder yet: a signal ends the wait at once */
        rp_cli_msg(lang, NULL, "waiting for another run that writes into %s to finish "
                   "(Ctrl-C to stop waiting)", dir);
        got = rp_outdir_lock(o, err, sizeof err) == 0 ? 1 : -1;
    }
    /* a signal between making the staging folder and registering it would leave it behind:
     * it waits until the handler knows the folder */
    sigset_t old;
    rp_interrupt_hold(&old);
    int code = got == 1 ? rp_outdir_stage(o, err, sizeof err) : RP_EIO;
    int long_path = code == RP_OK && rp_interrupt_stage(rp_outdir_staging(o)) != 0;
    rp_interrupt_release(&old);
    if (code != RP_OK) {
        rp_cli_msg(lang, NULL, "%s", err);
        *status = outdir_status(code);
        rp_outdir_free(o);
        return NULL;
    }
    if (long_path)
        rp_cli_msg(lang, NULL, "warning: the staging folder's path is too long to clean up "
                   "after an interruption");
    return o;
}

/* Before any work: the output folder can be replaced, gnuplot's deadline is a number, the
 * house font is there. Returns 0 or the exit status after saying why. */
static int preflight(const rp_cmd *spec, const rp_args *a, const char *dir)
{
    char err[1024];
    long seconds;
    /* in the usage error's language */
    if (rp_gp_timeout(0, rp_cli_locale_lang(), &seconds, err, sizeof err) != 0)
        return rp_usage_error(spec, "%s", err);
    rp_lang lang = a->npos > 0 ? rp_cli_lang(a->pos[0]) : rp_cli_locale_lang();
    if (a->npos > 0 && refuse_inside(lang, a->pos[0], dir))
        return RP_EXIT_USAGE;
    rp_outdir *o = rp_outdir_new(dir, lang, err, sizeof err);
    int code = o ? rp_outdir_check(o, err, sizeof err) : RP_EINVAL;
    rp_outdir_free(o);
    if (code != RP_OK) {
        rp_cli_msg(lang, NULL, "%s", err);
        return outdir_status(code);
    }
    if (rp_fonts_check(lang, err, sizeof err) != 0) {
        rp_cli_msg(lang, NULL, "%s", err);
        return RP_EXIT_IO;
    }
    return 0;
}

int rp_cli_outputs(const rp_cmd *spec, const rp_args *a, const char **dir, unsigned *formats)
{
    const char *fmt = rp_args_get(a, "format");
    *dir = rp_args_get(a, "o");
    *formats = fmt ? rp_gp_formats(fmt) : RP_FMT_ALL;
    if (!*dir || !**dir)
        return rp_usage_error(spec, "-o DIR is required");
    if (!*formats)
        return rp_usage_error(spec, "--format %s: expected png, svg and/or pdf, separated by "
                              "commas", fmt);
    int r = preflight(spec, a, *dir);
    if (r)
        return r;
    rp_interrupt_arm();
    return 0;
}

void rp_cli_done(rp_lang lang, const char *dir, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    rp_cli_said(lang, dir);
}

void rp_cli_said(rp_lang lang, const char *dir)
{
    if (ferror(stdout) || fflush(stdout) != 0) {
        /* the outputs are in place and whole: the run succeeded, only its summary is lost */
        rp_cli_msg(lang, NULL, "warning: cannot write to standard output (%s); the outputs in "
                   "%s are complete", strerror(errno), dir);
        __fpurge(stdout);
        clearerr(stdout);
    }
}

rp_lang rp_cli_locale_lang(void)
{
    static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    for (size_t i = 0; i < 3; i++) {
        const char *v = getenv(vars[i]);
        if (v && *v)
            return !strncmp(v, "nl", 2) ? RP_LANG_NL : RP_LANG_EN;
    }
    return RP_LANG_EN;
}

/* Display width of UTF-8 text: continuation bytes take no column. */
static size_t width(const char *s)
{
    size_t w = 0;
    for (; *s; s++)
        w += ((unsigned char)*s & 0xC0) != 0x80;
    return w;
}

void rp_cli_table(char **cells, size_t nrows, size_t ncols, const int *right)
{
    size_t *w = calloc(ncols, sizeof *w);
    if (!w)
        return;
    /* text from data reaches the terminal: its control characters made visible */
    for (size_t i = 0; i < nrows * ncols; i++) {
        char *v = rp_visible(cells[i]);
        if (v) {
            free(cells[i]);
            cells[i] = v;
        }
    }
    for (size_t r = 0; r < nrows; r++)
        for (size_t c = 0; c < ncols; c++)
            if (width(cells[r * ncols + c]) > w[c])
                w[c] = width(cells[r * ncols + c]);
    for (size_t r = 0; r < nrows; r++) {
        for (size_t c = 0; c < ncols; c++) {
            const char *s = cells[r * ncols + c];
            size_t pad = w[c] - width(s);
            if (right && right[c])
                printf("%*s%s", (int)pad, "", s);
            else
                printf("%s%*s", s, c + 1 < ncols ? (int)pad : 0, "");
            if (c + 1 < ncols)
                printf("  ");
        }
        printf("\n");
    }
    free(w);
}
