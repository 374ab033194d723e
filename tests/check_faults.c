/* Faults around the output folder, gnuplot and the environment (issue 31): a user's files
 * never deleted, a full disk never giving a cut file with exit 0, mount points, immutable
 * folders and a failed swap found before the work or failing cleanly, a swap cut short by a
 * kill rolled back, gnuplot ended with what it started, a queued run that can be stopped, a
 * missing font named, a PDF that does not change with the locale, a stdout that cannot be
 * written after the swap, leftovers that are reported. Cases that need root (mounts, chattr)
 * say so and pass where they cannot run. */
#define _GNU_SOURCE
#include "tests/helpers.h"
#include "base/buf.h"
#include "reports/whole.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static char *small_proj(void) { return t_src("tests/e2e/charts_small/proj"); }

/* Runs `rapporteur CMD PROJECT REST` in dir on the small project; returns the status. */
static int run_small(const char *dir, const char *cmd, const char *rest, char **out, char **err)
{
    char *proj = small_proj();
    char *args = rp_strfmt("%s '%s' %s", cmd, proj, rest);
    int st = t_run(dir, args, out, err);
    free(args);
    free(proj);
    return st;
}

/* sha256 of every file below dir (names and contents), or "" when dir is missing. */
static char *fingerprint(const char *dir)
{
    return t_sh("cd '%s' 2>/dev/null && find . -type f | sort | xargs -r sha256sum", dir);
}

static void skip(const char *why)
{
    fprintf(stderr, "check_faults: skipped: %s\n", why);
}

/* Whether this process may mount a tmpfs (root with CAP_SYS_ADMIN): tried on a scratch
 * folder. */
static int can_mount(const char *tmp)
{
    char *m = rp_strfmt("%s/probe-mount", tmp);
    mkdir(m, 0755);
    int ok = mount("tmpfs", m, "tmpfs", 0, "size=1m") == 0;
    if (ok)
        umount(m);
    rmdir(m);
    free(m);
    return ok;
}

/* Whether chattr +i works on a file in dir (root, and a file system with the flag). */
static int can_chattr(const char *dir)
{
    char *f = t_write(dir, "probe-chattr", "x");
    char *r = t_sh("chattr +i '%s' 2>/dev/null && chattr -i '%s' && echo yes", f, f);
    int ok = t_has(r, "yes");
    unlink(f);
    free(r);
    free(f);
    return ok;
}

/* A `gnuplot` on the PATH that runs the shell commands `before` and then the real one. */
static char *fake_gnuplot(const char *tmp, const char *before)
{
    char *real = t_sh("command -v gnuplot");
    rp_trim(real);
    char *bin = rp_strfmt("%s/fakebin", tmp);
    mkdir(bin, 0755);
    char *text = rp_strfmt("#!/bin/sh\n%s\nexec '%s' \"$@\"\n", before, real);
    char *path = t_write(bin, "gnuplot", text);
    chmod(path, 0755);
    char *newpath = rp_strfmt("%s:%s", bin, getenv("PATH"));
    setenv("PATH", newpath, 1);
    free(newpath);
    free(path);
    free(text);
    free(real);
    return bin;
}

/* Under valgrind (make memcheck) the slow sweeps are left to the plain runs. */
static int under_valgrind(void)
{
    const char *vg = getenv("RP_VALGRIND");
    return vg && *vg;
}

/* ---- 1. a folder is ours only with our mark and exactly its listed files ---- */

