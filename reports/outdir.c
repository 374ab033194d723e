/* Output folders replaced as a whole by a staging folder beside them. */
#define _GNU_SOURCE /* renameat2, RENAME_EXCHANGE */
#include "reports/outdir.h"
#include "base/buf.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

struct rp_outdir {
    char *dir;       /* as given, without trailing slashes */
    char *parent;    /* the folder that holds it */
    char *name;      /* its last component */
    char *stage;     /* parent/.name.rapporteur-XXXXXX */
    int lock;        /* parent/.name.rapporteur.lock, held (flock) until commit or abort */
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

/* Removes name inside the folder open as dirfd and everything below it, never following a
 * link (a link is removed, not its target) and only folders owned by this user. */
static int remove_at(int at, const char *name, int depth)
{
    int fd = openat(at, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOTDIR || errno == ELOOP ? unlinkat(at, name, 0) : -1;
    struct stat st;
    DIR *d = NULL;
    if (fstat(fd, &st) != 0 || st.st_uid != geteuid() || depth > 16 || !(d = fdopendir(fd))) {
        close(fd);
        return -1;
    }
    /* the names first: a folder is not read while entries leave it */
    char **names = NULL;
    size_t count = 0, cap = 0;
    struct dirent *e;
    int r = 0;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        if (count == cap) {
            char **p = realloc(names, (cap = cap ? 2 * cap : 16) * sizeof *p);
            if (!p)
                break;
            names = p;
        }
        names[count++] = rp_strdup(e->d_name);
    }
    for (size_t i = 0; i < count; i++) {
        r |= names[i] ? remove_at(dirfd(d), names[i], depth + 1) : -1;
        free(names[i]);
    }
    free(names);
    closedir(d);
    return unlinkat(at, name, AT_REMOVEDIR) || r ? -1 : 0;
}

static int remove_path(const char *parent, const char *name)
{
    int fd = open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    int r = remove_at(fd, name, 0);
    close(fd);
    return r;
}

static int has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n > k && !strcmp(s + n - k, suffix);
}

/* Whether a folder holds only what rapporteur writes (its mark, or the names of its
 * outputs): an output folder replaces its whole content, so anything else is refused. */
static int ours(const char *dir)
{
    static const char *const names[] = {"report.pdf", "report.html", "baseline.pdf",
                                        "baseline.html", "charts", "tables", NULL};
    static const char *const ends[] = {".png", ".svg", ".pdf", ".csv", ".gp", ".alt.txt", NULL};
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    int ok = 1, marked = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        int known = !strcmp(e->d_name, RP_OUTDIR_MARK);
        marked |= known;
        for (size_t i = 0; names[i] && !known; i++)
            known = !strcmp(e->d_name, names[i]);
        for (size_t i = 0; ends[i] && !known; i++)
            known = has_suffix(e->d_name, ends[i]);
        ok &= known;
    }
    closedir(d);
    return ok || marked;
}

/* Staging folders of runs that were killed (the lock is ours, so no other run is writing). */
static void remove_stale(const rp_outdir *o)
{
    char *prefix = rp_strfmt(".%s" RP_STAGE_INFIX, o->name);
    DIR *d = prefix ? opendir(o->parent) : NULL;
    struct dirent *e;
    while (d && (e = readdir(d)))
        if (!strncmp(e->d_name, prefix, strlen(prefix)))
            remove_at(dirfd(d), e->d_name, 0);
    if (d)
        closedir(d);
    free(prefix);
}

/* dir as parent and name, without trailing slashes. */
static int split(rp_outdir *o, const char *dir)
{
    size_t n = strlen(dir);
    while (n > 1 && dir[n - 1] == '/')
        n--;
    o->dir = rp_strndup(dir, n);
    if (!o->dir)
        return -1;
    char *slash = strrchr(o->dir, '/');
    o->parent = slash ? (slash == o->dir ? rp_strdup("/") : rp_strndup(o->dir, (size_t)(slash - o->dir)))
                      : rp_strdup(".");
    o->name = rp_strdup(slash ? slash + 1 : o->dir);
    return o->parent && o->name && *o->name && strcmp(o->name, ".") && strcmp(o->name, "..")
               ? 0 : -1;
}

