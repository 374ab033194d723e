/* Output folders replaced as a whole by a staging folder beside them. */
#define _GNU_SOURCE /* renameat2, RENAME_EXCHANGE, statx */
#include "reports/outdir.h"
#include "base/buf.h"
#include "base/error.h"
#include "words/word_diag.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

struct rp_outdir {
    char *dir;       /* as given, without trailing slashes */
    char *parent;    /* the folder that holds it */
    char *name;      /* its last component */
    char *stage;     /* parent/.name.rapporteur-XXXXXX */
    int lock;        /* parent/.name.rapporteur.lock, held (flock) until freed */
    int committed;
    rp_buf warn;     /* what could not be tidied, for rp_outdir_warning */
    rp_lang lang;    /* of the messages */
};

/* ---- names: a sorted list of relative paths ---- */

typedef struct {
    char **s;
    size_t n, cap;
    int failed;
} names;

static void names_add(names *l, char *s)
{
    if (s && l->n == l->cap) {
        size_t cap = l->cap ? 2 * l->cap : 64;
        char **p = realloc(l->s, cap * sizeof *p);
        if (p) {
            l->s = p;
            l->cap = cap;
        }
    }
    if (!s || l->n == l->cap) {
        free(s);
        l->failed = 1;
        return;
    }
    l->s[l->n++] = s;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void names_free(names *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->s[i]);
    free(l->s);
    memset(l, 0, sizeof *l);
}

static int names_has(const names *l, const char *s)
{
    return l->n && bsearch(&s, l->s, l->n, sizeof *l->s, cmp_str) != NULL;
}

/* Every entry below the folder open as fd, as relative paths (folders with a trailing '/'),
 * without following links; the mark at the top is left out. Returns 0 or -1. */
static int walk(int fd, const char *prefix, int depth, names *out)
{
    DIR *d = fdopendir(fd);
    if (!d) {
        close(fd);
        return -1;
    }
    struct dirent *e;
    int r = 0;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..") ||
            (depth == 0 && !strcmp(e->d_name, RP_OUTDIR_MARK)))
            continue;
        struct stat st;
        if (fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            r = -1;
            continue;
        }
        int isdir = S_ISDIR(st.st_mode);
        names_add(out, rp_strfmt("%s%s%s", prefix, e->d_name, isdir ? "/" : S_ISREG(st.st_mode)
                                                                          ? "" : "@"));
        if (isdir && depth < 16) {
            int sub = openat(dirfd(d), e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
                                                      O_CLOEXEC);
            char *p = rp_strfmt("%s%s/", prefix, e->d_name);
            r |= sub >= 0 && p ? walk(sub, p, depth + 1, out) : -1;
            free(p);
        }
    }
    closedir(d);
    if (depth == 0 && !out->failed && out->n) /* (qsort of NULL, 0 is undefined) */
        qsort(out->s, out->n, sizeof *out->s, cmp_str);
    return r || out->failed ? -1 : 0;
}

static int walk_path(const char *dir, names *out)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    return fd < 0 ? -1 : walk(fd, "", 0, out);
}

/* ---- removing and creating ---- */

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
 * link (a link is removed, not its target) and only folders owned by this user. The first
 * entry that cannot be removed goes to why (path below name, and the reason), when given. */