START_TEST(foreign_files_refused)
{
    char *tmp = t_tmpdir(), *o, *e;
    /* someone's documents: refused before any work (no lock, no staging), nothing touched */
    char *docs = rp_strfmt("%s/docs", tmp);
    mkdir(docs, 0755);
    free(t_write(docs, "thesis.pdf", "%PDF-1.4 mine\n"));
    free(t_write(docs, "exports_2023.csv", "a,b\n"));
    ck_assert_int_eq(run_small(tmp, "report", "-o docs", &o, &e), 2);
    ck_assert_msg(t_has(e, "docs/exports_2023.csv is not rapporteur's output (nor are the "
                           "other files beside it)"), "%s", e);
    free(o), free(e);
    /* a Dutch project is refused in Dutch (words/phrases.h) */
    char *nl = t_src("datasets/example"), *args = rp_strfmt("report '%s' -o docs", nl);
    ck_assert_int_eq(t_run(tmp, args, &o, &e), 2);
    ck_assert_msg(t_has(e, "docs/exports_2023.csv is geen uitvoer van rapporteur (de andere "
                           "bestanden ernaast ook niet); een uitvoermap wordt in haar geheel "
                           "vervangen"), "%s", e);
    free(o), free(e), free(args), free(nl);
    char *ls = t_sh("ls -A '%s' | tr '\\n' ' '; ls -A '%s' | tr '\\n' ' '", tmp, docs);
    ck_assert_str_eq(ls, "docs exports_2023.csv thesis.pdf ");
    free(ls);
    /* an earlier output folder is ours; a note added to it since makes it not */
    ck_assert_int_eq(run_small(tmp, "report", "-o r", &o, &e), 0);
    free(o), free(e);
    ck_assert_int_eq(run_small(tmp, "report", "-o r", &o, &e), 0);
    free(o), free(e);
    char *r = rp_strfmt("%s/r", tmp);
    char *note = t_write(r, "notes.txt", "for the minister\n");
    char *before = fingerprint(r);
    ck_assert_int_eq(run_small(tmp, "report", "-o r", &o, &e), 2);
    ck_assert_msg(t_has(e, "r/notes.txt was not written by rapporteur's last run into this "
                           "folder"), "%s", e);
    free(o), free(e);
    char *after = fingerprint(r);
    t_assert_text(after, before);
    free(after);
    unlink(note);
    /* a file of ours the user deleted is no reason to refuse */
    free(t_sh("rm '%s'/charts/*.png", r));
    ck_assert_int_eq(run_small(tmp, "report", "-o r", &o, &e), 0);
    free(o), free(e);
    /* a folder, or a link in place of a listed file, is not ours either */
    char *mine = rp_strfmt("%s/charts/mine", r);
    mkdir(mine, 0755);
    ck_assert_int_eq(run_small(tmp, "report", "-o r", &o, &e), 2);
    ck_assert_msg(t_has(e, "r/charts/mine was not written"), "%s", e);
    free(o), free(e);
    rmdir(mine);
    free(t_sh("cd '%s' && rm manifest.sha256 && ln -s /etc/hostname manifest.sha256", r));
    ck_assert_int_eq(run_small(tmp, "report", "-o r", &o, &e), 2);
    ck_assert_msg(t_has(e, "r/manifest.sha256 was not written"), "%s", e);
    free(o), free(e);
    /* a mark that is a link (to a list someone wrote) is no mark */
    free(t_sh("cd '%s' && rm manifest.sha256 && mv .rapporteur list && ln -s list .rapporteur",
              r));
    ck_assert_int_eq(run_small(tmp, "report", "-o r", &o, &e), 2);
    ck_assert_msg(t_has(e, "r/.rapporteur is not rapporteur's mark (not a file)"), "%s", e);
    free(o), free(e);
    /* the mark of an earlier version listed nothing: its folder is refused with a way out,
     * unless it holds nothing else */
    char *old = rp_strfmt("%s/old", tmp);
    mkdir(old, 0755);
    free(t_write(old, ".rapporteur", "rapporteur output folder: the next run replaces it as a "
                                     "whole\n"));
    free(t_write(old, "report.pdf", "%PDF\n"));
    ck_assert_int_eq(run_small(tmp, "report", "-o old", &o, &e), 2);
    ck_assert_msg(t_has(e, "old was written by an earlier version of rapporteur, which did not "
                           "list its files"), "%s", e);
    free(o), free(e);
    free(t_sh("rm '%s/report.pdf'", old));
    ck_assert_int_eq(run_small(tmp, "charts", "-o old --format svg", &o, &e), 0);
    free(o), free(e);
    /* the mark lists every file of the run, folders with a slash */
    char *mark = t_sh("head -1 '%s/.rapporteur'; grep -c '^charts/$\\|^report.pdf$\\|"
                      "^tables/tables.xlsx$' '%s/.rapporteur'", r, r);
    ck_assert_msg(!strcmp(mark, "rapporteur output folder; the next run replaces it as a whole. "
                                "Its files:\n3\n"), "%s", mark);
    free(mark);
    free(old);
    free(mine);
    free(note);
    free(before);
    free(r);
    free(docs);
    free(tmp);
}
END_TEST

/* Mode, setgid and group of the earlier folder carry over (mkdtemp makes 0700); a new
 * folder gets what mkdir under the umask gives. */