/* Checks the folder to be replaced: absent, or a real folder of rapporteur's outputs. */
static int check_target(const rp_outdir *o, char *err, size_t n)
{
    struct stat st;
    if (lstat(o->dir, &st) != 0)
        return errno == ENOENT ? 0 : (snprintf(err, n, "cannot use %s: %s", o->dir,
                                               strerror(errno)), -1);
    if (S_ISLNK(st.st_mode)) {
        snprintf(err, n, "%s is a symbolic link; expected a folder (give the folder it points "
                         "to)", o->dir);
        return -1;
    }
    if (!S_ISDIR(st.st_mode) || !ours(o->dir)) {
        snprintf(err, n, "%s holds files that rapporteur did not write, and an output folder is "
                         "replaced as a whole; expected a new or empty folder, or an earlier "
                         "output folder", o->dir);
        return -1;
    }
    return 0;
}

static int lock_and_stage(rp_outdir *o, char *err, size_t n)
{
    char *lock = rp_strfmt("%s/.%s.rapporteur.lock", o->parent, o->name);
    o->lock = lock ? open(lock, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0666) : -1;
    if (o->lock < 0 || flock(o->lock, LOCK_EX) != 0) {
        snprintf(err, n, "cannot lock %s: %s", lock ? lock : o->dir, strerror(errno));
        free(lock);
        return -1;
    }
    free(lock);
    remove_stale(o);
    o->stage = rp_strfmt("%s/.%s" RP_STAGE_INFIX "XXXXXX", o->parent, o->name);
    if (!o->stage || !mkdtemp(o->stage)) {
        snprintf(err, n, "cannot create a staging folder beside %s: %s", o->dir,
                 strerror(errno));
        free(o->stage);
        o->stage = NULL;
        return -1;
    }
    char *mark = rp_strfmt("%s/" RP_OUTDIR_MARK, o->stage);
    FILE *f = mark ? fopen(mark, "wb") : NULL;
    int bad = !f || fputs("rapporteur output folder: the next run replaces it as a whole\n",
                          f) < 0;
    if (rp_outdir_close(f) != 0 || bad) {
        snprintf(err, n, "cannot write in %s", o->stage);
        free(mark);
        return -1;
    }
    free(mark);
    return 0;
}

rp_outdir *rp_outdir_open(const char *dir, char *err, size_t n)
{
    rp_outdir *o = calloc(1, sizeof *o);
    if (!o)
        return NULL;
    o->lock = -1;
    if (split(o, dir) != 0) {
        snprintf(err, n, "%s: expected the path of a folder to write into", dir);
    } else if (mkdirs(o->parent) != 0) {
        snprintf(err, n, "cannot create %s: %s", o->parent, strerror(errno));
    } else if (check_target(o, err, n) == 0 && lock_and_stage(o, err, n) == 0 &&
               check_target(o, err, n) == 0) {
        return o;
    }
    rp_outdir_abort(o);
    return NULL;
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

/* The swap: one renameat2 exchanges the two folders (Linux 3.15, and every local file system
 * Debian uses); where it is not supported, two renames with the old folder put back when the
 * second fails. */
static int swap(const rp_outdir *o)
{
    struct stat st;
    if (lstat(o->dir, &st) != 0)
        return rename(o->stage, o->dir);
    if (renameat2(AT_FDCWD, o->stage, AT_FDCWD, o->dir, RENAME_EXCHANGE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return -1;
    char *old = rp_strfmt("%s.old", o->stage);
    int r = old && rename(o->dir, old) == 0 ? 0 : -1;
    if (r == 0 && rename(o->stage, o->dir) != 0) {
        int e = errno;
        rename(old, o->dir);
        errno = e;
        r = -1;
    }
    if (r == 0)
        rename(old, o->stage); /* the old content goes where commit removes it */
    free(old);
    return r;
}

int rp_outdir_commit(rp_outdir *o, char *err, size_t n)
{
    /* a signal after the swap must not end the run as interrupted: it is done */
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGHUP);
    int masked = pthread_sigmask(SIG_BLOCK, &block, &old) == 0;
    if (swap(o) != 0) {
        snprintf(err, n, "cannot replace %s: %s", o->dir, strerror(errno));
        rp_outdir_abort(o);
        if (masked)
            pthread_sigmask(SIG_SETMASK, &old, NULL);
        return -1;
    }
    rp_outdir_abort(o); /* removes the earlier content, now at the staging path */
    return 0;
}

void rp_outdir_abort(rp_outdir *o)
{
    if (!o)
        return;
    if (o->stage && o->parent) {
        const char *base = strrchr(o->stage, '/');
        remove_path(o->parent, base ? base + 1 : o->stage);
    }
    if (o->lock >= 0)
        close(o->lock);
    free(o->dir);
    free(o->parent);
    free(o->name);
    free(o->stage);
    free(o);
}
