/* Output folders written through a staging folder and renamed into place. */
#include "reports/outdir.h"
#include "datasets/buf.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>


struct rp_outdir {
    char *dir;
    char *stage;
};

static int mkdirs(const char *path)
{
    char *p = rp_strdup(path);
    if (!p)
        return -1;
    for (char *s = p + 1; *s; s++)
        if (*s == '/') {
            *s = '\0';
            if (mkdir(p, 0777) != 0 && errno != EEXIST) {
                free(p);
                return -1;
            }
            *s = '/';
        }
    int r = mkdir(p, 0777) != 0 && errno != EEXIST ? -1 : 0;
    free(p);
    return r;
}

/* Removes a folder and everything below it (no links are followed). */
static void remove_tree(const char *path)
{
    DIR *d = opendir(path);
    if (d) {
        struct dirent *e;
        while ((e = readdir(d))) {
            if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
                continue;
            char *sub = rp_strfmt("%s/%s", path, e->d_name);
            struct stat st;
            if (sub && lstat(sub, &st) == 0 && S_ISDIR(st.st_mode))
                remove_tree(sub);
            else if (sub)
                unlink(sub);
            free(sub);
        }
        closedir(d);
    }
    rmdir(path);
}

/* A staging folder whose process is gone was left by a killed run. */
static void remove_stale(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    size_t n = strlen(RP_STAGE_PREFIX);
    while ((e = readdir(d))) {
        if (strncmp(e->d_name, RP_STAGE_PREFIX, n) != 0)
            continue;
        long pid = strtol(e->d_name + n, NULL, 10);
        if (pid > 0 && (kill((pid_t)pid, 0) == 0 || errno == EPERM))
            continue;
        char *p = rp_strfmt("%s/%s", dir, e->d_name);
        if (p)
            remove_tree(p);
        free(p);
    }
    closedir(d);
}

rp_outdir *rp_outdir_open(const char *dir, char *err, size_t n)
{
    if (mkdirs(dir) != 0) {
        snprintf(err, n, "cannot create %s: %s", dir, strerror(errno));
        return NULL;
    }
    remove_stale(dir);
    rp_outdir *o = calloc(1, sizeof *o);
    if (!o)
        return NULL;
    o->dir = rp_strdup(dir);
    o->stage = rp_strfmt("%s/" RP_STAGE_PREFIX "%ld", dir, (long)getpid());
    if (!o->dir || !o->stage || (mkdir(o->stage, 0777) != 0 && errno != EEXIST)) {
        snprintf(err, n, "cannot create %s: %s", o->stage ? o->stage : dir, strerror(errno));
        rp_outdir_abort(o);
        return NULL;
    }
    return o;
}

char *rp_outdir_path(rp_outdir *o, const char *name)
{
    char *p = rp_strfmt("%s/%s", o->stage, name);
    char *slash = p ? strrchr(p, '/') : NULL;
    if (slash && slash > p + strlen(o->stage)) {
        *slash = '\0';
        mkdirs(p);
        *slash = '/';
    }
    return p;
}

FILE *rp_outdir_create(rp_outdir *o, const char *name)
{
    char *p = rp_outdir_path(o, name);
    FILE *f = p ? fopen(p, "wb") : NULL;
    free(p);
    return f;
}

int rp_outdir_close(FILE *f)
{
    if (!f)
        return -1;
    int bad = ferror(f);
    return fclose(f) != 0 || bad ? -1 : 0;
}

const char *rp_outdir_staging(const rp_outdir *o) { return o->stage; }
const char *rp_outdir_dir(const rp_outdir *o) { return o->dir; }

/* Renames the staged files of one folder level into the target, recursing into folders. */
static int move_all(const char *from, const char *to, char *err, size_t n)
{
    DIR *d = opendir(from);
    if (!d) {
        snprintf(err, n, "cannot read %s: %s", from, strerror(errno));
        return -1;
    }
    int r = 0;
    struct dirent *e;
    while (r == 0 && (e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        char *src = rp_strfmt("%s/%s", from, e->d_name), *dst = rp_strfmt("%s/%s", to, e->d_name);
        struct stat st;
        if (!src || !dst || lstat(src, &st) != 0) {
            r = -1;
        } else if (S_ISDIR(st.st_mode)) {
            if (mkdirs(dst) != 0 || move_all(src, dst, err, n) != 0)
                r = -1;
        } else if (rename(src, dst) != 0) {
            snprintf(err, n, "cannot write %s: %s", dst, strerror(errno));
            r = -1;
        }
        free(src);
        free(dst);
    }
    closedir(d);
    return r;
}

int rp_outdir_commit(rp_outdir *o, char *err, size_t n)
{
    /* the renames take milliseconds; an interrupt in their midst would leave old and new
     * files side by side, so Ctrl-C, kill and hang-up wait until they are done */
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGHUP);
    int masked = pthread_sigmask(SIG_BLOCK, &block, &old) == 0;
    int r = move_all(o->stage, o->dir, err, n);
    rp_outdir_abort(o);
    if (masked)
        pthread_sigmask(SIG_SETMASK, &old, NULL);
    return r;
}

void rp_outdir_abort(rp_outdir *o)
{
    if (!o)
        return;
    if (o->stage)
        remove_tree(o->stage);
    free(o->dir);
    free(o->stage);
    free(o);
}