START_TEST(permissions_carry_over)
{
    char *tmp = t_tmpdir(), *o, *e;
    char *shared = rp_strfmt("%s/shared", tmp);
    mkdir(shared, 0755);
    chmod(shared, 02775);
    int group = geteuid() == 0 && chown(shared, (uid_t)-1, 1) == 0; /* gid 1: daemon */
    for (int i = 0; i < 2; i++) {
        ck_assert_int_eq(run_small(tmp, "charts", "-o shared --format svg", &o, &e), 0);
        free(o), free(e);
        struct stat st;
        ck_assert_int_eq(stat(shared, &st), 0);
        ck_assert_msg((st.st_mode & 07777) == 02775, "mode %o", (unsigned)(st.st_mode & 07777));
        if (group)
            ck_assert_int_eq((int)st.st_gid, 1);
    }
    if (!group)
        skip("permissions_carry_over: the group is not changed (not root)");
    mode_t old = umask(027);
    ck_assert_int_eq(run_small(tmp, "charts", "-o fresh --format svg", &o, &e), 0);
    umask(old);
    free(o), free(e);
    char *fresh = rp_strfmt("%s/fresh", tmp);
    struct stat st;
    ck_assert_int_eq(stat(fresh, &st), 0);
    ck_assert_msg((st.st_mode & 07777) == 0750, "mode %o", (unsigned)(st.st_mode & 07777));
    free(fresh);
    free(shared);
    free(tmp);
}
END_TEST

/* A file saved into the output folder while the run works is not deleted by its swap: the
 * commit checks the folder again (gnuplot, when it starts, drops a file there). */
START_TEST(file_added_during_run)
{
    char *tmp = t_tmpdir(), *o, *e;
    ck_assert_int_eq(run_small(tmp, "report", "-o r", &o, &e), 0);
    free(o), free(e);
    char *late = rp_strfmt("%s/r/late.txt", tmp);
    setenv("RP_TEST_DROP", late, 1);
    char *oldpath = rp_strdup(getenv("PATH"));
    char *bin = fake_gnuplot(tmp, "[ \"$1\" = -V ] || echo late > \"$RP_TEST_DROP\"");
    char *r = rp_strfmt("%s/r", tmp);
    ck_assert_int_eq(run_small(tmp, "report", "-o r", &o, &e), 3);
    setenv("PATH", oldpath, 1);
    unsetenv("RP_TEST_DROP");
    ck_assert_msg(t_has(e, "r/late.txt was not written by rapporteur's last run"), "%s", e);
    free(o), free(e);
    char *left = t_sh("cat '%s'; ls -A '%s' | grep -c 'rapporteur-'", late, tmp);
    ck_assert_str_eq(left, "late\n0\n");
    free(left);
    free(r);
    free(bin);
    free(oldpath);
    free(late);
    free(tmp);
}
END_TEST

/* ---- 3. what a rename cannot replace is refused before the work ---- */

START_TEST(mount_points_and_immutable_folders)
{
    char *tmp = t_tmpdir(), *o, *e;
    if (!can_mount(tmp)) {
        skip("mount_points_and_immutable_folders: cannot mount (needs root)");
        free(tmp);
        return;
    }
    char *m = rp_strfmt("%s/vol", tmp);
    mkdir(m, 0755);
    ck_assert_int_eq(mount("tmpfs", m, "tmpfs", 0, "size=20m"), 0);
    ck_assert_int_eq(run_small(tmp, "report", "-o vol", &o, &e), 2);
    ck_assert_msg(t_has(e, "vol is a mount point (a volume or bind mount), which cannot be "
                           "replaced by another folder; give a folder inside it (such as "
                           "vol/out)"), "%s", e);
    free(o), free(e);
    ck_assert_int_eq(run_small(tmp, "charts", "-o vol/out --format svg", &o, &e), 0);
    free(o), free(e);
    umount2(m, MNT_DETACH);
    /* a bind mount of the same file system */
    char *src = rp_strfmt("%s/src", tmp), *dst = rp_strfmt("%s/dst", tmp);
    mkdir(src, 0755);
    mkdir(dst, 0755);
    ck_assert_int_eq(mount(src, dst, NULL, MS_BIND, NULL), 0);
    ck_assert_int_eq(run_small(tmp, "report", "-o dst", &o, &e), 2);
    ck_assert_msg(t_has(e, "dst is a mount point"), "%s", e);
    free(o), free(e);
    umount2(dst, MNT_DETACH);
    if (can_chattr(tmp)) {
        free(t_sh("cd '%s' && mkdir imm app par && chattr +i imm && chattr +a app && "
                  "chattr +i par", tmp));
        ck_assert_int_eq(run_small(tmp, "report", "-o imm", &o, &e), 2);
        ck_assert_msg(t_has(e, "imm is immutable (chattr), so it cannot be replaced"), "%s", e);
        free(o), free(e);
        ck_assert_int_eq(run_small(tmp, "report", "-o app", &o, &e), 2);
        ck_assert_msg(t_has(e, "app is append-only (chattr)"), "%s", e);
        free(o), free(e);
        ck_assert_int_eq(run_small(tmp, "report", "-o par/r", &o, &e), 2);
        ck_assert_msg(t_has(e, "par is immutable (chattr), so it cannot be written in"), "%s",
                      e);
        free(o), free(e);
        free(t_sh("cd '%s' && chattr -i imm par && chattr -a app", tmp));
    } else {
        skip("mount_points_and_immutable_folders: chattr +i is not possible here");
    }
    free(src);
    free(dst);
    free(m);
    free(tmp);
}
END_TEST