static int remove_at(int at, const char *name, int depth, rp_lang lang, rp_buf *why)
{
    int fd = openat(at, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    int r = 0;
    if (fd < 0) {
        r = errno == ENOTDIR || errno == ELOOP ? unlinkat(at, name, 0) : -1;
        if (r && why && !why->len)
            rp_buf_printf(why, "%s: %s", name, strerror(errno));
        return r;
    }
    struct stat st;
    DIR *d = NULL;
    if (fstat(fd, &st) != 0 || st.st_uid != geteuid() || depth > 16 || !(d = fdopendir(fd))) {
        if (why && !why->len)
            rp_buf_printf(why, "%s: %s", name,
                          rp_word_msg("not removed (another owner's folder)", lang));
        close(fd);
        return -1;
    }
    /* the names first: a folder is not read while entries leave it */
    names l = {0};
    struct dirent *e;
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
            names_add(&l, rp_strdup(e->d_name));
    r = l.failed ? -1 : 0;
    rp_buf sub;
    rp_buf_init(&sub);
    for (size_t i = 0; i < l.n; i++)
        r |= remove_at(dirfd(d), l.s[i], depth + 1, lang, why && !why->len ? &sub : NULL);
    if (why && !why->len && sub.len)
        rp_buf_printf(why, "%s/%s", name, rp_buf_str(&sub));
    rp_buf_free(&sub);
    names_free(&l);
    closedir(d);
    if (unlinkat(at, name, AT_REMOVEDIR) != 0) {
        if (why && !why->len)
            rp_buf_printf(why, "%s: %s", name, strerror(errno));
        r = -1;
    }
    return r;
}

/* remove_at from a path; a failure is told in why as a path from parent. */
static int remove_path(const char *parent, const char *name, rp_lang lang, rp_buf *why)
{
    int fd = open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    rp_buf sub;
    rp_buf_init(&sub);
    int r = remove_at(fd, name, 0, lang, why ? &sub : NULL);
    if (why && sub.len)
        rp_buf_printf(why, "%s/%s", parent, rp_buf_str(&sub));
    rp_buf_free(&sub);
    close(fd);
    return r;
}

static void warn(rp_outdir *o, const char *what)
{
    rp_buf_printf(&o->warn, "%s%s", o->warn.len ? "; " : "", what);
}

/* ---- what a folder is ---- */

/* The mark's list: 0, -2 for the mark of an earlier version (which listed nothing), -1 when
 * it cannot be read. */
static int read_mark(const char *dir, names *out)
{
    char *path = rp_strfmt("%s/" RP_OUTDIR_MARK, dir);
    rp_buf b;
    rp_buf_init(&b);
    int r = path && rp_buf_read_file(&b, path) == 0 ? 0 : -1;
    free(path);
    const char *s = rp_buf_str(&b);
    size_t head = strlen(RP_OUTDIR_HEAD);
    if (r == 0 && (strncmp(s, RP_OUTDIR_HEAD, head) || s[head] != '\n'))
        r = -2; /* a mark of an earlier version, which listed nothing */
    for (s += r == 0 ? head + 1 : strlen(s); *s;) {
        size_t k = strcspn(s, "\n");
        if (k)
            names_add(out, rp_strndup(s, k));
        s += k + (s[k] == '\n');
    }
    rp_buf_free(&b);
    if (r == 0 && out->n)
        qsort(out->s, out->n, sizeof *out->s, cmp_str);
    return r ? r : out->failed ? -1 : 0;
}

/* The message that names first, the first file in dir that is not ours (marked: dir holds
 * our mark; more: other files are not ours either). */
static void foreign_file(const rp_outdir *o, const char *first, int marked, int more, char *err,
                         size_t n)
{
    size_t k = strlen(first);
    int w = (int)(k - (first[k - 1] == '/' || first[k - 1] == '@'));
    if (marked && more)
        rp_word_snprintf(o->lang, err, n, "%s/%.*s was not written by rapporteur's last run into "
                         "this folder (nor are the other files beside it); an output folder is "
                         "replaced as a whole, so it must be new, empty, or hold only what "
                         "rapporteur's last run into it wrote (move the file, or give another "
                         "folder)", o->dir, w, first);
    else if (marked)
        rp_word_snprintf(o->lang, err, n, "%s/%.*s was not written by rapporteur's last run into "
                         "this folder; an output folder is replaced as a whole, so it must be "
                         "new, empty, or hold only what rapporteur's last run into it wrote (move "
                         "the file, or give another folder)", o->dir, w, first);
    else if (more)
        rp_word_snprintf(o->lang, err, n, "%s/%.*s is not rapporteur's output (nor are the other "
                         "files beside it); an output folder is replaced as a whole, so it must "
                         "be new, empty, or hold only what rapporteur's last run into it wrote "
                         "(move the file, or give another folder)", o->dir, w, first);
    else
        rp_word_snprintf(o->lang, err, n, "%s/%.*s is not rapporteur's output; an output folder "
                         "is replaced as a whole, so it must be new, empty, or hold only what "
                         "rapporteur's last run into it wrote (move the file, or give another "
                         "folder)", o->dir, w, first);
}

/* Whether dir holds only what the previous run listed in its mark (or nothing): else the
 * message names the first file that is not ours. */
static int check_owned(const rp_outdir *o, char *err, size_t n)
{
    names have = {0}, listed = {0};
    if (walk_path(o->dir, &have) != 0) {
        rp_word_snprintf(o->lang, err, n, "cannot read %s: %s", o->dir, strerror(errno));
        names_free(&have);
        return RP_EIO;
    }
    char *mark = rp_strfmt("%s/" RP_OUTDIR_MARK, o->dir);
    struct stat st;
    int marked = mark && lstat(mark, &st) == 0;
    free(mark);
    if (marked && !S_ISREG(st.st_mode)) { /* a link or folder in its place is not our mark */
        rp_word_snprintf(o->lang, err, n, "%s/%s is not rapporteur's mark (not a file); an output "
                         "folder is replaced as a whole, so give a new or empty folder", o->dir,
                         RP_OUTDIR_MARK);
        names_free(&have);
        return RP_EINVAL;
    }
    int m = marked ? read_mark(o->dir, &listed) : 0;
    size_t foreign = 0;
    const char *first = NULL;
    for (size_t i = 0; i < have.n; i++)
        if (!names_has(&listed, have.s[i]) && foreign++ == 0)
            first = have.s[i];
    int r = RP_OK;
    if (marked && m == -2 && have.n) {
        rp_word_snprintf(o->lang, err, n, "%s was written by an earlier version of rapporteur, "
                         "which did not list "
                         "its files; move what you keep out of it and remove it, or give a new "
                         "folder", o->dir);
        r = RP_EINVAL;
    } else if (marked && m != 0 && m != -2) {
        rp_word_snprintf(o->lang, err, n, "cannot read the list of files in %s/%s", o->dir,
                         RP_OUTDIR_MARK);
        r = RP_EIO;
    } else if (first) {
        foreign_file(o, first, marked, foreign > 1, err, n);
        r = RP_EINVAL;
    }
    names_free(&have);
    names_free(&listed);
    return r;
}

/* The message for a folder path that chattr made immutable (else append-only), which the run
 * would replace (else write in). */
static void unchangeable(rp_lang lang, const char *path, int immutable, int replace, char *err,
                         size_t n)
{
    if (immutable && replace)
        rp_word_snprintf(lang, err, n, "%s is immutable (chattr), so it cannot be replaced; give "
                         "another folder, or remove the attribute with chattr -i", path);
    else if (immutable)
        rp_word_snprintf(lang, err, n, "%s is immutable (chattr), so it cannot be written in; "
                         "give another folder, or remove the attribute with chattr -i", path);
    else if (replace)
        rp_word_snprintf(lang, err, n, "%s is append-only (chattr), so it cannot be replaced; "
                         "give another folder, or remove the attribute with chattr -a", path);
    else
        rp_word_snprintf(lang, err, n, "%s is append-only (chattr), so it cannot be written in; "
                         "give another folder, or remove the attribute with chattr -a", path);
}

/* Mount points and immutable or append-only folders cannot be renamed: the swap would fail
 * after all the work. statx tells both (Linux 5.8); where it cannot, a mount point of
 * another file system still shows as a device that differs from its parent's. */
static int check_movable(rp_lang lang, const char *path, const char *parent, const char *dir,
                         char *err, size_t n)
{
    struct statx sx;
    if (statx(AT_FDCWD, path, AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &sx) != 0)
        return RP_OK; /* said by the checks that need it */
    struct stat ps;
    int mount = (sx.stx_attributes_mask & STATX_ATTR_MOUNT_ROOT)
                    ? (sx.stx_attributes & STATX_ATTR_MOUNT_ROOT) != 0
                    : parent && stat(parent, &ps) == 0 &&
                          (ps.st_dev != makedev(sx.stx_dev_major, sx.stx_dev_minor));
    if (mount && parent) {
        rp_word_snprintf(lang, err, n, "%s is a mount point (a volume or bind mount), which cannot "
                         "be replaced by another folder; give a folder inside it (such as %s/out)",
                         path, dir);
        return RP_EINVAL;
    }
    if (sx.stx_attributes & (STATX_ATTR_IMMUTABLE | STATX_ATTR_APPEND)) {
        unchangeable(lang, path, (sx.stx_attributes & STATX_ATTR_IMMUTABLE) != 0, parent != NULL,
                     err, n);
        return RP_EINVAL;
    }
    return RP_OK;
}

/* The nearest folder of path that exists (path itself, or a parent). Caller frees. */
static char *existing(const char *path)
{
    char *p = rp_strdup(path);
    struct stat st;
    while (p && stat(p, &st) != 0) {
        char *slash = strrchr(p, '/');
        if (!slash) {
            free(p);
            return rp_strdup(".");
        }
        slash[slash == p] = '\0';
    }
    return p;
}

int rp_outdir_check(const rp_outdir *o, char *err, size_t n)
{
    char *base = existing(o->parent);
    int r = base ? check_movable(o->lang, base, NULL, NULL, err, n) : RP_ENOMEM;
    if (r == RP_OK && base && access(base, W_OK | X_OK) != 0) {
        rp_word_snprintf(o->lang, err, n, "cannot write in %s: %s", base, strerror(errno));
        r = RP_EIO;
    }
    free(base);
    if (r != RP_OK)
        return r;
    struct stat st;
    if (lstat(o->dir, &st) != 0) {
        if (errno == ENOENT)
            return RP_OK;
        rp_word_snprintf(o->lang, err, n, "cannot use %s: %s", o->dir, strerror(errno));
        return RP_EIO;
    }
    if (S_ISLNK(st.st_mode)) {
        rp_word_snprintf(o->lang, err, n, "%s is a symbolic link; expected a folder (give the "
                         "folder it points to)", o->dir);
        return RP_EINVAL;
    }
    if (!S_ISDIR(st.st_mode)) {
        rp_word_snprintf(o->lang, err, n, "%s is a file; expected a folder to write the outputs "
                         "into", o->dir);
        return RP_EINVAL;
    }
    if ((r = check_movable(o->lang, o->dir, o->parent, o->dir, err, n)) != RP_OK)
        return r;
    return check_owned(o, err, n);
}

/* ---- a run ---- */

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

rp_outdir *rp_outdir_new(const char *dir, rp_lang lang, char *err, size_t n)
{
    rp_outdir *o = calloc(1, sizeof *o);
    if (!o) {
        rp_word_snprintf(lang, err, n, "out of memory");
        return NULL;
    }
    o->lock = -1;
    o->lang = lang;
    rp_buf_init(&o->warn);
    if (split(o, dir) != 0) {
        rp_word_snprintf(lang, err, n, "%s: expected the path of a folder to write into", dir);
        rp_outdir_free(o);
        return NULL;
    }
    return o;
}

static int open_lock(rp_outdir *o, char *err, size_t n)
{
    if (o->lock >= 0)
        return 0;
    if (mkdirs(o->parent) != 0) {
        rp_word_snprintf(o->lang, err, n, "cannot create %s: %s", o->parent, strerror(errno));
        return -1;
    }
    char *lock = rp_strfmt("%s/.%s.rapporteur.lock", o->parent, o->name);
    o->lock = lock ? open(lock, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0666) : -1;
    if (o->lock < 0)
        rp_word_snprintf(o->lang, err, n, "cannot lock %s: %s", lock ? lock : o->dir,
                         strerror(errno));
    free(lock);
    return o->lock < 0 ? -1 : 0;
}

int rp_outdir_try_lock(rp_outdir *o, char *err, size_t n)
{
    if (open_lock(o, err, n) != 0)
        return -1;
    if (flock(o->lock, LOCK_EX | LOCK_NB) == 0)
        return 1;
    if (errno == EWOULDBLOCK)
        return 0;
    rp_word_snprintf(o->lang, err, n, "cannot lock %s: %s", o->dir, strerror(errno));
    return -1;
}

int rp_outdir_lock(rp_outdir *o, char *err, size_t n)
{
    if (open_lock(o, err, n) != 0)
        return -1;
    int r;
    while ((r = flock(o->lock, LOCK_EX)) != 0 && errno == EINTR)
        ;
    if (r != 0)
        rp_word_snprintf(o->lang, err, n, "cannot lock %s: %s", o->dir, strerror(errno));
    return r ? -1 : 0;
}

/* Where the fallback swap (see swap) keeps the earlier folder between its two renames: the
 * staging folder's name and this suffix. */
#define OLD_SUFFIX ".old"

static int has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n > k && !strcmp(s + n - k, suffix);
}