/* The swap's own failures, made by a preloaded library: renameat2 RENAME_EXCHANGE refused
 * with EBUSY (a Docker volume) fails the run cleanly (the message printed freed memory), or
 * with EINVAL (a file system without it) takes the two-rename path; a SIGKILL between its
 * renames is rolled back by the next run. */
static const char shim_src[] =
    "#define _GNU_SOURCE\n#include <dlfcn.h>\n#include <errno.h>\n#include <signal.h>\n"
    "#include <stdlib.h>\n#include <string.h>\n"
    "typedef int (*r2_fn)(int, const char *, int, const char *, unsigned int);\n"
    "typedef int (*r_fn)(const char *, const char *);\n"
    "int renameat2(int a, const char *o, int b, const char *n, unsigned int flags) {\n"
    "    const char *e = getenv(\"RP_SHIM_EXCHANGE_ERRNO\");\n"
    "    if ((flags & 2) && e) { errno = atoi(e); return -1; }\n"
    "    return ((r2_fn)dlsym(RTLD_NEXT, \"renameat2\"))(a, o, b, n, flags);\n}\n"
    "int rename(const char *o, const char *n) {\n"
    "    int r = ((r_fn)dlsym(RTLD_NEXT, \"rename\"))(o, n);\n"
    "    const char *k = getenv(\"RP_SHIM_KILL_AFTER\");\n"
    "    size_t ln = strlen(n), lk = k ? strlen(k) : 0;\n"
    "    if (r == 0 && k && ln >= lk && !strcmp(n + ln - lk, k)) raise(SIGKILL);\n"
    "    return r;\n}\n";

static char *build_shim(const char *tmp)
{
    char *src = t_write(tmp, "shim.c", shim_src), *so = rp_strfmt("%s/shim.so", tmp);
    char *log = t_sh("cc -shared -fPIC -o '%s' '%s' -ldl 2>&1 && echo built", so, src);
    ck_assert_msg(t_has(log, "built"), "%s", log);
    free(log);
    free(src);
    return so;
}

/* Runs the small report into tmp/r with the shim and these settings. */
static int run_shimmed(const char *tmp, const char *so, const char *err_no, const char *kill,
                       char **e)
{
    setenv("LD_PRELOAD", so, 1);
    setenv("ASAN_OPTIONS", "verify_asan_link_order=0", 1); /* make sanitize */
    if (err_no)
        setenv("RP_SHIM_EXCHANGE_ERRNO", err_no, 1);
    if (kill)
        setenv("RP_SHIM_KILL_AFTER", kill, 1);
    char *o;
    int st = run_small(tmp, "report", "-o r", &o, e);
    free(o);
    unsetenv("LD_PRELOAD");
    unsetenv("ASAN_OPTIONS");
    unsetenv("RP_SHIM_EXCHANGE_ERRNO");
    unsetenv("RP_SHIM_KILL_AFTER");
    return st;
}