/* A run killed between the two renames of the fallback swap left dir missing and the
 * earlier folder under its .old name: it goes back. Then the staging folders of killed runs
 * go (the lock is ours, so no other run is writing). */
static void tidy(rp_outdir *o)
{
    char *prefix = rp_strfmt(".%s" RP_STAGE_INFIX, o->name);
    DIR *d = prefix ? opendir(o->parent) : NULL;
    names stale = {0};
    struct dirent *e;
    while (d && (e = readdir(d)))
        if (!strncmp(e->d_name, prefix, strlen(prefix)))
            names_add(&stale, rp_strdup(e->d_name));
    struct stat st;
    for (size_t i = 0; d && i < stale.n; i++)
        if (has_suffix(stale.s[i], OLD_SUFFIX) && lstat(o->dir, &st) != 0 && errno == ENOENT &&
            renameat(dirfd(d), stale.s[i], AT_FDCWD, o->dir) == 0)
            stale.s[i][0] = '\0';
    for (size_t i = 0; d && i < stale.n; i++)
        if (stale.s[i][0]) {
            rp_buf why;
            rp_buf_init(&why);
            if (remove_at(dirfd(d), stale.s[i], 0, o->lang, &why) != 0) {
                char *w = rp_word_msgf(o->lang, "%s/%s, left by an earlier run, cannot be "
                                       "removed (%s/%s)", o->parent, stale.s[i], o->parent,
                                       rp_buf_str(&why));
                warn(o, w ? w : "");
                free(w);
            }
            rp_buf_free(&why);
        }
    names_free(&stale);
    if (d)
        closedir(d);
    free(prefix);
}