START_TEST(swap_failures_and_rollback)
{
    char *tmp = t_tmpdir(), *o, *e;
    if (under_valgrind()) {
        skip("swap_failures_and_rollback: no preloaded library under valgrind");
        free(tmp);
        return;
    }
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    char *so = build_shim(tmp), *r = rp_strfmt("%s/r", tmp);
    ck_assert_int_eq(run_small(tmp, "report", "-o r", &o, &e), 0);
    free(o), free(e);
    char *before = fingerprint(r);
    /* EBUSY: exit 3, the earlier report whole, no staging folder */
    char ebusy[16], einval[16];
    snprintf(ebusy, sizeof ebusy, "%d", EBUSY);
    snprintf(einval, sizeof einval, "%d", EINVAL);
    ck_assert_int_eq(run_shimmed(tmp, so, ebusy, NULL, &e), 3);
    ck_assert_msg(t_has(e, "cannot replace r: Device or resource busy"), "%s", e);
    free(e);
    char *now = fingerprint(r), *left = t_sh("ls -A '%s' | grep -c 'rapporteur-'", tmp);
    t_assert_text(now, before);
    ck_assert_str_eq(left, "0\n");
    free(now), free(left);
    /* EINVAL: the two renames, the same outputs, nothing left beside them */
    ck_assert_int_eq(run_shimmed(tmp, so, einval, NULL, &e), 0);
    free(e);
    now = fingerprint(r);
    left = t_sh("ls -A '%s' | grep -c 'rapporteur-'", tmp);
    t_assert_text(now, before);
    ck_assert_str_eq(left, "0\n");
    free(now), free(left);
    /* killed between the two renames: the output folder is gone for now... */
    ck_assert_int_eq(run_shimmed(tmp, so, einval, ".old", &e), 128 + SIGKILL);
    free(e);
    struct stat st;
    ck_assert_int_ne(lstat(r, &st), 0);
    /* ...and the next run puts it back first, even when it then fails (no gnuplot) */
    char *oldpath = rp_strdup(getenv("PATH"));
    char *bin = rp_strfmt("%s/nognuplot", tmp);
    mkdir(bin, 0755);
    char *fake = t_write(bin, "gnuplot", "#!/bin/sh\nexit 127\n");
    chmod(fake, 0755);
    char *path = rp_strfmt("%s:%s", bin, oldpath);
    setenv("PATH", path, 1);
    ck_assert_int_eq(run_small(tmp, "report", "-o r", &o, &e), 3);
    setenv("PATH", oldpath, 1);
    free(o), free(e);
    now = fingerprint(r);
    left = t_sh("ls -A '%s' | grep -c 'rapporteur-'", tmp);
    t_assert_text(now, before);
    ck_assert_str_eq(left, "0\n");
    free(now), free(left);
    unsetenv("SOURCE_DATE_EPOCH");
    free(path);
    free(fake);
    free(bin);
    free(oldpath);
    free(before);
    free(r);
    free(so);
    free(tmp);
}
END_TEST

/* ---- 2. a full disk: exit 3 with the earlier outputs whole, or every file whole ---- */

/* The audit's cut report.pdf (450,560 of 464,751 bytes) and other cuts are not whole. */
static void pdf_cuts(const char *pdf)
{
    size_t n;
    char *data = t_read(pdf, &n);
    ck_assert(data && n > 8192);
    char *dir = t_tmpdir();
    char *whole = t_write_n(dir, "whole.pdf", data, n);
    ck_assert_msg(rp_pdf_whole(whole), "%s is whole", pdf);
    /* (the final newline alone may go: %%EOF still ends a whole PDF) */
    const size_t cuts[] = {n - 7, n - 30, n - 4096, n * 450560 / 464751, n / 2, 100};
    for (size_t i = 0; i < sizeof cuts / sizeof *cuts; i++) {
        char *cut = t_write_n(dir, "cut.pdf", data, cuts[i]);
        ck_assert_msg(!rp_pdf_whole(cut), "cut at %zu of %zu taken for whole", cuts[i], n);
        free(cut);
    }
    char *bad = t_write(dir, "bad.pdf", "%PDF-1.5\nnot a pdf at all, no trailer\n%%EOF\n");
    ck_assert(!rp_pdf_whole(bad));
    free(bad);
    free(whole);
    free(data);
    free(dir);
}

START_TEST(full_disk)
{
    char *tmp = t_tmpdir(), *o, *e;
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    ck_assert_int_eq(run_small(tmp, "report", "-o ref", &o, &e), 0);
    free(o), free(e);
    char *pdf = rp_strfmt("%s/ref/report.pdf", tmp);
    pdf_cuts(pdf);
    free(pdf);
    if (!can_mount(tmp) || under_valgrind()) {
        skip("full_disk: cannot mount a small tmpfs (needs root), or under valgrind");
        unsetenv("SOURCE_DATE_EPOCH");
        free(tmp);
        return;
    }
    char *m = rp_strfmt("%s/disk", tmp), *ref = rp_strfmt("%s/ref", tmp);
    mkdir(m, 0755);
    /* what the earlier report takes on a tmpfs */
    ck_assert_int_eq(mount("tmpfs", m, "tmpfs", 0, "size=64m"), 0);
    char *used = t_sh("cp -a '%s' '%s/r' && df -k --output=used '%s' | tail -1", ref, m, m);
    long kb = atol(used);
    free(used);
    umount2(m, MNT_DETACH);
    ck_assert(kb > 100);
    char *want = fingerprint(ref);
    int failed = 0, done = 0;
    /* from room for the earlier report and a bit, to room for both */
    for (long size = kb + kb / 8; size < 2 * kb + kb / 2; size += kb / 9) {
        char *opt = rp_strfmt("size=%ldk", size);
        ck_assert_int_eq(mount("tmpfs", m, "tmpfs", 0, opt), 0);
        free(opt);
        free(t_sh("cp -a '%s' '%s/r'", ref, m));
        int st = run_small(m, "report", "-o r", &o, &e);
        char *got = rp_strfmt("%s/r", m), *now = fingerprint(got);
        char *left = t_sh("ls -A '%s' | grep -c 'rapporteur-'", m);
        /* the same inputs give byte-identical files: a whole run equals the earlier one */
        ck_assert_msg(st == 0 || st == 3, "size %ld KB: status %d: %s", size, st, e);
        ck_assert_msg(!strcmp(now, want), "size %ld KB: status %d and the outputs changed: %s",
                      size, st, e);
        ck_assert_msg(!strcmp(left, "0\n"), "size %ld KB: a staging folder is left", size);
        failed += st == 3;
        done += st == 0;
        free(left), free(now), free(got), free(o), free(e);
        umount2(m, MNT_DETACH);
    }
    ck_assert_msg(failed && done, "%d runs failed and %d succeeded: the sizes missed the full "
                  "disk", failed, done);
    unsetenv("SOURCE_DATE_EPOCH");
    free(want);
    free(ref);
    free(m);
    free(tmp);
}
END_TEST

/* ---- 4. gnuplot: its deadline, its process group; a queued run ---- */

START_TEST(gnuplot_timeout_checked)
{
    char *tmp = t_tmpdir(), *o, *e;
    static const char *const bad[] = {"9223372036854775807", "0", "-5", "abc", "86401",
                                      "10s", " 5", "1e3"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        setenv("RP_GNUPLOT_TIMEOUT", bad[i], 1);
        ck_assert_int_eq(run_small(tmp, "report", "-o r", &o, &e), 2);
        char *want = rp_strfmt("RP_GNUPLOT_TIMEOUT=%s: expected whole seconds from 1 to 86400",
                               bad[i]);
        ck_assert_msg(t_has(e, want), "%s: %s", bad[i], e);
        free(want);
        free(o), free(e);
    }
    char *ls = t_sh("ls -A '%s' | wc -l", tmp);
    ck_assert_str_eq(ls, "0\n"); /* refused before any work: not even a lock */
    free(ls);
    setenv("RP_GNUPLOT_TIMEOUT", "86400", 1);
    ck_assert_int_eq(run_small(tmp, "charts", "-o r --format svg", &o, &e), 0);
    free(o), free(e);
    unsetenv("RP_GNUPLOT_TIMEOUT");
    free(tmp);
}
END_TEST

/* Whether the process whose pid is in the file at path still runs (a zombie does not). */
static int alive(const char *path)
{
    char *text = t_read(path, NULL);
    long pid = text ? atol(text) : 0;
    free(text);
    char *st = pid > 0 ? t_sh("awk '{print $3}' /proc/%ld/stat 2>/dev/null", pid) : NULL;
    int r = st && *st && st[0] != 'Z';
    free(st);
    return r;
}

START_TEST(gnuplot_process_group_ended)
{
    char *tmp = t_tmpdir(), *o, *e;
    char *pids = rp_strfmt("%s/pid", tmp);
    setenv("RP_TEST_PIDS", pids, 1);
    setenv("RP_GNUPLOT_TIMEOUT", "2", 1);
    char *oldpath = rp_strdup(getenv("PATH"));
    /* a wrapper whose child hangs: the watchdog ended the wrapper alone, and the child kept
     * gnuplot's pipes open for ever */
    char *bin = fake_gnuplot(tmp, "[ \"$1\" = -V ] || { sleep 600 & echo $! > \"$RP_TEST_PIDS\";"
                                  " wait; exit 0; }");
    ck_assert_int_eq(run_small(tmp, "charts", "-o r --format svg", &o, &e), 3);
    setenv("PATH", oldpath, 1);
    ck_assert_msg(t_has(e, "gnuplot stopped answering and was ended after 2 seconds"), "%s", e);
    ck_assert_msg(!alive(pids), "the wrapper's child outlived the run");
    free(o), free(e);
    free(bin);
    unlink(pids);
    /* a -V probe that never answers */
    bin = fake_gnuplot(tmp, "[ \"$1\" = -V ] && { sleep 600 & echo $! > \"$RP_TEST_PIDS\"; "
                            "wait; }");
    ck_assert_int_eq(run_small(tmp, "charts", "-o r --format svg", &o, &e), 3);
    setenv("PATH", oldpath, 1);
    ck_assert_msg(t_has(e, "gnuplot -V did not answer within 2 seconds and was ended"), "%s",
                  e);
    ck_assert_msg(!alive(pids), "the probe's child outlived the run");
    free(o), free(e);
    char *left = t_sh("ls -A '%s' | grep -c 'rapporteur-'", tmp);
    ck_assert_str_eq(left, "0\n");
    free(left);
    unsetenv("RP_GNUPLOT_TIMEOUT");
    unsetenv("RP_TEST_PIDS");
    free(bin);
    free(oldpath);
    free(pids);
    free(tmp);
}
END_TEST