/* The umask, read without changing it where the kernel tells it (Linux 4.7). */
static mode_t current_umask(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[128];
    unsigned long mask = 0;
    int found = 0;
    while (f && !found && fgets(line, sizeof line, f))
        found = sscanf(line, "Umask: %lo", &mask) == 1;
    if (f)
        fclose(f);
    if (!found) {
        mode_t m = umask(022);
        umask(m);
        return m;
    }
    return (mode_t)mask;
}

/* The staging folder gets what the earlier folder had (mode, setgid, group: a folder
 * shared with colleagues or a web server stays shared), or what mkdir would give a new one;
 * mkdtemp made it 0700. */
static void carry_mode(rp_outdir *o)
{
    struct stat old, par;
    if (stat(o->dir, &old) == 0) {
        if (chown(o->stage, (uid_t)-1, old.st_gid) != 0) {
            char *w = rp_word_msgf(o->lang, "%s keeps your group, not the earlier folder's (%s)",
                                   o->dir, strerror(errno));
            warn(o, w ? w : "");
            free(w);
        }
        chmod(o->stage, old.st_mode & 07777);
    } else {
        mode_t mode = 0777 & ~current_umask();
        if (stat(o->parent, &par) == 0 && (par.st_mode & S_ISGID))
            mode |= S_ISGID;
        chmod(o->stage, mode);
    }
}