/* Starts `rapporteur report PROJ -o r` in dir with stderr to dir/err; returns its pid. */
static pid_t start_report(const char *dir)
{
    char *proj = small_proj(), *err = rp_strfmt("%s/err", dir);
    pid_t pid = fork();
    if (pid == 0) {
        signal(SIGTERM, SIG_DFL); /* not Check's, which signals the whole process group */
        signal(SIGINT, SIG_DFL);
        if (chdir(dir) != 0)
            _exit(126);
        int fd = open(err, O_WRONLY | O_CREAT | O_TRUNC, 0644), null = open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(fd, 2);
        execl(getenv("RP_BIN"), "rapporteur", "report", proj, "-o", "r", (char *)NULL);
        _exit(127);
    }
    free(err);
    free(proj);
    return pid;
}

/* Waits up to a minute for pid (a guard against a hang, not a timing): its wait status, or
 * -1 after killing it. */
static int wait_guarded(pid_t pid)
{
    int st;
    for (int i = 0; i < 600; i++) {
        if (waitpid(pid, &st, WNOHANG) == pid)
            return st;
        usleep(100000);
    }
    kill(pid, SIGKILL);
    waitpid(pid, &st, 0);
    return -1;
}

START_TEST(queued_run_says_so_and_stops)
{
    char *tmp = t_tmpdir(), *o, *e;
    char *lock = rp_strfmt("%s/.r.rapporteur.lock", tmp), *errf = rp_strfmt("%s/err", tmp);
    int fd = open(lock, O_RDWR | O_CREAT, 0644);
    ck_assert_int_eq(flock(fd, LOCK_EX), 0); /* another run into r */
    static const int sigs[] = {SIGTERM, SIGINT};
    for (size_t i = 0; i < 2; i++) {
        pid_t pid = start_report(tmp);
        char *text = NULL;
        for (int k = 0; k < 600 && !t_has(text, "waiting"); k++) {
            free(text);
            usleep(100000);
            text = t_read(errf, NULL);
        }
        ck_assert_msg(t_has(text, "rapporteur: waiting for another run that writes into r to "
                                  "finish (Ctrl-C to stop waiting)"), "%s", text);
        free(text);
        kill(pid, sigs[i]);
        int st = wait_guarded(pid);
        ck_assert_msg(st != -1, "a queued run ignored signal %d", sigs[i]);
        ck_assert_msg(WIFSIGNALED(st) && WTERMSIG(st) == sigs[i], "status %d", st);
    }
    char *left = t_sh("ls -A '%s' | grep -c 'rapporteur-'", tmp);
    ck_assert_str_eq(left, "0\n");
    free(left);
    close(fd); /* the other run ends: the next one goes at once */
    ck_assert_int_eq(run_small(tmp, "report", "-o r", &o, &e), 0);
    ck_assert_msg(!t_has(e, "waiting"), "%s", e);
    free(o), free(e);
    free(errf);
    free(lock);
    free(tmp);
}
END_TEST

/* ---- 5. fonts and the locale ---- */

START_TEST(missing_font_named)
{
    char *tmp = t_tmpdir(), *o, *e;
    char *conf = rp_strfmt("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
                           "<fontconfig><cachedir>%s/fc-cache</cachedir></fontconfig>\n", tmp);
    char *path = t_write(tmp, "fonts.conf", conf);
    setenv("FONTCONFIG_FILE", path, 1);
    ck_assert_int_eq(run_small(tmp, "report", "-o r", &o, &e), 3);
    unsetenv("FONTCONFIG_FILE");
    ck_assert_msg(t_has(e, "the font DejaVu Sans is not installed") &&
                  t_has(e, "install the Debian package fonts-dejavu-core"), "%s", e);
    free(o), free(e);
    struct stat st;
    char *r = rp_strfmt("%s/r", tmp);
    ck_assert_msg(stat(r, &st) != 0, "the run wrote an output folder without fonts");
    free(r);
    free(path);
    free(conf);
    free(tmp);
}
END_TEST

START_TEST(pdf_same_in_any_locale)
{
    char *tmp = t_tmpdir(), *o, *e;
    char *ex = t_src("datasets/example");
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    char *args = rp_strfmt("report '%s' -o plain --format svg", ex);
    ck_assert_int_eq(t_run(tmp, args, &o, &e), 0);
    free(o), free(e);
    free(args);
    /* Arabic and Persian readers: fontconfig chose another oblique face by their language */
    setenv("FC_LANG", "ar", 1);
    setenv("LC_ALL", "ar_EG.UTF-8", 1);
    setenv("LANG", "fa_IR.UTF-8", 1);
    args = rp_strfmt("report '%s' -o arabic --format svg", ex);
    ck_assert_int_eq(t_run(tmp, args, &o, &e), 0);
    unsetenv("FC_LANG");
    unsetenv("LC_ALL");
    unsetenv("LANG");
    unsetenv("SOURCE_DATE_EPOCH");
    free(o), free(e);
    char *cmp = t_sh("cd '%s' && cmp plain/report.pdf arabic/report.pdf && echo same", tmp);
    ck_assert_str_eq(cmp, "same\n");
    free(cmp);
    free(args);
    free(ex);
    free(tmp);
}
END_TEST

/* ---- 7. after the swap: stdout, and what cannot be removed ---- */

START_TEST(stdout_unwritable_after_swap)
{
    char *tmp = t_tmpdir();
    char *proj = small_proj();
    char *res = t_sh("cd '%s' && '%s' report '%s' -o r > /dev/full 2> err; echo $?; cat err; "
                     "'%s' charts '%s' -o c --format svg >&- 2> err; echo $?; cat err; "
                     "ls r/report.pdf c/overview.svg",
                     tmp, getenv("RP_BIN"), proj, getenv("RP_BIN"), proj);
    ck_assert_msg(t_has(res, "0\nrapporteur: warning: cannot write to standard output (No "
                             "space left on device); the outputs in r are complete\n0\n") &&
                  t_has(res, "the outputs in c are complete\nc/overview.svg\nr/report.pdf\n"),
                  "%s", res);
    free(res);
    free(proj);
    free(tmp);
}
END_TEST

START_TEST(leftovers_reported)
{
    char *tmp = t_tmpdir(), *o, *e;
    if (!can_chattr(tmp)) {
        skip("leftovers_reported: chattr +i is not possible here (needs root)");
        free(tmp);
        return;
    }
    ck_assert_int_eq(run_small(tmp, "charts", "-o r --format svg", &o, &e), 0);
    free(o), free(e);
    free(t_sh("chattr +i '%s/r/overview.svg'", tmp));
    int st1 = run_small(tmp, "charts", "-o r --format svg", &o, &e);
    char *e2, *o2;
    /* the next run says it again, naming what it could not remove */
    int st2 = run_small(tmp, "charts", "-o r --format svg", &o2, &e2);
    /* undone before any assertion: an immutable file would outlive the test's folder */
    free(t_sh("chattr -i '%s'/.r.rapporteur-*/overview.svg", tmp));
    ck_assert_int_eq(st1, 0);
    ck_assert_msg(t_has(e, "warning: the earlier outputs in ./.r.rapporteur-") &&
                  t_has(e, "cannot all be removed (./.r.rapporteur-") &&
                  t_has(e, "/overview.svg: Operation not permitted); remove them by hand"),
                  "%s", e);
    ck_assert_int_eq(st2, 0);
    ck_assert_msg(t_has(e2, "left by an earlier run, cannot be removed (./.r.rapporteur-") &&
                  t_has(e2, "/overview.svg: Operation not permitted)"), "%s", e2);
    free(o), free(e), free(o2), free(e2);
    ck_assert_int_eq(run_small(tmp, "charts", "-o r --format svg", &o, &e), 0);
    ck_assert_msg(!t_has(e, "warning"), "%s", e);
    free(o), free(e);
    char *left = t_sh("ls -A '%s' | grep -c 'rapporteur-'", tmp);
    ck_assert_str_eq(left, "0\n");
    free(left);
    free(tmp);
}
END_TEST

TCase *rp_tcase_faults(void)
{
    TCase *tc = tcase_create("faults");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, foreign_files_refused);
    tcase_add_test(tc, permissions_carry_over);
    tcase_add_test(tc, file_added_during_run);
    tcase_add_test(tc, mount_points_and_immutable_folders);
    tcase_add_test(tc, swap_failures_and_rollback);
    tcase_add_test(tc, full_disk);
    tcase_add_test(tc, gnuplot_timeout_checked);
    tcase_add_test(tc, gnuplot_process_group_ended);
    tcase_add_test(tc, queued_run_says_so_and_stops);
    tcase_add_test(tc, missing_font_named);
    tcase_add_test(tc, pdf_same_in_any_locale);
    tcase_add_test(tc, stdout_unwritable_after_swap);
    tcase_add_test(tc, leftovers_reported);
    return tc;
}