int rp_outdir_stage(rp_outdir *o, char *err, size_t n)
{
    tidy(o);
    int r = rp_outdir_check(o, err, n);
    if (r != RP_OK)
        return r;
    o->stage = rp_strfmt("%s/.%s" RP_STAGE_INFIX "XXXXXX", o->parent, o->name);
    if (!o->stage || !mkdtemp(o->stage)) {
        rp_word_snprintf(o->lang, err, n, "cannot create a staging folder beside %s: %s", o->dir,
                         strerror(errno));
        free(o->stage);
        o->stage = NULL;
        return RP_EIO;
    }
    carry_mode(o);
    return RP_OK;
}

rp_outdir *rp_outdir_open(const char *dir, rp_lang lang, char *err, size_t n)
{
    rp_outdir *o = rp_outdir_new(dir, lang, err, n);
    if (o && rp_outdir_check(o, err, n) == RP_OK && rp_outdir_lock(o, err, n) == 0 &&
        rp_outdir_stage(o, err, n) == RP_OK)
        return o;
    rp_outdir_free(o);
    return NULL;
}

char *rp_outdir_path(rp_outdir *o, const char *name)
{
    char *p = rp_strfmt("%s/%s", o->stage, name);
    /* only the subfolder is made: a staging folder removed by an interruption is not made
     * again by a thread still writing */
    char *slash = p ? strrchr(p, '/') : NULL;
    if (slash && slash > p + strlen(o->stage)) {
        *slash = '\0';
        mkdir(p, 0777);
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
const char *rp_outdir_warning(const rp_outdir *o) { return o->warn.len ? rp_buf_str(&o->warn) : NULL; }

/* ---- the commit ---- */

/* The mark: what this run wrote, so that the next run knows the folder for its own. */
static int write_mark(const rp_outdir *o, const names *l)
{
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_puts(&b, RP_OUTDIR_HEAD "\n");
    for (size_t i = 0; i < l->n; i++)
        rp_buf_printf(&b, "%s\n", l->s[i]);
    char *path = rp_strfmt("%s/" RP_OUTDIR_MARK, o->stage);
    FILE *f = path && !rp_buf_failed(&b) ? fopen(path, "wb") : NULL;
    int r = f && fwrite(b.data, 1, b.len, f) == b.len ? 0 : -1;
    if (f && rp_outdir_close(f) != 0)
        r = -1;
    free(path);
    rp_buf_free(&b);
    return r;
}

/* Every file and folder to disk: the rename must never put in place files whose blocks are
 * not written yet (a crash would leave them empty), and a delayed write error shows here.
 * The writing of all of them is started first and then waited for one by one, which costs
 * about what one fsync does. */
static int sync_tree(const char *stage, const names *l)
{
    int r = 0;
    for (int pass = 0; pass < 2 && r == 0; pass++)
        for (size_t i = 0; r == 0 && i <= l->n + 1; i++) {
            const char *rel = i < l->n ? l->s[i] : i == l->n ? RP_OUTDIR_MARK : ".";
            char *path = rp_strfmt("%s/%s", stage, rel);
            int fd = path ? open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC) : -1;
            struct stat st;
            if (fd < 0 || fstat(fd, &st) != 0)
                r = -1;
            else if (pass == 0 && S_ISREG(st.st_mode))
                sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
            else if (pass == 1)
                r = (S_ISDIR(st.st_mode) ? fsync(fd) : fdatasync(fd)) == 0 ? 0 : -1;
            if (fd >= 0)
                close(fd);
            free(path);
        }
    return r;
}

/* The swap: one renameat2 exchanges the two folders (Linux 3.15, and every local file system
 * Debian uses); where it is not supported, two renames, the earlier folder kept under the
 * staging name + OLD_SUFFIX between them, so that a kill there is rolled back by the next
 * run (tidy). *earlier: whether there was a folder, now at the staging path. */
static int swap(const rp_outdir *o, int *earlier)
{
    struct stat st;
    *earlier = lstat(o->dir, &st) == 0;
    if (!*earlier)
        return rename(o->stage, o->dir);
    if (renameat2(AT_FDCWD, o->stage, AT_FDCWD, o->dir, RENAME_EXCHANGE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return -1;
    char *old = rp_strfmt("%s" OLD_SUFFIX, o->stage);
    int r = old && rename(o->dir, old) == 0 ? 0 : -1;
    if (r == 0 && rename(o->stage, o->dir) != 0) {
        int e = errno;
        rename(old, o->dir);
        errno = e;
        r = -1;
    }
    if (r == 0)
        rename(old, o->stage); /* the old content goes where the commit removes it */
    free(old);
    return r;
}

static void sync_parent(const rp_outdir *o)
{
    int fd = open(o->parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
}

static int commit(rp_outdir *o, char *err, size_t n)
{
    names l = {0};
    int r = walk_path(o->stage, &l) == 0 && write_mark(o, &l) == 0 ? 0 : -1;
    if (r != 0)
        rp_word_snprintf(o->lang, err, n, "cannot list the files written into %s: %s", o->stage,
                         strerror(errno));
    else if ((r = sync_tree(o->stage, &l)) != 0)
        rp_word_snprintf(o->lang, err, n, "cannot write the outputs to disk in %s: %s", o->stage,
                         strerror(errno));
    names_free(&l);
    /* a file put into dir while the run worked is not lost either */
    if (r == 0 && (r = rp_outdir_check(o, err, n)) != RP_OK)
        r = -1;
    int earlier = 0;
    if (r == 0 && swap(o, &earlier) != 0) {
        rp_word_snprintf(o->lang, err, n, "cannot replace %s: %s", o->dir, strerror(errno));
        r = -1;
    }
    if (r != 0)
        return -1;
    o->committed = 1;
    sync_parent(o);
    const char *base = strrchr(o->stage, '/');
    rp_buf why;
    rp_buf_init(&why);
    if (earlier && remove_path(o->parent, base ? base + 1 : o->stage, o->lang, &why) != 0) {
        char *w = rp_word_msgf(o->lang, "the earlier outputs in %s cannot all be removed (%s); "
                               "remove them by hand", o->stage, rp_buf_str(&why));
        warn(o, w ? w : "");
        free(w);
    }
    rp_buf_free(&why);
    return 0;
}

int rp_outdir_commit(rp_outdir *o, char *err, size_t n)
{
    /* from here on a signal must not end the run as interrupted: it is done, or it fails as
     * a whole */
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGHUP);
    int masked = pthread_sigmask(SIG_BLOCK, &block, &old) == 0;
    int r = commit(o, err, n);
    if (r != 0 && masked)
        pthread_sigmask(SIG_SETMASK, &old, NULL);
    return r;
}

void rp_outdir_free(rp_outdir *o)
{
    if (!o)
        return;
    if (o->stage && o->parent && !o->committed) {
        const char *base = strrchr(o->stage, '/');
        remove_path(o->parent, base ? base + 1 : o->stage, o->lang, NULL);
    }
    if (o->lock >= 0)
        close(o->lock);
    rp_buf_free(&o->warn);
    free(o->dir);
    free(o->parent);
    free(o->name);
    free(o->stage);
    free(o);
}
